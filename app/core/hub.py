"""A tiny typed event hub: any number of subscribers, called in the order they subscribed.

Replaces single-slot callback attributes that one owner overwrites: each party subscribes and
keeps the function that unsubscribes it. Pure Python, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Hub(Generic[T]):
    """Publishes values of one type to every subscriber."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[T], None]] = []

    def subscribe(self, subscriber: Callable[[T], None]) -> Callable[[], None]:
        """Call ``subscriber`` with every value published from now on; returns the function
        that unsubscribes it (calling it twice is harmless)."""
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, value: T) -> None:
        # A copy: a subscriber may unsubscribe (or subscribe another) while being called.
        for subscriber in list(self._subscribers):
            subscriber(value)

    def __len__(self) -> int:
        return len(self._subscribers)
