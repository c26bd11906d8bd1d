"""Word and punctuation tokens with offsets, for readers that work token by token.

:mod:`mediakit.text.segment` splits an article into paragraphs, sentences and
textstat-rule words (punctuation stripped, no offsets). Some analyses need
tokens *with* their offsets and with punctuation kept as tokens of their own
(the sourcing family's noun-phrase reader: commas, quotation marks and
brackets delimit appositions and quotations). :func:`tokenize` gives those for
a span of the body, so a family asks this module instead of splitting text
itself. A caller keeps the token lists only as long as it needs them: cached on
the parsed article they would live as long as it (sourcing 2.2.0 did so, and the
extra objects made the cyclic garbage collector run twice as often).

Token rule (:data:`TOKEN`): a number with thousands separators ("1,200,000",
"3,500.5"); a run of letters and digits with inner ``- ' ’ & . _`` joining
further letters or digits ("U.S", "AT&T", "mother-of-two", "don't"); or any
single other non-blank character ("," "." '"' "(" "%"). Blanks and an "_"
outside a word are skipped. Tokenising a span that starts and ends on a blank (or on the span's
own ends) gives the tokens the whole text has there: the rule never looks past
a blank.
"""

from __future__ import annotations

import re
from itertools import accumulate
from operator import sub
from typing import NamedTuple

#: Word tokens (letters, digits, inner ``' ’ & . _ -``), numbers with thousands separators, and
#: single punctuation characters.
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})++(?:\.\d+)?+|[^\W_]++(?:[-'’&._]++[^\W_]++)*+|[^\w\s]")


class Tokens(NamedTuple):
    """Tokens of a span: parallel lists of offsets (into the body), texts and lower-cased texts.

    ``lows`` are lower-cased with the typographic apostrophe "’" made "'".
    """

    starts: list[int]
    ends: list[int]
    texts: list[str]
    lows: list[str]


def tokenize(body: str, start: int, end: int) -> Tokens:
    """Tokenise ``body[start:end]`` with :data:`TOKEN` (offsets into ``body``).

    One ``findall`` of :data:`_CHUNK` (a token with the blanks and "_" before it) gives every
    token's end by a running sum of the chunk lengths, and its text by stripping what precedes it:
    the same tokens and offsets as ``TOKEN.finditer`` (only blanks and "_" never start a token),
    without a match object per token.
    """
    chunks = _CHUNK.findall(body, start, end)
    texts = list(map(str.lstrip, chunks))
    joined = "\x00".join(texts)
    if "_" in joined and (joined[:1] == "_" or "\x00_" in joined):  # an "_" among the blanks
        texts = [c[_SKIP.match(c).end() :] for c in chunks]  # type: ignore[union-attr]
        joined = "\x00".join(texts)
    # one lower-casing for all tokens (a token never holds the separator, unless it is one)
    lows = joined.lower().replace("’", "'").split("\x00")
    if len(lows) != len(texts):  # pragma: no cover - a NUL character in the text
        lows = [t.lower().replace("’", "'") for t in texts]
    ends = list(accumulate(map(len, chunks), initial=start))
    del ends[0]
    return Tokens(list(map(sub, ends, map(len, texts))), ends, texts, lows)


#: What :data:`TOKEN` skips between tokens: blanks and "_" (no token starts with either).
_SKIP = re.compile(r"[\s_]*+")
#: A token with the blanks and "_" before it.
_CHUNK = re.compile(_SKIP.pattern + "(?:" + TOKEN.pattern + ")")


def extend(t: Tokens, body: str, start: int, end: int) -> Tokens:
    """``t`` followed by the tokens of ``body[start:end]`` (``start`` on a blank after ``t``'s last token)."""
    more = tokenize(body, start, end)
    return Tokens(t.starts + more.starts, t.ends + more.ends, t.texts + more.texts, t.lows + more.lows)


__all__ = ["TOKEN", "Tokens", "extend", "tokenize"]
