"""The ledger keeps each answer's thinking tokens (real SQLite)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.store.database import open_database
from app.store.ledger import Ledger, LedgerEntry


def test_thinking_tokens_are_recorded_updated_and_range_checked(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "history.sqlite3")
    try:
        ledger = Ledger(connection, clock=lambda: 100.0)
        entry_id = ledger.record(
            LedgerEntry(Decimal("0.01"), completion_tokens=3080, reasoning_tokens=2900)
        )
        assert ledger.get(entry_id).reasoning_tokens == 2900  # type: ignore[union-attr]
        assert ledger.update(entry_id, reasoning_tokens=3000).reasoning_tokens == 3000
        assert ledger.update(entry_id, reasoning_tokens=-5).reasoning_tokens is None
        bad = ledger.record(LedgerEntry(Decimal("0.01"), reasoning_tokens=10**13))
        assert ledger.get(bad).reasoning_tokens is None  # type: ignore[union-attr]
        with pytest.raises(TypeError):
            ledger.update(entry_id, thinking=1)  # type: ignore[call-arg]
    finally:
        connection.close()
