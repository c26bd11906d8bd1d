"""Sourcing round thirteen: the classes of error of the round-thirteen blind articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import table


# --- no row: phrases that are not attributions ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The water board did not respond to questions by deadline.", id="no-response-questions"),
        pytest.param("The company did not respond.", id="no-response-bare"),
        pytest.param("The mayor did not return calls seeking comment on Friday.", id="no-return-calls"),
        pytest.param("The firm has not replied to two emails sent on Monday.", id="no-reply-emails"),
        pytest.param("The club didn't answer written questions about the fees.", id="no-answer-questions"),
        pytest.param("Residents first noticed the smell on Sunday morning.", id="perception-noticed-thing"),
        pytest.param("Walkers noticed dozens of dead birds on the shore.", id="perception-noticed-quantity"),
    ],
)
def test_sourcing_round13_non_response_gives_no_row(text: str) -> None:
    assert table(text).empty, table(text)[["cue", "source"]].values.tolist()


# --- negatives: a response that is given stays an attribution -------------------------------------------
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param("The minister responded to the critics on Monday.", "responded", id="response-given"),
        pytest.param("The mayor replied that the road would reopen.", "replied", id="reply-given"),
        pytest.param("The firm has not replied to emails, but Jane Roe said it was fine.", "said", id="later-cue-kept"),
        pytest.param("Residents noticed that the river was rising fast.", "noticed", id="noticed-that-kept"),
        pytest.param("Residents noticed the river was rising fast.", "noticed", id="noticed-clause-kept"),
    ],
)
def test_sourcing_round13_response_given_keeps_row(text: str, cue: str) -> None:
    assert cue in set(table(text)["cue"])
