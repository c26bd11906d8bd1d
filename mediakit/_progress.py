"""A small stderr progress bar with rate and ETA; silent when stderr is not a TTY."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from typing import TextIO


class Progress:
    """Progress over ``total`` items (``None`` if unknown).

    With a total the bar shows count, percentage, rate and ETA; without one it
    shows count, rate and elapsed time.

    Args:
        total: Expected number of items, or None.
        enabled: Force on/off; default: on only when the stream is a TTY.
        stream: Where to draw (default stderr).
    """

    def __init__(
        self, total: int | None = None, *, enabled: bool | None = None, stream: TextIO | None = None
    ) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = is_tty(self.stream) if enabled is None else enabled
        self.done = 0
        self._start = time.monotonic()
        self._last = 0.0
        self._width = 0

    def update(self, n: int = 1) -> None:
        """Record ``n`` more finished items and redraw at most 10 times a second."""
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last > 0.1 or self.done == self.total:
            self._last = now
            self._draw(self.line(now))

    def line(self, now: float | None = None) -> str:
        """The text of the bar: count, percentage, rate and ETA."""
        elapsed = max((now or time.monotonic()) - self._start, 1e-9)
        rate = self.done / elapsed
        if self.total:
            frac = min(self.done / self.total, 1.0)
            eta = max(self.total - self.done, 0) / rate if rate else float("inf")
            bar = "#" * int(frac * 20)
            return f"[{bar:<20}] {self.done}/{self.total} {frac:4.0%} {rate:.1f} art/s ETA {_clock(eta)}"
        return f"{self.done} articles {rate:.1f} art/s elapsed {_clock(elapsed)}"

    def close(self) -> None:
        """Finish the line."""
        if self.enabled:
            self._draw(self.line())
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self._width))  # blank out a longer previous line
        self.stream.flush()
        self._width = len(text)


def is_tty(stream: TextIO) -> bool:
    """True if ``stream`` is an interactive terminal."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # closed or replaced stream
        return False


def _clock(seconds: float) -> str:
    if seconds != seconds or seconds == float("inf"):
        return "--:--"
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


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
    if not (enabled or (enabled is None and is_tty(sys.stderr))):
        return None
    n = count_records(paths)
    return None if n is None else n + extra
