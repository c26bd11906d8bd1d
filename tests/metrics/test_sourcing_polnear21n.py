"""Sourcing round twenty-one: cues without a source, mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source as _source_of
from tests.metrics.sourcing_rows import row_with_source


# --- a paired-dash aside between the subject and its cue ("Tom Vale — a baker — says") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Tom Vale — a baker from Dunmore — says the oven failed twice.",
            "says",
            "Tom Vale — a baker from Dunmore",
            id="em-dash-apposition",
        ),
        pytest.param(
            "Ann Pike - who runs the night ferry - told reporters it was late.",
            "told",
            "Ann Pike - who runs the night ferry",
            id="spaced-hyphen-relative",
        ),
        pytest.param(
            "On Friday, Ann Pike -- a ferry captain -- quickly denied the claim.",
            "denied",
            "Ann Pike -- a ferry captain",
            id="double-hyphen-after-opener-adverb-before-cue",
        ),
        pytest.param(
            "The inspectors — and some clerks — said the roof leaked.",
            "said",
            "The inspectors — and some clerks",
            id="plural-subject-with-added-group",
        ),
    ],
)
def test_sourcing_dash_aside_subject(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The vote was close — said the mayor.", "said", id="single-dash-no-aside"),
        pytest.param(
            "Lee thanked the staff — some forty people — said the mayor.",
            "said",
            id="aside-after-an-object",
        ),
        pytest.param("The plan — “a disgrace” — said nothing of costs.", "said", id="quotation-inside-aside"),
    ],
)
def test_sourcing_dash_aside_subject_not(text, cue):
    src = _source_of(text, cue)
    assert "—" not in src and "staff" not in src and "plan" not in src


# --- "Will" right before a finite cue verb is a name, not the modal ("Will wrote") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Will wrote that the tram plan had failed.", "wrote", "Will", id="sentence-start-past"),
        pytest.param(
            "In his weekly column, Will argues that the tram is late.",
            "argues",
            "Will",
            id="after-opener-present",
        ),
        pytest.param(
            "Citing the storm, Will urged voters to move the bridge.",
            "urged",
            "Will",
            id="after-fronted-participle",
        ),
    ],
)
def test_sourcing_name_will_before_verb(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The mayor will argue that the tram is late.", "argue", "The mayor", id="modal-bare-verb"),
        pytest.param("Will the mayor say no to the plan?", "say", "the mayor", id="question-modal"),
    ],
)
def test_sourcing_name_will_before_verb_not(text, cue, source):
    row_with_source(text, cue, source)


# --- a coordinated cue whose clause read back stops at a quotation or an "as": the sentence's subject ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ann Pike waved “no” with her hands and declared that the bridge would stay.",
            "declared",
            "Ann Pike",
            id="quotation-inside-first-verb-phrase",
        ),
        pytest.param(
            "Sen. Ann Pike has cast the mayor as careless and accused him of lying.",
            "accused",
            "Sen. Ann Pike",
            id="as-inside-first-verb-phrase",
        ),
    ],
)
def test_sourcing_coordinated_cue_sentence_subject(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("It was cold as ever and said to be worse.", "said", id="expletive-it"),
        pytest.param("There was a queue as usual and said to be long.", "said", id="expletive-there"),
    ],
)
def test_sourcing_coordinated_cue_sentence_subject_not(text, cue):
    assert _source_of(text, cue) == ""


# --- a fronted time phrase without its comma ("On Tuesday she ..., saying"; "For months, ...") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "On Friday she held firm over the tolls, seeking to prove that the ferry was unsafe.",
            "seeking",
            "she",
            id="on-weekday-no-comma",
        ),
        pytest.param(
            "For weeks, Tom Vale stayed silent on the fares, arguing he had no say.",
            "arguing",
            "Tom Vale",
            id="for-time-noun-comma",
        ),
        pytest.param(
            "In May the council voted, saying rents were too high.",
            "saying",
            "the council",
            id="in-month-no-comma",
        ),
    ],
)
def test_sourcing_fronted_time_phrase_subject(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "During Monday night’s meeting, Ann Pike made a call for calm, citing the storm.",
            "citing",
            "Ann Pike",
            id="time-modifies-a-noun",
        ),
    ],
)
def test_sourcing_fronted_time_phrase_subject_not(text, cue, source):
    row_with_source(text, cue, source)
