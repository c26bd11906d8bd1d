"""Evidence view and HTML report: highlighting, legend, escaping."""

from __future__ import annotations

import re

import pytest

import mediakit
from mediakit.cli import main
from mediakit.view import show
from tests.conftest import SEED


def test_view_seed_renders_highlights_legend_and_boilerplate(seed_row):
    view = show(seed_row)
    html = view._repr_html_()
    assert html.startswith('<div class="mediakit-view">')
    assert 'class="mk-legend"' in html
    assert "Removed boilerplate" in html and "Source: Read Full Article" in html
    assert re.search(
        r'<mark class="mk-span[^"]*mk-structure[^"]*" style="[^"]*border-bottom:2px solid #009E73[^"]*" '
        r'title="structure / restated_paragraph',
        html,
    )
    assert "readability / long_sentence: 33 words → readability.long_sentence_share" in html
    assert repr(view).startswith("<EvidenceView ")


@pytest.mark.parametrize(
    "hostile",
    [
        '<script>alert("x")</script>',
        "a & b < c > d",
        '"><img src=x onerror=alert(1)>',
        "</mark></div><b>x</b>",
    ],
)
def test_view_escapes_article_text_everywhere(hostile):
    article = {
        "title": hostile,
        "body": f"It is believed that {hostile} was terrified. {hostile}",
        "boilerplate": [hostile],
    }
    html = show(article).html
    assert hostile not in html
    assert "<script>" not in html
    assert "<img" not in html
    assert "<b>x</b>" not in html


def test_view_hide_and_kinds_filter(seed_row):
    everything = show(seed_row, hide=()).counts
    hidden = show(seed_row).counts  # difficult words are off by default: nearly every word is one
    assert ("readability", "difficult_word") in everything
    assert ("readability", "difficult_word") not in hidden
    only = show(seed_row, kinds=["long_sentence"]).counts
    assert set(only) == {("readability", "long_sentence")}


def test_view_overlapping_spans_keep_every_class():
    text = (
        "It is believed that the brutal plan failed completely and utterly in every single way, said the man."
    )
    view = show({"title": "", "body": text}, "readability")
    assert "mk-readability-difficult-word" in view.html or view.counts == {}


def test_view_report_cli_writes_standalone_page(tmp_path):
    out = tmp_path / "r.html"
    assert main(["report", str(SEED), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "<script" not in page
    assert page.count('<div class="mediakit-view">') == 1


def test_view_public_api_exports_show():
    assert mediakit.show is show
