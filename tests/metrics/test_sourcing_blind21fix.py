"""Sourcing round twenty-five: the errors of the round-twenty-one blind set, fixed by general rules (docs/sourcing.md).

Each rule has its own invented sentences (people, places and bodies made up; none taken from the fixtures) and
negative cases that must not change.
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing.resolve import _in_org_name
from mediakit.metrics.sourcing.spans import person_word
from tests.metrics.sourcing_rows import table


def _rows(text: str) -> list[tuple[str, str]]:
    t = table(text)
    return list(zip(t["cue"], t["source"], strict=True))


def _row(text: str, cue: str, source: str) -> tuple[str, str, str]:
    t = table(text)
    match = [r for r in t.itertuples() if r.cue == cue and r.source == source]
    assert match, t[["cue", "source", "source_class", "source_kind", "resolved_to"]].values.tolist()
    return (match[0].source_class, match[0].source_kind, match[0].resolved_to)


# --- spans: a listed role with an office prefix ("undersecretary", "vice-chancellor") -----------------------------
@pytest.mark.parametrize(
    ("word", "person"),
    [
        pytest.param("undersecretary", True, id="under"),
        pytest.param("vice-chancellor", True, id="vice-hyphen"),
        pytest.param("deputy-governor", True, id="deputy-hyphen"),
        pytest.param("understanding", False, id="not-a-role-after-under"),
        pytest.param("underdog", False, id="underdog"),
        pytest.param("subcommittee", False, id="a-body"),
    ],
)
def test_sourcing_office_prefix_role_word(word: str, person: bool) -> None:
    assert person_word(word) is person


def test_sourcing_office_prefix_role_in_possessive_apposition() -> None:
    text = "Norland's undersecretary for fisheries, Pavel Orlov, said the quotas broke the treaty."
    assert _row(text, "said", "Norland's undersecretary for fisheries, Pavel Orlov")[0] == "named"


# --- resolution: a capitalised pair after "town of", "province of" is a place ----------------------------------
@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        pytest.param(
            "Norland's fisheries minister, Pavel Orlov Brandt, will meet his rival in the harbour town of Santa "
            "Elvira next week. He said on Monday he was ready to talk.",
            "Pavel Orlov Brandt",
            id="town-of",
        ),
        pytest.param(
            "The envoy, Tomas Reyes Vidal, flew to the province of Nueva Cantera. He said the talks would go on.",
            "Tomas Reyes Vidal",
            id="province-of",
        ),
    ],
)
def test_sourcing_place_after_place_noun_of(text: str, resolved: str) -> None:
    assert _row(text, "said", "He")[2] == resolved


@pytest.mark.parametrize(
    ("body", "name", "place"),
    [
        pytest.param("He drove to the town of Santa Elvira at dawn.", "Santa Elvira", True, id="town-of"),
        pytest.param("He met the son of Carlos Ibarra at dawn.", "Carlos Ibarra", False, id="son-of-a-person"),
    ],
)
def test_sourcing_place_noun_of_pair(body: str, name: str, place: bool) -> None:
    assert _in_org_name(body, body.find(name), name) is place


# --- cues: a noun-ambiguous cue after its subject's relative clause ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "row"),
    [
        pytest.param(
            "The Northern Orchard Growers Association, which represents about 400 farms, estimates that losses "
            "have reached $2 million.",
            ("estimates", "The Northern Orchard Growers Association, which represents about 400 farms"),
            id="estimates-that",
        ),
        pytest.param(
            "The Eastfield Tenants Union, which has 2,000 members, claims that rents rose by a third.",
            ("claims", "The Eastfield Tenants Union, which has 2,000 members"),
            id="claims-that",
        ),
    ],
)
def test_sourcing_cue_after_subject_relative_clause(text: str, row: tuple[str, str]) -> None:
    assert row in _rows(text)


def test_sourcing_cue_after_subject_relative_clause_needs_that() -> None:
    text = "The Eastfield Tenants Union, which has 2,000 members, estimates vary widely."
    assert [c for c, _ in _rows(text) if c == "estimates"] == []


# --- cues: a plural of people with an "in / at / from" phrase before a belief verb --------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "Some farmers in the valley believe the roads are too narrow.",
            [("believe", "Some farmers in the valley")],
            id="in",
        ),
        pytest.param(
            "Many teachers at the school believe the rules are unfair.",
            [("believe", "Many teachers at the school")],
            id="at",
        ),
        pytest.param("Prices in the area seem high.", [], id="not-people"),
        pytest.param("The trucks from the quarry mean trouble for residents.", [], id="not-people-from"),
    ],
)
def test_sourcing_plural_people_with_place_phrase_believe(text: str, rows: list[tuple[str, str]]) -> None:
    assert _rows(text) == rows


# --- kinds: the role in apposition before a name gives a later pronoun its kind -----------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Norland's trade minister, Pavel Orlov, is due in Tarn next week. He said he was open to talks.",
            "official",
            id="appositive-role",
        ),
        pytest.param(
            "After a long night, Pavel Orlov arrived in Tarn. He said he was open to talks.",
            "unknown",
            id="no-role-before-the-comma",
        ),
    ],
)
def test_sourcing_appositive_role_kind_for_pronoun(text: str, kind: str) -> None:
    assert _row(text, "said", "He")[1] == kind


# --- spans: "favourite" as a public figure's epithet before a name ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "REALITY TV favourite Mia Dorne has accused her former co-star of copying her dress.",
            [("accused", "REALITY TV favourite Mia Dorne")],
            id="tabloid-capitals",
        ),
        pytest.param(
            "Fan favourite Mia Dorne has said she is quitting the show.",
            [("said", "Fan favourite Mia Dorne")],
            id="fan-favourite",
        ),
        pytest.param("Her favourite Mia Dorne song was played at the party.", [], id="adjective-no-cue"),
    ],
)
def test_sourcing_favourite_epithet_before_name(text: str, rows: list[tuple[str, str]]) -> None:
    assert _rows(text) == rows


# --- resolution: a sentence-opening pronoun or description continues the previous sentence's speaker -------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved"),
    [
        pytest.param(
            "TV star Mia Dorne has accused her former co-star Lena Holt of copying her dress. The 31-year-old, "
            "who found fame on a quiz show, told her fans on Sunday that she felt betrayed.",
            "told",
            "The 31-year-old, who found fame on a quiz show",
            "Mia Dorne",
            id="age-noun-not-the-object",
        ),
        pytest.param(
            "The farm's owner, Owen Dale, said in a statement that Mr Rees was a careful lad. He said he found "
            "Mr Rees at 5pm.",
            "said",
            "He",
            "Owen Dale",
            id="he-not-the-man-in-the-content",
        ),
        pytest.param(
            "Owen Dale said that Ms Rees was a careful driver. She said the road was icy.",
            "said",
            "She",
            "Rees",
            id="gender-decides",
        ),
        pytest.param(
            "TV star Mia Dorne has accused Lena Holt of copying her dress. On Monday, the actress Lena Holt "
            "replied. The 29-year-old said she was hurt.",
            "said",
            "The 29-year-old",
            "Lena Holt",
            id="the-previous-sentence-has-its-own-speaker",
        ),
    ],
)
def test_sourcing_sentence_opening_subject_continues_speaker(text: str, cue: str, source: str, resolved: str) -> None:
    assert _row(text, cue, source)[2] == resolved


# --- resolution: a relative sharing a surname keeps her own name and gender -------------------------------------
@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        pytest.param(
            'Gethin Rees, 27, died. Tom Hale said the road was steep. Mr Rees\'s mother, Eirlys Rees, said the '
            'family wanted change. "It will mean something," she said.',
            "Eirlys Rees",
            id="mother-of-the-dead-man",
        ),
        pytest.param(
            'Chloe Hart won the race. Her mum, Denise Hart, said she was proud. "She worked hard," she said.',
            "Denise Hart",
            id="mum-of-the-winner",
        ),
    ],
)
def test_sourcing_relative_with_own_name_for_pronoun(text: str, resolved: str) -> None:
    assert _row(text, "said", "she")[2] == resolved


def test_sourcing_same_person_by_surname_keeps_full_name() -> None:
    text = "Tom Rees won the race. Mr Rees said it was hard. He said he would rest."
    assert _row(text, "said", "He")[2] == "Tom Rees"


# --- classes: a club's name ending in "Town", "United", "Athletic" is no person ---------------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param("Marlow Town said 3,000 fans would travel.", "Marlow Town", "organisation", id="town"),
        pytest.param("Marlow Athletic said 3,000 fans would travel.", "Marlow Athletic", "organisation", id="athletic"),
        pytest.param(
            "Marlow Town manager Ed Pike said his side would win.", "Marlow Town manager Ed Pike", "named", id="manager"
        ),
    ],
)
def test_sourcing_club_name_is_organisation(text: str, source: str, cls: str) -> None:
    assert _row(text, "said", source)[0] == cls


# --- classes: a body's capitalised name and bare "sources" ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param("Labour Party sources said they expected a loss.", "Labour Party sources", "unnamed", id="party"),
        pytest.param("Harbour Board sources said the deal was off.", "Harbour Board sources", "unnamed", id="board"),
        pytest.param("Some sources said the deal was off.", "Some sources", "vague", id="some-stays-vague"),
        pytest.param("Many sources said the deal was off.", "Many sources", "vague", id="many-stays-vague"),
    ],
)
def test_sourcing_body_name_sources_unnamed(text: str, source: str, cls: str) -> None:
    assert _row(text, "said", source)[0] == cls


# --- spans and classes: a body named in apposition after its owner's possessive ---------------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param(
            "Mia's management, Lark Talent, said she stands by every word.",
            "Mia's management, Lark Talent",
            "organisation",
            id="management",
        ),
        pytest.param(
            "The singer's label, Northway Records, said the tour was off.",
            "The singer's label, Northway Records",
            "organisation",
            id="label",
        ),
        pytest.param(
            "Her daughter, June Parker, said the home was cold.", "Her daughter, June Parker", "named", id="kin-stays"
        ),
    ],
)
def test_sourcing_owned_body_in_apposition(text: str, source: str, cls: str) -> None:
    assert _row(text, "said", source)[0] == cls


# --- cues: acts with no words or view reported -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param("One follower commented under Mia's post.", [("commented", "One follower")], id="post-noun"),
        pytest.param("Mia Dorne claims she was copied.", [("claims", "Mia Dorne")], id="verb-after-a-name-stays"),
        pytest.param("The pair have not spoken since March.", [], id="not-spoken-since"),
        pytest.param("The two brothers have not talked in years.", [], id="not-talked-in-years"),
        pytest.param("She has spoken since about the crash.", [("spoken", "She")], id="spoken-since-about-stays"),
        pytest.param("Tom Hale, 68, found the first coins in April while walking.", [], id="found-a-thing"),
        pytest.param("Police found a wallet on the bus.", [], id="found-a-wallet"),
        pytest.param(
            "A survey found the number of people in work rose.", [("found", "A survey")], id="finding-stays"
        ),
        pytest.param("Inspectors found the building unsafe.", [("found", "Inspectors")], id="verdict-stays"),
        pytest.param("Some fans have sided with Lena Holt.", [], id="sided-with-a-name"),
        pytest.param(
            "Republicans sided with the mayor on the levy.",
            [("sided with", "Republicans")],
            id="sided-on-an-issue-stays",
        ),
    ],
)
def test_sourcing_acts_without_words(text: str, rows: list[tuple[str, str]]) -> None:
    assert _rows(text) == rows


# --- cues: a speech cue whose pronoun subject follows a report verb is the report's content ----------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "Neighbours say they warned the city for months.", [("say", "Neighbours")], id="say-they-warned"
        ),
        pytest.param("Ann Lee said she told police about the van.", [("said", "Ann Lee")], id="said-she-told"),
        pytest.param(
            "Ann Lee said the van was gone. She told police about it.",
            [("said", "Ann Lee"), ("told", "She")],
            id="new-sentence-stays",
        ),
    ],
)
def test_sourcing_pronoun_speech_after_report_verb_nested(text: str, rows: list[tuple[str, str]]) -> None:
    assert _rows(text) == rows


# --- cues: the newsroom writing the story "has learned" ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param(
            "MILLVALE, Ore. (KVXT) — Water will be back by Friday. The families are staying with relatives, KVXT "
            "has learned.",
            [],
            id="call-sign-in-dateline",
        ),
        pytest.param("The Courier has learned that the mayor will resign.", [], id="newspaper-name"),
        pytest.param(
            "The families are staying with relatives, police have learned.",
            [("learned", "police")],
            id="police-stay",
        ),
    ],
)
def test_sourcing_newsroom_has_learned(text: str, rows: list[tuple[str, str]]) -> None:
    assert _rows(text) == rows


# --- spans and classes: people placed by a participle and its phrase --------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "cls"),
    [
        pytest.param(
            "The hoard could be the best find in decades, archaeologists working on the site said.",
            "archaeologists working on the site",
            "role",
            id="inverted",
        ),
        pytest.param(
            "Archaeologists working on the site said the hoard was rare.",
            "Archaeologists working on the site",
            "role",
            id="opening",
        ),
        pytest.param(
            "The bridge is safe, engineers working for the council said.",
            "engineers working for the council",
            "role",
            id="working-for",
        ),
        pytest.param("Cracks in the road are growing, engineers said.", "engineers", "role", id="bare-plural-stays"),
    ],
)
def test_sourcing_people_placed_by_participle(text: str, source: str, cls: str) -> None:
    assert _row(text, "said", source)[0] == cls
