"""Sourcing round ten: the classes of error of the round-ten blind articles (docs/sourcing.md).

Each rule has its own sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source

# --- rows: the source phrase, what it resolves to, its class and kind --------------------------------
_ROWS = [
    # a descriptive person noun written with a capital before a name is no part of the name
    pytest.param(
        "Widower Tom Hale, 81, said the bus never came.",
        "said",
        "Widower Tom Hale, 81",
        "Tom Hale",
        "named",
        None,
        id="descriptor-widower",
    ),
    pytest.param(
        "Retiree Gwen Parry said the library was her lifeline.",
        "said",
        "Retiree Gwen Parry",
        "Gwen Parry",
        "named",
        None,
        id="descriptor-retiree",
    ),
    pytest.param(
        "Schoolgirl Amy Lowe, 12, said she was scared.",
        "said",
        "Schoolgirl Amy Lowe, 12",
        "Amy Lowe",
        "named",
        None,
        id="descriptor-schoolgirl",
    ),
    pytest.param(
        "Grandmother Ivy Stone said the fence had gone.",
        "said",
        "Grandmother Ivy Stone",
        "Ivy Stone",
        "named",
        None,
        id="negative-descriptor-known",
    ),
    pytest.param(
        "A widow who lives nearby said the noise went on all night.",
        "said",
        "A widow who lives nearby",
        "",
        "role",
        "citizen",
        id="descriptor-widow-role",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _ROWS)
def test_sourcing_round10_rows(text, cue, source, resolved_to, source_class, source_kind):
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)
