"""What a test left running on its event loop: tasks not done, callbacks still scheduled.

The loop fixtures (``qloop`` in tests/conftest.py, every ``asyncio.run`` in tests/unit) give
legitimate shutdown a bounded moment, then fail the test with a list made here instead of
cancelling what is left in silence: a task nobody awaits or cancels is a task the app forgets
when it closes. Qt-free.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
from collections.abc import Iterable
from typing import Any

# Leaks known in app code and not yet fixed: a coroutine's or callback's qualified name, one a
# line, with where it is spawned. A matching leftover is cancelled without failing the test.
# Remove the line with the fix.
KNOWN_LEAKS: frozenset[str] = frozenset(
    {
        # (none)
    }
)

SETTLE_SECONDS = 2.0  # how long shutdown may take before what is left counts as a leak


def qualname(target: Any) -> str:
    """``Class.method`` of a coroutine, function or bound method (functools.partial unwrapped)."""
    while hasattr(target, "func"):  # functools.partial
        target = target.func
    name = getattr(target, "__qualname__", None) or type(target).__qualname__
    return str(name)


def task_name(task: asyncio.Task[Any]) -> str:
    return qualname(task.get_coro())


def closed_generator(awaitable: Any) -> Any:
    """The async generator that an ``aclose()`` awaitable closes (the loop's finaliser runs one
    as a task for a generator dropped unfinished), else None."""
    if type(awaitable).__name__ not in ("async_generator_athrow", "async_generator_asend"):
        return None
    return next((r for r in gc.get_referents(awaitable) if inspect.isasyncgen(r)), None)


def describe_task(task: asyncio.Task[Any]) -> str:
    coro = task.get_coro()
    generator = closed_generator(coro)
    if generator is not None:
        coro = generator
    frame = next(
        (getattr(coro, a) for a in ("cr_frame", "ag_frame", "gi_frame") if getattr(coro, a, None)),
        None,
    )
    where = f" waiting at {frame.f_code.co_filename}:{frame.f_lineno}" if frame else ""
    if generator is not None:
        return f"task {task.get_name()} closing the async generator {qualname(generator)}(){where}"
    return f"task {task.get_name()} running {task_name(task)}(){where}"


def handle_name(handle: asyncio.Handle) -> str:
    return qualname(handle._callback)  # type: ignore[attr-defined]


def describe_handle(handle: asyncio.Handle) -> str:
    when = (
        f" due at loop time {handle.when():.3f}" if isinstance(handle, asyncio.TimerHandle) else ""
    )
    return f"callback {handle_name(handle)}{when}: {handle!r}"


def is_task_step(handle: asyncio.Handle, tasks: Iterable[asyncio.Task[Any]]) -> bool:
    """A handle that only wakes one of ``tasks``, or an ``asyncio.sleep`` timer (whoever
    sleeps is reported itself)."""
    callback = handle._callback  # type: ignore[attr-defined]
    if qualname(callback) == "_set_result_unless_cancelled":  # asyncio.sleep's timer
        return True
    owner = getattr(callback, "__self__", None)
    return any(owner is task for task in tasks)


def unexpected(
    tasks: Iterable[asyncio.Task[Any]], handles: Iterable[asyncio.Handle]
) -> tuple[list[asyncio.Task[Any]], list[asyncio.Handle]]:
    """What is left and not on the known-leaks list."""
    tasks = [t for t in tasks if not t.done()]
    live = [h for h in handles if not h.cancelled() and not is_task_step(h, tasks)]
    return (
        [t for t in tasks if task_name(t) not in KNOWN_LEAKS],
        [h for h in live if handle_name(h) not in KNOWN_LEAKS],
    )


def report(
    tasks: list[asyncio.Task[Any]], handles: list[asyncio.Handle], after: str = "its teardown"
) -> str:
    lines = [
        f"the test left {len(tasks)} task(s) and {len(handles)} callback(s) on the event loop "
        f"{SETTLE_SECONDS:g} s after {after}: await or cancel them (a service's aclose(), "
        "the window's close), or add a named line to KNOWN_LEAKS in tests/helpers/leftovers.py "
        "for a leak in app code that is not fixed yet"
    ]
    lines += [f"  - {describe_task(t)}" for t in tasks]
    lines += [f"  - {describe_handle(h)}" for h in handles]
    return "\n".join(lines)
