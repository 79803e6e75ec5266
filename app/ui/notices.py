"""The one channel for messages to the user: status bar notes and dialogs go through here."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Kind(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Notices(QObject):
    """Collects what the app wants to tell the user; the main window shows it.

    Signals:
        posted(str, str): a message and its kind (info, warning, error).
    """

    posted = Signal(str, str)

    def info(self, text: str) -> None:
        self.posted.emit(text, Kind.INFO.value)

    def warning(self, text: str) -> None:
        self.posted.emit(text, Kind.WARNING.value)

    def error(self, text: str) -> None:
        self.posted.emit(text, Kind.ERROR.value)
