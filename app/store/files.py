"""Small file helpers: atomic writes, and keeping a damaged file aside instead of deleting it."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    The temporary file lives in the same folder (``os.replace`` is atomic only within one file
    system) and is removed if anything fails.
    """
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_directory(path.parent)


def write_text_atomic(path: Path, text: str) -> None:
    write_atomic(path, text.encode("utf-8"))


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable. Windows cannot open folders, so it is skipped there."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the data itself is already synced
    finally:
        os.close(fd)


def aside_path(path: Path, label: str = "corrupt") -> Path:
    """A free name beside ``path``: ``<name>.<label>-<YYYYmmdd-HHMMSS>`` (``-2``… if taken)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 2
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
        counter += 1
    return candidate


def move_aside(path: Path, *, companions: tuple[str, ...] = (), label: str = "corrupt") -> Path:
    """Rename ``path`` (and ``path + suffix`` for each companion, e.g. ``-wal``) out of the way.

    Returns the new name of ``path``. Raises OSError if anything cannot be moved.
    """
    target = aside_path(path, label)
    os.replace(path, target)
    for suffix in companions:
        companion = Path(f"{path}{suffix}")
        if companion.exists():  # a stale -wal left behind would be replayed into a new file
            os.replace(companion, Path(f"{target}{suffix}"))
    return target
