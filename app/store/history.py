"""Conversation history in SQLite: conversations, their messages, and small bits of UI state.

Every write is committed before its method returns, so a crash loses nothing already handed to
the store. One lock serialises use of the connection (it may be shared across threads).

Figures are checked both ways (``app.core.money`` and ``app.core.usage`` limits): an impossible
cost or token count is written as NULL and read back as None (unknown), so a row written by an
older version cannot crash a view or the start. Text never holds a lone surrogate (SQLite's
UTF-8 encoding refuses one): pairs are joined, the rest replaced.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

from app.core.attachments import Attachment, attachment_from_dict
from app.core.conversation import ChatSettings, Conversation, Message, MessageStatus
from app.core.history import ConversationSummary as ConversationSummary  # re-exported
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.messages import (
    MAX_ANNOTATIONS,
    ROLES,
    ChatMessage,
    Role,
    checked_annotations,
    is_web_url,
)
from app.core.money import parse_cost
from app.core.text import clean_surrogates
from app.core.thinking import details_from_json, details_to_json
from app.core.usage import MAX_SECONDS, checked_count, checked_float, checked_timestamp

from .json_columns import dump_json, load_json, row_id

DEFAULT_TITLE = QT_TRANSLATE_NOOP("history", "New conversation")  # (English; stored translated)
PREVIEW_CHARS = 120
_SNIPPET_BEFORE = 40

_MESSAGE_COLUMNS = (
    "id, conversation_id, role, content, status, created_at, reasoning, model, provider, "
    "generation_id, prompt_tokens, completion_tokens, cost, cost_is_billed, finish_reason, "
    "error, settings_json, elapsed_s, reasoning_tokens, reasoning_details_json, thinking_s, "
    "parent_id, first_token_s, tokens_per_s, annotations_json, web_searches"
)
# The branch on screen: the chain of chosen children from the conversation's chosen first
# message, as (mid, depth). Bounded, so a cycle in a damaged file cannot loop.
_BRANCH = """
WITH RECURSIVE branch(mid, depth) AS (
    SELECT m.id, 0 FROM conversations c JOIN messages m ON m.id = c.chosen_root_id
    WHERE c.id = :cid AND m.conversation_id = :cid AND m.parent_id IS NULL
    UNION ALL
    SELECT c.id, b.depth + 1 FROM branch b JOIN messages m ON m.id = b.mid
    JOIN messages c ON c.id = m.chosen_child_id AND c.parent_id = m.id
        AND c.conversation_id = :cid
    WHERE b.depth < (SELECT COUNT(*) FROM messages WHERE conversation_id = :cid)
)
"""
_BRANCH_MESSAGES = (
    _BRANCH + f"SELECT {_MESSAGE_COLUMNS} FROM branch JOIN messages ON id = mid"  # noqa: S608
    " AND conversation_id = :cid"
)
_UNSET = object()  # add_message's parent: after the branch's last message
_CONVERSATION_COLUMNS = "id, title, settings_json, created_at, updated_at, title_is_custom"
_CONVERSATION_BY_ID = f"SELECT {_CONVERSATION_COLUMNS} FROM conversations WHERE id = ?"  # noqa: S608
_TEXT_FIELDS = frozenset(
    {"content", "reasoning", "model", "provider", "generation_id", "finish_reason", "error"}
)
_COUNT_FIELDS = frozenset(
    {"prompt_tokens", "completion_tokens", "reasoning_tokens", "web_searches"}
)
_SECONDS_FIELDS = frozenset({"elapsed_s", "thinking_s", "first_token_s"})
MAX_TOKENS_PER_S = 1_000_000.0

if TYPE_CHECKING:  # (the export module loads with an export or an import)
    from app.core.export import ImportedTree, VersionTree


class MessageFields(TypedDict, total=False):
    """What ``add_message`` accepts besides role, content and status."""

    reasoning: str
    model: str | None
    provider: str | None
    generation_id: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    cost: Decimal | None
    cost_is_billed: bool
    finish_reason: str | None
    error: str | None
    settings: ChatSettings | None
    elapsed_s: float | None
    reasoning_tokens: int | None
    reasoning_details: Sequence[Mapping[str, Any]]
    thinking_s: float | None
    first_token_s: float | None
    tokens_per_s: float | None
    annotations: Sequence[Mapping[str, Any]]
    web_searches: int | None


class MessageUpdate(MessageFields, total=False):
    """What ``update_message`` accepts."""

    content: str
    status: MessageStatus


# A message and every message below it (its versions' branches), as ``subtree(id)``.
_SUBTREE = """
WITH RECURSIVE subtree(id) AS (
    SELECT :mid UNION SELECT m.id FROM messages m JOIN subtree s ON m.parent_id = s.id
    WHERE m.conversation_id = :cid
)
"""
# The messages a message followed, oldest first (bounded: a cycle cannot loop).
_ANCESTORS = f"""
WITH RECURSIVE up(mid, depth) AS (
    SELECT parent_id, 1 FROM messages WHERE id = :mid AND parent_id IS NOT NULL
    UNION ALL
    SELECT m.parent_id, u.depth + 1 FROM up u JOIN messages m ON m.id = u.mid
    WHERE m.parent_id IS NOT NULL
        AND u.depth < (SELECT COUNT(*) FROM messages WHERE conversation_id = :cid)
)
SELECT {_MESSAGE_COLUMNS} FROM up JOIN messages ON id = mid AND conversation_id = :cid
ORDER BY depth DESC
"""  # noqa: S608 (constant fragments)
# A message and the chosen children below it, as the rows of ``_MESSAGE_COLUMNS``.
_BRANCH_FROM = f"""
WITH RECURSIVE below(mid, depth) AS (
    SELECT id, 0 FROM messages WHERE id = :mid AND conversation_id = :cid
    UNION ALL
    SELECT c.id, b.depth + 1 FROM below b JOIN messages m ON m.id = b.mid
    JOIN messages c ON c.id = m.chosen_child_id AND c.parent_id = m.id
        AND c.conversation_id = :cid
    WHERE b.depth < (SELECT COUNT(*) FROM messages WHERE conversation_id = :cid)
)
SELECT {_MESSAGE_COLUMNS} FROM below JOIN messages ON id = mid ORDER BY depth
"""  # noqa: S608 (constant fragments)


@dataclass(frozen=True)
class TakenVersion:
    """A version taken out of a conversation with everything that followed it
    (``HistoryStore.take_out_version``), kept for ``put_back`` (Undo)."""

    conversation_id: int
    message_id: int
    parent_id: int | None  # what it followed (None: it started the conversation)
    shown: int | None  # the version its parent showed when it was taken out
    which: int  # its place among its versions (1-based)
    count: int  # how many versions there were, itself included
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]  # the messages, every column, parents first
    ledger: tuple[tuple[int, int], ...]  # (ledger row, message) links to restore
    attachments: tuple[tuple[Any, ...], ...] = ()  # their message_attachments rows


class HistoryStore:
    """Conversations and messages on an open database (see ``app.store.database``)."""

    def __init__(
        self, connection: sqlite3.Connection, *, clock: Callable[[], float] = time.time
    ) -> None:
        self._db = connection
        self._clock = clock
        self._lock = threading.RLock()
        # Python's casefold is Unicode-aware; SQLite's LIKE folds ASCII only.
        connection.create_function("switchboard_contains", 2, _contains, deterministic=True)

    # Conversations

    def create_conversation(
        self, title: str = "", settings: ChatSettings | None = None
    ) -> Conversation:
        now = self._clock()
        settings_json = dump_json((settings or ChatSettings()).to_dict())
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO conversations (title, title_is_custom, settings_json, created_at,"
                " updated_at) VALUES (?, 0, ?, ?, ?)",
                (_clean_title(title), settings_json, now, now),
            )
            return self._conversation(db, row_id(cursor))

    def get_conversation(self, conversation_id: int) -> Conversation | None:
        with self._lock:
            row = self._db.execute(_CONVERSATION_BY_ID, (conversation_id,)).fetchone()
        return None if row is None else _conversation_from_row(row)

    def list_conversations(self, query: str = "", limit: int = 500) -> list[ConversationSummary]:
        """Newest first. A query keeps conversations whose title or any message contains it
        (case-insensitive; every character is literal). The columns of comparisons are not
        listed: they belong to their comparison (``app.store.comparisons``)."""
        needle = query.strip().casefold()
        with self._lock:
            if needle:
                params = {"needle": needle, "limit": max(limit, 0)}
                rows = self._db.execute(_SEARCH_SQL, params).fetchall()
            else:
                rows = self._db.execute(_LIST_SQL, (max(limit, 0),)).fetchall()
        return [_summary(row, needle) for row in rows]

    def copy_conversation(
        self,
        conversation_id: int,
        title: str,
        *,
        upto: int | None = None,
        last_turns: int | None = None,
    ) -> Conversation:
        """A new, ordinary conversation with the same settings and a copy of the branch on
        screen (an answer still streaming is copied as interrupted), as one branch. With
        ``upto`` (a message on that branch), only as far as that message; with
        ``last_turns``, only the last that many turns (a turn starts at a prompt of yours).
        Each copy keeps its stored fields (thinking, figures, costs as they were). KeyError if
        the conversation does not exist or ``upto`` is not on its branch.
        The cost ledger is not copied: that money was spent once."""
        now = self._clock()
        with self._write() as db:
            source = db.execute(
                "SELECT settings_json FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            if source is None:
                raise KeyError(conversation_id)
            first, last = _copied_depths(db, conversation_id, upto, last_turns)
            cursor = db.execute(
                "INSERT INTO conversations (title, title_is_custom, settings_json, created_at,"
                " updated_at) VALUES (?, 1, ?, ?, ?)",
                (_clean_title(title), source[0], now, now),
            )
            new_id = row_id(cursor)
            db.execute(
                _COPY_MESSAGES_SQL,
                {"new": new_id, "cid": conversation_id, "first": first, "last": last},
            )
            _copy_attachments(db, conversation_id, new_id, first, last)
            _chain(db, new_id)
            return self._conversation(db, new_id)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction on the shared connection, serialised with this store's
        own use of it: for other stores on the same database (``ComparisonStore``)."""
        with self._write() as db:
            yield db

    def rename_conversation(self, conversation_id: int, title: str, *, custom: bool = True) -> None:
        with self._write() as db:
            self._update_conversation(
                db, conversation_id, "title = ?, title_is_custom = ?", _clean_title(title), custom
            )

    def update_settings(self, conversation_id: int, settings: ChatSettings) -> None:
        with self._write() as db:
            self._update_conversation(
                db, conversation_id, "settings_json = ?", dump_json(settings.to_dict())
            )

    def delete_conversation(self, conversation_id: int) -> None:
        """Deletes its messages too. Deleting a missing conversation does nothing."""
        with self._write() as db:
            db.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))

    def touch(self, conversation_id: int) -> None:
        with self._write() as db:
            self._update_conversation(db, conversation_id, "")

    # Messages

    def add_message(
        self,
        conversation_id: int,
        role: Role,
        content: str,
        *,
        status: MessageStatus = MessageStatus.COMPLETE,
        parent: int | object | None = _UNSET,
        attachments: Sequence[Attachment] = (),
        **fields: Unpack[MessageFields],
    ) -> Message:
        """Add a message and show it: by default after the last message on screen; with
        ``parent`` (a message id, or None for the start) as a new version beside that
        parent's other children (a regenerated answer, an edited prompt). ``attachments``
        (their bytes already in the blob store) are written in the same transaction.
        Touches its conversation."""
        if role not in ROLES:
            raise ValueError(f"unknown message role {role!r}")
        columns: dict[str, Any] = {
            "conversation_id": conversation_id,
            "role": role,
            "created_at": self._clock(),
        }
        columns |= _column_values({**fields, "content": content, "status": status})
        with self._write() as db:
            self._update_conversation(db, conversation_id, "")  # also proves it exists
            parent_id = self._leaf(db, conversation_id) if parent is _UNSET else parent
            if parent_id is not None and not isinstance(parent_id, int):
                raise TypeError("parent must be a message id or None")
            if parent_id is not None:
                found = db.execute(
                    "SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?",
                    (parent_id, conversation_id),
                ).fetchone()
                if found is None:
                    raise KeyError(parent_id)
            columns = {**columns, "parent_id": parent_id}
            names = ", ".join(columns)
            marks = ", ".join("?" * len(columns))
            cursor = db.execute(
                f"INSERT INTO messages ({names}) VALUES ({marks})",  # noqa: S608 (names are ours)
                tuple(columns.values()),
            )
            message_id = row_id(cursor)
            _write_attachments(db, message_id, attachments)
            self._show(db, conversation_id, parent_id, message_id)
            return self._message(message_id)

    def add_messages(self, conversation_id: int, messages: Iterable[ChatMessage]) -> int:
        """Append many complete messages in one transaction (an import); returns how many."""
        now = self._clock()
        rows = [
            (
                conversation_id,
                m.role,
                clean_surrogates(m.content),
                MessageStatus.COMPLETE.value,
                now,
            )
            for m in messages
        ]
        with self._write() as db:
            self._update_conversation(db, conversation_id, "")
            parent = self._leaf(db, conversation_id)
            for row in rows:
                cursor = db.execute(
                    "INSERT INTO messages (conversation_id, role, content, status, created_at,"
                    " parent_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (*row, parent),
                )
                self._show(db, conversation_id, parent, row_id(cursor))
                parent = row_id(cursor)
        return len(rows)

    def import_conversation(
        self,
        title: str,
        settings: ChatSettings,
        messages: Iterable[ChatMessage],
        tree: ImportedTree | None = None,
    ) -> Conversation:
        """A new conversation with all its messages, in one transaction: an import that fails
        or is cut short by a crash leaves nothing half-imported. Without ``tree`` the messages
        form one branch, in order; with it, each follows the message ``tree.parents`` names
        and ``tree.shown`` says which versions are on screen."""
        now = self._clock()
        settings_json = dump_json(settings.to_dict())
        listed = list(messages)
        rows = (
            (m.role, m.content, MessageStatus.COMPLETE.value, now, *_imported_extras(m))
            for m in listed
        )
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO conversations (title, title_is_custom, settings_json, created_at,"
                " updated_at) VALUES (?, 0, ?, ?, ?)",
                (_clean_title(title), settings_json, now, now),
            )
            conversation_id = row_id(cursor)
            if tree is None:
                ids = [
                    row_id(db.execute(_IMPORT_SQL, (conversation_id, *row, None))) for row in rows
                ]
                _chain(db, conversation_id)
            else:
                ids = _write_tree(db, conversation_id, rows, tree)
            for message_id, message in zip(ids, listed, strict=True):
                _write_attachments(db, message_id, getattr(message, "attachments", ()))
            return self._conversation(db, conversation_id)

    def version_tree(self, conversation_id: int) -> VersionTree:
        """Every message of the conversation, every version included, oldest first, and which
        child of each is on screen (a JSON export keeps them all)."""
        from app.core.export import VersionTree

        with self._lock:
            messages = self._select_messages("conversation_id = ? ORDER BY id", (conversation_id,))
            rows = self._db.execute(
                "SELECT id, chosen_child_id FROM messages WHERE conversation_id = ?"
                " AND chosen_child_id IS NOT NULL",
                (conversation_id,),
            ).fetchall()
            root = self._db.execute(
                "SELECT chosen_root_id FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
        shown: dict[int | None, int] = {int(parent): int(child) for parent, child in rows}
        if root is not None and root[0] is not None:
            shown[None] = int(root[0])
        return VersionTree(tuple(messages), shown)

    def update_message(self, message_id: int, **fields: Unpack[MessageUpdate]) -> Message:
        """Change some fields of a message; returns it as stored. KeyError if it is gone."""
        columns = _column_values(cast(Mapping[str, Any], fields))
        with self._write() as db:
            if columns:
                assignments = ", ".join(f"{name} = ?" for name in columns)
                cursor = db.execute(
                    f"UPDATE messages SET {assignments} WHERE id = ?",  # noqa: S608
                    (*columns.values(), message_id),
                )
                if cursor.rowcount == 0:
                    raise KeyError(message_id)
            message = self._message(message_id)
            self._update_conversation(db, message.conversation_id, "")
            return message

    def get_message(self, message_id: int) -> Message | None:
        with self._lock:
            rows = self._select_messages("id = ?", (message_id,))
        return rows[0] if rows else None

    def messages(self, conversation_id: int) -> list[Message]:
        """The messages on screen (the chosen branch), oldest first."""
        with self._lock:
            return self._branch_messages(conversation_id, " ORDER BY depth", {})

    def last_messages(self, conversation_id: int, n: int) -> list[Message]:
        """The newest ``n`` messages on screen, oldest first (opening a long conversation)."""
        with self._lock:
            newest = self._branch_messages(
                conversation_id, " ORDER BY depth DESC LIMIT :n", {"n": max(n, 0)}
            )
        return newest[::-1]

    def messages_before(self, conversation_id: int, before_id: int, n: int) -> list[Message]:
        """Up to ``n`` messages on screen just before ``before_id``, oldest first."""
        with self._lock:
            newest = self._branch_messages(
                conversation_id,
                " WHERE depth < (SELECT depth FROM branch WHERE mid = :before)"
                " ORDER BY depth DESC LIMIT :n",
                {"before": before_id, "n": max(n, 0)},
            )
        return newest[::-1]

    def count_messages(self, conversation_id: int) -> int:
        """How many messages are on screen (the chosen branch)."""
        with self._lock:
            row = self._db.execute(
                _BRANCH + "SELECT COUNT(*) FROM branch JOIN messages ON id = mid"  # noqa: S608
                " AND conversation_id = :cid",
                {"cid": conversation_id},
            ).fetchone()
        return int(row[0])

    def versions(self, conversation_id: int) -> dict[int, tuple[int, ...]]:
        """For every message of the conversation that has other versions: all of them
        (itself included), oldest first. One read for the whole conversation."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, parent_id FROM messages WHERE conversation_id = ? ORDER BY id",
                (conversation_id,),
            ).fetchall()
        families: dict[int | None, list[int]] = {}
        for message_id, parent_id in rows:
            families.setdefault(parent_id, []).append(message_id)
        versions: dict[int, tuple[int, ...]] = {}
        for family in families.values():
            if len(family) > 1:
                shared = tuple(family)  # one per family: a copy per version was N² in all
                versions.update(dict.fromkeys(shared, shared))
        return versions

    def show_version(self, message_id: int) -> Message:
        """Show this version in place of its siblings (and, below it, the versions it last
        showed). KeyError if it is gone."""
        with self._write() as db:
            message = self._message(message_id)
            self._show(db, message.conversation_id, message.parent_id, message_id)
            self._update_conversation(db, message.conversation_id, "")
            return message

    def branch_from(self, message_id: int) -> list[Message]:
        """This message and the ones shown after it (its chosen children, down to the end),
        oldest first: what a view draws again after a switch. Empty if it is gone."""
        return self._walk(_BRANCH_FROM, message_id)

    def messages_leading_to(self, message_id: int) -> list[Message]:
        """The messages this one followed (its parent, the parent's parent…), oldest first:
        what was sent with it, whether or not its branch is on screen. Empty if it is gone
        or starts its conversation."""
        return self._walk(_ANCESTORS, message_id)

    def _walk(self, sql: str, message_id: int) -> list[Message]:
        """The messages a walk from ``message_id`` (``sql``: :mid, :cid) finds, within its
        conversation."""
        with self._lock:
            found = self._db.execute(
                "SELECT conversation_id FROM messages WHERE id = ?", (message_id,)
            ).fetchone()
            if found is None:
                return []
            rows = self._db.execute(sql, {"mid": message_id, "cid": found[0]}).fetchall()
            settings_cache: dict[str, ChatSettings] = {}
            return self._attach([_message_from_row(row, settings_cache) for row in rows])

    def is_streaming(self, conversation_id: int) -> bool:
        """An answer of this conversation is being written (marked streaming)."""
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM messages WHERE status = ? AND conversation_id = ? LIMIT 1",
                (MessageStatus.STREAMING.value, conversation_id),
            ).fetchone()
        return row is not None

    def take_out_version(self, message_id: int) -> TakenVersion:
        """Delete this version and everything that followed it, in one transaction, and
        return all of it (every column, the chosen pointers, the cost ledger's links) for
        ``put_back``; the newest sibling left shows in its place. The ledger keeps its rows
        (money spent stays spent). KeyError if it is gone."""
        with self._write() as db:
            message = self._message(message_id)
            cid, parent_id = message.conversation_id, message.parent_id
            same = "parent_id IS NULL" if parent_id is None else "parent_id = :parent"
            siblings = [
                row[0]
                for row in db.execute(
                    f"SELECT id FROM messages WHERE conversation_id = :cid AND {same}"  # noqa: S608
                    " ORDER BY id",
                    {"cid": cid, "parent": parent_id},
                )
            ]
            if parent_id is None:
                shown = db.execute(
                    "SELECT chosen_root_id FROM conversations WHERE id = ?", (cid,)
                ).fetchone()[0]
            else:
                shown = db.execute(
                    "SELECT chosen_child_id FROM messages WHERE id = ?", (parent_id,)
                ).fetchone()[0]
            cursor = db.execute(
                _SUBTREE + "SELECT * FROM messages WHERE id IN subtree ORDER BY id",  # noqa: S608
                {"mid": message_id, "cid": cid},
            )
            columns = tuple(d[0] for d in cursor.description)
            rows = tuple(tuple(row) for row in cursor.fetchall())
            ledger = tuple(
                (int(row[0]), int(row[1]))
                for row in db.execute(
                    _SUBTREE + "SELECT id, message_id FROM ledger WHERE message_id IN subtree",  # noqa: S608
                    {"mid": message_id, "cid": cid},
                )
            )
            attachments = tuple(
                tuple(row)
                for row in db.execute(
                    _SUBTREE + "SELECT message_id, position, digest, meta_json"  # noqa: S608
                    " FROM message_attachments WHERE message_id IN subtree",
                    {"mid": message_id, "cid": cid},
                )
            )
            _delete_subtree(db, cid, message_id)
            left = [i for i in siblings if i != message_id]
            self._show(db, cid, parent_id, left[-1] if left else None)
            self._update_conversation(db, cid, "")
        return TakenVersion(
            conversation_id=cid,
            message_id=message_id,
            parent_id=parent_id,
            shown=shown,
            which=siblings.index(message_id) + 1,
            count=len(siblings),
            columns=columns,
            rows=rows,
            ledger=ledger,
            attachments=attachments,
        )

    def put_back(self, taken: TakenVersion) -> Message:
        """Undo ``take_out_version``: the same rows with the same ids, shown as they were,
        and the ledger's rows linked to them again. KeyError if what it followed is gone."""
        with self._write() as db:
            cid, parent_id = taken.conversation_id, taken.parent_id
            self._update_conversation(db, cid, "")  # also proves it exists
            if parent_id is not None:
                found = db.execute(
                    "SELECT 1 FROM messages WHERE id = ? AND conversation_id = ?",
                    (parent_id, cid),
                ).fetchone()
                if found is None:
                    raise KeyError(parent_id)
            names = ", ".join(taken.columns)
            marks = ", ".join("?" * len(taken.columns))
            db.executemany(
                f"INSERT INTO messages ({names}) VALUES ({marks})",  # noqa: S608 (its own names)
                taken.rows,
            )
            db.executemany(
                "INSERT INTO message_attachments (message_id, position, digest, meta_json)"
                " VALUES (?, ?, ?, ?)",
                taken.attachments,
            )
            db.executemany(
                "UPDATE ledger SET message_id = ? WHERE id = ? AND message_id IS NULL",
                ((message_id, ledger_id) for ledger_id, message_id in taken.ledger),
            )
            self._show(db, cid, parent_id, taken.shown)
            return self._message(taken.message_id)

    def delete_messages_from(self, conversation_id: int, message_id: int) -> int:
        """Delete this message and everything that follows it (its versions' branches);
        a sibling version, the newest left, is shown in its place. Returns how many were
        deleted; KeyError if the message is not in that conversation."""
        with self._write() as db:
            found = db.execute(
                "SELECT parent_id FROM messages WHERE id = ? AND conversation_id = ?",
                (message_id, conversation_id),
            ).fetchone()
            if found is None:
                raise KeyError(message_id)
            deleted = _delete_subtree(db, conversation_id, message_id)
            parent_id = found[0]
            same = "parent_id IS NULL" if parent_id is None else "parent_id = ?"
            newest = db.execute(
                f"SELECT MAX(id) FROM messages WHERE conversation_id = ? AND {same}",  # noqa: S608
                (conversation_id,) if parent_id is None else (conversation_id, parent_id),
            ).fetchone()[0]
            self._show(db, conversation_id, parent_id, newest)
            self._update_conversation(db, conversation_id, "")
            return deleted

    def mark_interrupted(self) -> int:
        """At startup: answers still marked as streaming were cut off by a crash or a kill."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE messages SET status = ? WHERE status = ?",
                (MessageStatus.INTERRUPTED.value, MessageStatus.STREAMING.value),
            )
            return cursor.rowcount

    def unsettled_interrupted(self) -> list[Message]:
        """Interrupted answers whose cost is not known as billed (the cost ledger settles
        them at startup), oldest first."""
        with self._lock:
            return self._select_messages(
                "role = 'assistant' AND status = ? AND NOT (cost IS NOT NULL AND cost_is_billed)"
                " ORDER BY id",
                (MessageStatus.INTERRUPTED.value,),
            )

    # UI state (open tabs, their order, the active tab…)

    def get_state(self, key: str) -> Any | None:
        with self._lock:
            row = self._db.execute("SELECT value_json FROM ui_state WHERE key = ?", (key,))
            found = row.fetchone()
        return None if found is None else load_json(found[0])

    def set_state(self, key: str, value: Any) -> None:
        """Store a JSON value; None removes the key."""
        with self._write() as db:
            if value is None:
                db.execute("DELETE FROM ui_state WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT INTO ui_state (key, value_json) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json",
                    (key, dump_json(value)),
                )

    # Internals

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; rolled back if the body raises."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")  # may fail (a full disk) with the transaction open
            except BaseException:
                if self._db.in_transaction:  # SQLite may have rolled back already
                    self._db.execute("ROLLBACK")
                raise

    def _update_conversation(
        self, db: sqlite3.Connection, conversation_id: int, assignments: str, *values: Any
    ) -> None:
        """Set some columns and ``updated_at``; KeyError if there is no such conversation."""
        sql = "UPDATE conversations SET " + (f"{assignments}, " if assignments else "")  # noqa: S608
        cursor = db.execute(
            sql + "updated_at = ? WHERE id = ?", (*values, self._clock(), conversation_id)
        )
        if cursor.rowcount == 0:
            raise KeyError(conversation_id)

    def _conversation(self, db: sqlite3.Connection, conversation_id: int) -> Conversation:
        row = db.execute(_CONVERSATION_BY_ID, (conversation_id,)).fetchone()
        return _conversation_from_row(row)

    def _branch_messages(
        self, conversation_id: int, tail: str, params: dict[str, Any]
    ) -> list[Message]:
        rows = self._db.execute(_BRANCH_MESSAGES + tail, {"cid": conversation_id, **params})
        settings_cache: dict[str, ChatSettings] = {}
        return self._attach([_message_from_row(row, settings_cache) for row in rows.fetchall()])

    def _leaf(self, db: sqlite3.Connection, conversation_id: int) -> int | None:
        """The last message on screen, None in an empty conversation."""
        row = db.execute(
            _BRANCH + "SELECT mid FROM branch JOIN messages ON id = mid"  # noqa: S608
            " AND conversation_id = :cid ORDER BY depth DESC LIMIT 1",
            {"cid": conversation_id},
        ).fetchone()
        return int(row[0]) if row else None

    @staticmethod
    def _show(
        db: sqlite3.Connection, conversation_id: int, parent_id: int | None, child: int | None
    ) -> None:
        """``child`` is the version shown after ``parent_id`` (None: the start)."""
        if parent_id is None:
            db.execute(
                "UPDATE conversations SET chosen_root_id = ? WHERE id = ?", (child, conversation_id)
            )
        else:
            db.execute("UPDATE messages SET chosen_child_id = ? WHERE id = ?", (child, parent_id))

    def _message(self, message_id: int) -> Message:
        rows = self._select_messages("id = ?", (message_id,))
        if not rows:
            raise KeyError(message_id)
        return rows[0]

    def _attach(self, messages: list[Message]) -> list[Message]:
        """``messages`` with their attachments, read in one query for them all."""
        if not messages:
            return messages
        rows = self._db.execute(
            "SELECT message_id, meta_json FROM message_attachments WHERE message_id IN"
            " (SELECT value FROM json_each(?)) ORDER BY message_id, position",
            (dump_json([m.id for m in messages]),),
        ).fetchall()
        if not rows:
            return messages
        found: dict[int, list[Attachment]] = {}
        for message_id, meta_json in rows:
            attachment = attachment_from_dict(load_json(meta_json))
            if attachment is not None:  # a damaged row is left out, never a crash
                found.setdefault(message_id, []).append(attachment)
        return [
            m.with_changes(attachments=tuple(found[m.id])) if m.id in found else m for m in messages
        ]

    def used_digests(self) -> set[str]:
        """The digests of every attachment a message still refers to (what the blob store
        must keep; the rest may be removed)."""
        with self._lock:
            rows = self._db.execute("SELECT DISTINCT digest FROM message_attachments").fetchall()
        return {str(row[0]) for row in rows}

    def _select_messages(self, where: str, params: tuple[Any, ...]) -> list[Message]:
        rows = self._db.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE {where}",  # noqa: S608
            params,
        ).fetchall()
        settings_cache: dict[str, ChatSettings] = {}  # answers in a row share their settings
        return self._attach([_message_from_row(row, settings_cache) for row in rows])


_COPIED_MESSAGE_COLUMNS = (
    "role, content, reasoning, created_at, model, provider, generation_id, prompt_tokens,"
    " completion_tokens, cost, cost_is_billed, finish_reason, error, settings_json, elapsed_s,"
    " reasoning_tokens, reasoning_details_json, thinking_s, first_token_s, tokens_per_s,"
    " annotations_json, web_searches"
)
_COPY_MESSAGES_SQL = f"""{_BRANCH}
    INSERT INTO messages (conversation_id, status, {_COPIED_MESSAGE_COLUMNS})
    SELECT :new, CASE status WHEN 'streaming' THEN 'interrupted' ELSE status END,
           {_COPIED_MESSAGE_COLUMNS}
    FROM branch JOIN messages ON id = mid AND conversation_id = :cid
    WHERE depth BETWEEN :first AND :last ORDER BY depth
"""  # noqa: S608 (constant fragments)

# The newest message with text gives the preview, so a failed, empty answer doesn't hide it.
_LAST_TEXT = (
    "(SELECT substr(m.content, 1, 400) FROM messages m WHERE m.conversation_id = c.id"
    " AND trim(m.content) != '' ORDER BY m.id DESC LIMIT 1)"
)
_COUNT = "(SELECT COUNT(*) FROM messages m WHERE m.conversation_id = c.id)"
_LIST_SQL = f"""
    SELECT c.id, c.title, c.updated_at, {_COUNT}, NULL, {_LAST_TEXT}
    FROM conversations c WHERE c.comparison_id IS NULL
    ORDER BY c.updated_at DESC, c.id DESC LIMIT ?
"""  # noqa: S608 (constant fragments)
_SEARCH_SQL = f"""
    SELECT * FROM (
        SELECT c.id, c.title, c.updated_at, {_COUNT},
            (SELECT m.content FROM messages m WHERE m.conversation_id = c.id
             AND switchboard_contains(m.content, :needle) ORDER BY m.id DESC LIMIT 1) AS hit,
            {_LAST_TEXT}
        FROM conversations c WHERE c.comparison_id IS NULL
    )
    WHERE hit IS NOT NULL OR switchboard_contains(title, :needle)
    ORDER BY updated_at DESC, id DESC LIMIT :limit
"""  # noqa: S608


_IMPORT_SQL = (
    "INSERT INTO messages (conversation_id, role, content, status, created_at, reasoning,"
    " reasoning_tokens, reasoning_details_json, thinking_s, annotations_json, web_searches,"
    " parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _write_tree(
    db: sqlite3.Connection,
    conversation_id: int,
    rows: Iterable[tuple[Any, ...]],
    tree: ImportedTree,
) -> list[int]:
    """Imported messages as the tree they came in (each parent written before its
    children), with the versions on screen chosen as they were; their ids, in order."""
    ids: list[int] = []
    for row, parent in zip(rows, tree.parents, strict=True):
        parent_id = None if parent is None else ids[parent]
        ids.append(row_id(db.execute(_IMPORT_SQL, (conversation_id, *row, parent_id))))
    db.executemany(
        "UPDATE messages SET chosen_child_id = ? WHERE id = ?",
        ((ids[child], ids[at]) for at, child in enumerate(tree.shown) if child is not None),
    )
    root = ids[tree.root] if ids else None
    db.execute("UPDATE conversations SET chosen_root_id = ? WHERE id = ?", (root, conversation_id))
    return ids


def _copy_attachments(
    db: sqlite3.Connection, source: int, copy: int, first: int, last: int
) -> None:
    """The attachments of the messages ``_COPY_MESSAGES_SQL`` just copied (in branch order,
    so the copies' ids follow the originals' order)."""
    originals = [
        int(row[0])
        for row in db.execute(
            _BRANCH + "SELECT mid FROM branch JOIN messages ON id = mid"  # noqa: S608
            " AND conversation_id = :cid WHERE depth BETWEEN :first AND :last ORDER BY depth",
            {"cid": source, "first": first, "last": last},
        )
    ]
    copies = [
        int(row[0])
        for row in db.execute(
            "SELECT id FROM messages WHERE conversation_id = ? ORDER BY id", (copy,)
        )
    ]
    db.executemany(
        "INSERT INTO message_attachments (message_id, position, digest, meta_json)"
        " SELECT ?, position, digest, meta_json FROM message_attachments WHERE message_id = ?",
        zip(copies, originals, strict=True),
    )


def _copied_depths(
    db: sqlite3.Connection, conversation_id: int, upto: int | None, last_turns: int | None
) -> tuple[int, int]:
    """The depths on the branch on screen that a copy takes, first and last (inclusive)."""
    rows = db.execute(
        _BRANCH + "SELECT depth, id, role FROM branch JOIN messages ON id = mid"  # noqa: S608
        " AND conversation_id = :cid ORDER BY depth",
        {"cid": conversation_id},
    ).fetchall()
    end = len(rows)  # how many messages of the branch are copied
    if upto is not None:
        end = next((at + 1 for at, (_depth, mid, _role) in enumerate(rows) if mid == upto), 0)
        if not end:
            raise KeyError(upto)
    start = 0
    if last_turns is not None:
        prompts = [at for at, (_depth, _mid, role) in enumerate(rows[:end]) if role == "user"]
        if len(prompts) > max(last_turns, 1):
            start = prompts[-max(last_turns, 1)]
    if not end:
        return 0, -1  # nothing to copy
    first, last = rows[start][0], rows[end - 1][0]
    return first, last


def _delete_subtree(db: sqlite3.Connection, conversation_id: int, message_id: int) -> int:
    """Delete a message and everything below it (no cascading key: see migration 6);
    returns how many went."""
    params = {"mid": message_id, "cid": conversation_id}
    # (counted first: a statement that starts with WITH reports no rowcount)
    count = db.execute(_SUBTREE + "SELECT COUNT(*) FROM subtree", params).fetchone()[0]  # noqa: S608
    db.execute(_SUBTREE + "DELETE FROM messages WHERE id IN subtree", params)  # noqa: S608
    return int(count)


def _chain(db: sqlite3.Connection, conversation_id: int) -> None:
    """Messages just written in order (an import, a copy) become one branch, as migration 6
    makes of every older conversation."""
    db.execute(
        "UPDATE messages SET parent_id = (SELECT MAX(p.id) FROM messages p"
        " WHERE p.conversation_id = messages.conversation_id AND p.id < messages.id),"
        " chosen_child_id = (SELECT MIN(c.id) FROM messages c"
        " WHERE c.conversation_id = messages.conversation_id AND c.id > messages.id)"
        " WHERE conversation_id = ?",
        (conversation_id,),
    )
    db.execute(
        "UPDATE conversations SET chosen_root_id = (SELECT MIN(m.id) FROM messages m"
        " WHERE m.conversation_id = conversations.id) WHERE id = ?",
        (conversation_id,),
    )


def _contains(text: object, needle: object) -> int:
    if not isinstance(text, str) or not isinstance(needle, str):
        return 0
    return int(needle in text.casefold())


def _summary(row: tuple[Any, ...], needle: str) -> ConversationSummary:
    conversation_id, title, updated_at, count, hit, last_text = row
    preview = _snippet(hit, needle) if hit is not None else _shorten(last_text or "")
    return ConversationSummary(
        conversation_id, title, checked_timestamp(updated_at), count, preview
    )


def _snippet(text: str, needle: str) -> str:
    """A few words around the first match of ``needle`` in ``text``."""
    folded = text.casefold()
    at = max(folded.find(needle), 0)
    if len(folded) != len(text):  # casefold changed lengths (ß → ss): stay in range
        at = min(at, max(len(text) - len(needle), 0))
    start = max(at - _SNIPPET_BEFORE, 0)
    window = " ".join(text[start : start + PREVIEW_CHARS + len(needle)].split())
    prefix = "…" if start > 0 else ""
    return prefix + _shorten(window, PREVIEW_CHARS) if window else ""


def _shorten(text: str, limit: int = PREVIEW_CHARS) -> str:
    flat = " ".join(text[: limit * 4].split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rstrip() + "…"


def _clean_title(title: str) -> str:
    return " ".join(clean_surrogates(title).split()) or translate("history", DEFAULT_TITLE)


def _column_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Message fields as column values; TypeError for a name that is not a message field."""
    columns: dict[str, Any] = {}
    for name, value in fields.items():
        if name in _TEXT_FIELDS:
            columns[name] = clean_surrogates(value) if isinstance(value, str) else value
        elif name in _COUNT_FIELDS:
            columns[name] = checked_count(value)
        elif name in _SECONDS_FIELDS:
            columns[name] = checked_float(value, MAX_SECONDS)
        elif name == "tokens_per_s":
            columns[name] = checked_float(value, MAX_TOKENS_PER_S)
        elif name == "reasoning_details":
            stored = details_to_json(value)
            if stored is not None or not value:  # (grown past the bounds: what was kept stays)
                columns["reasoning_details_json"] = stored
        elif name == "status":
            columns["status"] = MessageStatus(value).value
        elif name == "cost":
            columns["cost"] = _cost_text(value)
        elif name == "cost_is_billed":
            columns["cost_is_billed"] = int(bool(value))
        elif name == "settings":
            columns["settings_json"] = None if value is None else dump_json(value.to_dict())
        elif name == "annotations":
            columns["annotations_json"] = annotations_to_json(value)
        else:
            raise TypeError(f"unknown message field {name!r}")
    return columns


def _imported_extras(message: ChatMessage) -> tuple[Any, ...]:
    """The thinking, annotations and searches columns of an imported message (checked
    again, as every write is)."""
    from app.core.export import ThinkingMessage

    if not isinstance(message, ThinkingMessage):
        return ("", None, None, None, None, None)
    return (
        clean_surrogates(message.reasoning),
        checked_count(message.reasoning_tokens),
        details_to_json(message.reasoning_details),
        checked_float(message.thinking_s, MAX_SECONDS),
        annotations_to_json(message.annotations),
        checked_count(message.web_searches),
    )


def _cost_text(cost: object) -> str | None:
    """Costs are Decimal and stored as text, so they come back exactly as they went in. An
    impossible one (see ``parse_cost``) is stored as unknown (NULL)."""
    if cost is None:
        return None
    if isinstance(cost, bool) or not isinstance(cost, Decimal | int):
        raise TypeError("cost must be a Decimal (floats would lose cents)")
    checked = parse_cost(Decimal(cost))
    return None if checked is None else str(checked)


def _cost_value(text: object) -> Decimal | None:
    """A stored cost; damaged or impossible (``1E+30`` from an older version) is unknown."""
    return parse_cost(text) if isinstance(text, str | int) else None


_STATUSES = {status.value: status for status in MessageStatus}


def _message_from_row(row: tuple[Any, ...], settings_cache: dict[str, ChatSettings]) -> Message:
    """Row columns are in Message's field order (``_MESSAGE_COLUMNS``); positional arguments
    keep loading a long conversation fast."""
    values = list(row)
    # An unknown status was written by a newer version: show it, never as still streaming.
    values[4] = _STATUSES.get(values[4], MessageStatus.INTERRUPTED)
    values[5] = checked_timestamp(values[5])
    # Figures an older version (or a hand edit) stored out of range read back as unknown.
    if values[10] is not None:
        values[10] = checked_count(values[10])
    if values[11] is not None:
        values[11] = checked_count(values[11])
    if values[12] is not None:
        values[12] = _cost_value(values[12])
    values[13] = bool(values[13])
    if values[17] is not None:
        values[17] = checked_float(values[17], MAX_SECONDS)
    if values[18] is not None:
        values[18] = checked_count(values[18])
    values[19] = details_from_json(values[19]) if values[19] is not None else ()
    if values[20] is not None:
        values[20] = checked_float(values[20], MAX_SECONDS)
    if values[22] is not None:
        values[22] = checked_float(values[22], MAX_SECONDS)
    if values[23] is not None:
        values[23] = checked_float(values[23], MAX_TOKENS_PER_S)
    annotations = annotations_from_json(values[24])
    searches = checked_count(values[25]) if values[25] is not None else None
    settings_json = values[16]
    if settings_json is not None:
        settings = settings_cache.get(settings_json)
        if settings is None:
            settings = settings_cache[settings_json] = ChatSettings.from_stored(
                load_json(settings_json)
            )
        values[16] = settings
    # (attachments are read for many messages at once: ``HistoryStore._attach``)
    values[24:] = [(), annotations, searches]
    return Message(*values)


def _conversation_from_row(row: tuple[Any, ...]) -> Conversation:
    conversation_id, title, settings_json, created_at, updated_at, custom = row
    return Conversation(
        id=conversation_id,
        title=title,
        settings=ChatSettings.from_stored(load_json(settings_json)),
        created_at=checked_timestamp(created_at),
        updated_at=checked_timestamp(updated_at),
        title_is_custom=bool(custom),
    )


MAX_ANNOTATIONS_CHARS = 100_000_000  # parsed PDFs' text included (2 MB each at most)


def _write_attachments(
    db: sqlite3.Connection, message_id: int, attachments: Sequence[Attachment]
) -> None:
    db.executemany(
        "INSERT INTO message_attachments (message_id, position, digest, meta_json)"
        " VALUES (?, ?, ?, ?)",
        ((message_id, at, a.digest, dump_json(a.to_dict())) for at, a in enumerate(attachments)),
    )


def annotations_to_json(items: object) -> str | None:
    """The JSON stored for an answer's annotations (checked as the server's are); None for
    none."""
    kept = checked_annotations(items)
    if not kept:
        return None
    text = json.dumps(kept, separators=(",", ":"))  # (ASCII: a lone surrogate stays escaped)
    return text if len(text) <= MAX_ANNOTATIONS_CHARS else None


def annotations_from_json(text: object) -> tuple[Mapping[str, Any], ...]:
    """Stored annotations back; () for none, damaged JSON or anything out of bounds.

    Every item was checked when written (``annotations_to_json``), so only its outline is
    looked at again: walking a parsed PDF's text on every read of the history took 150 ms
    for five of them (review of #18, finding 20). An item of the wrong outline is dropped."""
    if not isinstance(text, str) or len(text) > MAX_ANNOTATIONS_CHARS:
        return ()
    items = load_json(text)
    if not isinstance(items, list):
        return ()
    return tuple(item for item in items[:MAX_ANNOTATIONS] if _outline_ok(item))


def _outline_ok(item: object) -> bool:
    """A stored annotation of the shape the checks keep (its insides are trusted)."""
    if not isinstance(item, dict):
        return False
    kind = item.get("type")
    if kind == "url_citation":
        citation = item.get("url_citation")
        return isinstance(citation, dict) and is_web_url(citation.get("url"))
    if kind == "file":
        parsed = item.get("file")
        return (
            isinstance(parsed, dict)
            and isinstance(parsed.get("hash"), str)
            and isinstance(parsed.get("name"), str)
            and isinstance(parsed.get("content"), list)
        )
    return False
