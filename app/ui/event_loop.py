"""The qasync event loop, set up the way asyncio's own loop sets itself up."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

_executors: dict[asyncio.AbstractEventLoop, Any] = {}


def create_event_loop(app: Any, *, already_running: bool = False) -> asyncio.AbstractEventLoop:
    """A qasync loop on ``app``, made current, with asyncio's async-generator hooks.

    qasync's ``run_forever`` runs Qt's loop instead of ``BaseEventLoop.run_forever``, so it
    never installs the hooks that close an abandoned async generator on the loop. Without
    them an unfinished httpx body iterator is finalised by the garbage collector and its
    ``aclose()`` coroutine is never awaited (the connection is not cleanly released).
    """
    import qasync

    loop = qasync.QEventLoop(app, already_running=already_running)
    executor = qasync.QThreadExecutor(2)  # keyring and file work; shut down in close_event_loop
    loop.set_default_executor(executor)
    _executors[loop] = executor
    asyncio.set_event_loop(loop)
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
        finalizer=loop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]
    )
    return loop


def close_event_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Undo ``create_event_loop``; an ``already_running`` loop also stops being current."""
    sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
    executor = _executors.pop(loop, None)
    if executor is not None:
        executor.shutdown(wait=True)
        loop.set_default_executor(None)  # so qasync's own close() does not shut it twice
    if asyncio.events._get_running_loop() is loop:
        asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
