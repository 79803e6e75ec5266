"""Ending when the system asks: a logout, ``kill`` or a service manager sends SIGTERM, and the
app closes as if its window were closed (turns stopped and saved, layout kept) instead of
dying mid-write. Its own module: the start installs it before the first paint, and it
imports nothing heavy."""

from __future__ import annotations

import sys
from collections.abc import Callable


def on_terminate(callback: Callable[[], object]) -> Callable[[], None]:
    """Call ``callback`` on the Qt loop when the process is asked to end (SIGTERM: a logout,
    ``kill``, a service manager), so that it can close as if its window were closed rather
    than die mid-write. Returns the function that undoes it. Does nothing on Windows.

    Python runs a signal handler only between its own bytecodes, and an idle Qt loop runs
    none: the signal's number is written to a socket (``signal.set_wakeup_fd``) that Qt
    watches, which wakes the loop."""
    import signal
    import socket

    if sys.platform == "win32":
        return lambda: None
    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = signal.signal(signal.SIGTERM, lambda _number, _frame: None)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def woken() -> None:
        try:
            numbers = reader.recv(64)
        except OSError:
            return
        if signal.SIGTERM.value in numbers:
            callback()

    notifier.activated.connect(woken)

    def undo() -> None:
        notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, previous)
        signal.set_wakeup_fd(previous_fd)
        reader.close()
        writer.close()

    return undo
