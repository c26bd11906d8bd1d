"""Sourcing round fifteen: the classes of error of the round-fifteen blind articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import row_with_source


# --- bodies: a "which" relative after a capitalised name, a carrier's noun before its name --------------
@pytest.mark.parametrize(
    ("text", "cue", "source", "source_class"),
    [
        # "which" is a thing's relative: the capitalised phrase before it is a body, "The" or not
        pytest.param(
            "The United Dockworkers, which represents crews at the port, said the offer was poor.",
            "said",
            "The United Dockworkers, which represents crews at the port",
            "organisation",
            id="the-caps-which-represents",
        ),
        pytest.param(
            "The Boilermakers, which speaks for welders, said the offer was poor.",
            "said",
            "The Boilermakers, which speaks for welders",
            "organisation",
            id="the-caps-which-speaks",
        ),
        # a lower-case head keeps its reading
        pytest.param(
            "The dockworkers, which surprised nobody, said the offer was poor.",
            "said",
            "The dockworkers, which surprised nobody",
            "role",
            id="lower-which-kept",
        ),
        # a carrier's noun before a name: the name is the carrier's
        pytest.param(
            "Budget carrier Blue Heron Air said it had grounded two jets.",
            "said",
            "Budget carrier Blue Heron Air",
            "organisation",
            id="carrier-name",
        ),
        # a person's job noun before a person's name keeps the person
        pytest.param(
            "Airline pilot Mark Dunn said he had grounded two jets.",
            "said",
            "Airline pilot Mark Dunn",
            "named",
            id="pilot-name-kept",
        ),
    ],
)
def test_sourcing_round15_body_class(text: str, cue: str, source: str, source_class: str) -> None:
    assert row_with_source(text, cue, source).source_class == source_class
