"""A small stderr progress bar with rate and ETA; silent when stderr is not a TTY."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Progress over ``total`` items (``None`` if unknown).

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
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.done = 0
        self._start = time.monotonic()
        self._last = 0.0

    def update(self, n: int = 1) -> None:
        """Record ``n`` more finished items and redraw at most 10 times a second."""
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.1 or self.done == self.total):
            self._last = now
            self.stream.write("\r" + self.line(now))
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        """The text of the bar: count, percentage, rate and ETA."""
        elapsed = max((now or time.monotonic()) - self._start, 1e-9)
        rate = self.done / elapsed
        if self.total:
            frac = self.done / self.total
            eta = (self.total - self.done) / rate if rate else float("inf")
            bar = "#" * int(frac * 20)
            return f"[{bar:<20}] {self.done}/{self.total} {frac:6.1%} {rate:7.1f} articles/s ETA {eta:5.0f}s"
        return f"{self.done} articles {rate:7.1f} articles/s"

    def close(self) -> None:
        """Finish the line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()
