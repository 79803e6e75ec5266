"""Prompt sets and their runs on the history's SQLite connection.

A set is its name and its prompts (``prompts_json``). A run keeps a copy of the set as it was
run (``set_json``) and its columns (label and settings each, ``columns_json``); its answers
live in one ordinary comparison per prompt (``ComparisonStore.create(..., run=(id, pos))``).
Every write is committed before its method returns.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.core.conversation import ChatSettings
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.prompt_sets import (
    RUN_STATES,
    PromptRun,
    PromptSet,
    check_prompt_set,
    columns_from_json,
    columns_to_json,
    items_entry,
    prompt_set_to_json,
    stored_prompt_set,
)
from app.core.prompt_sets import PromptRunSummary as PromptRunSummary  # re-exported

from .history import HistoryStore
from .json_columns import dump_json, load_json, row_id

DEFAULT_RUN_TITLE = QT_TRANSLATE_NOOP("prompt_sets", "Prompt set run")
MAX_CONCURRENCY = 8

_SELECT_RUN = """
    SELECT id, title, set_json, columns_json, blind, fair, concurrency, state, created_at,
        updated_at
    FROM prompt_runs
"""


# Every column conversation of a run with the last message on screen (the chain of chosen
# children, as HistoryStore's branch), in one query: counting progress must stay cheap.
# (CROSS JOIN keeps SQLite from starting at every first message of the whole database.)
_COLUMN_STATES = """
WITH RECURSIVE branch(cid, mid, depth) AS (
    SELECT c.id, m.id, 0 FROM comparisons k
    CROSS JOIN conversations c ON c.comparison_id = k.id
    CROSS JOIN messages m ON m.id = c.chosen_root_id AND m.conversation_id = c.id
        AND m.parent_id IS NULL
    WHERE k.run_id = :run
    UNION ALL
    SELECT b.cid, n.id, b.depth + 1 FROM branch b JOIN messages m ON m.id = b.mid
    JOIN messages n ON n.id = m.chosen_child_id AND n.parent_id = m.id
        AND n.conversation_id = b.cid
    WHERE b.depth < 100000
), last AS (
    SELECT cid, mid, max(depth) FROM branch GROUP BY cid
)
SELECT k.id, k.run_position, c.column_index, c.id, m.role, m.status
FROM comparisons k JOIN conversations c ON c.comparison_id = k.id
LEFT JOIN last ON last.cid = c.id LEFT JOIN messages m ON m.id = last.mid
WHERE k.run_id = :run
ORDER BY k.run_position, k.id, c.column_index
"""


@dataclass(frozen=True, slots=True)
class ColumnState:
    """One column of a run's comparison and its last message on screen (None: no message)."""

    comparison_id: int
    position: int  # the prompt's position in the run
    index: int  # the column
    conversation_id: int
    role: str | None
    status: str | None


class PromptSetStore:
    """Prompt sets and runs, on the connection ``history`` writes through."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        history: HistoryStore,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = connection
        self._history = history
        self._clock = clock

    # -- sets --------------------------------------------------------------------------------

    def list_sets(self) -> list[PromptSet]:
        """By name (case-insensitive), then oldest first."""
        rows = self._db.execute(
            "SELECT id, name, prompts_json FROM prompt_sets ORDER BY name COLLATE NOCASE, id"
        ).fetchall()
        return [_prompt_set(row) for row in rows]

    def get_set(self, set_id: int) -> PromptSet | None:
        row = self._db.execute(
            "SELECT id, name, prompts_json FROM prompt_sets WHERE id = ?", (set_id,)
        ).fetchone()
        return None if row is None else _prompt_set(row)

    def save_set(self, s: PromptSet) -> PromptSet:
        """Adds ``s`` (id None) or replaces the stored set with its id; returns it as stored.
        PromptSetError when it breaks a rule; KeyError for an id that is not stored."""
        s = check_prompt_set(s)
        prompts = dump_json([items_entry(item) for item in s.items])
        now = self._clock()
        with self._history.transaction() as db:
            if s.id is None:
                cursor = db.execute(
                    "INSERT INTO prompt_sets (name, prompts_json, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?)",
                    (s.name, prompts, now, now),
                )
                return PromptSet(s.name, s.items, row_id(cursor))
            cursor = db.execute(
                "UPDATE prompt_sets SET name = ?, prompts_json = ?, updated_at = ? WHERE id = ?",
                (s.name, prompts, now, s.id),
            )
            if cursor.rowcount == 0:
                raise KeyError(s.id)
        return s

    def delete_set(self, set_id: int) -> None:
        """Its runs stay (they keep their own copy of the set)."""
        with self._history.transaction() as db:
            db.execute("DELETE FROM prompt_sets WHERE id = ?", (set_id,))

    # -- runs --------------------------------------------------------------------------------

    def create_run(
        self,
        title: str,
        s: PromptSet,
        columns: Sequence[tuple[str, ChatSettings]],
        *,
        blind: bool,
        fair: bool,
        concurrency: int,
    ) -> PromptRun:
        """A run in state 'ready' (its comparisons are made by the caller)."""
        now = self._clock()
        with self._history.transaction() as db:
            cursor = db.execute(
                "INSERT INTO prompt_runs (title, set_json, columns_json, blind, fair,"
                " concurrency, state, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'ready', ?, ?)",
                (
                    _clean_title(title),
                    dump_json(prompt_set_to_json(s)),
                    dump_json(columns_to_json(list(columns))),
                    int(blind),
                    int(fair),
                    clamp_concurrency(concurrency),
                    now,
                    now,
                ),
            )
            row = db.execute(_SELECT_RUN + " WHERE id = ?", (row_id(cursor),)).fetchone()
        run = _run(row)
        return PromptRun(
            run.id,
            run.title,
            PromptSet(run.prompt_set.name, run.prompt_set.items, s.id),
            run.labels,
            run.blind,
            run.fair,
            run.concurrency,
            run.state,
            run.created_at,
            run.updated_at,
            run.settings,
        )

    def column_states(self, run_id: int) -> list[ColumnState]:
        """Every column of the run's comparisons, in prompt then column order, with its last
        message's role and status (one query)."""
        rows = self._db.execute(_COLUMN_STATES, {"run": run_id}).fetchall()
        return [
            ColumnState(k, position or 0, index, cid, role, status)
            for k, position, index, cid, role, status in rows
        ]

    def spent(self, run_id: int) -> Decimal | None:
        """What the ledger booked for the run's answers in all, earlier attempts included
        (stopped, failed, asked again); None when it booked nothing."""
        rows = self._db.execute(
            "SELECT l.cost FROM ledger l JOIN conversations c ON c.id = l.conversation_id"
            " JOIN comparisons k ON k.id = c.comparison_id WHERE k.run_id = ?",
            (run_id,),
        ).fetchall()
        costs = [_decimal(cost) for (cost,) in rows]
        known = [cost for cost in costs if cost is not None]
        return sum(known, Decimal(0)) if known else None

    def get_run(self, run_id: int) -> PromptRun | None:
        row = self._db.execute(_SELECT_RUN + " WHERE id = ?", (run_id,)).fetchone()
        return None if row is None else _run(row)

    def run_columns(self, run_id: int) -> list[tuple[str, ChatSettings]]:
        row = self._db.execute(
            "SELECT columns_json FROM prompt_runs WHERE id = ?", (run_id,)
        ).fetchone()
        return [] if row is None else columns_from_json(load_json(row[0]))

    def list_runs(self, query: str = "", limit: int = 500) -> list[PromptRunSummary]:
        """Newest change first (an answer in one of its comparisons counts). A query keeps
        runs whose title, set name or any prompt contains it (case-insensitive)."""
        rows = self._db.execute(
            "SELECT r.id, r.title, max(r.updated_at, coalesce((SELECT max(c.updated_at)"
            " FROM conversations c JOIN comparisons k ON c.comparison_id = k.id"
            " WHERE k.run_id = r.id), 0)) AS updated, r.state, r.set_json, r.columns_json,"
            " r.blind FROM prompt_runs r ORDER BY updated DESC, r.id DESC"
        ).fetchall()
        needle = query.strip().casefold()
        out: list[PromptRunSummary] = []
        for run_id, title, updated, state, set_json, columns_json, blind in rows:
            s = stored_prompt_set(load_json(set_json))
            if needle and not _matches(needle, title, s):
                continue
            labels = tuple(label for label, _settings in columns_from_json(load_json(columns_json)))
            out.append(
                PromptRunSummary(
                    run_id, title, updated, _state(state), len(s.items), labels, bool(blind)
                )
            )
            if len(out) >= limit:
                break
        return out

    def set_state(self, run_id: int, state: str) -> None:
        """ValueError for a state that is not one of RUN_STATES; KeyError for a missing run."""
        if state not in RUN_STATES:
            raise ValueError(f"unknown run state {state!r}")
        with self._history.transaction() as db:
            cursor = db.execute(
                "UPDATE prompt_runs SET state = ?, updated_at = ? WHERE id = ?",
                (state, self._clock(), run_id),
            )
            if cursor.rowcount == 0:
                raise KeyError(run_id)

    def rename_run(self, run_id: int, title: str) -> None:
        with self._history.transaction() as db:
            db.execute(
                "UPDATE prompt_runs SET title = ?, updated_at = ? WHERE id = ?",
                (
                    _clean_title(title),
                    self._clock(),
                    run_id,
                ),
            )

    def delete_run(self, run_id: int) -> None:
        """Deletes its comparisons and their column conversations too (the cost ledger keeps
        its rows, unlinked, as ``ComparisonStore.delete``). A missing run does nothing."""
        with self._history.transaction() as db:
            db.execute(
                "DELETE FROM conversations WHERE comparison_id IN"
                " (SELECT id FROM comparisons WHERE run_id = ?)",
                (run_id,),
            )
            db.execute("DELETE FROM comparisons WHERE run_id = ?", (run_id,))
            db.execute("DELETE FROM prompt_runs WHERE id = ?", (run_id,))


def clamp_concurrency(value: int) -> int:
    return max(1, min(MAX_CONCURRENCY, int(value)))


def _decimal(value: object) -> Decimal | None:
    try:
        cost = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return cost if cost.is_finite() else None


def _matches(needle: str, title: str, s: PromptSet) -> bool:
    texts = [title, s.name, *(item.prompt for item in s.items)]
    return any(needle in text.casefold() for text in texts)


def _state(value: object) -> str:
    return value if isinstance(value, str) and value in RUN_STATES else "stopped"


def _prompt_set(row: tuple[Any, ...]) -> PromptSet:
    set_id, name, prompts_json = row
    stored = stored_prompt_set(load_json(prompts_json), set_id)
    return PromptSet(name, stored.items, set_id)


def _run(row: tuple[Any, ...]) -> PromptRun:
    run_id, title, set_json, columns_json, blind, fair, concurrency, state = row[:8]
    created_at, updated_at = row[8:]
    columns = columns_from_json(load_json(columns_json))
    return PromptRun(
        run_id,
        title,
        stored_prompt_set(load_json(set_json)),
        tuple(label for label, _settings in columns),
        bool(blind),
        bool(fair),
        clamp_concurrency(concurrency if isinstance(concurrency, int) else 4),
        _state(state),
        created_at,
        updated_at,
        tuple(settings for _label, settings in columns),
    )


def _clean_title(title: str) -> str:
    return " ".join(title.split()) or translate("prompt_sets", DEFAULT_RUN_TITLE)
