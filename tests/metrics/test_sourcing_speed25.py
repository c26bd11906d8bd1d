"""The sourcing family's round-twenty-five speed work gives what the plain expressions give.

Each step (issue 13, round twenty-five) replaces a regular-expression search over a window by a
cheaper test with the same result; these properties compare the new with the old on text built to
hit the patterns, so a later change of a pattern fails here, not silently in the numbers. Invented
text only.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.metrics.sourcing import resolve

#: Work and body nouns (bare, plural, capitalised, glued to word characters or hyphens), blanks of
#: several kinds, newlines, commas and other marks, before a name.
_BEFORE_NAME = st.lists(
    st.sampled_from(
        [
            *"album albums EP EPs single novel play plays group groups charity company Band band".split(),
            *"the her new campaign x 1 _group re-album albumx é".split(),
            *[",", ", ", " ", "  ", "\t", " \t", "\n", " \n", "-", "_", ".", "(", "\u00a0", ""],
        ]
    ),
    max_size=14,
).map("".join)


@given(_BEFORE_NAME, st.integers(min_value=0, max_value=30))
@settings(max_examples=1500)
def test_sourcing_speed25_work_or_body_before_equals_the_search(before, cut):
    body = before + "Tamsin Reed"
    for start in (len(before), max(0, len(before) - cut)):
        old = resolve._WORK_OR_BODY_BEFORE.search(body, max(0, start - 24), start) is not None
        assert resolve._work_or_body_before(body, start) is old


@pytest.mark.parametrize(
    ("before", "found"),
    [
        ("her first solo album, ", True),
        ("the novel ", True),
        ("the campaign group ", True),
        ("the charity\t", True),
        ("two new albums \n", True),
        ("the groups ", False),  # a body's noun takes no plural in the pattern
        ("the charity, ", False),  # nor a comma
        ("a re-album ", False),  # a hyphen before the noun: no whole word
        ("the album", False),  # no blank before the name
        ("she said ", False),
    ],
)
def test_sourcing_speed25_work_or_body_before_reads_the_noun(before, found):
    body = before + "Tamsin Reed"
    start = len(before)
    assert resolve._work_or_body_before(body, start) is found
    assert (resolve._WORK_OR_BODY_BEFORE.search(body, max(0, start - 24), start) is not None) is found


#: Title words, names, hyphenated and dotted words, digits, blanks of several kinds, newlines and marks.
_TITLE_TEXT = st.lists(
    st.sampled_from(
        [
            *"Housing minister Deputy council leader Sec-Gen U.S. 1st _x é the said of".split(),
            *[" ", "  ", "\t", "\n", " \n", ",", ".", "(", "-", "\u00a0", ""],
        ]
    ),
    max_size=18,
).map("".join)


@given(_TITLE_TEXT, st.integers(min_value=0, max_value=30))
@settings(max_examples=1500)
def test_sourcing_speed25_title_run_equals_the_search(before, cut):
    body = before + "Nadia Orr"
    for start in (len(before), max(0, len(before) - cut)):
        old = resolve._TITLE_RUN.search(body, max(0, start - 40), start)
        new = resolve._title_run(body, start)
        assert (new and (new.span(), new.group())) == (old and (old.span(), old.group()))


#: Hedging adverbs and conjunctions in several cases, with the letters case-insensitive matching pairs
#: with them ("ı", "ſ", "İ", the Kelvin sign), before "and" and a cue.
_HEDGE_TEXT = st.lists(
    st.sampled_from(
        [
            *"reportedly ALLEGEDLY Supposedly purportedly bought sold and had not been if IF İf ıf".split(),
            *"since ſince Although though unless whereas because we they a K".split(),
            *[" ", "  ", "\t", "\n", ",", ".", '"'],
        ]
    ),
    max_size=16,
).map("".join)


@given(_HEDGE_TEXT)
@settings(max_examples=1500)
def test_sourcing_speed25_literal_tests_never_skip_a_match(text):
    from mediakit.metrics.sourcing import family

    for stems, pattern in (
        (family._HEDGED_STEMS, family._HEDGED_CONJUNCT),
        (family._SUBORDINATE_STEMS, family._SUBORDINATE),
    ):
        for end in range(len(text) + 1):
            if pattern.search(text, 0, end) is not None:
                assert family.may_hold(text[:end], *stems)
