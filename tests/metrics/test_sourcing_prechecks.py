"""Cheap pre-checks of the sourcing family's speed work give what the regexes they guard give.

Each pre-check (issue 13, round four) skips a regex search when a string test shows it cannot
match, or finds the same matches another way. These properties compare each with the plain
search on text built to hit the patterns, so a later change of a pattern that a pre-check no
longer covers fails here, not silently in the numbers.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.metrics.sourcing import cues, family

#: Words and separators that make the guarded patterns match often.
_PIECES = [
    *"refused refuses declined declining again once more to comment discuss speak elaborate whether".split(),
    *"failed fails tried unable reportedly allegedly still also now really Officials Critics Experts".split(),
    *"have had also said responded replied answered returned requests for comment Jane Roe".split(),
    *"TO Reportedly ſtill İt".split(),
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    ". ",
    "; ",
    ": ",
    ", ",
    "!",
    "?",
    "x",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map(lambda xs: " ".join(xs) if len(xs) % 3 else "".join(xs))


_REFUSALS = st.lists(
    st.tuples(
        st.sampled_from(["x", "he", ".", "refused", "declines", "declining", "Refused"]),
        st.sampled_from(["", "again", "once more", "once  more", "still"]),
        st.sampled_from(["to", "To", "x"]),
        st.sampled_from(["comment", "discuss", "speak", "talk", "x"]),
        st.sampled_from(["", "whether", "on whether", "now"]),
        st.sampled_from([" ", "  ", "\n", "\u00a0"]),
    ).map(lambda t: t[5].join(w for w in t[:5] if w)),
    max_size=4,
).map(" ".join)


@given(st.one_of(_TEXT, _REFUSALS))
@settings(max_examples=400)
def test_sourcing_prechecks_refused_speech_equals_the_lookbehind_scan(text):
    low = text.lower()
    expected = [
        m.span() for m in cues._REFUSAL.finditer(low) if cues._REFUSED.search(low, max(0, m.start() - 24), m.start())
    ]
    assert sorted(cues._refused_speech(low)) == sorted(expected)


_CUE_CONTEXT = st.lists(
    st.sampled_from("failed fails tried unable to TO reportedly Reportedly allegedly still ſtill also now really x".split()),
    max_size=6,
).flatmap(lambda ws: st.sampled_from([" ", "  ", "\n", "\u00a0", ""]).map(lambda sep: sep.join(ws) + sep))


@given(st.one_of(_TEXT, _CUE_CONTEXT))
@settings(max_examples=400)
def test_sourcing_prechecks_failed_or_hedged_equals_both_searches(text):
    for pos in range(len(text) + 1):
        expected = bool(
            family._FAILED_TO.search(text, max(0, pos - 24), pos) or family._HEDGED.search(text, max(0, pos - 40), pos)
        )
        assert family._failed_or_hedged(text, pos) == expected


@given(_TEXT)
@settings(max_examples=300)
def test_sourcing_prechecks_bare_plural_needs_a_capitalised_last_word(text):
    for pos in range(1, len(text) + 1):
        if text[pos - 1].isspace() and cues._BARE_PLURAL.search(text, max(0, pos - 40), pos):
            assert cues._capitalised_last(text[max(0, pos - 40) : pos].rstrip())


@given(_TEXT)
def test_sourcing_prechecks_no_comment_pattern_needs_one_of_its_verbs(text):
    low = text.lower()
    if cues._NON_ATTRIBUTION_LOW.search(low):
        assert "comment" in low and any(w in low for w in ("respond", "repl", "answer", "returned"))


_LONG = st.lists(st.tuples(st.integers(0, 900), st.sampled_from(".;:\n ")), max_size=5).map(
    lambda xs: "".join("a" * n + c for n, c in xs)
)


@given(_LONG, st.data())
def test_sourcing_prechecks_clause_start_equals_the_full_search(text, data):
    pos = data.draw(st.integers(0, len(text)))
    assert family._clause_start(text, pos) == max(text.rfind(c, 0, pos) for c in ".;:\n") + 1


_TRANSCRIPT_TEXT = st.lists(
    st.sampled_from(["JANE ROE", "Jane Roe", "Q", "A", "x", "MR. SMITH", "Dr Ann Works", "said", "é"]),
    max_size=12,
).flatmap(
    lambda ws: st.lists(st.sampled_from([":", ": ", ":\t", " : x", "\n", "\n\n", "\r\n", " ", "\t"]), min_size=len(ws), max_size=len(ws)).map(
        lambda seps: "".join(w + s for w, s in zip(ws, seps, strict=True))
    )
)


@given(st.one_of(_TEXT, _TRANSCRIPT_TEXT))
@settings(max_examples=400)
def test_sourcing_prechecks_transcript_labels_equal_the_multiline_scan(text):
    assert [m.span(1) for m in cues._transcript_labels(text)] == [m.span(1) for m in cues._TRANSCRIPT.finditer(text)]


_MEDIUM_TEXT = st.lists(
    st.sampled_from(
        [
            *"in In IN iN within again a an his Acme the new poll survey statement press release news conference".split(),
            *["-", "'", "’", "x", "İn", ".", "\n", "\t"],
        ]
    ),
    max_size=16,
).flatmap(lambda ws: st.sampled_from([" ", "  ", "\n", "\u00a0", ""]).map(lambda sep: sep.join(ws)))


@given(st.one_of(_TEXT, _MEDIUM_TEXT))
@settings(max_examples=400)
def test_sourcing_prechecks_medium_phrases_equal_the_lookbehind_search(text):
    low = text.lower()
    if len(low) != len(text):  # cue_spans lower-cases character by character then
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    expected = [m.span() for m in cues._IN_MEDIUM.finditer(text)]
    assert [m.span() for m in cues._medium_phrases(text, low)] == expected


_WISH_TEXT = st.lists(
    st.sampled_from(
        [
            *"want wants wanted wish wished wishes wwant unwanted swish to be named identified give his her".split(),
            *"their a any full real last sur name names did not x".split(),
            *["-", "'", "’", "_", "é", "\n", "\t", "\u00a0"],
        ]
    ),
    max_size=16,
).flatmap(lambda ws: st.sampled_from([" ", "  ", "\n", "\u00a0", ""]).map(lambda sep: sep.join(ws)))


@given(st.one_of(_TEXT, _WISH_TEXT))
@settings(max_examples=400)
def test_sourcing_prechecks_anonymity_wishes_equal_the_lookbehind_scan(text):
    low = text.lower()
    assert cues._anonymity_wishes(low) == [m.span() for m in cues._ANONYMITY_WISH.finditer(low)]


#: The writer hint as it was written before its look-behind moved after the word.
_WRITER_HINT_PLAIN = re.compile(r"(?<![\w'’-])(?:i|we)[\s'’]")

_WRITER_TEXT = st.lists(
    st.sampled_from([*"i we I We wei iwe xi hi swe think believe".split(), "i'd", "we’d", "-", "'", "’", "_", "é"]),
    max_size=12,
).flatmap(lambda ws: st.sampled_from([" ", "  ", "\n", "\u00a0", "", "'"]).map(lambda sep: sep.join(ws)))


@given(st.one_of(_TEXT, _WRITER_TEXT), st.integers(0, 60), st.integers(0, 60))
@settings(max_examples=400)
def test_sourcing_prechecks_writer_hint_equals_the_lookbehind_search(text, a, b):
    low = text.lower()
    lo, hi = min(a, b), max(a, b)
    got = cues._WRITER_HINT.search(low, lo, hi)
    expected = _WRITER_HINT_PLAIN.search(low, lo, hi)
    assert (got and got.span()) == (expected and expected.span())
