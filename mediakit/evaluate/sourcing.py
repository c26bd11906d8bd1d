"""Sourcing validation on PolNeAR (attribution relations in political news).

PolNeAR v1.0.0 (Newell, Margolin & Ruths 2018): 2016 US-election articles
from 7 outlets, brat standoff (``Source`` / ``Cue`` / ``Content`` spans, one
``E`` event per attribution). Layout under ``mediakit.datasets.path("polnear")``::

    train/text/<name>.txt   train/attributions/<name>_<annotator>.ann
    dev/text/<name>.txt     dev/attributions/<name>_<annotator>.ann

**Several annotators.** 16 train and 2 dev articles carry more than one
annotation file (up to 6 annotators). We keep the **first file in sorted
name order** for each article (deterministic, the same choice as the engineer
notes' baselines: 19,868 train and 2,193 dev attributions). Unioning the
annotators would inflate gold cues for those articles only; the choice moves
no score by more than a few thousandths (18 of 924 articles).

Measures, per split (text = the whole ``.txt`` file, headline line included,
split into sentences by mediakit's own splitter, :func:`mediakit.text.parse.parse`):

* sentence level: a sentence is gold-positive when a gold ``Cue`` span
  (any fragment of it) starts inside it, predicted-positive when an
  attribution of :func:`mediakit.metrics.sourcing.analyse` is in it;
  precision, recall, F1.
* cue-span overlap: a detected cue is correct when it overlaps a gold cue
  span (precision); a gold cue is found when a detected cue overlaps it
  (recall).
* article level: Pearson r between the number of detected cues and the
  number of gold attributions (``E`` lines).
* source spans, for every gold attribution that has a gold ``Source``:
  ``cue_found`` = share with a detected row (a row of
  :func:`mediakit.metrics.sourcing.source_table`, floating quotes included)
  whose cue overlaps the gold cue; ``source_span_overlap`` = share with a
  row whose cue overlaps the gold cue **and** whose source span overlaps the
  gold source span; ``source_exact`` = the same with both ends of the source
  span within 2 characters of the gold span's (first fragment start, last
  fragment end); ``source_given_cue`` = ``source_span_overlap / cue_found``.
  Pronoun sources are scored as the pronoun's own span (PolNeAR annotates the
  mention, not its antecedent).
* ``predicted_source_precision``: of the distinct detected source spans
  (``(start, end)`` per article, rows with a source), the share that overlaps
  some gold ``Source`` span. PolNeAR leaves nested attributions unannotated, so
  a correct source of a cue inside another attribution's content counts as
  wrong here.

Develop on ``train``; ``dev`` is reported, not tuned on. Run
``python -m mediakit.evaluate.sourcing``; needs ``MEDIAKIT_DATA``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from mediakit.evaluate._stats import pearson
from mediakit.metrics.sourcing import VERSION, analyse, cue_spans
from mediakit.text.parse import Doc, parse

if TYPE_CHECKING:
    from mediakit.metrics.sourcing import Attribution

_SPAN = re.compile(r"^(T\d+)\t(\w+) ([\d ;]+)\t")
_EVENT = re.compile(r"^E\d+\t(.*)$")
Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class PolnearArticle:
    """One PolNeAR article with its gold cue spans.

    Attributes:
        name: File stem (outlet_date_slug).
        text: Full text of the ``.txt`` file.
        cues: Gold cue fragments ``(start, end)``; a discontinuous cue gives several.
        n_attributions: Gold attributions (``E`` events).
        links: ``(cue fragments, source fragments)`` of each gold attribution with both.
        sources: Gold ``Source`` spans ``(first start, last end)``.
        annotator: Annotator id of the annotation file used.
        n_annotators: Annotation files available for the article.
    """

    name: str
    text: str
    cues: tuple[tuple[int, int], ...]
    n_attributions: int
    annotator: str
    n_annotators: int
    links: tuple[tuple[Spans, Spans], ...] = ()
    sources: tuple[tuple[int, int], ...] = ()


def _parse_ann(
    path: Path,
) -> tuple[list[tuple[int, int]], int, list[tuple[Spans, Spans]], list[tuple[int, int]]]:
    cues: list[tuple[int, int]] = []
    sources: list[tuple[int, int]] = []
    spans: dict[str, Spans] = {}
    events: list[dict[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            ev = _EVENT.match(line)
            if ev:
                events.append(dict(x.split(":", 1) for x in ev.group(1).split() if ":" in x))
                continue
            m = _SPAN.match(line)
            if m:
                frags = tuple((int(a), int(b)) for a, b in (f.split() for f in m.group(3).split(";")))
                spans[m.group(1)] = frags
                if m.group(2) == "Cue":
                    cues.extend(frags)
                elif m.group(2) == "Source":
                    sources.append((frags[0][0], frags[-1][1]))
    links = [
        (spans[e["Cue"]], spans[e["Source"]])
        for e in events
        if e.get("Cue") in spans and e.get("Source") in spans
    ]
    return cues, len(events), links, sources


def load_polnear(split: str) -> list[PolnearArticle]:
    """Read one PolNeAR split (first annotator per article, see module docstring)."""
    from mediakit import datasets

    root = datasets.path("polnear") / split
    groups: dict[str, list[Path]] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        stem = ann.stem.rpartition("_")[0]
        groups.setdefault(stem, []).append(ann)
    out = []
    for stem, files in groups.items():
        text = (root / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        cues, n, links, sources = _parse_ann(files[0])
        annotator = files[0].stem.rpartition("_")[2]
        out.append(
            PolnearArticle(stem, text, tuple(cues), n, annotator, len(files), tuple(links), tuple(sources))
        )
    return out


def _score_article(art: PolnearArticle, doc: Doc | None = None) -> dict[str, int]:
    """Per-article counts behind :func:`evaluate_polnear` (``doc``: the parsed text, when already parsed)."""
    if doc is None:
        doc = parse(art.text)
    starts = [s for s, _ in doc.sentences]
    analysis = analyse(doc)
    found = analysis.attributions
    gold = {bisect.bisect_right(starts, s) - 1 for s, _ in art.cues} - {-1}
    pred = {c.sentence for c in found}
    gold_sorted = sorted(art.cues)
    gold_starts = [s for s, _ in gold_sorted]

    def overlaps(s: int, e: int) -> bool:
        i = bisect.bisect_left(gold_starts, e)
        return any(gs < e and s < ge for gs, ge in gold_sorted[max(0, i - 8) : i])

    found_spans = sorted((c.start, c.end) for c in found)
    f_starts = [s for s, _ in found_spans]

    def found_overlap(s: int, e: int) -> bool:
        i = bisect.bisect_left(f_starts, e)
        return any(fs < e and s < fe for fs, fe in found_spans[max(0, i - 8) : i])

    return {
        "sentences": len(doc.sentences),
        "gold_sentences": len(gold),
        "tp": len(gold & pred),
        "fp": len(pred - gold),
        "fn": len(gold - pred),
        "cues": len(found),
        "cues_correct": sum(1 for s, e in found_spans if overlaps(s, e)),
        "gold_cues": len(art.cues),
        "gold_cues_found": sum(1 for s, e in art.cues if found_overlap(s, e)),
        "gold_attributions": art.n_attributions,
        **_source_hits(found, art.links),
        **_span_scores([*found, *analysis.floating], art.links, art.sources),
    }


def _source_hits(found: list[Attribution], links: tuple[tuple[Spans, Spans], ...]) -> dict[str, int]:
    """Detected cues matching a gold cue that has a gold source, and how many found that source."""
    n = hit = 0
    for cue, src in links:
        att = next((a for a in found if any(s < a.end and a.start < e for s, e in cue)), None)
        if att is None:
            continue
        n += 1
        a_s, a_e = att.source.start, att.source.end
        hit += a_s >= 0 and any(s < a_e and a_s < e for s, e in src)
    return {"linked": n, "source_hits": hit}


def _overlap(a: tuple[int, int], spans: Spans) -> bool:
    return any(s < a[1] and a[0] < e for s, e in spans)


def _span_scores(
    rows: list[Attribution], links: tuple[tuple[Spans, Spans], ...], gold_sources: tuple[tuple[int, int], ...]
) -> dict[str, int]:
    """Counts behind ``cue_found``, ``source_span_overlap``, ``source_exact`` and ``predicted_source_precision``."""
    spans = [(a.start, a.end, a.source.start, a.source.end) for a in rows]
    n = cue = hit = exact = 0
    for gcue, gsrc in links:
        n += 1
        g0, g1 = gsrc[0][0], gsrc[-1][1]
        matched = [(s0, s1) for c0, c1, s0, s1 in spans if _overlap((c0, c1), gcue)]
        cue += bool(matched)
        with_src = [(s0, s1) for s0, s1 in matched if 0 <= s0 < s1 and _overlap((s0, s1), gsrc)]
        hit += bool(with_src)
        exact += any(abs(s0 - g0) <= 2 and abs(s1 - g1) <= 2 for s0, s1 in with_src)
    predicted = {(s0, s1) for _, _, s0, s1 in spans if 0 <= s0 < s1}
    return {
        "gold_sourced": n,
        "sourced_cue_found": cue,
        "sourced_hits": hit,
        "sourced_exact": exact,
        "predicted_sources": len(predicted),
        "predicted_sources_correct": sum(1 for p in predicted if _overlap(p, gold_sources)),
    }


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def evaluate_polnear(splits: tuple[str, ...] = ("train", "dev")) -> pd.DataFrame:
    """Score the rule-based cue detector on PolNeAR, one row per split.

    Columns: split, articles, sentences, gold_sentences, sentence_precision,
    sentence_recall, sentence_f1, cue_precision, cue_recall,
    gold_attributions, detected_attributions, source_overlap (of detected cues
    that match a gold cue with a gold source, the share whose source span
    overlaps the gold source span), gold_sourced (gold attributions with a
    source), cue_found, source_span_overlap, source_exact, source_given_cue,
    predicted_source_precision (see the module docstring), count_pearson_r,
    multi_annotated (articles with several annotators; first one used),
    splitter, detector.
    """
    rows = []
    for split in splits:
        arts = load_polnear(split)
        per = pd.DataFrame([_score_article(a) for a in arts])
        rows.append(summarise(split, per, arts))
    return pd.DataFrame(rows)


def _detector() -> str:
    from mediakit.metrics.sourcing.learned import active_model

    model = active_model()
    return f"sourcing {VERSION}" + (
        f" + cue model {model.version}" if model is not None and model.forms else ""
    )


def summarise(split: str, per: pd.DataFrame, arts: list[PolnearArticle]) -> dict[str, object]:
    """One row of :func:`evaluate_polnear` from the per-article counts ``per`` (:func:`_score_article`) of ``arts``."""
    tp, fp, fn = (int(per[c].sum()) for c in ("tp", "fp", "fn"))
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {
        "split": split,
        "articles": len(arts),
        "sentences": int(per["sentences"].sum()),
        "gold_sentences": int(per["gold_sentences"].sum()),
        "sentence_precision": round(p, 4),
        "sentence_recall": round(r, 4),
        "sentence_f1": round(_ratio(2 * p * r, p + r), 4),
        "cue_precision": round(_ratio(per["cues_correct"].sum(), per["cues"].sum()), 4),
        "cue_recall": round(_ratio(per["gold_cues_found"].sum(), per["gold_cues"].sum()), 4),
        "gold_attributions": int(per["gold_attributions"].sum()),
        "detected_attributions": int(per["cues"].sum()),
        "source_overlap": round(_ratio(per["source_hits"].sum(), per["linked"].sum()), 4),
        "gold_sourced": int(per["gold_sourced"].sum()),
        "cue_found": round(_ratio(per["sourced_cue_found"].sum(), per["gold_sourced"].sum()), 4),
        "source_span_overlap": round(_ratio(per["sourced_hits"].sum(), per["gold_sourced"].sum()), 4),
        "source_exact": round(_ratio(per["sourced_exact"].sum(), per["gold_sourced"].sum()), 4),
        "source_given_cue": round(_ratio(per["sourced_hits"].sum(), per["sourced_cue_found"].sum()), 4),
        "predicted_source_precision": round(
            _ratio(per["predicted_sources_correct"].sum(), per["predicted_sources"].sum()), 4
        ),
        "count_pearson_r": round(
            pearson(per["cues"].to_numpy(float), per["gold_attributions"].to_numpy(float)), 4
        ),
        "multi_annotated": sum(1 for a in arts if a.n_annotators > 1),
        "splitter": "mediakit.text.segment",
        "detector": _detector(),
    }


def sentence_errors(split: str = "train") -> pd.DataFrame:
    """False alarms and misses at the sentence level, for error analysis (use train).

    Columns: article, sentence, error ("false_alarm" or "miss"), text,
    detected (cue texts), gold (gold cue texts).
    """
    rows = []
    for art in load_polnear(split):
        doc = parse(art.text)
        starts = [s for s, _ in doc.sentences]
        gold: dict[int, list[str]] = {}
        for s, e in art.cues:
            k = bisect.bisect_right(starts, s) - 1
            if k >= 0:
                gold.setdefault(k, []).append(art.text[s:e])
        pred: dict[int, list[str]] = {}
        for c in cue_spans(doc):
            pred.setdefault(c.sentence, []).append(c.cue)
        for k in sorted(set(gold) ^ set(pred)):
            rows.append(
                {
                    "article": art.name,
                    "sentence": k,
                    "error": "false_alarm" if k in pred else "miss",
                    "text": doc.sentence_text(k),
                    "detected": pred.get(k, []),
                    "gold": gold.get(k, []),
                }
            )
    return pd.DataFrame(rows, columns=["article", "sentence", "error", "text", "detected", "gold"])


def source_errors(split: str = "train") -> pd.DataFrame:
    """Gold sourced attributions and what the detector made of them, for error analysis (use train).

    One row per gold attribution with a source. Columns: article, error
    (``cue_missed``, ``no_source``, ``wrong_source``, ``boundary`` when the
    source overlaps but an end is more than 2 characters off, ``exact``),
    gold_cue, gold_source, cue, source (the best detected row), gold_start,
    gold_end, start, end, sentence (text of the gold cue's sentence).
    """
    rows = []
    for art in load_polnear(split):
        doc = parse(art.text)
        a = analyse(doc)
        found = [*a.attributions, *a.floating]
        starts = [s for s, _ in doc.sentences]
        for gcue, gsrc in art.links:
            g0, g1 = gsrc[0][0], gsrc[-1][1]
            matched = [x for x in found if _overlap((x.start, x.end), gcue)]
            best, error = None, "cue_missed"
            rank = {"cue_missed": 0, "no_source": 1, "wrong_source": 2, "boundary": 3, "exact": 4}
            for x in matched:
                s0, s1 = x.source.start, x.source.end
                if not 0 <= s0 < s1:
                    e = "no_source"
                elif not _overlap((s0, s1), gsrc):
                    e = "wrong_source"
                elif abs(s0 - g0) <= 2 and abs(s1 - g1) <= 2:
                    e = "exact"
                else:
                    e = "boundary"
                if best is None or rank[e] > rank[error]:
                    best, error = x, e
            k = max(0, bisect.bisect_right(starts, gcue[0][0]) - 1)
            rows.append(
                {
                    "article": art.name,
                    "error": error,
                    "gold_cue": " ... ".join(art.text[s:e] for s, e in gcue),
                    "gold_source": art.text[g0:g1],
                    "cue": best.cue if best else "",
                    "source": best.source.text if best else "",
                    "gold_start": g0,
                    "gold_end": g1,
                    "start": best.source.start if best else -1,
                    "end": best.source.end if best else -1,
                    "sentence": doc.sentence_text(k) if doc.sentences else "",
                }
            )
    return pd.DataFrame(rows)


def false_sources(split: str = "train") -> pd.DataFrame:
    """Detected source spans that overlap no gold source (error analysis; use train).

    Columns: article, source, source_class, cue, label, cue_type, start, end, sentence.
    """
    rows = []
    for art in load_polnear(split):
        doc = parse(art.text)
        a = analyse(doc)
        seen: set[tuple[int, int]] = set()
        for x in [*a.attributions, *a.floating]:
            span = (x.source.start, x.source.end)
            if not 0 <= span[0] < span[1] or span in seen:
                continue
            seen.add(span)
            if _overlap(span, art.sources):
                continue
            rows.append(
                {
                    "article": art.name,
                    "source": x.source.text,
                    "source_class": x.source.source_class,
                    "cue": x.cue,
                    "label": x.label,
                    "cue_type": x.cue_type,
                    "start": span[0],
                    "end": span[1],
                    "sentence": doc.sentence_text(x.sentence) if doc.sentences else "",
                }
            )
    return pd.DataFrame(rows)


#: Columns of the two tables :func:`main` prints.
CUE_COLUMNS = (
    "split",
    "articles",
    "sentences",
    "sentence_precision",
    "sentence_recall",
    "sentence_f1",
    "cue_precision",
    "cue_recall",
    "count_pearson_r",
    "detector",
)
SOURCE_COLUMNS = (
    "split",
    "gold_sourced",
    "cue_found",
    "source_span_overlap",
    "source_exact",
    "source_given_cue",
    "predicted_source_precision",
)


#: Prepositions and particles that end phrasal cues ("voted against", "focused on", "called out").
_CUE_PARTICLES = frozenset(
    """of on for about against with to over at from by in into toward towards behind among as like up
    out off down back""".split()
)
_AUXILIARIES = frozenset(
    "is are was were be been being has have had do does did will would can could should may might must to".split()
)
#: Error classes of :func:`error_classes`, in print order.
ERROR_CLASSES = (
    "exact",
    "boundary",
    "wrong_source",
    "no_source",
    "cue_missed: single word outside the lexicon",
    "cue_missed: word + preposition or particle",
    "cue_missed: lexicon form left out by a context rule",
    "cue_missed: auxiliary, copula or infinitive construction",
    "cue_missed: other multi-word phrase",
    "cue_missed: colon or dash",
)


def _miss_class(gold_cue: str) -> str:
    """The class of a missed gold cue, from its words (see :func:`error_classes`)."""
    from mediakit.metrics.sourcing.lexicon import BELIEF_FORMS, SPEECH_FORMS

    words = gold_cue.lower().replace("’", "'").split()
    if not words or gold_cue.strip() in (":", "—", "–", "-"):
        return "cue_missed: colon or dash"
    if any(w in SPEECH_FORMS or w in BELIEF_FORMS for w in words):
        return "cue_missed: lexicon form left out by a context rule"
    if len(words) > 1 and words[-1] in _CUE_PARTICLES:
        return "cue_missed: word + preposition or particle"
    if words[0] in _AUXILIARIES:
        return "cue_missed: auxiliary, copula or infinitive construction"
    if len(words) == 1:
        return "cue_missed: single word outside the lexicon"
    return "cue_missed: other multi-word phrase"


def error_classes(split: str = "train", errors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Where the gold sourced attributions of a split go: counts and shares by error class.

    The classes of :func:`source_errors` (``exact`` and ``boundary`` make up
    ``source_span_overlap``), with ``cue_missed`` split by the form of the gold cue:
    a single word that is no cue form of the lexicon ("signed", "named",
    "decision"); a word with a preposition or particle ("voted against", "focused
    on"); a form the lexicon has but a context rule or the nesting rule left out;
    an auxiliary, copula or infinitive construction ("is expected", "has been
    critical"); another multi-word phrase ("made the case"); a colon or dash.

    Args:
        split: ``train`` or ``dev``.
        errors: :func:`source_errors` of the split, when already computed.

    Returns:
        One row per class: ``error_class``, ``count``, ``share`` (of the gold sourced attributions).
    """
    e = source_errors(split) if errors is None else errors
    classes = [
        _miss_class(g) if err == "cue_missed" else err
        for err, g in zip(e["error"], e["gold_cue"], strict=True)
    ]
    counts = pd.Series(classes).value_counts()
    n = len(e)
    return pd.DataFrame(
        [
            {
                "error_class": c,
                "count": int(counts.get(c, 0)),
                "share": counts.get(c, 0) / n if n else float("nan"),
            }
            for c in ERROR_CLASSES
        ]
    )


_PAIR_WORD = re.compile(r"[A-Za-z][a-z'’-]*")


def cue_pair_candidates(split: str = "train", min_count: int = 8, min_share: float = 0.75) -> pd.DataFrame:
    """Word + preposition pairs the detector does not cover that mostly sit in a gold cue.

    Mines the split for every pair of adjacent words whose second word is a
    preposition or particle (:data:`_CUE_PARTICLES`, "voted against", "focused
    on") and that no detected cue overlaps; keeps the pairs seen at least
    ``min_count`` times whose first word lies inside a gold cue in at least
    ``min_share`` of them: the lexicon entries that train would support.

    Returns:
        ``pair``, ``count``, ``in_gold_cue`` (share), most frequent first.
    """
    total: dict[str, int] = {}
    hits: dict[str, int] = {}
    for art in load_polnear(split):
        found = [(a.start, a.end) for a in analyse(parse(art.text)).attributions]
        words = [(m.start(), m.end(), m.group().lower()) for m in _PAIR_WORD.finditer(art.text)]
        for (s, e, w), (s2, e2, w2) in pairwise(words):
            if w2 not in _CUE_PARTICLES or s2 - e > 2 or _overlap((s, e2), tuple(found)):
                continue
            key = f"{w} {w2}"
            total[key] = total.get(key, 0) + 1
            hits[key] = hits.get(key, 0) + _overlap((s, e), art.cues)
    rows = [
        {"pair": k, "count": n, "in_gold_cue": hits[k] / n}
        for k, n in total.items()
        if n >= min_count and hits[k] / n >= min_share
    ]
    return pd.DataFrame(rows, columns=["pair", "count", "in_gold_cue"]).sort_values(
        ["count", "pair"], ascending=[False, True], ignore_index=True
    )


def evaluate_cue_model(splits: tuple[str, ...] = ("train", "dev")) -> pd.DataFrame:
    """The PolNeAR measures with the rules alone and with the learned cue model, one row per split and detector.

    Columns: split, detector (``rules`` or ``rules + cue model <version>``) and the measures
    of :func:`evaluate_polnear` the issue's targets name.
    """
    from mediakit.metrics.sourcing.learned import shipped_model, use_model

    rows = []
    for split in splits:
        arts = load_polnear(split)
        docs = [parse(a.text) for a in arts]
        for name, model in (
            ("rules", None),
            (f"rules + cue model {shipped_model().version}", shipped_model()),
        ):
            with use_model(model):
                per = pd.DataFrame([_score_article(a, d) for a, d in zip(arts, docs, strict=True)])
            row = summarise(split, per, arts)
            rows.append({"split": split, "detector": name, **{c: row[c] for c in MODEL_COLUMNS}})
    return pd.DataFrame(rows)


#: Measures :func:`evaluate_cue_model` reports.
MODEL_COLUMNS = (
    "cue_found",
    "source_span_overlap",
    "source_exact",
    "predicted_source_precision",
    "sentence_precision",
    "sentence_recall",
    "detected_attributions",
)


def _cv_table() -> pd.DataFrame:
    """5-fold CV by article on train: the rules alone and the chosen setting (:mod:`mediakit.train.sourcing_cues`)."""
    from mediakit.train.sourcing_cues import CHOSEN, cross_validate

    grid = {"min_counts": [CHOSEN["min_count"]], "min_rates": [CHOSEN["min_rate"]], "Cs": [CHOSEN["C"]]}
    cv = cross_validate(params={**grid, "thresholds": [CHOSEN["threshold"]]})
    cv["detector"] = ["rules" if pd.isna(x) else "rules + cue model" for x in cv["min_count"]]
    return cv[["detector", *MODEL_COLUMNS]]


def main(argv: list[str] | None = None) -> None:
    """Print the PolNeAR validation (``python -m mediakit.evaluate.sourcing``)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m mediakit.evaluate.sourcing")
    parser.add_argument(
        "--fit", action="store_true", help="fit the learned cue model on PolNeAR train; rewrite its JSON"
    )
    parser.add_argument(
        "--select",
        action="store_true",
        help="print the 5-fold CV by article (train) behind the cue model's setting, and the setting chosen",
    )
    args = parser.parse_args(argv)
    if args.fit:
        from mediakit.train.sourcing_cues import write_cue_model

        print(f"wrote {write_cue_model()}")
        return
    if args.select:
        from mediakit.train.sourcing_cues import choose, cross_validate

        cv = cross_validate()
        with pd.option_context("display.width", 250, "display.max_columns", 30, "display.max_rows", 500):
            print("Learned cue model: 5-fold CV by article on PolNeAR train (first row: the rules alone)")
            print(cv[["min_count", "min_rate", "C", "threshold", *MODEL_COLUMNS]].to_string(index=False))
        print(f"chosen: {choose(cv)}")
        return
    table = evaluate_polnear()
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(f"PolNeAR: attribution cue detection (the family as it runs by default: {_detector()})")
        print(table[list(CUE_COLUMNS)].to_string(index=False))
        print()
        print("PolNeAR: who is cited (gold attributions with a source; see the module docstring)")
        print(table[list(SOURCE_COLUMNS)].to_string(index=False))
        print()
        print("PolNeAR: where the gold sourced attributions go (error classes, see error_classes)")
        by_split = {split: error_classes(split) for split in ("train", "dev")}
        merged = by_split["train"].merge(by_split["dev"], on="error_class", suffixes=("_train", "_dev"))
        print(merged.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
        print()
        print("PolNeAR: the learned cue model, rules alone and with the model")
        print(evaluate_cue_model().to_string(index=False))
        print()
        print("PolNeAR train, 5-fold CV by article (the model refitted on four folds, scored on the fifth)")
        print(_cv_table().to_string(index=False))


if __name__ == "__main__":
    main()
