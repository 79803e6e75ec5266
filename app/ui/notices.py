"""The one channel for messages to the user: status bar notes, questions and dialogs.

Views and the window tell and ask through a ``Notices``; tests hand them a recording one
(``tests/helpers/notices.py``) instead of monkeypatching dialogs."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

PathMode = Literal["save", "open"]


class Kind(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Topic(StrEnum):
    """What a standing message is about, so it can be withdrawn when it stops being true."""

    PARAMETERS = "parameters"  # a parameter is invalid: nothing is sent (until it is fixed)
    SEND = "send"  # the last send failed (credits ran out, the server refused…)
    SPENDING = "spending"  # a send came close to a cap


class Notices(QObject):
    """Collects what the app wants to tell the user (the main window shows it) and asks the
    user questions. ``parent`` (or the ``parent`` of a call) is the owner of each dialog.

    A message may name its ``topic`` (see ``Topic``): a newer message about the same topic
    replaces the older, and ``withdraw(topic)`` takes it away once it is no longer true.

    Signals:
        posted(str, str): a message and its kind (info, warning, error).
        noted(str, str, str): the same message, its kind and its topic ("" for none).
        withdrawn(str): the messages about this topic are no longer true.
    """

    posted = Signal(str, str)
    noted = Signal(str, str, str)
    withdrawn = Signal(str)

    def info(self, text: str, *, topic: str = "") -> None:
        self._post(text, Kind.INFO, topic)

    def warning(self, text: str, *, topic: str = "") -> None:
        self._post(text, Kind.WARNING, topic)

    def error(self, text: str, *, topic: str = "") -> None:
        self._post(text, Kind.ERROR, topic)

    def withdraw(self, *topics: str) -> None:
        for topic in topics:
            self.withdrawn.emit(topic)

    def _post(self, text: str, kind: Kind, topic: str) -> None:
        self.posted.emit(text, kind.value)
        self.noted.emit(text, kind.value, topic)

    # -- questions and dialogs -----------------------------------------------------------------

    def confirm(self, title: str, text: str, action: str, *, parent: QWidget | None = None) -> bool:
        """Ask before something that cannot be undone; ``action`` names the button that goes
        ahead. The safe choice (Cancel) is the default."""
        from .dialogs.confirm import confirm

        return confirm(self._owner(parent), title, text, action)

    def ask_text(
        self, title: str, label: str, default: str = "", *, parent: QWidget | None = None
    ) -> str | None:
        """A line of text, or None when the person cancels."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self._owner(parent), title, label, text=default)
        return text if ok else None

    def choose_path(
        self,
        mode: PathMode,
        title: str,
        file_filter: str,
        default: Path,
        *,
        parent: QWidget | None = None,
    ) -> Path | None:
        """A file to save to or open, or None when the person cancels."""
        from PySide6.QtWidgets import QFileDialog

        ask = QFileDialog.getSaveFileName if mode == "save" else QFileDialog.getOpenFileName
        path, _ = ask(self._owner(parent), title, str(default), file_filter)
        return Path(path) if path else None

    def show_text(self, title: str, text: str, *, parent: QWidget | None = None) -> None:
        """Something to read (and close), e.g. a message's details."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self._owner(parent), title, text)

    def _owner(self, parent: QWidget | None) -> QWidget | None:
        if parent is not None:
            return parent
        owner = self.parent()
        return owner if isinstance(owner, QWidget) else None
