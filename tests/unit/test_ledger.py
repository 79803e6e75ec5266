"""The cost ledger: exact Decimal totals, local calendar periods, CSV export, migration 3."""

from __future__ import annotations

import csv
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from app.store.database import (
    _MIGRATIONS,
    SCHEMA_VERSION,
    backup_path,
    open_database,
    schema_version,
)
from app.store.history import HistoryStore
from app.store.ledger import CSV_HEADER, Ledger, LedgerEntry
from tests.helpers.clocks import Clock

D = Decimal
EST = timezone(timedelta(hours=-5))  # a fixed local zone: UTC-5


def at(year: int, month: int, day: int, *hms: int, tz: timezone = EST) -> float:
    """A timestamp for a wall-clock time in ``tz``."""
    hour, minute, second = (*hms, 0, 0, 0)[:3]
    return datetime(year, month, day, hour, minute, second, tzinfo=tz).timestamp()


@pytest.fixture
def connection(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    db = open_database(tmp_path / "history.sqlite3")
    yield db
    db.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(at(2026, 3, 10, 12, 0))


@pytest.fixture
def ledger(connection: sqlite3.Connection, clock: Clock) -> Ledger:
    return Ledger(connection, clock, tz=EST)


@pytest.fixture
def history(connection: sqlite3.Connection, clock: Clock) -> HistoryStore:
    return HistoryStore(connection, clock=clock)


# -- rows --------------------------------------------------------------------------------------


def test_a_row_comes_back_exactly_as_recorded(ledger: Ledger, clock: Clock) -> None:
    entry_id = ledger.record(
        LedgerEntry(
            cost=D("0.00093"),
            billed=True,
            generation_id="gen-1",
            model="microsoft/wizardlm-2-8x22b",
            provider="DeepInfra",
            prompt_tokens=1000,
            completion_tokens=500,
        )
    )
    entry = ledger.get(entry_id)
    assert entry == LedgerEntry(
        cost=D("0.00093"),
        billed=True,
        generation_id="gen-1",
        model="microsoft/wizardlm-2-8x22b",
        provider="DeepInfra",
        prompt_tokens=1000,
        completion_tokens=500,
        created_at=clock.now,
        id=entry_id,
    )
    assert str(entry.cost) == "0.00093"
    assert ledger.get(entry_id + 1) is None


def test_costs_must_be_exact_and_not_negative(ledger: Ledger) -> None:
    with pytest.raises(TypeError):
        ledger.record(LedgerEntry(cost=0.00093))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="zero or more"):
        ledger.record(LedgerEntry(cost=D("-0.01")))
    with pytest.raises(ValueError, match="zero or more"):
        ledger.record(LedgerEntry(cost=D("NaN")))
    assert ledger.total() == 0


def test_an_estimate_is_replaced_by_the_billed_figure(ledger: Ledger) -> None:
    entry_id = ledger.record(LedgerEntry(cost=D("0.0009"), prompt_tokens=990, generation_id="g"))
    updated = ledger.update(
        entry_id, cost=D("0.00093"), billed=True, prompt_tokens=1000, completion_tokens=500
    )
    assert (updated.cost, updated.billed, updated.prompt_tokens) == (D("0.00093"), True, 1000)
    assert updated.generation_id == "g"
    assert ledger.total() == D("0.00093")
    with pytest.raises(KeyError):
        ledger.update(entry_id + 1, cost=D(1))
    with pytest.raises(TypeError):
        ledger.update(entry_id, created_at=0.0)  # type: ignore[call-arg]


def test_rows_are_found_by_message_and_by_generation(ledger: Ledger, history: HistoryStore) -> None:
    conversation = history.create_conversation()
    answer = history.add_message(conversation.id, "assistant", "Hi")
    entry_id = ledger.record(
        LedgerEntry(
            D("0.01"), conversation_id=conversation.id, message_id=answer.id, generation_id="g"
        )
    )
    assert ledger.by_message(answer.id) == ledger.by_generation("g") == ledger.get(entry_id)
    assert ledger.by_message(answer.id + 1) is None and ledger.by_generation("other") is None


# -- totals ------------------------------------------------------------------------------------


def test_totals_are_exact_decimal_sums(ledger: Ledger) -> None:
    for _ in range(10):
        ledger.record(LedgerEntry(D("0.1")))
    for _ in range(1000):
        ledger.record(LedgerEntry(D("0.00000062")))
    assert sum([0.1] * 10) != 1.0  # what a float SUM would get wrong
    assert ledger.total() == D("1.00062")


def test_totals_per_conversation(ledger: Ledger, history: HistoryStore) -> None:
    first, second = history.create_conversation(), history.create_conversation()
    ledger.record(LedgerEntry(D("0.00093"), conversation_id=first.id))
    ledger.record(LedgerEntry(D("0.0105"), conversation_id=first.id))
    ledger.record(LedgerEntry(D("0.5"), conversation_id=second.id))
    assert ledger.total_for_conversation(first.id) == D("0.01143")
    assert ledger.total_for_conversation(second.id) == D("0.5")
    assert ledger.total_for_conversation(999) == 0


def test_deleting_a_conversation_does_not_erase_money_spent(
    ledger: Ledger, history: HistoryStore
) -> None:
    conversation = history.create_conversation()
    answer = history.add_message(conversation.id, "assistant", "Hi")
    entry_id = ledger.record(
        LedgerEntry(D("0.25"), conversation_id=conversation.id, message_id=answer.id)
    )
    history.delete_conversation(conversation.id)
    entry = ledger.get(entry_id)
    assert entry is not None and entry.conversation_id is None and entry.message_id is None
    assert ledger.today() == ledger.this_month() == D("0.25")


def test_a_regenerated_answer_still_counts_for_its_conversation(
    ledger: Ledger, history: HistoryStore
) -> None:
    conversation = history.create_conversation()
    history.add_message(conversation.id, "user", "Q")
    answer = history.add_message(conversation.id, "assistant", "A")
    ledger.record(LedgerEntry(D("0.2"), conversation_id=conversation.id, message_id=answer.id))
    history.delete_messages_from(conversation.id, answer.id)
    assert ledger.total_for_conversation(conversation.id) == D("0.2")
    assert ledger.by_message(answer.id) is None


def test_a_row_for_something_already_deleted_is_kept_unlinked(ledger: Ledger) -> None:
    entry_id = ledger.record(LedgerEntry(D("0.3"), conversation_id=41, message_id=42))
    entry = ledger.get(entry_id)
    assert entry is not None and (entry.conversation_id, entry.message_id) == (None, None)
    assert ledger.total() == D("0.3")


# -- local calendar periods --------------------------------------------------------------------


def test_today_starts_at_local_midnight(ledger: Ledger, clock: Clock) -> None:
    clock.now = at(2026, 3, 10, 0, 30)  # 05:30 UTC
    ledger.record(LedgerEntry(D("1"), created_at=at(2026, 3, 9, 23, 59, 59)))
    ledger.record(LedgerEntry(D("0.02"), created_at=at(2026, 3, 10, 0, 0)))
    ledger.record(LedgerEntry(D("0.003"), created_at=at(2026, 3, 10, 0, 15)))
    assert ledger.start_of_day() == at(2026, 3, 10) == at(2026, 3, 10, 5, tz=UTC)
    assert ledger.today() == D("0.023")
    # In UTC it is the same day, yet 23:59 local the day before is not "today".
    assert datetime.fromtimestamp(at(2026, 3, 9, 23, 59, 59), UTC).day == 10


def test_this_month_starts_at_local_midnight_on_the_first(ledger: Ledger, clock: Clock) -> None:
    clock.now = at(2026, 3, 1, 8, 0)
    ledger.record(LedgerEntry(D("5"), created_at=at(2026, 2, 28, 23, 59)))
    ledger.record(LedgerEntry(D("0.5"), created_at=at(2026, 3, 1, 0, 0)))
    ledger.record(LedgerEntry(D("0.05"), created_at=at(2026, 3, 1, 7, 0)))
    assert ledger.start_of_month() == at(2026, 3, 1)
    assert ledger.this_month() == D("0.55")
    assert ledger.total_since(at(2026, 2, 1)) == D("5.55")
    assert ledger.total_since(at(2026, 2, 1), until=at(2026, 3, 1)) == D("5")


def test_the_day_moves_on_with_the_clock(ledger: Ledger, clock: Clock) -> None:
    clock.now = at(2026, 3, 10, 23, 0)
    ledger.record(LedgerEntry(D("0.4")))
    assert ledger.today() == D("0.4")
    clock.now = at(2026, 3, 11, 0, 0)
    assert ledger.today() == 0 and ledger.this_month() == D("0.4")
    clock.now = at(2026, 4, 1, 0, 0)
    assert ledger.this_month() == 0


@pytest.fixture
def new_york() -> Iterator[None]:
    """The process's local zone set to America/New_York (DST starts 2026-03-08 at 02:00)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX only")
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.usefixtures("new_york")
def test_without_a_zone_the_computers_local_time_is_used(
    connection: sqlite3.Connection, tmp_path: Path
) -> None:
    # Noon on the day clocks spring forward: midnight that day was still EST (UTC-5).
    noon_edt = datetime(2026, 3, 8, 16, 0, tzinfo=UTC).timestamp()
    ledger = Ledger(connection, Clock(noon_edt))
    assert ledger.start_of_day() == datetime(2026, 3, 8, 5, 0, tzinfo=UTC).timestamp()
    assert ledger.start_of_month() == datetime(2026, 3, 1, 5, 0, tzinfo=UTC).timestamp()
    ledger.record(
        LedgerEntry(D("1"), created_at=datetime(2026, 3, 8, 4, 59, tzinfo=UTC).timestamp())
    )
    ledger.record(
        LedgerEntry(D("0.1"), created_at=datetime(2026, 3, 8, 5, 0, tzinfo=UTC).timestamp())
    )
    assert ledger.today() == D("0.1") and ledger.this_month() == D("1.1")
    ledger.record(LedgerEntry(D("0.2")))
    path = tmp_path / "costs.csv"
    ledger.export_csv(path, since=noon_edt)
    assert path.read_text(encoding="utf-8").splitlines()[1].startswith("2026-03-08T12:00:00-04:00,")


# -- CSV export --------------------------------------------------------------------------------


def test_export_csv(ledger: Ledger, history: HistoryStore, tmp_path: Path) -> None:
    chat = history.create_conversation("Trip to Lisbon")
    gone = history.create_conversation("Deleted later")
    sneaky = history.create_conversation('=HYPERLINK("http://x")')
    ledger.record(
        LedgerEntry(
            D("0.00093"),
            billed=True,
            conversation_id=chat.id,
            generation_id="gen-1",
            model="microsoft/wizardlm-2-8x22b",
            provider="DeepInfra",
            prompt_tokens=1000,
            completion_tokens=500,
            reasoning_tokens=400,
            created_at=at(2026, 3, 10, 9, 30, 15),
            web_searches=2,
        )
    )
    ledger.record(
        LedgerEntry(
            D("9.3E-7"),
            conversation_id=gone.id,
            model="microsoft/wizardlm-2-8x22b",
            prompt_tokens=1,
            completion_tokens=None,
            created_at=at(2026, 3, 10, 9, 31),
        )
    )
    ledger.record(LedgerEntry(D("0"), conversation_id=sneaky.id, created_at=at(2026, 3, 11)))
    history.delete_conversation(gone.id)

    path = tmp_path / "costs.csv"
    assert ledger.export_csv(path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"time,conversation,model,")
    assert b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8").splitlines()))
    assert rows == [
        list(CSV_HEADER),
        [
            "2026-03-10T09:30:15-05:00",
            "Trip to Lisbon",
            "microsoft/wizardlm-2-8x22b",
            "DeepInfra",
            "1000",
            "500",
            "0.00093",
            "billed",
            "gen-1",
            "400",
            "2",
        ],
        [
            "2026-03-10T09:31:00-05:00",
            "",
            "microsoft/wizardlm-2-8x22b",
            "",
            "1",
            "",
            "0.00000093",
            "estimated",
            "",
            "",
            "",
        ],
        [
            "2026-03-11T00:00:00-05:00",
            '\'=HYPERLINK("http://x")',
            "",
            "",
            "",
            "",
            "0",
            "estimated",
            "",
            "",
            "",
        ],
    ]
    # A period, and a second export replacing the first.
    assert ledger.export_csv(path, since=at(2026, 3, 11)) == 1
    assert len(path.read_text(encoding="utf-8").splitlines()) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_an_export_that_cannot_be_written_leaves_nothing_behind(
    ledger: Ledger, tmp_path: Path
) -> None:
    ledger.record(LedgerEntry(D("0.1")))
    target = tmp_path / "missing-folder" / "costs.csv"
    with pytest.raises(OSError):
        ledger.export_csv(target)
    assert not target.parent.exists()


def test_an_empty_ledger_exports_only_the_header(ledger: Ledger, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    assert ledger.export_csv(path) == 0
    assert path.read_bytes() == (",".join(CSV_HEADER) + "\r\n").encode()


# -- migration 3 -------------------------------------------------------------------------------


def test_migrating_a_version_2_database_adds_the_ledger_with_past_costs(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(_MIGRATIONS[1] + _MIGRATIONS[2] + "PRAGMA user_version=2;")
    old.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'Old', 1, 1)"
    )
    rows = [
        (1, "user", "Q", None, 0),
        (1, "assistant", "A", "0.00093", 1),
        (1, "assistant", "B", "0.0001", 0),
        (1, "assistant", "failed, no cost", None, 0),
    ]
    old.executemany(
        "INSERT INTO messages (conversation_id, role, content, status, created_at, model, cost,"
        " cost_is_billed) VALUES (?, ?, ?, 'complete', 100.0, 'm', ?, ?)",
        rows,
    )
    old.commit()
    old.close()

    connection = open_database(path)
    try:
        assert schema_version(connection) == SCHEMA_VERSION
        ledger = Ledger(connection)
        assert ledger.total_for_conversation(1) == D("0.00103")
        entries = ledger.entries()
        assert [(e.message_id, e.cost, e.billed, e.model) for e in entries] == [
            (2, D("0.00093"), True, "m"),
            (3, D("0.0001"), False, "m"),
        ]
        # Foreign keys hold in the migrated file: deleting keeps the money.
        HistoryStore(connection).delete_conversation(1)
        assert ledger.total() == D("0.00103")
    finally:
        connection.close()
    backup = sqlite3.connect(backup_path(path, 2))
    try:
        assert backup.execute("PRAGMA user_version").fetchone()[0] == 2
        tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "ledger" not in tables and "messages" in tables
    finally:
        backup.close()


def test_a_version_1_database_migrates_through_to_the_ledger(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(_MIGRATIONS[1] + "PRAGMA user_version=1;")
    old.close()
    connection = open_database(path)
    try:
        assert Ledger(connection).total() == 0
        indexes = {
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert {"ledger_by_time", "ledger_by_conversation", "ledger_by_message"} <= indexes
    finally:
        connection.close()
    assert backup_path(path, 1).exists()
