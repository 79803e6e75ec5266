"""The database file: schema, migrations with backups, and what happens when the file is bad."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.store import database
from app.store.database import (
    SCHEMA_VERSION,
    DatabaseTooNewError,
    backup_path,
    open_database,
    open_history_database,
    schema_version,
)
from app.store.history import HistoryStore

CORRUPT_NAME = re.compile(r"^history\.sqlite3\.corrupt-\d{8}-\d{6}(-\d+)?$")


def make_v1_database(path: Path, note: str) -> None:
    """A database as the first release left it: schema 1, with data."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.executescript(database._MIGRATIONS[1])
    connection.execute("INSERT INTO meta VALUES ('note', ?)", (note,))
    connection.execute("PRAGMA user_version=1")
    connection.close()


def tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {name for (name,) in rows}


def test_a_new_database_has_the_current_schema_and_safe_settings(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "sub" / "history.sqlite3")
    assert schema_version(connection) == SCHEMA_VERSION == 8
    expected = {"meta", "conversations", "messages", "ui_state", "prompt_sets", "prompt_runs"}
    assert expected <= tables(connection)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    # A small page cache (KiB, negative), so a long session's memory does not creep by 2 MiB.
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == -database.PAGE_CACHE_KIB
    assert database.PAGE_CACHE_KIB <= 512
    assert connection.isolation_level is None
    connection.close()
    assert not list(tmp_path.glob("sub/*.bak")), "a brand-new database needs no backup"


def test_committed_data_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    first = open_database(path)
    first.execute("INSERT INTO ui_state VALUES ('k', '1')")
    first.close()
    again = open_database(path)
    assert again.execute("SELECT value_json FROM ui_state").fetchall() == [("1",)]
    again.close()


def test_migrating_backs_up_the_old_database_first(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    make_v1_database(path, "from version one")

    connection = open_database(path)

    assert schema_version(connection) == SCHEMA_VERSION
    assert connection.execute("SELECT value FROM meta").fetchall() == [("from version one",)]
    connection.close()
    backup = sqlite3.connect(backup_path(path, 1))
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    assert backup.execute("SELECT value FROM meta").fetchall() == [("from version one",)]
    assert "conversations" not in tables(backup)
    backup.close()
    assert backup_path(path, 1).name == "history.sqlite3.v1.bak"


def test_only_the_newest_backup_per_version_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    backup_path(path, 1).write_bytes(b"an older backup")
    make_v1_database(path, "newer")

    open_database(path).close()

    backup = sqlite3.connect(backup_path(path, 1))
    assert backup.execute("SELECT value FROM meta").fetchall() == [("newer",)]
    backup.close()
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == [
        "history.sqlite3.v1.bak"
    ]


def test_no_migration_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    make_v1_database(path, "precious")
    backup_path(path, 1).mkdir()  # the backup cannot be put in place

    with pytest.raises(OSError):
        open_database(path)

    connection = sqlite3.connect(path)
    assert schema_version(connection) == 1
    assert connection.execute("SELECT value FROM meta").fetchall() == [("precious",)]
    connection.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "history.sqlite3",
        "history.sqlite3.v1.bak",
    ]


def test_an_up_to_date_database_is_not_backed_up_again(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    open_database(path).close()
    open_database(path).close()
    assert not list(tmp_path.glob("*.bak"))


def test_a_database_from_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    connection.close()
    before = path.read_bytes()

    with pytest.raises(DatabaseTooNewError):
        open_database(path)
    opened = open_history_database(path)

    assert opened.in_memory
    assert opened.kept_aside is None
    assert opened.notice is not None and "newer version" in opened.notice
    assert path.read_bytes() == before
    opened.connection.close()


def test_a_good_file_opens_without_a_notice(tmp_path: Path) -> None:
    opened = open_history_database(tmp_path / "history.sqlite3")
    assert (opened.notice, opened.kept_aside, opened.in_memory) == (None, None, False)
    assert schema_version(opened.connection) == SCHEMA_VERSION
    opened.connection.close()


def test_garbage_is_moved_aside_with_its_wal_and_a_new_history_started(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    Path(f"{path}-wal").write_bytes(b"old wal")
    Path(f"{path}-shm").write_bytes(b"old shm")

    opened = open_history_database(path)

    assert not opened.in_memory
    kept = opened.kept_aside
    assert kept is not None and CORRUPT_NAME.match(kept.name), kept
    assert kept.parent == tmp_path
    assert kept.read_bytes() == garbage
    assert Path(f"{kept}-wal").read_bytes() == b"old wal"
    assert Path(f"{kept}-shm").read_bytes() == b"old shm"
    assert opened.notice == (
        "Your conversation history could not be read, so Switchboard started a new one. "
        f"The old file is kept at {kept}."
    )
    store = HistoryStore(opened.connection)
    store.create_conversation("fresh")
    assert [c.title for c in store.list_conversations()] == ["fresh"]
    opened.connection.close()


def test_a_damaged_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore(open_database(path))
    store.add_message(store.create_conversation().id, "user", "x" * 5000)
    store._db.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)  # the schema page, past the valid header
    path.write_bytes(bytes(data))

    opened = open_history_database(path)

    assert not opened.in_memory and opened.kept_aside is not None
    assert opened.kept_aside.read_bytes() == bytes(data)
    assert HistoryStore(opened.connection).list_conversations() == []
    opened.connection.close()


def test_a_folder_in_place_of_the_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.mkdir()
    (path / "inside.txt").write_text("keep me")

    opened = open_history_database(path)

    assert not opened.in_memory
    assert opened.kept_aside is not None
    assert (opened.kept_aside / "inside.txt").read_text() == "keep me"
    assert path.is_file()
    opened.connection.close()


def test_when_no_file_can_be_created_history_lives_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("a file where a folder should be")
    path = blocker / "history.sqlite3"  # fails even for root

    opened = open_history_database(path)

    assert opened.in_memory
    assert opened.kept_aside is None
    assert opened.notice == (
        "Conversations will not be saved this session: Switchboard could not open its history "
        f"file at {path} because part of the folder path is a file, not a folder. Move that "
        "file out of the way, then restart Switchboard."
    )
    store = HistoryStore(opened.connection)  # same schema, fully usable
    conversation = store.create_conversation("in memory")
    store.add_message(conversation.id, "user", "hello")
    assert store.count_messages(conversation.id) == 1
    assert blocker.read_text() == "a file where a folder should be"
    opened.connection.close()


def _connect_with_a_full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files (not memory) behave as on a full disk: SQLite itself reports SQLITE_FULL."""
    real_connect = database._connect

    def full(target: str) -> sqlite3.Connection:
        connection = real_connect(target)
        if target != ":memory:":
            connection.execute("PRAGMA max_page_count=1")
        return connection

    monkeypatch.setattr(database, "_connect", full)


def test_a_full_disk_means_history_in_memory_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _connect_with_a_full_disk(monkeypatch)
    path = tmp_path / "history.sqlite3"

    opened = open_history_database(path)

    assert opened.in_memory
    assert opened.notice is not None
    assert "will not be saved" in opened.notice
    assert "because the disk is full. Free some disk space" in opened.notice
    assert opened.kept_aside is None
    opened.connection.close()


def test_a_damaged_file_on_a_full_disk_is_kept_and_history_lives_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    _connect_with_a_full_disk(monkeypatch)

    opened = open_history_database(path)

    assert opened.in_memory
    assert opened.kept_aside is not None and opened.kept_aside.exists()
    assert opened.notice == (
        "Your conversation history could not be read; the old file is kept at "
        f"{opened.kept_aside}. A new one could not be created either (the disk is full), "
        "so conversations will not be saved this session."
    )
    opened.connection.close()


def test_a_damaged_file_that_cannot_be_moved_stays_put(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"garbage" * 1000)

    def refuse(*_args: object, **_kwargs: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(database, "move_aside", refuse)

    opened = open_history_database(path)

    assert opened.in_memory and opened.kept_aside is None
    assert opened.notice is not None
    assert f"Your conversation history at {path} could not be read" in opened.notice
    assert "it is not allowed to create or change files in that folder" in opened.notice
    assert path.read_bytes() == b"garbage" * 1000
    opened.connection.close()


@pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX resource limits")
def test_a_real_write_failure_falls_back_to_memory(tmp_path: Path) -> None:
    """The operating system refuses to let the file grow (RLIMIT_FSIZE), as on a full disk."""
    script = textwrap.dedent(
        """
        import resource, signal, sys
        from pathlib import Path
        from app.store.database import open_history_database
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
        opened = open_history_database(Path(sys.argv[1]))
        print(opened.in_memory)
        print(opened.notice)
        """
    )
    path = tmp_path / "history.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    in_memory, notice = result.stdout.splitlines()
    assert in_memory == "True"
    assert "Conversations will not be saved this session" in notice
    assert "the disk reported an error while writing" in notice
