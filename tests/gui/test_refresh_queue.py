"""The comparison's columns take turns to refresh (app/ui/compare/refresh_queue.py)."""

from __future__ import annotations

import time
from typing import Any

from app.ui.compare.refresh_queue import RefreshQueue


def test_columns_refresh_one_per_turn_and_at_most_once_an_interval(qtbot: Any) -> None:
    turns: list[list[int]] = []

    def refresh(column: int) -> None:
        turns.append([column])

    queue = RefreshQueue(refresh, 30)
    for column in (0, 1, 2, 0, 1):
        queue.want(column)
    qtbot.waitUntil(lambda: len(turns) == 3, timeout=1000)
    assert sorted(c for (c,) in turns) == [0, 1, 2]
    started = time.monotonic()
    queue.want(1)
    qtbot.waitUntil(lambda: len(turns) == 4, timeout=1000)
    assert turns[-1] == [1]
    # Column 1 was refreshed moments ago: the next waits for its interval.
    queue.want(1)
    qtbot.waitUntil(lambda: len(turns) == 5, timeout=1000)
    assert time.monotonic() - started >= 0.025


def test_steps_take_a_turn_each_in_order_ahead_of_refreshes(qtbot: Any) -> None:
    seen: list[str] = []
    queue = RefreshQueue(lambda c: seen.append(f"refresh {c}"), 30)
    queue.want(2)
    queue.want(0)
    queue.later(0, lambda: seen.append("prepare 0"), lambda: seen.append("end 0"))
    queue.later(1, lambda: seen.append("prepare 1"), lambda: seen.append("end 1"))
    qtbot.waitUntil(lambda: len(seen) == 6, timeout=1000)
    assert seen[:4] == ["prepare 0", "end 0", "prepare 1", "end 1"]
    assert sorted(seen[4:]) == ["refresh 0", "refresh 2"]


def test_run_all_runs_what_waits_at_once(qtbot: Any) -> None:
    seen: list[str] = []
    queue = RefreshQueue(lambda c: seen.append(f"refresh {c}"), 30)
    queue.later(3, lambda: seen.append("prepare 3"), lambda: seen.append("end 3"))
    queue.run_all()
    assert seen == ["prepare 3", "end 3"]
