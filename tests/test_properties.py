"""Hypothesis properties of segmentation and metrics."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.metrics.registry import families
from mediakit.text import segment
from mediakit.text.parse import parse

WORDS = st.sampled_from(
    ["the", "minister", "said", "Dr.", "U.S.", "“quoted”", "it's", "3.5", "No.", "10", "—", "terrified", "?", "!",
     "reportedly", "According", "to", "Mr.", "police", "\n", "\n\n", "SHOCKING", "you", "Lt-Gen.", "...", "\"", "'"]
)
TEXTS = st.one_of(st.lists(WORDS, max_size=60).map(" ".join), st.text(max_size=300))

SHARE_SUFFIXES = ("_share",)


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_properties_sentences_partition_words_and_offsets_are_ordered(text):
    doc = parse(text)
    assert doc.words == segment.clean_words(text)
    last = 0
    for s, e in doc.sentences:
        assert last <= s < e <= len(text)
        last = e
    assert len(doc.word_spans) == len(doc.words)


@settings(max_examples=100, deadline=None)
@given(TEXTS, st.text(max_size=80))
def test_properties_every_family_counts_nonnegative_shares_in_unit_interval(body, title):
    doc = parse(body, title)
    for fam in families():
        res = fam.run(doc, evidence=True)
        for col in fam.columns:
            v = res.values[col.name]
            assert math.isnan(v) or math.isfinite(v)
            if col.unit == "count":
                assert v >= 0, col.name
            if col.name.endswith(SHARE_SUFFIXES) and not math.isnan(v):
                assert 0.0 <= v <= 1.0, col.name
        for ev in res.evidence:
            source = doc.title if ev.field == "title" else doc.body
            assert source[ev.start : ev.end] == ev.text


@settings(max_examples=50, deadline=None)
@given(TEXTS)
def test_properties_boilerplate_stripping_is_idempotent(text):
    from mediakit.text.boilerplate import strip_boilerplate

    once, _ = strip_boilerplate(text)
    twice, removed = strip_boilerplate(once)
    assert twice == once
    assert removed == []


@settings(max_examples=30, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=6))
def test_properties_analyze_row_per_article_in_order(bodies):
    rows = [{"id": str(i), "body": b} for i, b in enumerate(bodies)]
    out = mediakit.analyze(rows, "readability")
    assert out["id"].tolist() == [str(i) for i in range(len(bodies))]
