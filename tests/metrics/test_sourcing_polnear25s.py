"""Sourcing round twenty-five: sources of found cues, mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing import analyse
from mediakit.text.parse import parse
from tests.metrics.sourcing_rows import first_source as _source_of
from tests.metrics.sourcing_rows import row_with_source


def _phrase_of(text: str, cue: str) -> str:
    """The source phrase of the first attribution with this cue (coordinated people not split into rows)."""
    a = analyse(parse(text))
    found = [x.source.text for x in [*a.attributions, *a.floating] if x.cue == cue]
    assert found, [(x.cue, x.source.text) for x in a.attributions]
    return found[0]


# --- a verb taking the "-ing" or bare cue as its complement ("began talking", "helped convince") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The council began talking about the budget.", "talking", "The council", id="began"),
        pytest.param(
            "Ms. Vale avoids discussing the vote with her father.", "discussing", "Ms. Vale", id="avoids"
        ),
        pytest.param("Tom Vale kept saying the plan would fail.", "saying", "Tom Vale", id="kept"),
        pytest.param("They keep saying the fare is too high.", "saying", "They", id="keep-after-pronoun"),
        pytest.param(
            "Ann Lee helped convince the council that the bridge was needed.",
            "convince",
            "Ann Lee",
            id="helped",
        ),
        pytest.param(
            "The mayor has stopped saying that the bridge is safe.", "saying", "The mayor", id="has-stopped"
        ),
    ],
)
def test_sourcing_catenative_verb_before_cue(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a base form after a noun is the noun ("the bus stop"), not the verb
        pytest.param(
            "Voters at the bus stop saying the fare is too high were angry.",
            "saying",
            "Voters at the bus stop",
            id="bus-stop",
        ),
    ],
)
def test_sourcing_catenative_verb_before_cue_not(text, cue, source):
    assert _source_of(text, cue) == source


# --- a verb and its object after the subject are no part of the phrase ("released a statement, saying") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Tom Vale released a statement last week, insisting that the town must act.",
            "insisting",
            "Tom Vale",
            id="name-released",
        ),
        pytest.param(
            "The Dunmore Civic League released a statement on Monday, saying the plan was unfair.",
            "saying",
            "The Dunmore Civic League",
            id="body-released",
        ),
        pytest.param(
            "The mayor left the room, saying nothing was settled.", "saying", "The mayor", id="left"
        ),
        pytest.param(
            "His campaign sued the county on Monday, seeking a recount.", "seeking", "His campaign", id="sued"
        ),
    ],
)
def test_sourcing_verb_object_after_subject(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Prices will rise, according to a report released the day before the vote.",
            "according to",
            "a report released the day before the vote",
            id="document-participle",
        ),
        pytest.param(
            "Industry body the Corvale Grain League said the price would rise.",
            "said",
            "the Corvale Grain League",
            id="body-before-name",
        ),
        pytest.param(
            "A person familiar with the talks said the plan was late.",
            "said",
            "A person familiar with the talks",
            id="familiar-with",
        ),
        pytest.param(
            "Prices will rise, said a spokesman for the Corvale Grain League.",
            "said",
            "a spokesman for the Corvale Grain League",
            id="spokesman-for",
        ),
    ],
)
def test_sourcing_verb_object_after_subject_not(text, cue, source):
    assert _source_of(text, cue) == source


# --- "all" / "both" floated after coordinated names ("Lee and Vale both said") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ann Lee and Tom Vale both denounced the plan.", "denounced", "Ann Lee and Tom Vale", id="both"
        ),
        pytest.param(
            "Builders for Ann Lee and Vale all agree that the bridge is late.",
            "agree",
            "Builders for Ann Lee and Vale",
            id="all",
        ),
        pytest.param(
            "Lee and Vale have both said the dam is unsafe.", "said", "Lee and Vale", id="have-both"
        ),
    ],
)
def test_sourcing_quantifier_after_names(text, cue, source):
    assert _phrase_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a comma closes the clause of the names: "all" is its own subject
        pytest.param(
            "Lee met Vale and Ines Barros at the mill, and all agreed the plan was late.",
            "agreed",
            "all",
            id="after-comma",
        ),
        pytest.param("Both said the plan is late.", "said", "Both", id="both-alone"),
        pytest.param("The unions have both said the plan is late.", "said", "The unions", id="plural"),
    ],
)
def test_sourcing_quantifier_after_names_not(text, cue, source):
    assert _source_of(text, cue) == source


# --- "both ... and" between verbs: "both" is no source ("he both praised and criticized") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("He both praised and criticized the plan.", "praised", "He", id="pronoun"),
        pytest.param(
            "The mayor, who has both praised the plan and criticized its cost, spoke on Monday.",
            "praised",
            "who",
            id="relative",
        ),
    ],
)
def test_sourcing_correlative_both(text, cue, source):
    row_with_source(text, cue, source)


# --- "X and even Y": "even" inside a coordinated subject ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Farmers and even some bankers say the plan has failed.",
            "say",
            "Farmers and even some bankers",
            id="determiner",
        ),
        pytest.param(
            "Other mayors and even a judge suggested that the vote was unfair.",
            "suggested",
            "Other mayors and even a judge",
            id="article",
        ),
        pytest.param(
            "Politicians and even bankers say the plan has failed.",
            "say",
            "Politicians and even bankers",
            id="bare",
        ),
    ],
)
def test_sourcing_and_even(text, cue, source):
    assert _phrase_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a clause before "and even": its verb is no conjunct
        pytest.param(
            "The dam broke and even some bankers say the plan has failed.", "say", "some bankers", id="clause"
        ),
        # "even" opening the subject stays out of it
        pytest.param(
            "But even some of those bankers have offered softer words.",
            "offered",
            "some of those bankers",
            id="opening-even",
        ),
    ],
)
def test_sourcing_and_even_not(text, cue, source):
    assert _phrase_of(text, cue) == source


# --- an intensifying pronoun after the subject ("Dunmore itself said"): the noun before it is classified ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Dunmore itself said the deal was on.", "said", "Dunmore itself", id="itself"),
        pytest.param(
            "Farmers themselves understand the worry.", "understand", "Farmers themselves", id="themselves"
        ),
    ],
)
def test_sourcing_reflexive_after_subject(text, cue, source):
    assert _phrase_of(text, cue) == source


@pytest.mark.parametrize(
    "text",
    [
        # a noun that is no source stays none with the pronoun after it
        pytest.param("The town itself shows that the deal was on.", id="town-itself"),
    ],
)
def test_sourcing_reflexive_after_subject_not(text):
    a = analyse(parse(text))
    assert not any(x.source.text for x in a.attributions), [(x.cue, x.source.text) for x in a.attributions]
