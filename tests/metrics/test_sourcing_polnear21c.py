"""Sourcing round twenty-one: cue recall, mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing import cue_spans
from mediakit.text.parse import parse


def _cues(text: str) -> list[str]:
    return [a.cue for a in cue_spans(parse(text))]


# --- a content noun with its "that" clause or "about" topic is a cue, with no subject before it ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "The ferry company rejected claims that the harbour dredging had been delayed.",
            "claims",
            id="claims-that-clause",
        ),
        pytest.param(
            "The museum board fears that the winter closure will cost the town its visitors.",
            "fears",
            id="fears-that-clause",
        ),
        pytest.param(
            "Hours before reports that the mayor of Dunmore had resigned, the council met in private.",
            "reports",
            id="reports-that-clause",
        ),
        pytest.param(
            "The coach has repeatedly made comments about the referee of the Halden derby.",
            "comments",
            id="comments-about-topic",
        ),
    ],
)
def test_sourcing_content_noun_clause(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The inquiry into the Halden ferry heard claims that could sink the harbour plan.",
            id="claims-that-relative-clause",
        ),
        pytest.param(
            "The Dunmore bakery sold hopes and dreams in paper bags at the summer fair.",
            id="hopes-no-clause",
        ),
        pytest.param(
            "The harbour fees paid for three new cranes and a long pier in Halden.",
            id="plain-noun-unrelated",
        ),
        pytest.param(
            "Walkers on the Halden ridge talked for hours about nothing in particular.",
            id="no-content-noun-about",
        ),
    ],
)
def test_sourcing_content_noun_clause_negative(text: str) -> None:
    assert not {"claims", "hopes", "comments", "fears"} & set(_cues(text))


# --- "talk" with a manner adverb and its topic ("talked openly about"), and "talked of", are cues ---
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Mara Quist talked openly about the closure of the Halden mill.", "talked", id="openly-about"
        ),
        pytest.param(
            "The retired keeper talks freely on the radio of the storm that sank two trawlers.",
            "talks",
            id="freely-words-of",
        ),
        pytest.param(
            "At the Dunmore meeting, the mayor talked of new rules for ferry fares.", "talked", id="talked-of"
        ),
    ],
)
def test_sourcing_talk_manner_topic(text: str, cue: str) -> None:
    assert cue in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mara Quist talked directly to the pupils at Halden school.", id="adverb-no-topic"),
        pytest.param("The talks of the two ferry unions ended early in Dunmore.", id="talks-of-noun"),
        pytest.param("The mayor talked quietly in the hall until dawn.", id="adverb-nothing-after"),
    ],
)
def test_sourcing_talk_manner_topic_negative(text: str) -> None:
    assert not {"talked", "talks"} & set(_cues(text))


# --- "in my view", "in the mayor's view": the holder of an opinion, a cue ---
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Halden bridge, in my view, should never have been built.", id="in-my-view"),
        pytest.param(
            "In Mara Quist's view, the ferry fares were far too high.", id="in-name-possessive-view"
        ),
        pytest.param("The plan would, in their view, ruin the Dunmore harbour.", id="in-their-view"),
    ],
)
def test_sourcing_in_possessive_view(text: str) -> None:
    assert "view" in [c.lower() for c in _cues(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The new flats in Halden have a view of the bay.", id="view-of-place"),
        pytest.param("The ferry came into view just after noon.", id="into-view"),
        pytest.param("The trophy was stolen in full view of the Dunmore crowd.", id="in-full-view"),
    ],
)
def test_sourcing_in_possessive_view_negative(text: str) -> None:
    assert "view" not in [c.lower() for c in _cues(text)]
