"""Correctness under speed (issue 6): every execution path gives the same numbers and evidence.

Serial, ``n_jobs=2`` (any chunk size), a Dask DataFrame on a ``dask.distributed``
LocalCluster bound to 127.0.0.1, and a fresh process with cold caches must all
return identical results, bit for bit.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd
import pytest

import mediakit
from mediakit.distributed import result_meta
from mediakit.io import frame
from mediakit.io._common import make_article
from mediakit.schema import RESULT_COLUMNS
from tests.conftest import SEED

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


def _corpus() -> pd.DataFrame:
    """Articles exercising every family: the seed, quotes, odd text, empty and error rows."""
    seed = mediakit.load(SEED)
    seed_body = seed.loc[0, "body"]
    extra = [
        ("The minister said the plan would work. Critics disagreed, according to a report.", "Plan"),
        (
            "It is believed that thousands were terrified. Shocking scenes! Why does this matter?",
            "You won't believe this",
        ),
        ("", "Headline only"),
        ("“We will not stop,” protesters told reporters. Police said 12 people were arrested.", "Protest"),
        ("No punctuation at all " * 30, ""),
        (
            "Dr. J. R. Smith of the U.S. Senate said on Monday at 5 p.m. that the bill, No. 10, passed.",
            "Vote",
        ),
        ("Один два три. Четыре пять.", "Non-English"),
        (seed_body[: len(seed_body) // 2], "Half of the seed"),
    ]
    records = [{"id": f"x{i}", "title": t, "body": b} for i, (b, t) in enumerate(extra)]
    loaded = frame(
        make_article(r, source_path="<memory>", record=i, default_id=r["id"])
        for i, r in enumerate(records, 1)
    )
    return pd.concat([seed, loaded], ignore_index=True)


def _bare(df: pd.DataFrame) -> pd.DataFrame:
    """Result without attrs, index reset and identifier columns as plain strings."""
    out = df.reset_index(drop=True).copy()
    out.attrs = {}
    for col in RESULT_COLUMNS:
        out[col] = out[col].astype(object).map(str)
    return out


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return _corpus()


@pytest.fixture(scope="module")
def serial(corpus) -> pd.DataFrame:
    return mediakit.analyze(corpus)


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        protocol="tcp",  # real sockets, bound to the loopback interface only
        host="127.0.0.1",
        dashboard_address=None,
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.mark.parametrize(("n_jobs", "chunksize"), [(1, 1), (1, 3), (2, 1), (2, 2), (2, 4), (2, 256)])
def test_distributed_jobs_and_chunk_sizes_give_identical_numbers(corpus, serial, n_jobs, chunksize):
    other = mediakit.analyze(corpus, n_jobs=n_jobs, chunksize=chunksize)
    pd.testing.assert_frame_equal(serial, other, check_exact=True)


@pytest.mark.parametrize("npartitions", [1, 3, 9])
def test_distributed_dask_on_local_cluster_equals_serial(client, corpus, serial, npartitions):
    ddf = dd.from_pandas(corpus, npartitions=npartitions)
    lazy = mediakit.analyze(ddf)
    assert type(lazy).__module__.startswith("dask")
    assert list(lazy.columns) == list(serial.columns)
    got = lazy.compute()
    assert got.index.tolist() == corpus.index.tolist()  # partition order kept
    pd.testing.assert_frame_equal(_bare(serial), _bare(got), check_exact=True)


def test_distributed_dask_schema_comes_from_registry(client, corpus):
    lazy = mediakit.analyze(dd.from_pandas(corpus, npartitions=2), "readability")
    meta = result_meta(["readability"])
    assert list(lazy.columns) == list(meta.columns)
    assert (lazy.dtypes[len(RESULT_COLUMNS) :] == "float64").all()


def test_distributed_dask_options_and_selection_forwarded(client, corpus):
    opts = {"readability": {"counting": "textstat"}}
    want = mediakit.analyze(corpus, "readability", options=opts)
    got = mediakit.analyze(dd.from_pandas(corpus, npartitions=2), "readability", options=opts).compute()
    pd.testing.assert_frame_equal(_bare(want), _bare(got), check_exact=True)


def _evidence_records(body: str) -> list[tuple[object, ...]]:
    ev = mediakit.evidence(body)
    return [tuple(r) for r in ev.itertuples(index=False)]


def test_distributed_evidence_identical_serial_workers_and_dask(client, corpus):
    bodies = corpus["body"].tolist()
    serial = [_evidence_records(b) for b in bodies]
    assert sum(map(len, serial)) > 50  # evidence exists to compare
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(_evidence_records, bodies, chunksize=2)) == serial
    assert client.gather(client.map(_evidence_records, bodies, pure=False)) == serial


def _fresh_process_results(
    rows: list[dict[str, object]],
) -> tuple[pd.DataFrame, list[list[tuple[object, ...]]]]:
    """Run in a spawned interpreter: no per-process memo is warm."""
    frame = pd.DataFrame(rows)
    return mediakit.analyze(frame), [_evidence_records(b) for b in frame["body"]]


@pytest.mark.slow
def test_distributed_cold_process_equals_warm_process(corpus, serial):
    """Per-process memos (syllables, easy words) must never change a number."""
    rows = corpus.to_dict("records")
    for _ in range(2):  # warm every cache in this process first
        mediakit.analyze(corpus)
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as pool:
        cold, cold_ev = pool.submit(_fresh_process_results, rows).result()
    pd.testing.assert_frame_equal(_bare(serial), _bare(cold), check_exact=True)
    assert cold_ev == [_evidence_records(b) for b in corpus["body"]]


def test_distributed_streamed_file_equals_in_memory(tmp_path: Path, corpus):
    from mediakit.compute import analyze_to_file

    src = tmp_path / "in.jsonl"
    corpus[["id", "title", "body"]].to_json(src, orient="records", lines=True, force_ascii=False)
    want = mediakit.analyze(src)
    for n_jobs, chunksize in [(1, 1), (1, 4), (2, 3)]:
        out = tmp_path / f"out_{n_jobs}_{chunksize}.parquet"
        assert analyze_to_file(src, out, n_jobs=n_jobs, chunksize=chunksize, progress=False) == len(corpus)
        got = pd.read_parquet(out)
        pd.testing.assert_frame_equal(_bare(want), _bare(got), check_exact=True)


@pytest.mark.parametrize("size", [1, 2, 7, 64])
def test_distributed_tiny_memos_give_identical_numbers_and_evidence(corpus, serial, size):
    """Memos that roll over all the time (see mediakit.memo) must never change a number."""
    from mediakit.memo import clear_memos, memos

    want_ev = [_evidence_records(b) for b in corpus["body"]]
    saved = {name: m.size for name, m in memos().items()}
    assert len(saved) >= 8  # every word-level cache of the package is a registered memo
    try:
        for m in memos().values():
            m.size = size
        clear_memos()
        got = mediakit.analyze(corpus)
        got_ev = [_evidence_records(b) for b in corpus["body"]]
        assert sum(m.rollovers for m in memos().values()) > 0
        assert all(len(m.table) <= max(size, 400) for m in memos().values())  # bounded by one article
    finally:
        for name, m in memos().items():
            m.size = saved[name]
        clear_memos()
    pd.testing.assert_frame_equal(serial, got, check_exact=True)
    assert got_ev == want_ev


@pytest.mark.parametrize("batch", [1, 2, 5, 1000])
def test_distributed_batch_size_gives_identical_numbers(corpus, serial, monkeypatch, batch):
    """Families run over a batch of articles in turn (mediakit.compute.BATCH): no number may move."""
    import mediakit.compute as compute

    monkeypatch.setattr(compute, "BATCH", batch)
    pd.testing.assert_frame_equal(serial, mediakit.analyze(corpus), check_exact=True)
