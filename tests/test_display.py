"""Display layer: every number with its label, unit, precision and direction (issue 15)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import mediakit
from mediakit import display
from mediakit.metrics.registry import DIRECTIONS, families, registry_table
from tests.html_safety import HOSTILE, active_content


def test_display_registry_table_gives_every_column_label_unit_decimals_reads():
    rows = registry_table()
    assert {r["column"] for r in rows} == set(mediakit.all_columns())
    for r in rows:
        assert r["label"] and r["unit"], r["column"]
        assert isinstance(r["decimals"], int) and 0 <= r["decimals"] <= 4, r["column"]
        assert r["reads"].startswith("higher = ") or r["reads"].startswith("descriptive"), r["column"]
        assert r["direction"] in DIRECTIONS


@pytest.mark.parametrize("family", ["readability", "structure"])
def test_display_readability_and_structure_fill_their_display_fields(family):
    fam = next(f for f in families() if f.name == family)
    for col in fam.columns:
        assert col.label, col.name
        if col.direction != "neutral" or col.unit != "flag (0/1)":
            assert col.higher, col.name
        if col.unit == "count":
            assert col.decimals == 0, col.name


def test_display_paragraphs_counted_once_and_flesch_unit_says_unbounded():
    cols = mediakit.all_columns()
    assert "structure.paragraphs" in cols and "readability.paragraphs" not in cols
    assert "unbounded" in display.info("readability.flesch_reading_ease").unit


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (12.176119, 1, "12.2"),
        (0.0909, 2, "0.09"),
        (-0.0001, 2, "0.00"),
        (-0.04, 1, "0.0"),
        (15.0, 0, "15"),
        (1234.6, 0, "1,235"),
        (float("nan"), 2, display.MISSING),
        (None, 1, display.MISSING),
        (math.inf, 1, "∞"),
    ],
)
def test_display_number_fixed_precision(value, decimals, expected):
    assert display.number(value, decimals) == expected


def test_display_values_use_registry_precision():
    assert display.fmt("readability.flesch_kincaid_grade", 12.176119) == "12.2"
    assert display.fmt("readability.words", 335.0) == "335"
    assert display.fmt("structure.restated_share", 0.1333) == "0.13"
    assert display.fmt("readability.flesch_kincaid_grade", 12.176119, unit=True) == "12.2 US grade"


@pytest.mark.parametrize("column", mediakit.all_columns())
def test_display_header_states_unit_once(column):
    ci = display.info(column)
    head = display.header(column)
    assert head.startswith(ci.label)
    assert "((" not in head and "))" not in head
    base = ci.unit.split(" (")[0]
    if base not in ("count",):
        assert head.lower().count(base.lower()) <= 1, head  # "per 100 words (per 100 words)" never


@pytest.mark.parametrize(
    ("p", "expected"),
    [
        (100.0, "above every Wikinews article"),
        (0.0, "below every Wikinews article"),
        (99.6, "99th percentile of Wikinews"),
        (0.4, "1st percentile of Wikinews"),
        (52.3, "52nd percentile of Wikinews"),
        (float("nan"), "no percentile"),
    ],
)
def test_display_percentile_does_not_saturate_inside_the_range(p, expected):
    assert display.percentile_text(p, "Wikinews") == expected


def test_display_percentile_short_in_tables():
    assert display.percentile_short(100.0) == "above all"
    assert display.percentile_short(0.0) == "below all"
    assert display.percentile_short(12.4) == "12"


def test_display_describe_adds_wikinews_percentile_from_packaged_reference():
    text = display.describe("readability.flesch_kincaid_grade", 100.0)
    assert text == "Flesch-Kincaid grade 100.0 US grade (above every Wikinews article)"
    assert "percentile" not in display.describe("readability.flesch_kincaid_grade", 9.0, percentile=False)


def test_display_table_formats_but_keeps_numbers():
    results = pd.DataFrame(
        {
            "id": ["a", "b"],
            "readability.flesch_kincaid_grade": [12.176119, float("nan")],
            "readability.words": [335.0, 12.0],
        }
    )
    table = display.Table(results)
    assert table.data is results
    text = str(table)
    assert "12.2" in text and "12.176" not in text and display.MISSING in text
    assert "Flesch-Kincaid grade" in text and "(US grade)" in text
    assert "higher = more difficult to read" in text  # the direction is said under the table
    html = table._repr_html_()
    assert "<th" in html and "12.2" in html and 'title="' in html
    md = table.to_markdown()
    assert md.splitlines()[0].startswith("| id | Flesch-Kincaid grade (US grade) | Words |")
    assert display.Table(results).to_frame().iloc[0, 1] == "12.2"


def test_display_table_truncates_with_a_note():
    frame = pd.DataFrame({"n": range(100)})
    table = display.Table(frame, max_rows=10)
    assert "90 more rows" in str(table) and "90 more rows" in table._repr_html_()


@pytest.mark.parametrize("hostile", HOSTILE)
def test_display_table_html_is_inert(hostile):
    frame = pd.DataFrame({"title": [hostile], "outlet": [hostile], "readability.words": [3.0]})
    html = display.Table(frame, caption=hostile)._repr_html_()
    assert active_content(html) == []
    assert hostile not in html
    assert "|" not in display.Table(pd.DataFrame({"t": ["a|b"]})).to_markdown().splitlines()[-1].replace(
        "\\|", ""
    ).strip("| ")


def test_display_values_one_article_as_metric_rows(seed_row):
    results = mediakit.analyze(pd.DataFrame([seed_row]), progress=False)
    table = display.values(results.iloc[0], "readability")
    text = str(table)
    assert text.splitlines()[0].split() == ["metric", "unit", "value", "how", "to", "read"]
    assert "Flesch-Kincaid grade" in text and "12.2" in text and "higher = more difficult to read" in text
    assert len(table.data) == len([c for c in mediakit.all_columns() if c.startswith("readability.")])


def test_display_profile_shows_every_row_with_units():
    frame = pd.DataFrame({c: [1.0, 2.0, 3.0] for c in mediakit.all_columns()})
    table = display.profile(frame, mediakit.all_columns())
    assert len(table.data) == len(mediakit.all_columns())
    assert "more rows" not in str(table)


def test_display_group_table_reads_mean_and_interval():
    summary = pd.DataFrame(
        {
            "metric": ["readability.flesch_kincaid_grade"] * 2,
            "outlet": ["A", "B"],
            "n": [3, 4],
            "mean": [9.04, 7.0],
            "ci_low": [8.0, 6.54],
            "ci_high": [10.0, 7.46],
        }
    )
    text = str(display.group_table(summary, by="outlet"))
    assert "9.0 (8.0 to 10.0)" in text and "7.0 (6.5 to 7.5)" in text
    assert "no groups" in str(display.group_table(summary.iloc[0:0], by="outlet"))


def test_display_placement_beyond_the_range_keeps_z():
    placed = pd.DataFrame(
        {
            "metric": ["sourcing.vague_attributions"],
            "value": [7.0],
            "reference_median": [0.0],
            "percentile": [100.0],
            "z": [6.8],
        }
    )
    text = str(display.placement(placed))
    assert "above all" in text and "6.80" in text and "Wikinews median" in text


def test_display_sources_keeps_every_column_shows_readable_ones(seed_row):
    table = mediakit.sources(seed_row)
    assert {"start", "end", "cue_start", "key", "sentence_text"} <= set(table.columns)
    text = repr(table)
    first = text.splitlines()[1]
    assert "named as" in first and "cue_start" not in first and "sentence_text" not in first
    assert "also in the frame: start, end" in text.splitlines()[0]
    assert type(table[table["cited"]]) is pd.DataFrame  # a selection is a plain frame again


def test_display_sources_and_show_accept_a_frame_of_articles(tmp_path):
    path = tmp_path / "two.jsonl"
    path.write_text(
        '{"id": "a", "title": "One", "body": "Officials said the bridge would open, according to a report."}\n'
        '{"id": "b", "title": "Two", "body": "The mayor said on Monday that the plan was approved."}\n',
        encoding="utf-8",
    )
    articles = mediakit.load(path)
    table = mediakit.sources(articles)
    assert table.columns[0] == "id" and set(table["id"]) == {"a", "b"}
    view = mediakit.show(articles)
    assert view.html.count('<div class="mediakit-view">') == 2
    assert "Showing 1 of 2 articles" in mediakit.show(articles, limit=1).html
    with pytest.raises(ValueError, match="analyze"):
        mediakit.show(mediakit.analyze(articles).iloc[0])  # results have no body: say what to pass


@pytest.mark.parametrize(
    ("column", "values", "expected"),
    [
        pytest.param("n", [326.0, 101.0], [326, 101], id="whole-floats-become-integers"),
        pytest.param("auc", [0.58012, 0.29249], [0.58, 0.292], id="floats-rounded"),
        pytest.param("median", [1.414, float("nan")], [1.414, "nan"], id="float-with-missing-stays-float"),
        pytest.param("m", [1.0, float("nan")], [1.0, "nan"], id="whole-with-missing-stays-float"),
        pytest.param("detector", ["x 2.1.0", "y"], ["x 2.1.0", "y"], id="text-kept"),
    ],
)
def test_display_by_column_turns_an_evaluation_table_on_its_side(column, values, expected):
    frame = pd.DataFrame({"subset": ["all", "buzzfeed"], column: values})
    out = display.by_column(frame, "subset")
    assert list(out.columns) == ["all", "buzzfeed"]
    assert list(out.index) == [column]
    got = ["nan" if isinstance(v, float) and v != v else v for v in out.loc[column]]
    assert got == expected
    assert [type(v) for v in got] == [type(v) for v in expected]
