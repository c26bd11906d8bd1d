"""mediakit: readability, sourcing and sensational-language metrics for news, with evidence.

Public API::

    load(*paths)                 -> article DataFrame (schema in mediakit.schema)
    analyze(articles, metrics)   -> one row per article, columns "family.metric"
    evidence(article)            -> spans behind the numbers
    show(article)                -> the article (or a frame of them) scored and highlighted (HTML)
    sources(article)             -> who is cited, how
    metrics_table()              -> the registry as a DataFrame
    profile(results)             -> distribution of each metric
    compare_groups(results, by=) -> means and bootstrap intervals per group
    display                      -> labelled, rounded, unit-bearing tables (mediakit.display)
    corpus                       -> corpus helpers: trend, placement against Wikinews, picks, reading
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"

from mediakit import corpus, display
from mediakit.compute import analyze, evidence, sources, to_doc
from mediakit.corpus import compare_groups, profile
from mediakit.io import iter_articles, iter_chunks, load
from mediakit.metrics.registry import all_columns, families
from mediakit.text.parse import Doc, parse
from mediakit.view import EvidenceView, show


def metrics_table() -> pd.DataFrame:
    """The metric registry as a DataFrame (column, family, version, direction, unit, ...)."""
    import pandas as pd

    from mediakit.metrics.registry import registry_table

    return pd.DataFrame(registry_table())


__all__ = [
    "Doc",
    "EvidenceView",
    "__version__",
    "all_columns",
    "analyze",
    "compare_groups",
    "corpus",
    "display",
    "evidence",
    "families",
    "iter_articles",
    "iter_chunks",
    "load",
    "metrics_table",
    "parse",
    "profile",
    "show",
    "sources",
    "to_doc",
]
