"""Segmentation: paragraphs, news-aware sentences, textstat words, syllables."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediakit.text import segment
from mediakit.text.parse import parse
from mediakit.text.syllables import count_syllables


def sentences(text: str) -> list[str]:
    doc = parse(text)
    return [doc.sentence_text(i) for i in range(doc.n_sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Lt-Gen. Sergey Zakharov leads the force. He was not in court.", 2, id="hyphenated-title"),
        pytest.param("Mr. Smith met Dr. Jones. They talked.", 2, id="mr-dr"),
        pytest.param("The U.S. economy grew. Prices rose.", 2, id="dotted-acronym-lowercase-next"),
        pytest.param("He flew to the U.S. The trip was long.", 2, id="dotted-acronym-then-opener"),
        pytest.param("The U.S. Senate voted. It passed.", 2, id="dotted-acronym-then-name"),
        pytest.param("He lives at No. 10 Downing Street. It is old.", 2, id="no-number"),
        pytest.param("Growth was 3.5 per cent in May. It fell in June.", 2, id="decimal"),
        pytest.param("Dr. Smith arrived at 11.30 p.m. on Monday. The U.S. economy grew 3.5% in May.", 2,
                     id="textstat-issue-77"),
        pytest.param('"We will fight," he said. "We will win."', 2, id="quote-then-said"),
        pytest.param('She asked "Why?" and left. Nobody answered.', 2, id="question-inside-quote"),
        pytest.param("J. K. Rowling wrote it. Fans cheered.", 2, id="initials"),
        pytest.param("Wait... Then it happened.", 2, id="ellipsis"),
        pytest.param("Is it over? Nobody knows! Stay tuned.", 3, id="question-exclamation"),
        pytest.param("Shares in Acme Inc. The firm said nothing.", 2, id="inc-then-opener"),
        pytest.param("Acme Inc. Chairman Bob Lee resigned.", 1, id="inc-then-name"),
        pytest.param("Sen. Warren spoke. Gov. Newsom replied on Jan. 5 in Sacramento.", 2, id="titles-months"),
    ],
)
def test_segment_sentence_rules(text, expected):
    assert len(sentences(text)) == expected, sentences(text)


@pytest.mark.parametrize(
    ("text", "n_sentences"),
    [
        pytest.param("A headline without a full stop\n\nThe first sentence. The second.", 3, id="paragraph-breaks"),
        pytest.param("Item one\nItem two\nItem three", 3, id="unpunctuated-lines"),
        pytest.param("\n\n   \n", 0, id="whitespace-only"),
        pytest.param("— — —\n\nReal text here.", 1, id="punctuation-only-paragraph"),
    ],
)
def test_segment_paragraph_boundaries_end_sentences(text, n_sentences):
    assert parse(text).n_sentences == n_sentences


def test_segment_headline_never_merges_with_first_sentence():
    doc = parse("The first sentence of the body. Another one.", title="A headline with no period")
    assert doc.sentence_text(0) == "The first sentence of the body."
    assert doc.title_words == ["A", "headline", "with", "no", "period"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lt-Gen Zakharov", ["LtGen", "Zakharov"]),
        ("20-40% of people", ["2040", "of", "people"]),
        ("it's the defenders’ last stand", ["it's", "the", "defenders", "last", "stand"]),
        ("the dogs' bowls", ["the", "dogs", "bowls"]),
        ("— alone —", ["alone"]),
        ("e-commerce COVID-19", ["ecommerce", "COVID19"]),
    ],
)
def test_segment_words_follow_textstat_rule(text, words):
    assert segment.clean_words(text) == words


def test_segment_offsets_point_at_text(seed_doc):
    for s, e in seed_doc.sentences + seed_doc.paragraphs:
        assert seed_doc.body[s:e] == seed_doc.body[s:e].strip()
    for (s, e), w in zip(seed_doc.word_spans, seed_doc.words, strict=True):
        assert segment.clean_words(seed_doc.body[s:e]) == [w]


@pytest.mark.parametrize(
    ("word", "n"),
    [("readability", 5), ("relived", 2), ("the", 1), ("COVID-19", 1), ("e-commerce", 2), ("Zakharov", 3)],
)
def test_segment_syllables_match_textstat(word, n):
    from mediakit.metrics.readability import textstat_module

    ts = textstat_module()
    assert count_syllables(segment.clean_words(word)[0]) == ts.syllable_count(word) == n


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("cmudict", id="cmudict-vocabulary"),
        ["", "a", "ab", "Zakharov", "Rosgvardia", "COVID19", "2019", "İstanbul", "ﬁnancial", "ǅemal", "x" * 40],
    ],
)
def test_segment_hyphenation_points_equal_pyphen(words):
    import pyphen

    from mediakit.text.syllables import hyphenation_points, iter_cmudict

    if words == "cmudict":
        words = sorted({w for w, _, _ in iter_cmudict()})[::7]  # ~19,000 real words
    ref = pyphen.Pyphen(lang="en_US")
    assert [hyphenation_points(w) for w in words] == [len(ref.positions(w)) for w in words]


@settings(max_examples=500, derandomize=True)
@given(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyz'-.0123456789éßİKǅ"), max_size=30))
def test_segment_hyphenation_points_equal_pyphen_on_any_text(word):
    import pyphen

    from mediakit.text.syllables import hyphenation_points

    assert hyphenation_points(word) == len(pyphen.Pyphen(lang="en_US").positions(word))


def test_segment_textstat_sentence_count_matches_textstat():
    from mediakit.metrics.readability import textstat_module

    ts = textstat_module()
    for text in ["", "One.", "Dr. Smith arrived at 11.30 p.m. on Monday. The U.S. economy grew 3.5% in May.",
                 "no punctuation at all in this text", "Hi. Yo. This is a real sentence."]:
        assert segment.textstat_sentence_count(text) == ts.sentence_count(text)
