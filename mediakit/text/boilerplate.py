"""Detect publisher boilerplate paragraphs (newsletter promos, share lines, source links).

A paragraph is boilerplate when it is short (at most 60 words) and matches one
of :data:`PATTERNS`. Loaders remove such paragraphs from the body and record
them in the article's ``boilerplate`` field, so nothing is lost silently.
"""

from __future__ import annotations

import re

from mediakit.text.segment import clean_words, paragraphs

PATTERNS: dict[str, re.Pattern[str]] = {
    "source_link": re.compile(r"^\W*(source|via)\s*:\s*(read|see|view)\b.*(article|story|here)\W*$", re.I),
    "read_more": re.compile(r"^\W*(read more|related|more on this|see also|watch|listen)\s*:", re.I),
    "newsletter": re.compile(
        r"(sign(ing)?[ -]?up|subscribe|register)\b.{0,80}\b(newsletters?|inbox|updates|alerts)\b"
        r"|\bnewsletters?\b.{0,80}\b(sign(ing)?[ -]?up|subscribe|inbox)\b"
        r"|delivered (straight|direct(ly)?) to your inbox",
        re.I,
    ),
    "share": re.compile(
        r"^\W*(share|tweet|email|print|pin)( (this|the))?( (article|story|page|post))?"
        r"( (on|via|with) [\w ]{1,30})?\W*$",
        re.I,
    ),
    "follow": re.compile(r"^\W*(follow|like|join) us on\b", re.I),
    "click_here": re.compile(r"^\W*click here\b", re.I),
    "advertisement": re.compile(r"^\W*(advertisement|sponsored( content)?|promoted)\W*$", re.I),
    "copyright": re.compile(r"^\W*(©|\(c\)|copyright\b)", re.I),
    "app_promo": re.compile(r"\bdownload (the|our) [\w ]{0,20}app\b", re.I),
    "privacy_notice": re.compile(r"we use your sign-?up to provide content", re.I),
}
MAX_WORDS = 60
#: Speed only (issue 6): literals the unanchored patterns cannot match without. They are
#: looked for in the lower-cased paragraph first, so the slow patterns run on few paragraphs.
#: Results are identical (characters that ``re.I`` folds onto i or s disable the shortcut).
_NEEDS: dict[str, tuple[str, ...]] = {
    "newsletter": ("newsletter", "inbox", "updates", "alerts"),
    "app_promo": ("download",),
    "privacy_notice": ("we use your",),
}
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")
#: Speed only: every pattern anchored at the paragraph start, as one alternation. It matches
#: exactly when one of them does, so most paragraphs are cleared with one regex call.
_ANCHORED = re.compile(
    "|".join(f"(?:{p.pattern})" for p in PATTERNS.values() if p.pattern.startswith("^")), re.I
)
#: Literals one of which every pattern not anchored at the start needs (each has :data:`_NEEDS`).
_UNANCHORED_NEEDS = tuple(w for name, p in PATTERNS.items() if not p.pattern.startswith("^") for w in _NEEDS[name])


def boilerplate_kind(paragraph: str) -> str | None:
    """Return the pattern name if ``paragraph`` is boilerplate, else ``None``."""
    low = paragraph.lower()
    exact = not paragraph.isascii() and any(c in paragraph for c in _FOLDS_TO_ASCII)
    if (
        not exact
        and _ANCHORED.match(paragraph) is None
        and not any(w in low for w in _UNANCHORED_NEEDS)
    ):
        return None
    for name, pattern in PATTERNS.items():
        needs = _NEEDS.get(name)
        if needs is not None and not exact and not any(w in low for w in needs):
            continue
        if pattern.search(paragraph):
            return None if len(clean_words(paragraph)) > MAX_WORDS else name
    return None


def strip_boilerplate(body: str) -> tuple[str, list[str]]:
    """Remove boilerplate paragraphs from ``body``.

    Returns:
        ``(clean_body, removed)``: the kept paragraphs joined by a blank line,
        and the removed paragraphs in order.
    """
    kept: list[str] = []
    removed: list[str] = []
    for s, e in paragraphs(body):
        para = body[s:e]
        (removed if boilerplate_kind(para) else kept).append(para)
    return "\n\n".join(kept), removed
