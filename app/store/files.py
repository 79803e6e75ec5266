"""Small file helpers: reading only what is safe to read, atomic writes, and keeping a
damaged file aside instead of deleting it."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

from app.core.i18n import translate


class UnsuitableFileError(OSError):
    """The path exists but is no file we should read: a pipe, a device, a folder, or far too
    large. ``user_message`` says which, in plain words. An OSError, so callers that already
    treat "could not be read" alike keep working."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message

    def __str__(self) -> str:
        return self.user_message


def read_regular_file(path: Path, limit: int) -> bytes:
    """The whole content of ``path`` if it is an ordinary file of at most ``limit`` bytes.

    Opened without blocking (a FIFO would otherwise wait for a writer forever), then checked
    on the open descriptor (no race with a swap after a check by name): anything but a regular
    file is refused (a link to ``/dev/zero`` opens the device, and is refused), and so is a
    file over ``limit``. FileNotFoundError passes through; other refusals are
    UnsuitableFileError; other failures stay OSError.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsuitableFileError(
                translate(
                    "files", "It is not an ordinary file: it may be a folder, a pipe or a device."
                )
            )
        if info.st_size > limit:
            raise UnsuitableFileError(_too_large(limit))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:  # the file may grow while we read: never take more than limit+1
            chunk = os.read(fd, min(limit + 1 - size, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(fd)
    if size > limit:
        raise UnsuitableFileError(_too_large(limit))
    return b"".join(chunks)


def _too_large(limit: int) -> str:
    if limit >= 1024 * 1024:
        return translate("files", "It is too large: the limit is {size} MB.").format(
            size=limit // (1024 * 1024)
        )
    return translate("files", "It is too large: the limit is {size} KB.").format(
        size=max(limit // 1024, 1)
    )


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
