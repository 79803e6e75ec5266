"""The one crash path: an unexpected error is logged (redacted) and shown in a dialog that
offers to copy the details; the app keeps running when it can."""

from __future__ import annotations

import asyncio
import logging
import sys
from types import TracebackType
from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.core.i18n import translate
from app.core.redact import crash_text

log = logging.getLogger("switchboard.crash")


class CrashReporter:
    """Installs ``sys.excepthook`` and the asyncio loop's exception handler."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._parent = parent
        self._showing = False
        self.reported: list[str] = []

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        sys.excepthook = self._excepthook
        loop.set_exception_handler(self._loop_handler)

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self.report(crash_text(kind, error, tb))

    def _loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, asyncio.CancelledError):
            return
        if isinstance(error, BaseException):
            self.report(crash_text(type(error), error, error.__traceback__))
        else:
            self.report(str(context.get("message", "unknown error")))

    def report(self, details: str) -> None:
        log.error("Unexpected error:\n%s", details)
        self.reported.append(details)
        if self._showing or QApplication.instance() is None:
            return  # one dialog at a time; the log has every report
        self._showing = True
        try:
            self._show(details)
        finally:
            self._showing = False

    def _show(self, details: str) -> None:
        message = translate(
            "crash",
            "Something went wrong inside Switchboard. Your conversations are saved. If it happens "
            "again, copy the details and send them to us; they contain no key.",
        )
        box = QMessageBox(QMessageBox.Icon.Warning, "Switchboard", message, parent=self._parent)
        box.setDetailedText(details)
        copy = box.addButton(translate("crash", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is copy:
            QGuiApplication.clipboard().setText(details)
