"""Sourcing source boundaries, round ten: general span patterns (docs/sourcing.md "Source spans").

Each rule has its own sentences (none taken from any corpus) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source

# --- "according to X," never runs into the clause after its comma ------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        pytest.param(
            "According to a recent survey of Ohio farmers, Smith won 30% of the vote, leading the field.",
            "According to",
            "a recent survey of Ohio farmers",
            id="fronted-person-noun-then-name-and-verb",
        ),
        pytest.param(
            "According to a new survey by the council, 70% of adults need help, and 49% live with parents.",
            "According to",
            "a new survey by the council",
            id="fronted-percentage-clause",
        ),
        pytest.param(
            "But, according to the poll, 46 percent of voters — and 31 percent overall — remain undecided.",
            "according to",
            "the poll",
            id="after-conjunction-comma-number-subject",
        ),
        pytest.param(
            "Other big splits, according to the poll, include age (young voters back Roe) and income.",
            "according to",
            "the poll",
            id="parenthetical-then-verb",
        ),
        pytest.param(
            "According to early results of polls run for the Daily Planet, young voters make up a fifth "
            "of the electorate in each county, and in Ohio nearly half.",
            "According to",
            "early results of polls run for the Daily Planet",
            id="fronted-bare-plural-subject",
        ),
        pytest.param(
            'According to the Daily Planet, one city sign read, "Slow down."',
            "According to",
            "the Daily Planet",
            id="fronted-determiner-subject-with-speech-verb",
        ),
        pytest.param(
            "Turnout, according to county records, rose to 64% of voters in the city.",
            "according to",
            "county records",
            id="parenthetical-then-main-verb",
        ),
        pytest.param(
            "The plan will cost more, according to Jane Roe, a professor of law at the University of Leeds in England.",
            "according to",
            "Jane Roe, a professor of law at the University of Leeds in England",
            id="negative-long-appositive-kept",
        ),
        pytest.param(
            "The plan will cost more, according to Jane Roe, spokeswoman for the council.",
            "according to",
            "Jane Roe, spokeswoman for the council",
            id="negative-bare-role-appositive-kept",
        ),
        pytest.param(
            "According to Jane Roe, chief executive of Acme, the plan will cost more.",
            "According to",
            "Jane Roe, chief executive of Acme",
            id="negative-fronted-bare-role-appositive-kept",
        ),
        pytest.param(
            "According to Jane Roe, Acme's chief executive, the plan will cost more.",
            "According to",
            "Jane Roe, Acme's chief executive",
            id="negative-possessive-role-appositive-kept",
        ),
        pytest.param(
            "The plan will cost more, according to Jane Roe, 41, a lawyer.",
            "according to",
            "Jane Roe, 41, a lawyer",
            id="negative-age-then-appositive-kept",
        ),
        pytest.param(
            "According to a March 14, 2019 report by the council, spending rose.",
            "According to",
            "a March 14, 2019 report by the council",
            id="negative-date-comma-inside-phrase",
        ),
        pytest.param(
            "The plan will cost more, according to a post by Jane Roe, director of the Learning Together group.",
            "according to",
            "a post by Jane Roe, director of the Learning Together group",
            id="negative-role-appositive-with-capitalised-ing",
        ),
    ],
)
def test_sourcing_according_to_stops_at_clause(text: str, cue: str, source: str) -> None:
    row_with_source(text, cue, source)
