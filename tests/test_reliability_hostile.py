"""Reliability, round two (issue 14): hostile or unlucky input never loses a good article, never
lets two runs collide, and never exhausts the machine.

Every input is built in ``tmp_path`` at test time (bombs included: nothing large is committed).
Scaling tests compare the time of an input with that of one twice as large (a ratio, never an
absolute time), with margins that still catch quadratic behaviour.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import mediakit
from mediakit.cli import main
from mediakit.compute import analyze_to_file
from mediakit.output import Checkpoint, ResumeError
from tests.conftest import ROOT, SEED

NEWS = (
    "The minister said the plan would work, according to officials. Critics disagreed. "
    "“We will not stop,” protesters told reporters on Monday."
)
FORMATS = [".csv", ".parquet", ".jsonl"]
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8:strict", "LC_ALL": "C.UTF-8"}


def _cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m mediakit`` in a subprocess whose stdout/stderr are strict UTF-8."""
    return subprocess.run(
        [sys.executable, "-m", "mediakit", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        env=env or ENV,
        cwd=cwd or ROOT,
        timeout=300,
    )


def _jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _corpus(path: Path, n: int, words: int = 60) -> Path:
    body = " ".join([NEWS] * max(1, words // 20))
    return _jsonl(path, [{"id": f"a{i}", "title": f"Story {i}", "body": f"{body} Case {i}."} for i in range(n)])


# --- 1. undecodable file names and lone surrogates ----------------------------------------------


def _bad_names(d: Path) -> Path:
    """A folder with a good file, a file whose name is not UTF-8, and JSONL with lone surrogates."""
    root = d / "corpus"
    root.mkdir()
    (root / "a_good.txt").write_text(f"Good\n\n{NEWS}\n", encoding="utf-8")
    bad = os.fsdecode(b"b_caf\xe9.txt")
    (root / bad).write_text(f"Cafe\n\n{NEWS}\n", encoding="utf-8")
    (root / "c_surrogates.jsonl").write_text(
        '{"id": "\\udc00x", "title": "t\\ud83d", "body": "Body \\udc00 text said. ' + NEWS + '"}\n'
        '{"id": "ok", "body": "Fine text.", "extra\\udc80": "v\\udfff"}\n',
        encoding="utf-8",
    )
    return root


def test_reliability_undecodable_name_and_lone_surrogates_each_record_a_row(tmp_path):
    root = _bad_names(tmp_path)
    df = mediakit.load(root)
    assert df["status"].tolist() == ["ok", "ok", "ok", "ok"]
    assert df.loc[1, "source_path"].endswith("b_caf\\xe9.txt")  # the name shown escaped
    assert df.loc[1, "id"] == "b_caf\\xe9"
    assert df.loc[2, "id"] == "\ufffdx" and df.loc[2, "title"] == "t\ufffd"
    assert "Body \ufffd text said." in df.loc[2, "body"]
    assert df.loc[3, "extra\ufffd"] == "v\ufffd"
    for col in ("id", "title", "body", "source_path", "message"):
        for value in df[col]:
            value.encode("utf-8")  # never a lone surrogate
    results = mediakit.analyze(df)
    assert results["status"].tolist() == ["ok"] * 4


@pytest.mark.parametrize("suffix", FORMATS)
def test_reliability_undecodable_name_through_output_resume_report_explain(tmp_path, suffix, capsys):
    root = _bad_names(tmp_path)
    out = tmp_path / f"out{suffix}"
    assert main(["analyze", str(root), "-q", "-o", str(out), "--chunksize", "1"]) == 0
    want = out.read_bytes()
    out.unlink()
    with pytest.raises(KeyboardInterrupt):
        analyze_to_file(
            mediakit.io.iter_articles(root), out, chunksize=1, progress=False, on_row=_stop_after(2), inputs=[root]
        )
    assert Checkpoint.saved_rows(out) == 2
    assert main(["analyze", str(root), "-q", "-o", str(out), "--chunksize", "1", "--resume"]) == 0
    assert out.read_bytes() == want
    assert "4 article(s), 4 ok" in capsys.readouterr().err


def test_reliability_undecodable_name_on_a_strict_utf8_terminal(tmp_path):
    root = _bad_names(tmp_path)
    res = _cli("analyze", str(root))
    assert res.returncode == 0, res.stderr
    assert "b_caf\\xe9: Cafe" in res.stdout and "4 article(s), 4 ok" in res.stdout
    res = _cli("explain", str(root / "c_surrogates.jsonl"), "--limit", "2")
    assert res.returncode == 0, res.stderr
    assert "\ufffdx: t\ufffd" in res.stdout



def test_reliability_undecodable_names_in_report_and_missing_paths(tmp_path, capsys):
    root = _bad_names(tmp_path)
    assert main(["report", str(root), "-o", str(tmp_path / "r.html")]) == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count('<div class="mediakit-view">') == 4 and "Cafe" in page
    missing = os.fsdecode(b"/nonexistent/caf\xe9.txt")
    assert main(["analyze", str(root), missing]) == 0
    err = capsys.readouterr().err
    assert "caf\\xe9.txt: no such file" in err
    err.encode("utf-8")  # printable on a strict UTF-8 terminal


# --- 2. one live run per output ------------------------------------------------------------------


def _wait_for(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting")
        time.sleep(0.01)


def _lock_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.lock")


@pytest.mark.slow
def test_reliability_two_cli_runs_on_one_output_second_refuses(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", 1500)
    out = tmp_path / "out.csv"
    first = subprocess.Popen(
        [sys.executable, "-m", "mediakit", "analyze", str(src), "-q", "-o", str(out), "--chunksize", "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
        cwd=ROOT,
    )
    try:
        _wait_for(lambda: Checkpoint.saved_rows(out) or first.poll() is not None)
        os.kill(first.pid, signal.SIGSTOP)  # frozen mid-run: it cannot finish while the others try
        assert first.poll() is None, "the first run finished too early for this test"
        lock = json.loads(_lock_path(out).read_text(encoding="utf-8"))
        assert lock["pid"] == first.pid and lock["host"] == socket.gethostname()
        for extra in ([], ["--restart"], ["--resume"]):
            second = _cli("analyze", str(src), "-q", "-o", str(out), *extra)
            assert second.returncode == 2, second.stderr
            assert f"PID {first.pid}" in second.stderr and "another run" in second.stderr
            assert "interrupted" not in second.stderr
        assert Checkpoint.saved_rows(out)  # the second runs touched nothing
    finally:
        os.kill(first.pid, signal.SIGCONT)
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    df = pd.read_csv(out)
    assert len(df) == 1500 and df["id"].tolist() == [f"a{i}" for i in range(1500)]
    assert not _lock_path(out).exists()


def test_reliability_stale_lock_of_a_dead_run_is_taken_over_and_explained(tmp_path, capsys):
    src = _corpus(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out.parquet"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _lock_path(out).write_text(
        json.dumps({"pid": dead.pid, "host": socket.gethostname(), "started": "2020-01-01T00:00:00"}),
        encoding="utf-8",
    )
    assert main(["analyze", str(src), "-q", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "stale lock" in err and f"PID {dead.pid}" in err and "not running" in err
    assert not _lock_path(out).exists() and len(pd.read_parquet(out)) == 5


def test_reliability_lock_held_by_a_live_process_refuses(tmp_path, capsys):
    from mediakit.output import OutputLock, OutputLockedError

    src = _corpus(tmp_path / "in.jsonl", 3)
    out = tmp_path / "out.jsonl"
    with OutputLock(out):
        with pytest.raises(OutputLockedError, match=f"another run \\(PID {os.getpid()} on "):
            analyze_to_file(src, out, progress=False)
        assert main(["analyze", str(src), "-q", "-o", str(out)]) == 2
        assert "is writing" in capsys.readouterr().err
        assert not out.exists()
    assert not _lock_path(out).exists()
    assert analyze_to_file(src, out, progress=False) == 3


def test_reliability_interrupted_is_said_only_of_runs_that_are_not_alive(tmp_path, capsys):
    src = _corpus(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.csv"
    with pytest.raises(KeyboardInterrupt):
        analyze_to_file(src, out, chunksize=5, progress=False, on_row=_stop_after(12), inputs=[src])
    assert not _lock_path(out).exists()  # released on the way out
    assert main(["analyze", str(src), "-q", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "interrupted run (not running any more) left 10 finished rows" in err


# --- 3. an output is never an input, the kit's own files are never articles ---------------------


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink", "relative"])
def test_reliability_output_that_is_an_input_is_refused(tmp_path, monkeypatch, how, capsys):
    src = _corpus(tmp_path / "in.jsonl", 3)
    before = src.read_bytes()
    out = {"same": src, "symlink": tmp_path / "link.jsonl", "hardlink": tmp_path / "hard.jsonl", "relative": Path("in.jsonl")}[how]
    if how == "symlink":
        out.symlink_to(src)
    elif how == "hardlink":
        os.link(src, out)
    monkeypatch.chdir(tmp_path)
    assert main(["analyze", str(src), "-q", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is also an input" in err
    assert src.read_bytes() == before
    with pytest.raises(ValueError, match="is also an input"):
        analyze_to_file(src, out, progress=False)
    assert main(["analyze", str(tmp_path), "-q", "-o", str(out)]) == 2  # inside an input folder


@pytest.mark.parametrize("suffix", FORMATS)
def test_reliability_folder_run_twice_never_reads_its_own_outputs(tmp_path, suffix, capsys):
    data = tmp_path / "data"
    data.mkdir()
    _corpus(data / "a.jsonl", 30)
    out = data / f"results{suffix}"
    assert main(["analyze", str(data), "-q", "-o", str(out)]) == 0
    first = out.read_bytes()
    # leftovers of other runs: a lock, a partial, a checkpoint folder, a second output
    _lock_path(data / "other.csv").write_text("{}", encoding="utf-8")
    (data / f".results{suffix}.123.partial").write_bytes(first)
    assert main(["analyze", str(data / "a.jsonl"), "-q", "-o", str(data / "second.csv")]) == 0
    capsys.readouterr()
    assert main(["analyze", str(data), "-q", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "30 article(s), 30 ok" in err
    assert out.read_bytes() == first
    assert len(mediakit.load(data)) == 30
    assert len(mediakit.load(str(data / "*"))) == 30
    explicit = mediakit.load(data / "second.csv")
    assert explicit["status"].tolist() == ["error"]
    assert "is a mediakit result file" in explicit.loc[0, "message"]


# --- 4. compression bombs ------------------------------------------------------------------------

BOMB_MIB = 128  # decompressed size of each bomb: 32 times the limit set for the test
LIMIT = 4 * 2**20

_BOMB_PROBE = textwrap.dedent(
    """
    import json, sys
    import mediakit

    def hwm():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM"):
                return int(line.split()[1]) * 1024
    mediakit.load(sys.argv[1])  # warm up: imports, trafilatura, tables
    base = hwm()
    out = {}
    for path in sys.argv[2:]:
        df = mediakit.load(path)
        out[path] = [df["status"].tolist(), df["message"].tolist(), hwm() - base]
    print(json.dumps(out))
    """
)


def _bomb(path: Path, unit: bytes, mib: int, head: bytes = b"", tail: bytes = b"") -> Path:
    """Write ``head + unit * (mib MiB / len(unit)) + tail`` compressed by the file's suffix, streaming."""
    block = unit * max(1, (1 << 20) // len(unit))
    compressor: Any
    if path.suffix == ".gz":
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    elif path.suffix == ".xz":
        compressor = lzma.LZMACompressor(preset=0)
    else:
        compressor = bz2.BZ2Compressor(9)
    with open(path, "wb") as fh:
        fh.write(compressor.compress(head))
        for _ in range(mib):
            fh.write(compressor.compress(block))
        fh.write(compressor.compress(tail))
        fh.write(compressor.flush())
    return path


@pytest.mark.slow
def test_reliability_compression_bombs_are_read_at_bounded_memory(tmp_path):
    good = _jsonl(tmp_path / "warm.jsonl", [{"body": NEWS}])
    line = json.dumps({"body": NEWS}).encode() + b"\n"
    too_large = f"record larger than the limit of {LIMIT // 2**20} MiB"
    bombs = {  # path: (statuses, what the message says)
        _bomb(tmp_path / "zeros.txt.xz", b"\0", BOMB_MIB): (["error"], "binary data"),
        _bomb(tmp_path / "zeros.jsonl.gz", b"\0", BOMB_MIB): (["error"], "binary data"),
        _bomb(tmp_path / "text.txt.gz", b"word said ", BOMB_MIB): (["error"], too_large),
        _bomb(tmp_path / "line.jsonl.gz", b"word ", BOMB_MIB, line + b'{"body": "', b'"}\n' + line): (
            ["ok", "error", "ok"],
            too_large,
        ),
        # one giant word: bzip2 is slow on repeated words
        _bomb(tmp_path / "cell.csv.bz2", b"a", BOMB_MIB, b'id,body\n1,"', b'"\n2,"' + NEWS.encode() + b'"\n'): (
            ["error", "ok"],
            too_large,
        ),
        _bomb(tmp_path / "array.json.xz", b"word ", BOMB_MIB, b'[{"body": "', b'"}, {"body": "Fine."}]'): (
            ["error", "ok"],
            too_large,
        ),
        _bomb(tmp_path / "page.html.gz", b"<p>word</p>", BOMB_MIB, b"<html><body><article>"): (
            ["ok"],
            "for extraction (the page is larger than 4 MiB",
        ),
    }
    env = {**ENV, "MEDIAKIT_MAX_RECORD_BYTES": str(LIMIT)}
    res = subprocess.run(
        [sys.executable, "-c", _BOMB_PROBE, str(good), *map(str, bombs)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr
    got = json.loads(res.stdout)
    for path, (statuses, said) in bombs.items():
        status, messages, grown = got[str(path)]
        assert status == statuses, (path.name, messages)
        assert grown < 80 * 2**20, f"{path.name}: peak RSS grew {grown / 2**20:.0f} MiB"
        assert any(said in m for m in messages), (path.name, messages)
        print(f"{path.name}: {status}, peak RSS grew {grown / 2**20:.1f} MiB")


def test_reliability_record_limit_is_configurable_and_documented(tmp_path, monkeypatch):
    from mediakit.io import DEFAULT_MAX_RECORD_BYTES, max_record_bytes

    assert max_record_bytes() == DEFAULT_MAX_RECORD_BYTES == 16 * 2**20
    docs = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert "MEDIAKIT_MAX_RECORD_BYTES" in docs and "16 MiB" in docs
    body = "word " * 1000
    path = _jsonl(tmp_path / "a.jsonl", [{"body": body}, {"body": "Short."}])
    monkeypatch.setenv("MEDIAKIT_MAX_RECORD_BYTES", "2000")
    df = mediakit.load(path)
    assert df["status"].tolist() == ["error", "ok"]
    assert df.loc[0, "message"].startswith(f"{path}:1: record larger than the limit")
    text = tmp_path / "b.txt"
    text.write_text(f"T\n\n{body}", encoding="utf-8")
    assert mediakit.load(text)["status"].tolist() == ["error"]
    monkeypatch.setenv("MEDIAKIT_MAX_RECORD_BYTES", "20000")
    assert mediakit.load(path)["status"].tolist() == ["ok", "ok"]


# --- 5. workers die with their parent ------------------------------------------------------------


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_reliability_workers_exit_when_their_parent_is_killed(tmp_path):
    src = _corpus(tmp_path / "in.jsonl", 4000)
    out = tmp_path / "out.parquet"
    parent = subprocess.Popen(
        [sys.executable, "-m", "mediakit", "analyze", str(src), "-q", "-j", "2", "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=ENV,
        cwd=ROOT,
    )
    workers: list[int] = []
    try:
        _wait_for(lambda: len(_children(parent.pid)) >= 2 or parent.poll() is not None)
        workers = _children(parent.pid)
        assert parent.poll() is None and len(workers) >= 2
        os.kill(parent.pid, signal.SIGKILL)  # what the OOM killer does
        _wait_for(lambda: not any(map(_alive, workers)), timeout=15)
    finally:
        parent.kill()
        parent.wait()
        for pid in workers:  # never leave one behind, even when the test fails
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    # the lock of the killed run is stale: the next run takes over and resumes
    res = _cli("analyze", str(src), "-q", "-o", str(out), "--restart")
    assert res.returncode == 0 and "stale lock" in res.stderr, res.stderr


# --- 6. linear time ------------------------------------------------------------------------------


def _seconds(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _assert_linear(make: Callable[[int], Callable[[], object]], n: int, floor: float = 0.05) -> None:
    """Four times the input takes at most ~8 times as long (linear: 4, quadratic: 16); tiny times pass.

    The wide gap between 4 and 16 keeps the test stable on a loaded machine.
    """
    small = _seconds(make(n), 2)
    large = _seconds(make(4 * n), 2)
    assert large <= 8.0 * max(small, floor), f"{n}: {small:.3f}s, {4 * n}: {large:.3f}s"


def test_reliability_hyphenation_walk_is_linear_in_token_length():
    from mediakit.text.syllables import count_syllables, hyphenation_points

    _assert_linear(lambda n: lambda: hyphenation_points("ab" * n), 50_000)
    _assert_linear(lambda n: lambda: hyphenation_points("1" * n), 100_000)
    assert hyphenation_points("a" * 1_000_000) >= 0
    # real words: the same count as Pyphen itself
    import pyphen

    dic = pyphen.Pyphen(lang="en_US")
    for word in ("readability", "extraordinarily", "antidisestablishmentarianism", "hyphenation", "a", "zz"):
        assert hyphenation_points(word) == len(dic.positions(word))
    assert count_syllables("x" * 100_000) == count_syllables("x" * 100_000)


BODIES: dict[str, Callable[[int], str]] = {
    "full_stops": lambda n: "." * n,
    "exclamations": lambda n: "!" * n,
    "ellipses": lambda n: "…" * n,
    "abbreviations_after_nbsp": lambda n: "Mr.\xa0Smith " * (n // 10),
    "abbreviations_after_ideographic_space": lambda n: "Dr.\u3000Li" * (n // 7),
    "cjk_with_full_stops": lambda n: "中文句子。" * (n // 5),
    "cjk_with_ascii_stops": lambda n: "中文句子. " * (n // 6),
    "single_token": lambda n: "a" * n,
    "digits": lambda n: "1" * n,
    "according_to": lambda n: "according to " * (n // 13),
    "according_to_and_chain": lambda n: "The plan failed, according to the report" + " and the report" * (n // 15),
    "said_said": lambda n: "he said " * (n // 8),
    "said_said_relative": lambda n: "who said he believed " * (n // 21),
    "one_company_said_again": lambda n: "The company said. " * (n // 18),
    "one_name_said_again": lambda n: "Jane Roe said. " * (n // 15),
    # names outside the first-name list, and one used as a modifier after "the" (a brand test per name)
    "names_said_and_the_name_noun": lambda n: "Kwame Osei said it was fine. The Efua Mensah ferry sailed. "
    * (n // 59),
    "colon_then_open_quote": lambda n: "Police said: \u201cx " * (n // 16),
}


#: Shapes still quadratic in some family, as ``{shape: reason}`` (strict xfail: the day one is
#: fixed, the XPASS fails and its entry must go). Empty: sourcing 2.1.0 fixed "said_said".
KNOWN_QUADRATIC: dict[str, str] = {}


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=KNOWN_QUADRATIC[k])) if k in KNOWN_QUADRATIC else k
        for k in BODIES
    ],
)
def test_reliability_analysis_is_linear_in_body_length(shape):
    from mediakit.metrics.registry import families

    make_body = BODIES[shape]

    def run(n: int) -> Callable[[], object]:
        body = make_body(n)

        def go() -> None:
            doc = mediakit.parse(body, "T")
            for fam in families():
                fam.run(doc, evidence=True)

        return go

    run(100)()  # warm up tables
    _assert_linear(run, 10_000, floor=0.1)


#: Bodies of named speakers whose first names are not in the first-name list, one with a "the <Name>
#: <noun>" modifier: every named mention asks whether the pair is a brand's (one index per article).
NAMED_BODIES: dict[str, str] = {
    "names_and_the_name_noun": "Kwame Osei said it was fine. The Efua Mensah ferry sailed. ",
    "names_only": "Kwame Osei said it was fine. Efua Mensah told the Tobenna Eze show it was not. ",
}


@pytest.mark.parametrize("shape", sorted(NAMED_BODIES))
def test_reliability_sourcing_is_linear_in_named_speakers(shape):
    from mediakit.metrics import sourcing

    unit = NAMED_BODIES[shape]

    def run(n: int) -> Callable[[], object]:
        doc = mediakit.parse(unit * (n // len(unit)), "T")
        return lambda: sourcing.analyse(doc)

    run(100)()  # warm up tables
    _assert_linear(run, 30_000)


@pytest.mark.slow
def test_reliability_cjk_article_of_1_5m_characters_is_linear():
    body = "中文句子。" * 300_000
    quarter = body[: len(body) // 4]
    small = _seconds(lambda: mediakit.analyze([{"body": quarter}]))
    large = _seconds(lambda: mediakit.analyze([{"body": body}]))
    assert large <= 8.0 * max(small, 0.25), (small, large)


def _html(n: int) -> str:
    return "<html><body><article>" + "<p>Word said here.</p>" * n + "</article></body></html>"


def test_reliability_html_extractor_input_is_capped_and_the_cut_is_said(tmp_path, monkeypatch):
    import trafilatura

    from mediakit.io import html as html_io

    seen: list[int] = []
    real = trafilatura.bare_extraction

    def spy(html: str, **kwargs: Any) -> Any:
        seen.append(len(html))
        return real(html[:5000], **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    page = tmp_path / "big.html"
    page.write_text(_html(500_000), encoding="utf-8")
    df = mediakit.load(page)
    assert seen and seen[-1] <= html_io.MAX_EXTRACT_CHARS
    assert df.loc[0, "status"] == "ok"
    assert df.loc[0, "message"].startswith(f"{page}: page cut to its first")
    fifty = tmp_path / "fifty.html"
    with open(fifty, "w", encoding="utf-8") as fh:
        fh.write("<html><body><article><p>" + "The council met and voted. " * 20 + "</p>")
        fh.write("<div>" + "x" * (50 * 2**20) + "</div></article></body></html>")
    df = mediakit.load(fifty)
    assert seen[-1] <= html_io.MAX_EXTRACT_CHARS
    assert df.loc[0, "status"] == "ok" and "cut" in df.loc[0, "message"]
    small = tmp_path / "small.html"
    small.write_text(_html(50), encoding="utf-8")
    assert mediakit.load(small).loc[0, "message"] == ""


def test_reliability_html_loading_is_linear_in_paragraphs(tmp_path, monkeypatch):
    from mediakit.io import html as html_io

    monkeypatch.setattr(html_io, "MAX_EXTRACT_TAGS", 2_000)
    pages = {}
    for n in (80_000, 320_000):
        pages[n] = tmp_path / f"p{n}.html"
        pages[n].write_text(_html(n), encoding="utf-8")
    mediakit.load(pages[80_000])
    _assert_linear(lambda n: lambda: mediakit.load(pages[n]), 80_000, floor=0.3)


# --- 7. an existing path is literal --------------------------------------------------------------


def test_reliability_existing_path_is_taken_literally_not_as_a_glob(tmp_path):
    (tmp_path / "report[1].txt").write_text("Bracket\n\nThe bracket file said so.", encoding="utf-8")
    (tmp_path / "report1.txt").write_text("Plain\n\nThe plain file said so.", encoding="utf-8")
    df = mediakit.load(tmp_path / "report[1].txt")
    assert df["title"].tolist() == ["Bracket"]
    assert mediakit.load(str(tmp_path / "report?.txt"))["title"].tolist() == ["Plain"]
    (tmp_path / "report[1].txt").unlink()
    assert mediakit.load(str(tmp_path / "report[1].txt"))["title"].tolist() == ["Plain"]  # now a glob


# --- 8. encodings and line endings, the same in every reader -------------------------------------

RECORDS = [
    {"id": "1", "title": "Café “one”", "body": "First body said so."},
    {"id": "2", "title": "Two", "body": "Second body – with a dash."},
    {"id": "3", "title": "Three", "body": "Third body."},
]


def _serialise(fmt: str, newline: str) -> str:
    if fmt == ".jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + newline for r in RECORDS)
    if fmt == ".csv":
        return "id,title,body" + newline + "".join(f'{r["id"]},"{r["title"]}","{r["body"]}"{newline}' for r in RECORDS)
    return json.dumps(RECORDS, ensure_ascii=False, indent=1).replace("\n", newline)


@pytest.mark.parametrize("fmt", [".jsonl", ".csv", ".json"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_reliability_every_reader_normalises_encodings_and_line_endings(tmp_path, fmt, encoding, newline):
    path = tmp_path / f"a{fmt}"
    path.write_bytes(_serialise(fmt, newline).encode(encoding))
    df = mediakit.load(path)
    assert df["status"].tolist() == ["ok"] * 3, df["message"].tolist()
    assert df["title"].tolist() == [r["title"] for r in RECORDS]
    assert df["body"].tolist() == [r["body"] for r in RECORDS]
    if fmt != ".json":
        assert df["record"].tolist() == [1, 2, 3] if fmt == ".jsonl" else [2, 3, 4]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_reliability_text_and_html_normalise_the_same_way(tmp_path, newline, encoding):
    text = tmp_path / "a.txt"
    text.write_bytes(newline.join(["Head line", "", "First para said.", "", "Second para."]).encode(encoding))
    row = mediakit.load(text).iloc[0]
    assert (row["title"], row["body"]) == ("Head line", "First para said.\n\nSecond para.")


FORMAT_WRITERS: dict[str, Callable[[Path], None]] = {
    ".txt": lambda p: p.write_text("Head\n\nFirst body said so.", encoding="utf-8"),
    ".jsonl": lambda p: p.write_text(json.dumps({"title": "Head", "body": "First body said so."}) + "\n", encoding="utf-8"),
    ".json": lambda p: p.write_text(json.dumps([{"title": "Head", "body": "First body said so."}]), encoding="utf-8"),
    ".csv": lambda p: p.write_text("title,body\nHead,First body said so.\n", encoding="utf-8"),
    ".tsv": lambda p: p.write_text("title\tbody\nHead\tFirst body said so.\n", encoding="utf-8"),
    ".parquet": lambda p: pd.DataFrame([{"title": "Head", "body": "First body said so."}]).to_parquet(p),
    ".html": lambda p: p.write_text(
        "<html><head><title>Head</title></head><body><article><p>First body said so, and the council "
        "met on Monday to vote on the new plan for the city.</p></article></body></html>",
        encoding="utf-8",
    ),
}


@pytest.mark.parametrize("compression", ["", ".gz", ".xz", ".bz2"])
@pytest.mark.parametrize("fmt", list(FORMAT_WRITERS))
def test_reliability_readme_formats_and_compressions_hold(tmp_path, fmt, compression):
    plain = tmp_path / f"a{fmt}"
    FORMAT_WRITERS[fmt](plain)
    path = plain
    if compression:
        opener = {".gz": gzip.compress, ".xz": lzma.compress, ".bz2": bz2.compress}[compression]
        path = tmp_path / f"b{fmt}{compression}"
        path.write_bytes(opener(plain.read_bytes()))
    df = mediakit.load(path)
    if fmt == ".parquet" and compression:
        assert df["status"].tolist() == ["error"]
        assert "Parquet is compressed inside the file" in df.loc[0, "message"]
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        assert "except Parquet" in readme
        return
    assert df["status"].tolist() == ["ok"], df["message"].tolist()
    assert df.loc[0, "body"].startswith("First body said so")


# --- 9. analyze keeps the caller's index ---------------------------------------------------------


def test_reliability_analyze_keeps_the_callers_index():
    df = pd.DataFrame({"body": [f"Text number {i} said." for i in range(13)], "n": range(13)})
    df.loc[[1, 3], "body"] = ""
    ok = df.iloc[5:]
    ok.index = ok.index * 10
    results = mediakit.analyze(ok)
    assert results.index.tolist() == ok.index.tolist()
    joined = ok.join(results)
    assert (joined["n"] == joined["id"].astype(int) + 4).all()
    series = pd.Series(["First said.", "", "Third said."], index=["x", "y", "z"])
    assert mediakit.analyze(series).index.tolist() == ["x", "y", "z"]


# --- 10. the smaller items -----------------------------------------------------------------------


def _stop_after(rows: int) -> Callable[[object], None]:
    """An ``on_row`` callback that stops the run (Ctrl-C) once ``rows`` rows are written."""
    seen = 0

    def stop(_row: object) -> None:
        nonlocal seen
        seen += 1
        if seen > rows:
            raise KeyboardInterrupt

    return stop


def _interrupt_after_12_rows(src: Path, out: Path) -> None:
    """Run ``src`` to ``out`` in chunks of 5 and stop it (Ctrl-C) after 12 rows: 2 parts on disk."""
    with pytest.raises(KeyboardInterrupt):
        analyze_to_file(src, out, chunksize=5, progress=False, on_row=_stop_after(12), inputs=[str(src)])


def test_reliability_stale_partial_is_removed_by_a_successful_resume(tmp_path, capsys):
    src = _corpus(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.csv"
    _interrupt_after_12_rows(src, out)
    stale = [tmp_path / ".out.csv.99999.partial", tmp_path / ".out.csv.meta.json.99999.partial"]
    for p in stale:
        p.write_bytes(b"x" * 10_000)  # what a kill -9 during the final write leaves
    assert main(["analyze", str(src), "-q", "-o", str(out), "--chunksize", "5", "--resume"]) == 0
    assert not any(p.exists() for p in stale)
    assert "removed 2 partial file(s) of an earlier run" in capsys.readouterr().err


def test_reliability_output_directory_is_refused_before_analysis(tmp_path, monkeypatch, capsys):
    import mediakit.compute as compute

    src = _corpus(tmp_path / "in.jsonl", 3)
    (tmp_path / "out.csv").mkdir()
    monkeypatch.setattr(compute, "_analyze_batch", lambda *a: pytest.fail("analysed before the check"))
    assert main(["analyze", str(src), "-q", "-o", str(tmp_path / "out.csv")]) == 2
    assert "is a directory" in capsys.readouterr().err


def test_reliability_manifest_naming_a_missing_part_is_a_clear_error(tmp_path, capsys):
    src = _corpus(tmp_path / "in.jsonl", 20)
    out = tmp_path / "out.parquet"
    _interrupt_after_12_rows(src, out)
    (Checkpoint.folder_for(out) / "part-000001.parquet").unlink()
    with pytest.raises(ResumeError, match=r"part-000001\.parquet.*missing.*--restart"):
        analyze_to_file(src, out, chunksize=5, progress=False, resume=True, inputs=[str(src)])
    assert main(["analyze", str(src), "-q", "-o", str(out), "--chunksize", "5", "--resume"]) == 2
    assert "missing" in capsys.readouterr().err
    assert main(["analyze", str(src), "-q", "-o", str(out), "--restart"]) == 0


def test_reliability_newline_in_an_id_cannot_forge_summary_lines(tmp_path, capsys):
    forged = "x\n99 article(s), 99 ok\n\ty"
    path = _jsonl(tmp_path / "a.jsonl", [{"id": forged, "title": f"T {forged}", "body": NEWS}, {"id": "e", "body": 5, "title": forged}])
    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert not any(line.startswith("99 article(s)") for line in out.splitlines())
    assert "x\\n99 article(s), 99 ok\\n\\ty" in out
    assert main(["explain", str(path), "--limit", "2"]) == 0
    assert not any(line.startswith("99 article(s)") for line in capsys.readouterr().out.splitlines())


def test_reliability_csv_formula_cells_raw_by_default_neutralised_with_excel_safe(tmp_path):
    src = _jsonl(
        tmp_path / "a.jsonl",
        [
            {"id": '=HYPERLINK("http://evil","x")', "outlet": "+cmd", "body": NEWS},
            {"id": "-2", "outlet": "@SUM(A1)", "published": "\t=1", "body": NEWS},
            {"id": "plain", "outlet": "Daily", "body": NEWS},
        ],
    )
    raw, safe = tmp_path / "raw.csv", tmp_path / "safe.csv"
    assert main(["analyze", str(src), "-q", "-o", str(raw)]) == 0
    assert main(["analyze", str(src), "-q", "-o", str(safe), "--excel-safe"]) == 0
    r, s = pd.read_csv(raw, dtype=str, keep_default_na=False), pd.read_csv(safe, dtype=str, keep_default_na=False)
    assert r.loc[0, "id"] == '=HYPERLINK("http://evil","x")'
    assert s["id"].tolist() == ["'=HYPERLINK(\"http://evil\",\"x\")", "'-2", "plain"]
    assert s["outlet"].tolist() == ["'+cmd", "'@SUM(A1)", "Daily"]
    assert s.loc[1, "published"] == "'\t=1"
    metric = [c for c in s.columns if "." in c]
    pd.testing.assert_frame_equal(r[metric], s[metric])  # numbers untouched
    docs = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    assert "--excel-safe" in docs
    with pytest.raises(ValueError, match="only for CSV"):
        analyze_to_file(src, tmp_path / "x.parquet", progress=False, excel_safe=True)


def test_reliability_a_series_is_a_column_of_bodies():
    texts = pd.Series([NEWS, "", None, 5, {"body": "A mapping said so."}], index=[10, 11, 12, 13, 14])
    out = mediakit.analyze(texts)
    assert out.index.tolist() == [10, 11, 12, 13, 14]
    assert out["status"].tolist() == ["ok", "empty", "empty", "error", "ok"]
    assert out.loc[10, "readability.sentences"] == mediakit.analyze([{"body": NEWS}]).loc[0, "readability.sentences"]
    with pytest.raises(TypeError, match="one article row"):
        mediakit.analyze(mediakit.load(SEED).iloc[0])
    assert mediakit.analyze(pd.Series([str(SEED)])).loc[0, "status"] == "ok"  # a text, never a path
    assert "a Series is a column of article bodies" in (mediakit.analyze.__doc__ or "")


def test_reliability_duplicate_body_column_is_an_error(tmp_path):
    df = pd.DataFrame([["a said.", "b said."]], columns=["body", "body"])
    with pytest.raises(ValueError, match=r"duplicate column.*body"):
        mediakit.analyze(df)
    csv = tmp_path / "dup.csv"
    csv.write_text("id,body,Body\n1,first said.,second said.\n2,x,y\n", encoding="utf-8")
    loaded = mediakit.load(csv)
    assert loaded["status"].tolist() == ["error", "error"]
    assert "duplicate column" in loaded.loc[0, "message"] and "body" in loaded.loc[0, "message"]
    fine = tmp_path / "fine.csv"
    fine.write_text("id,body,,\n1,first said.,,\n", encoding="utf-8")  # unnamed trailing columns
    assert mediakit.load(fine)["status"].tolist() == ["ok"]


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a> <a href='/s'>Sport</a></nav>"
        "<footer><a href='/c'>Contact us</a></footer></body></html>",
        "<html><body><ul><li><a href='/a'>World</a></li><li><a href='/b'>Business</a></li></ul></body></html>",
    ],
    ids=["one_link", "nav_and_footer", "link_list"],
)
def test_reliability_navigation_only_page_is_empty(tmp_path, page):
    path = tmp_path / "nav.html"
    path.write_text(page, encoding="utf-8")
    df = mediakit.load(path)
    assert df.loc[0, "status"] == "empty" and df.loc[0, "body"] == ""
    assert df.loc[0, "message"].startswith(f"{path}: no article text") and "navigation" in df.loc[0, "message"]


def test_reliability_short_real_article_page_stays_ok(tmp_path):
    path = tmp_path / "brief.html"
    path.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><article><p>The council voted on Monday to close the "
        "bridge, officials said.</p></article></body></html>",
        encoding="utf-8",
    )
    df = mediakit.load(path)
    assert df.loc[0, "status"] == "ok" and "council voted" in df.loc[0, "body"]


def test_reliability_folder_inside_a_hidden_folder_is_read(tmp_path):
    """Hidden names are skipped below the folder given, not above it (``~/.cache/corpus/``)."""
    root = tmp_path / ".cache" / "corpus"
    (root / ".hidden").mkdir(parents=True)
    (root / "a.txt").write_text(f"A\n\n{NEWS}", encoding="utf-8")
    (root / ".hidden" / "b.txt").write_text(f"B\n\n{NEWS}", encoding="utf-8")
    (root / ".c.txt").write_text(f"C\n\n{NEWS}", encoding="utf-8")
    assert mediakit.load(root)["title"].tolist() == ["A"]


@pytest.mark.parametrize("fmt", [".jsonl", ".csv"])
def test_reliability_a_record_with_200k_fields_is_cut_and_says_so(tmp_path, fmt):
    """Beyond the issue: each extra field is a column of load()'s frame (200,000: 10 s, 800 MB)."""
    from mediakit.io._common import MAX_EXTRA_FIELDS

    path = tmp_path / f"wide{fmt}"
    names = [f"c{i}" for i in range(200_000)]
    if fmt == ".jsonl":
        path.write_text(json.dumps({"body": "A said.", **dict.fromkeys(names, 1)}) + "\n", encoding="utf-8")
    else:
        path.write_text("body," + ",".join(names) + "\nA said.," + ",".join("x" * len(names)) + "\n", encoding="utf-8")
    start = time.perf_counter()
    df = mediakit.load(path)
    assert time.perf_counter() - start < 10
    assert df.shape == (1, 11 + MAX_EXTRA_FIELDS) and df.loc[0, "status"] == "ok"
    assert f"record cut: kept the first 1,000 of {len(names):,} extra fields" in df.loc[0, "message"]


def test_reliability_docs_name_only_tests_that_exist():
    """docs/reliability.md is the list of promises, each with the test that holds it: no stale names."""
    import re

    docs = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    defined = {
        m.group(1)
        for path in (ROOT / "tests").rglob("test_*.py")
        for m in re.finditer(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    }
    named = re.findall(r"`(test_\w+)(\*?)", docs)
    assert named, "docs/reliability.md names no test"
    stale = [
        name + star
        for name, star in named
        if (name not in defined if not star else not any(d.startswith(name) for d in defined))
    ]
    assert not stale, stale
    shapes = set(re.findall(r"`(?:test_reliability_analysis_is_linear_in_body_length)?\[(\w+)\]`", docs))
    assert shapes and shapes <= set(BODIES), sorted(shapes - set(BODIES))
