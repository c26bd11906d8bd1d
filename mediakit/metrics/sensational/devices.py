"""Sensational devices: word classes, phrase matching, and every cue of a headline or body, with evidence.

Style devices (packaging): intensifiers, superlatives, exclamation marks, shouting
(ALL-CAPS ordinary words, not acronyms), scare quotes, rhetorical questions,
second-person address, forward-reference openers, dramatic framing, and in headlines
leading numbers and listicle forms; first-person pronouns and contractions
(conversational register). Emotive words of the six lexicon categories are found here
too (:func:`headline_hits`, :func:`body_hits`). The rules are documented in
``docs/sensational.md`` (*Devices: rules*).

References: Bednarek & Caple (2017), The Discourse of News Values (Superlativeness);
Blom & Hansen (2015), Click bait: forward-reference as lure in online news headlines,
Journal of Pragmatics 76; Burgers & de Graaf (2013), Language intensity as a
sensationalistic news feature, Communications 38(2); Chakraborty et al. (2016).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import compress, count

from mediakit.memo import Memo, memo
from mediakit.metrics.registry import Evidence
from mediakit.metrics.sensational.lexicon import CATEGORIES, Lexicon, _norm, lexicon
from mediakit.metrics.sensational.loaded import table as loaded_table
from mediakit.text import segment
from mediakit.text.parse import Doc
from mediakit.text.quotes import find_quotes

FAMILY_NAME = "sensational"
DEVICES = (
    "intensifiers",
    "superlatives",
    "exclamations",
    "shouting",
    "scare_quotes",
    "rhetorical_questions",
    "second_person",
    "first_person",
    "contractions",
    "forward_references",
    "dramatic_framing",
)
HEADLINE_DEVICES = ("leading_number", "listicle")

_INT, _SUP, _TOPIC, _SECOND, _FIRST, _CONTR, _SHOUT = 1, 2, 4, 8, 16, 32, 64
_FIRST_KEYS = frozenset("i me my mine myself we our ours ourselves us im ive".split())
_FIRST_RAW = frozenset("i'm i've i'll i'd we're we've we'll we'd let's".split())
_CONTR_ENDINGS = ("n't", "'re", "'ve", "'ll", "'m", "'d")
_CONTR_RAW = frozenset("it's that's there's here's what's let's he's she's who's where's how's".split())
#: Contractions whose curly apostrophe was dropped by the word rule and that spell no other word.
_CONTR_KEYS = frozenset(
    """dont cant isnt arent wasnt werent didnt doesnt hasnt havent hadnt couldnt wouldnt shouldnt
    mustnt aint youre youve youll theyre theyve theyll im ive itll thats theres heres whats shes
    whos wheres thatll wholl weve""".split()
)


# --------------------------------------------------------------------------- word classes

_Info = tuple[str | None, int] | None
#: textstat word (case kept) -> (category or None, device flags), None for plain words (memoised).
_INFO: Memo[str, _Info] = memo("sensational class of a word")
#: textstat word -> lexicon key (memoised).
_KEYS: Memo[str, str] = memo("sensational lexicon key of a word")


def _key(word: str) -> str:
    k = _KEYS.table.get(word)
    if k is None:
        k = _KEYS.get(word, _norm)
    return k


def _classify(word: str, lex: Lexicon) -> _Info:
    """Category and device flags of one textstat word (case kept).

    Shouting: an all-caps word of 2+ letters that spells an ordinary English
    word (Dale-Chall easy list, the lexicon, a few web shouts) and is not a
    known acronym ("US", "IT", "WHO"); "FBI" or "NATO" spell no word.
    """
    k = _norm(word)
    low = word.lower()
    flags = 0
    if k in lex.intensifiers:
        flags |= _INT
    if k in lex.superlatives or (len(k) >= 6 and k.endswith("iest") and k not in lex.not_superlative):
        flags |= _SUP
    if k in lex.topic:
        flags |= _TOPIC
    if k in lex.second_person:
        flags |= _SECOND
    if (k in _FIRST_KEYS and word != "US") or low in _FIRST_RAW:
        flags |= _FIRST
    if low.endswith(_CONTR_ENDINGS) or low in _CONTR_RAW or k in _CONTR_KEYS:
        flags |= _CONTR
    if word.isupper() and len(k) >= 2 and k not in lex.acronyms and k in lex.shout_words:
        flags |= _SHOUT
    cat = lex.words.get(k)
    return (cat, flags) if cat is not None or flags else None


def _info(word: str, lex: Lexicon) -> _Info:
    info = _INFO.table.get(word, _UNSEEN)
    if info is _UNSEEN:
        info = _INFO.get(word, partial(_classify, lex=lex))
    return info  # type: ignore[return-value]


_UNSEEN = object()


def _relevant(words: Iterable[str], lex: Lexicon) -> list[tuple[str, tuple[str | None, int]]]:
    """``(word, (category, flags))`` of the words among ``words`` (distinct) that belong to some class."""
    keys = list(words)
    table = _INFO.learn(keys, partial(_classify, lex=lex))
    infos = list(map(table.__getitem__, keys))
    return list(compress(zip(keys, infos, strict=True), infos))  # type: ignore[arg-type]  # a class: a non-empty tuple


_FLAG_DEVICE = (
    (_INT, "intensifiers", "intensifier"),
    (_SUP, "superlatives", "superlative"),
    (_SECOND, "second_person", "second person"),
    (_FIRST, "first_person", "first person"),
    (_CONTR, "contractions", "contraction"),
    (_SHOUT, "shouting", "all-caps word"),
)
#: Devices counted only in the writer's voice (outside direct quotes).
_VOICE = _SECOND | _FIRST | _CONTR
#: Memo: device flags -> the devices they set, in :data:`_FLAG_DEVICE` order.
_DEVICES_OF: dict[int, tuple[str, ...]] = {}


def _devices(flags: int) -> tuple[str, ...]:
    devs = _DEVICES_OF.get(flags)
    if devs is None:
        devs = _DEVICES_OF[flags] = tuple(dev for bit, dev, _label in _FLAG_DEVICE if flags & bit)
    return devs


# --------------------------------------------------------------------------- matching

_EXCLAIM = re.compile(r"!+")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_DIGITS = re.compile(r"^\d[\d,.]*$")
_QUESTION_OPENERS = frozenset(
    "what why how who whom whose which when where can could do does did is are was were should would will have has".split()
)
_ADJ_SUFFIXES = (
    "ful",
    "ous",
    "ive",
    "able",
    "ible",
    "al",
    "ic",
    "ant",
    "ent",
    "ing",
    "ed",
    "less",
    "ish",
    "y",
    "ly",
)
_CLOSERS = "\"'”’)]» "
_SO_MOST = frozenset(("so", "most", "least"))


def _writers_question(body: str, s: int, e: int, starts: list[int], ends: list[int]) -> bool:
    """Sentence ``body[s:e]`` ends with "?" (closing quotes and brackets aside) outside direct quotes."""
    last = body[e - 1]
    if last != "?" and last not in _CLOSERS:
        return False
    end = e
    while end > s and body[end - 1] in _CLOSERS:
        end -= 1
    return (
        end > s
        and body[end - 1] == "?"
        and not _inside(end - 1, starts, ends)
        and not _inside(s, starts, ends)
    )


@dataclass
class _Hits:
    """Counts (and optionally evidence) of one text field."""

    field: str
    text: str
    keep: bool
    counts: dict[str, int]
    evidence: list[Evidence]
    #: Ascending word positions that may hold a loaded word (set by the counting path; None: not searched).
    positions: list[int] | None = None
    #: The cased words at those positions that are loaded-language candidates (with ``positions``).
    loaded_cased: set[str] | None = None

    def add(self, key: str, start: int, end: int, label: str = "", n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n
        if self.keep:
            metric = f"{FAMILY_NAME}.{key}_rate" if key in CATEGORIES else f"{FAMILY_NAME}.{key}"
            kind = "emotive_word" if key in CATEGORIES else key
            self.evidence.append(
                Evidence(
                    FAMILY_NAME, kind, start, end, self.text[start:end], self.field, label or key, metric
                )
            )


def _most_is_superlative(next_word: str, lex: Lexicon) -> bool:
    """'most X' is a superlative unless X is a quantity reading ('most people', 'most of')."""
    w = _norm(next_word)
    if not w or w in lex.most_quantity or w in lex.second_person or w.isdigit():
        return False
    return w.endswith(_ADJ_SUFFIXES) or (w in lex.shout_words and not w.endswith("s"))


def _match_tokens(pattern: tuple[str, ...], words: list[str], i: int) -> int:
    """End index of ``pattern`` matched at ``words[i:]`` ("*" = 0 to 2 words), or -1."""
    if not pattern:
        return i
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        for skip in range(3):
            end = _match_tokens(rest, words, i + skip)
            if end >= 0:
                return end
        return -1
    if i < len(words) and _key(words[i]) == head:
        return _match_tokens(rest, words, i + 1)
    return -1


def _scan(
    words: list[str], lex: Lexicon, wordset: frozenset[str] | None = None
) -> list[tuple[int, int, str, str]]:
    """Token-level matches in lower-cased ``words``: phrases, 'so ADJ', 'most ADJ'.

    Returns non-overlapping ``(start, end, key, label)`` word-index ranges,
    found from anchor words: the distinct words (``wordset``, e.g.
    :attr:`Doc.lower_vocab`) are intersected with the anchor words, and only
    the anchors whose phrases can match (all their words present) are located.
    """
    if wordset is None:
        wordset = frozenset(words)
    wanted = _anchors_present(
        lex.anchor_words.intersection(wordset) | _SO_MOST.intersection(wordset), wordset, lex
    )
    if not wanted:
        return []
    return _scan_at(words, lex, compress(count(), map(wanted.__contains__, words)))


def _anchors_present(hits: Iterable[str], wordset: frozenset[str], lex: Lexicon) -> set[str]:
    """The words of ``hits`` (anchor or 'so'/'most'/'least' words of a text) worth locating.

    Same rule as :func:`_scan`: 'so', 'most', 'least' always; an anchor word when all the
    words of one of its phrases occur in ``wordset`` (the text's distinct lower-cased words).
    """
    wanted: set[str] = set()
    needs = lex.anchor_needs
    for w in hits:
        if w in _SO_MOST:
            wanted.add(w)
            continue
        plain, other = needs[w]
        if any(map(wordset.issuperset, plain)) or any(
            all(not v.isdisjoint(wordset) for v in need) for need in other
        ):
            wanted.add(w)
    return wanted


def _scan_at(words: list[str], lex: Lexicon, cands: Iterable[int]) -> list[tuple[int, int, str, str]]:
    """The matching part of :func:`_scan`, from the ascending positions ``cands`` of the words to locate.

    ``words`` may be cased (tokens are compared by :func:`_key`, the anchor word lower-cased).
    """
    anchors = lex.anchors
    n = len(words)
    found: list[tuple[int, int, str, str]] = []
    for i in cands:
        w = words[i].lower()
        if w in _SO_MOST:
            nxt = _key(words[i + 1]) if i + 1 < n else ""
            if w == "so" and nxt and nxt not in lex.so_exclusions:
                found.append((i, i + 2, "intensifiers", "so + word"))
            elif w != "so" and _most_is_superlative(nxt, lex):
                found.append((i, i + 2, "superlatives", f"{w} + adjective"))
        for pattern, offset, kind, label, _need in anchors.get(w, ()):
            start = i - offset
            if start < 0:
                continue
            end = _match_tokens(pattern, words, start)
            if end > start:
                found.append((start, end, label if kind == "category" else kind, label))
                break
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, str, str]] = []
    last = -1
    for f in found:
        if f[0] >= last:
            out.append(f)
            last = f[1]
    return out


# --------------------------------------------------------------------------- headline


def headline_hits(title: str, *, evidence: bool = False) -> _Hits:
    """Count every cue in a headline (field ``"title"``)."""
    lex = lexicon()
    h = _Hits("title", title, evidence, {}, [])
    if not isinstance(title, str) or not title.strip():
        return h
    # Spans only matter for evidence: counting reads the words of one cleaning pass, which
    # equal the words of token_spans (cleaning removes characters, never splits a token).
    toks = list(segment.token_spans(title)) if evidence else [(0, 0, w) for w in segment.clean_words(title)]
    if not toks:
        return h
    keys = [_key(t) for _, _, t in toks]
    for s, e, t in toks:
        info = _info(t, lex)
        if info is None:
            continue
        cat, flags = info
        if cat is not None:
            h.add(cat, s, e, cat)
        for bit, dev, label in _FLAG_DEVICE:
            if flags & bit:
                h.add(dev, s, e, label)
    for a, b, key, label in _scan([t.lower() for _, _, t in toks], lex):
        h.add(key, toks[a][0], toks[b - 1][1], label)
    for m in _EXCLAIM.finditer(title):
        h.add("exclamations", m.start(), m.end(), "exclamation mark")
    for q in find_quotes(title):
        if q.kind == "scare":
            h.add("scare_quotes", q.start, q.end, "scare quote")
    first = keys[0]
    nxt = keys[1] if len(keys) > 1 else ""
    if "?" in title:
        i = title.index("?")
        h.add("rhetorical_questions", i, i + 1, "question mark")
    elif first in _QUESTION_OPENERS and len(toks) > 2:
        h.add("rhetorical_questions", toks[0][0], toks[0][1], "question opener")
    teaser = lex.teaser_re.search(title)
    if teaser:
        h.add("forward_references", teaser.start(), teaser.end(), "teaser")
    elif first in lex.openers and nxt not in lex.time_words and not _DIGITS.match(nxt):
        h.add("forward_references", toks[0][0], toks[0][1], "forward-reference opener")
    if (_DIGITS.match(toks[0][2]) and not _YEAR.match(toks[0][2])) or first in lex.number_words:
        h.add("leading_number", toks[0][0], toks[0][1], "leading number")
    for i, k in enumerate(keys):
        if _DIGITS.match(k) or k in lex.number_words:
            j = next((j for j in range(i + 1, min(i + 5, len(keys))) if keys[j] in lex.listicle_nouns), 0)
            if j:
                h.add("listicle", toks[i][0], toks[j][1], "listicle")
                break
    return h


# --------------------------------------------------------------------------- body


def _direct_spans(doc: Doc) -> tuple[list[int], list[int]]:
    direct = [q for q in doc.quotes if q.kind == "direct"]
    return [q.start for q in direct], [q.end for q in direct]


def _inside(pos: int, starts: list[int], ends: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < ends[i]


def body_hits(doc: Doc, *, evidence: bool = False) -> tuple[_Hits, int]:
    """Count every cue in the body; also return the topic-word count.

    Counting reads the distinct lower-cased words (:func:`_body_counts`); only
    ``evidence=True`` walks the words with their character spans.
    """
    lex = lexicon()
    if not doc.words:
        return _Hits("body", doc.body, evidence, {}, []), 0
    if evidence:
        return _body_hits(doc, lex, True)
    return _body_counts(doc, lex)


def _body_hits(doc: Doc, lex: Lexicon, evidence: bool) -> tuple[_Hits, int]:
    """Per-word path of :func:`body_hits` (evidence; counts of texts outside the fast path's assumptions)."""
    body = doc.body
    h = _Hits("body", body, evidence, {}, [])
    starts, ends = _direct_spans(doc)
    topic = 0
    counts = h.counts
    if evidence:
        for (s, e), w in zip(doc.word_spans, doc.words, strict=True):
            info = _info(w, lex)
            if info is None:
                continue
            cat, flags = info
            if cat is not None:
                h.add(cat, s, e, cat)
            if flags & _TOPIC:
                topic += 1
            for bit, dev, label in _FLAG_DEVICE:
                if flags & bit and not (bit & _VOICE and _inside(s, starts, ends)):
                    h.add(dev, s, e, label)
    else:
        voice = 0
        wc = doc.word_counts
        for w, (cat, flags) in _relevant(wc.keys(), lex):
            n = wc[w]
            if cat is not None:
                counts[cat] = counts.get(cat, 0) + n
            if flags:
                voice |= flags
                if flags & _TOPIC:
                    topic += n
                for dev in _devices(flags):
                    counts[dev] = counts.get(dev, 0) + n
        if voice & _VOICE and starts:
            quoted = Counter(
                segment.clean_words(" ".join(body[s:e] for s, e in zip(starts, ends, strict=True)))
            )
            for w, (_cat, flags) in _relevant(quoted.keys(), lex):
                if flags & _VOICE:
                    k = quoted[w]
                    for dev in _devices(flags & _VOICE):
                        counts[dev] = max(0, counts.get(dev, 0) - k)
    matches = _scan(doc.lower_words, lex, doc.lower_vocab)
    if matches:
        spans = doc.word_spans if evidence else None
        for a, b, key, label in matches:
            if spans is not None:
                h.add(key, spans[a][0], spans[b - 1][1], label)
            else:
                counts[key] = counts.get(key, 0) + 1
    if "!" in body:
        for m in _EXCLAIM.finditer(body):
            h.add("exclamations", m.start(), m.end(), "exclamation mark")
    for q in doc.quotes:
        if q.kind == "scare":
            h.add("scare_quotes", q.start, q.end, "scare quote")
    has_q = "?" in body
    opener = lex.opener_re.match
    for s, e in doc.sentences:
        if has_q and _writers_question(body, s, e, starts, ends):
            h.add("rhetorical_questions", s, e, "question in the writer's voice")
        om = opener(body, s)
        if om:
            h.add("forward_references", s, om.end(), "forward-reference opener")
    return h, topic


# --------------------------------------------------------------------------- body, counting only
#
# ``compute(doc)`` (no evidence) counts the body's cues from the text's distinct lower-cased
# words instead of classifying each distinct cased word. It is the same function:
#
# * a word's class (:func:`_classify`) depends on its case only through ``word != "US"``
#   (first person) and ``word.isupper()`` (shouting); everything else reads ``word.lower()``.
#   So per-class counts are sums over lower-cased words, minus the "US" tokens for first
#   person, plus a separate shouting count over the cased words;
# * a lower-cased word without an apostrophe belongs to some class exactly when it is a
#   lexicon key (:attr:`_Tables.trig`) or ends in "iest" (superlative rule); words with an
#   apostrophe (contraction endings, raw contraction forms, keys with the apostrophe removed)
#   and "-iest" words are found in the joined vocabulary and classified one by one;
# * an ALL-CAPS word has no apostrophe (the word rule keeps one only before a lower-case
#   ending), so it shouts exactly when it is the upper-case spelling of a shoutable word
#   (:attr:`_Tables.upper_shout`); the one non-ASCII letter whose lower case is ASCII (the
#   Kelvin sign) sends such a text to the per-word path.


@dataclass(frozen=True)
class _Tables:
    """Look-up sets derived once from the lexicon for the counting path."""

    trig: frozenset[str]  # lexicon keys of every class, anchor words, 'so'/'most'/'least', loaded words
    loaded: frozenset[str]  # words of the loaded-language table (their positions are needed)
    loaded_only: frozenset[str]  # loaded words in no word class (no need to classify them)
    locate: frozenset[str]  # anchor words and 'so'/'most'/'least' (their positions are needed)
    voice: frozenset[str]  # words (no apostrophe, or raw forms) of the writer's-voice classes
    upper_shout: frozenset[str]  # ALL-CAPS spellings of the shoutable words
    opener_first: frozenset[str]  # ASCII characters a forward-reference opener can start with
    exact: bool  # False: a lexicon entry breaks an assumption above (use the per-word path)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    lex = lexicon()
    keys = (
        set(lex.words)
        | lex.intensifiers
        | lex.superlatives
        | lex.topic
        | lex.second_person
        | _FIRST_KEYS
        | _CONTR_KEYS
        | _FIRST_RAW
        | _CONTR_RAW
    )
    # A word's key is lower case, so only lower-case shoutable entries can match.
    shoutable = [k for k in lex.shout_words if len(k) >= 2 and k not in lex.acronyms and k == k.lower()]
    upper = {k.upper(): k for k in shoutable}
    openers = lex.opener_phrases
    first_re = re.compile("(?:" + "|".join(re.escape(o[0]) for o in openers) + r"|[\"'“‘(\[])", re.I)
    # ASCII entries round-trip through upper(); openers that start with a letter start the match.
    exact = all(k.isascii() for k in shoutable) and all(o[:1].isalpha() and o.isascii() for o in openers)
    loaded = loaded_table().words
    classed = keys | lex.anchor_words | _SO_MOST
    return _Tables(
        trig=frozenset(classed | loaded),
        loaded=loaded,
        # "-iest" words are superlatives and words with an apostrophe may be contractions.
        loaded_only=frozenset(w for w in loaded - classed if "'" not in w and not w.endswith("iest")),
        locate=frozenset(lex.anchor_words | _SO_MOST),
        voice=frozenset(lex.second_person | _FIRST_KEYS | _CONTR_KEYS | _FIRST_RAW | _CONTR_RAW),
        upper_shout=frozenset(u for u in upper if u.isupper()),
        opener_first=frozenset(c for c in map(chr, range(128)) if first_re.match(c)),
        exact=exact,
    )


def _words_around(text: str, needle: str) -> Iterator[str]:
    """Each space-separated word of ``text`` containing ``needle``, once per occurrence of the word."""
    for _i, w in _indexed_words_around(text, needle):
        yield w


def _indexed_words_around(text: str, needle: str) -> Iterator[tuple[int, str]]:
    """``(index, word)`` of each single-space-separated word of ``text`` containing ``needle``."""
    find = text.find
    i = find(needle)
    pos = index = 0  # spaces counted so far: up to ``pos``
    while i >= 0:
        a = text.rfind(" ", 0, i) + 1
        b = find(" ", i)
        if b < 0:
            b = len(text)
        index += text.count(" ", pos, a)
        pos = a
        yield index, text[a:b]
        i = find(needle, b)


def _word_class_counts(
    doc: Doc, lex: Lexicon, tab: _Tables, counts: dict[str, int], loaded_cased: set[str]
) -> tuple[int, list[int]]:
    """Add the word-class counts of the body to ``counts``; return the topic count and the positions to scan.

    The positions are those of the phrase anchors worth locating and of the loaded-language
    candidates (:mod:`~mediakit.metrics.sensational.loaded`), found in one pass over the words;
    the cased forms of the candidates are added to ``loaded_cased``.

    Works on the distinct cased words (:attr:`Doc.word_counts`), lower-cased in one pass
    (``" ".join(...).lower().split()`` keeps them aligned: lower-casing adds no whitespace).
    """
    wc = doc.word_counts
    keys = list(wc)
    low = " ".join(keys).lower()
    lows = low.split()
    idx = list(compress(count(), map(tab.trig.__contains__, lows)))
    if "'" in low or "iest" in low:  # classified one by one (see the section comment)
        extra = {i for i, _w in _indexed_words_around(low, "'")}
        extra.update(i for i, w in _indexed_words_around(low, "iest") if w.endswith("iest"))
        extra.difference_update(idx)
        if extra:
            idx = sorted(extra.union(idx))
    topic = 0
    shout = tab.upper_shout.intersection(keys)  # counted over every cased word, trigger words or not
    if shout:
        counts["shouting"] = sum(map(wc.__getitem__, shout))
    if not idx:
        return topic, []
    ns = list(wc.values())
    get = counts.get
    locate = tab.locate
    loaded = tab.loaded
    loaded_only = tab.loaded_only
    anchors: set[str] = set()
    for i in idx:
        w = lows[i]
        if w in locate:
            anchors.add(w)
        if w in loaded:
            loaded_cased.add(keys[i])
            if w in loaded_only:
                continue
        info = _info(keys[i], lex)  # the cased word: "US" is never first person
        if info is None:
            continue
        cat, flags = info
        n = ns[i]
        if cat is not None:
            counts[cat] = get(cat, 0) + n
        flags &= ~_SHOUT  # shouting is counted below, over every cased word
        if flags:
            if flags & _TOPIC:
                topic += n
            for dev in _devices(flags):
                counts[dev] = get(dev, 0) + n
    cased = set(loaded_cased)  # cased words whose positions are needed
    if anchors:
        # The distinct lower-cased words: the shared Doc.lower_vocab when a family already built it.
        vocab = doc.__dict__.get("lower_vocab") or frozenset(lows)
        wanted = _anchors_present(anchors, vocab, lex)
        if wanted:
            cased.update([keys[i] for i in idx if lows[i] in wanted])
    if not cased:
        return topic, []
    # Positions of anchors and loaded words together; each reader skips the others' words.
    return topic, list(compress(count(), map(cased.__contains__, doc.words)))


def _voice_in_quotes(
    body: str, starts: list[int], ends: list[int], lex: Lexicon, tab: _Tables
) -> dict[str, int]:
    """Writer's-voice cues (second, first person, contractions) inside the direct quotes.

    The quotes are cleaned with the word rule as one text, as the per-word path does; the
    classes are read from the lower-cased words ("US" excepted from first person).
    """
    text = segment.clean_text(" ".join([body[s:e] for s, e in zip(starts, ends, strict=True)]))
    low = text.lower()
    n_of = Counter(filter(tab.voice.__contains__, low.split()))
    if "'" in low:
        voice = tab.voice
        for w in _words_around(low, "'"):
            if w not in voice:
                n_of[w] += 1
    out: dict[str, int] = {}
    for w, n in n_of.items():
        info = _info(w, lex)
        flags = info[1] & _VOICE if info is not None else 0
        if flags:
            if w == "us" and flags & _FIRST and "US" in text:
                us = text.split().count("US")  # "US" is never first person
                if us:
                    out["first_person"] = out.get("first_person", 0) + n - us
                    flags &= ~_FIRST
            for dev in _devices(flags):
                out[dev] = out.get(dev, 0) + n
    return out


def _body_counts(doc: Doc, lex: Lexicon) -> tuple[_Hits, int]:
    """:func:`body_hits` without evidence (counts only; see the section comment)."""
    tab = _tables()
    body = doc.body
    if not tab.exact or "\u212a" in body:
        return _body_hits(doc, lex, False)
    h = _Hits("body", body, False, {}, [])
    counts = h.counts
    h.loaded_cased = set()
    topic, cands = _word_class_counts(doc, lex, tab, counts, h.loaded_cased)
    h.positions = cands
    starts, ends = _direct_spans(doc)
    if starts and (counts.get("second_person") or counts.get("first_person") or counts.get("contractions")):
        # max(0, c - k1 - k2 ...) equals the per-word path's successive max(0, c - k).
        for dev, k in _voice_in_quotes(body, starts, ends, lex, tab).items():
            counts[dev] = max(0, counts.get(dev, 0) - k)
    if cands:
        for _a, _b, key, _label in _scan_at(doc.words, lex, cands):
            counts[key] = counts.get(key, 0) + 1
    if "!" in body:
        counts["exclamations"] = counts.get("exclamations", 0) + len(_EXCLAIM.findall(body))
    scare = sum(1 for q in doc.quotes if q.kind == "scare")
    if scare:
        counts["scare_quotes"] = scare
    has_q = "?" in body
    opener = lex.opener_re.match
    first = tab.opener_first
    n_fwd = n_rq = 0
    for s, e in doc.sentences:
        c = body[s]
        if (c in first or c > "\x7f") and opener(body, s):
            n_fwd += 1
        if has_q and _writers_question(body, s, e, starts, ends):
            n_rq += 1
    if n_rq:
        counts["rhetorical_questions"] = counts.get("rhetorical_questions", 0) + n_rq
    if n_fwd:
        counts["forward_references"] = counts.get("forward_references", 0) + n_fwd
    return h, topic
