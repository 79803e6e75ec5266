"""Attachment bytes, stored once each by the SHA-256 of their content.

``<data>/attachments/ab/abcdef…`` (two-character folders keep any one folder small). A
blob is written once, atomically; reading checks the bytes still hash to their name, so a
file changed or damaged on disk is reported as missing rather than sent. Blocking: callers
on the UI loop use a worker thread for large files.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from app.core.attachments import DIGEST

from .files import write_atomic


class BlobMissingError(LookupError):
    """The attachment's bytes are gone or damaged; ``user_message`` says so plainly."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.user_message = (
            f"The attached file “{name}” is no longer in Switchboard's data folder, so it "
            "cannot be sent again. Attach it once more."
        )


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
        """Store ``data`` (if not stored already); its digest."""
        digest = digest_of(data)
        path = self.path(digest)
        if not (path.is_file() and path.stat().st_size == len(data)):
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data)
        return digest

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

    def remove_unused(self, used: set[str]) -> int:
        """Delete every blob whose digest is not in ``used``; how many were deleted."""
        removed = 0
        if not self.folder.is_dir():
            return 0
        for shard in self.folder.iterdir():
            if not shard.is_dir():
                continue
            for path in shard.iterdir():
                if path.name not in used and DIGEST.match(path.name):
                    try:
                        os.remove(path)
                        removed += 1
                    except OSError:
                        continue
        return removed
