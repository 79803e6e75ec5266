"""Probe for the PySide6 6.12.0 / Python 3.11 refcount bug (run as a script, in a subprocess).

A QObject whose Python ``timerEvent`` restarts a 0 ms timer N times. On the broken pair every
call drops a reference to None, and the process aborts with "Fatal Python error:
none_dealloc". Prints ``none_refcount_delta=<after-before> events=<n>`` when it survives.

Usage: python tests/stack_probe.py [N]
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QObject, QTimerEvent


class Restarter(QObject):
    def __init__(self, total: int) -> None:
        super().__init__()
        self.remaining = total
        self.count = 0
        self.timer_id = self.startTimer(0)

    def timerEvent(self, event: QTimerEvent) -> None:  # noqa: N802 (Qt)
        self.killTimer(event.timerId())
        self.count += 1
        self.remaining -= 1
        if self.remaining > 0:
            self.timer_id = self.startTimer(0)
        else:
            QCoreApplication.quit()


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QCoreApplication(sys.argv[:1])
    before = sys.getrefcount(None)
    restarter = Restarter(total)
    app.exec()
    after = sys.getrefcount(None)
    print(f"none_refcount_delta={after - before} events={restarter.count}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
