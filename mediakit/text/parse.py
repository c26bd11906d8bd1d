"""Parse an article once: the single parsed representation every metric family shares.

:func:`parse` runs the segmenters of :mod:`mediakit.text.segment` exactly once
per article and stores paragraphs, sentences, words and syllables. Offsets
that only evidence needs (word spans, quotes) are computed on first use and
cached on the :class:`Doc`, never recomputed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, chain, pairwise
from typing import Any

from mediakit.text import segment
from mediakit.text.quotes import Quote, find_quotes
from mediakit.text.segment import Span
from mediakit.text.syllables import count_syllables

#: Bodies of at least this many words with no sentence punctuation are flagged
#: as unpunctuated (textstat issue 194: one 600-word "sentence", FKGL 259).
UNPUNCTUATED_MIN_WORDS = 60


@dataclass(eq=False)
class Doc:
    """One parsed article. Build it with :func:`parse`, not directly.

    Attributes:
        body: The article body; every offset refers to it.
        title: The headline (parsed separately, never merged into the body).
        paragraphs: ``(start, end)`` of each paragraph.
        sentences: ``(start, end)`` of each sentence, in order.
        sentence_paragraph: Index of the paragraph holding each sentence.
        sentence_word_offsets: Index in :attr:`words` of each sentence's first word.
        words: All words of the body, in order (textstat word rule).
        n_tokens: Whitespace tokens, punctuation-only tokens included (ARI).
        n_letters: Letters (textstat ``letter_count``).
        n_chars: Non-whitespace characters (textstat ``char_count``).
        unpunctuated: True when the body has many words but no sentence stop.
        meta: Loader information (e.g. removed ``boilerplate``).

    Derived views (:attr:`sentence_words`, :attr:`syllables`,
    :attr:`lower_words`, :attr:`lower_vocab`, :attr:`word_spans`, :attr:`word_counts`, :attr:`quotes`) are computed
    on first use and cached, never recomputed; so are the offset tokens of a span (:meth:`tokens`).
    """

    body: str
    title: str
    paragraphs: list[Span]
    sentences: list[Span]
    sentence_paragraph: list[int]
    sentence_word_offsets: list[int]
    words: list[str]
    n_tokens: int
    n_letters: int
    n_chars: int
    unpunctuated: bool
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def n_words(self) -> int:
        """Number of words in the body."""
        return len(self.words)

    @property
    def n_sentences(self) -> int:
        """Number of sentences in the body."""
        return len(self.sentences)

    def sentence_text(self, i: int) -> str:
        """Return the text of sentence ``i``."""
        s, e = self.sentences[i]
        return self.body[s:e]

    @cached_property
    def sentence_lengths(self) -> list[int]:
        """Words per sentence."""
        bounds = [*self.sentence_word_offsets, len(self.words)]
        return [b - a for a, b in pairwise(bounds)]

    @cached_property
    def sentence_words(self) -> list[list[str]]:
        """Words of each sentence."""
        bounds = [*self.sentence_word_offsets, len(self.words)]
        return [self.words[a:b] for a, b in pairwise(bounds)]

    @cached_property
    def syllables(self) -> list[int]:
        """Syllable count of each word in :attr:`words`."""
        return [count_syllables(w) for w in self.words]

    @cached_property
    def word_counts(self) -> Counter[str]:
        """Occurrences of each distinct word (case kept), for per-vocabulary work."""
        return Counter(self.words)

    @cached_property
    def lower_words(self) -> list[str]:
        """Lower-cased words (shared by lexicon look-ups), aligned with :attr:`words`."""
        return " ".join(self.words).lower().split()

    @cached_property
    def lower_vocab(self) -> frozenset[str]:
        """Distinct lower-cased words (shared by set look-ups of several families)."""
        return frozenset(self.lower_words)

    @cached_property
    def word_spans(self) -> list[tuple[int, int]]:
        """Character span of each word of :attr:`words`, aligned index by index."""
        spans = [(s, e) for s, e, _ in segment.token_spans(self.body)]
        if len(spans) != len(self.words):  # pragma: no cover - invariant
            raise AssertionError("word spans out of step with words")
        return spans

    @cached_property
    def quotes(self) -> list[Quote]:
        """Paired double quotations of the body, direct or scare (:func:`mediakit.text.quotes.find_quotes`)."""
        return find_quotes(self.body, self.paragraphs)

    @cached_property
    def title_words(self) -> list[str]:
        """Words of the headline (textstat word rule)."""
        return segment.clean_words(self.title)

    @cached_property
    def lower_title_words(self) -> list[str]:
        """Lower-cased words of the headline."""
        return [w.lower() for w in self.title_words]


def parse(body: str, title: str = "") -> Doc:
    """Segment one article into paragraphs, sentences, words and syllables.

    This is the only place mediakit segments text; metric families receive the
    returned :class:`Doc`.

    Args:
        body: Article body (headline excluded).
        title: Headline, kept apart so it never merges with the first sentence.

    Returns:
        The parsed article.
    """
    body = body if isinstance(body, str) else ""
    title = title if isinstance(title, str) else ""
    paras = segment.paragraphs(body)
    spans, owner = segment.split_body(body, paras)
    # The sentence spans hold every non-whitespace character of the body and sentence breaks
    # fall on whitespace, so the spans' tokens and characters are the body's.
    per_sentence, n_tokens, n_chars = segment.sentence_words(body, spans)
    lengths = list(map(len, per_sentence))
    if 0 in lengths:  # a stray "—" line is not a sentence
        keep = [i for i, n in enumerate(lengths) if n]
        spans = [spans[i] for i in keep]
        owner = [owner[i] for i in keep]
        lengths = [lengths[i] for i in keep]
    words = list(chain.from_iterable(per_sentence))
    offsets = list(accumulate(lengths[:-1], initial=0)) if lengths else []
    unpunctuated = len(words) >= UNPUNCTUATED_MIN_WORDS and segment._TERMINAL.search(body) is None
    return Doc(
        body=body,
        title=title,
        paragraphs=paras,
        sentences=spans,
        sentence_paragraph=owner,
        sentence_word_offsets=offsets,
        words=words,
        n_tokens=n_tokens,
        n_letters=len(letters := "".join(words)) - letters.count("'"),
        n_chars=n_chars,
        unpunctuated=unpunctuated,
    )
