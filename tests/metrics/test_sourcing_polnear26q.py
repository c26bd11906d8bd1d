"""Sourcing round twenty-six, a third PolNeAR pass: sources of found cues mined from train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source


# --- an article and an adverb of degree before the adjective of a phrase ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The widely respected economist said the levy failed.",
            "said",
            "The widely respected economist",
            id="lower-case-phrase",
        ),
        pytest.param(
            "The freely available figures indicate that the levy failed.",
            "indicate",
            "The freely available figures",
            id="document-phrase",
        ),
        pytest.param(
            "A recently elected Vale agreed that the levy failed.",
            "agreed",
            "A recently elected Vale",
            id="before-a-name",
        ),
        pytest.param(
            "The fiscally cautious Harbour Fund reported that the levy failed.",
            "reported",
            "The fiscally cautious Harbour Fund",
            id="before-a-body",
        ),
    ],
)
def test_sourcing_adverb_before_adjective(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The report clearly shows the levy failed.", "shows", "The report", id="adverb-before-cue"),
        pytest.param("The council quickly said the levy failed.", "said", "The council", id="adverb-after-noun"),
        pytest.param("A defiant Lee said the levy failed.", "said", "A defiant Lee", id="adjective-alone"),
        pytest.param(
            "The independent Harbour Review Office said the levy failed.",
            "said",
            "The independent Harbour Review Office",
            id="body-adjective-alone",
        ),
    ],
)
def test_sourcing_adverb_before_adjective_unchanged(text, cue, source):
    assert first_source(text, cue) == source


# --- a percentage sizing a majority ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "A 58% majority of tenants said the levy failed.", "said", "A 58% majority of tenants", id="percent-sign"
        ),
        pytest.param(
            "A 60 percent majority of farmers said the levy failed.",
            "said",
            "A 60 percent majority of farmers",
            id="percent-word",
        ),
    ],
)
def test_sourcing_percentage_majority(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "A majority of tenants said the levy failed.", "said", "A majority of tenants", id="no-percentage"
        ),
        pytest.param(
            "Hundreds of tenants said the levy failed.", "said", "Hundreds of tenants", id="other-count"
        ),
    ],
)
def test_sourcing_percentage_majority_unchanged(text, cue, source):
    assert first_source(text, cue) == source


# --- "the experts say": a definite group, its determiner in the source ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The experts say the levy failed.", "say", "The experts", id="the"),
        pytest.param("But these critics argued the levy failed.", "argued", "these critics", id="these"),
    ],
)
def test_sourcing_definite_group(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Experts say the levy failed.", "say", "Experts", id="bare-plural"),
        pytest.param("But some experts say the levy failed.", "say", "some experts", id="quantifier"),
    ],
)
def test_sourcing_definite_group_unchanged(text, cue, source):
    assert first_source(text, cue) == source


# --- "at the time" after a name is an adverbial, no part of the source ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Tom Vale at the time said the levy failed.", "said", "Tom Vale", id="after-name"),
    ],
)
def test_sourcing_at_the_time_after_name(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The mayor at the time said the levy failed.", "said", "The mayor at the time", id="a-role"),
    ],
)
def test_sourcing_at_the_time_after_role_unchanged(text, cue, source):
    assert first_source(text, cue) == source


# --- the last dot of a dotted abbreviation, read rightwards ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("According to H.R.A. records, the levy failed.", "According to", "H.R.A. records", id="records"),
        pytest.param(
            "The levy failed, according to U.N. monitors in the region.",
            "according to",
            "U.N. monitors in the region",
            id="monitors",
        ),
    ],
)
def test_sourcing_dotted_abbreviation(text, cue, source):
    assert first_source(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The levy failed, according to Mr. Vale.", "according to", "Mr. Vale", id="title"),
        pytest.param("The levy failed, according to FAA records.", "according to", "FAA records", id="no-dots"),
    ],
)
def test_sourcing_dotted_abbreviation_unchanged(text, cue, source):
    assert first_source(text, cue) == source
