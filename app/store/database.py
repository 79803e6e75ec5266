"""The SQLite database: opened once, WAL, with a schema version (tables grow with features)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA_VERSION = 1

_MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
}


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating and migrating) the database. Committed data survives an app crash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    _migrate(connection)
    return connection


def schema_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def _migrate(connection: sqlite3.Connection) -> None:
    current = schema_version(connection)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        script = f"BEGIN IMMEDIATE; {_MIGRATIONS[version]}; PRAGMA user_version={version}; COMMIT;"
        try:
            connection.executescript(script)
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
