"""Noun-phrase and source extraction: the source span of each cue."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mediakit.text.parse import Doc

if TYPE_CHECKING:
    pass
from mediakit.metrics.sourcing.classify import _classify, _names, _surname, _unnamed
from mediakit.metrics.sourcing.cues import _BARE_PLURAL, _NO_SOURCE, _NO_SOURCE_OTHER, Attribution, Source
from mediakit.metrics.sourcing.lexicon import AUX, DETERMINERS, PRONOUNS, ROLE_WORDS
from mediakit.metrics.sourcing.resolve import _last_person

_RIGHT_STOP = re.compile(
    r"[,;:!?()\"“”]|\.(?:\s|$)|\s(?:who|which|that|as|and\s+(?:said|added))\s", re.IGNORECASE
)


_SUBJECT_END = frozenset(
    """are is was were has have had will would can could may might should must shall to did does
    do who which that am 's ’s""".split()
)


def _subject_prefix(np: str) -> str:
    """Words before the first auxiliary ("guards are heading to court to demand" -> "guards")."""
    words = np.split()
    for i, w in enumerate(words):
        if i and w.lower() in _SUBJECT_END:
            return " ".join(words[:i])
    return np


def _strip_aux(text: str) -> str:
    words = text.split()
    while words and (
        words[-1].lower() in AUX
        or (words[-1].lower().endswith("ly") and not (len(words) > 1 and words[-2].lower() in DETERMINERS))
    ):  # an adverb ("later", "publicly"), not a noun after a determiner ("the family")
        words.pop()
    return " ".join(words)


_APPOSITIVE_OPENERS = frozenset(
    "who which whose a an the now then also speaking in at on for when after like as his her their its".split()
)
#: Everything up to the last clause boundary before a cue (one match instead of a scan).
_LAST_STOP = re.compile(
    r"(?s:.*)(?:[,.;:!?\"“”—]|\s-\s|\b(?:that|because|while|when|after|before|if|and|but|as|so|or|since"
    r"|although|though|where|whom)\b)",
    re.IGNORECASE,
)


#: Clause-initial prepositions whose object is an adverbial, not the subject ("Since the war ...").
_ADVERBIAL_WORDS = frozenset("since after before during amid despite following throughout until".split())
_NP_STARTERS = frozenset(
    """the a an this these those hundreds thousands dozens millions many some most several few both
    all two three four five six seven eight nine ten his her their its our my officials he she they
    we i""".split()
)
_ADVERBIAL_MAXLEN = max(map(len, _ADVERBIAL_WORDS))
_NP_LINKS = frozenset("of to in on at for from by with and or as than".split())
_TOKEN = re.compile(r"\S+")


def _after_adverbial(region: str, cut_at_preposition: bool) -> int:
    """Offset in ``region`` of the subject after a clause-initial adverbial, or 0.

    ``cut_at_preposition``: the preposition ("Since") was already cut off;
    otherwise the region must start with one ("During the war officials ...").
    """
    toks = list(_TOKEN.finditer(region))
    first = 1
    if not cut_at_preposition:
        if not toks or toks[0].group().lower() not in _ADVERBIAL_WORDS:
            return 0
        first = 2
    for i in range(first, len(toks)):
        w = toks[i].group()
        prev = toks[i - 1].group()
        low_prev = prev.lower()
        if low_prev in _NP_LINKS or low_prev in DETERMINERS or low_prev in _ADVERBIAL_WORDS:
            continue
        if w.lower() in _NP_STARTERS or (w[:1].isupper() and (prev[:1].isdigit() or not prev[:1].isupper())):
            return toks[i].start()
    return 0


def _left_subject(left: str) -> tuple[str, int, str]:
    """Return ``(np, offset_in_left, appositive)`` for the subject ending ``left``."""
    core = left.rstrip()
    appositive = ""
    if core.endswith(","):
        segs = core[:-1].split(",")
        if len(segs) > 1:
            last = segs[-1].strip()
            first = last.split(" ", 1)[0].lower() if last else ""
            if first in _APPOSITIVE_OPENERS or last[:1].islower():
                appositive = last
                core = ",".join(segs[:-1])
            else:
                core = ",".join(segs)
        else:
            core = core[:-1]
    # the clause holding the cue: after the last comma, clause word or quote
    last_stop = _LAST_STOP.match(core)
    cut = last_stop.end() - 1 if last_stop else -1
    region = core[cut + 1 :]
    lead = core[: cut + 1].strip()
    # lower() never shortens a string: a longer lead cannot be an adverbial word
    lead_adverbial = len(lead) <= _ADVERBIAL_MAXLEN and lead.lower() in _ADVERBIAL_WORDS
    if lead_adverbial or region.lstrip().split(" ", 1)[0].lower() in _ADVERBIAL_WORDS:
        cut += _after_adverbial(region, lead_adverbial)  # "Since X, hundreds of guards ..."
        region = core[cut + 1 :]
    # _strip_aux, then _subject_prefix unless anonymous, then the last 8 words, on one word list
    words = region.split()
    while words:
        w = words[-1].lower()
        if w in AUX or (w.endswith("ly") and not (len(words) > 1 and words[-2].lower() in DETERMINERS)):
            words.pop()
        else:
            break
    if not _unnamed(" ".join(words)):
        for i in range(1, len(words)):
            if words[i].lower() in _SUBJECT_END:
                words = words[:i]
                break
    if not words:
        return "", -1, appositive
    np = " ".join(words[-8:])
    return np, core.find(np, cut + 1), appositive


def _right_np(right: str) -> tuple[str, int]:
    """Noun phrase at the start of ``right`` (after "according to" or an inverted cue)."""
    lead = len(right) - len(right.lstrip())
    text = right.lstrip()
    m = _RIGHT_STOP.search(text)
    np = text[: m.start()] if m else text
    words = np.split()
    if len(words) > 10:
        np = " ".join(words[:10])
    np = np.rstrip()
    return np, lead if np else -1


_AFTER_CUE = re.compile(r"\s*(?:[\w'’-]+ing\s+)?(?:(?:between|of|with|from|by|that|and|to)\s+)?")

_MEDIUM_TAIL = re.compile(r"\s(?:with|on|to|that)\s")
_APPOSITIVE_TAIL = re.compile(r"\s*,\s*((?:a|an|the)\s[^,.;]*)")
_INVERTED_START = re.compile(r"\s*(?:[A-Z]|the\s|a\s|an\s|one\s|another\s)")


def _source(
    doc: Doc, att: Attribution, persons: dict[str, str], index: tuple[list[int], list[str]], floor: int = -1
) -> Source:
    body = doc.body
    k = att.sentence
    s0, e0 = doc.sentences[k] if doc.sentences else (0, len(body))
    if att.label.startswith("hedge:"):
        kind_label = att.label[6:]
        if kind_label == "bare_plural":
            m = _BARE_PLURAL.search(body, max(0, att.start - 40), att.start)
            if m:
                w = m.group(1)
                return Source(w, m.start(1), m.end(1), "vague", ROLE_WORDS.get(w.lower(), "unknown"), "")
        if kind_label == "some_say":
            w = att.cue.split()[0]
            return Source(w, att.start, att.start + len(w), "vague", ROLE_WORDS.get(w.lower(), "unknown"), "")
        return _NO_SOURCE
    if att.label == "according_to" or att.label == "medium":
        if att.label == "medium":
            np, off = _right_np(body[att.end : e0])
            np = _MEDIUM_TAIL.split(np, maxsplit=1)[0]
        else:
            np, off = _right_np(body[att.end : e0])
        if not np:
            return _NO_SOURCE
        start = att.end + off
        tail = body[start + len(np) : e0]
        m = _APPOSITIVE_TAIL.match(tail)
        cls, kind, key = _classify(np, m.group(1) if m else "", persons)
        if att.label == "medium" and cls not in ("named", "organisation"):
            cls = "document"
        return Source(np, start, start + len(np), cls, kind, key)
    if s0 < floor <= att.start:  # a subject never starts before an earlier cue of the sentence
        lead = _AFTER_CUE.match(body, floor, att.start)
        s0 = lead.end() if lead else floor
    if att.label == "colon" and att.cue != ":":
        label = att.cue.rstrip(":").strip()
        cls, kind, key = _classify(label, "", persons)
        if cls == "organisation" and kind == "organisation" and label.isupper():
            cls, kind, key = "named", "unknown", _surname(label)  # a transcript speaker ("WALLACE:")
        return Source(label, att.start, att.start + len(label), cls, kind, key)
    left = body[s0 : att.start]
    inverted = False
    appositive = ""
    np, off = "", -1
    if _INVERTED_START.match(body, att.end, e0):  # same as on body[att.end:e0] (no anchor)
        right = body[att.end : e0]
        stripped = left.rstrip()
        rnp, roff = _right_np(right)
        ok = bool(rnp) and len(rnp.split()) <= 8 and not any(w.lower() in _SUBJECT_END for w in rnp.split())
        if ok and (not stripped or stripped.endswith(("”", '"', "’", "”,", '",', "’,"))):
            inverted = True
        elif ok and stripped.endswith(","):
            lnp, _, _ = _left_subject(left)
            inverted = not lnp or not (_names(lnp) or any(w.lower() in ROLE_WORDS for w in lnp.split()))
        if inverted:
            np, off = rnp, roff
            start = att.end + off
            tail = right[off + len(rnp) :]
            m = _APPOSITIVE_TAIL.match(tail)
            appositive = m.group(1) if m else ""
    if not inverted:
        np, off, appositive = _left_subject(left)
        start = s0 + off
    if not np or off < 0:
        return _NO_SOURCE_OTHER
    words = np.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        low = words[0].lower()
        if low in ("he", "she"):
            key = _last_person(index, start)
            if key:
                kind = persons.get(key, "unknown")
                return Source(np, start, start + len(np), "named", kind, key)
        return Source(np, start, start + len(np), "role", "unknown", "")
    cls, kind, key = _classify(np, appositive, persons)
    return Source(np, start, start + len(np), cls, kind, key)
