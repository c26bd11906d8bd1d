"""Cost of the sourcing family on a repeated hostile paragraph (issue 13, round twenty-six).

One invented paragraph rich in what the rules look at (cue words, "according to", a sentence-opening
"To" and "That", "US", a picture credit, "called" before a name, quotation marks opened and never
closed, brackets, dashes, a long comma chain, "I spoke to", "who asked not to be named", digits,
zero-width, right-to-left and combining characters, "İ", "ſ", an emoji, CRLF, tabs, NBSP) is
repeated 1, 10 and 50 times as one article; the family (:func:`mediakit.metrics.sourcing.analyse`)
runs on each, best of three. The time per character may not grow more than ``--limit`` times
(default 3) from the paragraph alone to 50 of them: a per-article scan that is quadratic in the
text would. Run from the project root::

    python3 -m uv run --locked python benchmarks/sourcing_hostile.py
"""

from __future__ import annotations

import argparse
import sys
import time

import mediakit
from mediakit.metrics import sourcing

#: The paragraph (invented people, places and bodies).
PARAGRAPH = (
    "To Ana Lind, the vote was a warning, according to the Tarrow Gazette. That person said so, "
    "US Senator Tom Hale told reporters\u00a0on Friday. \u201cWe will not stop,\u201d a nurse I spoke "
    "to, who asked not to be named, said. Image: Ann Lee. An engineer called Piet Avender. "
    "The latest Hale poll has Lind leading, a survey of 1,200 tenants released last week showed. "
    "Kestrel Homeware said (in a statement) \u2014 and Kestrel said again \u2014 that prices rose. "
    "Residents, farmers, unions, teachers, nurses, porters, drivers, clerks, bakers and cooks said "
    "it was \u201cunfair. \u2018Nobody listens, Mr. Roe added \"again. "
    "\u05de\u05d4 \u200f\u200bIstanbul\u0301 \u0130zmir \u017fays \U0001f600 said\r\n\tthe auction house, "
    "Greaves & Fordham. ROE: I think so. Another, Sally Brook, who runs the stall, said 42 were hurt.\n\n"
)


def _seconds(body: str, repeat: int = 3) -> float:
    doc = mediakit.parse(body, "T")
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        sourcing.analyse(doc)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=float, default=3.0, help="largest allowed growth of the time per character")
    args = ap.parse_args(argv)
    _seconds(PARAGRAPH * 2)  # warm up the tables and memos
    base = None
    worst = 1.0
    for times in (1, 10, 50):
        body = PARAGRAPH * times
        s = _seconds(body)
        per = s / len(body) * 1e6
        base = base if base is not None else per
        worst = max(worst, per / base)
        print(f"x{times:<3} {len(body):>7} characters  {s * 1000:9.2f} ms  {per:7.3f} us/char  ({per / base:.2f}x)")
    ok = worst <= args.limit
    print(f"time per character grew at most {worst:.2f}x (limit {args.limit}x): {'ok' if ok else 'TOO MUCH'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
