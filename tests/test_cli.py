"""Command line: a thin layer over the library."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from mediakit.cli import main
from tests.conftest import ROOT, SEED


def test_cli_analyze_defaults_to_seeds_and_prints_summary(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["analyze"]) == 0
    out = capsys.readouterr().out
    assert "Russian guards demand jobs back after protesting illegal order to fight war" in out
    assert "Words 335" in out
    assert "Flesch-Kincaid grade 12.2 US grade (" in out  # unit, then the Wikinews percentile
    assert "percentile of Wikinews" in out or "every Wikinews article" in out
    assert "1 article(s), 1 ok" in out


def test_cli_analyze_without_seeds_folder_explains(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert main(["analyze"]) == 2
    assert "no path given" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_cli_analyze_writes_output(tmp_path, suffix):
    out = tmp_path / f"r{suffix}"
    assert main(["analyze", str(SEED), "-o", str(out), "-q"]) == 0
    df = {".csv": pd.read_csv, ".parquet": pd.read_parquet}.get(suffix, lambda p: pd.read_json(p, lines=True))(out)
    assert df.loc[0, "readability.words"] == 335


def test_cli_metrics_lists_registry(capsys):
    import mediakit

    assert main(["metrics"]) == 0
    out = capsys.readouterr().out
    for col in mediakit.all_columns():
        assert col in out


def test_cli_metrics_markdown(capsys):
    assert main(["metrics", "--format", "markdown"]) == 0
    assert capsys.readouterr().out.startswith("| column | version |")


def test_cli_explain_shows_evidence(capsys):
    assert main(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "readability / long_sentence (2)" in out
    assert "It is believed" in out


def test_cli_bad_path_is_a_clear_error(capsys, tmp_path):
    assert main(["analyze", str(tmp_path / "missing.jsonl")]) == 2
    assert "missing.jsonl: no such file or directory" in capsys.readouterr().err


def test_cli_python_dash_m_works():
    res = subprocess.run([sys.executable, "-m", "mediakit", "--version"], capture_output=True, text=True, check=True)
    assert res.stdout.startswith("mediakit ")


# --- own corpora, formats, pipes (issue 15) ---------------------------------------------------------

EXAMPLE = ROOT / "examples" / "riverside_news.csv"


def test_cli_field_option_maps_an_unrecognised_column(capsys):
    assert main(["analyze", str(EXAMPLE), "--format", "csv"]) == 1  # body column not recognised: nothing measured
    assert "--field body=" in capsys.readouterr().out
    assert main(["analyze", str(EXAMPLE), "--field", "body=Article Text", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    table = pd.read_csv(__import__("io").StringIO(captured.out))
    assert len(table) == 12 and (table["status"] == "ok").all()
    assert {"title", "url", "outlet", "published"} <= set(table.columns)  # what identifies a row is kept
    assert "12 article(s), 12 ok" in captured.err


@pytest.mark.parametrize("bad", ["body", "nope=x", "body="])
def test_cli_field_option_rejects_bad_values(capsys, bad):
    assert main(["analyze", str(EXAMPLE), "--field", bad]) == 2
    assert "--field" in capsys.readouterr().err


def test_cli_summary_formats(capsys):
    args = ["analyze", str(EXAMPLE), "--field", "body=Article Text", "--field", "title=Headline"]
    assert main([*args, "--format", "json"]) == 0
    records = __import__("json").loads(capsys.readouterr().out)
    assert records[0]["title"] == "Council approves footbridge over the River Wend"
    assert isinstance(records[0]["readability.flesch_kincaid_grade"], float)  # raw numbers for programs
    assert main([*args, "--format", "markdown"]) == 0
    md = capsys.readouterr().out.splitlines()
    assert md[0].startswith("| id | headline | outlet | date |") and "Flesch-Kincaid grade (US grade)" in md[0]
    assert md[2].count("|") == md[0].count("|")
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "Riverside Gazette · 2024-01-16 · https://example.org/riverside-gazette/footbridge" in text
    assert "Sensational index" in text and "of Wikinews" in text


def test_cli_analyze_output_keeps_title_and_url(tmp_path):
    out = tmp_path / "r.csv"
    assert main(["analyze", str(EXAMPLE), "--field", "body=Article Text", "-o", str(out), "-q"]) == 0
    df = pd.read_csv(out)
    assert df.columns[:7].tolist() == ["id", "title", "outlet", "published", "url", "status", "message"]
    assert df.loc[1, "title"] == "TOWN IN CHAOS as bridge plan sparks fury!"
    assert df["id"].tolist()[:2] == ["riverside_news:1", "riverside_news:2"]


def test_cli_metrics_text_has_header_units_and_references(capsys):
    assert main(["metrics"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("mediakit metric registry:")
    for direction in ("higher_harder", "higher_easier", "higher_more", "neutral"):
        assert direction in out.split("\n\n")[0]  # every direction name is defined in the header
    assert "reference:" in out and "US grade" in out and "how to read" in out
    assert "higher = more difficult to read" in out


def test_cli_metrics_json_has_display_fields(capsys):
    assert main(["metrics", "--format", "json"]) == 0
    rows = __import__("json").loads(capsys.readouterr().out)
    fk = next(r for r in rows if r["column"] == "readability.flesch_kincaid_grade")
    assert fk["label"] == "Flesch-Kincaid grade" and fk["unit"] == "US grade" and fk["decimals"] == 1
    assert fk["reads"] == "higher = more difficult to read" and fk["direction"] == "higher_harder"


@pytest.mark.parametrize("command", [["metrics"], ["analyze", "seeds"]])
def test_cli_closed_pipe_is_quiet(command):
    """`mediakit metrics | head -1`: the reader leaves early; no traceback, no error message."""
    with subprocess.Popen(
        [sys.executable, "-m", "mediakit", *command],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # the reader is gone before the output is written (as `| head` can be)
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "Broken pipe" not in err and "BrokenPipeError" not in err


def test_cli_report_has_header_contents_summary_and_legend(tmp_path):
    out = tmp_path / "r.html"
    assert main(["report", str(EXAMPLE), "--field", "body=Article Text", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<title>mediakit report: riverside_news.csv</title>" in page
    assert '<h2 id="mk-contents">Contents</h2>' in page and page.count('href="#mk-article-') == 12
    assert "<h2>Summary</h2>" in page and "12 articles from 3 outlets" in page
    assert "Daily Clarion · 2024-01-17" in page and 'href="https://example.org/daily-clarion/bridge-fury"' in page
    assert "percentile of Wikinews" in page or "every Wikinews article" in page
    assert "difficult-word" not in page and "Not marked: difficult words." in page
    assert "mk-sourcing-source" in page and "mk-sensational-shouting" in page
    colours = set(__import__("re").findall(r"background:(#[0-9A-Fa-f]{6})90", page))
    assert len(colours) >= 6  # one colour per evidence kind in the legends
    out2 = tmp_path / "r2.html"
    assert main(["report", str(SEED), "-o", str(out2), "--difficult-words", "--title", "Mine"]) == 0
    page2 = out2.read_text(encoding="utf-8")
    assert "difficult-word" in page2 and "<title>Mine</title>" in page2 and "Contents" not in page2


def test_cli_summary_of_an_unmeasured_row_gives_the_reason_not_numbers(capsys, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text('Headline,Article Text\nSHOCK HORROR!,"The council met."\n', encoding="utf-8")
    assert main(["analyze", str(path)]) == 1
    out = capsys.readouterr().out
    assert "status: empty" in out and "--field body=" in out
    assert "Sensational index" not in out and "Words" not in out
