"""News-aware segmentation: paragraphs, sentences and textstat-compatible words.

Everything here works on character offsets into the body so that every metric
can point back at the text that produced it.

Word rule (identical to textstat 0.7.13 ``lexicon_count``): delete every
character that is not a word character or whitespace, except apostrophes that
start an English contraction ending (``'t 's 'd 've 'll 're``), then split on
whitespace. So "Lt-Gen" is one word, "20-40%" is one word ("2040"), and the
curly apostrophe in "defenders’" is dropped.

Sentence rule (mediakit's own, see :func:`split_sentences`): a sentence ends at
``. ! ? …`` (plus closing quotes or brackets) followed by whitespace and a
capital letter, digit or opening quote, unless the token before the stop is a
known abbreviation ("Mr.", "Lt-Gen.", "No. 10", "U.S. Senate", initials);
paragraph breaks always end a sentence, so a headline-like line without a full
stop never merges with the next one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from mediakit.memo import Memo, memo

Span = tuple[int, int]

_CONTRACTION_ENDINGS = r"[tsd]|ve|ll|re"
# textstat removes non-contraction apostrophes, then every other [^\w\s'] character. One
# alternation does both in a single pass: the lookahead sees the original next character
# either way, so the result is identical.
_CLEAN = re.compile(r"[^\w\s']+|'(?!" + _CONTRACTION_ENDINGS + ")")
# The same deletion in two passes, faster (each pattern starts with a literal or a class, so
# the regex engine scans for it): apostrophes first (the lookahead sees the original next
# character, as in _CLEAN), then everything else that is neither a word character nor space.
_CLEAN_APOSTROPHE = re.compile(r"'(?!" + _CONTRACTION_ENDINGS + ")")
_CLEAN_OTHER = re.compile(r"[^\w\s']+")
_NON_WORD = re.compile(r"\W+")
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_TOKEN = re.compile(r"\S+")


#: ASCII characters textstat deletes: neither word character, whitespace nor apostrophe.
_ASCII_DELETE = "".join(ch for ch in map(chr, range(128)) if not re.match(r"[\w\s']", ch))
_ASCII_TABLE = str.maketrans("", "", _ASCII_DELETE)
_ASCII_DELETE_BYTES = _ASCII_DELETE.encode("ascii")
#: The non-ASCII characters of news text that textstat deletes, most frequent first (curly
#: quotes, dashes, soft hyphen, ellipsis, bullet). Deleting them with ``str.replace`` usually
#: leaves an ASCII string, which ``str.translate`` cleans in its fast ASCII path.
_COMMON_MARKS = ("\u2019", "\u201c", "\u201d", "\u2014", "\u2013", "\xad", "\u2018", "\u2026", "\u2022")
#: Non-ASCII characters textstat deletes (for the rare bodies with other non-ASCII characters).
_CLEAN_NON_ASCII = re.compile(r"[^\x00-\x7f\w\s]+")
#: Below this length the two regex passes are cheaper than the fast path's fixed cost.
_SHORT = 64


def _clean(text: str) -> tuple[str, bool]:
    """``clean_text(text)`` and whether every non-ASCII character of ``text`` was a common mark.

    Speed only (issue 6): deleting a set of characters does not depend on the order of the
    deletions. When every non-ASCII character is one of :data:`_COMMON_MARKS` (counted), an
    ASCII encoding that drops them does the first deletion in one C pass; ASCII punctuation
    goes with ``str.translate`` / ``bytes.translate``; other non-ASCII characters (rare) with
    a regex. The apostrophe rule runs first on the original text, as in :data:`_CLEAN`,
    because its lookahead must see the original next character.
    """
    if "'" in text:
        text = _CLEAN_APOSTROPHE.sub("", text)
    if text.isascii():
        return text.translate(_ASCII_TABLE), True
    ascii_only = text.encode("ascii", "ignore")
    n_marks = 0
    for ch in _COMMON_MARKS:
        if ch in text:
            n_marks += text.count(ch)
    if len(text) - len(ascii_only) == n_marks:
        return ascii_only.translate(None, _ASCII_DELETE_BYTES).decode("ascii"), True
    text = _CLEAN_NON_ASCII.sub("", text)  # what is left outside ASCII is \w or \s (no surrogates)
    if text.isascii():
        return text.translate(_ASCII_TABLE), False
    return text.encode("utf-8").translate(None, _ASCII_DELETE_BYTES).decode("utf-8"), False


def clean_text(text: str) -> str:
    """Apply textstat 0.7.13's punctuation removal (contraction apostrophes kept)."""
    if len(text) < _SHORT:
        if "'" in text:
            text = _CLEAN_APOSTROPHE.sub("", text)
        return _CLEAN_OTHER.sub("", text)
    return _clean(text)[0]


def clean_words(text: str) -> list[str]:
    """Split ``text`` into words with textstat 0.7.13's rule (see module docstring)."""
    return clean_text(text).split()


#: Separator joined between sentences so one cleaning pass serves a whole article: a
#: whitespace character for ``str.split`` that cleaning keeps and news text never holds
#: (bodies that do hold it take the slow path).
_SENT_SEP = "\x1e"
#: ``bytes.translate`` table: ASCII whitespace (``str.isspace``) -> b" ", any other byte -> b"x".
_WS_RUNS = bytes(32 if chr(b).isspace() else 120 for b in range(128)) + b"x" * 128


def words_by_sentence(body: str, spans: list[Span]) -> list[list[str]]:
    """textstat-rule words of each span of ``body``, with one cleaning pass for all spans."""
    return sentence_words(body, spans)[0]


def sentence_words(body: str, spans: list[Span]) -> tuple[list[list[str]], int, int]:
    """Words of each span of ``body``, plus the whitespace tokens and non-whitespace characters of all spans.

    One cleaning pass serves all spans. The counts equal :func:`count_tokens` and
    :func:`count_chars` of the spans (of the whole body when the spans cover all its text).
    """
    if not spans:
        return [], 0, 0
    parts = [body[s:e] for s, e in spans]
    if _SENT_SEP in body:  # pragma: no cover - never seen in real text
        return [clean_words(p) for p in parts], sum(map(count_tokens, parts)), sum(map(count_chars, parts))
    joined = _SENT_SEP.join(parts)
    cleaned, simple = _clean(joined)
    words = list(map(str.split, cleaned.split(_SENT_SEP)))
    if simple:
        # No whitespace outside ASCII: a token is a run of b"x" after the byte mapping (UTF-8
        # multi-byte characters map to "x" runs inside their token).
        runs = joined.encode("utf-8").translate(_WS_RUNS)
        return words, runs.count(b" x") + runs.startswith(b"x"), len(joined) - runs.count(b" ")
    tokens = joined.split()
    return words, len(tokens), sum(map(len, tokens))


def count_letters(text: str) -> int:
    r"""Count letters as textstat does: non-space characters minus all punctuation (``\w`` characters)."""
    return len(_NON_WORD.sub("", text))


def count_chars(text: str) -> int:
    """Count non-whitespace characters (punctuation included), as textstat's ARI does."""
    return sum(map(len, text.split()))


def count_tokens(text: str) -> int:
    """Count whitespace-separated tokens, punctuation-only tokens included."""
    return len(text.split())


def paragraphs(body: str) -> list[Span]:
    """Return ``(start, end)`` of each paragraph: blocks separated by a blank line.

    Offsets exclude surrounding whitespace; empty blocks are skipped.
    """
    out: list[Span] = []
    pos = 0
    for m in _PARA_BREAK.finditer(body):
        start, end = m.span()
        # Fast path (the break ate the whitespace after it, so only the first start and the
        # ends can touch whitespace): a block without surrounding whitespace is kept as is.
        if pos < start and not body[start - 1].isspace() and not body[pos].isspace():
            out.append((pos, start))
        else:
            _append_stripped(body, pos, start, out)
        pos = end
    _append_stripped(body, pos, len(body), out)
    return out


def _append_stripped(text: str, start: int, end: int, out: list[Span]) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if stripped:
        lead = len(seg) - len(seg.lstrip())
        out.append((start + lead, start + lead + len(stripped)))


# Abbreviations after which a full stop never ends a sentence (title-like or
# always followed by a name or number). Compared case-sensitively on the last
# hyphen part of the token, so "Lt-Gen." and "Maj-Gen." are covered.
_TITLES = frozenset(
    """Mr Mrs Ms Mx Dr Prof Sr Jr St Mt Ft Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Cdr
    Brig Rep Reps Sen Sens Gov Pres Supt Insp Det Rev Fr Hon Amb Atty Messrs Mme Mlle Dame Cllr Coun
    Sir vs v Vs approx Apt Ave Blvd Rd Hwy Dept Univ Jan Feb Mar Apr Jun Jul Aug Sep Sept
    Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Ala Ariz Ark Calif Colo Conn Del
    Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn
    Tenn Tex Va Vt Wash Wis Wyo Fig Figs Eq Ch Vol Vols Art Sec No Nos pp p ed eds est cf al
    Corp Inc Ltd Co Bros""".split()
)
# Abbreviations that may also end a sentence: split only before a common
# sentence opener ("... at 5 p.m. The mayor said").
_MAYBE_FINAL = frozenset("""Corp Inc Ltd Co Bros etc Jr Sr al est""".split())
_NUMBER_ABBREV = frozenset("""No Nos Art Sec Vol Vols Fig Figs pp p Ch Eq""".split())
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$")
_INITIAL = re.compile(r"^[A-Z]$")
_OPENERS = frozenset(
    """The A An This That These Those It Its He She They We I You His Her Their Our But And Or
    So Yet In On At By For From To With As If When While After Before Since Although Though
    However Meanwhile There Here What Who Why How Some Many One Two Three Most No Not Now
    Then Still Also Yes""".split()
)

# Stop, optional closing quotes/brackets, whitespace, then an opener. ("..." is a run of
# stops; starting with a character class lets the regex engine scan for candidates fast.)
# A match starts only at the first stop of a run (the look-behind) and the runs are possessive:
# a failed attempt inside a run of 100,000 full stops would otherwise be retried from each of
# them (quadratic, issue 14). Matches are unchanged: an attempt that fails from a run's first
# stop fails from every later one (same rest of the run, same text after it), and giving back
# part of a run or of the closing marks can never be followed by whitespace.
_BOUNDARY = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]*+(?=\s+[\"'“‘(\[]*[A-Z0-9])")
_TERMINAL = re.compile(r"[.!?…]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` (one paragraph) into sentence spans.

    Args:
        text: The whole body (offsets refer to it).
        start: Paragraph start offset.
        end: Paragraph end offset (default: end of ``text``).

    Returns:
        ``(start, end)`` spans with surrounding whitespace trimmed. A paragraph
        with no sentence punctuation but several lines is split at its line
        breaks (lists, sub-headings, pasted headlines).
    """
    if end is None:
        end = len(text)
    para = text[start:end]
    out: list[Span] = []
    if "\n" in para and not _TERMINAL.search(para):
        pos = 0
        for m in re.finditer(r"\n", para):
            _append_stripped(text, start + pos, start + m.start(), out)
            pos = m.end()
        _append_stripped(text, start + pos, end, out)
        return out
    pos = 0
    for m in _BOUNDARY.finditer(para):
        if _is_abbreviation(para, m.start(), m.end()):
            continue
        _append_stripped(text, start + pos, start + m.end(), out)
        pos = m.end()
    _append_stripped(text, start + pos, end, out)
    return out


#: :data:`_BOUNDARY` with the whitespace after the stop captured (group 1 ends where the next
#: sentence starts). Speed only: ``X X*`` instead of ``X+`` lets the regex engine scan for the
#: first character (a ``+`` repeat first makes it try a match at every position), and bodies
#: without ``! ? …`` use the literal form, scanned fastest. All match exactly where
#: :data:`_BOUNDARY` does.
_BOUNDARY_WS = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]*+[\"'”’)\]]*+(?=(\s+)[\"'“‘(\[]*[A-Z0-9])")
_BOUNDARY_DOT_WS = re.compile(r"\.(?<!\.\.)\.*+[\"'”’)\]]*+(?=(\s+)[\"'“‘(\[]*[A-Z0-9])")


def split_body(body: str, paras: list[Span]) -> tuple[list[Span], list[int]]:
    """Split every paragraph of ``body`` into sentences with one scan of the whole body.

    Equivalent to calling :func:`split_sentences` on each paragraph, but the
    boundary regex runs once per article.

    Returns:
        ``(sentence spans, paragraph index of each sentence)``.
    """
    # Each kept boundary ends one sentence (at ``m.end()``, after a stop or closing mark) and the
    # next one starts after the whitespace run that follows (``m.end(1)``), so the pieces need
    # no stripping. Abbreviation look-ups are memoised per token (:func:`_token_kind`).
    boundary = _BOUNDARY_DOT_WS if "!" not in body and "?" not in body and "…" not in body else _BOUNDARY_WS
    ends: list[int] = []
    starts: list[int] = []
    kinds = _TOKEN_KINDS.table
    tails = _SAFE_TAILS.table
    rfind = body.rfind
    # The token before a stop starts after the last " ", "\n" or "\t" before it. The search goes
    # back only to the previous stop looked at (``scanned``), whose separator is remembered
    # (``sep``): each character is searched once, so a body whose stops are followed by other
    # whitespace (no-break or ideographic spaces) stays linear (issue 14).
    scanned = 0
    sep = -1
    for m in boundary.finditer(body):
        stop, after = m.span()
        if body[stop] == "." and (after - stop == 1 or body[stop + 1] != "."):
            tail = body[stop - 4 : stop]  # shorter than 4 when stop < 4
            safe = tails.get(tail)
            if safe is None:
                safe = _SAFE_TAILS.get(tail, _safe_tail)
            if safe:  # most stops ("said.", "2020."): no abbreviation ends like this
                ends.append(after)
                starts.append(m.end(1))
                continue
            # token before the stop: after the last " ", "\n" or "\t" (see _is_abbreviation)
            tok = rfind(" ", scanned, stop)
            nl = rfind("\n", max(tok + 1, scanned), stop)
            if nl > tok:
                tok = nl
            tab = rfind("\t", max(tok + 1, scanned), stop)
            if tab > tok:
                tok = tab
            if tok < 0:
                tok = sep
            sep, scanned = tok, stop
            token = body[tok + 1 : stop]
            kind = kinds.get(token)
            if kind is None:
                kind = _TOKEN_KINDS.get(token, _token_kind)
            if kind and _abbreviation_by_kind(kind, body, after):
                continue
        ends.append(after)
        starts.append(m.end(1))
    spans: list[Span] = []
    owner: list[int] = []
    j = 0
    for p_i, (ps, pe) in enumerate(paras):
        if body.find("\n", ps, pe) != -1 and not _TERMINAL.search(body, ps, pe):
            found = split_sentences(body, ps, pe)
            spans.extend(found)
            owner.extend([p_i] * len(found))
            continue
        i = bisect_right(ends, ps, j)
        j = bisect_left(ends, pe, i)
        if i == j:
            spans.append((ps, pe))
            owner.append(p_i)
        else:
            spans.append((ps, ends[i]))
            spans.extend(zip(starts[i : j - 1], ends[i + 1 : j], strict=True))
            spans.append((starts[j - 1], pe))
            owner.extend([p_i] * (j - i + 1))
    return spans, owner


def _token_kind(raw: str) -> int:
    """Classify the raw token before a full stop for :func:`_is_abbreviation`.

    Returns 0 (never an abbreviation), 1 (always), 2 (when a number follows) or 3 (unless
    a sentence opener follows).
    """
    token = raw.lstrip("\"'“‘([\xa0")
    kind = 0
    if token:
        last = token.rsplit("-", 1)[-1]
        if last in _NUMBER_ABBREV:
            kind = 2
        elif last in _MAYBE_FINAL:
            kind = 3
        elif last in _TITLES or last.rstrip(".") in _TITLES or (len(last) == 1 and last.isupper()):
            kind = 1
        elif "." in token and _DOTTED.match(token + "."):
            kind = 3
    return kind


#: :func:`_token_kind` of the tokens before full stops (memoised).
_TOKEN_KINDS: Memo[str, int] = memo("abbreviation kind of a token")


#: Last four characters of every abbreviation of length four or more.
_ABBREV_TAILS = frozenset(w[-4:] for w in _TITLES | _MAYBE_FINAL | _NUMBER_ABBREV if len(w) >= 4)
#: Characters that can end or split the token before a stop (token start, hyphen, stripped
#: leading marks) or make it dotted: a tail holding none of them lies inside the last part.
_TAIL_BREAKS = frozenset(" \n\t-.\"'“‘([\xa0")
def _safe_tail(tail: str) -> bool:
    """True when a token ending in ``tail`` can never be an abbreviation.

    Such a token's last hyphen part ends with the four characters of ``tail`` (no token start,
    hyphen or stripped mark among them), so it is not a listed abbreviation unless one ends
    the same way, not a single letter, and not dotted (no "." among them).
    """
    return len(tail) == 4 and tail not in _ABBREV_TAILS and _TAIL_BREAKS.isdisjoint(tail)


#: :func:`_safe_tail` of the four characters before full stops (memoised).
_SAFE_TAILS: Memo[str, bool] = memo("four characters before a full stop")


def _abbreviation_by_kind(kind: int, para: str, after: int) -> bool:
    if kind == 1:
        return True
    if kind == 2:
        return _next_word(para, after)[:1].isdigit()
    return _next_word(para, after) not in _OPENERS


def _is_abbreviation(para: str, stop: int, after: int) -> bool:
    if para[stop] != ".":
        return False
    if after - stop > 1 and para[stop + 1] == ".":
        return False  # "..." ends a sentence
    tok_start = max(para.rfind(" ", 0, stop), para.rfind("\n", 0, stop), para.rfind("\t", 0, stop)) + 1
    token = para[tok_start:stop].lstrip("\"'“‘([\xa0")
    if not token:
        return False
    last = token.rsplit("-", 1)[-1]
    if last in _NUMBER_ABBREV:
        return _next_word(para, after)[:1].isdigit()
    if last in _MAYBE_FINAL:
        return _next_word(para, after) not in _OPENERS
    if last in _TITLES or last.rstrip(".") in _TITLES:
        return True
    if len(last) == 1 and last.isupper():
        return True
    if "." in token and _DOTTED.match(token + "."):
        return _next_word(para, after) not in _OPENERS
    return False


_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]*([\w'’-]+)")
#: A whitespace token holding a textstat word: it contains a word character
#: (a kept contraction apostrophe is always followed by letters).
WORD_TOKEN = re.compile(r"\S*\w\S*")


def _next_word(para: str, pos: int) -> str:
    m = _NEXT_WORD.match(para, pos)
    return m.group(1) if m else ""


def token_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, word)`` for every textstat word in ``text[start:end]``.

    The span covers the whitespace token minus leading/trailing punctuation, so
    evidence highlights "terrified" rather than "terrified,".
    """
    if end is None:
        end = len(text)
    for m in _TOKEN.finditer(text, start, end):
        tok = m.group()
        words = clean_words(tok)
        if not words:
            continue
        s, e = m.start(), m.end()
        while s < e and not (text[s].isalnum() or text[s] == "_"):
            s += 1
        while e > s and not (text[e - 1].isalnum() or text[e - 1] == "_"):
            e -= 1
        yield s, e, words[0]


def textstat_sentence_count(text: str) -> int:
    r"""Count sentences exactly as textstat 0.7.13 ``sentence_count`` does.

    Rule: regex segments ``\b[^.!?]+[.!?]*``; segments of two words or fewer are
    ignored; at least 1 for non-empty text, 0 for the empty string. Used by the
    textstat-compatible counting mode and by the tests that compare with textstat.
    """
    if len(text) == 0:
        return 0
    segments = re.findall(r"\b[^.!?]+[.!?]*", text, re.UNICODE)
    ignore = sum(1 for s in segments if len(clean_words(s)) <= 2)
    return max(1, len(segments) - ignore)
