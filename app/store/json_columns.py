"""What the stores share to write rows: JSON in a text column, and a new row's id."""

from __future__ import annotations

import json
import sqlite3
from typing import Any


def dump_json(value: Any) -> str:
    """Compact JSON for a text column (non-ASCII kept as it is)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def load_json(text: str) -> Any:
    """A text column's JSON; None when it is damaged (or nested too deep to read)."""
    try:
        return json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return None


def row_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT made."""
    if cursor.lastrowid is None:  # pragma: no cover - an INSERT always sets it
        raise RuntimeError("insert returned no row id")
    return cursor.lastrowid
