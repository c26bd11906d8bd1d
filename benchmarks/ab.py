"""Same-run A/B timing of two checkouts of mediakit (issue 6): did a speed change pay?

Each checkout is timed in fresh processes, alternating, on the same seeded AllSides sample:
every run warms on the first 100 articles (untimed), then times ``mediakit.analyze`` over the
whole sample file (CPU time). Run from the project root::

    git worktree add /tmp/before <commit>          # the checkout to compare against
    export MEDIAKIT_DATA=../shared/datasets
    python3 -m uv run --locked python benchmarks/ab.py /tmp/before . --sample 2000 --repeat 2

Both checkouts run with this environment's packages. Pair it with ``equivalence.py``, which
checks that the change moved no number.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
import mediakit
rows = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
mediakit.analyze(rows[:100], progress=False)
t = time.process_time()
n = len(mediakit.analyze(sys.argv[2], progress=False))
print(1000 * (time.process_time() - t) / n)
"""


def main(argv: list[str] | None = None) -> int:
    """Print the CPU ms per article of each checkout, run by run, and the ratio of the best."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a", type=Path, help="checkout A (e.g. the commit before a change)")
    ap.add_argument("b", type=Path, help="checkout B (e.g. this one)")
    ap.add_argument("--sample", type=int, default=2000, help="articles in the sample")
    ap.add_argument("--seed", type=int, default=42, help="seed of the sample")
    ap.add_argument("--repeat", type=int, default=2, help="runs per checkout, alternating")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from mediakit import datasets
    from mediakit.corpus import sample_jsonl

    path = datasets.path("allsides_bench")
    path = path / "allsides_bench.jsonl.xz" if path.is_dir() else path
    trees = {"A": args.a.resolve(), "B": args.b.resolve()}
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="mediakit-ab-") as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with sample.open("w", encoding="utf-8") as fh:
            for rec in sample_jsonl(path, args.sample, seed=args.seed):
                fh.write(json.dumps(rec) + "\n")
        print(f"{args.sample} articles of allsides_bench (seed {args.seed}); CPU ms per article")
        for i in range(args.repeat):
            for name, tree in trees.items():
                out = subprocess.run(
                    [sys.executable, "-c", _RUN, str(tree), str(sample)],
                    capture_output=True,
                    text=True,
                    check=True,
                    cwd=tree,
                )
                ms = float(out.stdout.strip().splitlines()[-1])
                best[name] = min(best.get(name, ms), ms)
                print(f"  run {i + 1}  {name} {tree}: {ms:.3f}")
    print(f"best: A {best['A']:.3f}, B {best['B']:.3f}; B takes {best['B'] / best['A']:.2f}x the time of A")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
