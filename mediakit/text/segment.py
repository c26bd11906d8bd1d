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


def clean_text(text: str) -> str:
    """Apply textstat 0.7.13's punctuation removal (contraction apostrophes kept)."""
    if "'" in text:
        text = _CLEAN_APOSTROPHE.sub("", text)
    return _CLEAN_OTHER.sub("", text)


def clean_words(text: str) -> list[str]:
    """Split ``text`` into words with textstat 0.7.13's rule (see module docstring)."""
    return clean_text(text).split()


#: Word-character marker joined between sentences so one regex pass cleans a whole
#: article (modifier letters: \\w characters that survive cleaning, absent from news text).
_SENT_MARK = "\u02b0\u02b1\u02b2"


def words_by_sentence(body: str, spans: list[Span]) -> list[list[str]]:
    """textstat-rule words of each span of ``body``, with one cleaning pass for all spans."""
    if _SENT_MARK in body:  # pragma: no cover - never seen in real text
        return [clean_words(body[s:e]) for s, e in spans]
    joined = f" {_SENT_MARK} ".join([body[s:e] for s, e in spans])
    return [part.split() for part in clean_text(joined).split(_SENT_MARK)] if spans else []


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
        _append_stripped(body, pos, m.start(), out)
        pos = m.end()
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
    Brig Rep Reps Sen Sens Gov Pres Supt Insp Det Rev Fr Hon Amb Atty Messrs Mme Mlle Dame
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
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9])")
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


def split_body(body: str, paras: list[Span]) -> tuple[list[Span], list[int]]:
    """Split every paragraph of ``body`` into sentences with one scan of the whole body.

    Equivalent to calling :func:`split_sentences` on each paragraph, but the
    boundary regex runs once per article.

    Returns:
        ``(sentence spans, paragraph index of each sentence)``.
    """
    bounds = [m.end() for m in _BOUNDARY.finditer(body) if not _is_abbreviation(body, m.start(), m.end())]
    spans: list[Span] = []
    owner: list[int] = []
    for p_i, (ps, pe) in enumerate(paras):
        if body.find("\n", ps, pe) != -1 and not _TERMINAL.search(body, ps, pe):
            found = split_sentences(body, ps, pe)
        else:
            found = []
            pos = ps
            for b in bounds[bisect_right(bounds, ps) : bisect_left(bounds, pe)]:
                _append_stripped(body, pos, b, found)
                pos = b
            _append_stripped(body, pos, pe, found)
        spans.extend(found)
        owner.extend([p_i] * len(found))
    return spans, owner


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
