"""Parse an article once: the single parsed representation every metric family shares.

:func:`parse` runs the segmenters of :mod:`mediakit.text.segment` exactly once
per article and stores paragraphs, sentences, words and syllables. Offsets
that only evidence needs (word spans, quotes) are computed on first use and
cached on the :class:`Doc`, never recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from mediakit.text import segment
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
        sentence_words: textstat-rule words of each sentence.
        words: All words of the body, in order (``sum(sentence_words, [])``).
        syllables: Syllable count of each word in ``words``.
        n_tokens: Whitespace tokens, punctuation-only tokens included (ARI).
        n_letters: Letters (textstat ``letter_count``).
        n_chars: Non-whitespace characters (textstat ``char_count``).
        unpunctuated: True when the body has many words but no sentence stop.
    """

    body: str
    title: str
    paragraphs: list[Span]
    sentences: list[Span]
    sentence_paragraph: list[int]
    sentence_words: list[list[str]]
    words: list[str]
    syllables: list[int]
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
    def lower_words(self) -> list[str]:
        """Lower-cased words (shared by lexicon look-ups)."""
        return [w.lower() for w in self.words]

    @cached_property
    def word_spans(self) -> list[tuple[int, int]]:
        """Character span of each word of :attr:`words`, aligned index by index."""
        spans = [(s, e) for s, e, _ in segment.token_spans(self.body)]
        if len(spans) != len(self.words):  # pragma: no cover - invariant
            raise AssertionError("word spans out of step with words")
        return spans

    @cached_property
    def sentence_word_offsets(self) -> list[int]:
        """Index in :attr:`words` of the first word of each sentence."""
        out, n = [], 0
        for ws in self.sentence_words:
            out.append(n)
            n += len(ws)
        return out

    @cached_property
    def title_words(self) -> list[str]:
        """Words of the headline (textstat word rule)."""
        return segment.clean_words(self.title)


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
    sentences: list[Span] = []
    sent_para: list[int] = []
    for p_i, (ps, pe) in enumerate(paras):
        for span in segment.split_sentences(body, ps, pe):
            sentences.append(span)
            sent_para.append(p_i)
    sentence_words: list[list[str]] = []
    kept_sents: list[Span] = []
    kept_para: list[int] = []
    for span, p_i in zip(sentences, sent_para, strict=True):
        ws = segment.clean_words(body[span[0] : span[1]])
        if ws:  # a stray "—" or "*" line is not a sentence
            sentence_words.append(ws)
            kept_sents.append(span)
            kept_para.append(p_i)
    words = [w for ws in sentence_words for w in ws]
    syllables = [count_syllables(w) for w in words]
    unpunctuated = len(words) >= UNPUNCTUATED_MIN_WORDS and segment._TERMINAL.search(body) is None
    return Doc(
        body=body,
        title=title,
        paragraphs=paras,
        sentences=kept_sents,
        sentence_paragraph=kept_para,
        sentence_words=sentence_words,
        words=words,
        syllables=syllables,
        n_tokens=segment.count_tokens(body),
        n_letters=segment.count_letters(body),
        n_chars=segment.count_chars(body),
        unpunctuated=unpunctuated,
    )
