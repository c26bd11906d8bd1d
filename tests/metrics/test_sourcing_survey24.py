"""The survey's leftovers (docs/sourcing.md, "Round twenty-four, the survey's leftovers").

Invented sentences only: each rule has positive cases and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import table as _table


def _sources(text: str, cue: str) -> list[str]:
    """The source phrases of the rows with this cue (empty list: no such row)."""
    return [r.source for r in _table(text).itertuples() if r.cue == cue]


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # an act with no content: a fall, an arrival at an emergency, a score given away, a physical release
        pytest.param(
            "Calcium released from the old pipes was the main source of the metal, but is now declining.",
            "declining",
            [],
            id="declining-at-clause-end",
        ),
        pytest.param("The herd has declined by a third since the survey began.", "declined", [], id="declined-by"),
        pytest.param("Ticket sales are declining sharply in Tarnby.", "declining", [], id="declining-sharply"),
        pytest.param("Over 300 firefighters responded.", "responded", [], id="responders-responded"),
        pytest.param(
            "Crews from Corvale responded to the blaze within minutes.", "responded", [], id="responded-to-blaze"
        ),
        pytest.param(
            "Two deputies responded to a house fire on Elm Road.",
            "responded",
            [],
            id="responded-to-house-fire",
        ),
        pytest.param(
            "In the 40th minute Tom Vale conceded a penalty for a late tackle.", "conceded", [], id="conceded-penalty"
        ),
        pytest.param("The Harriers conceded two late goals at home.", "conceded", [], id="conceded-late-goals"),
        pytest.param(
            "Calcium released from the old pipes was the main source of the metal.",
            "released",
            [],
            id="released-from",
        ),
        # negatives: the same verbs with content, or a refusal, stay cues with their source
        pytest.param("Ann Lee declined to back the sale.", "declined", ["Ann Lee"], id="negative-declined-to"),
        pytest.param(
            "Asked about the deal, Ann Lee declined.", "declined", ["Ann Lee"], id="negative-declined-bare-refusal"
        ),
        pytest.param(
            "Ann Lee responded that the plan was sound.", "responded", ["Ann Lee"], id="negative-responded-that"
        ),
        pytest.param(
            "The minister responded to the critics by calling them careless.",
            "responded",
            ["The minister"],
            id="negative-responded-to-people",
        ),
        pytest.param(
            "The mayor conceded that the plan had failed.", "conceded", ["The mayor"], id="negative-conceded-that"
        ),
        pytest.param(
            "The Marsh Trust released figures on Monday.",
            "released",
            ["The Marsh Trust"],
            id="negative-released-figures",
        ),
    ],
)
def test_sourcing_action_verb_is_no_cue(text: str, cue: str, expected: list[str]) -> None:
    assert _sources(text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # two or more determiners, degree words and adverbs, or a lone year: no noun phrase, no source
        pytest.param(
            "The most widely known effects of the drought are poor harvests.", "known", [""], id="the-most"
        ),
        pytest.param(
            "Telcorp no longer wants to back the old phone.", "wants", [""], id="no-longer"
        ),
        pytest.param(
            "Roads in Marlow are busy; 2019 saw 4,000 recorded crashes.", "saw", [""], id="lone-year"
        ),
        # negatives: a lone pronoun-like quantifier, a noun phrase, a year inside a phrase stay sources
        pytest.param("Most say the new rules are fair.", "say", ["Most"], id="negative-lone-most"),
        pytest.param("Both said the vote was close.", "said", ["Both"], id="negative-lone-both"),
        pytest.param(
            "The most senior judge said the case was closed.",
            "said",
            ["The most senior judge"],
            id="negative-the-most-with-noun",
        ),
        pytest.param(
            "The 2019 report found that fees had doubled.",
            "found",
            ["The 2019 report"],
            id="negative-year-in-phrase",
        ),
    ],
)
def test_sourcing_fragment_is_no_source(text: str, cue: str, expected: list[str]) -> None:
    assert _sources(text, cue) == expected
