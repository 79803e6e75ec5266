"""The SQLite database: opened once, WAL, with a schema version (tables grow with features).

``open_database`` raises on any problem; ``open_history_database`` is what the app uses: it never
raises for a bad file or folder, and says in plain words what it did instead.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.core.i18n import translate

from .files import move_aside

SCHEMA_VERSION = 8

_MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # Message ids are the order within a conversation. AUTOINCREMENT: an id is never reused,
    # so a stale reference (an open tab, a message being streamed) can't hit a newer row.
    2: """
        CREATE TABLE conversations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            title_is_custom INTEGER NOT NULL DEFAULT 0,
            settings_json TEXT NOT NULL DEFAULT '{}',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE INDEX conversations_by_update ON conversations (updated_at DESC, id DESC);
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id INTEGER NOT NULL
                REFERENCES conversations (id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            reasoning TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            created_at REAL NOT NULL,
            model TEXT,
            provider TEXT,
            generation_id TEXT,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            cost TEXT,
            cost_is_billed INTEGER NOT NULL DEFAULT 0,
            finish_reason TEXT,
            error TEXT,
            settings_json TEXT,
            elapsed_s REAL
        );
        CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
        CREATE INDEX messages_streaming ON messages (status) WHERE status = 'streaming';
        CREATE TABLE ui_state (key TEXT PRIMARY KEY, value_json TEXT NOT NULL);
    """,
    # The cost ledger: one row per answer that cost (or may have cost) money. Money spent stays
    # spent: deleting a conversation or a message keeps its rows, unlinked (SET NULL). Costs
    # are Decimal text, summed in Python, never as SQL floats. Answers that already carry a
    # cost are copied in, so the totals include what was spent before the ledger existed.
    3: """
        CREATE TABLE ledger (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at REAL NOT NULL,
            conversation_id INTEGER
                REFERENCES conversations (id) ON DELETE SET NULL,
            message_id INTEGER
                REFERENCES messages (id) ON DELETE SET NULL,
            generation_id TEXT,
            model TEXT,
            provider TEXT,
            prompt_tokens INTEGER,
            completion_tokens INTEGER,
            cost TEXT NOT NULL,
            billed INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ledger_by_time ON ledger (created_at);
        CREATE INDEX ledger_by_conversation ON ledger (conversation_id);
        CREATE INDEX ledger_by_message ON ledger (message_id);
        CREATE INDEX ledger_by_generation ON ledger (generation_id);
        INSERT INTO ledger (created_at, conversation_id, message_id, generation_id, model,
                            provider, prompt_tokens, completion_tokens, cost, billed)
            SELECT created_at, conversation_id, id, generation_id, model, provider,
                   prompt_tokens, completion_tokens, cost, cost_is_billed
            FROM messages WHERE role = 'assistant' AND cost IS NOT NULL ORDER BY id;
    """,
    # Comparisons: one prompt sent to 2-4 presets. Each column is an ordinary conversation
    # (its own settings and thread) tagged with its comparison, position and preset label;
    # the conversation list leaves them out. Blind votes keep only the preset labels, so the
    # tally survives deleting the comparisons it came from.
    4: """
        CREATE TABLE comparisons (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            blind INTEGER NOT NULL DEFAULT 0,
            revealed INTEGER NOT NULL DEFAULT 0,
            shared_system_prompt TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX comparisons_by_update ON comparisons (updated_at DESC, id DESC);
        ALTER TABLE conversations ADD COLUMN comparison_id INTEGER
            REFERENCES comparisons (id) ON DELETE CASCADE;
        ALTER TABLE conversations ADD COLUMN column_index INTEGER;
        ALTER TABLE conversations ADD COLUMN column_label TEXT;
        CREATE INDEX conversations_by_comparison ON conversations (comparison_id, column_index);
        CREATE TABLE blind_votes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at REAL NOT NULL,
            winner TEXT NOT NULL,
            loser TEXT NOT NULL
        );
    """,
    # Thinking (#15): an answer's thinking tokens (part of completion_tokens, as the server
    # counts them), its structured reasoning items exactly as received (JSON, kept so a
    # later turn could pass them back), and the seconds it thought. The ledger keeps the
    # thinking tokens of each answer too. Older rows read as unknown (NULL).
    5: """
        ALTER TABLE messages ADD COLUMN reasoning_tokens INTEGER;
        ALTER TABLE messages ADD COLUMN reasoning_details_json TEXT;
        ALTER TABLE messages ADD COLUMN thinking_s REAL;
        ALTER TABLE ledger ADD COLUMN reasoning_tokens INTEGER;
    """,
    # Versions (#16): messages form a tree. A message's parent is the one it follows
    # (NULL: it starts the conversation); siblings (same parent) are versions of one
    # another, oldest first by id; each message remembers which of its children is shown
    # (chosen_child_id), and the conversation which first message (chosen_root_id). The
    # branch on screen is the chain of chosen children from the chosen root. Deleting a
    # version deletes what follows it (the store deletes the subtree itself: a foreign key
    # cascading down a chain of thousands of messages would pass SQLite's 1,000 levels of
    # trigger recursion). Every existing conversation becomes one branch.
    6: """
        ALTER TABLE messages ADD COLUMN parent_id INTEGER;
        ALTER TABLE messages ADD COLUMN chosen_child_id INTEGER;
        ALTER TABLE conversations ADD COLUMN chosen_root_id INTEGER;
        ALTER TABLE messages ADD COLUMN first_token_s REAL;
        ALTER TABLE messages ADD COLUMN tokens_per_s REAL;
        UPDATE messages SET parent_id = (
            SELECT MAX(p.id) FROM messages p
            WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id);
        UPDATE messages SET chosen_child_id = (
            SELECT MIN(c.id) FROM messages c
            WHERE c.conversation_id = messages.conversation_id AND c.id > messages.id);
        UPDATE conversations SET chosen_root_id = (
            SELECT MIN(m.id) FROM messages m WHERE m.conversation_id = conversations.id);
        CREATE INDEX messages_by_parent ON messages (parent_id, id);
    """,
    # Compare for preset tuners (#17). A comparison may be *fair* (one provider pinned per
    # model, every parameter required: existing ones were not), remembers which column was
    # picked blind (winner_index), and may belong to a prompt-set run (run_id, run_position:
    # one comparison per prompt of the set, left out of the comparison list). A prompt set is
    # a named list of prompts with notes; a run keeps a copy of the set it ran and its own
    # state, so editing or deleting the set later changes nothing in its results.
    7: """
        CREATE TABLE prompt_sets (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            prompts_json TEXT NOT NULL DEFAULT '[]',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE TABLE prompt_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            set_json TEXT NOT NULL DEFAULT '{}',
            columns_json TEXT NOT NULL DEFAULT '[]',
            blind INTEGER NOT NULL DEFAULT 0,
            fair INTEGER NOT NULL DEFAULT 1,
            concurrency INTEGER NOT NULL DEFAULT 4,
            state TEXT NOT NULL DEFAULT 'ready',
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE INDEX prompt_runs_by_update ON prompt_runs (updated_at DESC, id DESC);
        ALTER TABLE comparisons ADD COLUMN fair INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE comparisons ADD COLUMN winner_index INTEGER;
        ALTER TABLE comparisons ADD COLUMN run_id INTEGER
            REFERENCES prompt_runs (id) ON DELETE CASCADE;
        ALTER TABLE comparisons ADD COLUMN run_position INTEGER;
        CREATE INDEX comparisons_by_run ON comparisons (run_id, run_position);
    """,
    # Attachments, sources and web search (#18). A message's attachments, in order, by the
    # digest of their bytes (kept once each in the data folder's attachments/); an answer's
    # annotations as received (JSON: sources, parsed files) and the web searches billed;
    # the ledger keeps the searches too.
    8: """
        CREATE TABLE message_attachments (
            message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            digest TEXT NOT NULL,
            meta_json TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (message_id, position)
        );
        CREATE INDEX message_attachments_by_digest ON message_attachments (digest);
        ALTER TABLE messages ADD COLUMN annotations_json TEXT;
        ALTER TABLE messages ADD COLUMN web_searches INTEGER;
        ALTER TABLE ledger ADD COLUMN web_searches INTEGER;
    """,
}

# SQLite primary result codes (extended codes keep these in their low byte).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_AUTH, _SQLITE_NOTADB = 23, 26
_WAL_FILES = ("-wal", "-shm")
_SQLITE_HEADER = b"SQLite format 3\x00"


class NotADatabaseError(Exception):
    """The file does not even start like an SQLite database."""


class DatabaseTooNewError(Exception):
    """The file was written by a newer Switchboard; this one must not touch its tables."""

    def __init__(self, found: int) -> None:
        super().__init__(f"database schema {found} is newer than {SCHEMA_VERSION}")
        self.found = found


@dataclass(frozen=True, slots=True)
class OpenedDatabase:
    """The history database as opened, and what the person should be told about it."""

    connection: sqlite3.Connection
    notice: str | None = None
    kept_aside: Path | None = None  # where an unreadable old file was moved
    in_memory: bool = False  # nothing will be saved this session


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating and migrating) the database. Committed data survives an app crash.

    Before migrating a database that already has a schema, it is backed up beside itself as
    ``<name>.v<old version>.bak``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    _check_header(path)
    connection = _connect(str(path))
    try:
        _migrate(connection, backup_to=path)
    except BaseException:
        connection.close()
        raise
    return connection


def open_memory_database() -> sqlite3.Connection:
    """The same schema, kept in memory only: for when no file can be written."""
    connection = _connect(":memory:")
    _migrate(connection, backup_to=None)
    return connection


def open_history_database(path: Path) -> OpenedDatabase:
    """Open the history, or the best thing possible. Never raises for a bad file or folder.

    An unreadable file is moved aside (never deleted) and a new one started; if no file can be
    written at all, history lives in memory for this session.
    """
    try:
        return OpenedDatabase(open_database(path))
    except (sqlite3.Error, OSError, NotADatabaseError, DatabaseTooNewError) as error:
        if not _is_unreadable_file(path, error):
            return _in_memory(_not_saved_notice(path, error))
    try:
        kept = move_aside(path, companions=_WAL_FILES)
    except OSError as error:
        return _in_memory(
            translate(
                "database",
                "Your conversation history at {path} could not be read, and Switchboard could "
                "not move it aside ({reason}). Conversations will not be saved this session.",
            ).format(path=path, reason=_reason(error))
        )
    try:
        connection = open_database(path)
    except (sqlite3.Error, OSError) as error:
        notice = translate(
            "database",
            "Your conversation history could not be read; the old file is kept at "
            "{kept}. A new one could not be created either ({reason}), so "
            "conversations will not be saved this session.",
        ).format(kept=kept, reason=_reason(error))
        return _in_memory(notice, kept_aside=kept)
    notice = translate(
        "database",
        "Your conversation history could not be read, so Switchboard started a new one. "
        "The old file is kept at {kept}.",
    ).format(kept=kept)
    return OpenedDatabase(connection, notice=notice, kept_aside=kept)


def schema_version(connection: sqlite3.Connection) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.v{version}.bak")


PAGE_CACHE_KIB = 512  # SQLite's page cache, per connection


def _connect(target: str) -> sqlite3.Connection:
    connection = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    try:
        found = schema_version(connection)
        if found > SCHEMA_VERSION:  # checked before anything writes to the file
            raise DatabaseTooNewError(found)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=ON")
        # SQLite keeps up to 2 MiB of pages by default, filled over hours as the history
        # grows; the operating system caches the file anyway (issue #21: the soak's growth).
        connection.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
    except BaseException:
        connection.close()
        raise
    return connection


def _migrate(connection: sqlite3.Connection, *, backup_to: Path | None) -> None:
    current = schema_version(connection)
    if 0 < current < SCHEMA_VERSION and backup_to is not None:
        _back_up(connection, backup_path(backup_to, current))
    for version in range(current + 1, SCHEMA_VERSION + 1):
        script = f"BEGIN IMMEDIATE; {_MIGRATIONS[version]}; PRAGMA user_version={version}; COMMIT;"
        try:
            connection.executescript(script)
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite opens it: closing a connection to such
    a file deletes the ``-wal`` beside it, which we want to keep with the file."""
    if not path.is_file():
        return
    with path.open("rb") as file:
        header = file.read(len(_SQLITE_HEADER))
    if header and header != _SQLITE_HEADER:
        raise NotADatabaseError(f"{path} is not an SQLite database")


def _back_up(connection: sqlite3.Connection, target: Path) -> None:
    """A consistent copy via SQLite's backup API; written under a temporary name first so an
    older backup of the same version survives a failed attempt."""
    temp = target.with_name(target.name + ".tmp")
    temp.unlink(missing_ok=True)
    try:
        copy = sqlite3.connect(temp)
        try:
            connection.backup(copy)
        finally:
            copy.close()
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _error_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _is_unreadable_file(path: Path, error: BaseException) -> bool:
    """True when the file itself is the problem (damaged, not a database, not a file), as
    opposed to the folder, the disk, a lock, or a newer app version."""
    if isinstance(error, NotADatabaseError):
        return True
    if _error_code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    if isinstance(error, DatabaseTooNewError) or not path.exists():
        return False
    return not path.is_file() or not os.access(path, os.R_OK)


def _in_memory(notice: str, *, kept_aside: Path | None = None) -> OpenedDatabase:
    return OpenedDatabase(open_memory_database(), notice, kept_aside, in_memory=True)


def _not_saved_notice(path: Path, error: BaseException) -> str:
    if isinstance(error, DatabaseTooNewError):
        return translate(
            "database",
            "Your conversation history at {path} was saved by a newer version of Switchboard. "
            "Update Switchboard to see it. Until then, conversations will not be saved.",
        ).format(path=path)
    reason, advice = _explain(error)
    return translate(
        "database",
        "Conversations will not be saved this session: Switchboard could not open its "
        "history file at {path} because {reason}. {advice}",
    ).format(path=path, reason=reason, advice=advice)


# What went wrong (a clause that ends "…because {reason}") and what to do, translated when
# shown (functions: the translator is not installed when this module is imported).
def _full() -> tuple[str, str]:
    return (
        translate("database", "the disk is full"),
        translate("database", "Free some disk space, then restart Switchboard."),
    )


def _not_allowed() -> tuple[str, str]:
    return (
        translate("database", "it is not allowed to create or change files in that folder"),
        translate(
            "database",
            "Check that the folder exists and can be written to, then restart Switchboard.",
        ),
    )


def _not_a_folder() -> tuple[str, str]:
    return (
        translate("database", "part of the folder path is a file, not a folder"),
        translate("database", "Move that file out of the way, then restart Switchboard."),
    )


def _locked() -> tuple[str, str]:
    return (
        translate("database", "another program is keeping it locked"),
        translate("database", "Close any other copy of Switchboard, then restart it."),
    )


def _disk_error() -> tuple[str, str]:
    return (
        translate(
            "database", "the disk reported an error while writing (it may be full or failing)"
        ),
        translate("database", "Check the disk has free space, then restart Switchboard."),
    )


def _retry() -> str:
    return translate("database", "Restart Switchboard to try again.")


def _reason(error: BaseException) -> str:
    return _explain(error)[0]


def write_problem(error: BaseException) -> str:
    """Why a write to the history failed, in the words the start-up notice uses ("the disk
    is full", "another program is keeping it locked"): for a notice that says what was lost."""
    return _reason(error)


def _explain(error: BaseException) -> tuple[str, str]:
    """What went wrong and what to do, in words a person can act on."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return _full()
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return _not_allowed()
        if error.errno in (errno.ENOTDIR, errno.EEXIST):
            return _not_a_folder()
        return translate("database", "the system said: {error}").format(
            error=error.strerror or error
        ), _retry()
    code = _error_code(error)
    if code == _SQLITE_FULL:
        return _full()
    if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_AUTH, _SQLITE_CANTOPEN):
        return _not_allowed()
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return _locked()
    if code == _SQLITE_IOERR:
        return _disk_error()
    return translate("database", "the database said: {error}").format(error=error), _retry()
