"""The sourcing family's round-seventeen speed work gives what the plain expressions give.

Each step (issue 13, round seventeen) replaces a regular-expression pass by a cheaper one with the
same result; these properties compare the new with the old on text built to hit the patterns, so a
later change of a pattern fails here, not silently in the numbers. Invented text only.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.metrics.sourcing import resolve

#: Pieces that make and break "the <Pair> <noun>" matches: "the"/"The" glued to word characters or not,
#: capitalised words with inner marks, blanks of several kinds, lower-case nouns, punctuation.
_PAIR_TEXT = st.lists(
    st.sampled_from(
        [
            *"the The THE tHe he He xthe othe _the 1the é the-the bathe Tthe tthe".split(),
            *"Skyline Connect Harbour Lights Kestrel O'Brien Jean-Luc Anne’s Ama Serwaa T H".split(),
            *"flight ferry app memorial case service a t he".split(),
            *["-", "'", "’", "_", "é", ".", ",", "\n", "\t", "\u00a0", "(", '"'],
        ]
    ),
    max_size=20,
).flatmap(lambda ws: st.sampled_from([" ", "  ", "\t", " \t", "\n", ""]).map(lambda sep: sep.join(ws)))


def _pairs(pattern, text):
    return [(m.end(), m.groups()) for m in pattern.finditer(text)]


@given(_PAIR_TEXT)
@settings(max_examples=800)
def test_sourcing_speed17_the_pair_noun_fast_equals_the_boundary_scan(text):
    assert _pairs(resolve._THE_PAIR_NOUN_FAST, text) == _pairs(resolve._THE_PAIR_NOUN, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Passengers on the Skyline Connect flight were delayed.", [("Skyline Connect", "flight")]),
        ("The Harbour Lights ferry sailed late.", [("Harbour Lights", "ferry")]),
        ("She bathe Harbour Lights ferry", []),  # "the" inside a word is no article
        ("Breathe Kestrel Pay app", []),
        ("the Kestrel Pay app and the Tarrow Rail service", [("Kestrel Pay", "app"), ("Tarrow Rail", "service")]),
        ("the  Kestrel Pay app", [("Kestrel Pay", "app")]),
    ],
)
def test_sourcing_speed17_the_pair_noun_fast_finds_the_modifier_pairs(text, found):
    assert [m.groups() for m in resolve._THE_PAIR_NOUN_FAST.finditer(text)] == found
    assert [m.groups() for m in resolve._THE_PAIR_NOUN.finditer(text)] == found
