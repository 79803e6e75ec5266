"""HistoryStore keeps attachments, annotations and web searches (real SQLite files)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.attachments import Attachment
from app.core.conversation import MessageStatus
from app.store.database import open_database
from app.store.history import HistoryStore
from tests.helpers.clocks import TickingClock

PHOTO = Attachment("a" * 64, "photo.png", "image/png", "image", 1234, width=640, height=480)
PAPER = Attachment("b" * 64, "paper.pdf", "application/pdf", "pdf", 9999, pages=3, text_layer=True)
SOURCE = {"type": "url_citation", "url_citation": {"url": "https://example.org/a", "title": "A"}}
PARSED = {"type": "file", "file": {"hash": "h1", "name": "paper.pdf", "content": []}}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[HistoryStore]:
    connection = open_database(db_path)
    yield HistoryStore(connection, clock=TickingClock(1_700_000_000.0))
    connection.close()


def test_attachments_are_stored_in_order_and_read_by_every_read(
    store: HistoryStore, db_path: Path
) -> None:
    cid = store.create_conversation().id
    user = store.add_message(cid, "user", "What is this?", attachments=(PHOTO, PAPER))
    answer = store.add_message(cid, "assistant", "A cat.")
    assert user.attachments == (PHOTO, PAPER)
    assert answer.attachments == ()
    got = store.get_message(user.id)
    assert got is not None and got.attachments == (PHOTO, PAPER)
    assert store.messages(cid)[0].attachments == (PHOTO, PAPER)
    assert store.last_messages(cid, 5)[0].attachments == (PHOTO, PAPER)
    assert store.branch_from(user.id)[0].attachments == (PHOTO, PAPER)
    assert store.messages_leading_to(answer.id)[0].attachments == (PHOTO, PAPER)
    assert store.version_tree(cid).messages[0].attachments == (PHOTO, PAPER)
    # A new store on the same file (a restart) reads them back.
    connection = open_database(db_path)
    try:
        again = HistoryStore(connection).messages(cid)
    finally:
        connection.close()
    assert again[0].attachments == (PHOTO, PAPER)
    assert store.used_digests() == {PHOTO.digest, PAPER.digest}


def test_a_damaged_attachment_row_is_left_out(store: HistoryStore, db_path: Path) -> None:
    cid = store.create_conversation().id
    user = store.add_message(cid, "user", "Look", attachments=(PHOTO, PAPER))
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "UPDATE message_attachments SET meta_json = '{\"digest\": 1}' WHERE position = 0"
        )
    got = store.get_message(user.id)
    assert got is not None and got.attachments == (PAPER,)


def test_a_failed_attachment_write_stores_no_message(store: HistoryStore, db_path: Path) -> None:
    cid = store.create_conversation().id
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON message_attachments"
            " BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
    with pytest.raises(sqlite3.IntegrityError):
        store.add_message(cid, "user", "Look", attachments=(PHOTO,))
    assert store.messages(cid) == []  # one transaction: no prompt without its files


def test_annotations_and_searches_round_trip_through_update(store: HistoryStore) -> None:
    cid = store.create_conversation().id
    store.add_message(cid, "user", "News?")
    answer = store.add_message(cid, "assistant", "", status=MessageStatus.STREAMING)
    stored = store.update_message(answer.id, annotations=[SOURCE, PARSED], web_searches=2)
    assert stored.annotations == (SOURCE, PARSED)
    assert stored.web_searches == 2
    assert store.messages(cid)[1].annotations == (SOURCE, PARSED)
    cleared = store.update_message(answer.id, annotations=[], web_searches=None)
    assert cleared.annotations == () and cleared.web_searches is None


def test_wrong_annotations_are_dropped_when_written_and_read(
    store: HistoryStore, db_path: Path
) -> None:
    cid = store.create_conversation().id
    answer = store.add_message(cid, "assistant", "x", annotations=[SOURCE, "junk", {"no": 1}])
    assert answer.annotations == (SOURCE,)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE messages SET annotations_json = '{bad', web_searches = -3")
    got = store.get_message(answer.id)
    assert got is not None and got.annotations == () and got.web_searches is None


def test_a_copy_keeps_attachments_annotations_and_searches(store: HistoryStore) -> None:
    cid = store.create_conversation().id
    store.add_message(cid, "user", "First", attachments=(PAPER,))
    store.add_message(cid, "assistant", "One", annotations=[PARSED], web_searches=1)
    store.add_message(cid, "user", "Second", attachments=(PHOTO,))
    store.add_message(cid, "assistant", "Two")
    copy = store.copy_conversation(cid, "Copy")
    messages = store.messages(copy.id)
    assert [m.attachments for m in messages] == [(PAPER,), (), (PHOTO,), ()]
    assert messages[1].annotations == (PARSED,) and messages[1].web_searches == 1
    tail = store.copy_conversation(cid, "Tail", last_turns=1)
    assert [m.attachments for m in store.messages(tail.id)] == [(PHOTO,), ()]


def test_a_version_taken_out_and_put_back_keeps_its_attachments(store: HistoryStore) -> None:
    cid = store.create_conversation().id
    first = store.add_message(cid, "user", "Look", attachments=(PHOTO,))
    store.add_message(cid, "assistant", "A cat.")
    edited = store.add_message(cid, "user", "Look again", parent=None, attachments=(PAPER,))
    taken = store.take_out_version(edited.id)
    assert store.used_digests() == {PHOTO.digest}
    assert store.put_back(taken).attachments == (PAPER,)
    assert store.get_message(first.id).attachments == (PHOTO,)  # type: ignore[union-attr]


def test_deleting_messages_forgets_their_digests(store: HistoryStore) -> None:
    cid = store.create_conversation().id
    user = store.add_message(cid, "user", "Look", attachments=(PHOTO,))
    store.delete_messages_from(cid, user.id)
    assert store.used_digests() == set()


def test_stored_annotations_are_not_checked_again_on_every_read(
    store: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review of #18, finding 20: checked when written, so a read only parses them."""
    import app.core.messages as messages
    import app.store.history as history

    cid = store.create_conversation().id
    big = {"type": "file", "file": {"hash": "h2", "name": "big.pdf", "content": [{"t": "x"}] * 50}}
    store.add_message(cid, "assistant", "Read.", annotations=[SOURCE, big])
    walked: list[object] = []
    real = messages._plain

    def counting(value: object, depth: int) -> object:
        walked.append(value)
        return real(value, depth)

    monkeypatch.setattr(messages, "_plain", counting)
    monkeypatch.setattr(history, "checked_annotations", lambda raw: pytest.fail("checked again"))
    (answer,) = store.messages(cid)
    assert answer.annotations == (SOURCE, big)
    assert walked == []


def test_a_stored_annotation_of_the_wrong_outline_is_dropped_and_the_rest_kept(
    store: HistoryStore, db_path: Path
) -> None:
    cid = store.create_conversation().id
    answer = store.add_message(cid, "assistant", "Rain.", annotations=[SOURCE])
    damaged = (
        '[{"type": "url_citation", "url_citation": {"url": "javascript:alert(1)"}},'
        ' {"type": "file", "file": {"hash": 3, "name": "x", "content": []}},'
        ' {"type": "file", "file": {"hash": "h", "name": "x", "content": "text"}},'
        ' "odd", {"type": "other"},'
        ' {"type": "url_citation", "url_citation": {"url": "https://example.org/a", "title": "A"}}]'
    )
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE messages SET annotations_json = ? WHERE id = ?", (damaged, answer.id))
    (read,) = store.messages(cid)
    assert read.annotations == (SOURCE,)
    with sqlite3.connect(db_path) as raw:
        raw.execute('UPDATE messages SET annotations_json = \'{"not": "a list"}\'')
    assert store.messages(cid)[0].annotations == ()
