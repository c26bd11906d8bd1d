"""Corpus helpers used by notebooks and figures."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from mediakit import corpus
from tests.conftest import needs_data


@pytest.mark.parametrize(
    ("value", "reference", "expected"),
    [(5, [1, 2, 3, 4], 100.0), (0, [1, 2, 3, 4], 0.0), (2, [1, 2, 3, 4], 37.5), (2, [2, 2], 50.0)],
)
def test_corpus_percentile_of_uses_midranks(value, reference, expected):
    assert corpus.percentile_of(value, reference) == expected


def test_corpus_percentile_of_nan():
    assert math.isnan(corpus.percentile_of(float("nan"), [1, 2]))
    assert math.isnan(corpus.percentile_of(1.0, [float("nan")]))


def test_corpus_outlet_summary_is_seeded_and_filters_small_outlets():
    rng = np.random.default_rng(0)
    df = pd.DataFrame({"outlet": ["a"] * 60 + ["b"] * 60 + ["c"] * 5, "m": rng.normal(size=125)})
    df.loc[df.outlet == "b", "m"] += 3
    one = corpus.outlet_summary(df, "m", min_articles=50)
    two = corpus.outlet_summary(df, "m", min_articles=50)
    pd.testing.assert_frame_equal(one, two)
    assert one["outlet"].tolist() == ["b", "a"]
    assert (one["ci_low"] <= one["mean"]).all() and (one["mean"] <= one["ci_high"]).all()


def test_corpus_profile_and_place():
    ref = pd.DataFrame({"readability.flesch_kincaid_grade": [8.0, 10.0, 12.0, np.nan]})
    prof = corpus.profile(ref, ["readability.flesch_kincaid_grade"])
    assert prof.loc[0, "n"] == 3 and prof.loc[0, "median"] == 10.0
    placed = corpus.place(
        pd.Series({"readability.flesch_kincaid_grade": 12.0}), ref, ["readability.flesch_kincaid_grade"]
    )
    assert placed.loc[0, "percentile"] == pytest.approx(100 * 2.5 / 3)


def test_corpus_key_columns_only_registered():
    import mediakit

    assert set(corpus.key_columns()) <= set(mediakit.all_columns())
    assert "readability.flesch_kincaid_grade" in corpus.key_columns()


def test_corpus_sanitized_versions_has_no_paths():
    line = corpus.sanitized_versions()
    assert "mediakit" in line and "/" not in line


# --- own-corpus helpers (issue 15) ------------------------------------------------------------------

FK = "readability.flesch_kincaid_grade"
IDX = "sensational.index"


def _results() -> pd.DataFrame:
    rng = np.random.default_rng(1)
    n = 30
    return pd.DataFrame(
        {
            "id": [f"a{i}" for i in range(n)],
            "title": [f"t{i}" for i in range(n)],
            "outlet": ["X"] * 10 + ["Y"] * 10 + ["Z"] * 9 + [""],
            "published": [f"2024-0{1 + i % 6}-1{i % 9}" for i in range(n - 1)] + ["not a date"],
            "status": ["ok"] * n,
            FK: np.r_[rng.normal(8, 1, 10), rng.normal(12, 1, 10), rng.normal(10, 1, 10)],
            IDX: rng.normal(0, 1, n),
        }
    )


def test_corpus_compare_groups_means_intervals_and_seed():
    res = _results()
    out = corpus.compare_groups(res, [FK, IDX], by="outlet")
    assert list(out.columns) == ["metric", "outlet", "n", "mean", "ci_low", "ci_high"]
    fk = out[out.metric == FK].set_index("outlet")
    assert set(fk.index) == {"X", "Y", "Z"}  # the row without an outlet is left out
    want = res[res.outlet != ""].groupby("outlet")[FK].mean()
    assert np.allclose(fk.loc[want.index, "mean"], want)
    assert (fk["ci_low"] <= fk["mean"]).all() and (fk["mean"] <= fk["ci_high"]).all()
    assert out[out.metric == FK]["mean"].is_monotonic_decreasing
    alone = corpus.compare_groups(res, FK, by="outlet")
    pd.testing.assert_frame_equal(alone.reset_index(drop=True), out[out.metric == FK].reset_index(drop=True))
    assert corpus.compare_groups(res, FK, by="outlet", min_articles=10)["outlet"].tolist() == ["Y", "X"]
    with pytest.raises(KeyError, match="no column 'nope'"):
        corpus.compare_groups(res, FK, by="nope")


def test_corpus_compare_groups_defaults_to_family_keys():
    res = _results()
    out = corpus.compare_groups(res, by="outlet")
    assert set(out["metric"]) == {FK, IDX}
    assert corpus.family_keys(res.columns) == {"readability": FK, "sensational": IDX}


def test_corpus_family_keys_are_first_summary_columns():
    from mediakit.metrics.registry import families

    keys = corpus.family_keys()
    assert keys == {f.name: f"{f.name}.{f.summary[0]}" for f in families()}


@pytest.mark.parametrize(
    ("dates", "freq"),
    [
        (["2024-01-01", "2024-01-05", "2024-01-09"], "D"),
        (["2024-01-01", "2024-02-20"], "W"),
        (["2024-01-01", "2024-06-20"], "M"),
        (["2019-01-01", "2024-06-20"], "Y"),
    ],
)
def test_corpus_trend_period_from_the_span(dates, freq):
    first, last = pd.Timestamp(dates[0]), pd.Timestamp(dates[-1])
    assert corpus.period_for(first, last) == freq


def test_corpus_trend_by_month_and_without_dates():
    res = _results()
    tr = corpus.trend(res, FK)
    assert list(tr.columns) == ["metric", "period", "start", "n", "mean", "ci_low", "ci_high"]
    assert tr["period"].tolist() == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    assert tr["n"].sum() == len(res) - 1  # the unreadable date is left out
    assert corpus.trend(res.assign(published=""), FK).empty
    assert corpus.trend(res.drop(columns="published"), FK).empty


def test_corpus_parse_dates_reads_mixed_formats():
    got = corpus.parse_dates(pd.Series(["2024-03-05", "Tue, 05 Mar 2024 10:00:00 GMT", "", None, "soon"]))
    assert got.iloc[0].date().isoformat() == "2024-03-05" and got.iloc[1].date().isoformat() == "2024-03-05"
    assert got.iloc[2:].isna().all()


def test_corpus_place_keeps_distance_beyond_the_range():
    ref = pd.DataFrame({FK: [8.0, 9.0, 10.0, 11.0]})
    placed = corpus.place(pd.Series({FK: 30.0}), ref, [FK]).iloc[0]
    assert placed["percentile"] == 100.0
    assert placed["z"] == pytest.approx((30.0 - 9.5) / np.std([8, 9, 10, 11], ddof=1))


def test_corpus_place_corpus_shares_beyond_reference_deciles():
    ref = pd.DataFrame({FK: np.arange(1.0, 101.0)})
    res = pd.DataFrame({FK: [0.5, 50.0, 95.0, 99.0]})
    row = corpus.place_corpus(res, ref, [FK]).iloc[0]
    assert row["n"] == 4 and row["median"] == 72.5
    assert row["above_p90"] == 0.5 and row["below_p10"] == 0.25


def test_corpus_top_and_picks():
    res = _results()
    res.loc[3, "status"] = "empty"
    top = corpus.top(res, IDX, 2)
    assert top[IDX].tolist() == sorted(res.loc[res.status == "ok", IDX], reverse=True)[:2]
    picks = corpus.picks(res, n=2)
    assert picks["why"].tolist() == ["most sensational"] * 2 + ["least sensational"] * 2
    assert "a3" not in set(picks["id"])


def test_corpus_reading_names_groups_intervals_and_limits():
    text = corpus.reading(_results(), by="outlet")
    assert "highest for Y" in text and "lowest for X" in text and "do not overlap" in text
    assert "not of accuracy" in text
    assert text._repr_markdown_().startswith("- ")


def test_corpus_status_table_gives_reasons():
    res = pd.DataFrame(
        {"status": ["ok", "empty", "empty"], "message": ["", "f.csv:2: no body text: x", "f.csv:3: no body text: x"]}
    )
    table = corpus.status_table(res)
    assert table.set_index("status").loc["empty", "n"] == 2
    assert table.set_index("status").loc["empty", "reason"] == "no body text"


def test_corpus_packaged_reference_matches_family_versions():
    """Regenerate with `python -m mediakit.corpus` when a family's version changes."""
    from mediakit.metrics.registry import families

    ref = corpus.reference()
    assert ref["families"] == {f.name: f.version for f in families()}, "run: python -m mediakit.corpus"
    assert set(ref["columns"]) == set(corpus.reference_columns())
    assert all(v == sorted(v) and len(v) <= 195 for v in ref["columns"].values())


@needs_data
@pytest.mark.slow
def test_corpus_packaged_reference_is_rebuilt_identically():
    built = corpus.build_reference()
    packaged = corpus.reference()
    assert corpus.reference_json(built) == corpus.reference_json(packaged)


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ([1, 2, 3, 4], [1, 2, 3, 4], 1.0),
        ([1, 2, 3, 4], [4, 3, 2, 1], -1.0),
        ([1, 2, 3, 4, 5], [10, 20, 30, 50, 40], 0.9),
        ([1, 2, 3, 4, 5], [1, 100, 1000, 10000, 100000], 1.0),  # ranks, not values
    ],
)
def test_corpus_correlations_are_spearman(x, y, expected):
    frame = pd.DataFrame({"a": x, "b": y})
    assert corpus.correlations(frame, ["a", "b"]).loc["a", "b"] == pytest.approx(expected)


@pytest.mark.parametrize("decimals", [1, 2])
def test_corpus_correlations_round_without_negative_zero(decimals):
    rng = np.random.default_rng(27)  # two independent samples with rho = -0.0012
    frame = pd.DataFrame({"a": rng.normal(size=400), "b": rng.normal(size=400)})
    raw = corpus.correlations(frame, ["a", "b"]).loc["a", "b"]
    assert -0.005 < raw < 0  # the case: pandas rounds it to -0.0
    rounded = corpus.correlations(frame, ["a", "b"], decimals=decimals)
    assert rounded.loc["a", "b"] == 0.0
    assert not np.signbit(rounded.to_numpy()).any()
    assert f"{rounded.loc['a', 'b']:.{decimals}f}" == f"{0:.{decimals}f}"
    assert rounded.loc["a", "a"] == 1.0
