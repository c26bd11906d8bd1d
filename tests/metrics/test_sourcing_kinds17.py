"""Sourcing, round eighteen's leftovers: the kind of a person placed somewhere (docs/sourcing.md).

Invented sentences (invented people, places and bodies), with negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import table


def _kinds(text: str) -> list[tuple[str, str, str]]:
    t = table(text)
    return list(zip(t["source"], t["source_class"], t["source_kind"], strict=True))


# --- a plain citizen placed somewhere takes the citizen kind from the noun, not from the place ------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Protesters outside the court said the verdict in Dunmere was unfair.",
            [("Protesters outside the court", "role", "citizen")],
            id="protesters-outside-court",
        ),
        pytest.param(
            "Protesters in the court said the verdict in Dunmere was unfair.",
            [("Protesters in the court", "role", "citizen")],
            id="protesters-in-court",
        ),
        pytest.param(
            "Residents near the police station said the sirens in Holbeck never stopped.",
            [("Residents near the police station", "role", "citizen")],
            id="residents-near-police-station",
        ),
        pytest.param(
            "Fans at the council offices said the Varrow ground plan was unfair.",
            [("Fans at the council offices", "role", "citizen")],
            id="fans-at-council",
        ),
    ],
)
def test_sourcing_placed_citizen_kind(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected


# --- negative: a role noun keeps the kind of its employer; a legal or official core keeps its own ---------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A spokesman at the court said the Dunmere hearing was delayed.",
            [("A spokesman at the court", "role", "legal")],
            id="spokesman-at-court",
        ),
        pytest.param(
            "Officials at the ministry said the Holbeck plan was ready.",
            [("Officials at the ministry", "role", "official")],
            id="officials-at-ministry",
        ),
        pytest.param(
            "A nurse at the hospital said the Varrow ward was full.",
            [("A nurse at the hospital", "role", "citizen")],
            id="nurse-at-hospital",
        ),
        pytest.param(
            "Lawyers outside the court said the verdict in Dunmere was unfair.",
            [("Lawyers outside the court", "role", "legal")],
            id="lawyers-outside-court",
        ),
    ],
)
def test_sourcing_placed_role_kind_unchanged(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected


# --- "the accused" before a speech verb is a person, a role source; the verb "accused" stays a verb -------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The accused said he had never been to Holbeck.",
            [("The accused", "role", "unknown")],
            id="the-accused-said",
        ),
        pytest.param(
            "Lawyers for the accused said he had never been to Holbeck.",
            [("Lawyers for the accused", "role", "legal")],
            id="lawyers-for-the-accused",
        ),
        pytest.param(
            "Bram Ferro accused the Dunmere council of waste, residents said.",
            [("residents", "role", "citizen")],
            id="verb-accused-negative",
        ),
    ],
)
def test_sourcing_the_accused_source(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _kinds(text) == expected
