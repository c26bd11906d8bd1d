"""Safe extraction of tar and zip archives (for corpora shipped as archives).

:func:`safe_extract` unpacks an archive into a folder and refuses, before
writing anything, every member that would land outside that folder: absolute
paths, ``..`` components, symbolic or hard links pointing outside, and device
or FIFO members. It is the only way mediakit unpacks archives.
"""

from __future__ import annotations

import os
import stat
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from mediakit.errors import MediakitError


class UnsafeArchiveError(MediakitError):
    """An archive member would be written outside the target folder (or is a device/FIFO)."""


def _inside(target: Path, name: str) -> Path:
    """Resolve member ``name`` under ``target``; raise if it escapes."""
    posix = PurePosixPath(name.replace("\\", "/"))
    if posix.is_absolute() or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise UnsafeArchiveError(f"archive member {name!r} has an absolute path")
    if ".." in posix.parts:
        raise UnsafeArchiveError(f"archive member {name!r} leaves the target folder ('..')")
    dest = (target / Path(*posix.parts)).resolve() if posix.parts else target
    if dest != target and target not in dest.parents:
        raise UnsafeArchiveError(f"archive member {name!r} resolves outside {target}")
    return dest


def _check_tar(tf: tarfile.TarFile, target: Path) -> list[tarfile.TarInfo]:
    members = tf.getmembers()
    for m in members:
        dest = _inside(target, m.name)
        if m.issym() or m.islnk():
            link = m.linkname
            base = dest.parent if m.issym() else target
            if os.path.isabs(link):
                raise UnsafeArchiveError(f"archive link {m.name!r} -> {link!r} is absolute")
            resolved = (base / link).resolve()
            if resolved != target and target not in resolved.parents:
                raise UnsafeArchiveError(f"archive link {m.name!r} -> {link!r} points outside {target}")
        elif not (m.isfile() or m.isdir()):
            raise UnsafeArchiveError(f"archive member {m.name!r} is a device or FIFO")
    return members


def safe_extract(archive: str | os.PathLike[str], target: str | os.PathLike[str]) -> list[Path]:
    """Extract a tar (optionally .gz/.bz2/.xz) or zip archive into ``target``.

    Every member is checked before anything is written; one unsafe member
    rejects the whole archive.

    Args:
        archive: The archive file.
        target: Folder to extract into (created if needed).

    Returns:
        The extracted files and folders.

    Raises:
        UnsafeArchiveError: A member would land outside ``target``, or is a
            device or FIFO.
        ValueError: The file is neither a tar nor a zip archive.
    """
    src = Path(archive)
    root = Path(target)
    root.mkdir(parents=True, exist_ok=True)
    root = root.resolve()
    if zipfile.is_zipfile(src):
        with zipfile.ZipFile(src) as zf:
            infos = zf.infolist()
            for info in infos:
                _inside(root, info.filename)
                mode = info.external_attr >> 16
                if mode and stat.S_ISLNK(mode):
                    raise UnsafeArchiveError(f"archive member {info.filename!r} is a symbolic link")
            zf.extractall(root)
            return [_inside(root, i.filename) for i in infos]
    if tarfile.is_tarfile(src):
        with tarfile.open(src) as tf:
            members = _check_tar(tf, root)
            tf.extractall(root, members=members, filter="data")
            return [_inside(root, m.name) for m in members]
    raise ValueError(f"{src}: not a tar or zip archive")
