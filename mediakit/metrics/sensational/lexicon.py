"""Sensational lexicon: the shipped word lists and their compiled, matchable form.

``mediakit/data/sensational_lexicon.json`` (written for this project, same licence as
mediakit) lists six emotive categories (fear, violence, outrage, shock, tragedy,
hyperbole: ``words``, ``verbs`` with generated inflections, ``nouns`` with plurals,
``phrases``), the device word lists (intensifiers, superlatives, second person,
forward-reference openers and teasers, list nouns, acronyms), the hard-news
``topic`` list (war, crime, disaster), which enters no score, and the ``subjects``
list (politics, economy, health), which the headline model gives no weight.
:func:`lexicon` loads and compiles it once per process; matching ignores case,
hyphens and apostrophes (:func:`_norm`).

References: Hutto & Gilbert (2014), VADER, ICWSM (booster list, MIT); Chakraborty,
Paranjape, Kakarla & Ganguly (2016), Stop Clickbait, ASONAM (cue list).
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

CATEGORIES = ("fear", "violence", "outrage", "shock", "tragedy", "hyperbole")


def _norm(word: str) -> str:
    """Look-up key of a word: lower case, hyphens and apostrophes removed."""
    return word.lower().replace("-", "").replace("'", "").replace("\u2019", "")


def verb_forms(verb: str) -> set[str]:
    """Regular inflections of a verb: -s, -ed, -ing (y to i, e-drop, consonant doubling).

    Over-generation is harmless (a non-word never matches).
    """
    out = {verb}
    if verb.endswith(("s", "x", "z", "ch", "sh")):
        out.add(verb + "es")
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        out.add(verb[:-1] + "ies")
    else:
        out.add(verb + "s")
    if verb.endswith("e"):
        out |= {verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        out |= {verb[:-1] + "ied", verb + "ing"}
    else:
        out |= {verb + "ed", verb + "ing"}
        if len(verb) >= 3 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
            out |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return out


def noun_forms(noun: str) -> set[str]:
    """Singular and regular plural of a noun."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return {noun, noun + "es"}
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return {noun, noun[:-1] + "ies"}
    return {noun, noun + "s"}


def phrase_forms(phrase: str) -> set[str]:
    """Expand ``{v}`` tokens of a lexicon phrase into every verb form."""
    forms = [""]
    for tok in phrase.lower().split():
        alts = sorted(verb_forms(tok[:-3])) if tok.endswith("{v}") else [tok]
        forms = [f"{f} {a}".strip() for f in forms for a in alts]
    return set(forms)


def _trie_regex(phrases: Iterable[str]) -> str:
    """A regex alternation shaped as a character trie (fails fast on non-matches)."""
    trie: dict[str, Any] = {}
    for p in phrases:
        node = trie
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = []
        optional = "" in node
        for ch in sorted(k for k in node if k):
            if ch == " ":
                piece = r"[\s\-\u2010\u2013]+"
            elif ch == "'":
                piece = "['\u2019]?"
            else:
                piece = re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return emit(trie)


def _raw_variants(token: str) -> set[str]:
    """Lower-case forms a lexicon token takes among textstat words (straight apostrophe kept, curly dropped)."""
    t = token.lower().replace("\u2019", "'").replace("-", "")
    return {t, t.replace("'", "")}


#: Phrase pattern: tokens (normalised keys, "*" = up to two words), anchor offset, kind,
#: label, and the raw forms each fixed token may take (to skip phrases whose words are absent).
_Pattern = tuple[tuple[str, ...], int, str, str, tuple[frozenset[str], ...]]

# Bit flags of a word's device classes (see :func:`_classify`).


@dataclass(frozen=True)
class Lexicon:
    """The compiled lexicon (see ``mediakit/data/sensational_lexicon.json``)."""

    version: str
    words: dict[str, str]  # normalised word -> category
    intensifiers: frozenset[str]
    so_exclusions: frozenset[str]
    superlatives: frozenset[str]
    not_superlative: frozenset[str]
    most_quantity: frozenset[str]
    second_person: frozenset[str]
    openers: frozenset[str]
    time_words: frozenset[str]
    listicle_nouns: frozenset[str]
    number_words: frozenset[str]
    acronyms: frozenset[str]
    shout_words: frozenset[str]
    topic: frozenset[str]
    subjects: frozenset[str]  # politics, economy, health: no weight in the headline model
    context: dict[str, Any]  # loaded-language context rules (the ``loaded_context`` section)
    anchors: dict[str, tuple[_Pattern, ...]]  # raw lower anchor word -> patterns
    anchor_words: frozenset[str]  # the keys of ``anchors`` (set-set intersection with a text's words)
    #: anchor -> (word sets of its phrases with one form per word, per-word form sets of the others)
    anchor_needs: dict[str, tuple[tuple[frozenset[str], ...], tuple[tuple[frozenset[str], ...], ...]]]
    teaser_re: re.Pattern[str]
    opener_re: re.Pattern[str]
    opener_phrases: tuple[str, ...]  # the phrases of ``opener_re``


def _anchor(tokens: tuple[str, ...], common: frozenset[str]) -> int:
    """Index of the token a phrase is found by.

    The first token for gapped phrases; otherwise the rarest-looking one: a
    word outside the Dale-Chall easy list if there is one, the longest first.
    """
    if "*" in tokens:
        return 0
    return max(range(len(tokens)), key=lambda i: (tokens[i] not in common, len(tokens[i]), -i))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and compile the shipped lexicon (once per process)."""
    ref = importlib.resources.files("mediakit").joinpath("data/sensational_lexicon.json")
    with ref.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    words: dict[str, str] = {}
    easy = frozenset(_easy_words())
    anchors: dict[str, list[_Pattern]] = {}
    seen: set[tuple[str, ...]] = set()

    def add_phrase(p: str, kind: str, label: str) -> None:
        for form in sorted(phrase_forms(p)):
            tokens = tuple("*" if t == "*" else _norm(t) for t in form.split())
            if tokens in seen:
                continue
            seen.add(tokens)
            a = _anchor(tokens, easy)
            raw_toks = form.split()
            need = tuple(frozenset(_raw_variants(t)) for t in raw_toks if t != "*")
            for v in _raw_variants(raw_toks[a]):
                anchors.setdefault(v, []).append((tokens, a, kind, label, need))

    for cat in CATEGORIES:
        spec = raw["categories"][cat]
        forms: set[str] = set(spec.get("words", []))
        for v in spec.get("verbs", []):
            forms |= verb_forms(v)
        for n in spec.get("nouns", []):
            forms |= noun_forms(n)
        for w in sorted(forms):
            words.setdefault(_norm(w), cat)
        for p in spec.get("phrases", []):
            add_phrase(p, "category", cat)
    for p in raw["framing"]["phrases"]:
        add_phrase(p, "dramatic_framing", "dramatic framing")
    inten = raw["intensifiers"]
    sup = raw["superlatives"]
    fwd = raw["forward_reference"]
    common = (
        _easy_words()
        | set(words)
        | {
            _norm(w)
            for w in [*raw["acronyms"]["shouting_extra"], *inten["vader"], *inten["words"], *sup["words"]]
        }
    )
    teasers = sorted({p.lower() for p in fwd["phrases"]}, key=len, reverse=True)
    openers = sorted(
        {
            p.lower()
            for p in fwd["phrases"]
            if p.split()[0] in ("this", "here's", "heres", "here", "you", "what", "and", "wait", "guess")
        }
    )
    return Lexicon(
        version=raw["version"],
        words=words,
        intensifiers=frozenset(_norm(w) for w in [*inten["vader"], *inten["words"]]) - {"so"},
        so_exclusions=frozenset(inten["so_exclusions"]),
        superlatives=frozenset(_norm(w) for w in sup["words"]),
        not_superlative=frozenset(_norm(w) for w in sup["not_superlative"]),
        most_quantity=frozenset(sup["most_quantity"]),
        second_person=frozenset(_norm(w) for w in raw["second_person"]["words"]),
        openers=frozenset(_norm(w) for w in fwd["openers"]),
        time_words=frozenset(_norm(w) for w in fwd["time_words"]),
        listicle_nouns=frozenset(_norm(w) for w in raw["listicle_nouns"]["words"]),
        number_words=frozenset(raw["number_words"]),
        acronyms=frozenset(_norm(w) for w in raw["acronyms"]["words"]),
        shout_words=frozenset(common),
        topic=frozenset(_norm(w) for w in raw["topic"]["words"]),
        subjects=frozenset(_norm(w) for w in raw["subjects"]["words"]),
        context=raw["loaded_context"],
        anchors={k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in anchors.items()},
        anchor_words=frozenset(anchors),
        anchor_needs={k: _needs(v) for k, v in anchors.items()},
        teaser_re=re.compile(r"\b" + _trie_regex(teasers) + r"\b", re.I),
        opener_re=re.compile(r"[\"'“‘(\[]*(?:" + _trie_regex(openers) + r")\b", re.I),
        opener_phrases=tuple(openers),
    )


def _needs(
    patterns: Iterable[_Pattern],
) -> tuple[tuple[frozenset[str], ...], tuple[tuple[frozenset[str], ...], ...]]:
    """Split the word needs of an anchor's phrases: one form per word (a subset test) or several."""
    plain = tuple(frozenset(min(v) for v in p[4]) for p in patterns if all(len(v) == 1 for v in p[4]))
    other = tuple(p[4] for p in patterns if any(len(v) != 1 for v in p[4]))
    return plain, other


def _easy_words() -> set[str]:
    from mediakit.metrics.readability import easy_words

    return set(easy_words())
