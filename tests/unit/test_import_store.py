"""An imported conversation goes into the history whole, in one transaction, or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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
