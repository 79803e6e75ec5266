"""The qasync event loop, set up the way asyncio's own loop sets itself up."""

from __future__ import annotations

import asyncio
import sys
from typing import Any


def create_event_loop(app: Any, *, already_running: bool = False) -> asyncio.AbstractEventLoop:
    """A qasync loop on ``app``, made current, with asyncio's async-generator hooks.

    qasync's ``run_forever`` runs Qt's loop instead of ``BaseEventLoop.run_forever``, so it
    never installs the hooks that close an abandoned async generator on the loop. Without
    them an unfinished httpx body iterator is finalised by the garbage collector and its
    ``aclose()`` coroutine is never awaited (the connection is not cleanly released).
    """
    import qasync

    loop = qasync.QEventLoop(app, already_running=already_running)
    asyncio.set_event_loop(loop)
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
        finalizer=loop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]
    )
    return loop


def close_event_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Undo ``create_event_loop``; an ``already_running`` loop also stops being current."""
    sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
    if asyncio.events._get_running_loop() is loop:
        asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)
