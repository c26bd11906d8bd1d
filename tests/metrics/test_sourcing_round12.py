"""Sourcing round twelve: the classes of error of the round-twelve blind articles (docs/sourcing.md).

Each rule has its own invented sentences (none taken from the fixtures) and negative cases that must not change.
"""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import assert_row_with_source, table

# --- rows: the source phrase, what it resolves to, its class and kind --------------------------------
_ROWS = [
    # a rank abbreviation ("Lt.", "Det.", "Cpl.") is a person title: the name after it is the person
    pytest.param(
        "Halston Fire Department spokesperson Lt. Maria Ortiz said crews had rescued nine people.",
        "said",
        "Halston Fire Department spokesperson Lt. Maria Ortiz",
        "Maria Ortiz",
        "named",
        "official",
        id="rank-abbreviation-after-body-and-job",
    ),
    pytest.param(
        "Lt. Maria Ortiz said crews had rescued nine people. Ortiz added that the river had peaked.",
        "added",
        "Ortiz",
        "Maria Ortiz",
        "named",
        "official",
        id="rank-abbreviation-surname-later",
    ),
    pytest.param(
        "Lt. Maria Ortiz said crews had rescued nine people. She said the river had peaked.",
        "said",
        "She",
        "Maria Ortiz",
        "named",
        "official",
        id="rank-abbreviation-pronoun-later",
    ),
    pytest.param(
        "Det. Cpl. Aaron Vance told the inquest the van had been stolen.",
        "told",
        "Det. Cpl. Aaron Vance",
        "Aaron Vance",
        "named",
        "official",
        id="two-rank-abbreviations",
    ),
    pytest.param(
        "Mr. Aaron Vance told the inquest the van had been stolen.",
        "told",
        "Mr. Aaron Vance",
        "Aaron Vance",
        "named",
        None,
        id="negative-courtesy-title",
    ),
    # a bracket right after a name holds a party (or a ward): the person is the name before it
    pytest.param(
        "Council leader Ann Marsh (Lib Dem) said the plan would go ahead. She said homes were needed.",
        "said",
        "She",
        "Ann Marsh",
        "named",
        "official",
        id="bracketed-party-pronoun-later",
    ),
    pytest.param(
        "Council leader Ann Marsh (Lib Dem) said the plan would go ahead.",
        "said",
        "Council leader Ann Marsh (Lib Dem)",
        "Ann Marsh",
        "named",
        "official",
        id="bracketed-party-two-words",
    ),
    pytest.param(
        "Opposition councillor Tom Hale (Con) said the plan was rushed. He said it was rushed.",
        "said",
        "He",
        "Tom Hale",
        "named",
        "official",
        id="bracketed-party-one-word",
    ),
    pytest.param(
        "The charity (Save Our Parks) said the plan was rushed.",
        "said",
        "Save Our Parks",
        "",
        "organisation",
        None,
        id="negative-bracketed-name-after-no-name",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "resolved_to", "source_class", "source_kind"), _ROWS)
def test_sourcing_round12_rows(text, cue, source, resolved_to, source_class, source_kind):
    if resolved_to == source:
        resolved_to = ""  # the mention is the entity itself
    assert_row_with_source(text, cue, source, resolved_to, source_class, source_kind)
