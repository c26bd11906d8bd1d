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
