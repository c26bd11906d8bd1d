"""Validate the kit on your own corpus: blind coding sheets and agreement statistics.

A validation round, in four calls::

    sheet, key = mediakit.coding.sample(articles, "attribution", n=200)   # stratified, weights in the key
    mediakit.coding.write_sheet(sheet, "sheet_anna.xlsx")                 # coders get copies, never the key
    mediakit.coding.write_key(key, "sheet.key.csv")
    table = mediakit.coding.agreement({"anna": "sheet_anna.xlsx", "ben": "sheet_ben.xlsx"}, "sheet.key.csv")

``table`` has one row per coder, one for their ``majority`` and one for
Krippendorff's ``alpha`` among them; precision, recall, F1, accuracy, kappa and
prevalence (Spearman for ratings) are estimated for the corpus with inverse
inclusion-probability weights, each with a seeded bootstrap interval.
:func:`agreement_figure` draws it. The tasks and their codes are in
:mod:`mediakit.coding.tasks`; ``docs/validation.md`` explains how to run a round
and what to report.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mediakit.coding.sampling import KEY_COLUMNS, SHEET_COLUMNS, allocate, design_effect, sample, sample_size
from mediakit.coding.sheets import (
    BlankCodesWarning,
    CodingSheetError,
    key_path,
    normalize_code,
    read_key,
    read_sheet,
    write_key,
    write_sheet,
)
from mediakit.coding.stats import (
    agreement,
    coder_names,
    krippendorff_alpha,
    majority_codes,
    summary_table,
    weighted_spearman,
)
from mediakit.coding.tasks import (
    LOADED_LANGUAGE_KINDS,
    MARK_CLOSE,
    MARK_OPEN,
    SOURCE_COLUMNS,
    Task,
    UnknownTaskError,
    get_task,
    tasks,
    tasks_table,
)
from mediakit.coding.view import SheetView, show_sheet


def agreement_figure(
    table: Any, title: str | None = None, reference: Mapping[str, float] | None = None
) -> Any:
    """Point estimates and intervals of an :func:`agreement` table (a matplotlib Figure).

    ``reference``: known values per statistic (e.g. scores on a whole annotated
    corpus), drawn as dashed lines. Drawn with mediakit's figure style
    (:func:`mediakit.figures.style`), like the registered ``coding_agreement`` figure.
    """
    from mediakit.figures import style
    from mediakit.figures.coding import agreement_plot

    with style():
        return agreement_plot(table, title, reference)


__all__ = [
    "KEY_COLUMNS",
    "LOADED_LANGUAGE_KINDS",
    "MARK_CLOSE",
    "MARK_OPEN",
    "SHEET_COLUMNS",
    "SOURCE_COLUMNS",
    "BlankCodesWarning",
    "CodingSheetError",
    "SheetView",
    "Task",
    "UnknownTaskError",
    "agreement",
    "agreement_figure",
    "allocate",
    "coder_names",
    "design_effect",
    "get_task",
    "key_path",
    "krippendorff_alpha",
    "majority_codes",
    "normalize_code",
    "read_key",
    "read_sheet",
    "sample",
    "sample_size",
    "show_sheet",
    "summary_table",
    "tasks",
    "tasks_table",
    "weighted_spearman",
    "write_key",
    "write_sheet",
]
