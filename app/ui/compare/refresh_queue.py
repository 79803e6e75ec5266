"""The comparison's columns take turns to draw, one column per turn of the event loop.

Four columns streaming the same answer would each refresh on their own ~30/s timer; started by
tokens that arrive together, those timers fire together, and four renders in one turn of the
loop stall the window for all four. Here each column still refreshes at most every
``interval_ms`` (and about as often when it has news), but one at a time, with a turn of the
event loop between two. A column's other drawing (its answer starting; its final render: the
Markdown, then the document edit) comes as ``steps`` that take a turn each, in order, ahead of
plain refreshes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer


class RefreshQueue(QObject):
    """Runs the refreshes and steps that columns ask for, one per event-loop turn.

    Signals: none.
    """

    def __init__(
        self,
        refresh: Callable[[int], None],
        interval_ms: int,
        parent: QObject | None = None,
    ) -> None:
        """``refresh(column)``: bring that column's streaming answer up to date."""
        super().__init__(parent)
        self._refresh = refresh
        self._interval = interval_ms / 1000
        self._wanted: dict[int, None] = {}  # columns with news, in the order they asked
        self._last: dict[int, float] = {}  # when each column was last refreshed
        self._steps: dict[int, list[Callable[[], None]]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._run_one)

    def want(self, column: int) -> None:
        """The column has new text to show (cheap: call it for every token)."""
        if column not in self._wanted:
            self._wanted[column] = None
            self._schedule()

    def later(self, column: int, *steps: Callable[[], None]) -> None:
        """Run ``steps`` after the column's earlier ones, each in a turn of its own."""
        self._steps.setdefault(column, []).extend(steps)
        self._schedule()

    def run_all(self) -> None:
        """Run every step still waiting, at once (the columns were stopped)."""
        while self._steps:
            for step in self._steps.pop(next(iter(self._steps))):
                step()

    def _schedule(self) -> None:
        if self._timer.isActive():
            return
        if self._steps:
            self._timer.start(0)
        elif self._wanted:
            now = time.monotonic()
            due = min(self._last.get(c, 0.0) + self._interval for c in self._wanted)
            self._timer.start(max(0, round((due - now) * 1000)))

    def _run_one(self) -> None:
        if self._steps:
            column = next(iter(self._steps))
            steps = self._steps[column]
            step = steps.pop(0)
            if not steps:
                del self._steps[column]
            step()
        elif self._wanted:
            now = time.monotonic()
            ready = [c for c in self._wanted if self._last.get(c, 0.0) + self._interval <= now]
            if ready:
                column = min(ready, key=lambda c: self._last.get(c, 0.0))
                del self._wanted[column]
                self._last[column] = now
                self._refresh(column)
        self._schedule()
