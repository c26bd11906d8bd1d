"""Tokens with offsets (mediakit.text.tokens)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediakit.text.tokens import TOKEN, extend, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said, "Stop."', ["He", "said", ",", '"', "Stop", ".", '"']),
        ("Costs rose 1,200,000.5 pounds", ["Costs", "rose", "1,200,000.5", "pounds"]),
        ("The U.S. and AT&T don’t", ["The", "U.S", ".", "and", "AT&T", "don’t"]),
        ("a mother-of-two (34)", ["a", "mother-of-two", "(", "34", ")"]),
        ("snake_case  _ words", ["snake_case", "words"]),
    ],
)
def test_tokens_tokenize_splits_words_and_punctuation(text, expected):
    t = tokenize(text, 0, len(text))
    assert t.texts == expected
    assert [text[s:e] for s, e in zip(t.starts, t.ends, strict=True)] == expected
    assert t.lows == [w.lower().replace("’", "'") for w in expected]


_TEXT = st.text(alphabet="ab C1,.'’-&_ \"\nÉİΣ", max_size=60)


@given(_TEXT, st.data())
def test_tokens_extend_at_a_blank_equals_one_pass(text, data):
    blanks = [i for i, c in enumerate(text) if c.isspace()] + [len(text)]
    cut = data.draw(st.sampled_from(blanks))
    assert tuple(extend(tokenize(text, 0, cut), text, cut, len(text))) == tuple(tokenize(text, 0, len(text)))


@given(_TEXT)
def test_tokens_tokenize_matches_the_token_regex(text):
    t = tokenize(text, 0, len(text))
    assert t.texts == TOKEN.findall(text)
    assert t.lows == [w.lower().replace("’", "'") for w in t.texts]


_SPACED = st.text(alphabet="ab C1,.'’-&_ \"\n\t\u00a0\u2003\u3000ÉİΣ", max_size=80)


@given(_SPACED, st.data())
def test_tokens_tokenize_offsets_match_finditer_on_any_span(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = list(TOKEN.finditer(text, start, end))
    t = tokenize(text, start, end)
    assert t.starts == [m.start() for m in found]
    assert t.ends == [m.end() for m in found]
    assert t.texts == [m.group() for m in found]
