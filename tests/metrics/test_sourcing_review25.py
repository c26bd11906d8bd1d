"""Sourcing round twenty-five, the review: regressions of the merged round-twenty-five rules (docs/sourcing.md,
"Round twenty-five, the review").

Each fix has invented sentences (people, places and bodies made up): the case the merged rule broke, and
the case the rule was written for, which must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import class_kind_resolved, pairs


def _sources(text: str, cue: str) -> list[str]:
    return [s for c, s in pairs(text) if c == cue]


# --- "found X at fault / in breach": a state judged is a finding, a place or a time is no finding ----------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param("The inspectors found the kitchen in a filthy state.", "The inspectors", id="in-a-state"),
        pytest.param("The tribunal found the landlord in breach of the lease.", "The tribunal", id="in-breach"),
        pytest.param("The inquiry found the council at fault for the delays.", "The inquiry", id="at-fault"),
        pytest.param("The judge found the firm in contempt of court.", "The judge", id="in-contempt"),
    ],
)
def test_sourcing_found_a_state_judged_is_a_finding(text: str, source: str) -> None:
    assert _sources(text, "found") == [source]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tom Hale found the first coins in April.", id="time"),
        pytest.param("Divers found a wallet on the wreck.", id="place"),
    ],
)
def test_sourcing_found_a_thing_somewhere_stays_no_finding(text: str) -> None:
    assert _sources(text, "found") == []


# --- "spoken for years about": a topic follows, words are reported ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue", "rows"),
    [
        pytest.param("She has spoken for years about the dangers of smoking.", "spoken", ["She"], id="for-years-about"),
        pytest.param("The pair have not spoken since March.", "spoken", [], id="since-a-time"),
        pytest.param("The brothers have not spoken for years.", "spoken", [], id="for-years-end"),
    ],
)
def test_sourcing_speaking_with_a_topic_after_the_span_is_speech(text: str, cue: str, rows: list[str]) -> None:
    assert _sources(text, cue) == rows


# --- a naming "called": a comma after the name is a naming only with an age or "who" ---------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param("A spokeswoman called Tom Reed, the mayor, a liar.", ["A spokeswoman"], id="apposition-then-judgement"),
        pytest.param("A spokeswoman called Tom Reed a liar.", ["A spokeswoman"], id="judgement"),
        pytest.param("A woman called Ann Vale, 42, said the road was shut.", [], id="named-with-age"),
        pytest.param("A man called Tom Reed said the road was shut.", [], id="named-then-verb"),
    ],
)
def test_sourcing_called_with_a_comma_after_the_name(text: str, rows: list[str]) -> None:
    assert _sources(text, "called") == rows


# --- "saw" a view: "saw no reason", "saw it differently" stay; events go ----------------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param("The board saw no reason to act.", ["The board"], id="no-reason"),
        pytest.param("The court saw it differently.", ["The court"], id="it-differently"),
        pytest.param("The panel saw little need for a new road.", ["The panel"], id="little-need"),
        pytest.param("The firm saw profits fall.", [], id="event-firm"),
        pytest.param("The town saw record rainfall.", [], id="event-town"),
        pytest.param("Ostley saw its busiest summer.", [], id="event-place"),
    ],
)
def test_sourcing_saw_a_view_stays_a_cue(text: str, rows: list[str]) -> None:
    assert _sources(text, "saw") == rows


# --- a noun after a possessive name with its "that" content stays a nominal cue --------------------------------
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param("Ana Pell was angry. She refused Tom Gaunt's demand that she fire her deputy.", ["Tom Gaunt's"],
                     id="demand-that"),
        pytest.param("Ana Pell was angry. She read Tom Gaunt's demand in the paper.", [], id="demand-no-content"),
    ],
)
def test_sourcing_possessive_noun_with_content_stays_a_cue(text: str, rows: list[str]) -> None:
    assert _sources(text, "demand") == rows


# --- a description before a body's name: "neither ... nor" is no description ------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("Talks failed, and neither the Harbour Board nor the Fenwick Trust commented.",
                     "neither the Harbour Board nor the Fenwick Trust", "", id="neither-nor"),
        pytest.param("Ferry operator Islandhop said sailings were cancelled.", "Ferry operator Islandhop", "Islandhop",
                     id="descriptor"),
    ],
)
def test_sourcing_coordination_is_no_description_of_a_body(text: str, source: str, resolved_to: str) -> None:
    assert class_kind_resolved(text, "commented" if "commented" in text else "said", source)[2] == resolved_to


# --- a relative's own name: a sentence's opening word or an honorific is no first name --------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved_to"),
    [
        pytest.param("Dora Pellow runs the bakery in Ostley. What Pellow wants is a new oven. The bread, she says, is "
                     "the best in the county.", "says", "she", "Dora Pellow", id="what-opens-the-sentence"),
        pytest.param("Milo Penwick owns the estate. Lady Penwick said the roses were in bloom. He added that the gates "
                     "would open in May.", "added", "He", "Milo Penwick", id="honorific-gender-he"),
        pytest.param("Milo Penwick owns the estate. Lady Penwick said the roses were in bloom. She added that the gates "
                     "would open in May.", "added", "She", "Lady Penwick", id="honorific-gender-she"),
        pytest.param("Chloe Hart won the race. Her mother, Denise Hart, said she was proud. She said Chloe trained daily.",
                     "said", "She", "Denise Hart", id="relative-still-her-own-name"),
    ],
)
def test_sourcing_relative_own_name_needs_a_first_name(text: str, cue: str, source: str, resolved_to: str) -> None:
    assert class_kind_resolved(text, cue, source)[2] == resolved_to


# --- an age description: the person given that age, not the previous sentence's speaker ----------------------
@pytest.mark.parametrize(
    ("text", "resolved_to"),
    [
        pytest.param("Coach Tom Reed said Mark Lowe, 31, had been dropped. The 31-year-old said he was shocked.",
                     "Mark Lowe", id="age-given"),
        pytest.param("Coach Tom Reed said Mark Lowe had been dropped. The 52-year-old said he had no choice.",
                     "Tom Reed", id="no-age-given-continuing-speaker"),
    ],
)
def test_sourcing_age_description_takes_the_person_of_that_age(text: str, resolved_to: str) -> None:
    assert class_kind_resolved(text, "said", next(s for c, s in pairs(text) if "year-old" in s))[2] == resolved_to


# --- occupations: "according to" names the speaker, a passive's "by" names the doer -------------------------------
@pytest.mark.parametrize(
    ("text", "source", "resolved_to"),
    [
        pytest.param("According to Hanna Quist, the ward is full. The nurse added that staff were tired.", "The nurse",
                     "Hanna Quist", id="according-to"),
        pytest.param("A farm run by Greta Fell lost its barn. The farmer said the fire started at night.", "The farmer",
                     "Greta Fell", id="passive-agent"),
        pytest.param("The mayor met Tom Brack on Monday. The teacher said the school would close.", "The teacher", "",
                     id="met-object"),
    ],
)
def test_sourcing_occupation_after_according_to_or_an_agent(text: str, source: str, resolved_to: str) -> None:
    cue = "added" if " added " in text else "said"
    assert class_kind_resolved(text, cue, source)[2] == resolved_to


# --- a title before a comma gives a kind only when it names a person ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        pytest.param("Their company, Tom Reed said, had never missed a payment.", "Tom Reed", "unknown", id="body-noun"),
        pytest.param("His team, Ann Vale said, had done well.", "Ann Vale", "unknown", id="team"),
        pytest.param("Tarrow's trade minister, Ana Ruiz, said exports rose.", "Tarrow's trade minister, Ana Ruiz",
                     "official", id="person-title"),
    ],
)
def test_sourcing_title_before_comma_must_name_a_person(text: str, source: str, kind: str) -> None:
    assert class_kind_resolved(text, "said", source)[1] == kind
