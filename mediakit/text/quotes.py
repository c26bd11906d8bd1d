"""Quotation marks: pair them, and tell direct speech from scare quotes.

:func:`find_quotes` pairs double quotation marks (straight ``"``, curly
``“ ”``, double prime ``″``, guillemets ``« »``, low ``„``, and the ASCII
``''`` of some wire and archive text) **within one
paragraph** and never raises: an unmatched mark is ignored. textacy 0.13's
``direct_quotations`` raises ``ValueError`` on an odd number of marks, which
happens in about a quarter of news articles (PolNeAR dev: 22 of 84); here an
opening mark left open at the end of its paragraph (the journalistic
convention for multi-paragraph quotes, or a typo) simply yields no quote.

Pairing: curly/guillemet/low marks have a fixed role (opening ``“ « „``,
closing ``” »``). A straight ``"`` or ``″`` opens when it is left-flanking
(start of text, or after whitespace or an opening bracket/dash, and followed
by a non-space) and closes when right-flanking (followed by end, whitespace
or punctuation); otherwise it toggles. An opening mark met while a quote is
already open replaces the earlier (unmatched) one; a closing mark with no
open quote is ignored. Nested double quotes are not supported (news uses
single quotes inside double ones).

Classification (``kind``):

* ``"direct"``: speech or quotation of someone's words, i.e. any quote that
  (a) has 5 or more words inside, or (b) contains sentence punctuation
  (``. ! ? , ; :`` at its end or inside, e.g. ``"Never," he said``), or
  (c) follows a speech cue or a colon (``said "illegal"``, ``: "No"``), or
  (d) is followed by a speech cue (``"Lies" , he said`` / ``"No" said Smith``).
* ``"scare"``: everything else: a quoted word or short phrase of at most 4
  words that is not speech (scare quotes, coined terms, nicknames, titles),
  e.g. the seed's "refuseniks", "illegal", "internal". ``so-called "X"`` is
  always scare.

This mirrors the length floor of textacy and GenderGapTracker (contents under
4 tokens are not treated as quotations) while keeping short quoted replies
that carry their own punctuation or cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from mediakit.text.segment import clean_words, paragraphs

#: Quotes with at most this many words can be scare quotes.
SCARE_MAX_WORDS = 4

_OPEN = frozenset("“«„")
_CLOSE = frozenset("”»")
_MARKS = re.compile("''|[\"″“”«»„]")
_OPENER_BEFORE = frozenset(" \t\n\r([{—–-/")
_CLOSER_AFTER = frozenset(" \t\n\r)]}.,;:!?—–-/'’")
_INNER_PUNCT = re.compile(r"[.!?;:…]\s+\S")
_END_PUNCT = re.compile(r"[.!?,…]\W*$")

#: Speech verbs (all inflections) used to tell speech from scare quotes.
SPEECH_FORMS = frozenset(
    """say says said saying tell tells told telling ask asks asked asking add adds added adding
    write writes wrote written writing explain explains explained explaining insist insists
    insisted insisting declare declares declared declaring reply replies replied replying
    shout shouts shouted shouting claim claims claimed claiming warn warns warned warning
    argue argues argued arguing note notes noted noting continue continues continued
    exclaim exclaims exclaimed respond responds responded admit admits admitted recall
    recalls recalled tweet tweets tweeted tweeting quipped quips joked jokes yelled
    screamed whispered wondered mused remarked remarks announced announces acknowledged
    acknowledges conceded concedes concluded concludes testified testifies chanted chants
    read reads stated states""".split()
)
_SO_CALLED = re.compile(r"so[- ]called\s*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z’']+")
#: Characters of context looked at before / after a quote for a speech cue.
_BEFORE_CHARS = 40
_AFTER_CHARS = 30
_CONJUNCTIONS = frozenset("and but or nor to that which who as".split())
_CLAUSE_STOP = re.compile(r"[.!?;\n]")


class Quote(NamedTuple):
    """One quotation.

    Attributes:
        start: Offset of the opening mark.
        end: Offset just after the closing mark.
        n_words: Words inside the marks (textstat word rule).
        kind: ``"direct"`` (someone's words) or ``"scare"`` (a short quoted
            word or phrase that is not speech).
    """

    start: int
    end: int
    n_words: int
    kind: str


def _role(text: str, i: int, w: int, lo: int, hi: int) -> str:
    """Return "open", "close" or "toggle" for the mark ``text[i : i + w]``."""
    ch = text[i]
    if ch in _OPEN:
        return "open"
    if ch in _CLOSE:
        return "close"
    before = text[i - 1] if i > lo else " "
    after = text[i + w] if i + w < hi else " "
    left = before in _OPENER_BEFORE and not after.isspace()
    right = after in _CLOSER_AFTER and not before.isspace()
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return "toggle"


def _pairs(text: str, lo: int, hi: int) -> list[tuple[int, int, int, int]]:
    """``(start, end, opening width, closing width)`` of each paired quotation."""
    out: list[tuple[int, int, int, int]] = []
    opened = -1
    open_w = 1
    for m in _MARKS.finditer(text, lo, hi):
        i, w = m.start(), m.end() - m.start()
        role = _role(text, i, w, lo, hi)
        if role == "toggle":
            role = "close" if opened >= 0 else "open"
        if role == "open":
            opened, open_w = i, w
        elif opened >= 0:
            out.append((opened, i + w, open_w, w))
            opened = -1
    return out


def _speech_before(text: str, start: int, lo: int) -> bool:
    ctx = text[max(lo, start - _BEFORE_CHARS) : start].rstrip()
    if ctx.endswith(":"):
        return True
    if _SO_CALLED.search(ctx):
        return False
    stops = list(_CLAUSE_STOP.finditer(ctx))
    if stops:
        ctx = ctx[stops[-1].end() :]
    words = _WORD.findall(ctx.lower())[-4:]
    return any(w in SPEECH_FORMS for w in words)


def _speech_after(text: str, end: int, hi: int) -> bool:
    ctx = text[end : min(hi, end + _AFTER_CHARS)]
    m = _CLAUSE_STOP.search(ctx)
    if m:
        ctx = ctx[: m.start()]
    for w in _WORD.findall(ctx.lower())[:3]:
        if w in SPEECH_FORMS:
            return True
        if w in _CONJUNCTIONS:
            return False
    return False


def classify(
    text: str,
    start: int,
    end: int,
    n_words: int,
    lo: int = 0,
    hi: int | None = None,
    marks: tuple[int, int] = (1, 1),
) -> str:
    """Return ``"direct"`` or ``"scare"`` for the quote ``text[start:end]`` (see module doc).

    ``marks`` gives the widths of the opening and closing marks (2 for ``''``).
    """
    hi = len(text) if hi is None else hi
    before = text[max(lo, start - _BEFORE_CHARS) : start]
    if _SO_CALLED.search(before.rstrip()):
        return "scare"
    if n_words > SCARE_MAX_WORDS:
        return "direct"
    inner = text[start + marks[0] : end - marks[1]]
    body = inner.strip()
    if _INNER_PUNCT.search(body) or (body[:1].isupper() and _END_PUNCT.search(body)):
        return "direct"
    if _speech_before(text, start, lo) or _speech_after(text, end, hi):
        return "direct"
    return "scare"


def find_quotes(text: str, paras: Sequence[tuple[int, int]] | None = None) -> list[Quote]:
    """Find paired double quotations in ``text``, paragraph by paragraph.

    Args:
        text: Any text (an article body); never raises, whatever the marks.
        paras: ``(start, end)`` of the paragraphs of ``text`` when already known
            (:attr:`mediakit.text.parse.Doc.paragraphs`); else segmented here.

    Returns:
        The quotes in order of their opening mark; see the module docstring
        for the pairing and the ``direct`` / ``scare`` rule.
    """
    if not isinstance(text, str) or not _MARKS.search(text):
        return []
    out: list[Quote] = []
    marks = [m.start() for m in _MARKS.finditer(text)]
    for lo, hi in paragraphs(text) if paras is None else paras:
        if bisect.bisect_left(marks, hi) - bisect.bisect_left(marks, lo) < 2:
            continue  # a pair needs two marks (one-pass check instead of a scan per paragraph)
        for s, e, ow, cw in _pairs(text, lo, hi):
            n = len(clean_words(text[s + ow : e - cw]))
            if n == 0:
                continue
            out.append(Quote(s, e, n, classify(text, s, e, n, lo, hi, (ow, cw))))
    return out


__all__ = ["SCARE_MAX_WORDS", "SPEECH_FORMS", "Quote", "classify", "find_quotes"]
