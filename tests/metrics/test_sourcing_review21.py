"""Sourcing round twenty-one, the review: four regressions of the rules for cues without a source (docs/sourcing.md).

Each fix has its own invented sentences, positive and negative (a look-alike the fix must leave alone).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source as _source_of
from tests.metrics.sourcing_rows import row_with_source


# --- "Will" opening a question or a headline is the modal, not a name ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Will Claims of Bribery Stall the Tally? Clerks said no.", "Claims", id="headline-noun-of"),
        pytest.param("Will Claims of Bribery Keep Falling?", "Claims", id="question-mark"),
        pytest.param("Will Pledges Made in June Hold", "Pledges", id="headline-capitalised-word-after"),
        pytest.param("Why Will Claims of Bribery Matter?", "Claims", id="after-why"),
    ],
)
def test_sourcing_modal_will_not_a_name(text, cue):
    assert _source_of(text, cue) != "Will"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Will wrote that the ferry plan had failed.", "wrote", id="past-then-that"),
        pytest.param("Will says the ferry is late.", "says", id="present-then-determiner"),
        pytest.param("After the vote, Will argued that fares were too high.", "argued", id="after-opener"),
    ],
)
def test_sourcing_modal_will_not_a_name_not(text, cue):
    row_with_source(text, cue, "Will")


# --- a headline's paired dashes around an adverb, or before an inverted source, hold no subject ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Fares Will Fall — Soon — Says Board", "Says", id="modal-before-dashes"),
        pytest.param("Tram Deal — Finally — Says Council", "Says", id="single-adverb-aside"),
        pytest.param("The dock plan — a costly idea — said the harbour master.", "said", id="source-after-cue"),
    ],
)
def test_sourcing_dash_aside_headline(text, cue):
    assert "—" not in _source_of(text, cue)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Tom Vale — a baker from Dunmore — says the oven failed twice.",
            "says",
            "Tom Vale — a baker from Dunmore",
            id="apposition-content-after-cue",
        ),
        pytest.param(
            "The inspectors — and two guards — said the gate was shut.",
            "said",
            "The inspectors — and two guards",
            id="added-group-content-after-cue",
        ),
        pytest.param(
            "Ann Pike — a ferry captain — denied the claim.",
            "denied",
            "Ann Pike — a ferry captain",
            id="object-after-non-inverting-cue",
        ),
    ],
)
def test_sourcing_dash_aside_headline_not(text, cue, source):
    row_with_source(text, cue, source)


# --- a dash aside after a comma apposition: the whole "X, Y — ... —" is the subject ---
@pytest.mark.parametrize(
    ("text", "cue", "source", "resolved"),
    [
        pytest.param(
            "Ann Lee, the mayor — and the town's first woman in the job — said the bridge would open.",
            "said",
            "Ann Lee, the mayor — and the town's first woman in the job",
            "Ann Lee",
            id="name-comma-role-dash-aside",
        ),
        pytest.param(
            "Tom Vale, a baker — one of few left in Dunmore — says the oven failed.",
            "says",
            "Tom Vale, a baker — one of few left in Dunmore",
            "Tom Vale",
            id="name-comma-role-dash-aside-present",
        ),
    ],
)
def test_sourcing_comma_then_dash_aside(text, cue, source, resolved):
    r = row_with_source(text, cue, source)
    assert (r.resolved_to, r.source_class) == (resolved, "named")


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Yesterday, the mayor — a keen rower — said the bridge would open.",
            "said",
            "the mayor — a keen rower",
            id="time-word-before-comma",
        ),
        pytest.param(
            "In Dunmore, the bakers — and a few cooks — said the ovens failed.",
            "said",
            "the bakers — and a few cooks",
            id="fronted-place-phrase",
        ),
    ],
)
def test_sourcing_comma_then_dash_aside_not(text, cue, source):
    row_with_source(text, cue, source)


# --- a coordinated cue inside a relative clause never takes the sentence's subject ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "She outpolls Hart and Rowe, who has the lowest “fibber” score and has told lies about fares.",
            "told",
            id="relative-with-quotation",
        ),
        pytest.param(
            "She outpolls Hart and Rowe, who has the lowest score and has told lies about fares.",
            "told",
            id="relative-no-quotation",
        ),
        pytest.param(
            "The rowers, who the trainer called “fit” and said would race, lost.",
            "said",
            id="relative-object-pronoun",
        ),
    ],
)
def test_sourcing_coordinated_cue_in_relative(text, cue):
    src = _source_of(text, cue)
    assert not src.startswith(("She", "The rowers"))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "Ann Pike, who runs the ferry, waved “no” with her hands and declared that the dock would stay.",
            "declared",
            "Ann Pike, who runs the ferry",
            id="relative-closed-by-comma",
        ),
        pytest.param(
            "Ann Pike waved “no” with her hands and declared that the dock would stay.",
            "declared",
            "Ann Pike",
            id="no-relative",
        ),
    ],
)
def test_sourcing_coordinated_cue_in_relative_not(text, cue, source):
    row_with_source(text, cue, source)
