"""The main window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app.store.paths import APP_NAME


class MainWindow(QMainWindow):
    """The window people live in: conversation tabs, later docks and the cost meter.

    Signals:
        first_painted(): the window has painted for the first time.
        close_requested(): the user closed the window; the composition root shuts down.
    """

    first_painted = Signal()
    close_requested = Signal()

    def __init__(self, *, endpoint: str, key_source: str, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(1100, 720)
        self.setMinimumSize(640, 420)
        self._painted = False

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_placeholder(), "New conversation")
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(f"Endpoint: {endpoint}    ·    API key: {key_source}")
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        event.accept()
        self.close_requested.emit()


def _placeholder() -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel(
        "<h2>Welcome to Switchboard</h2>"
        "<p>Chat with hundreds of models through one OpenRouter key.</p>"
    )
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    layout.addWidget(label)
    return page
