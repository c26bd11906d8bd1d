"""Sourcing round ten: the classes of error of the round-ten blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, cues, table

# --- cue-level rules: a cue word used for an act that reports nothing is no row ---------------------
_CUE_ROWS = [
    # a conversation verb with a reciprocal object reports no words
    pytest.param("Pupils talked to each other during the break.", "talked", False, id="talked-each-other"),
    pytest.param(
        "The neighbours spoke with one another for the first time.", "spoke", False, id="spoke-one-another"
    ),
    pytest.param(
        "The mayor talked to reporters about the flood plan.",
        "talked",
        True,
        id="negative-talked-to-reporters",
    ),
    pytest.param(
        "The coach talked about the defeat for an hour.", "talked", True, id="negative-talked-about"
    ),
    # "view" is a belief only as "view X as Y" (or "that"); a clip viewed N times is watched
    pytest.param("The clip has been viewed more than 90,000 times.", "viewed", False, id="viewed-times"),
    pytest.param("Visitors viewed the paintings in silence.", "viewed", False, id="viewed-paintings"),
    pytest.param("Many voters view the levy as a tax rise.", "view", True, id="negative-view-as"),
    pytest.param("The merger is viewed by bankers as a risk.", "viewed", True, id="negative-viewed-by-as"),
    # a wish not to be named is no cue of its own
    pytest.param(
        "The landlord of a pub on the High Street, who did not want to give his name, said trade had halved.",
        "want",
        False,
        id="anonymity-want",
    ),
    pytest.param("Ministers want to give councils more power.", "want", True, id="negative-want-to-give"),
]


@pytest.mark.parametrize(("text", "cue", "present"), _CUE_ROWS)
def test_sourcing_round10_cue_rows(text, cue, present):
    assert (cue in cues(text)) is present


# --- rows: the source phrase, what it resolves to, its class and kind --------------------------------
_ROWS = [
    # a descriptive person noun written with a capital before a name is no part of the name
    pytest.param(
        "Widower Tom Hale, 81, said the bus never came.",
        "said",
        "Widower Tom Hale, 81",
        "Tom Hale",
        "named",
        None,
        id="descriptor-widower",
    ),
    pytest.param(
        "Retiree Gwen Parry said the library was her lifeline.",
        "said",
        "Retiree Gwen Parry",
        "Gwen Parry",
        "named",
        None,
        id="descriptor-retiree",
    ),
    pytest.param(
        "Schoolgirl Amy Lowe, 12, said she was scared.",
        "said",
        "Schoolgirl Amy Lowe, 12",
        "Amy Lowe",
        "named",
        None,
        id="descriptor-schoolgirl",
    ),
    pytest.param(
        "Grandmother Ivy Stone said the fence had gone.",
        "said",
        "Grandmother Ivy Stone",
        "Ivy Stone",
        "named",
        None,
        id="negative-descriptor-known",
    ),
    pytest.param(
        "A widow who lives nearby said the noise went on all night.",
        "said",
        "A widow who lives nearby",
        "",
        "role",
        "citizen",
        id="descriptor-widow-role",
    ),
    # a capitalised name ending in a plural common noun of a trade is a company
    pytest.param(
        "Kestrel Coaches said the route would close in May.",
        "said",
        "Kestrel Coaches",
        "",
        "organisation",
        "organisation",
        id="trade-plural-coaches",
    ),
    pytest.param(
        "Moorside Bakeries announced 40 new jobs on Monday.",
        "announced",
        "Moorside Bakeries",
        "",
        "organisation",
        "organisation",
        id="trade-plural-bakeries",
    ),
    pytest.param(
        "Tom Evans said the route would close in May.",
        "said",
        "Tom Evans",
        "",
        "named",
        None,
        id="negative-surname-in-s",
    ),
    pytest.param(
        "Anna Hughes announced her retirement on Monday.",
        "announced",
        "Anna Hughes",
        "",
        "named",
        None,
        id="negative-surname-hughes",
    ),
    # a document noun with "by X": the possessive inside "by X" is no possessor of the phrase
    pytest.param(
        "According to a 2024 study by the county's road safety unit, crashes rose.",
        "According to",
        "a 2024 study by the county's road safety unit",
        "",
        "document",
        None,
        id="document-by-possessive",
    ),
    pytest.param(
        "A review by the trust's finance team found that costs had doubled.",
        "found",
        "A review by the trust's finance team",
        "",
        "document",
        None,
        id="document-review-by-possessive",
    ),
    pytest.param(
        "The council's planning team said the plan was fair.",
        "said",
        "The council's planning team",
        "",
        "organisation",
        None,
        id="negative-possessor-body",
    ),
    pytest.param(
        "A spokeswoman for the county's road safety unit said crashes rose.",
        "said",
        "A spokeswoman for the county's road safety unit",
        "",
        "role",
        None,
        id="negative-person-for-possessive",
    ),
    # a lower-case body noun right before a capitalised name: the name is the body's; a modifier of a
    # group noun ("campaign group") gives no kind of its own
    pytest.param(
        "Pressure group Clean Air Leeds said the plan was weak.",
        "said",
        "Pressure group Clean Air Leeds",
        "Clean Air Leeds",
        "organisation",
        "organisation",
        id="body-noun-before-name",
    ),
    pytest.param(
        "Local charity Hope Kitchen said demand had doubled.",
        "said",
        "Local charity Hope Kitchen",
        "Hope Kitchen",
        "organisation",
        "organisation",
        id="charity-before-name",
    ),
    pytest.param(
        "Campaign group Quiet Lanes says the road is unsafe.",
        "says",
        "Campaign group Quiet Lanes",
        "Quiet Lanes",
        "organisation",
        "organisation",
        id="campaign-group-kind",
    ),
    pytest.param(
        "Union leader Mary Hale said the deal was poor.",
        "said",
        "Union leader Mary Hale",
        "Mary Hale",
        "named",
        None,
        id="negative-person-noun-before-name",
    ),
    pytest.param(
        "Campaign director Jane Roe said the plan was weak.",
        "said",
        "Campaign director Jane Roe",
        "Jane Roe",
        "named",
        "official",
        id="negative-campaign-person",
    ),
    # a coordinated cue takes the source of the last cue with one, not of an agentless passive between
    pytest.param(
        "The mayor said the closure would be announced on Friday but warned that costs could rise.",
        "warned",
        "The mayor",
        "",
        "role",
        "official",
        id="coordinated-after-agentless-passive",
    ),
    pytest.param(
        "The minister said the results would be confirmed next week and insisted that they were fair.",
        "insisted",
        "The minister",
        "",
        "role",
        "official",
        id="coordinated-after-passive-and",
    ),
    pytest.param(
        "The mayor said the plan was fair and warned that costs could rise.",
        "warned",
        "The mayor",
        "",
        "role",
        "official",
        id="negative-coordinated-plain",
    ),
    # inside an attached "of" phrase, "the <Name> <noun>" keeps its lower-case head and a place after it
    pytest.param(
        "Organisers of the Brightwater fair in Penrith have scrapped it, blaming the weather.",
        "blaming",
        "Organisers of the Brightwater fair in Penrith",
        "",
        "role",
        None,
        id="of-name-lowercase-head-place",
    ),
    pytest.param(
        "Members of the Harlow choir have quit, citing rising fees.",
        "citing",
        "Members of the Harlow choir",
        "",
        "role",
        None,
        id="of-name-lowercase-head",
    ),
    pytest.param(
        "Residents of the estate in Hull said the lifts had failed.",
        "said",
        "Residents of the estate in Hull",
        "",
        "role",
        None,
        id="of-noun-in-place-read-leftwards",
    ),
    pytest.param(
        "Members of the Greens warn that the plan is weak.",
        "warn",
        "Members of the Greens",
        "",
        "role",
        None,
        id="negative-of-name-then-verb",
    ),
    # a described person with place phrases before an anonymity clause is one phrase, unnamed
    pytest.param(
        "A woman at the bus stop on Mill Road, who asked not to be named, said the driver was fast.",
        "said",
        "A woman at the bus stop on Mill Road, who asked not to be named",
        "",
        "unnamed",
        None,
        id="described-person-place-anonymous",
    ),
    pytest.param(
        "The manager of a pub on the High Street, who did not wish to give his name, said trade had halved.",
        "said",
        "The manager of a pub on the High Street, who did not wish to give his name",
        "",
        "unnamed",
        None,
        id="described-person-give-name",
    ),
    pytest.param(
        "A neighbour, who did not wish to be identified, said she heard a van.",
        "said",
        "A neighbour, who did not wish to be identified",
        "",
        "unnamed",
        None,
        id="wish-not-identified",
    ),
    pytest.param(
        "The owner of the cafe on Mill Road, Jane Roe, said trade was down.",
        "said",
        "The owner of the cafe on Mill Road, Jane Roe",
        "Jane Roe",
        "named",
        None,
        id="negative-described-then-name",
    ),
    pytest.param(
        "A man on the bridge, who was angry, said the road was shut.",
        "said",
        "A man on the bridge, who was angry",
        "",
        "role",
        None,
        id="negative-described-not-anonymous",
    ),
    # a body's lower-case possessive before a title and a name is part of the phrase (as "Acme's chief
    # executive Jane Roe"); the name stays the person's
    pytest.param(
        '"The driver was lucky," sheriff\'s Sgt. Dan Cole told reporters.',
        "told",
        "sheriff's Sgt. Dan Cole",
        "Dan Cole",
        "named",
        "official",
        id="possessive-body-before-title",
    ),
    pytest.param(
        "The police department's Sgt. Dan Cole said the road was shut.",
        "said",
        "The police department's Sgt. Dan Cole",
        "Dan Cole",
        "named",
        "official",
        id="possessive-department-before-title",
    ),
    pytest.param(
        "The mayor's Jane Roe said no.",
        "said",
        "Jane Roe",
        "",
        "named",
        None,
        id="negative-possessive-no-title",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _ROWS)
def test_sourcing_round10_rows(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


# --- resolution: a description or pronoun and the entity it stands for ------------------------------
_RESOLUTION = [
    pytest.param(
        "Kestrel Coaches will cut two routes. The changes start in May, the company said.",
        "said",
        "the company",
        "Kestrel Coaches",
        "organisation",
        None,
        id="company-after-trade-plural",
    ),
    pytest.param(
        "Moorside Bakeries opened a shop. Sales were strong, the firm said.",
        "said",
        "the firm",
        "Moorside Bakeries",
        "organisation",
        None,
        id="firm-after-trade-plural",
    ),
    # "they": plural heads without "-s" ("people") and collective nouns for people ("family")
    pytest.param(
        "The deal is near, according to three people close to the bidders, who asked not to be named. "
        "They said it could be signed on Friday.",
        "said",
        "They",
        "three people close to the bidders",
        "unnamed",
        None,
        id="they-irregular-plural-unnamed",
    ),
    pytest.param(
        "Mr Hale's family said he was kind. They urged drivers to slow down.",
        "urged",
        "They",
        "Mr Hale's family",
        "role",
        None,
        id="they-collective-family",
    ),
    pytest.param(
        "The family of the victim said he was kind. They urged drivers to slow down.",
        "urged",
        "They",
        "The family of the victim",
        "role",
        None,
        id="they-family-of-head",
    ),
    pytest.param(
        "Campaign group Quiet Lanes wants a crossing. The boy's parents said he loved the lane. "
        "They urged drivers to slow down.",
        "urged",
        "They",
        "The boy's parents",
        "role",
        None,
        id="they-nearest-plural",
    ),
    pytest.param(
        "A council spokeswoman said the road would be reviewed. She added that work could start soon.",
        "added",
        "She",
        "A council spokeswoman",
        "role",
        None,
        id="negative-she-singular",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _RESOLUTION)
def test_sourcing_round10_resolution(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


def test_sourcing_round10_named_count_excludes_trade_plural_company():
    t = table("Kestrel Coaches said the route would close. Its director, Ann Pryce, said it was sad.")
    assert sorted(set(t.loc[t["source_class"] == "named", "resolved_to"])) == ["Ann Pryce"]


# --- counting: two full names with one surname are two people ----------------------------------------
def _named_count(text: str) -> float:
    from mediakit.metrics import sourcing
    from mediakit.text.parse import parse

    return sourcing.compute(parse(text)).values["named_sources"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pensioner Ada Marsh, 80, said the van was loud. Her grandson, Leo Marsh, said she was shaken.",
            2,
            id="same-surname-two-first-names",
        ),
        pytest.param(
            "Ada Marsh said the van was loud. Mrs Marsh added that she was shaken.",
            1,
            id="negative-full-then-titled-surname",
        ),
        pytest.param(
            "Ada Marsh said the van was loud. Ada Marsh later told police it was white.",
            1,
            id="negative-same-name-twice",
        ),
    ],
)
def test_sourcing_round10_named_count_by_first_name(text, expected):
    assert _named_count(text) == expected
