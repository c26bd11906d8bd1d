"""Sourcing round twenty-four: sources of found cues, mined from PolNeAR train (docs/sourcing.md).

Each rule has its own invented sentences, positive and negative (a look-alike the rule must leave alone).
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import first_source as _source_of
from tests.metrics.sourcing_rows import row_with_source, table


# --- person and group nouns the source lexicon lacked ("the host", "both sides", "the mayor's camp") ---
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param("The host said the bridge was late.", "said", "The host", id="host"),
        pytest.param("Its hosts report that the ferry is late.", "report", "Its hosts", id="hosts"),
        pytest.param("The prince said the bridge was late.", "said", "The prince", id="prince"),
        pytest.param("The admiral said the fleet was ready.", "said", "The admiral", id="admiral"),
        pytest.param("Both sides said the talks would resume.", "said", "Both sides", id="both-sides"),
        pytest.param("The Vale camp said the count was wrong.", "said", "The Vale camp", id="camp"),
        pytest.param("The dam's backers said it was safe.", "said", "The dam's backers", id="backers"),
        pytest.param(
            "The mayor's inner circle believes the vote is lost.",
            "believes",
            "The mayor's inner circle",
            id="inner-circle",
        ),
        pytest.param("Each faction argued that the rule was unfair.", "argued", "Each faction", id="faction"),
    ],
)
def test_sourcing_group_nouns(text, cue, source):
    row_with_source(text, cue, source)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The other side of the river shows damage.", id="side-of-a-place"),
        pytest.param("Public opinion shows a shift toward the plan.", id="public-opinion"),
        pytest.param("A circle shows the damage on the map.", id="circle-drawn"),
    ],
)
def test_sourcing_group_nouns_not(text):
    t = table(text)
    assert not any(s for s in t["source"]), t[["cue", "source"]].values.tolist()
