"""The cost ledger: one row per answer that cost money (billed, or estimated until billed).

Totals survive restarts and deleting conversations: a row's conversation and message links
are set to NULL when those go (see migration 3 in ``app.store.database``), the money stays.

Costs are stored as Decimal text and summed in Python with Decimal, never with SQL's float
``SUM``. "Today" and "this month" follow the *local* calendar (the computer's time zone, or
the ``tz`` given): today starts at local midnight, the month at local midnight on the 1st.
Where a daylight-saving change skips midnight, the day starts at the first instant it has.
(OpenRouter's own ``usage_daily`` on ``GET /key`` counts UTC days; the caps here are the
person's own, so they follow the person's clock.)

Figures are checked both ways (``app.core.money`` and ``app.core.usage`` limits): an impossible
cost is refused when recording and counts as zero when read back (a row written by an older
version, such as ``1E+30``, must not break every total, the meter or the start); an impossible
token count is stored and read as unknown.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import Any, TypedDict, Unpack, cast

from app.core.money import parse_cost
from app.core.usage import checked_count, checked_timestamp

from .files import write_text_atomic

CSV_HEADER = (
    "time",
    "conversation",
    "model",
    "provider",
    "prompt_tokens",
    "completion_tokens",
    "cost_usd",
    "status",
    "generation_id",
    "thinking_tokens",  # part of completion_tokens; last, so older columns keep their place
    "web_searches",  # searches the server ran for the answer (billed on top of tokens)
)
_COLUMNS = (
    "id, created_at, conversation_id, message_id, generation_id, model, provider, "
    "prompt_tokens, completion_tokens, cost, billed, reasoning_tokens, web_searches"
)
_UPDATABLE = frozenset(
    {
        "generation_id",
        "model",
        "provider",
        "prompt_tokens",
        "completion_tokens",
        "cost",
        "billed",
        "reasoning_tokens",
        "web_searches",
    }
)
_COUNTS = frozenset({"prompt_tokens", "completion_tokens", "reasoning_tokens", "web_searches"})
_EXPORT_SQL = (
    "SELECT l.created_at, c.title, l.model, l.provider, l.prompt_tokens, l.completion_tokens,"
    " l.cost, l.billed, l.generation_id, l.reasoning_tokens, l.web_searches"
    " FROM ledger l LEFT JOIN conversations c ON c.id = l.conversation_id"
    " WHERE {where} ORDER BY l.created_at, l.id"
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One request's cost. ``billed`` is True for OpenRouter's own figure (``usage.cost`` or
    ``GET /generation``), False for an estimate from catalogue prices × tokens."""

    cost: Decimal
    billed: bool = False
    conversation_id: int | None = None
    message_id: int | None = None
    generation_id: str | None = None
    model: str | None = None
    provider: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    created_at: float | None = None  # None when recording: now, by the ledger's clock
    reasoning_tokens: int | None = None  # thinking tokens, part of completion_tokens
    id: int | None = None  # set once recorded
    web_searches: int | None = None  # searches the server counted for the answer


class LedgerUpdate(TypedDict, total=False):
    """What ``Ledger.update`` may change (an estimate replaced by the billed figure)."""

    cost: Decimal
    billed: bool
    generation_id: str | None
    model: str | None
    provider: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    reasoning_tokens: int | None
    web_searches: int | None


class Ledger:
    """The ``ledger`` table on an open database. Every write commits before returning."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        clock: Callable[[], float] = time.time,
        *,
        tz: tzinfo | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._tz = tz  # None: the computer's local time zone
        self._lock = threading.RLock()

    # -- writing -----------------------------------------------------------------------------

    def record(self, entry: LedgerEntry) -> int:
        """Add a row; returns its id. A conversation or message that no longer exists is
        recorded as NULL (the money was spent all the same)."""
        created_at = entry.created_at if entry.created_at is not None else self._clock()
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO ledger (created_at, conversation_id, message_id, generation_id,"
                " model, provider, prompt_tokens, completion_tokens, cost, billed,"
                " reasoning_tokens, web_searches) VALUES"
                " (?, (SELECT id FROM conversations WHERE id = ?),"
                " (SELECT id FROM messages WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    created_at,
                    entry.conversation_id,
                    entry.message_id,
                    entry.generation_id,
                    entry.model,
                    entry.provider,
                    checked_count(entry.prompt_tokens),
                    checked_count(entry.completion_tokens),
                    _cost_text(entry.cost),
                    int(entry.billed),
                    checked_count(entry.reasoning_tokens),
                    checked_count(entry.web_searches),
                ),
            )
            if cursor.lastrowid is None:  # pragma: no cover - an INSERT always sets it
                raise RuntimeError("insert returned no row id")
            return cursor.lastrowid

    def update(self, entry_id: int, **fields: Unpack[LedgerUpdate]) -> LedgerEntry:
        """Change some fields of a row (its time and links stay); returns it as stored.
        KeyError when there is no such row, TypeError for a field that cannot change."""
        columns: dict[str, Any] = {}
        for name, value in cast(Mapping[str, Any], fields).items():
            if name not in _UPDATABLE:
                raise TypeError(f"unknown ledger field {name!r}")
            if name == "cost":
                value = _cost_text(value)
            elif name == "billed":
                value = int(bool(value))
            elif name in _COUNTS:
                value = checked_count(value)
            columns[name] = value
        with self._write() as db:
            if columns:
                assignments = ", ".join(f"{name} = ?" for name in columns)
                cursor = db.execute(
                    f"UPDATE ledger SET {assignments} WHERE id = ?",  # noqa: S608 (our names)
                    (*columns.values(), entry_id),
                )
                if cursor.rowcount == 0:
                    raise KeyError(entry_id)
            entry = self._select_one("id = ?", (entry_id,))
        if entry is None:
            raise KeyError(entry_id)
        return entry

    # -- reading -----------------------------------------------------------------------------

    def get(self, entry_id: int) -> LedgerEntry | None:
        with self._lock:
            return self._select_one("id = ?", (entry_id,))

    def by_message(self, message_id: int) -> LedgerEntry | None:
        """The row for this message (the newest, should there be several)."""
        with self._lock:
            return self._select_one("message_id = ? ORDER BY id DESC LIMIT 1", (message_id,))

    def by_generation(self, generation_id: str) -> LedgerEntry | None:
        """The row for this generation id, even after its message was deleted."""
        with self._lock:
            return self._select_one("generation_id = ? ORDER BY id DESC LIMIT 1", (generation_id,))

    def entries(self, since: float | None = None, until: float | None = None) -> list[LedgerEntry]:
        """Rows with ``since <= created_at < until`` (either end open when None), oldest first."""
        where, params = _period(since, until)
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM ledger WHERE {where} ORDER BY created_at, id",  # noqa: S608
                params,
            ).fetchall()
        return [_entry(row) for row in rows]

    # -- totals ------------------------------------------------------------------------------

    def total_for_conversation(self, conversation_id: int) -> Decimal:
        return self._total("conversation_id = ?", (conversation_id,))

    def total_since(self, timestamp: float, until: float | None = None) -> Decimal:
        """Everything recorded at or after ``timestamp`` (and before ``until``, if given)."""
        return self._total(*_period(timestamp, until))

    def total(self) -> Decimal:
        return self._total("1", ())

    def today(self) -> Decimal:
        """Spent since local midnight (see the module docstring)."""
        return self.total_since(self.start_of_day())

    def this_month(self) -> Decimal:
        """Spent since local midnight on the 1st of this month."""
        return self.total_since(self.start_of_month())

    def start_of_day(self, at: float | None = None) -> float:
        """The timestamp of local midnight on the day of ``at`` (default: now)."""
        moment = self._local(at)
        return moment.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()

    def start_of_month(self, at: float | None = None) -> float:
        moment = self._local(at)
        return moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0).timestamp()

    # -- export ------------------------------------------------------------------------------

    def export_csv(self, path: Path, since: float | None = None, until: float | None = None) -> int:
        """Write the rows (oldest first) as CSV with a header row; returns how many rows.

        Atomic: a failed export leaves any earlier file untouched. Times are ISO 8601 in local
        time with the UTC offset; costs are plain decimals in USD (never in exponent form);
        status is ``billed`` or ``estimated``. Text cells that a spreadsheet would run as a
        formula are prefixed with an apostrophe. ``thinking_tokens`` is the part of
        ``completion_tokens`` the model spent thinking, ``web_searches`` (the last column) the
        searches the server ran for the answer; each empty when unknown.
        """
        where, params = _period(since, until, prefix="l.")
        with self._lock:
            rows = self._db.execute(_EXPORT_SQL.format(where=where), params).fetchall()
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(CSV_HEADER)
        for row in rows:
            created_at, title, model, provider, prompt, completion, cost, billed, gen = row[:9]
            writer.writerow(
                (
                    self._iso(checked_timestamp(created_at)),
                    _cell(title),
                    _cell(model),
                    _cell(provider),
                    _count_cell(prompt),
                    _count_cell(completion),
                    format(_cost_value(cost), "f"),
                    "billed" if billed else "estimated",
                    _cell(gen),
                    _count_cell(row[9]),
                    _count_cell(row[10]),
                )
            )
        write_text_atomic(path, buffer.getvalue())
        return len(rows)

    # -- internals ---------------------------------------------------------------------------

    def _local(self, at: float | None) -> datetime:
        """The wall-clock time of ``at``. Without a zone it is *naive* local time on purpose:
        ``replace(hour=0).timestamp()`` then finds midnight's own UTC offset, which differs
        from the current one on the day daylight saving starts or ends."""
        timestamp = self._clock() if at is None else at
        if self._tz is None:
            return datetime.fromtimestamp(timestamp)
        return datetime.fromtimestamp(timestamp, self._tz)

    def _iso(self, at: float) -> str:
        return self._local(at).astimezone(self._tz).isoformat(timespec="seconds")

    def _total(self, where: str, params: tuple[Any, ...]) -> Decimal:
        with self._lock:
            rows = self._db.execute(
                f"SELECT cost FROM ledger WHERE {where}",  # noqa: S608 (constant fragments)
                params,
            ).fetchall()
        return sum((_cost_value(row[0]) for row in rows), Decimal(0))

    def _select_one(self, where: str, params: tuple[Any, ...]) -> LedgerEntry | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM ledger WHERE {where}",  # noqa: S608 (constant fragments)
            params,
        ).fetchone()
        return None if row is None else _entry(row)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; rolled back if the body raises."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")


def _period(
    since: float | None, until: float | None, *, prefix: str = ""
) -> tuple[str, tuple[float, ...]]:
    clauses: list[str] = []
    params: list[float] = []
    if since is not None:
        clauses.append(f"{prefix}created_at >= ?")
        params.append(since)
    if until is not None:
        clauses.append(f"{prefix}created_at < ?")
        params.append(until)
    return (" AND ".join(clauses) or "1"), tuple(params)


def _cost_text(cost: object) -> str:
    """Exact text for a Decimal cost. Floats are refused: they would lose digits."""
    if isinstance(cost, bool) or not isinstance(cost, Decimal | int):
        raise TypeError("cost must be a Decimal (floats would lose digits)")
    value = parse_cost(Decimal(cost))
    if value is None:
        raise ValueError(
            f"a cost must be a finite amount of zero or more, at most a million dollars: {cost}"
        )
    return str(value)


def _cost_value(text: object) -> Decimal:
    """A stored cost; a damaged or impossible one counts as zero rather than breaking every
    total."""
    value = parse_cost(text) if isinstance(text, str | int) else None
    return Decimal(0) if value is None else value


def _count_cell(value: object) -> str | int:
    count = checked_count(value)
    return "" if count is None else count


def _entry(row: tuple[Any, ...]) -> LedgerEntry:
    (entry_id, created_at, conversation_id, message_id, generation_id, model, provider) = row[:7]
    prompt_tokens, completion_tokens, cost, billed, reasoning_tokens, searches = row[7:]
    return LedgerEntry(
        cost=_cost_value(cost),
        billed=bool(billed),
        conversation_id=conversation_id,
        message_id=message_id,
        generation_id=generation_id,
        model=model,
        provider=provider,
        prompt_tokens=checked_count(prompt_tokens),
        completion_tokens=checked_count(completion_tokens),
        created_at=checked_timestamp(created_at),
        reasoning_tokens=checked_count(reasoning_tokens),
        id=entry_id,
        web_searches=checked_count(searches),
    )


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
