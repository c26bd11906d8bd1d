"""Progress bars from the ecosystem's ``tqdm.auto``: a widget in JupyterLab, text in a terminal.

:func:`bar` is the one place mediakit makes a bar. ``progress=None`` (the
default everywhere) shows one in a Jupyter kernel and on an interactive
terminal, never in a pipe, a log file or a test; ``True`` forces it and
``False`` silences it. Small, quick runs stay quiet: a bar appears only after
:data:`DELAY` seconds and only for :data:`MIN_ARTICLES` articles or more (or an
unknown number), so re-executed notebooks on a few articles record no bar.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterable
from typing import Any, TextIO

#: Seconds before a bar appears (tqdm's ``delay``): runs shorter than this show none.
DELAY = 1.0
#: Fewer articles than this never get a bar.
MIN_ARTICLES = 50


def in_notebook() -> bool:
    """True inside a Jupyter kernel (JupyterLab, Notebook, VS Code), where tqdm draws a widget."""
    shell = sys.modules.get("IPython")
    if shell is None or "ipykernel" not in sys.modules:
        return False
    ip = getattr(shell, "get_ipython", lambda: None)()
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def is_tty(stream: TextIO) -> bool:
    """True if ``stream`` is an interactive terminal."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced stream
        return False


def wanted(progress: bool | None) -> bool:
    """Whether a bar is drawn: ``progress`` if given, else in a notebook or on a terminal's stderr."""
    if progress is not None:
        return progress
    return in_notebook() or is_tty(sys.stderr)


def bar(total: int | None = None, *, progress: bool | None = None, desc: str = "articles") -> Any:
    """A ``tqdm.auto`` bar over ``total`` articles (``None``: unknown), disabled when not :func:`wanted`.

    Args:
        total: Expected number of articles, or None (the bar then counts up with a rate).
        progress: True, False, or None for :func:`wanted`'s default.
        desc: Text before the bar.

    Returns:
        A tqdm instance; call ``update(n)`` and ``close()`` (a disabled bar does nothing).
    """
    from tqdm import TqdmWarning

    with warnings.catch_warnings():  # without ipywidgets tqdm.auto falls back to text, warning once
        warnings.simplefilter("ignore", TqdmWarning)
        from tqdm.auto import tqdm

    small = total is not None and total < MIN_ARTICLES and progress is None
    return tqdm(
        total=total,
        disable=small or not wanted(progress),
        desc=desc,
        unit="art",
        delay=DELAY if progress is None else 0.0,
        mininterval=0.2,
        dynamic_ncols=True,
        file=sys.stderr,
    )


def count_records(paths: Iterable[str | os.PathLike[str]]) -> int | None:
    """Number of articles the inputs hold, for the progress bar's ETA (None if unknown).

    JSON Lines files (compressed or not) are counted by non-blank lines, which
    costs one extra decompression pass; text and HTML files hold one article;
    Parquet files report their row count. Other formats (CSV, JSON) give None.
    """
    from mediakit.io import expand_paths, html, jsonl, parquet, text
    from mediakit.io._common import inner_suffix, open_binary

    total = 0
    for path in expand_paths(paths):
        suffix = inner_suffix(path)
        if suffix in jsonl.SUFFIXES:
            with open_binary(path) as fh:
                total += sum(1 for line in fh if line.strip())
        elif suffix in text.SUFFIXES or suffix in html.SUFFIXES:
            total += 1
        elif suffix in parquet.SUFFIXES:
            import pyarrow.parquet as pq

            total += pq.ParquetFile(path).metadata.num_rows
        else:
            return None
    return total


def expected_total(
    paths: Iterable[str | os.PathLike[str]], extra: int = 0, *, enabled: bool | None = None
) -> int | None:
    """Articles in ``paths`` plus ``extra``, counted only when a bar will be drawn on stderr.

    Returns None when the bar is off (no counting cost) or the count is unknown.
    """
    if not wanted(enabled):
        return None
    n = count_records(paths)
    return None if n is None else n + extra
