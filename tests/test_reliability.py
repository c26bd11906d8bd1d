"""Reliability and security (issue 7): bad input is survived and accounted for, nothing unsafe renders.

The battery builds each kind of bad input in ``tmp_path`` and runs it through
``load``, ``analyze``, ``evidence``, ``show`` and the CLI. For every kind:
nothing raises; every input record gives exactly one row, in order; a row that
is not "ok" has a message naming its file (and line, when it has one); metrics
are finite or NaN (NaN on error rows); the CLI exits 0 when something was
analysed and its summary counts the failed rows.
"""

from __future__ import annotations

import ast
import bz2
import gzip
import io
import json
import lzma
import math
import os
import socket
import tarfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import mediakit
from mediakit.cli import main, safe
from mediakit.errors import LoadError
from mediakit.schema import ARTICLE_COLUMNS
from mediakit.view import MAX_SHOW_CHARS, show, standalone_page
from tests.conftest import ROOT, SEED, needs_data
from tests.html_safety import HOSTILE, active_content

STATUSES = {"ok", "empty", "error"}
NEWS = (
    "The minister said the plan would work, according to officials. Critics disagreed. "
    "“We will not stop,” protesters told reporters on Monday."
)
SEED_BODY = " ".join(mediakit.load(SEED).iloc[0]["body"].split())


@dataclass(frozen=True)
class Kind:
    """One kind of bad input: ``build(dir) -> path`` and the statuses its records must get."""

    build: Callable[[Path], Path]
    statuses: list[str] | Callable[[], list[str]]
    check: Callable[[pd.DataFrame], None] | None = None
    marks: tuple[Any, ...] = field(default=())


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def build(d: Path) -> Path:
        p = d / name
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return p

    return build


def _png(d: Path) -> Path:
    from PIL import Image

    pixels = np.random.default_rng(7).integers(0, 256, size=(48, 48, 3), dtype=np.uint8)
    p = d / "photo.txt"  # an image saved under a text name, as scrapers do
    Image.fromarray(pixels).save(p, format="PNG")
    return p


def _unreadable_dir(d: Path) -> Path:
    root = d / "corpus"
    root.mkdir()
    (root / "a_good.txt").write_text(f"Good\n\n{NEWS}\n", encoding="utf-8")
    locked = root / "b_unreadable.txt"
    locked.write_text(f"Locked\n\n{NEWS}\n", encoding="utf-8")
    locked.chmod(0)
    (root / "c_broken.txt").symlink_to(root / "missing-target.txt")
    os.mkfifo(root / "d_fifo.txt")  # opening it would block forever
    (root / "e_dir.txt").mkdir()
    (root / "e_dir.txt" / "inner.txt").write_text(f"Inner\n\n{NEWS}\n", encoding="utf-8")
    return root


def _unreadable_statuses() -> list[str]:
    root_can_read = os.geteuid() == 0  # root ignores file modes
    return ["ok", "ok" if root_can_read else "error", "error", "error", "ok"]


def _body(df: pd.DataFrame, i: int = 0) -> str:
    return str(df.loc[i, "body"])


def _check_binary(df: pd.DataFrame) -> None:
    assert "binary data, not text" in df.loc[0, "message"]


def _check_invalid_utf8(df: pd.DataFrame) -> None:
    assert "café" in _body(df) and "“hello”" in _body(df)  # no cp1252 mojibake
    assert "\ufffd" in _body(df)


def _check_html(df: pd.DataFrame) -> None:
    assert "<script" not in _body(df) and "alert(" not in _body(df) and "onerror" not in _body(df)
    assert "council voted" in _body(df)


def _check_fields(df: pd.DataFrame) -> None:
    assert "no field named body" in df.loc[0, "message"] and "foo" in df.loc[0, "message"]
    assert df.loc[1, "extra"] == {"nested": [1, 2]}
    assert df.loc[1, "body"] == "Short body."


def _check_types(df: pd.DataFrame) -> None:
    assert "body is int" in df.loc[0, "message"]
    assert "body is list" in df.loc[1, "message"]
    assert "body is dict" in df.loc[2, "message"]
    assert df.loc[5, "title"] == "2024"


def _check_csv(df: pd.DataFrame) -> None:
    assert df.loc[0, "body"] == 'Line one, with a comma.\n\nLine "two" quoted.'
    assert df["record"].tolist()[:2] == [2, 6]


HTML_PAGE = (
    "<html><head><title>Council <script>alert(1)</script>votes</title>"
    "<script>document.cookie</script></head><body><article><h1>Council votes</h1>"
    + "<p>The council voted on Monday to expand the city's bus network, officials said.</p>"
    * 4
    + "<p><img src=x onerror=alert(2)>Residents welcomed the plan.</p>"
    '<p><a href="javascript:alert(3)">Read more</a></p></article></body></html>'
)

KINDS: dict[str, Kind] = {
    "empty_file": Kind(_write("empty.txt", b""), ["empty"]),
    "whitespace_only": Kind(_write("blank.txt", " \n\n\t  \n \n"), ["empty"]),
    "binary_image": Kind(_png, ["error"], _check_binary),
    "invalid_utf8": Kind(
        _write("broken.txt", "Café row\n\nThe café said “hello”. ".encode() * 3 + b"\xff\xfe\xfa end."),
        ["ok"],
        _check_invalid_utf8,
    ),
    "utf16_bom": Kind(
        _write("wide.txt", "Title “quoted”\n\nThe café’s owner said: “It’s unfair.”\n".encode("utf-16")),
        ["ok"],
        lambda df: None if _body(df) == "The café’s owner said: “It’s unfair.”" else pytest.fail(_body(df)),
    ),
    "cp1252_curly_quotes": Kind(
        _write("win.txt", "Owners’ “fury”\n\nHe said “no”. It’s fine – really.\n".encode("cp1252")),
        ["ok"],
        lambda df: None if _body(df) == "He said “no”. It’s fine – really." else pytest.fail(_body(df)),
    ),
    "nul_bytes": Kind(
        _write("nul.txt", b"Title\x00 here\n\nSome\x00 text with NUL\x00 bytes. More text."),
        ["ok"],
        lambda df: None if "\x00" not in _body(df) + df.loc[0, "title"] else pytest.fail("NUL kept"),
    ),
    "huge_5mb_single_paragraph": Kind(
        _write("huge.txt", "Huge\n\n" + " ".join([SEED_BODY] * (5_000_000 // len(SEED_BODY) + 1))),
        ["ok"],
        lambda df: None if len(_body(df)) >= 5_000_000 and "\n" not in _body(df) else pytest.fail("size"),
        (pytest.mark.slow,),
    ),
    "word_of_10000_chars": Kind(_write("longword.txt", f"Long\n\nA {'x' * 10_000} word. {NEWS}"), ["ok"]),
    "no_punctuation": Kind(
        _write("nopunct.txt", "Title\n\n" + "and then the council met again " * 200), ["ok"]
    ),
    "only_quotation_marks": Kind(_write("quotes.txt", '""\n\n""" “” ‘’ «» „“ \'\' ` ´'), ["ok"]),
    "unbalanced_quotes": Kind(
        _write("unbalanced.txt", '“Half\n\nHe said “this never ends. And "another. Then ” closing ” ” “.'),
        ["ok"],
    ),
    "emoji_and_rtl": Kind(
        _write("emoji.txt", "🔥 Title 😀\n\nמה קורה? السلام عليكم. 😀😀 \u202eevil\u202c text 👩‍👩‍👧. "),
        ["ok"],
    ),
    "russian_article": Kind(
        _write(
            "ru.txt",
            "Заголовок статьи\n\nПрезидент заявил, что план сработает. «Мы не остановимся», — сказали "
            "протестующие журналистам в понедельник. Эксперты, по данным агентства, не согласились.",
        ),
        ["ok"],
    ),
    "html_script_and_onerror": Kind(_write("page.html", HTML_PAGE), ["ok"], _check_html),
    "jsonl_malformed_line": Kind(
        _write(
            "bad.jsonl",
            '{"id": "a", "body": "Fine text."}\n{"id": "b", "body": broken\n\n{"body": "Also."}\n',
        ),
        ["ok", "error", "ok"],
    ),
    "missing_and_extra_fields": Kind(
        _write(
            "fields.jsonl",
            '{"foo": "bar"}\n{"body": "Short body.", "extra": {"nested": [1, 2]}, "status": "x", "record": "y"}\n',
        ),
        ["empty", "ok"],
        _check_fields,
    ),
    "wrong_types": Kind(
        _write(
            "types.jsonl",
            '{"body": 12345}\n{"body": ["a", "b"]}\n{"body": {"x": 1}}\n{"body": true}\n{"body": null}\n'
            '{"body": "Text body.", "title": 2024, "id": 7}\n"just a string"\n[1, 2]\n',
        ),
        ["error", "error", "error", "error", "empty", "ok", "error", "error"],
        _check_types,
    ),
    "csv_embedded_newlines_and_quotes": Kind(
        _write(
            "quoted.csv",
            'id,title,body\n1,"Title, with comma","Line one, with a comma.\n\nLine ""two"" quoted."\n'
            "\n"
            '2,"Multi\nline title","x "" y."\n3,only two\n4,"unterminated,"oops\n',
        ),
        ["ok", "ok", "error", "error"],
        _check_csv,
    ),
    "directory_with_unreadable_files": Kind(_unreadable_dir, _unreadable_statuses),
    "json_nested_too_deeply": Kind(
        _write("deep.jsonl", "[" * 100_000 + "\n" + '{"body": "Ok."}\n'), ["error", "ok"]
    ),
    "json_file_not_objects": Kind(
        _write("list.json", '[1, "two", {"body": "Three."}, null]'), ["error", "error", "ok", "error"]
    ),
    "truncated_gzip": Kind(
        _write("cut.jsonl.gz", gzip.compress(b'{"body": "A b."}\n' * 200)[:-40]), ["error"]
    ),
    "corrupt_xz": Kind(_write("bad.jsonl.xz", b"\xfd7zXZ\x00\x00 not really xz"), ["error"]),
    "corrupt_bz2": Kind(_write("bad.csv.bz2", b"BZh91AY&SY garbage"), ["error"]),
    "corrupt_parquet": Kind(_write("bad.parquet", b"PAR1 not a parquet file PAR1"), ["error"]),
    "unknown_format": Kind(_write("notes.docx", b"PK\x03\x04 word file"), ["error"]),
    "crlf_and_control_characters": Kind(
        _write("ctrl.txt", "Title\r\n\r\nA line\r\nwith \x1b[31mred\x1b[0m and \x07bell. Done.\r\n"), ["ok"]
    ),
    "empty_jsonl": Kind(_write("none.jsonl", "\n\n"), []),
    "binary_named_jsonl": Kind(
        _write("noise.jsonl.gz", gzip.compress(np.random.default_rng(3).bytes(50_000))),
        ["error"],
        _check_binary,
    ),
}


def _undecodable_name(d: Path) -> Path:
    root = d / "names"
    root.mkdir()
    (root / "a.txt").write_text(f"Good\n\n{NEWS}\n", encoding="utf-8")
    (root / os.fsdecode(b"caf\xe9.txt")).write_text(f"Cafe\n\n{NEWS}\n", encoding="utf-8")
    return root


def _check_undecodable_name(df: pd.DataFrame) -> None:
    assert df.loc[1, "source_path"].endswith("caf\\xe9.txt") and df.loc[1, "id"] == "caf\\xe9"


def _glob_chars(d: Path) -> Path:
    (d / "report1.txt").write_text("Plain\n\nThe plain one said so.", encoding="utf-8")
    p = d / "report[1].txt"
    p.write_text("Bracket\n\nThe bracket one said so.", encoding="utf-8")
    return p


_THREE = [{"id": str(i), "title": f"T{i}", "body": f"Body {i} said so."} for i in range(3)]
_JSONL3 = "".join(json.dumps(r) + "\n" for r in _THREE)


def _check_three(df: pd.DataFrame) -> None:
    assert df["body"].tolist() == [r["body"] for r in _THREE], df["message"].tolist()


# Issue 14: kinds found by a deeper probe (each failed on the main branch of the time).
KINDS_ROUND_TWO: dict[str, Kind] = {
    "undecodable_file_name": Kind(_undecodable_name, ["ok", "ok"], _check_undecodable_name),
    "lone_surrogates_in_jsonl": Kind(
        _write(
            "sur.jsonl",
            '{"id": "\\udc00x", "title": "t\\ud83d", "body": "Body \\udc00 said."}\n{"id": "ok", "body": "Fine."}\n',
        ),
        ["ok", "ok"],
        lambda df: None if df.loc[0, "id"] == "\ufffdx" and "\ufffd" in _body(df) else pytest.fail(df.loc[0, "id"]),
    ),
    "utf16_jsonl_with_bom": Kind(_write("w.jsonl", _JSONL3.encode("utf-16")), ["ok"] * 3, _check_three),
    "utf16_jsonl_without_bom": Kind(_write("w.jsonl", _JSONL3.encode("utf-16-le")), ["ok"] * 3, _check_three),
    "cr_only_jsonl": Kind(_write("cr.jsonl", _JSONL3.replace("\n", "\r")), ["ok"] * 3, _check_three),
    "cr_only_csv": Kind(
        _write("cr.csv", "id,title,body\r" + "".join(f"{r['id']},{r['title']},{r['body']}\r" for r in _THREE)),
        ["ok"] * 3,
        _check_three,
    ),
    "utf16_csv": Kind(
        _write("w.csv", ("id,title,body\n" + "".join(f"{r['id']},{r['title']},{r['body']}\n" for r in _THREE)).encode("utf-16")),
        ["ok"] * 3,
        _check_three,
    ),
    "tsv_bz2": Kind(_write("t.tsv.bz2", bz2.compress(b"title\tbody\nHead\tThe body said so.\n")), ["ok"]),
    "oversized_record_in_gzip": Kind(
        _write(
            "big.jsonl.gz",
            gzip.compress(b'{"body": "Before."}\n{"body": "' + b"word " * (17 * 2**20 // 5) + b'"}\n{"body": "After."}\n'),
        ),
        ["ok", "error", "ok"],
        lambda df: None if "record larger than the limit of 16 MiB" in df.loc[1, "message"] else pytest.fail(df.loc[1, "message"]),
    ),
    "csv_duplicate_body_column": Kind(
        _write("dup.csv", "id,body,BODY\n1,one said.,two said.\n"),
        ["error"],
        lambda df: None if "duplicate column 'body'" in df.loc[0, "message"] else pytest.fail(df.loc[0, "message"]),
    ),
    "html_navigation_only": Kind(
        _write("nav.html", "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav></body></html>"),
        ["empty"],
    ),
    "existing_path_with_glob_characters": Kind(
        _glob_chars, ["ok"], lambda df: None if df["title"].tolist() == ["Bracket"] else pytest.fail(str(df["title"]))
    ),
    "json_list_with_a_syntax_error": Kind(
        _write("cut.json", '[{"body": "One said."}, {"body": "Two said."}, {"body": oops}, {"body": "Four."}]'),
        ["ok", "ok", "error"],
    ),
}
KINDS.update(KINDS_ROUND_TWO)


def _kind_params() -> list[Any]:
    return [pytest.param(name, marks=KINDS[name].marks, id=name) for name in KINDS]


def _expected(kind: Kind) -> list[str]:
    return kind.statuses() if callable(kind.statuses) else list(kind.statuses)


def assert_rows_accounted(df: pd.DataFrame) -> None:
    """Schema columns, a known status, and a message naming file (and line) on every non-ok row."""
    assert list(df.columns[: len(ARTICLE_COLUMNS)]) == list(ARTICLE_COLUMNS)
    for row in df.to_dict("records"):
        assert row["status"] in STATUSES
        if row["status"] == "ok":  # empty, or a note that the row was cut (never silent)
            assert row["message"] == "" or (
                row["message"].startswith(str(row["source_path"])) and " cut " in row["message"]
            ), row["message"]
        else:
            assert row["source_path"] and str(row["source_path"]) in row["message"], row["message"]
            if row["record"]:  # line (JSON Lines, CSV) or record number (JSON, Parquet)
                where = (
                    f"{row['source_path']}:{row['record']}:",
                    f"{row['source_path']}: record {row['record']}:",
                )
                assert row["message"].startswith(where), row["message"]


def assert_results_contract(results: pd.DataFrame, articles: pd.DataFrame) -> None:
    """One result per article, same order and ids, metrics finite or NaN (all NaN on error rows)."""
    assert len(results) == len(articles)
    assert results["id"].tolist() == articles["id"].tolist()
    assert results["status"].tolist() == articles["status"].tolist(), results["message"].tolist()
    metric_cols = [c for c in results.columns if "." in c]
    assert metric_cols == mediakit.all_columns()
    values = results[metric_cols].to_numpy(dtype=float)
    assert not np.isinf(values).any(), "a metric is infinite"
    errors = (results["status"] == "error").to_numpy()
    assert np.isnan(values[errors]).all()


@pytest.mark.parametrize("name", _kind_params())
def test_reliability_bad_input_is_survived_and_accounted_for(name, tmp_path, capsys):
    kind = KINDS[name]
    path = kind.build(tmp_path)

    articles = mediakit.load(path)
    assert articles["status"].tolist() == _expected(kind), articles["message"].tolist()
    assert_rows_accounted(articles)
    if kind.check is not None:
        kind.check(articles)

    results = mediakit.analyze(articles)
    assert_results_contract(results, articles)

    for _, row in articles.iterrows():
        view = show(row)
        assert active_content(view.html) == []
        if row["status"] == "ok":
            doc = mediakit.to_doc(row)  # parsed once for evidence and sources
            ev = mediakit.evidence(doc)
            for e in ev.itertuples():
                source = row["title"] if e.field == "title" else row["body"]
                assert source[e.start : e.end] == e.text
            assert isinstance(mediakit.sources(doc), pd.DataFrame)

    if len(articles) and articles["body"].str.len().max() > MAX_SHOW_CHARS:
        return  # the CLI on the 5 MB article repeats analyze: minutes of CI, no extra coverage
    out = tmp_path / "out.jsonl"
    code = main(["analyze", str(path), "-q", "-o", str(out)])
    err = capsys.readouterr().err
    n_ok = _expected(kind).count("ok")
    assert code == (0 if n_ok else 1), err
    assert f"{len(articles)} article(s), {n_ok} ok" in err
    if n_ok < len(articles):
        assert f"{len(articles) - n_ok} failed" in err
    written = pd.read_json(out, lines=True) if out.stat().st_size else pd.DataFrame(columns=["status"])
    assert written["status"].tolist() == articles["status"].tolist()
    n_shown = int((articles["status"] != "error").sum())
    assert main(["explain", str(path), "--limit", "100"]) == (0 if len(articles) else 2)
    assert main(["report", str(path), "-o", str(tmp_path / "r.html")]) == (0 if n_shown else 1)
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count('<div class="mediakit-view">') == n_shown
    assert active_content(page) == []
    assert "\x1b" not in capsys.readouterr().out


def test_reliability_parallel_analysis_accounts_for_the_same_rows(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in (
        "jsonl_malformed_line",
        "wrong_types",
        "csv_embedded_newlines_and_quotes",
        "binary_image",
        "nul_bytes",
    ):
        KINDS[name].build(folder)
    serial = mediakit.analyze(folder)
    parallel = mediakit.analyze(folder, n_jobs=2, chunksize=1)
    pd.testing.assert_frame_equal(serial, parallel)
    assert len(serial) == len(mediakit.load(folder))


# --- paths that do not exist, unreadable files ---------------------------------------------------


def test_reliability_missing_path_raises_load_error_naming_it(tmp_path):
    with pytest.raises(LoadError, match=r"nope\.jsonl: no such file or directory"):
        mediakit.load(tmp_path / "nope.jsonl")
    with pytest.raises(LoadError, match="glob pattern matched no files"):
        mediakit.load(str(tmp_path / "*.jsonl"))


def test_reliability_cli_missing_path_among_good_ones_is_a_counted_failure(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(f"Good\n\n{NEWS}\n", encoding="utf-8")
    assert main(["analyze", str(good), str(tmp_path / "missing.txt")]) == 0
    captured = capsys.readouterr()
    assert "missing.txt: no such file or directory" in captured.err
    assert "2 article(s), 1 ok, 1 failed (1 error)" in captured.out
    assert main(["analyze", str(good), str(tmp_path / "missing.txt"), "--strict"]) == 1
    assert main(["analyze", str(tmp_path / "missing.txt")]) == 2


def test_reliability_permission_denied_becomes_error_row(tmp_path, monkeypatch):
    from mediakit.io import _common

    (tmp_path / "a.txt").write_text(f"A\n\n{NEWS}", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"body": "x."}\n', encoding="utf-8")
    real = _common.open_binary

    def guarded(path: Path) -> Any:
        if path.name == "b.jsonl":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(_common, "open_binary", guarded)  # every text reader opens files through it
    df = mediakit.load(tmp_path)
    assert df["status"].tolist() == ["ok", "error"]
    assert "b.jsonl" in df.loc[1, "message"] and "Permission denied" in df.loc[1, "message"]


def test_reliability_failure_mid_file_keeps_earlier_records(tmp_path):
    whole = b"".join(json.dumps({"body": f"Sentence {i} " * 200 + "."}).encode() + b"\n" for i in range(400))
    path = tmp_path / "cut.jsonl.gz"
    packed = gzip.compress(whole)
    path.write_bytes(packed[: len(packed) // 2])
    df = mediakit.load(path)
    assert df["status"].iloc[-1] == "error"
    assert (df["status"].iloc[:-1] == "ok").all() and len(df) > 1
    assert f"(after record {len(df) - 1})" in df["message"].iloc[-1]
    assert df["record"].iloc[:-1].tolist() == list(range(1, len(df)))


# --- analyze on odd in-memory input --------------------------------------------------------------


def test_reliability_analyze_odd_records_one_row_each():
    records: list[Any] = [
        {"body": NEWS},
        42,
        None,
        {"body": 3.5},
        {"text": NEWS, "title": float("nan")},
        {"title": "no body at all"},
    ]
    out = mediakit.analyze(records)
    assert out["status"].tolist() == ["ok", "error", "error", "error", "ok", "empty"]
    assert out.loc[1, "message"].startswith("<memory>:2: cannot analyze a int")
    assert "body is float" in out.loc[3, "message"]


def test_reliability_schema_rows_round_trip_through_parquet(tmp_path):
    articles = mediakit.load(SEED)
    path = tmp_path / "articles.parquet"
    articles.to_parquet(path)
    back = pd.read_parquet(path)  # boilerplate comes back as a numpy array
    assert isinstance(back.loc[0, "boilerplate"], np.ndarray)
    pd.testing.assert_frame_equal(mediakit.analyze(back), mediakit.analyze(articles))
    assert "Removed boilerplate" in show(back.iloc[0]).html


def test_reliability_schema_row_with_bad_body_type_is_an_error_row():
    row = {
        **mediakit.load(SEED).iloc[0].to_dict(),
        "body": 12,
        "title": float("nan"),
        "boilerplate": float("nan"),
    }
    out = mediakit.analyze(pd.DataFrame([row]))
    assert out.loc[0, "status"] == "error"
    assert out.loc[0, "message"] == f"{SEED}: body is int, expected text"


# --- the CLI: exit status, summary, --strict, terminal safety -----------------------------------


def _mixed(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "good", "body": NEWS})
        + "\nnot json\n"
        + json.dumps({"id": "e", "body": ""})
        + "\n"
        + "{broken\n",
        encoding="utf-8",
    )
    return path


def test_reliability_cli_summary_counts_failures_and_reasons(tmp_path, capsys):
    path = _mixed(tmp_path)
    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert "4 article(s), 1 ok, 3 failed (1 empty, 2 error)" in out
    assert "  2 error: Expecting value" in out or "  1 error: Expecting value" in out
    assert f"e.g. {path}:2: " in out
    assert "1 empty: no body text" in out


def test_reliability_cli_strict_and_nothing_readable(tmp_path, capsys):
    path = _mixed(tmp_path)
    assert main(["analyze", str(path), "--strict"]) == 1
    assert main(["analyze", str(path), "--strict", "-q", "-o", str(tmp_path / "o.csv")]) == 1
    bad = tmp_path / "all_bad.jsonl"
    bad.write_text("nope\n{\n", encoding="utf-8")
    assert main(["analyze", str(bad)]) == 1
    assert main(["analyze", str(bad), "-q", "-o", str(tmp_path / "o.parquet")]) == 1
    assert "2 article(s), 0 ok, 2 failed (2 error)" in capsys.readouterr().err


def test_reliability_cli_output_to_missing_folder_is_a_clear_error(tmp_path, capsys):
    code = main(["analyze", str(SEED), "-q", "-o", str(tmp_path / "no" / "such" / "out.csv")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("mediakit: ") and "output folder" in err and "does not exist" in err
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("command", ["analyze", "explain"])
def test_reliability_cli_never_prints_terminal_escapes_from_articles(tmp_path, capsys, command):
    path = tmp_path / "esc.jsonl"
    evil = "\x1b]0;pwned\x07\x1b[2J\r\u202eSaid"
    path.write_text(
        json.dumps({"id": f"id{evil}", "title": f"T {evil}", "body": f"{NEWS} {evil} it."})
        + "\n"
        + json.dumps({"id": "x", "body": 5, "title": evil})
        + "\n",
        encoding="utf-8",
    )
    assert main([command, str(path), "--limit", "2"] if command == "explain" else [command, str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out and "\u202e" not in out
    assert "\\x1b" in out


def test_reliability_safe_escapes_only_control_characters():
    assert safe("Café “quoted” — מה 😀 tab") == "Café “quoted” — מה 😀 tab"
    assert safe("\x1b[31m\x00\x9b\u202e") == "\\x1b[31m\\x00\\x9b\\u202e"
    # one line per article: a newline or tab cannot start a line of its own (issue 14)
    assert safe("a\nb\tc\rd\u2028e") == "a\\nb\\tc\\rd\\u2028e"
    assert safe("caf\udce9 \ud800") == "caf\\xe9 \\ud800"  # lone surrogates (undecodable names)


# --- HTML escaping: show, report, notebook tables ------------------------------------------------


@pytest.mark.parametrize("hostile", HOSTILE)
def test_reliability_show_renders_hostile_article_inert(hostile):
    article = {
        "title": f"Breaking {hostile}",
        "body": f"It is believed that {hostile} was terrified, officials said. “{hostile},” he said.\n\n{hostile}",
        "boilerplate": [hostile],
    }
    html = show(article).html
    assert active_content(html) == []
    assert hostile not in html
    page = standalone_page([show(article)], title=hostile)
    assert active_content(page) == []


def test_reliability_report_cli_renders_hostile_articles_inert(tmp_path):
    src = tmp_path / "hostile.jsonl"
    src.write_text(
        "".join(json.dumps({"id": h, "title": h, "body": f"{NEWS} {h}", "url": h}) + "\n" for h in HOSTILE),
        encoding="utf-8",
    )
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(src), str(tmp_path / "page.html"), "-o", str(out), "--title", HOSTILE[0]]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<div class="mediakit-view">') == len(HOSTILE) + 1
    assert active_content(page) == []


def test_reliability_active_content_detector_catches_unescaped_payloads():
    """The checker itself must be able to fail: raw payloads are flagged."""
    for hostile in HOSTILE:
        assert active_content(f"<div>{hostile}</div>"), hostile
    assert active_content('<mark title="x" onclick="y">a</mark>') == ["<mark onclick=...>"]


def test_reliability_notebook_tables_escape_article_text(tmp_path):
    src = tmp_path / "hostile.jsonl"
    src.write_text(
        "".join(json.dumps({"id": h, "title": h, "body": h, "outlet": h}) + "\n" for h in HOSTILE),
        encoding="utf-8",
    )
    articles = mediakit.load(src)
    results = mediakit.analyze(articles)
    for table in (articles, results, mediakit.evidence(articles.iloc[0])):
        html = table._repr_html_()
        assert html is not None and active_content(html) == []


@pytest.mark.parametrize("kind", ["mapping", "string", "doc", "row", "one_row_frame"])
def test_reliability_show_long_article_is_cut_and_says_so(kind):
    body = " ".join([SEED_BODY] * (MAX_SHOW_CHARS // len(SEED_BODY) + 3))
    article = {
        "mapping": lambda: {"title": "Long", "body": body},
        "string": lambda: body,
        "doc": lambda: mediakit.parse(body, "Long"),
        "row": lambda: pd.Series({"title": "Long", "body": body}),
        "one_row_frame": lambda: pd.DataFrame([{"title": "Long", "body": body}]),
    }[kind]()
    view = show(article)
    assert "Showing the first" in view.html and f"of {len(body):,} characters" in view.html
    assert len(view.html) < 20 * MAX_SHOW_CHARS


def test_reliability_show_error_row_does_not_crash(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("nope\n", encoding="utf-8")
    row = mediakit.load(path).iloc[0]
    html = show(row).html
    assert active_content(html) == []
    assert f"error: {path}:1: Expecting value" in html


# --- no network at run time ----------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket or resolve a name fails the test."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args)[:80])
        raise OSError("network access attempted during a no-network test")

    class NoSocket(socket.socket):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def test_reliability_no_network_for_load_analyze_evidence_show(no_network, tmp_path):
    articles = mediakit.load(ROOT / "seeds")
    results = mediakit.analyze(articles)
    assert (results["status"] == "ok").all()
    assert len(mediakit.evidence(articles.iloc[0])) > 0
    show(articles.iloc[0]).save(str(tmp_path / "v.html"))
    (tmp_path / "p.html").write_text(HTML_PAGE, encoding="utf-8")
    assert mediakit.load(tmp_path / "p.html").loc[0, "status"] == "ok"  # trafilatura stays offline


@needs_data
def test_reliability_no_network_for_a_figure_from_local_data(no_network):
    import matplotlib.pyplot as plt

    from mediakit.figures import FIGURES, FigureData, _ensure_loaded, make

    _ensure_loaded()
    local = sorted(n for n, spec in FIGURES.items() if set(spec.datasets) <= {"wikinews"})
    assert local, "no registered figure reads only the seed and Wikinews"
    fig = make(local[0], FigureData(seed_path=ROOT / "seeds"))
    plt.close(fig)


def test_reliability_dataset_download_is_never_implicit(no_network, monkeypatch, tmp_path):
    from mediakit import datasets

    monkeypatch.delenv("MEDIAKIT_DATA", raising=False)
    monkeypatch.setenv("MEDIAKIT_CACHE", str(tmp_path))
    with pytest.raises(datasets.DatasetNotFoundError):
        datasets.path("wikinews")


def test_reliability_download_verifies_sha256_before_keeping(monkeypatch, tmp_path):
    from mediakit import datasets

    payload = b'{"body": "x."}\n'
    ds = datasets.Dataset(
        "toy", "toy/toy.jsonl", "0" * 64, len(payload), "CC0", "-", "https://e.invalid/t", "t"
    )
    monkeypatch.setitem(datasets.DATASETS, "toy", ds)
    monkeypatch.setenv("MEDIAKIT_CACHE", str(tmp_path))
    monkeypatch.setattr(datasets.urllib.request, "urlopen", lambda *a, **k: io.BytesIO(payload))
    with pytest.raises(datasets.DatasetChecksumError):
        datasets.download("toy")
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


# --- archives ------------------------------------------------------------------------------------


def _tar(path: Path, members: list[tuple[str, bytes | None, str | None]]) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        for name, data, link in members:
            info = tarfile.TarInfo(name)
            if link is not None:
                info.type, info.linkname = tarfile.SYMTYPE, link
                tf.addfile(info)
            else:
                info.size = len(data or b"")
                tf.addfile(info, io.BytesIO(data or b""))
    return path


@pytest.mark.parametrize(
    "members",
    [
        [("ok.txt", b"fine", None), ("../escape.txt", b"evil", None)],
        [("/tmp/absolute-escape.txt", b"evil", None)],
        [("a/../../escape.txt", b"evil", None)],
        [("link", None, "../../etc"), ("link/passwd", b"evil", None)],
        [("abs-link", None, "/etc/passwd")],
    ],
    ids=["dotdot", "absolute", "nested-dotdot", "symlink-out", "absolute-symlink"],
)
def test_reliability_tar_extraction_refuses_paths_outside_target(tmp_path, members):
    from mediakit.io.archive import UnsafeArchiveError, safe_extract

    archive = _tar(tmp_path / "evil.tar.gz", members)
    target = tmp_path / "out" / "inner"
    with pytest.raises(UnsafeArchiveError):
        safe_extract(archive, target)
    assert not (tmp_path / "out" / "escape.txt").exists()
    assert list(target.rglob("*")) == []  # nothing written, not even the safe member


def test_reliability_zip_extraction_refuses_paths_outside_target(tmp_path):
    from mediakit.io.archive import UnsafeArchiveError, safe_extract

    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("ok.txt", "fine")
        zf.writestr("../../escape.txt", "evil")
    with pytest.raises(UnsafeArchiveError, match=r"\.\."):
        safe_extract(archive, tmp_path / "out")
    assert not (tmp_path / "escape.txt").exists()


def test_reliability_safe_extraction_extracts_a_good_archive(tmp_path):
    from mediakit.io.archive import safe_extract

    archive = _tar(tmp_path / "good.tar.gz", [("corpus/a.jsonl", b'{"body": "Fine."}\n', None)])
    files = safe_extract(archive, tmp_path / "out")
    assert (tmp_path / "out" / "corpus" / "a.jsonl").read_bytes() == b'{"body": "Fine."}\n'
    assert tmp_path.joinpath("out", "corpus", "a.jsonl").resolve() in files
    zpath = tmp_path / "good.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.writestr("x/b.txt", "B")
    safe_extract(zpath, tmp_path / "z")
    assert (tmp_path / "z" / "x" / "b.txt").read_text() == "B"
    with pytest.raises(ValueError, match="not a tar or zip"):
        safe_extract(SEED, tmp_path / "n")


# --- no pickle / eval of user data ---------------------------------------------------------------

UNSAFE_MODULES = {"pickle", "cPickle", "dill", "cloudpickle", "marshal", "shelve", "joblib"}
UNSAFE_BUILTINS = {"eval", "exec", "compile", "__import__"}
UNSAFE_METHODS = {"read_pickle", "to_pickle"}


def _unsafe_uses(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            found += [
                f"{name}: import {a.name}" for a in node.names if a.name.split(".")[0] in UNSAFE_MODULES
            ]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            found.append(f"{name}: from {node.module} import")
        elif isinstance(node, ast.Call):
            fn = node.func
            called = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else ""
            if (isinstance(fn, ast.Name) and called in UNSAFE_BUILTINS) or called in UNSAFE_METHODS:
                found.append(f"{name}:{node.lineno}: {called}()")
            if (
                called in {"load", "unsafe_load"}
                and isinstance(fn, ast.Attribute)
                and getattr(fn.value, "id", "") == "yaml"
            ):
                found.append(f"{name}:{node.lineno}: yaml.{called}()")
            for kw in node.keywords:
                if kw.arg == "allow_pickle" and not (
                    isinstance(kw.value, ast.Constant) and kw.value.value is False
                ):
                    found.append(f"{name}:{node.lineno}: allow_pickle")
    return found


def test_reliability_package_never_unpickles_or_evals():
    found = []
    for path in sorted((ROOT / "mediakit").rglob("*.py")):
        found += _unsafe_uses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "import pickle",
        "from marshal import loads",
        "eval(x)",
        "exec(y)",
        "pd.read_pickle(p)",
        "np.load(p, allow_pickle=True)",
        "yaml.load(s)",
    ],
)
def test_reliability_unsafe_use_detector_catches(source):
    assert _unsafe_uses(source, "x.py")


# --- compressed variants of the text kinds load the same --------------------------------------


@pytest.mark.parametrize("opener", [gzip.open, bz2.open, lzma.open], ids=["gz", "bz2", "xz"])
def test_reliability_compressed_bad_jsonl_same_rows(tmp_path, opener):
    text = '{"body": "Fine."}\n{broken\n{"body": 5}\n'
    plain = tmp_path / "a.jsonl"
    plain.write_text(text, encoding="utf-8")
    packed = tmp_path / f"b.jsonl.{opener.__module__}"
    packed = packed.with_suffix({"gzip": ".gz", "bz2": ".bz2", "lzma": ".xz"}[opener.__module__])
    with opener(packed, "wt", encoding="utf-8") as fh:
        fh.write(text)
    a, b = mediakit.load(plain), mediakit.load(packed)
    assert a["status"].tolist() == b["status"].tolist() == ["ok", "error", "error"]
    assert math.isnan(mediakit.analyze(b).iloc[2, -1])
