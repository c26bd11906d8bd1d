"""Sourcing round eight: the classes of error of the round-eight blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, cues

_CASES = [
    # --- a noun for a party that may be a body is no person title before an organisation's name ---
    pytest.param(
        "Developer Oakridge Homes said the site was suitable.",
        "said",
        "Developer Oakridge Homes",
        "",
        "organisation",
        "organisation",
        id="developer-company-name",
    ),
    pytest.param(
        "Owner Gemma Hart said the shop would reopen.",
        "said",
        "Owner Gemma Hart",
        "Gemma Hart",
        "named",
        "citizen",
        id="negative-owner-person-name",
    ),
    pytest.param(
        "Councillor Dawn Mills said the plan was wrong.",
        "said",
        "Councillor Dawn Mills",
        "Dawn Mills",
        "named",
        "official",
        id="negative-title-first-name-org-ending",
    ),
    # --- "Its" opens no person's name ------------------------------------------------------------
    pytest.param(
        "The charity said it would help. Its Leeds branch manager, Ann Cole, said volunteers were ready.",
        "said",
        "Its Leeds branch manager, Ann Cole",
        "Ann Cole",
        "named",
        None,
        id="its-place-role-name",
    ),
    pytest.param(
        "Its chief executive said volunteers were ready.",
        "said",
        "Its chief executive",
        "",
        "role",
        "organisation",
        id="negative-its-role-no-name",
    ),
    # --- a possessive name and a person noun before a name and its age ---------------------------
    pytest.param(
        "Tom's sister, Ruth Hale, 40, said the road was dangerous.",
        "said",
        "Tom's sister, Ruth Hale, 40",
        "Ruth Hale",
        "named",
        "citizen",
        id="possessive-kin-name-age",
    ),
    pytest.param(
        "In Leeds, Ruth Hale, 40, said the road was dangerous.",
        "said",
        "Ruth Hale, 40",
        "Ruth Hale",
        "named",
        None,
        id="negative-place-before-name-age",
    ),
    # --- a "-mate" person noun is a title before a name -------------------------------------------
    pytest.param(
        "Former teammate Joe Bell, 30, said the striker was shy.",
        "said",
        "Former teammate Joe Bell, 30",
        "Joe Bell",
        "named",
        None,
        id="teammate-name-age",
    ),
    pytest.param(
        "Former teammate Joe Bell said the striker was shy.",
        "said",
        "Former teammate Joe Bell",
        "Joe Bell",
        "named",
        None,
        id="teammate-name",
    ),
    # --- after an inverted cue: the age, then a person's appositive --------------------------------
    pytest.param(
        '"It was loud," said Amy Cole, 29, a teacher.',
        "said",
        "Amy Cole, 29, a teacher",
        "Amy Cole",
        "named",
        None,
        id="inverted-age-appositive",
    ),
    pytest.param(
        '"It was loud," said Amy Cole, 29, a year after the fire.',
        "said",
        "Amy Cole, 29",
        "Amy Cole",
        "named",
        None,
        id="negative-inverted-age-time",
    ),
    pytest.param(
        '"It was loud," said Amy Cole, 29, and went inside.',
        "said",
        "Amy Cole, 29",
        "Amy Cole",
        "named",
        None,
        id="negative-inverted-age-clause",
    ),
    # --- "speaking on condition of anonymity" between commas is part of the phrase ----------------
    pytest.param(
        "An aide, speaking on condition of anonymity, said the talks had stalled.",
        "said",
        "An aide, speaking on condition of anonymity",
        "",
        "unnamed",
        None,
        id="speaking-anonymity",
    ),
    pytest.param(
        "An aide, speaking on Monday, said the talks had stalled.",
        "said",
        "An aide",
        "",
        "unnamed",
        None,
        id="negative-speaking-time",
    ),
    # --- an -ing word between a determiner or possessive and a noun is a modifier -----------------
    pytest.param(
        "A report to the planning committee says the scheme is sound.",
        "says",
        "A report to the planning committee",
        "",
        "document",
        None,
        id="ing-modifier-after-determiner",
    ),
    pytest.param(
        "A report to the council's planning committee says the scheme is sound.",
        "says",
        "A report to the council's planning committee",
        "",
        "document",
        None,
        id="ing-modifier-after-possessive",
    ),
    pytest.param(
        "The man was seen leaving the building, police said.",
        "said",
        "police",
        "",
        "organisation",
        "official",
        id="negative-ing-verb-before-object",
    ),
    # --- a role noun before "the" and a body's name -----------------------------------------------
    pytest.param(
        "According to trade body the British Retail Consortium, sales fell in May.",
        "According to",
        "trade body the British Retail Consortium",
        "British Retail Consortium",
        "organisation",
        "organisation",
        id="role-noun-the-name",
    ),
    pytest.param(
        "According to union officials the strike will go ahead.",
        "According to",
        "union officials",
        "",
        "role",
        None,
        id="negative-role-no-name",
    ),
    # --- "the company" after a company's name, cited or not ---------------------------------------
    pytest.param(
        "Delta Foods opened a plant in May. Sales rose, the company said.",
        "said",
        "the company",
        "Delta Foods",
        "organisation",
        "organisation",
        id="company-after-company-name",
    ),
    pytest.param(
        "Jane Roe opened a plant in May. Sales rose, the company said.",
        "said",
        "the company",
        "",
        "organisation",
        "organisation",
        id="negative-company-after-person",
    ),
    # --- an officer of a body named by "its" is organisation --------------------------------------
    pytest.param(
        "The union said it would strike. Its national officer, Gareth Price, said talks had failed.",
        "said",
        "Its national officer, Gareth Price",
        "Gareth Price",
        "named",
        "organisation",
        id="its-officer",
    ),
    pytest.param(
        "Its foreign minister, Gareth Price, said talks had failed.",
        "said",
        "Its foreign minister, Gareth Price",
        "Gareth Price",
        "named",
        "official",
        id="negative-its-minister",
    ),
    # --- a belief verb after a subject and "privately" / "publicly" -------------------------------
    pytest.param(
        "Some analysts privately believe the deal will fail.",
        "believe",
        "Some analysts",
        "",
        "vague",
        None,
        id="privately-believe",
    ),
    pytest.param(
        "Some analysts believe the deal will fail.",
        "believe",
        "Some analysts",
        "",
        "vague",
        None,
        id="negative-believe-no-adverb",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _CASES)
def test_sourcing_round8_rows(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


_MORE = [
    # --- an organiser of a body named by a possessive is organisation -----------------------------
    pytest.param(
        '"It was fair," Aslef\'s regional organiser, Mark Tully, said.',
        "said",
        "Aslef's regional organiser, Mark Tully",
        "Mark Tully",
        "named",
        "organisation",
        id="possessive-organiser",
    ),
    pytest.param(
        "The party's regional organiser said it was fair.",
        "said",
        "The party's regional organiser",
        "",
        "role",
        "official",
        id="negative-party-organiser",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _MORE)
def test_sourcing_round8_organiser_kinds(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)


@pytest.mark.parametrize(
    ("text", "cue", "present"),
    [
        # a vote is an act: the infinitive after it is no stance of the voters
        pytest.param("Lawmakers voted 312 to 290 on Monday to reject the motion.", "reject", False, id="voted-to"),
        pytest.param("Members voted by 87% to oppose the deal.", "oppose", False, id="voted-by-to"),
        pytest.param("Lawmakers want to reject the motion.", "reject", True, id="negative-want-to"),
        pytest.param("Lawmakers voted, and they reject the motion.", "reject", True, id="negative-voted-and"),
        # a document noun right before a cue is part of the subject, no cue of its own
        pytest.param("A National Audit Office report found that leaks waste water.", "report", False, id="doc-noun"),
        pytest.param("A National Audit Office report found that leaks waste water.", "found", True, id="doc-noun-cue"),
        pytest.param("Analysts report that sales fell.", "report", True, id="negative-report-verb"),
        # a belief adjective that ends the sentence has no content
        pytest.param("Not everyone is convinced.", "convinced", False, id="convinced-no-content"),
        pytest.param("Not everyone is convinced that it works.", "convinced", True, id="negative-convinced-that"),
        # a speech verb after a modal inside reported content is nested
        pytest.param("Dr Sarah Hill said the findings should reassure parents.", "reassure", False, id="modal-nested"),
        pytest.param("The findings should reassure parents, Dr Sarah Hill said.", "reassure", False, id="modal-fronted"),
        pytest.param("The minister would say nothing.", "say", True, id="negative-modal-not-nested"),
        # "found a" + a percentage is a finding; "found a" + a thing stays blocked
        pytest.param("The trial found a 20% fall in relapses.", "found", True, id="found-a-percent"),
        pytest.param("The audit found a 4.5 per cent rise in costs.", "found", True, id="found-a-per-cent"),
        pytest.param("Their study found an 8 percent gap.", "found", True, id="found-an-percent"),
        pytest.param("Walkers found a dog in the woods.", "found", False, id="negative-found-a-thing"),
        pytest.param("Divers found a 12-inch knife near the pier.", "found", False, id="negative-found-a-number"),
    ],
)
def test_sourcing_round8_cue_rows(text, cue, present):
    assert (cue in cues(text)) is present
