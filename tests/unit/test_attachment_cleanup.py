"""At start-up, attachments no message refers to any more are removed; the rest stay."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from app.core.attachments import Attachment
from app.main import _remove_unused_attachments
from app.store.blobs import BlobMissingError, BlobStore
from app.store.database import open_database
from app.store.history import HistoryStore

DAY = 24 * 60 * 60


def test_unused_attachments_go_and_used_ones_stay(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    kept, deleted, orphan = (blobs.put(data) for data in (b"kept", b"deleted", b"orphan"))
    connection = open_database(tmp_path / "history.sqlite3")
    try:
        history = HistoryStore(connection)
        cid = history.create_conversation().id
        history.add_message(
            cid, "user", "a", attachments=(Attachment(kept, "k.txt", "text/plain", "text", 4),)
        )
        gone = history.create_conversation().id
        history.add_message(
            gone, "user", "b", attachments=(Attachment(deleted, "d.txt", "text/plain", "text", 7),)
        )
        history.delete_conversation(gone)
        for digest in (kept, deleted, orphan):
            _age(blobs, digest, 2 * DAY)  # (younger ones are kept: see below)
        asyncio.run(_remove_unused_attachments(blobs, history))
    finally:
        connection.close()
    assert blobs.has(kept)
    assert not blobs.has(deleted) and not blobs.has(orphan)


def test_a_missing_folder_is_no_problem(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "history.sqlite3")
    try:
        asyncio.run(
            _remove_unused_attachments(BlobStore(tmp_path / "none"), HistoryStore(connection))
        )
    finally:
        connection.close()
    assert not (tmp_path / "none").exists()


def _age(blobs: BlobStore, digest: str, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(blobs.path(digest), (then, then))


def test_a_file_stored_within_a_day_is_kept_even_if_unused(tmp_path: Path) -> None:
    """Another running copy may have just attached it (review of #18, finding 14)."""
    blobs = BlobStore(tmp_path / "attachments")
    fresh, hour, old = (blobs.put(data) for data in (b"fresh", b"an hour", b"two days"))
    _age(blobs, hour, 3600)
    _age(blobs, old, 2 * DAY)
    assert blobs.remove_unused(set()) == 1
    assert blobs.has(fresh) and blobs.has(hour) and not blobs.has(old)


def test_storing_an_old_file_again_makes_it_new(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    digest = blobs.put(b"attached again")
    _age(blobs, digest, 2 * DAY)
    assert blobs.put(b"attached again") == digest
    assert blobs.remove_unused(set()) == 0
    assert blobs.get(digest) == b"attached again"


def test_a_damaged_file_of_the_same_size_is_repaired_by_storing_it_again(tmp_path: Path) -> None:
    """Review of #18, finding 15: same size on disk is not the same bytes."""
    blobs = BlobStore(tmp_path / "attachments")
    digest = blobs.put(b"the real bytes")
    blobs.path(digest).write_bytes(b"the fake bytes")  # same length, wrong content
    with pytest.raises(BlobMissingError):
        blobs.get(digest)
    assert blobs.put(b"the real bytes") == digest
    assert blobs.get(digest) == b"the real bytes"
