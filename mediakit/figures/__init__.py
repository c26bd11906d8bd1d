"""Registered figure functions with deterministic output.

Every published figure is a function registered here; ``mediakit figures``
writes them all (SVG and PNG) and the notebooks call the same functions.
Determinism: fixed ``svg.hashsalt``, no dates in metadata, glyphs stored as
paths (SVG) with matplotlib's bundled DejaVu Sans, fixed DPI, seeded data
samples. ``tests/test_figures.py`` regenerates all figures and compares them
byte for byte with the committed files.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pandas as pd

#: Okabe & Ito (2008) colour-blind-safe palette.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
RC: dict[str, Any] = {
    "svg.hashsalt": "mediakit",
    "svg.fonttype": "path",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "path.simplify": False,
}
#: Articles of AllSides sampled for figures (seeded); the full corpus is for benchmarks.
ALLSIDES_SAMPLE = 3000
SEED = 42


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Apply mediakit's deterministic matplotlib settings inside the block."""
    import matplotlib as mpl
    from cycler import cycler

    params: Any = {**RC, "axes.prop_cycle": cycler(color=PALETTE)}
    with mpl.rc_context(params):
        yield


#: The example corpus the project ships (written by the project; see examples/README.md).
EXAMPLE_CORPUS = "examples/riverside_news.csv"
#: Its column mapping: the body is in a column no alias matches.
EXAMPLE_FIELDS: dict[str, str] = {"body": "Article Text"}


def example_corpus() -> Path:
    """Path of :data:`EXAMPLE_CORPUS` in this checkout (relative to the working directory if none)."""
    from mediakit.datasets import project_root

    root = project_root()
    return root / EXAMPLE_CORPUS if root is not None else Path(EXAMPLE_CORPUS)


class FigureData:
    """Data the figures need, computed on first use and cached (never recomputed).

    Args:
        seed_path: The article(s) of the single-article figures (first article used).
        allsides_sample: AllSides articles sampled for the outlet figures.
        corpus: A corpus for the ``corpus_*`` figures: any path or glob
            :func:`mediakit.load` reads (default: the shipped example corpus).
        fields: Column mapping for loading ``corpus`` (see :func:`mediakit.load`).
        group_by: Column the corpus figures compare (default "outlet").
        date: Column holding publication dates for the trend ("" for none).
        row: Which article of ``seed_path`` the single-article figures show (0: the first).
        seed_fields: Column mapping for loading ``seed_path``.
    """

    def __init__(
        self,
        seed_path: str | Path = "seeds",
        allsides_sample: int = ALLSIDES_SAMPLE,
        *,
        corpus: str | Path | None = None,
        fields: dict[str, str] | None = None,
        group_by: str = "outlet",
        date: str = "published",
        row: int = 0,
        seed_fields: dict[str, str] | None = None,
    ) -> None:
        self.seed_path = Path(seed_path)
        self.row = row
        self.seed_fields = dict(seed_fields or {})
        self.allsides_sample = allsides_sample
        self.corpus_path = Path(corpus) if corpus is not None else example_corpus()
        self.fields = dict(fields) if fields is not None else (dict(EXAMPLE_FIELDS) if corpus is None else {})
        self.group_by = group_by
        self.date = date

    @cached_property
    def corpus_articles(self) -> pd.DataFrame:
        """The corpus's articles (:func:`mediakit.load` with ``fields``)."""
        from mediakit.io import load

        return load(self.corpus_path, fields=self.fields or None)

    @cached_property
    def corpus(self) -> pd.DataFrame:
        """Results for the corpus, one row per article (title, outlet, date, URL kept)."""
        from mediakit.compute import analyze

        articles = self.corpus_articles
        out = analyze(articles)
        extra = [c for c in (self.group_by, self.date) if c and c in articles and c not in out]
        for c in extra:
            out[c] = articles[c].to_numpy()
        return out

    @property
    def corpus_name(self) -> str:
        """The corpus's file or folder name (no directories: titles must not depend on where it lives)."""
        return self.corpus_path.name or str(self.corpus_path)

    @cached_property
    def seed_title(self) -> str:
        """The headline of the single-article figures' article, shortened for a title."""
        return short_title(str(self.seed["title"].iloc[0]) if len(self.seed) else "")

    @cached_property
    def seed_article(self) -> pd.Series:
        """The article of the single-article figures: row ``row`` of ``seed_path`` (loaded with ``fields``)."""
        from mediakit.io import load

        articles = load(self.seed_path, fields=self.seed_fields or None)
        if not 0 <= self.row < len(articles):
            raise IndexError(f"{self.seed_path} holds {len(articles)} article(s); row {self.row} does not exist")
        return articles.iloc[self.row]

    @cached_property
    def seed(self) -> pd.DataFrame:
        """Results for that article (one row)."""
        from mediakit.compute import analyze

        return analyze(pd.DataFrame([self.seed_article]), progress=False)

    @cached_property
    def wikinews(self) -> pd.DataFrame:
        """Results for the Wikinews reference corpus."""
        from mediakit.compute import analyze
        from mediakit.corpus import load_dataset

        return analyze(load_dataset("wikinews"), progress=False)

    @cached_property
    def allsides(self) -> pd.DataFrame:
        """Results for a seeded sample of the AllSides corpus (with outlet and bias)."""
        from mediakit.compute import analyze
        from mediakit.corpus import load_dataset

        articles = load_dataset("allsides_bench", sample=self.allsides_sample, seed=SEED)
        out = analyze(articles, n_jobs=2, progress=False)
        out["allsides_bias"] = articles["allsides_bias"].to_numpy()
        return out

    @cached_property
    def onestopenglish(self) -> pd.DataFrame:
        """OneStopEnglish level-ordering table (both counting modes)."""
        from mediakit.evaluate.readability import evaluate_onestopenglish

        return evaluate_onestopenglish()


def short_title(title: str, limit: int = 60) -> str:
    """A headline in quotes for a figure title, cut at ``limit`` characters ("(no headline)" if empty)."""
    title = " ".join(title.split())
    if not title:
        return "(no headline)"
    return f"“{title if len(title) <= limit else title[: limit - 1].rstrip() + '…'}”"


FigureFn = Callable[[FigureData], Any]


@dataclass(frozen=True)
class FigureSpec:
    """A registered figure: name, function, description and datasets it reads."""

    name: str
    fn: FigureFn
    description: str
    datasets: tuple[str, ...]


FIGURES: dict[str, FigureSpec] = {}


def register_figure(
    name: str, description: str, datasets: tuple[str, ...] = ()
) -> Callable[[FigureFn], FigureFn]:
    """Decorator registering a figure function ``fn(data: FigureData) -> Figure``."""

    def wrap(fn: FigureFn) -> FigureFn:
        if name in FIGURES:
            raise ValueError(f"figure {name!r} registered twice")
        FIGURES[name] = FigureSpec(name, fn, description, datasets)
        return fn

    return wrap


def make(name: str, data: FigureData | None = None) -> Any:
    """Build one registered figure (a matplotlib Figure) under :func:`style`."""
    _ensure_loaded()
    if name not in FIGURES:
        raise KeyError(f"unknown figure {name!r}; known: {', '.join(sorted(FIGURES))}")
    with style():
        return FIGURES[name].fn(data or FigureData())


def save(fig: Any, out_dir: str | Path, name: str) -> list[Path]:
    """Save ``fig`` as ``name.svg`` and ``name.png`` without timestamps; return the paths."""
    import matplotlib.pyplot as plt

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"{name}.svg", out / f"{name}.png"]
    with style():
        fig.savefig(paths[0], format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
        fig.savefig(paths[1], format="png", metadata={"Software": None}, bbox_inches="tight")
    plt.close(fig)
    return paths


def write_all(
    out_dir: str | Path = "figures", names: list[str] | None = None, data: FigureData | None = None
) -> list[Path]:
    """Build and save every registered figure (or ``names``); return the written paths."""
    _ensure_loaded()
    data = data or FigureData()
    written: list[Path] = []
    for name in names or sorted(FIGURES):
        written.extend(save(make(name, data), out_dir, name))
    return written


def _ensure_loaded() -> None:
    """Import every module of this package once: importing a module registers its figures."""
    import importlib
    import pkgutil

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")
