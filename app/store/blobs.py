"""Attachment bytes, stored once each by the SHA-256 of their content.

``<data>/attachments/ab/abcdef…`` (two-character folders keep any one folder small). A
blob is written once, atomically; reading checks the bytes still hash to their name, so a
file changed or damaged on disk is reported as missing rather than sent. Blocking: callers
on the UI loop use a worker thread for large files.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from app.core.attachments import DIGEST
from app.core.i18n import translate

from .files import write_atomic

# A blob younger than this is never cleaned up: another running copy of Switchboard may have
# just attached it, before its message (which would name it) is in the history.
KEEP_NEW_SECONDS = 24 * 60 * 60


class BlobMissingError(LookupError):
    """The attachment's bytes are gone or damaged; ``user_message`` says so plainly."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.user_message = translate(
            "blobs",
            "The attached file “{name}” is no longer in Switchboard's data folder, so it "
            "cannot be sent again. Attach it once more.",
        ).format(name=name)


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    """Content-addressed files under ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, digest: str) -> Path:
        if not DIGEST.match(digest):
            raise ValueError("not a SHA-256 digest")
        return self.folder / digest[:2] / digest

    def put(self, data: bytes) -> str:
        """Store ``data`` (unless the same bytes are stored already: a damaged copy is
        replaced); its digest. Either way the file counts as new for ``remove_unused``."""
        digest = digest_of(data)
        path = self.path(digest)
        if self._intact(path, digest, len(data)):
            try:
                os.utime(path)  # just attached again: not "unused" for another day
                return digest
            except OSError:
                pass  # (rewriting it sets the time too)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
        return digest

    @staticmethod
    def _intact(path: Path, digest: str, size: int) -> bool:
        try:
            return path.stat().st_size == size and digest_of(path.read_bytes()) == digest
        except OSError:
            return False

    def has(self, digest: str) -> bool:
        try:
            return self.path(digest).is_file()
        except ValueError:
            return False

    def get(self, digest: str, name: str = "file") -> bytes:
        """The bytes; BlobMissingError when they are gone or no longer match the digest."""
        try:
            data = self.path(digest).read_bytes()
        except (OSError, ValueError):
            raise BlobMissingError(name) from None
        if digest_of(data) != digest:
            raise BlobMissingError(name)
        return data

    def remove_unused(self, used: set[str], keep_new: float = KEEP_NEW_SECONDS) -> int:
        """Delete every blob whose digest is not in ``used`` and that was not stored (or
        stored again) within ``keep_new`` seconds; how many were deleted."""
        removed = 0
        if not self.folder.is_dir():
            return 0
        cutoff = time.time() - keep_new
        for shard in self.folder.iterdir():
            if not shard.is_dir():
                continue
            for path in shard.iterdir():
                if path.name not in used and DIGEST.match(path.name):
                    try:
                        if path.stat().st_mtime > cutoff:
                            continue
                        os.remove(path)
                        removed += 1
                    except OSError:
                        continue
        return removed
