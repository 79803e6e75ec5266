"""Versions: messages form a tree; the conversation shows one branch of it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.core.messages import ChatMessage
from app.store.database import SCHEMA_VERSION, backup_path, open_database, schema_version
from app.store.history import HistoryStore

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "history-v5.sqlite3"


def texts(store: HistoryStore, conversation_id: int) -> list[str]:
    return [m.content for m in store.messages(conversation_id)]


def test_new_versions_show_and_the_old_ones_stay_one_switch_away(tmp_path: Path) -> None:
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    cid = store.create_conversation().id
    question = store.add_message(cid, "user", "Q")
    first = store.add_message(cid, "assistant", "A1")
    second = store.add_message(cid, "assistant", "A2", parent=question.id)
    third = store.add_message(cid, "assistant", "A3", parent=question.id)
    assert texts(store, cid) == ["Q", "A3"]
    assert store.versions(cid)[first.id] == (first.id, second.id, third.id)
    store.show_version(first.id)
    store.add_message(cid, "user", "Follow-up on A1")
    assert texts(store, cid) == ["Q", "A1", "Follow-up on A1"]
    store.show_version(third.id)
    assert texts(store, cid) == ["Q", "A3"]
    store.show_version(first.id)  # its branch below is remembered
    assert texts(store, cid) == ["Q", "A1", "Follow-up on A1"]
    assert store.count_messages(cid) == 3
    assert [m.content for m in store.last_messages(cid, 2)] == ["A1", "Follow-up on A1"]
    follow = store.messages(cid)[2]
    assert [m.content for m in store.messages_before(cid, follow.id, 5)] == ["Q", "A1"]


def test_an_edited_first_prompt_keeps_the_original_branch(tmp_path: Path) -> None:
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    cid = store.create_conversation().id
    original = store.add_message(cid, "user", "Q")
    store.add_message(cid, "assistant", "A")
    edited = store.add_message(cid, "user", "Better Q", parent=None)
    store.add_message(cid, "assistant", "Better A")
    assert texts(store, cid) == ["Better Q", "Better A"]
    assert store.versions(cid)[edited.id] == (original.id, edited.id)
    store.show_version(original.id)
    assert texts(store, cid) == ["Q", "A"]


def test_deleting_a_version_shows_the_newest_one_left(tmp_path: Path) -> None:
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    cid = store.create_conversation().id
    question = store.add_message(cid, "user", "Q")
    store.add_message(cid, "assistant", "A1")
    second = store.add_message(cid, "assistant", "A2", parent=question.id)
    store.add_message(cid, "user", "More")  # after A2: goes with it
    assert store.delete_messages_from(cid, second.id) == 2
    assert texts(store, cid) == ["Q", "A1"]
    assert store.versions(cid) == {}


def test_a_database_of_the_previous_release_migrates_to_one_branch_each(tmp_path: Path) -> None:
    """tests/fixtures/history-v5.sqlite3 was made by the release before versions (a
    thinking chat, a cut-off answer, a comparison): every message is kept, in order, each
    conversation one branch, a backup made first."""
    path = tmp_path / "history.sqlite3"
    shutil.copy(FIXTURE, path)
    with sqlite3.connect(FIXTURE) as old:
        before = old.execute(
            "SELECT id, conversation_id, role, content, reasoning, cost FROM messages ORDER BY id"
        ).fetchall()
        ledger = old.execute("SELECT * FROM ledger ORDER BY id").fetchall()
    connection = open_database(path)
    assert schema_version(connection) == SCHEMA_VERSION
    assert backup_path(path, 5).exists()
    store = HistoryStore(connection)
    conversations = sorted({row[1] for row in before})
    shown = [
        (m.id, m.conversation_id, m.role, m.content, m.reasoning)
        for cid in conversations
        for m in store.messages(cid)
    ]
    assert shown == [row[:5] for row in before]
    assert connection.execute("SELECT COUNT(*) FROM ledger").fetchone()[0] == len(ledger)
    assert all(store.versions(cid) == {} for cid in conversations)


def test_a_long_chain_deletes_whole(tmp_path: Path) -> None:
    """Thousands of messages in one branch (a migrated or imported conversation) delete as
    a whole: a version, a conversation, a version taken out for Undo."""
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    chats = [store.create_conversation().id for _ in range(3)]
    for cid in chats:
        store.add_messages(cid, [ChatMessage("user", f"m{i}") for i in range(1_500)])
    first = store.messages(chats[0])[0]
    assert store.delete_messages_from(chats[0], first.id) == 1_500
    assert store.messages(chats[0]) == []
    store.delete_conversation(chats[1])
    assert store.get_conversation(chats[1]) is None
    taken = store.take_out_version(store.messages(chats[2])[0].id)
    assert len(taken.rows) == 1_500 and store.count_messages(chats[2]) == 0
    store.put_back(taken)
    assert store.count_messages(chats[2]) == 1_500


def test_damaged_pointers_neither_loop_nor_show_another_conversation(tmp_path: Path) -> None:
    """A cycle of chosen children, or a pointer into another conversation, written by a
    damaged file: the branch stops where the pointers stop being a real child."""
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    mine, other = store.create_conversation().id, store.create_conversation().id
    a = store.add_message(mine, "user", "A")
    b = store.add_message(mine, "assistant", "B")
    theirs = store.add_message(other, "user", "Not yours")
    db = store._db
    db.execute("UPDATE messages SET chosen_child_id = ? WHERE id = ?", (a.id, b.id))  # a cycle
    assert texts(store, mine) == ["A", "B"]
    assert store.count_messages(mine) == 2
    db.execute("UPDATE messages SET chosen_child_id = ? WHERE id = ?", (theirs.id, b.id))
    assert texts(store, mine) == ["A", "B"]
    assert [m.content for m in store.branch_from(a.id)] == ["A", "B"]
    store.add_message(mine, "user", "C")  # after the last real message
    assert texts(store, mine) == ["A", "B", "C"]


def test_the_messages_a_version_followed_are_its_own_branch(tmp_path: Path) -> None:
    """What an answer was asked with (its cost estimate) is its own branch, even when
    another one is on screen."""
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    cid = store.create_conversation().id
    question = store.add_message(cid, "user", "Q")
    first = store.add_message(cid, "assistant", "A1")
    store.add_message(cid, "user", "Follow-up")
    late = store.add_message(cid, "assistant", "Late answer")
    store.add_message(cid, "assistant", "A2", parent=question.id)  # now on screen
    assert texts(store, cid) == ["Q", "A2"]
    assert [m.content for m in store.messages_leading_to(late.id)] == ["Q", "A1", "Follow-up"]
    assert [m.id for m in store.messages_leading_to(first.id)] == [question.id]
    assert store.messages_leading_to(question.id) == []


def test_the_versions_of_an_answer_share_one_family_tuple(tmp_path: Path) -> None:
    """Each version maps to the same tuple: a copy per version made the map N² in memory
    (an answer regenerated 4,000 times held 16 million ids; the soak's growth)."""
    store = HistoryStore(open_database(tmp_path / "h.sqlite3"))
    cid = store.create_conversation().id
    question = store.add_message(cid, "user", "Q")
    answers = [store.add_message(cid, "assistant", f"A{i}", parent=question.id) for i in range(50)]
    versions = store.versions(cid)
    family = tuple(a.id for a in answers)
    assert set(versions) == set(family)
    assert all(versions[a.id] == family for a in answers)
    assert len({id(versions[a.id]) for a in answers}) == 1
