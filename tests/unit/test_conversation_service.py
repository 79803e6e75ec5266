"""Conversation use cases against a real SQLite history: no Qt, no mocks."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.conversation import ChatSettings
from app.services.conversations import (
    RENAME_MAX,
    ConversationError,
    ConversationService,
    clean_title,
    export_file_name,
    import_limits,
)
from app.store.comparisons import ComparisonStore
from app.store.database import open_database
from app.store.history import HistoryStore

from .conftest import run


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[ConversationService, HistoryStore, ComparisonStore]]:
    connection = open_database(tmp_path / "history.sqlite3")
    history = HistoryStore(connection)
    comparisons = ComparisonStore(connection, history)
    yield ConversationService(history, comparisons), history, comparisons
    connection.close()


World = tuple[ConversationService, HistoryStore, ComparisonStore]


def test_an_empty_conversation_closes_without_a_trace_and_a_used_one_stays(world: World) -> None:
    service, history, _ = world
    empty, used = service.create(), service.create()
    history.add_message(used.id, "user", "Hello")
    assert service.close_if_empty(empty.id) and history.get_conversation(empty.id) is None
    assert not service.close_if_empty(used.id) and service.get(used.id) is not None


def test_rename_cleans_and_limits_the_title_and_ignores_a_blank_one(world: World) -> None:
    service, history, _ = world
    conversation = service.create()
    assert service.rename(conversation.id, "  A \n new\ttitle ") == "A new title"
    assert history.get_conversation(conversation.id).title == "A new title"  # type: ignore[union-attr]
    assert service.rename(conversation.id, "   \n") is None
    assert history.get_conversation(conversation.id).title == "A new title"  # type: ignore[union-attr]
    assert len(clean_title("x" * 1000)) == RENAME_MAX


def test_delete_removes_a_conversation_and_a_comparison(world: World) -> None:
    service, history, comparisons = world
    conversation = service.create()
    history.add_message(conversation.id, "user", "Hello")
    service.delete(conversation.id)
    assert service.get(conversation.id) is None and history.messages(conversation.id) == []
    comparison = comparisons.create("Two", [("a", ChatSettings()), ("b", ChatSettings())])
    assert service.get_comparison(comparison.id) is not None
    service.delete_comparison(comparison.id)
    assert service.get_comparison(comparison.id) is None


def test_export_then_import_round_trips_and_says_what_it_did(world: World, tmp_path: Path) -> None:
    service, history, _ = world
    conversation = service.create()
    history.add_message(conversation.id, "user", "Export me")
    history.add_message(conversation.id, "assistant", "An answer.")
    target = tmp_path / "out.json"
    run(service.export(conversation.id, target, "json"))
    data = json.loads(target.read_text())
    assert [m["content"] for m in data["messages"]] == ["Export me", "An answer."]
    md = tmp_path / "out.md"
    run(service.export(conversation.id, md, "md"))
    assert "Export me" in md.read_text()
    result = run(service.import_file(target))
    assert [m.content for m in history.messages(result.conversation.id)] == [
        "Export me",
        "An answer.",
    ]
    assert result.summary == f"Imported “{result.conversation.title}”."


def test_import_notes_dropped_parameters_and_folded_system_messages(
    world: World, tmp_path: Path
) -> None:
    service, _, _ = world
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            {
                "title": "Odd",
                "settings": {"params": {"temperature": 99}},
                "messages": [
                    {"role": "user", "content": "hi"},
                    {"role": "system", "content": "be brief"},
                ],
            }
        )
    )
    result = run(service.import_file(path))
    assert "added to its system prompt" in result.summary


def test_a_bad_file_is_refused_in_plain_words_and_nothing_is_imported(
    world: World, tmp_path: Path
) -> None:
    service, history, _ = world
    bad = tmp_path / "bad.json"
    bad.write_text("not json")
    with pytest.raises(ConversationError) as refused:
        run(service.import_file(bad))
    assert refused.value.user_message.startswith(
        "This file is not a conversation Switchboard can read: "
    )
    with pytest.raises(ConversationError) as missing:
        run(service.import_file(tmp_path / "gone.json"))
    assert missing.value.user_message.startswith("Could not read gone.json: ")
    with pytest.raises(ConversationError) as folder:
        run(service.import_file(tmp_path))
    assert "it is not an ordinary file" in folder.value.user_message
    assert history.list_conversations() == []


def test_an_import_the_history_cannot_store_is_undone_whole(world: World, tmp_path: Path) -> None:
    service, history, _ = world
    path = tmp_path / "ok.json"
    path.write_text(json.dumps({"title": "T", "messages": [{"role": "user", "content": "hi"}]}))
    other = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None, timeout=0)
    history._db.execute("PRAGMA busy_timeout = 10")  # not SQLite's usual 5 s wait
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(ConversationError) as refused:
            run(service.import_file(path))
    finally:
        other.close()
    message = refused.value.user_message
    assert message.startswith("Could not save the imported conversation to your history: ")
    assert message.endswith("Nothing was imported.")
    assert history.list_conversations() == []


def test_an_export_that_cannot_be_written_says_so(world: World, tmp_path: Path) -> None:
    service, history, comparisons = world
    conversation = service.create()
    history.add_message(conversation.id, "user", "Hello")
    with pytest.raises(ConversationError) as refused:
        run(service.export(conversation.id, tmp_path / "no-such-folder" / "x.md", "md"))
    assert refused.value.user_message.startswith("Could not save the export: ")
    comparison = comparisons.create("Two", [("a", ChatSettings()), ("b", ChatSettings())])
    target = tmp_path / "comparison.md"
    run(service.export_comparison(comparison.id, target))
    assert "Two" in target.read_text()


def test_names_and_limits_offered_to_the_file_dialogs() -> None:
    assert export_file_name("What? A/B test!", "md") == "What AB test.md"
    assert export_file_name("???", "json") == "conversation.json"
    assert import_limits() == "up to 64 MB, 20,000 messages"


def _three_turns(history: HistoryStore) -> tuple[int, list[int]]:
    """Q1 A1 Q2 A2 (an older A2 off screen) Q3 A3; the ids on screen, in order."""
    cid = history.create_conversation("Plan", ChatSettings(system_prompt="Short.")).id
    ids = [history.add_message(cid, "user", "Q1").id]
    ids.append(history.add_message(cid, "assistant", "A1").id)
    ids.append(history.add_message(cid, "user", "Q2").id)
    history.add_message(cid, "assistant", "A2 old")
    ids.append(history.add_message(cid, "assistant", "A2", parent=ids[2], model="m/x").id)
    ids.append(history.add_message(cid, "user", "Q3").id)
    ids.append(history.add_message(cid, "assistant", "A3").id)
    return cid, ids


def test_fork_copies_the_branch_on_screen_up_to_a_message_or_its_last_turns(
    world: World,
) -> None:
    service, history, _ = world
    cid, ids = _three_turns(history)
    plan = service.fork_plan(cid, ids[3])
    assert plan is not None and plan.turns == 2
    assert [m.content for m in plan.messages] == ["Q1", "A1", "Q2", "A2"]
    assert [m.content for m in plan.kept(1)] == ["Q2", "A2"]
    assert [m.content for m in plan.kept(5)] == ["Q1", "A1", "Q2", "A2"]
    whole_tokens, whole_cost = plan.context()
    assert whole_cost is None  # no price known
    assert plan.context(1)[0] < whole_tokens
    copy = service.fork(cid, ids[3])
    assert copy.title == "Plan (continued)" and copy.settings.system_prompt == "Short."
    copied = history.messages(copy.id)
    assert [m.content for m in copied] == ["Q1", "A1", "Q2", "A2"]
    assert copied[3].model == "m/x" and history.versions(copy.id) == {}
    short = service.fork(cid, ids[5], last_turns=1)
    assert [m.content for m in history.messages(short.id)] == ["Q3", "A3"]
    again = service.fork(copy.id, copied[1].id)
    assert again.title == "Plan (continued)"  # not "(continued) (continued)"
    assert [m.content for m in history.messages(again.id)] == ["Q1", "A1"]
    history.show_version(history.versions(cid)[ids[3]][0])  # the old A2 on screen now
    assert service.fork_plan(cid, ids[5]) is None  # Q3 is off screen
    with pytest.raises(ConversationError):
        service.fork(cid, ids[5])
    assert [m.content for m in history.messages(cid)] == ["Q1", "A1", "Q2", "A2 old"]
