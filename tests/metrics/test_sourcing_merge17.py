"""Sourcing: rules the coordinator added when merging round seventeen's branches (invented sentences)."""

from __future__ import annotations

import pytest

from tests.metrics.sourcing_rows import pairs as _rows


@pytest.mark.parametrize(
    "text",
    [
        "Fans outside the ground chanted Marlow's name before kick-off.",
        "The crowd chanted his name as he left the pitch.",
        "She screamed her daughter's name across the car park.",
        "Supporters chanted the name of the new goalkeeper.",
        "He yelled their names from the bank of the river.",
    ],
    ids=["possessive-name", "his-name", "possessive-after-her", "the-name-of", "their-names"],
)
def test_sourcing_voice_verb_with_a_name_object_is_no_attribution(text):
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ('Protesters chanted "Shame on you" outside the hall.', ("chanted", "Protesters")),
        ("Protesters chanted that the mayor must go.", ("chanted", "Protesters")),
        ("She whispered that his name was Tom Reed.", ("whispered", "She")),
        ("He shouted the names were wrong.", ("shouted", "He")),
    ],
    ids=["quoted-chant", "that-clause", "name-inside-content", "names-as-subject"],
)
def test_sourcing_voice_verb_with_content_keeps_its_row(text, row):
    assert row in _rows(text)
