"""The window's background work: coroutines it starts, and blocking calls kept off the UI
thread. Every task is kept until it ends, cancelled at shutdown, and an unexpected error goes
to the crash path (the loop's exception handler), not into a log line nobody reads."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


class UiTasks:
    """Spawn and track the UI's tasks.

    ``asyncio`` is imported on first use: not before the window's first paint (~40 ms)."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        """Run ``coroutine`` on the loop; None (and it is closed unrun) after ``cancel_all``."""
        import asyncio

        if self._closed:
            coroutine.close()
            return None
        return self.adopt(asyncio.ensure_future(coroutine))

    def adopt(self, task: asyncio.Task[T]) -> asyncio.Task[T]:
        """Track a task a service started (cancelled at shutdown, errors to the crash path)."""
        if self._closed:
            task.cancel()
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    async def run_blocking(self, function: Callable[..., T], *args: Any) -> T:
        """Call ``function(*args)`` on a worker thread (a keychain, a file, a transaction)."""
        import asyncio

        return await asyncio.get_running_loop().run_in_executor(None, function, *args)

    def cancel_all(self) -> None:
        """At shutdown: cancel what still runs; nothing new starts."""
        self._closed = True
        for task in list(self._tasks):
            task.cancel()

    @property
    def closed(self) -> bool:
        """``cancel_all`` was called: the window is closing."""
        return self._closed

    @property
    def running(self) -> int:
        return len(self._tasks)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            task.get_loop().call_exception_handler(
                {"message": "Unexpected error in the window", "exception": error, "task": task}
            )
