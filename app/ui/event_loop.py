"""The qasync event loop, set up the way asyncio's own loop sets itself up."""

from __future__ import annotations

import asyncio
import functools
import os
import sys
from collections.abc import Callable
from typing import Any

_executors: dict[asyncio.AbstractEventLoop, Any] = {}


def create_event_loop(app: Any, *, already_running: bool = False) -> asyncio.AbstractEventLoop:
    """A qasync loop on ``app``, made current, with asyncio's async-generator hooks, whose
    cancelled timers go away at once.

    qasync's ``run_forever`` runs Qt's loop instead of ``BaseEventLoop.run_forever``, so it
    never installs the hooks that close an abandoned async generator on the loop. Without
    them an unfinished httpx body iterator is finalised by the garbage collector and its
    ``aclose()`` coroutine is never awaited (the connection is not cleanly released).

    qasync also keeps a cancelled ``call_later`` (and its Qt timer) until the time it was due.
    httpx sets a timeout for every read and cancels it when the read completes, so a streaming
    app piled up tens of thousands of dead timers (30 MB after a few minutes of streaming,
    and a Qt timer list that long); this loop drops them when they are cancelled.
    """
    qasync = _qasync()
    loop = _loop_class()(app, already_running=already_running)
    executor = qasync.QThreadExecutor(2)  # keyring and file work; shut down in close_event_loop
    loop.set_default_executor(executor)
    _executors[loop] = executor
    asyncio.set_event_loop(loop)
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
        finalizer=loop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]
    )
    return loop


def _qasync() -> Any:
    """qasync, on PySide6 whatever the user's ``QT_API`` says (it picks its Qt binding by it);
    the variable is left as the user had it, so no program we start inherits ours."""
    if "qasync" in sys.modules:
        return sys.modules["qasync"]
    users = os.environ.get("QT_API")
    os.environ["QT_API"] = "pyside6"
    try:
        import qasync
    finally:
        if users is None:
            os.environ.pop("QT_API", None)
        else:
            os.environ["QT_API"] = users
    return qasync


def close_event_loop(loop: asyncio.AbstractEventLoop) -> None:
    """Undo ``create_event_loop``; an ``already_running`` loop also stops being current."""
    sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
    executor = _executors.pop(loop, None)
    if executor is not None:
        executor.shutdown(wait=True)
        # So qasync's own close() does not shut it twice. qasync takes None here ("no
        # executor"); typeshed's AbstractEventLoop wants an Executor.
        loop.set_default_executor(None)  # type: ignore[arg-type]
    if asyncio.events._get_running_loop() is loop:
        asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


class _TimerHandle(asyncio.Handle):
    """A qasync callback that tells its timers when it is cancelled."""

    __slots__ = ("_timers",)

    def __init__(self, timers: Any, callback: Any, args: Any, loop: Any, context: Any) -> None:
        super().__init__(callback, args, loop, context=context)
        self._timers = timers

    def cancel(self) -> None:
        if not self._cancelled:
            super().cancel()
            self._timers.forget(self)


@functools.cache
def _loop_class() -> Callable[..., asyncio.AbstractEventLoop]:
    """qasync's loop class with cancellable timers (built once, on first use: it imports Qt)."""
    qasync = _qasync()
    from PySide6.QtCore import QObject, QTimerEvent

    class Timers(QObject):
        """qasync's timer object (one Qt timer per callback), but a cancelled callback's Qt
        timer is killed and the callback dropped at once."""

        def __init__(self) -> None:
            super().__init__()
            self._handles: dict[int, asyncio.Handle] = {}
            self._ids: dict[asyncio.Handle, int] = {}
            self._stopped = False

        def add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
            timer_id = self.startTimer(int(max(0.0, delay) * 1000))
            self._handles[timer_id] = handle
            self._ids[handle] = timer_id
            return handle

        def forget(self, handle: asyncio.Handle) -> None:
            timer_id = self._ids.pop(handle, None)
            if timer_id is not None:
                del self._handles[timer_id]
                self.killTimer(timer_id)

        def timerEvent(self, event: QTimerEvent) -> None:  # noqa: N802 (Qt)
            timer_id = event.timerId()
            self.killTimer(timer_id)
            handle = self._handles.pop(timer_id, None)
            if handle is None:
                return
            del self._ids[handle]
            if not self._stopped and not handle.cancelled():
                handle._run()

        def stop(self) -> None:
            self._stopped = True
            for timer_id in self._handles:
                self.killTimer(timer_id)
            self._handles.clear()
            self._ids.clear()

        def set_debug(self, enabled: bool) -> None:
            pass  # qasync's per-callback debug logging is not kept

    class Loop(qasync.QEventLoop):  # type: ignore[misc,name-defined]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._timer = Timers()

        def call_later(
            self, delay: float, callback: Any, *args: Any, context: Any = None
        ) -> asyncio.Handle:
            """qasync's own (``call_at`` and ``call_soon`` go through it), with a handle that
            its timers forget when it is cancelled."""
            if asyncio.iscoroutinefunction(callback):
                raise TypeError("coroutines cannot be used with call_later")
            if not callable(callback):
                raise TypeError(f"callback must be callable: {type(callback).__name__}")
            handle = _TimerHandle(self._timer, callback, args, self, context)
            return self._timer.add_callback(handle, delay)

    return Loop
