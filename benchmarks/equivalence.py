"""Before/after equivalence check for speed work (issue 6): optimisations must not move a number.

Every value of :func:`mediakit.analyze`, every evidence span of :func:`mediakit.evidence` and
every row of :func:`mediakit.sources` is recorded on a fixed, varied set of articles (an
AllSides sample, Wikinews, Horne 2017, PolNeAR dev, OneStopEnglish, clickbait headlines, the
seed), then compared exactly (floats by ``repr``, NaN equal to NaN)::

    export MEDIAKIT_DATA=../shared/datasets
    python3 -m uv run --locked python benchmarks/equivalence.py record /tmp/before.jsonl
    # ... change the code ...
    python3 -m uv run --locked python benchmarks/equivalence.py compare /tmp/before.jsonl

``compare`` exits 1 and prints the first differences when anything moved.
The record file holds corpus text; keep it out of the repository.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import mediakit  # noqa: E402
from mediakit import datasets  # noqa: E402
from mediakit.corpus import sample_jsonl  # noqa: E402
from mediakit.io import iter_articles  # noqa: E402


def _file(name: str, file: str) -> Path:
    p = datasets.path(name)
    return p / file if p.is_dir() else p


def articles(n_allsides: int) -> Iterator[dict[str, Any]]:
    """The fixed article set, in a fixed order (schema rows)."""
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        yield from iter_articles(p)
    allsides = _file("allsides_bench", "allsides_bench.jsonl.xz")
    for rec in sample_jsonl(allsides, n_allsides, seed=7):
        yield {"id": rec.get("id"), "title": rec.get("title") or "", "body": rec.get("body") or ""}
    for name, file in (
        ("wikinews", "wikinews_195.jsonl"),
        ("horne2017", "horne2017.jsonl"),
        ("onestopenglish", "onestopenglish.jsonl"),
    ):
        yield from iter_articles(_file(name, file))
    for p in sorted((datasets.path("polnear") / "dev" / "text").glob("*.txt")):
        yield {"id": p.stem, "title": "", "body": p.read_text(encoding="utf-8")}
    for file in ("clickbait_data.gz", "non_clickbait_data.gz"):
        with gzip.open(_file("clickbait", file), "rt", encoding="utf-8") as fh:
            lines = [ln.strip() for ln in fh if ln.strip()][:1500]
        for i, line in enumerate(lines):
            yield {"id": f"{file}:{i}", "title": line, "body": line if i % 2 else ""}


def _plain(v: Any) -> Any:
    if isinstance(v, float):
        return "nan" if math.isnan(v) else repr(v)
    if hasattr(v, "item"):
        return _plain(v.item())
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v


def record(n_allsides: int, family: str | None = None) -> Iterator[dict[str, Any]]:
    """One JSON-able record per article: values, evidence, sources (``family``: that family only)."""
    rows = list(articles(n_allsides))
    t0 = time.process_time()
    res = mediakit.analyze(rows, metrics=family)
    t_analyze = time.process_time() - t0
    metric_cols = [c for c in res.columns if "." in c]
    t0 = time.process_time()
    for row, (_, r) in zip(rows, res.iterrows(), strict=True):
        ev = mediakit.evidence(row, metrics=family)
        src = mediakit.sources(row) if family in (None, "sourcing") else None
        yield {
            "id": str(row.get("id")),
            "values": {c: _plain(r[c]) for c in metric_cols},
            "evidence": [_plain(list(t)) for t in ev.itertuples(index=False)],
            "sources": [] if src is None else [_plain(list(t)) for t in src.itertuples(index=False)],
        }
    print(
        f"{len(rows)} articles; analyze {t_analyze:.2f} s CPU, evidence+sources {time.process_time() - t0:.2f} s CPU",
        file=sys.stderr,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("action", choices=("record", "compare"))
    ap.add_argument("file", type=Path)
    ap.add_argument("--family", help="compare one family only (values, evidence; sources with sourcing)")
    ap.add_argument("--allsides", type=int, default=1500, help="AllSides articles in the set (default 1500)")
    args = ap.parse_args(argv)
    if args.action == "record":
        if args.family:
            ap.error("record always records every family")
        with args.file.open("w", encoding="utf-8") as fh:
            for rec in record(args.allsides):
                fh.write(json.dumps(rec) + "\n")
        return 0
    with args.file.open(encoding="utf-8") as fh:
        before = [json.loads(line) for line in fh]
    after = list(record(args.allsides, args.family))
    if args.family:  # keep only that family's part of the full record
        fam = args.family
        for b in before:
            b["values"] = {k: v for k, v in b["values"].items() if k.startswith(fam + ".")}
            b["evidence"] = [e for e in b["evidence"] if e[0] == fam]
            if fam != "sourcing":
                b["sources"] = []
    diffs: list[str] = []
    if len(before) != len(after):
        diffs.append(f"article count {len(before)} -> {len(after)}")
    for b, a in zip(before, after, strict=False):
        for part in ("values", "evidence", "sources"):
            if b[part] != a[part]:
                if part == "values":
                    moved = {k: (b[part].get(k), a[part].get(k)) for k in b[part] if b[part].get(k) != a[part].get(k)}
                    diffs.append(f"{b['id']}: values {moved}")
                else:
                    gone = [x for x in b[part] if x not in a[part]][:3]
                    new = [x for x in a[part] if x not in b[part]][:3]
                    diffs.append(f"{b['id']}: {part} differ ({len(b[part])} -> {len(a[part])}); gone {gone}; new {new}")
    for d in diffs[:40]:
        print(d)
    print(f"{len(after)} articles compared: {'IDENTICAL' if not diffs else f'{len(diffs)} differences'}")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
