"""Numbers already in the database that no real answer could have (written by an older
version, or by hand) read back as unknown, and impossible figures are never written
(issue #12, item 7); text with lone surrogates is stored, not refused (item 6)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.core.conversation import MessageStatus
from app.core.money import format_usd
from app.core.text import REPLACEMENT
from app.store.database import open_memory_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger, LedgerEntry

HUGE_TOKENS = 2**63 - 1  # the largest INTEGER SQLite holds


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    connection = open_memory_database()
    yield connection
    connection.close()


def test_an_impossible_stored_cost_reads_back_as_unknown(db: sqlite3.Connection) -> None:
    history = HistoryStore(db)
    conversation = history.create_conversation()
    answer = history.add_message(conversation.id, "assistant", "text", cost=Decimal("0.01"))
    for stored in ("1E+30", "-3", "NaN", "Infinity", "garbage"):
        db.execute("UPDATE messages SET cost = ? WHERE id = ?", (stored, answer.id))
        assert history.messages(conversation.id)[0].cost is None, stored


def test_impossible_stored_token_counts_read_back_as_unknown(db: sqlite3.Connection) -> None:
    history = HistoryStore(db)
    conversation = history.create_conversation()
    answer = history.add_message(conversation.id, "assistant", "text")
    db.execute(
        "UPDATE messages SET prompt_tokens = ?, completion_tokens = ?, elapsed_s = ? WHERE id = ?",
        (HUGE_TOKENS, -5, 1e300, answer.id),
    )
    message = history.messages(conversation.id)[0]
    assert message.prompt_tokens is None and message.completion_tokens is None
    assert message.elapsed_s is None


def test_impossible_figures_are_never_written(db: sqlite3.Connection) -> None:
    """An older version lost the answer here: ``OverflowError`` for tokens ≥ 2**63."""
    history = HistoryStore(db)
    conversation = history.create_conversation()
    answer = history.add_message(conversation.id, "assistant", "", status=MessageStatus.STREAMING)
    message = history.update_message(
        answer.id,
        content="the whole answer",
        status=MessageStatus.COMPLETE,
        prompt_tokens=2**64,
        completion_tokens=2**63,
        cost=Decimal("1e30"),
    )
    assert message.content == "the whole answer"
    assert message.prompt_tokens is None and message.completion_tokens is None
    assert message.cost is None
    row = db.execute("SELECT cost, prompt_tokens FROM messages WHERE id = ?", (answer.id,))
    assert row.fetchone() == (None, None)


def test_text_with_lone_surrogates_is_stored_cleaned(db: sqlite3.Connection) -> None:
    history = HistoryStore(db)
    conversation = history.create_conversation()
    answer = history.add_message(conversation.id, "assistant", "a\ud83d")
    message = history.update_message(answer.id, content="x\ud83d\ude00y\ude00")
    assert message.content == f"x\U0001f600y{REPLACEMENT}"
    assert history.messages(conversation.id)[0].content == message.content


def test_an_impossible_ledger_cost_counts_as_unknown(db: sqlite3.Connection) -> None:
    ledger = Ledger(db, clock=lambda: 1_000_000.0)
    ledger.record(LedgerEntry(cost=Decimal("0.25")))
    row = ledger.record(LedgerEntry(cost=Decimal("0.5"), prompt_tokens=3))
    db.execute(
        "UPDATE ledger SET cost = '1E+30', prompt_tokens = ?, completion_tokens = -1 WHERE id = ?",
        (HUGE_TOKENS, row),
    )
    assert ledger.total() == Decimal("0.25")
    assert ledger.today() == Decimal("0.25")
    format_usd(ledger.total())
    entry = ledger.get(row)
    assert entry is not None
    assert entry.cost == 0 and entry.prompt_tokens is None and entry.completion_tokens is None


def test_an_impossible_cost_is_not_recorded_in_the_ledger(db: sqlite3.Connection) -> None:
    ledger = Ledger(db)
    with pytest.raises(ValueError):
        ledger.record(LedgerEntry(cost=Decimal("1e30")))
    entry_id = ledger.record(LedgerEntry(cost=Decimal("0.1"), prompt_tokens=2**64))
    entry = ledger.get(entry_id)
    assert entry is not None and entry.prompt_tokens is None


@pytest.mark.parametrize("amount", ["1e30", "1e27", "-1e40", "NaN", "Infinity"])
def test_format_usd_never_raises(amount: str) -> None:
    assert isinstance(format_usd(Decimal(amount)), str)


def test_impossible_stored_times_read_back_as_the_epoch(db: sqlite3.Connection) -> None:
    history = HistoryStore(db)
    conversation = history.create_conversation()
    history.add_message(conversation.id, "assistant", "text")
    db.execute("UPDATE conversations SET created_at = 1e300, updated_at = -1e300")
    db.execute("UPDATE messages SET created_at = 'soon'")
    reread = history.get_conversation(conversation.id)
    assert reread is not None and (reread.created_at, reread.updated_at) == (0.0, 0.0)
    assert history.list_conversations()[0].updated_at == 0.0
    assert history.messages(conversation.id)[0].created_at == 0.0
    ledger = Ledger(db)
    entry_id = ledger.record(LedgerEntry(cost=Decimal("0.1"), created_at=1e300))
    entry = ledger.get(entry_id)
    assert entry is not None and entry.created_at == 0.0
