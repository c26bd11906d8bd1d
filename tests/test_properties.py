"""Hypothesis properties of segmentation, loading and every registered metric family (issue 7).

For arbitrary text: no exception; counts non-negative; shares within [0, 1];
evidence offsets slice the text to exactly the evidence text; analysing a
corpus equals concatenating analyses of its parts; duplicating an article does
not change its row; loader normalisation is idempotent; decoding never fails.

Every family in the registry is covered automatically (no family is named
here). Runs are seeded (``derandomize=True``, no example database) so CI is
reproducible; the per-article properties run thousands of examples on small
texts. ``MEDIAKIT_PROPERTY_SCALE=10`` multiplies every example count for a
deeper local run.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mediakit
from mediakit.compute import _iter_results, _rows_from
from mediakit.io._common import decode, looks_binary, make_article, normalize_text, normalize_title
from mediakit.metrics.registry import Column, Family, families
from mediakit.text import segment
from mediakit.text.boilerplate import strip_boilerplate
from mediakit.text.parse import parse
from mediakit.view import show
from tests.html_safety import HOSTILE, active_content

SCALE = float(os.environ.get("MEDIAKIT_PROPERTY_SCALE", "1"))
#: The shared profile: seeded, no deadline, no example database, quiet about slow data generation.
CI = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def examples(n: int) -> settings:
    """The shared profile with ``n`` examples (times ``MEDIAKIT_PROPERTY_SCALE``)."""
    return settings(CI, max_examples=max(1, int(n * SCALE)))


# fmt: off
WORDS = st.sampled_from(
    ["the", "minister", "said", "Dr.", "U.S.", "“quoted”", "it's", "3.5", "No.", "10", "—", "terrified", "?", "!",
     "reportedly", "According", "to", "Mr.", "police", "\n", "\n\n", "SHOCKING", "you", "Lt-Gen.", "...", "\"", "'",
     "“", "”", "‘", "’", "«", "»", "sources", "told", "reporters", "claimed", "officials", "You", "won't", "believe",
     "BREAKING", "never", "best", "worst", "!!!", "?!", "killed", "horrific", "a", "report", "by", "Reuters", "\r\n",
     "\x00", "😀", "מה", "Президент", "заявил", "é", "\t", "5", "things", "Why", "I", "we", ":", ";", "(", ")"]
)
# fmt: on
NEWSY = st.lists(WORDS, max_size=40).map(" ".join)
ODD = st.text(alphabet=st.sampled_from(list(" .!?\"“”‘’'\n—-aAé1😀א\x00\r\t")), max_size=60)
TEXTS = st.one_of(NEWSY, st.text(max_size=120), ODD)
TITLES = st.one_of(st.just(""), NEWSY.map(lambda s: s[:80]), st.text(max_size=40))
ARTICLES = st.fixed_dictionaries({"title": TITLES, "body": TEXTS})

SHARE_SUFFIXES = ("_share",)


def _is_share(col: Column) -> bool:
    return col.name.endswith(SHARE_SUFFIXES) or col.unit.startswith("share") or col.unit in {"score (0-1)"}


def _is_nonnegative(col: Column) -> bool:
    unit = col.unit
    return (
        _is_share(col)
        or unit in {"count", "words", "seconds", "flag (0/1)"}
        or unit.startswith("per ")
        or " per " in unit
        or unit.startswith("percentile")
    )


def _bounds(col: Column) -> tuple[float, float]:
    if _is_share(col) or col.unit == "flag (0/1)":
        return 0.0, 1.0
    if col.unit.startswith("percentile"):
        return 0.0, 100.0
    return (0.0 if _is_nonnegative(col) else -math.inf), math.inf


def _check_values(fam: Family, values: Mapping[str, float]) -> None:
    assert list(values) == [c.name for c in fam.columns], fam.name
    for col in fam.columns:
        v = values[col.name]
        assert isinstance(v, float), f"{fam.name}.{col.name} is {type(v).__name__}"
        assert math.isnan(v) or math.isfinite(v), f"{fam.name}.{col.name} = {v}"
        lo, hi = _bounds(col)
        assert math.isnan(v) or lo <= v <= hi, f"{fam.name}.{col.name} = {v} outside [{lo}, {hi}]"
        if col.unit == "flag (0/1)":
            assert math.isnan(v) or v in (0.0, 1.0), f"{fam.name}.{col.name} = {v}"
        if col.unit == "count":  # a count is defined for any text (0 on an empty one) and whole
            assert not math.isnan(v) and v == int(v), f"{fam.name}.{col.name} = {v}"


def _key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """A comparable form of a result row (NaN == NaN)."""
    return tuple(
        ("nan" if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items() if k != "message"
    )


def _engine(records: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Result rows as :func:`mediakit.analyze` computes them, without building a DataFrame."""
    return list(_iter_results(_rows_from(list(records), None), None, {}, 1, 1, False))


# --- segmentation (unchanged contract) -----------------------------------------------------------


@examples(800)
@given(TEXTS)
def test_properties_sentences_partition_words_and_offsets_are_ordered(text):
    doc = parse(text)
    assert doc.words == segment.clean_words(text)
    last = 0
    for s, e in doc.sentences:
        assert last <= s < e <= len(text)
        last = e
    assert len(doc.word_spans) == len(doc.words)
    for (s, e), w in zip(doc.word_spans, doc.words, strict=True):
        assert 0 <= s < e <= len(text), w


# --- every registered family -------------------------------------------------------------------


@examples(2500)
@given(TEXTS, TITLES)
def test_properties_every_family_values_in_range_and_evidence_slices_text(body, title):
    """No exception; declared columns; finite or NaN; counts whole, never NaN; counts and rates
    non-negative; shares in [0, 1]; evidence=True changes no number; evidence slices its text."""
    doc = parse(body, title)
    for fam in families():
        plain = fam.run(doc, evidence=False).values
        _check_values(fam, plain)
        full = fam.run(doc, evidence=True)
        assert _key(plain) == _key(full.values), fam.name
        for ev in full.evidence:
            assert ev.family == fam.name
            assert ev.field in ("body", "title"), ev
            source = doc.title if ev.field == "title" else doc.body
            assert 0 <= ev.start <= ev.end <= len(source), ev
            assert source[ev.start : ev.end] == ev.text, ev


def _ids(articles: list[dict[str, str]], prefix: str) -> list[dict[str, str]]:
    return [{"id": f"{prefix}{i}", **a} for i, a in enumerate(articles)]


@examples(500)
@given(st.lists(ARTICLES, min_size=0, max_size=3), st.lists(ARTICLES, min_size=0, max_size=3))
def test_properties_corpus_equals_concatenated_parts(first, second):
    corpus = _ids([*first, *second], "a")
    whole = _engine(corpus)
    assert len(whole) == len(corpus)
    parts = _engine(corpus[: len(first)]) + _engine(corpus[len(first) :])
    assert [_key(r) for r in whole] == [_key(r) for r in parts]


@examples(600)
@given(ARTICLES, st.lists(ARTICLES, max_size=2))
def test_properties_duplicating_an_article_does_not_change_its_row(article, others):
    item = {"id": "dup", **article}
    alone = _key(_engine([item])[0])
    rows = _engine([item, *_ids(others, "o"), item])
    assert _key(rows[0]) == alone
    assert _key(rows[-1]) == alone


@examples(30)
@given(st.lists(ARTICLES, min_size=1, max_size=3), st.lists(ARTICLES, min_size=1, max_size=3))
def test_properties_analyze_dataframe_concat_and_duplicates(first, second):
    """The same two properties through the public :func:`mediakit.analyze` (DataFrames).

    ``message`` is left out: it names the record's position in the input.
    """
    import pandas as pd

    records = _ids([*first, *second], "a")
    whole = mediakit.analyze(records).drop(columns="message")
    parts = pd.concat(
        [mediakit.analyze(records[: len(first)]), mediakit.analyze(records[len(first) :])], ignore_index=True
    ).drop(columns="message")
    pd.testing.assert_frame_equal(whole, parts)
    doubled = mediakit.analyze([records[0], records[0]]).drop(columns="message")
    for i in (0, 1):
        pd.testing.assert_frame_equal(doubled.iloc[[i]].reset_index(drop=True), whole.iloc[[0]])


@examples(30)
@given(st.lists(TEXTS, min_size=1, max_size=6))
def test_properties_analyze_row_per_article_in_order(bodies):
    rows = [{"id": str(i), "body": b} for i, b in enumerate(bodies)]
    out = mediakit.analyze(rows, "readability")
    assert out["id"].tolist() == [str(i) for i in range(len(bodies))]


# --- loading: normalisation, decoding, one row per record ---------------------------------------


@examples(2000)
@given(TEXTS, TITLES)
def test_properties_loader_normalisation_is_idempotent(body, title):
    once = make_article({"body": body, "title": title}, source_path="<p>", record=1, default_id="1")
    twice = make_article(
        {"body": once["body"], "title": once["title"]}, source_path="<p>", record=1, default_id="1"
    )
    assert (twice["body"], twice["title"], twice["status"]) == (once["body"], once["title"], once["status"])
    assert twice["boilerplate"] == []
    assert normalize_text(normalize_text(body)) == normalize_text(body)
    assert normalize_title(normalize_title(title)) == normalize_title(title)


@examples(150)
@given(st.lists(ARTICLES, min_size=1, max_size=4))
def test_properties_loading_loaded_articles_changes_nothing(articles):
    """load(write(load(x))) == load(x): loading is a normalisation, idempotent end to end."""
    import json

    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / "a.jsonl"
        first.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        once = mediakit.load(first)
        second = Path(tmp) / "b.jsonl"
        second.write_text(
            "".join(
                json.dumps({"title": r["title"], "body": r["body"]}) + "\n" for r in once.to_dict("records")
            ),
            encoding="utf-8",
        )
        twice = mediakit.load(second)
    cols = ["title", "body", "status"]
    assert twice[cols].to_dict("records") == once[cols].to_dict("records")
    assert all(b == [] for b in twice["boilerplate"])


@examples(500)
@given(TEXTS)
def test_properties_boilerplate_stripping_is_idempotent(text):
    once, _ = strip_boilerplate(text)
    twice, removed = strip_boilerplate(once)
    assert twice == once
    assert removed == []


@examples(2000)
@given(st.binary(max_size=300))
def test_properties_decode_never_raises(data):
    assert isinstance(decode(data), str)


@examples(1000)
@given(st.text(max_size=200), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_properties_decode_round_trips_unicode(text, encoding):
    assert decode(text.encode(encoding, errors="surrogatepass")) == text or re.search("[\ud800-\udfff]", text)


LINES = st.one_of(
    st.builds(lambda b, t: f'{{"title": {t!r}, "body": {b!r}}}'.replace("'", '"'), NEWSY, NEWSY),
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs",), blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
        ),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from(['{"body": 5}', "[1, 2]", "null", '"text"', '{"body": null}', "{", "}", '{"text": "x"}']),
)


@examples(300)
@given(st.lists(LINES, max_size=8))
def test_properties_jsonl_every_line_gives_exactly_one_row(lines):
    """One row per non-blank line; a file that is binary noise is one error row instead."""
    records = [ln for ln in lines if ln.encode("utf-8").strip()]  # the reader's rule: bytes.strip
    content = "".join(ln + "\n" for ln in lines)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.jsonl"
        path.write_text(content, encoding="utf-8")
        df = mediakit.load(path)
    if looks_binary(content[:8192]):
        assert df["status"].tolist() == ["error"] and "binary data" in df.loc[0, "message"]
        return
    assert len(df) == len(records)
    assert df["status"].isin(["ok", "empty", "error"]).all()
    for row in df.to_dict("records"):
        assert row["status"] == "ok" or row["message"].startswith(f"{path}:{row['record']}:")


# --- rendering -----------------------------------------------------------------------------------


@examples(300)
@given(ARTICLES, st.sampled_from(HOSTILE), st.integers(min_value=0, max_value=3))
def test_properties_show_is_inert_for_any_article(article, hostile, where):
    body = article["body"]
    cut = len(body) * where // 3
    text = body[:cut] + hostile + body[cut:]
    html = show({"title": article["title"] + (hostile if where % 2 else ""), "body": text}).html
    assert active_content(html) == []
