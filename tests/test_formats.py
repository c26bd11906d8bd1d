"""One article, one measurement: the same article as HTML, CSV, JSON Lines and text gives the same numbers."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

import mediakit

TITLE = "SHOCK as council BACKS new bridge!"
PARAGRAPHS = [
    "Furious residents say the council rammed through a shocking 4 million pound bridge on Tuesday.",
    "It is believed that several councillors backed the plan, according to a council report.",
    "\u201cIt is a good day for the town,\u201d said Mayor Ann Lee, who chairs the committee.",
    "Work will start in the spring and take about 18 months, the council said.",
]
BODY = "\n\n".join(PARAGRAPHS)


def _write_all(folder: Path) -> dict[str, tuple[Path, dict[str, str] | None]]:
    paras = "".join(f"<p>{p}</p>\n" for p in PARAGRAPHS)
    html_path = folder / "a.html"
    html_path.write_text(
        "<!DOCTYPE html><html><head>"
        f"<title>{TITLE} | The Riverside Gazette</title>"
        '<meta property="og:site_name" content="The Riverside Gazette">'
        "</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{TITLE}</h1>\n{paras}</article>"
        "<footer>Copyright The Riverside Gazette</footer></body></html>",
        encoding="utf-8",
    )
    csv_path = folder / "a.csv"
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Headline", "Article Text"])
        writer.writerow([TITLE, BODY])
    jsonl_path = folder / "a.jsonl"
    jsonl_path.write_text(json.dumps({"title": TITLE, "text": BODY}) + "\n", encoding="utf-8")
    txt_path = folder / "a.txt"
    txt_path.write_text(f"{TITLE}\n\n{BODY}\n", encoding="utf-8")
    return {
        "html": (html_path, None),
        "csv": (csv_path, {"body": "Article Text"}),
        "jsonl": (jsonl_path, None),
        "txt": (txt_path, None),
    }


def test_formats_one_article_measures_the_same_in_every_format(tmp_path):
    files = _write_all(tmp_path)
    rows = {}
    for fmt, (path, fields) in files.items():
        article = mediakit.load(path, fields=fields).iloc[0]
        assert article["status"] == "ok", (fmt, article["message"])
        assert article["title"] == TITLE, fmt
        assert article["body"] == BODY, (fmt, article["body"][:80])  # no headline repeated in the body
        rows[fmt] = mediakit.analyze(pd.DataFrame([article]), progress=False).iloc[0]
    metrics = mediakit.all_columns()
    reference = rows["txt"][metrics].astype(float)
    for fmt, row in rows.items():
        pd.testing.assert_series_equal(row[metrics].astype(float), reference, check_names=False, obj=fmt)
    doubled = mediakit.analyze({"title": TITLE, "body": f"{TITLE}\n\n{BODY}"}, progress=False).iloc[0]
    assert reference["sensational.shouting"] < doubled["sensational.shouting"]  # the headline counts once


def test_formats_html_headline_dropped_only_when_it_repeats_the_title():
    from mediakit.io.html import drop_headline

    assert drop_headline(["Council backs bridge.", "Body."], "council  backs bridge") == ["Body."]
    assert drop_headline(["Council backs bridge and more", "Body."], "Council backs bridge") == [
        "Council backs bridge and more",
        "Body.",
    ]
    assert drop_headline(["Body."], "") == ["Body."]


@pytest.mark.parametrize("body_column", ["Article Text", "story_body"])
def test_formats_unknown_body_column_says_how_to_map_it(tmp_path, body_column):
    path = tmp_path / "mine.csv"
    path.write_text(f'Headline,{body_column}\nA title,"Some text, said the mayor."\n', encoding="utf-8")
    row = mediakit.load(path).iloc[0]
    assert row["status"] == "empty"
    assert body_column in row["message"] and "fields={'body': ...}" in row["message"]
    assert "--field body=" in row["message"]
    mapped = mediakit.load(path, fields={"body": body_column}).iloc[0]
    assert mapped["status"] == "ok" and mapped["body"] == "Some text, said the mayor."


def test_formats_csv_ids_count_rows_not_lines(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text('title,body\nOne,"first\n\nparagraphs"\nTwo,second\n\nThree,third\n', encoding="utf-8")
    df = mediakit.load(path)
    assert df["id"].tolist() == ["news:1", "news:2", "news:3"]
    assert df["record"].tolist() == [2, 5, 7]  # messages still cite the file line
