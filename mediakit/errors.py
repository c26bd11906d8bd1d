"""Errors raised by mediakit, each naming what went wrong and where."""

from __future__ import annotations


class MediakitError(Exception):
    """Base class for every error mediakit raises on purpose."""


class LoadError(MediakitError):
    """An input file or record could not be read.

    Attributes:
        path: The file that failed.
        line: 1-based line (JSON Lines, CSV) or record number, if known.
        reason: What went wrong, in words.
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class UnknownMetricError(MediakitError, KeyError):
    """A metric or family name that the registry does not know."""

    def __init__(self, name: str, valid: list[str]) -> None:
        self.name = name
        self.valid = valid
        super().__init__(f"unknown metric {name!r}; valid names: {', '.join(valid)}")

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0])
