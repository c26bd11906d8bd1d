"""Drawing units for a coding round: stratified samples with their inclusion probabilities.

Design (recorded in the key, so that estimates refer to the corpus, not the sample):

* The *frame* is every unit of the task in the corpus (:mod:`mediakit.coding.tasks`).
* ``stratify=True``: strata are the kit's codes (yes / no; a source class; a
  rating). The sample is allocated equally among strata (``n // H`` each, the
  remainder to the first strata in code order); a stratum smaller than its share
  is taken whole and what it leaves is shared among the others, so the sample
  holds ``min(n, N)`` units. Within a stratum, units are drawn by simple random
  sampling without replacement.
* ``stratify=False``: one simple random sample of ``min(n, N)`` units; with
  ``n >= N`` every unit is taken.
* A unit of stratum ``h`` is included with probability ``pi_h = n_h / N_h`` and
  weighs ``w = 1 / pi_h = N_h / n_h`` (the Horvitz-Thompson weight; Horvitz &
  Thompson 1952, JASA 47(260)).
* Rows are shuffled and numbered ``u0001``, ``u0002``, ... after drawing, so
  neither the order nor the ids tell the kit's code. Everything is seeded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from mediakit.coding.tasks import MARK_CLOSE, MARK_OPEN, MAX_TEXT_CHARS, Task, Unit, get_task

#: Columns of a coding sheet (what coders see), in order.
SHEET_COLUMNS = ("unit_id", "article_id", "start", "end", "text", "code", "comment", "task")
#: Columns of a key (what coders never see), in order.
KEY_COLUMNS = ("unit_id", "kit_code", "weight", "stratum", "article_id", "start", "end", "task")


def allocate(sizes: Mapping[str, int], n: int) -> dict[str, int]:
    """Equal allocation of ``n`` units among strata of the given sizes, capped at each size.

    Water-filling: every stratum gets ``min(N_h, L)`` for the largest ``L`` that
    fits, and the units left over go one each to the first strata with more.

    Args:
        sizes: Stratum -> number of units in the frame, in allocation order.
        n: Units wanted.

    Returns:
        Stratum -> units to draw; the total is ``min(n, sum(sizes))``.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    total = min(n, sum(sizes.values()))
    level, top = 0, max(sizes.values(), default=0)
    while level < top:  # the largest per-stratum share that fits: sum(min(N_h, level)) <= total
        mid = (level + top + 1) // 2
        if sum(min(s, mid) for s in sizes.values()) <= total:
            level = mid
        else:
            top = mid - 1
    alloc = {h: min(s, level) for h, s in sizes.items()}
    left = total - sum(alloc.values())
    for h, s in sizes.items():  # one more to the first strata that still have units
        if left and s > level:
            alloc[h] += 1
            left -= 1
    return alloc


def _text(title: str, body: str, unit: Unit) -> str:
    """The unit in its context, marked; long contexts are cut around the unit."""
    parts = []
    for s, e in unit.context:
        if s <= unit.start and unit.end <= e and not unit.title:
            parts.append(
                body[s : unit.start]
                + MARK_OPEN
                + body[unit.start : unit.end]
                + MARK_CLOSE
                + body[unit.end : e]
            )
        else:
            parts.append(body[s:e])
    adjacent = len(unit.context) == 2 and not body[unit.context[0][1] : unit.context[1][0]].strip()
    text = ("\n\n" if adjacent else "\n\n[…]\n\n").join(parts)
    if unit.title:
        text = f"{title}\n\n{text}" if title else text
    if len(text) > MAX_TEXT_CHARS:
        cut = text[:MAX_TEXT_CHARS]
        if MARK_OPEN in cut and MARK_CLOSE not in cut[cut.index(MARK_OPEN) :]:
            cut += MARK_CLOSE  # the unit itself is longer than a cell: keep the marks balanced
        text = cut + " […]"
    return text


def _stratum_order(task: Task, code: Any) -> tuple[int, str]:
    return (task.codes.index(code) if code in task.codes else len(task.codes), str(code))


def sample(
    articles: Any, task: str | Task, n: int, seed: int = 0, stratify: bool = True
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Draw ``n`` units of one coding task and return the coding sheet and its key.

    Args:
        articles: What :func:`mediakit.analyze` accepts: paths (files, folders,
            globs), a DataFrame from :func:`mediakit.load`, mappings. Rows whose
            status is "error" or whose body is empty are skipped.
        task: A task name (see :func:`mediakit.coding.tasks`) or a :class:`Task`.
        n: Units wanted (fewer when the corpus has fewer).
        seed: Seed of the draw and of the row order.
        stratify: Stratify by the kit's code with equal allocation (see module
            docstring); False: a simple random sample.

    Returns:
        ``(sheet, key)``. The sheet (what coders get) has ``unit_id``,
        ``article_id``, ``start``, ``end`` (offsets of the unit in the article
        body as :func:`mediakit.load` gives it), ``text`` (the unit in its context,
        marked ``[[ ]]``), an empty ``code`` column, an empty ``comment`` column
        and ``task``. The key (kept from coders) has ``unit_id``, ``kit_code``,
        ``weight`` (inverse inclusion probability), ``stratum``, ``article_id``,
        ``start``, ``end`` and ``task``; its ``attrs["design"]`` records the design.
        A repeated article id gets ``#2``, ``#3``, ... appended.
    """
    from mediakit import __version__
    from mediakit.compute import _rows_from, to_doc

    t = get_task(task)
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    texts: list[tuple[str, str, str]] = []  # (article id, title, body)
    frame: list[tuple[int, Unit]] = []
    seen: dict[str, int] = {}
    skipped = 0
    for row in _rows_from(articles, None):
        body = row.get("body")
        if row.get("status") == "error" or not isinstance(body, str) or not body.strip():
            skipped += 1
            continue
        doc = to_doc(row)
        aid = str(row.get("id", ""))
        seen[aid] = seen.get(aid, 0) + 1
        if seen[aid] > 1:
            aid = f"{aid}#{seen[aid]}"
        texts.append((aid, doc.title, doc.body))
        frame.extend((len(texts) - 1, u) for u in t.units(doc))
    strata: dict[str, list[int]] = {}
    for i, (_a, unit) in enumerate(frame):
        strata.setdefault(str(unit.kit_code) if stratify else "all", []).append(i)
    codes = {str(u.kit_code): u.kit_code for _a, u in frame}
    order = sorted(strata, key=lambda h: _stratum_order(t, codes.get(h, h)))
    alloc = allocate({h: len(strata[h]) for h in order}, n)
    rng = np.random.default_rng(seed)
    chosen: list[tuple[int, str, float]] = []  # (frame index, stratum, weight)
    for h in order:
        size, take = len(strata[h]), alloc[h]
        if take == 0:
            continue
        picks = np.sort(rng.choice(size, size=take, replace=False))
        chosen.extend((strata[h][int(p)], h, size / take) for p in picks)
    perm = rng.permutation(len(chosen)) if chosen else np.array([], dtype=int)
    width = max(4, len(str(len(chosen))))
    sheet_rows, key_rows = [], []
    for k, j in enumerate(perm, start=1):
        idx, stratum, weight = chosen[int(j)]
        art, unit = frame[idx]
        aid, title, body = texts[art]
        uid = f"u{k:0{width}d}"
        sheet_rows.append((uid, aid, unit.start, unit.end, _text(title, body, unit), None, None, t.name))
        key_rows.append((uid, unit.kit_code, weight, stratum, aid, unit.start, unit.end, t.name))
    sheet = pd.DataFrame(sheet_rows, columns=list(SHEET_COLUMNS))
    key = pd.DataFrame(key_rows, columns=list(KEY_COLUMNS))
    sheet = sheet.astype({"start": "int64", "end": "int64", "code": object, "comment": object})
    key = key.astype({"start": "int64", "end": "int64", "kit_code": object, "weight": "float64"})
    design = {
        "task": t.name,
        "task_version": t.version,
        "mediakit_version": __version__,
        "seed": seed,
        "stratify": stratify,
        "n_requested": n,
        "population": {h: len(strata[h]) for h in order},
        "sample": {h: alloc[h] for h in order},
        "articles": len(texts),
        "skipped_articles": skipped,
    }
    sheet.attrs["task"] = t.name
    key.attrs["design"] = design
    key.attrs["task"] = t.name
    return sheet, key


def design_effect(weights: Any) -> float:
    """Kish's design effect of unequal weights: ``deff = n * sum(w^2) / (sum w)^2`` (Kish 1965, Survey Sampling).

    The effective sample size is ``n / deff``; 1.0 for equal weights.
    """
    w = np.asarray(weights, dtype=float)
    w = w[~np.isnan(w)]
    if w.size == 0 or w.sum() == 0:
        return float("nan")
    return float(w.size * np.sum(w**2) / w.sum() ** 2)


def sample_size(
    width: float, p: float = 0.5, level: float = 0.95, deff: float = 1.0, population: int | None = None
) -> int:
    """Units needed for a proportion's confidence interval to be ``width`` wide (both sides).

    Normal approximation (Cochran 1977, Sampling Techniques, ch. 4):
    ``n0 = deff * z^2 * p (1 - p) / (width / 2)^2`` with ``z`` the normal quantile
    of ``(1 + level) / 2``; with a finite population of ``N`` units,
    ``n = n0 / (1 + (n0 - 1) / N)``. Rounded up.

    Args:
        width: Full width of the interval (0.1 = plus or minus 0.05).
        p: Expected proportion (0.5, the default, is the worst case).
        level: Confidence level.
        deff: Design effect (:func:`design_effect` of a previous round's weights).
        population: Units in the frame, if known (finite population correction).

    Returns:
        The sample size.
    """
    from statistics import NormalDist

    if not 0 < width < 1 or not 0 < p < 1 or not 0 < level < 1 or deff <= 0:
        raise ValueError("need 0 < width < 1, 0 < p < 1, 0 < level < 1 and deff > 0")
    z = NormalDist().inv_cdf((1 + level) / 2)
    n0 = deff * z * z * p * (1 - p) / (width / 2) ** 2
    if population is not None:
        if population < 1:
            raise ValueError(f"population must be at least 1, got {population}")
        n0 = n0 / (1 + (n0 - 1) / population)
    return math.ceil(n0 - 1e-9)
