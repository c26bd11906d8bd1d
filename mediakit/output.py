"""Write analysis results to CSV, Parquet or JSON Lines, incrementally, atomically, resumably.

Rows are written chunk by chunk to a temporary file beside the target, which is
renamed into place only when the run completes, so an interrupted run never
leaves a truncated output file. Provenance travels in Parquet's schema metadata
(key ``mediakit``) and, for CSV and JSON Lines, in a sidecar ``<out>.meta.json``.

A long run over files also keeps a :class:`Checkpoint`: each finished chunk is
saved as a part file in a hidden folder beside the target (``.<name>.parts``), so
an interrupted run can be resumed where it stopped (``mediakit analyze ...
--resume``) and gives the same file an uninterrupted run would have written.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from mediakit.errors import MediakitError

FORMATS = (".csv", ".parquet", ".jsonl")


def output_format(path: str | os.PathLike[str]) -> str:
    """Return the output format of ``path`` from its suffix, or raise ValueError."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown output format {suffix!r}; use one of {', '.join(FORMATS)}")
    return suffix


def write_chunks(
    chunks: Iterable[pd.DataFrame], path: str | os.PathLike[str], provenance: dict[str, Any]
) -> int:
    """Write DataFrame chunks to ``path`` atomically; return the number of rows written.

    Each chunk is appended to ``.<name>.<pid>.partial`` beside the target as it
    arrives (memory holds one chunk). Only a complete run renames it onto
    ``path``; an exception, Ctrl-C or SIGTERM removes it and leaves any previous
    ``path`` untouched.
    """
    fmt = output_format(path)
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    meta = target.with_name(target.name + ".meta.json")
    tmp_meta = meta.with_name(f".{meta.name}.{os.getpid()}.partial")
    n = 0
    try:
        with sigterm_as_exit():
            if fmt == ".parquet":
                n = _write_parquet(chunks, tmp, provenance)
            else:
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    first = True
                    for chunk in chunks:
                        if fmt == ".csv":
                            chunk.to_csv(fh, index=False, header=first)
                        else:
                            chunk.to_json(fh, orient="records", lines=True, force_ascii=False)
                        fh.flush()  # each chunk reaches the disk as it is done
                        first = False
                        n += len(chunk)
                tmp_meta.write_text(json.dumps(provenance, indent=2, sort_keys=True) + "\n", encoding="utf-8")
            os.replace(tmp, target)
            if fmt != ".parquet":
                os.replace(tmp_meta, meta)
    finally:
        for leftover in (tmp, tmp_meta):
            if leftover.exists():
                leftover.unlink()
    return n


@contextlib.contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while writing, so clean-up runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _exit(signum: int, frame: Any) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


def _write_parquet(chunks: Iterable[pd.DataFrame], tmp: Path, provenance: dict[str, Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer = None
    n = 0
    try:
        for chunk in chunks:
            table = pa.Table.from_pandas(chunk, preserve_index=False)
            if writer is None:
                meta = dict(table.schema.metadata or {})
                meta[b"mediakit"] = json.dumps(provenance, sort_keys=True).encode()
                schema = table.schema.with_metadata(meta)
                writer = pq.ParquetWriter(tmp, schema)
            writer.write_table(table.cast(writer.schema))
            n += len(chunk)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        pd.DataFrame().to_parquet(tmp)
    return n


def read_provenance(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read the provenance written with a result file."""
    p = Path(path)
    if p.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        meta = pq.read_schema(p).metadata or {}
        return dict(json.loads(meta[b"mediakit"]))
    return dict(json.loads(p.with_name(p.name + ".meta.json").read_text(encoding="utf-8")))


class ResumeError(MediakitError):
    """A checkpoint of an earlier run is in the way, or does not belong to this run."""


class Checkpoint:
    """The finished chunks of a run, kept so that an interrupted run can be resumed.

    The folder ``.<target name>.parts`` beside the target holds one Parquet part per
    finished chunk and ``manifest.json``: the run's identity (inputs with their size
    and modification time, family versions, options, columns) and the rows of each
    part. A part and the manifest are each replaced atomically, so a run killed at
    any moment leaves a consistent checkpoint. Results are deterministic, so the
    rows after the checkpoint are the rows an uninterrupted run would compute.

    Use :meth:`open`, then :meth:`add` per chunk and :meth:`finish` to write the
    target and remove the folder.
    """

    def __init__(self, folder: Path, key: Mapping[str, Any], parts: list[tuple[str, int]]) -> None:
        self.folder = folder
        self.key = dict(key)
        self.parts = parts

    @staticmethod
    def folder_for(target: str | os.PathLike[str]) -> Path:
        """The checkpoint folder of an output file."""
        t = Path(target)
        return t.with_name(f".{t.name}.parts")

    @classmethod
    def open(cls, target: str | os.PathLike[str], key: Mapping[str, Any], resume: bool | None) -> Checkpoint:
        """Start a checkpoint for ``target``, or pick up the one an interrupted run left.

        Args:
            target: The output file.
            key: Identity of the run (JSON-able); resuming needs the same key.
            resume: True: continue the checkpoint left beside ``target``; False: discard
                it and start over; None: refuse to touch one (:class:`ResumeError`).

        Raises:
            ResumeError: A checkpoint exists and ``resume`` is None, or it was made by a
                different run (other inputs, versions, options or columns).
        """
        folder = cls.folder_for(target)
        key = json.loads(json.dumps(key))  # the form it takes in the manifest
        if folder.exists():
            old = cls._read(folder)
            if resume is None:
                raise ResumeError(
                    f"{target}: an interrupted run left {_finished(old)} finished rows in {folder}; "
                    "pass --resume to continue it or --restart to start over"
                )
            if resume and old is not None:
                if old["key"] != key:
                    diff = sorted(k for k in {*old["key"], *key} if old["key"].get(k) != key.get(k))
                    raise ResumeError(
                        f"{target}: cannot resume: the checkpoint in {folder} was made by a different run "
                        f"({', '.join(diff)} changed); pass --restart to start over"
                    )
                return cls(folder, key, [(str(a), int(b)) for a, b in old["parts"]])
            shutil.rmtree(folder)
        folder.mkdir()
        cp = cls(folder, key, [])
        cp._write_manifest()
        return cp

    @classmethod
    def saved_rows(cls, target: str | os.PathLike[str]) -> int | None:
        """Finished rows in the checkpoint beside ``target`` (None: there is none)."""
        folder = cls.folder_for(target)
        if not folder.exists():
            return None
        return _finished(cls._read(folder))

    @staticmethod
    def _read(folder: Path) -> dict[str, Any] | None:
        try:
            data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # a folder without a readable manifest holds nothing to resume
        return data if isinstance(data, dict) and {"key", "parts"} <= set(data) else None

    @property
    def rows(self) -> int:
        """Rows in the finished parts (the rows a resumed run skips)."""
        return sum(n for _, n in self.parts)

    def add(self, chunk: pd.DataFrame) -> None:
        """Save one finished chunk as the next part."""
        name = f"part-{len(self.parts):06d}.parquet"
        tmp = self.folder / f".{name}.partial"
        chunk.to_parquet(tmp, index=False)
        os.replace(tmp, self.folder / name)
        self.parts.append((name, len(chunk)))
        self._write_manifest()

    def frames(self, columns: list[str] | None = None) -> Iterator[pd.DataFrame]:
        """The finished parts, in order (only ``columns`` if given)."""
        for name, _ in self.parts:
            yield pd.read_parquet(self.folder / name, columns=columns)

    def finish(self, target: str | os.PathLike[str], provenance: dict[str, Any]) -> int:
        """Write every part to ``target`` (atomically, see :func:`write_chunks`) and remove the folder."""
        n = write_chunks(self.frames(), target, provenance)
        shutil.rmtree(self.folder)
        return n

    def _write_manifest(self) -> None:
        tmp = self.folder / ".manifest.json.partial"
        tmp.write_text(json.dumps({"key": self.key, "parts": self.parts}, indent=1) + "\n", encoding="utf-8")
        os.replace(tmp, self.folder / "manifest.json")


def _finished(manifest: Mapping[str, Any] | None) -> int:
    """Rows in the parts a checkpoint manifest lists (0 for an unreadable one)."""
    return sum(int(n) for _, n in manifest["parts"]) if manifest else 0


def input_identity(paths: Iterable[str | os.PathLike[str]]) -> list[list[Any]]:
    """``[path, size, mtime_ns]`` of every file the inputs expand to (a missing path: size None)."""
    from mediakit.errors import LoadError
    from mediakit.io import expand_paths

    out: list[list[Any]] = []
    for p in paths:
        try:
            files = expand_paths([p])
        except LoadError:
            out.append([os.fspath(p), None, None])
            continue
        for f in files:
            st = f.stat() if f.exists() else None
            out.append([str(f.resolve()), st.st_size if st else None, st.st_mtime_ns if st else None])
    return out
