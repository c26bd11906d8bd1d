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
import socket
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


#: First characters that make a spreadsheet read a CSV cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_safe(chunk: pd.DataFrame) -> pd.DataFrame:
    """``chunk`` with every text cell that a spreadsheet would run as a formula prefixed by ``'``.

    Text cells starting with ``= + - @``, a tab or a carriage return (OWASP's list) get a
    leading apostrophe, which Excel, LibreOffice and Google Sheets show as text. Numeric
    columns are untouched (a negative number is a number, not a formula).
    """
    out = chunk.copy()
    for col in out.columns:
        if pd.api.types.is_numeric_dtype(out[col].dtype):
            continue
        values = out[col]
        risky = values.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_STARTS))
        if risky.any():
            out[col] = values.where(~risky, "'" + values.astype(str))
    return out


def write_chunks(
    chunks: Iterable[pd.DataFrame],
    path: str | os.PathLike[str],
    provenance: dict[str, Any],
    *,
    excel_safe_cells: bool = False,
) -> int:
    """Write DataFrame chunks to ``path`` atomically; return the number of rows written.

    Each chunk is appended to ``.<name>.<pid>.partial`` beside the target as it
    arrives (memory holds one chunk). Only a complete run renames it onto
    ``path``; an exception, Ctrl-C or SIGTERM removes it and leaves any previous
    ``path`` untouched.

    Args:
        chunks: The rows, chunk by chunk.
        path: The target (``.csv``, ``.parquet`` or ``.jsonl``).
        provenance: Written with the result (Parquet metadata, else a ``.meta.json`` sidecar).
        excel_safe_cells: CSV only: neutralise formula-like text cells (:func:`excel_safe`).
            By default cells are written as they are: a CSV is data, and a prefix would
            change ids and names for every program that is not a spreadsheet.
    """
    fmt = output_format(path)
    if excel_safe_cells and fmt != ".csv":
        raise ValueError(f"{path}: excel-safe cells are only for CSV output")
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
                            (excel_safe(chunk) if excel_safe_cells else chunk).to_csv(fh, index=False, header=first)
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
                    f"{target}: an interrupted run (not running any more) left {_finished(old)} finished "
                    f"rows in {folder}; pass --resume to continue it or --restart to start over"
                )
            if resume and old is not None:
                if old["key"] != key:
                    diff = sorted(k for k in {*old["key"], *key} if old["key"].get(k) != key.get(k))
                    raise ResumeError(
                        f"{target}: cannot resume: the checkpoint in {folder} was made by a different run "
                        f"({', '.join(diff)} changed); pass --restart to start over"
                    )
                parts = [(str(a), int(b)) for a, b in old["parts"]]
                missing = [name for name, _ in parts if not (folder / name).is_file()]
                if missing:
                    raise ResumeError(
                        f"{target}: cannot resume: the checkpoint in {folder} is damaged: "
                        f"{', '.join(missing)} listed in its manifest is missing; pass --restart to start over"
                    )
                return cls(folder, key, parts)
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

    def finish(self, target: str | os.PathLike[str], provenance: dict[str, Any], *, excel_safe_cells: bool = False) -> int:
        """Write every part to ``target`` (atomically, see :func:`write_chunks`) and remove the folder."""
        n = write_chunks(self.frames(), target, provenance, excel_safe_cells=excel_safe_cells)
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


class OutputLockedError(MediakitError):
    """Another live run is writing the same output."""


#: File descriptors of the locks this process holds (workers forked from it close them, so a
#: lock lives exactly as long as the run that took it).
HELD_LOCK_FDS: set[int] = set()


class OutputLock:
    """The lock of a run on one output file: ``.<name>.lock`` beside it, holding the run's PID and host.

    The lock is an exclusive ``flock`` on that file, so the kernel releases it the moment the
    run ends, however it ends (a ``kill -9`` included); the PID, host and start time written in
    it only name the run in messages. A lock file left by a run that is not alive any more is
    *stale*: the next run takes it over and says so (:attr:`stale`). A second run while the
    first is alive raises :class:`OutputLockedError` before touching anything.

    Use as a context manager; :meth:`release` removes the file.
    """

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = Path(target)
        self.path = self.target.with_name(f".{self.target.name}.lock")
        self.fd: int | None = None
        #: What the lock file said when this run found it left by a dead run (None: there was none).
        self.stale: dict[str, Any] | None = None

    def acquire(self) -> OutputLock:
        """Take the lock or raise :class:`OutputLockedError` naming the run that holds it."""
        import fcntl

        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                locked_by_other = False
            except BlockingIOError:
                locked_by_other = True
            except OSError:  # no flock on this file system: trust a live PID on this host
                locked_by_other = _alive_here(_lock_info(fd))
            if locked_by_other:
                holder = _lock_info(fd)
                os.close(fd)
                raise OutputLockedError(
                    f"{self.target}: another run ({_describe(holder)}) is writing it; wait for it to end, "
                    "stop it, or choose another output"
                )
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if not same:  # the previous holder removed the file while we waited for it: retry
                os.close(fd)
                continue
            old = _lock_info(fd)
            self.stale = old or None
            info = {"pid": os.getpid(), "host": socket.gethostname(), "started": _now()}
            os.ftruncate(fd, 0)
            os.pwrite(fd, (json.dumps(info) + "\n").encode(), 0)
            self.fd = fd
            HELD_LOCK_FDS.add(fd)
            return self

    def release(self) -> None:
        """Remove the lock file and let go of the lock."""
        if self.fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)
        HELD_LOCK_FDS.discard(self.fd)
        os.close(self.fd)
        self.fd = None

    def stale_note(self) -> str | None:
        """One line about the stale lock this run took over, if any."""
        if self.stale is None:
            return None
        return (
            f"took over a stale lock of an earlier run on {self.target} ({_describe(self.stale)}; "
            "it is not running any more)"
        )

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _lock_info(fd: int) -> dict[str, Any]:
    try:
        data = json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _alive_here(info: Mapping[str, Any]) -> bool:
    """True when ``info`` names a process of this host that exists."""
    if info.get("host") != socket.gethostname() or not isinstance(info.get("pid"), int):
        return False
    try:
        os.kill(info["pid"], 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _describe(info: Mapping[str, Any]) -> str:
    if not info:
        return "unknown process"
    text = f"PID {info.get('pid', '?')} on {info.get('host', '?')}"
    return text + (f", started {info['started']}" if info.get("started") else "")


def _now() -> str:
    import datetime

    return datetime.datetime.now().astimezone().isoformat(timespec="seconds")


def remove_stale_partials(target: str | os.PathLike[str]) -> list[Path]:
    """Remove the ``.partial`` files of earlier runs on ``target`` (call with its lock held).

    A run killed during its final write (``kill -9``, power loss) leaves
    ``.<name>.<pid>.partial`` files that no later run would write over; with the lock held,
    none of them can belong to a live run.
    """
    import re

    t = Path(target)
    own = re.compile(rf"\.{re.escape(t.name)}(?:\.meta\.json)?\.\d+\.partial")
    removed = []
    for p in sorted(t.parent.glob(".*.partial")):
        if own.fullmatch(p.name):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
                removed.append(p)
    return removed
