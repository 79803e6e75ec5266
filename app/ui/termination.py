"""Ending when the system asks: a logout, ``kill`` or a service manager sends SIGTERM, and the
app closes as if its window were closed (turns stopped and saved, layout kept) instead of
dying mid-write. Its own module: the start installs it just after the first paint, and it
imports nothing heavy."""

from __future__ import annotations

import sys
from collections.abc import Callable


def on_terminate(callback: Callable[[], object]) -> Callable[[], None]:
    """Call ``callback`` on the Qt loop when the process is asked to end (SIGTERM: a logout,
    ``kill``, a service manager), so that it can close as if its window were closed rather
    than die mid-write. Returns the function that undoes it. Does nothing on Windows.

    Python runs a signal handler only between its own bytecodes, and an idle Qt loop runs
    none: the signal's number is written to a pipe (``signal.set_wakeup_fd``) that Qt
    watches, which wakes the loop. (A pipe, not a socket pair: the socket module costs 4 ms
    at start.)"""
    import os
    import signal

    if sys.platform == "win32":
        return lambda: None
    from PySide6.QtCore import QSocketNotifier

    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    previous_fd = signal.set_wakeup_fd(writer)
    previous = signal.signal(signal.SIGTERM, lambda _number, _frame: None)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read)

    def woken() -> None:
        try:
            numbers = os.read(reader, 64)
        except OSError:
            return
        if signal.SIGTERM.value in numbers:
            callback()

    notifier.activated.connect(woken)

    def undo() -> None:
        notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, previous)
        signal.set_wakeup_fd(previous_fd)
        os.close(reader)
        os.close(writer)

    return undo
