"""The startup and memory baseline: a bare PySide6 QMainWindow, nothing else.

Prints ``bare window ok: painted_at=<time.time() at the first paint>`` (the same field as
``python -m app --selftest``) and exits; with ``--stay`` it keeps running until terminated.
The window has the app's default size so both paint the same area.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

WINDOW_SIZE = (1100, 720)  # MainWindow's default size


class BareWindow(QMainWindow):
    """Reports its first paint once, then quits the application unless told to stay."""

    def __init__(self, *, stay: bool) -> None:
        super().__init__()
        self.setWindowTitle("bare window")
        self.resize(*WINDOW_SIZE)
        self._stay = stay
        self._painted = False
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._report(time.time())
        return super().eventFilter(watched, event)

    def _report(self, painted_at: float) -> None:
        print(f"bare window ok: painted_at={painted_at:.3f}", flush=True)
        if not self._stay:
            QTimer.singleShot(0, QApplication.quit)


def main(argv: list[str]) -> int:
    stay = "--stay" in argv[1:]
    app = QApplication(argv[:1])
    window = BareWindow(stay=stay)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
