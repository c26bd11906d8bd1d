"""The sourcing family's round-fifteen speed work gives what the plain expressions give.

Each step (issue 13, round fifteen) replaces a regular-expression pass or a chain of tests by a
cheaper mechanism with the same result; these properties compare the new with the old on text
built to hit the patterns, so a later change of a pattern fails here, not silently in the numbers.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.metrics.sourcing import cues

_RESPONSE_TEXT = st.lists(
    st.sampled_from(
        [
            *"not never n't failed to did has yet already immediately respond responded responds reply replied".split(),
            *"replies replace answer answered answers return returned returns rerespond xreturn to the his".split(),
            *"questions request calls call messages e-mails emails texts inquiry queries seeking for comment".split(),
            *["-", "'", "’", "_", "é", "ſ", ".", ",", "\n", "\t", "\u00a0"],
        ]
    ),
    max_size=24,
).flatmap(lambda ws: st.sampled_from([" ", "  ", "\n", "\u00a0", ""]).map(lambda sep: sep.join(ws)))


@given(_RESPONSE_TEXT)
@settings(max_examples=500)
def test_sourcing_speed15_non_responses_equal_the_boundary_scan(text):
    low = text.lower()
    expected = [
        m.span()
        for m in cues._RESPONSE_VERB.finditer(low)
        if cues._NEGATION_BEFORE.search(low, max(0, m.start() - 24), m.start())
    ]
    assert cues._non_responses(low) == expected


def test_sourcing_speed15_non_responses_find_a_negated_reply():
    low = "the company did not respond to questions. she replied. he has not returned calls seeking comment."
    spans = cues._non_responses(low)
    assert [low[a:b] for a, b in spans] == ["respond to questions", "returned calls seeking comment"]
