"""Corpus helpers used by notebooks and figures."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from mediakit import corpus


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
