"""Thinking on real SQLite: migration 5 (with its backup), and the three message fields."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.conversation import MessageStatus
from app.core.thinking import MAX_DETAILS_CHARS, checked_details, details_from_json
from app.store import database
from app.store.database import backup_path, open_database, schema_version
from app.store.history import HistoryStore
from app.store.ledger import Ledger

DETAILS = (
    {"type": "reasoning.text", "text": "Let me see…", "signature": "Et8B", "index": 0},
    {"type": "reasoning.encrypted", "data": "gAAAA==", "format": "openai-responses-v1"},
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    connection = open_database(tmp_path / "history.sqlite3")
    yield HistoryStore(connection)
    connection.close()


def columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def test_migrating_a_version_4_database_backs_it_up_and_adds_the_thinking_columns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for version in (1, 2, 3, 4):
        old.executescript(database._MIGRATIONS[version])
    old.execute("INSERT INTO conversations (title, created_at, updated_at) VALUES ('Old', 1, 1)")
    old.execute(
        "INSERT INTO messages (conversation_id, role, content, status, created_at, cost)"
        " VALUES (1, 'assistant', 'Old answer', 'complete', 1, '0.01')"
    )
    old.execute(
        "INSERT INTO ledger (created_at, message_id, cost, billed) VALUES (1, 1, '0.01', 1)"
    )
    old.execute("PRAGMA user_version=4")
    old.close()

    connection = open_database(path)
    try:
        assert schema_version(connection) == database.SCHEMA_VERSION
        names = columns(connection, "messages")
        assert names[names.index("reasoning_tokens") :][:3] == [
            "reasoning_tokens",
            "reasoning_details_json",
            "thinking_s",
        ]
        assert "reasoning_tokens" in columns(connection, "ledger")
        (message,) = HistoryStore(connection).messages(1)
        assert message.content == "Old answer"
        assert (message.reasoning_tokens, message.reasoning_details, message.thinking_s) == (
            None,
            (),
            None,
        )
        (entry,) = Ledger(connection).entries()
        assert entry.reasoning_tokens is None
    finally:
        connection.close()
    backup = sqlite3.connect(backup_path(path, 4))
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 4
        assert "reasoning_tokens" not in columns(backup, "messages")
    finally:
        backup.close()


def test_thinking_fields_round_trip(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    message = store.add_message(
        conversation.id,
        "assistant",
        "42",
        reasoning="Let me see…",
        reasoning_tokens=2900,
        reasoning_details=DETAILS,
        thinking_s=31.5,
    )
    assert message.reasoning_tokens == 2900
    assert message.reasoning_details == DETAILS
    assert message.thinking_s == 31.5
    updated = store.update_message(message.id, reasoning_tokens=3120, thinking_s=2.0)
    assert (updated.reasoning_tokens, updated.thinking_s) == (3120, 2.0)
    assert updated.reasoning_details == DETAILS
    assert store.messages(conversation.id) == [updated]


def test_impossible_thinking_figures_are_stored_and_read_as_unknown(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    message = store.add_message(
        conversation.id,
        "assistant",
        "",
        reasoning_tokens=-1,
        thinking_s=float("nan"),
        reasoning_details=[{"type": "reasoning.text", "text": "x"}, "not an object"],  # type: ignore[list-item]
    )
    assert (message.reasoning_tokens, message.thinking_s, message.reasoning_details) == (
        None,
        None,
        (),
    )
    store._db.execute(
        "UPDATE messages SET reasoning_tokens = ?, thinking_s = ?, reasoning_details_json = ?"
        " WHERE id = ?",
        (10**13, 1e12, "{not json", message.id),
    )
    read = store.get_message(message.id)
    assert read is not None
    assert (read.reasoning_tokens, read.thinking_s, read.reasoning_details) == (None, None, ())
    store._db.execute(
        "UPDATE messages SET reasoning_details_json = ? WHERE id = ?",
        ('{"type": "reasoning.text"}', message.id),  # an object, not a list
    )
    assert store.get_message(message.id).reasoning_details == ()  # type: ignore[union-attr]


def test_reasoning_details_are_bounded_in_size(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    huge = [{"type": "reasoning.encrypted", "data": "x" * MAX_DETAILS_CHARS}]
    message = store.add_message(conversation.id, "assistant", "a", reasoning_details=huge)
    assert message.reasoning_details == ()
    assert store._db.execute(
        "SELECT reasoning_details_json FROM messages WHERE id = ?", (message.id,)
    ).fetchone() == (None,)


def test_lone_surrogates_in_details_are_made_storable(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    details = [{"type": "reasoning.text", "text": "half \ud83d of it", "index": 0}]
    message = store.add_message(conversation.id, "assistant", "a", reasoning_details=details)
    assert message.reasoning_details == (
        {"type": "reasoning.text", "text": "half \ufffd of it", "index": 0},
    )


def test_copying_a_conversation_keeps_the_thinking(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    store.add_message(
        conversation.id,
        "assistant",
        "a",
        status=MessageStatus.STREAMING,
        reasoning_tokens=7,
        reasoning_details=DETAILS,
        thinking_s=1.25,
    )
    copy = store.copy_conversation(conversation.id, "Copy")
    (copied,) = store.messages(copy.id)
    assert (copied.reasoning_tokens, copied.reasoning_details, copied.thinking_s) == (
        7,
        DETAILS,
        1.25,
    )


def test_details_from_outside_are_checked() -> None:
    assert checked_details(None) == ()
    assert checked_details({"type": "x"}) == ()
    assert checked_details([{"a": float("nan")}]) == ()
    assert checked_details([]) == ()
    assert details_from_json("[]") == ()
    assert details_from_json(None) == ()
    assert details_from_json('[{"type": "reasoning.summary", "summary": "s"}]') == (
        {"type": "reasoning.summary", "summary": "s"},
    )
