"""Comparisons: one prompt sent to two to four presets, answered side by side.

A comparison is a group of ordinary conversations, its *columns*, each with its own settings
(the preset's parameters, model and system prompt) and its own thread, so a chat turn runs in a
column exactly as in any conversation. The columns are tagged with the comparison, their
position and the preset's label, and ``HistoryStore.list_conversations`` leaves them out.

Blind votes are kept by preset label only (winner, loser), so the tally outlives the
comparisons it came from. Every write is committed before its method returns.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.conversation import ChatSettings
from app.core.history import ComparisonSummary as ComparisonSummary  # re-exported
from app.core.i18n import QT_TRANSLATE_NOOP, translate

from .history import HistoryStore, _shorten, _snippet
from .json_columns import dump_json, load_json, row_id

DEFAULT_COMPARISON_TITLE = QT_TRANSLATE_NOOP("comparisons", "New comparison")
MIN_COLUMNS = 2
MAX_COLUMNS = 4

# A comparison is as recent as its latest column (answers touch the column, not the group).
_UPDATED = (
    "max(k.updated_at, coalesce((SELECT max(c.updated_at) FROM conversations c"
    " WHERE c.comparison_id = k.id), 0))"
)
_SELECT_COMPARISON = f"""
    SELECT k.id, k.title, k.created_at, {_UPDATED}, k.blind, k.revealed, k.shared_system_prompt,
        k.fair, k.winner_index, k.run_id, k.run_position
    FROM comparisons k
"""  # noqa: S608 (constant fragments)


@dataclass(frozen=True, slots=True)
class Comparison:
    id: int
    title: str
    created_at: float
    updated_at: float  # the latest change to it or to any of its columns
    blind: bool
    revealed: bool
    shared_system_prompt: str
    fair: bool = False  # one provider pinned per model, every parameter required
    winner_index: int | None = None  # the column picked as best (blind), once picked
    run_id: int | None = None  # the prompt-set run it belongs to, if any
    run_position: int | None = None  # its prompt's position in that run


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a comparison: a conversation, its position and its preset's label."""

    conversation_id: int
    index: int
    label: str
    settings: ChatSettings


class ComparisonStore:
    """Comparisons, their columns and the blind-vote tally, on the history's connection."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        history: HistoryStore,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """``connection`` is the one ``history`` uses: writes go through its transactions, so
        the two stores never interleave on it."""
        self._db = connection
        self._history = history
        self._clock = clock

    # -- comparisons -------------------------------------------------------------------------

    def create(
        self,
        title: str,
        columns: Sequence[tuple[str, ChatSettings]],
        *,
        blind: bool = False,
        shared_system_prompt: str = "",
        fair: bool = False,
        run: tuple[int, int] | None = None,
    ) -> Comparison:
        """A comparison and its column conversations, in one transaction. ``columns`` are
        (label, settings) pairs, stored as given; ValueError unless there are 2 to 4.
        ``run``: (run id, position) when it answers one prompt of a prompt-set run."""
        _check_count(columns)
        now = self._clock()
        with self._history.transaction() as db:
            comparison_id = _insert(db, title, columns, now, blind, shared_system_prompt, fair, run)
            row = db.execute(_SELECT_COMPARISON + " WHERE k.id = ?", (comparison_id,)).fetchone()
        return _comparison(row)

    def create_for_run(
        self,
        run_id: int,
        titles: Sequence[tuple[int, str]],
        columns: Sequence[tuple[str, ChatSettings]],
        *,
        blind: bool,
        fair: bool,
    ) -> None:
        """A prompt-set run's comparisons, one per (position, title), all with the same
        columns, in one transaction (a 200-prompt run would otherwise commit 200 times)."""
        _check_count(columns)
        now = self._clock()
        with self._history.transaction() as db:
            for position, title in titles:
                _insert(db, title, columns, now, blind, "", fair, (run_id, position))

    def get(self, comparison_id: int) -> Comparison | None:
        row = self._db.execute(_SELECT_COMPARISON + " WHERE k.id = ?", (comparison_id,)).fetchone()
        return None if row is None else _comparison(row)

    def columns(self, comparison_id: int) -> list[Column]:
        """The columns in order; empty for a missing comparison."""
        rows = self._db.execute(
            "SELECT id, column_index, column_label, settings_json FROM conversations"
            " WHERE comparison_id = ? ORDER BY column_index, id",
            (comparison_id,),
        ).fetchall()
        return [
            Column(
                conversation_id, index, label or "", ChatSettings.from_stored(load_json(settings))
            )
            for conversation_id, index, label, settings in rows
        ]

    def column(self, comparison_id: int, index: int) -> Column:
        """KeyError if the comparison has no such column."""
        for column in self.columns(comparison_id):
            if column.index == index:
                return column
        raise KeyError((comparison_id, index))

    def comparison_of(self, conversation_id: int) -> tuple[int, int] | None:
        """(comparison id, column index) when the conversation is a column, else None."""
        row = self._db.execute(
            "SELECT comparison_id, column_index FROM conversations WHERE id = ?",
            (conversation_id,),
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return int(row[0]), int(row[1])

    def set_column_settings(
        self, comparison_id: int, index: int, settings: ChatSettings, *, label: str | None = None
    ) -> None:
        """Change a column's settings (and label). KeyError if there is no such column."""
        assignments, values = "settings_json = ?", [dump_json(settings.to_dict())]
        if label is not None:
            assignments += ", column_label = ?"
            values.append(_clean_label(label, index))
        with self._history.transaction() as db:
            cursor = db.execute(
                f"UPDATE conversations SET {assignments}, updated_at = ?"  # noqa: S608
                " WHERE comparison_id = ? AND column_index = ?",
                (*values, self._clock(), comparison_id, index),
            )
            if cursor.rowcount == 0:
                raise KeyError((comparison_id, index))

    def set_revealed(self, comparison_id: int, revealed: bool) -> None:
        self._update(comparison_id, "revealed = ?", int(revealed))

    def set_fair(self, comparison_id: int, fair: bool) -> None:
        self._update(comparison_id, "fair = ?", int(fair))

    def set_winner(self, comparison_id: int, index: int | None) -> None:
        """The column picked as best (None: none picked)."""
        self._update(comparison_id, "winner_index = ?", index)

    def of_run(self, run_id: int) -> list[Comparison]:
        """The comparisons of a prompt-set run, in prompt order."""
        rows = self._db.execute(
            _SELECT_COMPARISON + " WHERE k.run_id = ? ORDER BY k.run_position, k.id", (run_id,)
        ).fetchall()
        return [_comparison(row) for row in rows]

    def rename(self, comparison_id: int, title: str) -> None:
        self._update(comparison_id, "title = ?", _clean_title(title))

    def set_shared_system_prompt(self, comparison_id: int, prompt: str) -> None:
        self._update(comparison_id, "shared_system_prompt = ?", prompt)

    def delete(self, comparison_id: int) -> None:
        """Deletes its column conversations and their messages too (the cost ledger keeps its
        rows, unlinked). Deleting a missing comparison does nothing."""
        with self._history.transaction() as db:
            db.execute("DELETE FROM conversations WHERE comparison_id = ?", (comparison_id,))
            db.execute("DELETE FROM comparisons WHERE id = ?", (comparison_id,))

    def list(self, query: str = "", limit: int = 500) -> list[ComparisonSummary]:
        """Newest first, leaving out those of prompt-set runs (their run lists them). A query
        keeps comparisons whose title or any message of any column contains it
        (case-insensitive; every character is literal)."""
        needle = query.strip().casefold()
        params: dict[str, Any] = {"needle": needle, "limit": max(limit, 0)}
        rows = self._db.execute(_SEARCH_SQL if needle else _LIST_SQL, params).fetchall()
        return [_summary(row, needle) for row in rows]

    # -- blind votes -------------------------------------------------------------------------

    def record_vote(self, winner_label: str, loser_labels: Sequence[str]) -> None:
        """One win for ``winner_label`` over each loser (a loser with the same label is
        skipped: a preset cannot beat itself)."""
        now = self._clock()
        rows = [(now, winner_label, loser) for loser in loser_labels if loser != winner_label]
        with self._history.transaction() as db:
            db.executemany(
                "INSERT INTO blind_votes (created_at, winner, loser) VALUES (?, ?, ?)", rows
            )

    def tally(self) -> dict[tuple[str, str], tuple[int, int]]:
        """For each pair of labels that met, sorted (a, b): (wins of a, wins of b)."""
        rows = self._db.execute(
            "SELECT winner, loser, COUNT(*) FROM blind_votes GROUP BY winner, loser"
        ).fetchall()
        out: dict[tuple[str, str], tuple[int, int]] = {}
        for winner, loser, count in rows:
            a, b = sorted((winner, loser))
            a_wins, b_wins = out.get((a, b), (0, 0))
            if winner == a:
                a_wins += count
            else:
                b_wins += count
            out[(a, b)] = (a_wins, b_wins)
        return out

    def tally_text(self, a: str, b: str) -> str:
        """ "Precise beat Creative 7 to 3", "Precise and Creative are tied 2 to 2", or
        "No blind votes yet between Precise and Creative"."""
        first, second = sorted((a, b))
        first_wins, second_wins = self.tally().get((first, second), (0, 0))
        wins = {first: first_wins, second: second_wins}
        return tally_sentence(a, wins[a], b, wins[b])

    # -- internals ---------------------------------------------------------------------------

    def _update(self, comparison_id: int, assignment: str, value: object) -> None:
        with self._history.transaction() as db:
            cursor = db.execute(
                f"UPDATE comparisons SET {assignment}, updated_at = ? WHERE id = ?",  # noqa: S608
                (value, self._clock(), comparison_id),
            )
            if cursor.rowcount == 0:
                raise KeyError(comparison_id)


def tally_sentence(a: str, a_wins: int, b: str, b_wins: int) -> str:
    if a_wins == b_wins == 0:
        return translate("comparisons", "No blind votes yet between {a} and {b}").format(a=a, b=b)
    if a_wins == b_wins:
        return translate("comparisons", "{a} and {b} are tied {a_wins} to {b_wins}").format(
            a=a, b=b, a_wins=a_wins, b_wins=b_wins
        )
    if a_wins > b_wins:
        winner, loser, most, fewest = a, b, a_wins, b_wins
    else:
        winner, loser, most, fewest = b, a, b_wins, a_wins
    return translate("comparisons", "{winner} beat {loser} {wins} to {losses}").format(
        winner=winner, loser=loser, wins=most, losses=fewest
    )


# The latest prompt (the first column's) is the preview.
_LAST_PROMPT = (
    "(SELECT substr(m.content, 1, 400) FROM messages m JOIN conversations c"
    " ON m.conversation_id = c.id WHERE c.comparison_id = k.id AND m.role = 'user'"
    " AND trim(m.content) != '' ORDER BY c.column_index, m.id DESC LIMIT 1)"
)
_LABELS = (
    "(SELECT json_group_array(label) FROM (SELECT coalesce(c.column_label, '') AS label"
    " FROM conversations c WHERE c.comparison_id = k.id ORDER BY c.column_index))"
)
_LIST_SQL = f"""
    SELECT k.id, k.title, {_UPDATED} AS updated, k.blind, k.revealed, {_LABELS}, NULL,
        {_LAST_PROMPT}
    FROM comparisons k WHERE k.run_id IS NULL ORDER BY updated DESC, k.id DESC LIMIT :limit
"""  # noqa: S608 (constant fragments)
_SEARCH_SQL = f"""
    SELECT * FROM (
        SELECT k.id, k.title, {_UPDATED} AS updated, k.blind, k.revealed, {_LABELS},
            (SELECT m.content FROM messages m JOIN conversations c
             ON m.conversation_id = c.id WHERE c.comparison_id = k.id
             AND switchboard_contains(m.content, :needle) ORDER BY m.id DESC LIMIT 1) AS hit,
            {_LAST_PROMPT}
        FROM comparisons k WHERE k.run_id IS NULL
    )
    WHERE hit IS NOT NULL OR switchboard_contains(title, :needle)
    ORDER BY updated DESC, id DESC LIMIT :limit
"""  # noqa: S608


def _summary(row: tuple[Any, ...], needle: str) -> ComparisonSummary:
    comparison_id, title, updated, blind, revealed, labels_json, hit, last_prompt = row
    found = load_json(labels_json)
    labels = tuple(str(label) for label in found) if isinstance(found, list) else ()
    preview = _snippet(hit, needle) if hit is not None else _shorten(last_prompt or "")
    return ComparisonSummary(
        comparison_id, title, updated, labels, bool(blind), bool(revealed), preview
    )


def _comparison(row: tuple[Any, ...]) -> Comparison:
    comparison_id, title, created_at, updated_at, blind, revealed, shared = row[:7]
    fair, winner, run_id, run_position = row[7:]
    return Comparison(
        comparison_id,
        title,
        created_at,
        updated_at,
        bool(blind),
        bool(revealed),
        shared or "",
        bool(fair),
        winner,
        run_id,
        run_position,
    )


def _check_count(columns: Sequence[object]) -> None:
    if not MIN_COLUMNS <= len(columns) <= MAX_COLUMNS:
        raise ValueError(
            f"a comparison has {MIN_COLUMNS} to {MAX_COLUMNS} columns, not {len(columns)}"
        )


def _insert(
    db: sqlite3.Connection,
    title: str,
    columns: Sequence[tuple[str, ChatSettings]],
    now: float,
    blind: bool,
    shared_system_prompt: str,
    fair: bool,
    run: tuple[int, int] | None,
) -> int:
    """One comparison and its column conversations (inside the caller's transaction)."""
    cursor = db.execute(
        "INSERT INTO comparisons (title, created_at, updated_at, blind, revealed,"
        " shared_system_prompt, fair, run_id, run_position)"
        " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)",
        (
            _clean_title(title),
            now,
            now,
            int(blind),
            shared_system_prompt,
            int(fair),
            run[0] if run else None,
            run[1] if run else None,
        ),
    )
    comparison_id = row_id(cursor)
    db.executemany(
        "INSERT INTO conversations (title, title_is_custom, settings_json, created_at,"
        " updated_at, comparison_id, column_index, column_label)"
        " VALUES (?, 0, ?, ?, ?, ?, ?, ?)",
        [
            (
                _clean_label(label, index),
                dump_json(settings.to_dict()),
                now,
                now,
                comparison_id,
                index,
                _clean_label(label, index),
            )
            for index, (label, settings) in enumerate(columns)
        ],
    )
    return comparison_id


def _clean_title(title: str) -> str:
    return " ".join(title.split()) or translate("comparisons", DEFAULT_COMPARISON_TITLE)


def _clean_label(label: str, index: int) -> str:
    return " ".join(label.split()) or translate("comparisons", "Column {number}").format(
        number=index + 1
    )
