"""Sourcing round twenty-five, a second pass at sources of found cues, mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from mediakit.metrics.sourcing import analyse
from mediakit.text.parse import parse


def _phrase_of(text: str, cue: str) -> str:
    """The source phrase of the first attribution with this cue (coordinated people not split into rows)."""
    a = analyse(parse(text))
    found = [x.source.text for x in [*a.attributions, *a.floating] if x.cue == cue]
    assert found, [(x.cue, x.source.text) for x in a.attributions]
    return found[0]


# --- a list of lower-case groups before a coordinated pair keeps its first items ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "But farm unions, church groups, and many councillors claim the levy will hurt Dunmore.",
            "claim",
            "farm unions, church groups, and many councillors",
            id="serial-comma-after-but",
        ),
        pytest.param(
            "Throughout the evening, his family, neighbours and former pupils spoke warmly of the teacher.",
            "spoke",
            "his family, neighbours and former pupils",
            id="after-time-phrase",
        ),
        pytest.param(
            "The families, volunteers and harbour officials said the rescue took six hours.",
            "said",
            "The families, volunteers and harbour officials",
            id="sentence-start",
        ),
    ],
)
def test_sourcing_group_list_subject(text, cue, source):
    assert _phrase_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The mayor met farm unions, and some councillors said the levy will hurt Dunmore.",
            "said",
            "some councillors",
            id="object-of-verb",
        ),
        pytest.param(
            "In the morning, aides and some councillors said the levy will hurt Dunmore.",
            "said",
            "aides and some councillors",
            id="time-item-no-group",
        ),
        pytest.param(
            "Many were new to the race, including younger farmers, and few express hope about Dunmore.",
            "express",
            "few",
            id="clause-after-including",
        ),
    ],
)
def test_sourcing_group_list_subject_not(text, cue, source):
    assert _phrase_of(text, cue) == source


# --- a left conjunct ending in a party tag in brackets ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "State Sen. Ann Lee (D) and former mayor Tom Vale (R) said they would back the bridge.",
            "said",
            "State Sen. Ann Lee (D) and former mayor Tom Vale (R)",
            id="party-tags",
        ),
        pytest.param(
            "Rep. Ann Lee (D-Ore.) and Rep. Tom Vale (R-Ida.) announced a joint bill on Tuesday.",
            "announced",
            "Rep. Ann Lee (D-Ore.) and Rep. Tom Vale (R-Ida.)",
            id="party-state-tags",
        ),
    ],
)
def test_sourcing_party_tag_conjunct(text, cue, source):
    assert _phrase_of(text, cue) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "The budget (in full) and former mayor Tom Vale (R) said nothing of it.",
            "said",
            "former mayor Tom Vale (R)",
            id="lower-case-bracket",
        ),
        pytest.param(
            "The plan passed (see below) and Tom Vale said it was late.",
            "said",
            "Tom Vale",
            id="clause-before-and",
        ),
    ],
)
def test_sourcing_party_tag_conjunct_not(text, cue, source):
    assert _phrase_of(text, cue) == source
