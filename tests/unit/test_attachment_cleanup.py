"""At start-up, attachments no message refers to any more are removed; the rest stay."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.core.attachments import Attachment
from app.main import _remove_unused_attachments
from app.store.blobs import BlobStore
from app.store.database import open_database
from app.store.history import HistoryStore


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
