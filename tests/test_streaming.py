"""Streaming output (issue 6): incremental, atomic, bounded memory, progress with rate and ETA."""

from __future__ import annotations

import io
import json
import lzma
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import mediakit
from mediakit._progress import DELAY, bar, count_records
from mediakit.cli import main
from mediakit.compute import BATCH, analyze_to_file
from mediakit.output import read_provenance, write_chunks

FORMATS = [".parquet", ".csv", ".jsonl"]


def _frame(start: int, n: int) -> pd.DataFrame:
    return pd.DataFrame({"id": [str(i) for i in range(start, start + n)], "x": [float(i) for i in range(n)]})


def _partials(folder: Path) -> list[Path]:
    return list(folder.glob(".*.partial"))


def _jsonl_xz(path: Path, n: int) -> Path:
    lines = [
        json.dumps(
            {"id": f"a{i}", "title": f"Story {i}", "body": f"Officials said {i} people left. It rained."}
        )
        for i in range(n)
    ]
    with lzma.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("suffix", FORMATS)
def test_streaming_interrupted_run_keeps_previous_output_and_no_partial(tmp_path, suffix):
    target = tmp_path / f"out{suffix}"
    target.write_text("previous complete result\n", encoding="utf-8")

    def chunks() -> Iterator[pd.DataFrame]:
        yield _frame(0, 5)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_chunks(chunks(), target, {"run": 2})
    assert target.read_text(encoding="utf-8") == "previous complete result\n"
    assert _partials(tmp_path) == []


@pytest.mark.parametrize("suffix", FORMATS)
def test_streaming_sigterm_mid_run_leaves_no_output(tmp_path, suffix):
    target = tmp_path / f"out{suffix}"

    def chunks() -> Iterator[pd.DataFrame]:
        yield _frame(0, 5)
        os.kill(os.getpid(), signal.SIGTERM)
        yield _frame(5, 5)  # pragma: no cover - never reached

    with pytest.raises(SystemExit):
        write_chunks(chunks(), target, {})
    assert not target.exists()
    assert _partials(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # handler restored


@pytest.mark.parametrize("suffix", FORMATS)
def test_streaming_chunks_reach_disk_before_the_run_ends(tmp_path, suffix):
    target = tmp_path / f"out{suffix}"
    sizes: list[int] = []

    def chunks() -> Iterator[pd.DataFrame]:
        for i in range(3):
            yield _frame(10 * i, 10)
            sizes.append(sum(p.stat().st_size for p in _partials(tmp_path)))

    assert write_chunks(chunks(), target, {"k": 1}) == 30
    assert sizes[0] > 0  # the first chunk is on disk while later ones are still being computed
    if suffix != ".parquet":  # text formats grow chunk by chunk
        assert sizes[0] < sizes[1] < sizes[2]
    assert read_provenance(target) == {"k": 1}
    assert _partials(tmp_path) == []


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_streaming_reads_ahead_a_bounded_number_of_articles(tmp_path, n_jobs):
    consumed = 0
    lag: list[int] = []

    def articles() -> Iterator[dict[str, str]]:
        nonlocal consumed
        for i in range(400):
            consumed += 1
            yield {"id": str(i), "body": f"Officials said {i} people left."}

    def on_row(_row: object) -> None:
        lag.append(consumed - len(lag))

    chunk = 20
    n = analyze_to_file(
        articles(),
        tmp_path / "o.parquet",
        "readability",
        n_jobs=n_jobs,
        chunksize=chunk,
        progress=False,
        on_row=on_row,
    )
    assert n == 400
    # one process measures BATCH articles at a time; with workers, analyze_to_file sends
    # max(64, chunksize // 4) articles per work unit, at most 2 * n_jobs in flight
    assert max(lag) <= (BATCH if n_jobs == 1 else 2 * n_jobs * 64 + 64)


def test_streaming_cli_writes_parquet_equal_to_analyze(tmp_path):
    src = _jsonl_xz(tmp_path / "big.jsonl.xz", 30)
    out = tmp_path / "out.parquet"
    assert main(["analyze", str(src), "-o", str(out), "-q", "--chunksize", "7"]) == 0
    got = pd.read_parquet(out)
    want = mediakit.analyze(src)
    metric_cols = [c for c in want.columns if "." in c]
    assert got["id"].tolist() == want["id"].tolist()
    pd.testing.assert_frame_equal(got[metric_cols], want[metric_cols], check_exact=True)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_streaming_progress_silent_when_not_a_tty(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    b = bar(500)
    assert b.disable
    b.update(500)
    b.close()
    assert sys.stderr.getvalue() == ""


def test_streaming_progress_is_tqdm_text_on_a_tty(monkeypatch):
    from tqdm.std import tqdm as std_tqdm

    monkeypatch.setattr(sys, "stderr", _Tty())
    b = bar(200)
    assert isinstance(b, std_tqdm) and not b.disable  # tqdm.auto outside Jupyter: the text bar
    assert b.delay == DELAY  # quick runs stay quiet
    b.update(50)
    assert "50/200" in str(b) and "25%" in str(b) and "art/s" in str(b)
    b.close()
    unknown = bar(None, progress=True)
    unknown.update(3)
    assert "3art" in str(unknown).replace(" ", "")
    unknown.close()


@pytest.mark.parametrize(("total", "progress", "shown"), [(10, None, False), (10, True, True), (500, False, False)])
def test_streaming_progress_small_runs_and_explicit_choice(monkeypatch, total, progress, shown):
    monkeypatch.setattr(sys, "stderr", _Tty())
    b = bar(total, progress=progress)
    assert b.disable is not shown
    b.close()


def test_streaming_progress_widget_in_a_notebook_kernel(monkeypatch):
    """In a Jupyter kernel the bar is shown by default even though stderr is not a terminal."""
    import mediakit._progress as prog

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(prog, "in_notebook", lambda: True)
    assert prog.wanted(None)
    assert not prog.wanted(False)


def test_streaming_count_records_for_eta(tmp_path):
    _jsonl_xz(tmp_path / "a.jsonl.xz", 12)
    (tmp_path / "b.txt").write_text("Headline\n\nBody text.", encoding="utf-8")
    assert count_records([tmp_path]) == 13
    (tmp_path / "c.csv").write_text("body\nx\n", encoding="utf-8")
    assert count_records([tmp_path]) is None  # CSV records may span lines: no estimate


def _interrupt_after(n: int):
    seen = 0

    def on_row(_row: object) -> None:
        nonlocal seen
        seen += 1
        if seen > n:
            raise KeyboardInterrupt

    return on_row


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize(("stop_after", "chunk"), [(0, 7), (20, 7), (49, 7), (13, 1), (30, 100)])
def test_streaming_resumed_run_writes_what_an_uninterrupted_run_writes(tmp_path, monkeypatch, suffix, stop_after, chunk):
    import mediakit.compute as compute
    from mediakit.output import Checkpoint

    src = _jsonl_xz(tmp_path / "in.jsonl.xz", 50)
    want = tmp_path / f"want{suffix}"
    assert analyze_to_file(src, want, chunksize=chunk, progress=False) == 50
    out = tmp_path / f"out{suffix}"
    with pytest.raises(KeyboardInterrupt):
        analyze_to_file(src, out, chunksize=chunk, progress=False, on_row=_interrupt_after(stop_after))
    assert not out.exists()  # never a partial output file
    kept = Checkpoint.saved_rows(out)
    assert kept == stop_after // chunk * chunk  # the finished chunks

    measured: list[object] = []
    real = compute._analyze_batch
    monkeypatch.setattr(compute, "_analyze_batch", lambda rows, *a: measured.extend(rows) or real(rows, *a))
    statuses: list[str] = []
    n = analyze_to_file(
        src, out, chunksize=chunk, progress=False, resume=True, on_row=lambda r: statuses.append(str(r["status"]))
    )
    assert n == 50
    assert len(measured) == 50 - kept  # finished rows are not measured again
    assert statuses == ["ok"] * 50  # the summary still sees every row
    assert Checkpoint.saved_rows(out) is None  # the checkpoint is gone
    assert out.read_bytes() == want.read_bytes()
    if suffix != ".parquet":
        assert read_provenance(out) == read_provenance(want)


def test_streaming_sigterm_keeps_a_resumable_checkpoint(tmp_path):
    from mediakit.output import Checkpoint

    src = _jsonl_xz(tmp_path / "in.jsonl.xz", 20)
    out = tmp_path / "out.parquet"
    seen = 0

    def on_row(_row: object) -> None:
        nonlocal seen
        seen += 1
        if seen == 12:
            os.kill(os.getpid(), signal.SIGTERM)

    with pytest.raises(SystemExit):
        analyze_to_file(src, out, chunksize=5, progress=False, on_row=on_row)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    assert Checkpoint.saved_rows(out) == 10
    assert analyze_to_file(src, out, chunksize=5, progress=False, resume=True) == 20
    want = tmp_path / "want.parquet"
    analyze_to_file(src, want, chunksize=5, progress=False)
    assert out.read_bytes() == want.read_bytes()


@pytest.mark.parametrize("change", ["input_touched", "input_rewritten", "other_metrics", "other_options"])
def test_streaming_resume_refuses_a_checkpoint_of_another_run(tmp_path, change):
    from mediakit.output import ResumeError

    src = _jsonl_xz(tmp_path / "in.jsonl.xz", 20)
    out = tmp_path / "out.csv"
    with pytest.raises(KeyboardInterrupt):
        analyze_to_file(src, out, chunksize=5, progress=False, on_row=_interrupt_after(12))
    kwargs: dict[str, object] = {}
    if change == "input_touched":
        st = src.stat()
        os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    elif change == "input_rewritten":
        _jsonl_xz(src, 21)
    elif change == "other_metrics":
        kwargs["metrics"] = "readability"
    else:
        kwargs["options"] = {"readability": {"counting": "textstat"}}
    with pytest.raises(ResumeError, match="different run"):
        analyze_to_file(src, out, chunksize=5, progress=False, resume=True, **kwargs)  # type: ignore[arg-type]
    assert analyze_to_file(src, out, chunksize=5, progress=False, resume=False, **kwargs) > 0  # type: ignore[arg-type]


def test_streaming_iterator_input_leaves_no_checkpoint(tmp_path):
    from mediakit.output import Checkpoint, ResumeError

    rows = [{"id": str(i), "body": f"Officials said {i} people left."} for i in range(30)]
    out = tmp_path / "out.parquet"
    with pytest.raises(KeyboardInterrupt):
        analyze_to_file(iter(rows), out, chunksize=5, progress=False, on_row=_interrupt_after(12))
    assert Checkpoint.saved_rows(out) is None and not out.exists()
    with pytest.raises(ResumeError, match="only a run over files"):
        analyze_to_file(iter(rows), out, chunksize=5, progress=False, resume=True)


def test_streaming_cli_resume_and_restart(tmp_path, capsys):
    src = _jsonl_xz(tmp_path / "big.jsonl.xz", 30)
    out = tmp_path / "out.parquet"
    with pytest.raises(KeyboardInterrupt):
        analyze_to_file(src, out, chunksize=7, progress=False, on_row=_interrupt_after(16), inputs=[str(src)])
    capsys.readouterr()
    assert main(["analyze", str(src), "-o", str(out), "-q", "--chunksize", "7"]) == 2
    err = capsys.readouterr().err
    assert "14 finished rows" in err and "--resume" in err and "--restart" in err
    assert main(["analyze", str(src), "-o", str(out), "-q", "--chunksize", "7", "--resume"]) == 0
    err = capsys.readouterr().err
    assert "wrote 30 rows" in err and "30 article(s), 30 ok" in err
    assert pd.read_parquet(out)["id"].tolist() == [f"a{i}" for i in range(30)]
    with pytest.raises(KeyboardInterrupt):
        analyze_to_file(src, out, chunksize=7, progress=False, on_row=_interrupt_after(3), inputs=[str(src)])
    assert main(["analyze", str(src), "-o", str(out), "-q", "--restart"]) == 0


def test_streaming_cli_interrupt_says_how_to_resume(tmp_path, monkeypatch, capsys):
    import mediakit.compute as compute

    src = _jsonl_xz(tmp_path / "big.jsonl.xz", 30)
    out = tmp_path / "out.parquet"
    measured = 0
    real = compute._analyze_batch

    def flaky(rows, *a):
        nonlocal measured
        measured += len(rows)
        if measured > 20:
            raise KeyboardInterrupt
        return real(rows, *a)

    monkeypatch.setattr(compute, "_analyze_batch", flaky)
    monkeypatch.setattr(compute, "BATCH", 4)
    assert main(["analyze", str(src), "-o", str(out), "-q", "--chunksize", "7"]) == 130
    err = capsys.readouterr().err
    assert "14 finished rows are kept" in err and "--resume" in err
    assert not out.exists()
