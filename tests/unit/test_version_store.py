"""Versions in the store: the branch below a switched version, and deleting a version with
what followed it so that Undo puts every row back as it was."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.core.conversation import MessageStatus
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger, LedgerEntry


def texts(store: HistoryStore, conversation_id: int) -> list[str]:
    return [m.content for m in store.messages(conversation_id)]


@pytest.fixture
def stores(tmp_path: Path) -> tuple[HistoryStore, Ledger]:
    connection = open_database(tmp_path / "h.sqlite3")
    return HistoryStore(connection), Ledger(connection)


def test_the_branch_from_a_version_follows_its_chosen_children(
    stores: tuple[HistoryStore, Ledger],
) -> None:
    store, _ = stores
    cid = store.create_conversation().id
    question = store.add_message(cid, "user", "Q")
    first = store.add_message(cid, "assistant", "A1")
    store.add_message(cid, "user", "More about A1")
    store.add_message(cid, "assistant", "B1")
    second = store.add_message(cid, "assistant", "A2", parent=question.id)
    assert [m.content for m in store.branch_from(second.id)] == ["A2"]
    store.show_version(first.id)
    assert [m.content for m in store.branch_from(first.id)] == ["A1", "More about A1", "B1"]
    assert store.branch_from(10_000) == []


def test_is_streaming_follows_the_answers_status(stores: tuple[HistoryStore, Ledger]) -> None:
    store, _ = stores
    cid = store.create_conversation().id
    store.add_message(cid, "user", "Q")
    answer = store.add_message(cid, "assistant", "", status=MessageStatus.STREAMING)
    assert store.is_streaming(cid)
    store.update_message(answer.id, status=MessageStatus.COMPLETE)
    assert not store.is_streaming(cid)


def test_take_out_and_put_back_restore_every_row_and_pointer(
    stores: tuple[HistoryStore, Ledger],
) -> None:
    store, ledger = stores
    cid = store.create_conversation().id
    question = store.add_message(cid, "user", "Q")
    store.add_message(cid, "assistant", "A1")
    second = store.add_message(
        cid, "assistant", "A2", parent=question.id, cost=Decimal("0.0021"), model="m/x"
    )
    follow = store.add_message(cid, "user", "Follow-up")
    deep = store.add_message(cid, "assistant", "Deep", reasoning="hmm", thinking_s=2.5)
    deep_v2 = store.add_message(cid, "assistant", "Deep 2", parent=follow.id)
    store.show_version(deep.id)  # the older one shows: undo must bring that back too
    store.add_message(cid, "assistant", "A3", parent=question.id)
    store.show_version(second.id)
    spent = ledger.record(
        LedgerEntry(Decimal("0.0021"), billed=True, conversation_id=cid, message_id=second.id)
    )
    before = store.messages(cid)
    versions_before = store.versions(cid)
    assert texts(store, cid) == ["Q", "A2", "Follow-up", "Deep"]

    taken = store.take_out_version(second.id)

    assert (taken.which, taken.count) == (2, 3)
    assert texts(store, cid) == ["Q", "A3"]  # the newest left shows
    assert store.get_message(deep_v2.id) is None  # what followed went with it
    entry = ledger.get(spent)
    assert entry is not None and entry.message_id is None  # money spent stays spent
    assert ledger.total() == Decimal("0.0021")

    restored = store.put_back(taken)

    assert restored == second
    assert store.messages(cid) == before
    assert store.versions(cid) == versions_before
    entry = ledger.get(spent)
    assert entry is not None and entry.message_id == second.id
    store.show_version(deep_v2.id)
    assert texts(store, cid) == ["Q", "A2", "Follow-up", "Deep 2"]


def test_take_out_a_first_prompt_and_put_it_back(stores: tuple[HistoryStore, Ledger]) -> None:
    store, _ = stores
    cid = store.create_conversation().id
    original = store.add_message(cid, "user", "Q")
    store.add_message(cid, "assistant", "A")
    store.add_message(cid, "user", "Better Q", parent=None)
    store.show_version(original.id)
    taken = store.take_out_version(original.id)
    assert (taken.which, taken.count) == (1, 2)
    assert texts(store, cid) == ["Better Q"]
    store.put_back(taken)
    assert texts(store, cid) == ["Q", "A"]


def test_put_back_after_what_it_followed_is_gone_fails_and_changes_nothing(
    stores: tuple[HistoryStore, Ledger],
) -> None:
    store, _ = stores
    cid = store.create_conversation().id
    question = store.add_message(cid, "user", "Q")
    first = store.add_message(cid, "assistant", "A1")
    store.add_message(cid, "assistant", "A2", parent=question.id)
    taken = store.take_out_version(first.id)
    store.delete_messages_from(cid, question.id)
    with pytest.raises(KeyError):
        store.put_back(taken)
    assert store.get_message(first.id) is None
    with pytest.raises(KeyError):
        store.take_out_version(first.id)


def test_the_chat_service_switches_and_deletes_only_between_answers(
    stores: tuple[HistoryStore, Ledger],
) -> None:
    from app.services.chat import ChatService

    store, _ = stores
    service = ChatService(None, store)  # type: ignore[arg-type]  # (nothing is sent here)
    cid = store.create_conversation().id
    question = store.add_message(cid, "user", "Q")
    first = store.add_message(cid, "assistant", "A1")
    store.add_message(cid, "user", "More")
    second = store.add_message(cid, "assistant", "A2", parent=question.id)
    streaming = store.add_message(cid, "user", "Next")
    answer = store.add_message(cid, "assistant", "", status=MessageStatus.STREAMING)
    assert service.show_version(first.id) is None  # not while an answer is being written
    assert service.delete_version(second.id) is None
    assert texts(store, cid) == ["Q", "A2", "Next", ""]
    store.update_message(answer.id, status=MessageStatus.COMPLETE)
    branch = service.show_version(first.id)
    assert branch is not None and [m.content for m in branch] == ["A1", "More"]
    taken = service.delete_version(second.id)
    assert taken is not None and store.get_message(streaming.id) is None
    assert service.deleted_versions(cid) == [taken]  # Undo, for the session
    restored = service.restore_version(taken)
    assert restored is not None and [m.content for m in restored] == ["A2", "Next", ""]
    assert service.deleted_versions(cid) == []
    gone = service.delete_version(second.id)
    assert gone is not None
    store.delete_messages_from(cid, question.id)
    with pytest.raises(KeyError):
        service.restore_version(gone)  # what it followed is gone: it cannot come back
    assert service.deleted_versions(cid) == []
    with pytest.raises(KeyError):
        service.show_version(10_000)
