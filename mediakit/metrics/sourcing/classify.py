"""Source classification: a source noun phrase to its class, kind and merge key."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from mediakit.memo import Memo, memo

if TYPE_CHECKING:
    pass
from mediakit.metrics.sourcing.cues import _WORD, Attribution
from mediakit.metrics.sourcing.lexicon import (
    CITED_CUE_TYPES,
    COUNTRIES,
    DOCUMENT_WORDS,
    INSTITUTIONS,
    KIND_PRIORITY,
    MEDIA_NAMES,
    MEDIA_PEOPLE,
    NAME_STOP,
    NOT_PERSON_ER,
    ORG_SUFFIXES,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_WORDS,
    TITLES,
)

_NAME = re.compile(
    r"(?<![\w'’.-])(?:(?:[A-Z][\w'’-]*\.?|de|van|von|al|bin|la|le|del|da)[ \t]+)*[A-Z][\w'’-]*\w"
)
#: :data:`_NAME` with possessive quantifiers where backtracking cannot succeed (same matches; see
#: :data:`_FULL_NAME_FAST`).
_NAME_FAST = re.compile(
    r"(?<![\w'’.-])(?:(?:[A-Z][\w'’-]*+\.?+|de|van|von|al|bin|la|le|del|da)[ \t]++)*[A-Z][\w'’-]*\w"
)
_FULL_NAME = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?)*[ \t]+[A-Z][\w'’-]*\w")
#: :data:`_FULL_NAME` with possessive quantifiers where backtracking can never succeed (same
#: matches, less backtracking): inside a name token ``[\w'’-]*`` is only ever followed by ``.``,
#: a blank or ``[A-Z]`` after a blank, none of which it can give back; the last token keeps its
#: backtracking (it must end on ``\w``), and so does the repetition of tokens.
_FULL_NAME_FAST = re.compile(
    r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*+\.?+(?:[ \t]++[A-Z][\w'’-]*+\.?+)*[ \t]++[A-Z][\w'’-]*\w"
)
_CAP_TOKEN = re.compile(r"[A-Z][\w'’.-]*")

# ---------------------------------------------------------------------------

_UNNAMED_RE = re.compile(
    r"\b(?:sources?\s+(?:close\s+to|familiar\s+with|with\s+knowledge)|(?:person|people|someone|one)\s+"
    r"(?:familiar\s+with|briefed\s+on|close\s+to|with\s+knowledge)|insiders?|sources?$|(?:a|an|one|two|three|four|several|"
    r"some|senior|top|other|another|many|unnamed|anonymous)\s+(?:[\w-]+\s+){0,3}?(?:officials?|aides?|advis[eo]rs?|"
    r"staffers?|sources?|diplomats?|executives?|insiders?|members?|strategists?|operatives?|donors?|people))\b",
    re.IGNORECASE,
)
#: Every :data:`_UNNAMED_RE` match contains one of these (lower-cased): a cheap pre-filter.
_UNNAMED_HINT = re.compile(
    "source|official|people|aide|advis|insider|member|familiar|briefed|close|knowledge|staffer|diplomat"
    "|executive|strategist|operative|donor"
)


def _unnamed(np: str) -> bool:
    """True when ``np`` reads as an anonymous source (:data:`_UNNAMED_RE`)."""
    return _UNNAMED_HINT.search(np.lower()) is not None and _UNNAMED_RE.search(np) is not None


_POSSESSIVE = re.compile(r"['’]s$")


def _names(np: str) -> tuple[str, ...]:
    """Person-like capitalised sequences (two tokens or more, or a title plus a name; memoised)."""
    return _NAMES.get(np, _find_names)


def _find_names(np: str) -> tuple[str, ...]:
    """:func:`_names` without the memo."""
    if np.islower():  # no capital letter: no :data:`_NAME` match
        return ()
    out: list[str] = []
    for m in _NAME_FAST.finditer(np):
        raw = m.group().split()
        for i in range(len(raw) - 1):
            t = raw[i]
            if t.endswith(".") and len(t) > 2 and t.rstrip(".") not in TITLES:
                raw = raw[: i + 1]
                break
        toks = [t.rstrip(".") for t in raw]
        while toks and toks[-1] in NAME_STOP:
            toks.pop()
        titled = bool(toks) and (toks[0] in TITLES or toks[0].lower() in ROLE_WORDS)
        i = 0
        while i < len(toks) and (toks[i] in NAME_STOP or toks[i] in TITLES or toks[i].lower() in ROLE_WORDS):
            i += 1
        if i == len(toks):
            continue
        if i:
            toks = toks[i:]
        for t in toks:  # an organisation, place or outlet word, a role word or an acronym: not a person
            if t in _NOT_NAME_TOKENS or t.lower() in ROLE_WORDS or (t.isupper() and len(t) > 1):
                break
        else:
            if len(toks) >= 2 or titled:
                out.append(" ".join(toks))
    return tuple(out)


#: :func:`_find_names` by phrase (memoised).
_NAMES: Memo[str, tuple[str, ...]] = memo("person names in a phrase")


_NOT_NAME_TOKENS = ORG_SUFFIXES | COUNTRIES | MEDIA_NAMES


def _surname(name: str) -> str:
    return _POSSESSIVE.sub("", name.split()[-1]).lower()


def _kind_of(words: list[str]) -> str:
    found = {ROLE_WORDS[w] for w in words if w in ROLE_WORDS}
    for kind in KIND_PRIORITY:
        if kind in found:
            return kind
    return "unknown"


_PREP_SPLIT = re.compile(r"\s(?:of|in|at|from|on|for|with|about|over|under|by)\s")


#: :func:`_classify_static` by ``(np, context)`` (memoised).
_CLASSIFY_MEMO: Memo[tuple[str, str], tuple[Any, ...]] = memo("source noun phrase plan")


def _classify(np: str, context: str, persons: dict[str, str]) -> tuple[str, str, str]:
    """Return ``(source_class, source_kind, key)`` for a source noun phrase.

    Everything that does not depend on ``persons`` (the article's named people)
    is computed once per distinct ``(np, context)`` by :func:`_classify_static`
    and memoised; only the look-ups in ``persons`` run per call.
    """
    plan = _CLASSIFY_MEMO.get((np, context), _classify_static_pair)
    tag = plan[0]
    if tag == "named":  # a person's name: merge its kind with the article's record of that surname
        key, kind = plan[1], plan[2]
        if persons.get(key, "unknown") == "unknown":
            persons[key] = kind
        elif kind == "unknown":
            kind = persons[key]
        return "named", kind, key
    if tag == "caps":  # a capitalised token that is a known surname of the article
        for key in plan[1]:
            if key in persons:
                return "named", persons[key], key
        return plan[2]  # type: ignore[no-any-return]
    return plan[1]  # type: ignore[no-any-return]


def _classify_static_pair(key: tuple[str, str]) -> tuple[Any, ...]:
    return _classify_static(*key)


def _classify_static(np: str, context: str) -> tuple[Any, ...]:
    """The ``persons``-independent part of :func:`_classify`, as a plan.

    ``("fixed", result)``; ``("named", key, kind)`` for a name; or
    ``("caps", keys, result)``: ``result`` unless one of ``keys`` (the
    surname keys of the capitalised tokens, in order, countries left out) is a
    person of the article.
    """
    pos = _POSSESSIVE_IN.search(np)
    if pos:  # "Putin's invasion ..." is about the invasion, not Putin
        np = np[pos.end() :]
    head = (
        _PREP_SPLIT.split(np, maxsplit=1)[0] if np[:1].islower() or np.split(" ", 1)[0] in NAME_STOP else np
    )
    low_words = [w.lower().strip("’'") for w in _WORD.findall(head)]
    ctx_words = [w.lower() for w in _WORD.findall(context)]
    kind = _kind_of(low_words + ctx_words)
    if len(low_words) == 1 and low_words[0] in PRONOUNS:
        return ("fixed", ("role", "unknown", ""))
    names = _names(head)
    if not names and _unnamed(np):
        return ("fixed", ("unnamed", kind, np.lower()))
    if names:
        return ("named", _surname(names[-1]), kind)
    caps = [t for t in _CAP_TOKEN.findall(head) if t not in NAME_STOP and not t[0].isdigit()]
    keys = tuple(_POSSESSIVE.sub("", t.rstrip(".")).lower() for t in caps if t not in COUNTRIES)
    return ("caps", keys, _classify_rest(np, caps, low_words, kind))


def _classify_rest(np: str, caps: list[str], low_words: list[str], kind: str) -> tuple[str, str, str]:
    """:func:`_classify` for a phrase with no name and no capitalised token that is a known person."""
    last = low_words[-1] if low_words else ""
    if last in DOCUMENT_WORDS or any(w in DOCUMENT_WORDS for w in low_words[-2:]):
        return "document", kind if kind != "unknown" else ("media" if caps else "unknown"), np.lower()
    if any(t in MEDIA_NAMES for t in caps) and not any(w in MEDIA_PEOPLE for w in low_words):
        return "organisation", "media", " ".join(caps).lower()
    if low_words and low_words[-1] not in INSTITUTIONS and _person_noun(low_words[-1]):
        return "role", kind, np.lower()  # "the campaign manager": the head is a person
    if any(w in INSTITUTIONS for w in low_words):
        return "organisation", kind, np.lower()
    if low_words and (
        _person_noun(low_words[-1])
        or any((w in PERSON_NOUNS or w in ROLE_WORDS) and _person_noun(w) for w in low_words[:-1])
    ):  # a person, role or group head ("a spokesman", "officials", "hundreds of guards")
        return "role", kind, np.lower()
    if caps:
        org_kind = _kind_of([t.lower() for t in caps])
        if any(t in MEDIA_NAMES for t in caps):
            org_kind = "media"
        elif any(t in COUNTRIES for t in caps):
            org_kind = "official"
        return "organisation", org_kind if org_kind != "unknown" else "organisation", " ".join(caps).lower()
    return "other", kind, np.lower()


def _person_noun(word: str) -> bool:
    """True for a person, role or group noun ("spokesman", "lawyers", "guards", "voters")."""
    if word in ROLE_WORDS:
        return ROLE_WORDS[word] != "organisation" and word not in INSTITUTIONS and word not in DOCUMENT_WORDS
    if word in PERSON_NOUNS:
        return True
    if word in NOT_PERSON_ER or len(word) < 5:
        return False
    return word.endswith(
        ("ist", "ists", "ian", "ians", "man", "men", "woman", "women", "er", "ers", "or", "ors")
    )


def _cited(att: Attribution) -> bool:
    """True when an analyst would call the row a cited source (see module docstring)."""
    cls = att.source.source_class
    if att.cue_type == "hedge" or cls == "document":
        return True
    if att.cue_type not in CITED_CUE_TYPES:
        return False
    return not (cls == "other" and att.source.start >= 0)  # "The latest case highlights"


_POSSESSIVE_IN = re.compile(r"['’]s\s+(?=\S)")
