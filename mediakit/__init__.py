"""mediakit: readability, sourcing and sensational-language metrics for news, with evidence.

Public API::

    load(*paths)                 -> article DataFrame (schema in mediakit.schema)
    analyze(articles, metrics)   -> one row per article, columns "family.metric"
    evidence(article)            -> spans behind the numbers
    sources(article)             -> who is cited, how
    metrics_table()              -> the registry as a DataFrame
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__version__ = "0.1.0"

from mediakit.compute import analyze, evidence, sources, to_doc
from mediakit.io import iter_articles, iter_chunks, load
from mediakit.metrics.registry import all_columns, families
from mediakit.text.parse import Doc, parse


def metrics_table() -> pd.DataFrame:  # noqa: F821
    """The metric registry as a DataFrame (column, family, version, direction, unit, ...)."""
    import pandas as pd

    from mediakit.metrics.registry import registry_table

    return pd.DataFrame(registry_table())


__all__ = [
    "Doc",
    "__version__",
    "all_columns",
    "analyze",
    "evidence",
    "families",
    "iter_articles",
    "iter_chunks",
    "load",
    "metrics_table",
    "parse",
    "sources",
    "to_doc",
]
