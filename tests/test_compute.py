"""The analysis API and the contract every registered metric family honours."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pandas as pd
import pytest

import mediakit
from mediakit.errors import UnknownMetricError
from mediakit.metrics.registry import families, registry_table
from mediakit.text import parse as parse_mod

GOLDEN = Path(__file__).parent / "golden" / "registry.json"
FAMILIES = [f.name for f in families()]
EDGE_TEXTS = ["", " ", "Headline only", "No punctuation " * 40, "“Quoted.”", "!!!", "Один два три. Четыре."]


def _articles() -> pd.DataFrame:
    rows = [
        {"id": f"a{i}", "title": f"Title {i}", "body": body}
        for i, body in enumerate(
            [
                "The minister said the plan would work. Critics disagreed, according to a report.",
                "It is believed that thousands were terrified. Shocking scenes!",
                "",
                "One. Two. Three sentences here now.",
                "Police said 12 people were arrested. “We will not stop,” protesters told reporters.",
            ]
        )
    ]
    return pd.DataFrame(rows)


def test_compute_registry_snapshot():
    """Renaming or dropping a metric fails here; update with MEDIAKIT_UPDATE_GOLDEN=1."""
    snapshot = {r["column"]: {"version": r["version"], "direction": r["direction"]} for r in registry_table()}
    if os.environ.get("MEDIAKIT_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(snapshot, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    assert snapshot == json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_compute_contract_declared_columns_finite_or_nan(family, text):
    fam = mediakit.metrics.registry.get_family(family)
    result = fam.run(mediakit.parse(text, "A headline"), evidence=True)
    assert list(result.values) == [c.name for c in fam.columns]
    for name, value in result.values.items():
        assert isinstance(value, float), name
        assert math.isfinite(value) or math.isnan(value), name
    for ev in result.evidence:
        assert ev.family == family


@pytest.mark.parametrize("family", FAMILIES)
def test_compute_contract_reference_and_direction_declared(family):
    fam = mediakit.metrics.registry.get_family(family)
    assert fam.version and fam.description and fam.reference
    for col in fam.columns:
        assert col.direction in {"higher_harder", "higher_easier", "higher_more", "neutral"}
        assert col.description


@pytest.mark.parametrize("family", FAMILIES)
def test_compute_contract_evidence_offsets_point_at_text(family, seed_doc):
    ev = mediakit.evidence(seed_doc, family)
    for _, e in ev.iterrows():
        source = seed_doc.title if e.field == "title" else seed_doc.body
        assert source[e.start : e.end] == e.text


def test_compute_order_preserved_and_input_not_mutated():
    df = _articles()
    before = df.copy()
    out = mediakit.analyze(df)
    pd.testing.assert_frame_equal(df, before)
    assert out["id"].tolist() == df["id"].tolist()
    assert out["status"].tolist() == ["ok", "ok", "empty", "ok", "ok"]


@pytest.mark.parametrize(("n_jobs", "chunksize"), [(1, 1), (2, 1), (2, 2), (2, 256)])
def test_compute_batch_size_and_jobs_independent(n_jobs, chunksize):
    df = _articles()
    serial = mediakit.analyze(df)
    other = mediakit.analyze(df, n_jobs=n_jobs, chunksize=chunksize)
    pd.testing.assert_frame_equal(serial, other)


def test_compute_each_article_parsed_exactly_once(monkeypatch):
    calls: list[str] = []
    real = parse_mod.parse

    def counting(body: str, title: str = "") -> parse_mod.Doc:
        calls.append(title)
        return real(body, title)

    monkeypatch.setattr(parse_mod, "parse", counting)
    df = _articles()
    out = mediakit.analyze(df)
    assert len(out.columns) > 20  # every family ran
    assert calls == df["title"].tolist()


def test_compute_columns_are_family_dot_metric_and_provenance_in_attrs():
    out = mediakit.analyze(_articles(), ["readability.flesch_kincaid_grade", "structure"])
    assert out.columns[:7].tolist() == ["id", "title", "outlet", "published", "url", "status", "message"]
    assert "readability.flesch_kincaid_grade" in out.columns
    assert "readability.words" not in out.columns
    prov = out.attrs["mediakit"]
    assert prov["mediakit_version"] == mediakit.__version__
    assert set(prov["families"]) == {"readability", "structure"}


def test_compute_unknown_metric_lists_valid_names():
    with pytest.raises(UnknownMetricError, match=r"readability\.flesch_kincaid_grade"):
        mediakit.analyze(_articles(), ["readability.fkgl"])


def test_compute_unknown_option_rejected():
    with pytest.raises(ValueError, match="counting"):
        mediakit.analyze(_articles(), options={"readability": {"countng": "news"}})


def test_compute_bad_records_become_rows_with_status(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"body": "Fine text here."}\nnot json\n{"body": "More text."}\n', encoding="utf-8")
    out = mediakit.analyze(path)
    assert out["status"].tolist() == ["ok", "error", "ok"]
    assert math.isnan(out.loc[1, "readability.words"])
    assert out.loc[1, "message"].startswith(f"{path}:2")


def test_compute_textstat_counting_option_changes_counts():
    text = {"title": "", "body": "Dr. Smith arrived at 11.30 p.m. on Monday. The U.S. economy grew 3.5% in May."}
    news = mediakit.analyze([text], "readability.sentences")
    ts = mediakit.analyze([text], "readability.sentences", options={"readability": {"counting": "textstat"}})
    assert (news.iloc[0, -1], ts.iloc[0, -1]) == (2.0, 3.0)


def test_compute_evidence_on_plain_string_offsets_into_string():
    text = "It is believed that the plan failed. The minister said nothing."
    ev = mediakit.evidence(text)
    assert list(ev.columns) == ["family", "kind", "start", "end", "text", "field", "label", "metric"]
    for _, e in ev[ev.field == "body"].iterrows():
        assert text[e.start : e.end] == e.text


def test_compute_analyze_to_file_streams_and_keeps_provenance(tmp_path):
    from mediakit.compute import analyze_to_file
    from mediakit.output import read_provenance

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "body": f"Sentence number {i}."}) + "\n" for i in range(25)),
                   encoding="utf-8")
    for suffix in (".parquet", ".csv", ".jsonl"):
        out = tmp_path / f"out{suffix}"
        assert analyze_to_file(src, out, "readability", chunksize=10) == 25
        assert read_provenance(out)["families"] == {"readability": mediakit.metrics.readability.VERSION}
    back = pd.read_parquet(tmp_path / "out.parquet")
    assert back["id"].tolist() == [str(i) for i in range(25)]
    assert not list(tmp_path.glob(".*partial"))
