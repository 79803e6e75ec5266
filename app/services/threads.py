"""Blocking work (files, SQLite transactions, the OS keychain) run off the event loop, so the
window never waits for it. The one helper the services share; Qt-free."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar, TypeVarTuple

T = TypeVar("T")
Ts = TypeVarTuple("Ts")


async def off_thread(function: Callable[[*Ts], T], *args: *Ts) -> T:
    """``function(*args)`` on the loop's default worker thread pool; its result, or its
    exception raised here."""
    return await asyncio.get_running_loop().run_in_executor(None, function, *args)
