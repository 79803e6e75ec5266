"""An imported conversation goes into the history whole, in one transaction, or not at all."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from app.core.conversation import ChatSettings
from app.core.messages import ChatMessage
from app.core.params import SamplingParams
from app.store.database import open_database
from app.store.history import HistoryStore

SETTINGS = ChatSettings(model="a/b", system_prompt="Be brief.", params=SamplingParams(top_p=0.5))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    connection = open_database(tmp_path / "history.sqlite3")
    yield HistoryStore(connection)
    connection.close()


def test_an_import_is_stored_with_its_settings_and_messages(store: HistoryStore) -> None:
    messages = [ChatMessage("user", "q"), ChatMessage("assistant", "a")]
    conversation = store.import_conversation("  An   import ", SETTINGS, messages)
    assert (conversation.title, conversation.settings) == ("An import", SETTINGS)
    stored = store.messages(conversation.id)
    assert [(m.role, m.content) for m in stored] == [("user", "q"), ("assistant", "a")]


def test_an_import_that_fails_half_way_leaves_nothing(store: HistoryStore) -> None:
    def messages() -> Iterator[ChatMessage]:
        yield ChatMessage("user", "first")
        yield ChatMessage("user", "lone \ud800")  # SQLite cannot store this: the insert fails

    with pytest.raises(UnicodeEncodeError):
        store.import_conversation("Broken", SETTINGS, messages())
    assert store.list_conversations() == []


class CommitFailsOnce:
    """A connection whose next COMMIT fails as on a full disk (SQLite keeps the transaction
    open then: the application must roll it back)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.fail = True

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "COMMIT" and self.fail:
            self.fail = False
            raise sqlite3.OperationalError("database or disk is full")
        return self._connection.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)


def test_an_import_whose_commit_fails_leaves_nothing_and_the_next_one_works(
    tmp_path: Path,
) -> None:
    connection = open_database(tmp_path / "history.sqlite3")
    store = HistoryStore(cast(sqlite3.Connection, CommitFailsOnce(connection)))
    try:
        with pytest.raises(sqlite3.OperationalError):
            store.import_conversation("Lost", SETTINGS, [ChatMessage("user", "q")])
        assert store.list_conversations() == []
        kept = store.import_conversation("Kept", SETTINGS, [ChatMessage("user", "q")])
        assert [c.title for c in store.list_conversations()] == ["Kept"]
        assert [m.content for m in store.messages(kept.id)] == ["q"]
    finally:
        connection.close()
