"""Clocks a test controls, for code that takes a ``clock`` (a callable returning seconds)."""

from __future__ import annotations

START = 1_773_000_000.0  # March 2026: a plain moment, far from any edge


class Clock:
    """Reads ``now`` until the test moves it (``clock.now += 60``)."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class TickingClock(Clock):
    """Each reading is ``step`` seconds after the one before, so every write has its own time."""

    def __init__(self, now: float = START, step: float = 1.0) -> None:
        super().__init__(now)
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now
