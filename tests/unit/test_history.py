"""HistoryStore on real SQLite files."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import fields
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.conversation import ChatSettings, Message, MessageStatus
from app.core.messages import ChatMessage
from app.core.params import ProviderRouting, SamplingParams
from app.store import history
from app.store.database import open_database
from app.store.history import ConversationSummary, HistoryStore
from tests.helpers.clocks import TickingClock


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    connection = open_database(db_path)
    yield HistoryStore(connection, clock=TickingClock(1_700_000_000.0))
    connection.close()


def other_connection(path: Path) -> sqlite3.Connection:
    """A second, independent reader: sees only what was committed."""
    return sqlite3.connect(path)


SETTINGS = ChatSettings(
    model="openai/gpt-4o-mini",
    system_prompt="Answer briefly.",
    params=SamplingParams(temperature=0.3, stop=("END",), max_tokens=200),
    routing=ProviderRouting(sort="price", only=("openai",)),
)


# Conversations


def test_a_new_conversation_has_defaults_and_is_stored(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    assert conversation.title == "New conversation"
    assert conversation.settings == ChatSettings()
    assert conversation.title_is_custom is False
    assert conversation.created_at == conversation.updated_at > 0
    assert store.get_conversation(conversation.id) == conversation


def test_conversation_settings_round_trip(store: HistoryStore) -> None:
    conversation = store.create_conversation("Plans", SETTINGS)
    assert store.get_conversation(conversation.id) == conversation
    assert conversation.settings == SETTINGS


def test_a_missing_conversation_is_none(store: HistoryStore) -> None:
    assert store.get_conversation(12345) is None


def test_rename_update_settings_and_touch_change_updated_at(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    store.rename_conversation(conversation.id, "  Trip   to Rome \n")
    renamed = store.get_conversation(conversation.id)
    assert renamed is not None
    assert (renamed.title, renamed.title_is_custom) == ("Trip to Rome", True)
    assert renamed.updated_at > conversation.updated_at

    store.rename_conversation(conversation.id, "Suggested", custom=False)
    store.update_settings(conversation.id, SETTINGS)
    store.touch(conversation.id)
    final = store.get_conversation(conversation.id)
    assert final is not None
    assert (final.title, final.title_is_custom, final.settings) == ("Suggested", False, SETTINGS)
    assert final.updated_at > renamed.updated_at


def test_changing_a_missing_conversation_is_a_key_error(store: HistoryStore) -> None:
    with pytest.raises(KeyError):
        store.rename_conversation(99, "x")
    with pytest.raises(KeyError):
        store.update_settings(99, SETTINGS)
    with pytest.raises(KeyError):
        store.touch(99)
    with pytest.raises(KeyError):
        store.add_message(99, "user", "hello")
    assert store._db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0


def test_deleting_a_conversation_deletes_its_messages(store: HistoryStore) -> None:
    keep = store.create_conversation("keep")
    gone = store.create_conversation("gone")
    store.add_message(keep.id, "user", "stays")
    store.add_message(gone.id, "user", "goes")
    store.set_state("x", 1)

    store.delete_conversation(gone.id)
    store.delete_conversation(gone.id)  # twice is fine

    assert store.get_conversation(gone.id) is None
    assert store.messages(gone.id) == []
    assert [m.content for m in store.messages(keep.id)] == ["stays"]
    assert store._db.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 1


def test_ids_are_never_reused(store: HistoryStore) -> None:
    """An open tab that remembers a deleted conversation must not open a newer one."""
    first = store.create_conversation()
    message = store.add_message(first.id, "user", "hi")
    store.delete_conversation(first.id)
    second = store.create_conversation()
    assert second.id > first.id
    assert store.add_message(second.id, "user", "hi").id > message.id


# Listing and search


def test_list_is_newest_first_with_counts_and_previews(store: HistoryStore) -> None:
    older = store.create_conversation("older")
    newer = store.create_conversation("newer")
    empty = store.create_conversation("empty")
    store.add_message(newer.id, "user", "question")
    store.add_message(newer.id, "assistant", "  the\nlast   answer  ")
    store.add_message(newer.id, "assistant", "", status=MessageStatus.FAILED, error="HTTP 500")
    store.touch(older.id)

    listed = store.list_conversations()

    assert [c.title for c in listed] == ["older", "newer", "empty"]
    by_title = {c.title: c for c in listed}
    assert by_title["newer"] == ConversationSummary(
        newer.id, "newer", by_title["newer"].updated_at, 3, "the last answer"
    )
    assert by_title["empty"].preview == "" and by_title["empty"].message_count == 0
    assert empty.id > newer.id


def test_list_breaks_ties_by_newest_id_and_respects_the_limit(db_path: Path) -> None:
    connection = open_database(db_path)
    store = HistoryStore(connection, clock=lambda: 5.0)
    ids = [store.create_conversation(f"c{i}").id for i in range(5)]
    assert [c.id for c in store.list_conversations()] == ids[::-1]
    assert [c.id for c in store.list_conversations(limit=2)] == ids[::-1][:2]
    connection.close()


def test_long_previews_are_shortened(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    store.add_message(conversation.id, "user", "word " * 500)
    preview = store.list_conversations()[0].preview
    assert preview.endswith("…")
    assert len(preview) <= history.PREVIEW_CHARS + 1


def test_search_matches_titles_and_message_text_case_insensitively(store: HistoryStore) -> None:
    by_title = store.create_conversation("Holiday PLANS")
    by_text = store.create_conversation("Other")
    store.add_message(by_text.id, "user", "What are your plans for the weekend?")
    store.create_conversation("Nothing here")

    found = store.list_conversations("plans")

    assert [c.id for c in found] == [by_text.id, by_title.id]
    assert found[0].preview == "What are your plans for the weekend?"
    assert store.list_conversations("no such words") == []


def test_the_preview_shows_where_the_query_matched(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    text = "intro " * 40 + "the NEEDLE is here " + "outro " * 40
    store.add_message(conversation.id, "assistant", text)
    store.add_message(conversation.id, "user", "thanks")

    preview = store.list_conversations("needle")[0].preview

    assert preview.startswith("…")
    assert "the NEEDLE is here" in preview
    assert preview.endswith("…")
    assert store.list_conversations()[0].preview == "thanks"


@pytest.mark.parametrize(
    "query",
    ["100%", "a_b", "it's", 'say "hi"', "back\\slash", "%", "_", "'; DROP TABLE messages; --"],
)
def test_search_takes_every_character_literally(store: HistoryStore, query: str) -> None:
    match = store.create_conversation()
    store.add_message(match.id, "user", f"before {query} after")
    decoy = store.create_conversation()
    store.add_message(decoy.id, "user", "before ab 100 its say hi backslash after")

    assert [c.id for c in store.list_conversations(query)] == [match.id]
    assert store.count_messages(match.id) == 1


def test_search_folds_case_beyond_ascii(store: HistoryStore) -> None:
    conversation = store.create_conversation("Straße in ÉTÉ")
    store.add_message(conversation.id, "user", "ΣΊΣΥΦΟΣ")
    assert [c.id for c in store.list_conversations("STRASSE")] == [conversation.id]
    assert [c.id for c in store.list_conversations("été")] == [conversation.id]
    assert [c.id for c in store.list_conversations("σίσυφος")] == [conversation.id]


def test_a_blank_query_lists_everything(store: HistoryStore) -> None:
    store.create_conversation("a")
    store.create_conversation("b")
    assert len(store.list_conversations("   ")) == 2


# Messages


def test_every_message_field_round_trips(store: HistoryStore, db_path: Path) -> None:
    conversation = store.create_conversation()
    cost = Decimal("0.000123456789012345678901234567")
    added = store.add_message(
        conversation.id,
        "assistant",
        "Hello **there**",
        status=MessageStatus.STOPPED,
        reasoning="thinking…",
        model="openai/gpt-4o",
        provider="OpenAI",
        generation_id="gen-123",
        prompt_tokens=12,
        completion_tokens=34,
        cost=cost,
        cost_is_billed=True,
        finish_reason="stop",
        error="stopped by you",
        settings=SETTINGS,
        elapsed_s=1.25,
    )

    assert added.id > 0 and added.conversation_id == conversation.id
    assert added.created_at > conversation.created_at
    assert (added.role, added.content, added.status) == (
        "assistant",
        "Hello **there**",
        MessageStatus.STOPPED,
    )
    assert added.cost == cost and str(added.cost) == str(cost)
    assert added.settings == SETTINGS
    assert (added.prompt_tokens, added.completion_tokens, added.elapsed_s) == (12, 34, 1.25)
    assert added.cost_is_billed is True
    assert store.get_message(added.id) == added
    reader = other_connection(db_path)  # committed before add_message returned
    assert reader.execute("SELECT cost FROM messages").fetchone() == (str(cost),)
    reader.close()


def test_a_plain_message_has_empty_defaults(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    message = store.add_message(conversation.id, "user", "hi")
    assert message == Message(
        id=message.id,
        conversation_id=conversation.id,
        role="user",
        content="hi",
        created_at=message.created_at,
    )


def test_adding_a_message_moves_its_conversation_to_the_top(store: HistoryStore) -> None:
    first = store.create_conversation("first")
    store.create_conversation("second")
    store.add_message(first.id, "user", "hi")
    assert [c.title for c in store.list_conversations()] == ["first", "second"]


def test_bad_message_arguments_are_refused(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    with pytest.raises(ValueError, match="role"):
        store.add_message(conversation.id, "robot", "x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="colour"):
        store.add_message(conversation.id, "user", "x", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="Decimal"):
        store.add_message(conversation.id, "user", "x", cost=0.1)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.add_message(conversation.id, "user", "x", status="nearly")  # type: ignore[arg-type]
    assert store.count_messages(conversation.id) == 0


def test_an_import_adds_many_messages_at_once(store: HistoryStore) -> None:
    conversation = store.create_conversation("Imported")
    store.add_message(conversation.id, "user", "already here")
    incoming = [ChatMessage("user", f"q{i}") for i in range(300)] + [ChatMessage("assistant", "a")]

    assert store.add_messages(conversation.id, iter(incoming)) == 301

    stored = store.messages(conversation.id)
    assert [(m.role, m.content) for m in stored[1:]] == [(m.role, m.content) for m in incoming]
    assert all(m.status is MessageStatus.COMPLETE for m in stored)
    with pytest.raises(KeyError):
        store.add_messages(999, incoming)
    assert store.count_messages(conversation.id) == 302


def test_update_message_returns_what_was_stored(store: HistoryStore, db_path: Path) -> None:
    conversation = store.create_conversation()
    streaming = store.add_message(conversation.id, "assistant", "", status=MessageStatus.STREAMING)

    checkpoint = store.update_message(streaming.id, content="Hel")
    done = store.update_message(
        streaming.id,
        content="Hello",
        status=MessageStatus.COMPLETE,
        cost=Decimal("0.00093"),
        prompt_tokens=5,
        finish_reason="stop",
        settings=None,
    )

    assert checkpoint.content == "Hel" and checkpoint.status is MessageStatus.STREAMING
    assert done == streaming.with_changes(
        content="Hello",
        status=MessageStatus.COMPLETE,
        cost=Decimal("0.00093"),
        prompt_tokens=5,
        finish_reason="stop",
    )
    assert store.get_message(streaming.id) == done
    reader = other_connection(db_path)
    assert reader.execute("SELECT content, status FROM messages").fetchone() == (
        "Hello",
        "complete",
    )
    reader.close()


def test_update_message_can_clear_the_cost(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    message = store.add_message(conversation.id, "assistant", "x", cost=Decimal("1.5"))
    assert store.update_message(message.id, cost=None).cost is None


def test_updating_a_missing_message_is_a_key_error(store: HistoryStore) -> None:
    with pytest.raises(KeyError):
        store.update_message(404, content="x")
    with pytest.raises(KeyError):
        store.update_message(404)


def test_messages_come_back_in_order_and_in_pages(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    other = store.create_conversation()
    ids = []
    for i in range(10):
        ids.append(store.add_message(conversation.id, "user", f"m{i}").id)
        store.add_message(other.id, "user", f"other {i}")

    assert [m.content for m in store.messages(conversation.id)] == [f"m{i}" for i in range(10)]
    assert store.count_messages(conversation.id) == 10
    last = store.last_messages(conversation.id, 3)
    assert [m.content for m in last] == ["m7", "m8", "m9"]
    before = store.messages_before(conversation.id, last[0].id, 4)
    assert [m.content for m in before] == ["m3", "m4", "m5", "m6"]
    assert [m.content for m in store.messages_before(conversation.id, ids[2], 10)] == ["m0", "m1"]
    assert store.messages_before(conversation.id, ids[0], 10) == []
    assert len(store.last_messages(conversation.id, 100)) == 10


def test_paging_backwards_visits_every_message_once(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    for i in range(25):
        store.add_message(conversation.id, "user", str(i))
    seen = store.last_messages(conversation.id, 7)
    while page := store.messages_before(conversation.id, seen[0].id, 7):
        seen = page + seen
    assert [m.content for m in seen] == [str(i) for i in range(25)]


def test_delete_messages_from_removes_that_message_and_later_ones(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    other = store.create_conversation()
    messages = [store.add_message(conversation.id, "user", str(i)) for i in range(5)]
    later_elsewhere = store.add_message(other.id, "user", "elsewhere")

    deleted = store.delete_messages_from(conversation.id, messages[2].id)

    assert deleted == 3
    assert [m.content for m in store.messages(conversation.id)] == ["0", "1"]
    assert store.get_message(later_elsewhere.id) == later_elsewhere


def test_delete_messages_from_checks_the_message_belongs(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    other = store.create_conversation()
    store.add_message(conversation.id, "user", "mine")
    foreign = store.add_message(other.id, "user", "theirs")
    with pytest.raises(KeyError):
        store.delete_messages_from(conversation.id, foreign.id)
    assert store.count_messages(conversation.id) == 1


def test_streaming_messages_become_interrupted_at_startup(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    streaming = store.add_message(
        conversation.id, "assistant", "half an ans", status=MessageStatus.STREAMING
    )
    complete = store.add_message(conversation.id, "assistant", "done")

    assert store.mark_interrupted() == 1
    assert store.mark_interrupted() == 0

    interrupted = store.get_message(streaming.id)
    assert interrupted is not None
    assert interrupted.status is MessageStatus.INTERRUPTED
    assert interrupted.content == "half an ans"
    assert store.get_message(complete.id) == complete


def test_damaged_rows_are_read_tolerantly(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    message = store.add_message(conversation.id, "assistant", "x", settings=SETTINGS)
    store._db.execute(
        "UPDATE messages SET settings_json = 'not json', status = 'future', cost = 'abc'"
    )
    store._db.execute("UPDATE conversations SET settings_json = '[1, 2]'")

    read = store.get_message(message.id)
    assert read is not None
    assert read.settings == ChatSettings()
    assert read.status is MessageStatus.INTERRUPTED
    assert read.cost is None
    found = store.get_conversation(conversation.id)
    assert found is not None and found.settings == ChatSettings()


def test_columns_follow_the_message_fields() -> None:
    """Rows are turned into Messages positionally, so the order must match."""
    columns = [name.strip() for name in history._MESSAGE_COLUMNS.split(",")]
    names = [f.name for f in fields(Message)]
    stored_as = {
        "settings": "settings_json",
        "reasoning_details": "reasoning_details_json",
        "annotations": "annotations_json",
    }
    # (attachments live in their own table, read for many messages at once)
    assert columns == [stored_as.get(n, n) for n in names if n != "attachments"]


def test_a_thousand_messages_load_quickly(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    rows = [
        (conversation.id, "assistant" if i % 2 else "user", "text " * 100, "complete", 1.0, "{}")
        for i in range(1000)
    ]
    store._db.executemany(
        "INSERT INTO messages (conversation_id, role, content, status, created_at,"
        " settings_json) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    history._chain(store._db, conversation.id)  # (one branch, as an import makes it)
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        loaded = store.messages(conversation.id)
        timings.append(time.perf_counter() - start)
    assert len(loaded) == 1000
    assert min(timings) < 0.05, timings  # a few ms in practice; generous for slow CI


# UI state


def test_state_holds_json_values(store: HistoryStore, db_path: Path) -> None:
    assert store.get_state("tabs") is None
    store.set_state("tabs", {"open": [3, 1, 2], "active": 1})
    store.set_state("flag", True)
    assert store.get_state("tabs") == {"open": [3, 1, 2], "active": 1}
    store.set_state("tabs", {"open": [], "active": None})
    assert store.get_state("tabs") == {"open": [], "active": None}
    assert store.get_state("flag") is True
    store.set_state("flag", None)
    assert store.get_state("flag") is None

    connection = open_database(db_path)  # survives reopening
    assert HistoryStore(connection).get_state("tabs") == {"open": [], "active": None}
    connection.close()


def test_a_failed_write_leaves_nothing_half_done(store: HistoryStore) -> None:
    with pytest.raises(TypeError):
        store.set_state("bad", object())
    assert store.get_state("bad") is None
    assert not store._db.in_transaction
    store.set_state("good", 1)  # the store is still usable
    assert store.get_state("good") == 1


def test_an_answers_speed_is_stored_and_checked(store: HistoryStore) -> None:
    """The time to the first word and the rate are kept (a reopened comparison shows them);
    a value out of range, or not a number, reads as unknown."""
    conversation = store.create_conversation()
    store.add_message(conversation.id, "user", "Q")
    answer = store.add_message(conversation.id, "assistant", "A")
    kept = store.update_message(answer.id, first_token_s=0.42, tokens_per_s=87.5)
    assert (kept.first_token_s, kept.tokens_per_s) == (0.42, 87.5)
    odd = store.update_message(answer.id, first_token_s=float("nan"), tokens_per_s=1e300)
    assert (odd.first_token_s, odd.tokens_per_s) == (None, None)
