"""Sourcing round twenty-four, the second review: regressions of the round's merged rules, fixed
(docs/sourcing.md, "Round twenty-four, the second review").

Invented sentences only (people, places and bodies made up), each rule with positive and negative cases.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs, table


def _sources(text: str, cue: str) -> list[str]:
    return [s for c, s in pairs(text) if c == cue]


# --- a bare percentage as the subject of a belief or speech verb is a share of people ---------------------------
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("62% want a new vote at Harnley.", "want", "62%", id="bare-share"),
        pytest.param("Only 40% believe the Dunmore tax is fair.", "believe", "Only 40%", id="with-modifier"),
        pytest.param("In the Corvell poll, 55% said they would vote.", "said", "55%", id="speech"),
        pytest.param("62 percent want a new vote at Harnley.", "want", "62 percent", id="word-unchanged"),
        pytest.param("Half want a new vote at Harnley.", "want", "Half", id="half"),
        pytest.param("Nearly half said they would vote for Ms Orme.", "said", "Nearly half", id="nearly-half-speech"),
    ],
)
def test_sourcing_bare_percentage_share_subject(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("Sales at Brimcote rose 40%, the firm said.", "said", "the firm", id="figure-before-subject"),
        pytest.param("Shares fell 3% as traders at Velmar think rates will rise.", "think", "traders at Velmar",
                     id="figure-in-earlier-clause"),
        pytest.param("The Ostley board said 40% of the jobs would go.", "said", "The Ostley board",
                     id="figure-after-cue"),
        pytest.param("A year and a half later, officials at Tarrow said the road was open.", "said",
                     "officials at Tarrow", id="half-in-time-phrase"),
    ],
)
def test_sourcing_percentage_not_subject_unchanged(text: str, cue: str, source: str) -> None:
    assert _sources(text, cue) == [source]


# --- a feeling "to learn to" + verb is study, no news learned ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The driver was thrilled to learn to swim at Pellow.", id="learn-to-swim"),
        pytest.param("The pupils were delighted to learn to ski at Carrow.", id="learn-to-ski"),
    ],
)
def test_sourcing_feeling_learn_to_no_cue(text: str) -> None:
    assert not pairs(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("Ms Arden was shocked to learn that the Tolby mill had closed.", "shocked", id="learn-that"),
        pytest.param("The growers were furious to hear the Lenwick depot would shut.", "furious", id="hear"),
    ],
)
def test_sourcing_feeling_learn_that_cue(text: str, cue: str) -> None:
    assert cue in {c for c, _ in pairs(text)}


# --- a floating quotation that runs on to a sentence with its own cue is that cue's ------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "He is frustrated that the Dalby road is shut. \u201cWe need to tell people. "
            "But nobody listens,\u201d Omar Petrie said.",
            "Omar Petrie",
            id="after-feeling",
        ),
        pytest.param(
            "Ms Lark said the Yarrow clinic was full. \u201cWe turn people away. "
            "It breaks my heart,\u201d nurse Ada Quill added.",
            "nurse Ada Quill",
            id="after-speech",
        ),
    ],
)
def test_sourcing_floating_quote_runs_on_to_own_cue(text: str, source: str) -> None:
    t = table(text)
    first = t[t["sentence"] == 1]
    assert list(first["label"]) == ["floating"]
    assert list(first["source"]) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        pytest.param(
            "Omar Petrie said the Dalby road was shut. \u201cWe need a fix.\u201d The council met on Monday.",
            "Omar Petrie",
            id="closed-in-its-sentence",
        ),
        pytest.param(
            "Omar Petrie said the Dalby road was shut. \u201cWe need a fix. Soon.\u201d The council met.",
            "Omar Petrie",
            id="runs-on-to-sentence-without-cue",
        ),
    ],
)
def test_sourcing_floating_quote_kept(text: str, source: str) -> None:
    t = table(text)
    first = t[t["sentence"] == 1]
    assert list(first["label"]) == ["floating"]
    assert list(first["source"]) == [source]
