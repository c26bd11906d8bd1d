"""Where the sourcing family's time goes, per article (issue 13): a decomposition by replay.

``benchmarks/bench.py --stages`` gives the family's total; this script splits it. It runs the
family once over the same seeded AllSides sample as ``bench.py`` (memos emptied, then warmed on
the first 100 articles, as ``bench.py`` does), recording the calls of its costly steps, then times
each step again on exactly those calls, from the same start:

* cue detection (:func:`mediakit.metrics.sourcing.cues.cue_spans`) on every article;
* the name index of the resolver (:class:`mediakit.metrics.sourcing.resolve.Resolver`);
* tokens with offsets (:func:`mediakit.text.tokens.tokenize`) of the spans the reader asked for;
* classification of the phrases the memo had not seen (``_classify_static``, cold memos);
* the string-level simple-subject path (:func:`mediakit.metrics.sourcing.spans.simple_subject`);
* the token-level phrase reader (:func:`mediakit.metrics.sourcing.spans.find_source`);

and "the rest" is the family's total minus these (classification of known phrases, resolution,
cue types, nesting, the values). Three repeats; the median is printed. Run from the project root::

    export MEDIAKIT_DATA=../shared/datasets
    python3 -m uv run --locked python benchmarks/sourcing_cost.py --sample 1000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import write_sample

import mediakit
import mediakit.metrics.sourcing.classify as classify_mod
import mediakit.metrics.sourcing.family as family_mod
import mediakit.text.tokens as tokens_mod
from mediakit.compute import _rows_from
from mediakit.memo import clear_memos
from mediakit.metrics.registry import select
from mediakit.metrics.sourcing.cues import cue_spans
from mediakit.metrics.sourcing.resolve import Resolver
from mediakit.text.parse import Doc, parse


def _docs(rows: list[dict[str, Any]]) -> list[Doc]:
    docs = [parse(r["body"], r["title"]) for r in rows]
    for d in docs:
        _ = d.quotes  # paired by the sensational family before sourcing runs in analyze
    return docs


def _cold(rows: list[dict[str, Any]]) -> None:
    clear_memos()
    mediakit.analyze(rows[:100], progress=False)


def _ms(fn: Callable[[Any], object], items: list[Any], n: int) -> float:
    """CPU milliseconds per article of ``fn`` over ``items``."""
    t0 = time.process_time()
    for x in items:
        fn(x)
    return 1000 * (time.process_time() - t0) / n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=int, default=1000, help="articles in the sample")
    ap.add_argument("--seed", type=int, default=42, help="seed of the sample")
    ap.add_argument("--repeat", type=int, default=3, help="repeats (the median is printed)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.jsonl"
        n = write_sample(args.sample, args.seed, path)
        rows = list(_rows_from(path, None))
    family = {f.name: f for f, _ in select(None)}["sourcing"]

    calls: dict[str, list[Any]] = {"tokens": [], "classify": [], "simple": [], "reader": []}
    real_tok, real_cls = tokens_mod.tokenize, classify_mod._classify_static_pair
    real_simple, real_find = family_mod.simple_subject, family_mod.find_source

    def rec_tok(*a: Any) -> Any:
        calls["tokens"].append(a)
        return real_tok(*a)

    def rec_cls(k: Any) -> Any:
        calls["classify"].append(k)
        return real_cls(k)

    def rec_simple(*a: Any) -> Any:
        calls["simple"].append(a)
        return real_simple(*a)

    def rec_find(*a: Any) -> Any:
        calls["reader"].append(a)
        return real_find(*a)

    tokens_mod.tokenize = rec_tok  # type: ignore[assignment]  # extend() reads the rest of a sentence
    family_mod.tokenize = rec_tok  # type: ignore[assignment]  # the family tokenises directly
    classify_mod._classify_static_pair = rec_cls  # type: ignore[assignment]
    family_mod.simple_subject = rec_simple  # type: ignore[assignment]
    family_mod.find_source = rec_find  # type: ignore[assignment]
    try:
        _cold(rows)
        for v in calls.values():
            v.clear()
        for d in _docs(rows):
            family.run(d)
    finally:
        tokens_mod.tokenize = real_tok
        family_mod.tokenize = real_tok
        classify_mod._classify_static_pair = real_cls
        family_mod.simple_subject = real_simple
        family_mod.find_source = real_find

    parts: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        docs = _docs(rows)
        _cold(rows)
        parts.setdefault("family sourcing (total)", []).append(_ms(family.run, docs, n))
        docs = _docs(rows)
        parts.setdefault("cue detection", []).append(_ms(cue_spans, docs, n))
        _cold(rows)
        parts.setdefault("name index", []).append(_ms(lambda d: Resolver(d.body), docs, n))
        parts.setdefault("tokens with offsets", []).append(
            _ms(lambda a: real_tok(*a), calls["tokens"], n)
        )
        _cold(rows)
        parts.setdefault("classifying new phrases", []).append(
            _ms(real_cls, calls["classify"], n)
        )
        parts.setdefault("simple-subject path", []).append(
            _ms(lambda a: real_simple(*a), calls["simple"], n)
        )
        parts.setdefault("phrase reader", []).append(_ms(lambda a: real_find(*a), calls["reader"], n))
    med = {k: statistics.median(v) for k, v in parts.items()}
    total = med["family sourcing (total)"]
    print(f"sourcing {family.version}: CPU ms per article, {n} articles, median of {args.repeat}")
    print(f"  {'calls per article':<28} " + ", ".join(f"{k} {len(v) / n:.1f}" for k, v in calls.items()))
    for k, v in med.items():
        print(f"  {k:<28} {v:7.3f}")
    print(f"  {'the rest':<28} {total - sum(v for k, v in med.items() if k != 'family sourcing (total)'):7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
