"""The crash path: logged with secrets redacted, shown once, details copyable."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core.redact import add_known_secret, forget_known_secrets
from app.store.logs import add_redaction_to_handlers
from app.ui import crash
from app.ui.crash import CrashReporter

KEY = "sk-or-v1-" + "ab" * 32


def test_a_loop_error_is_logged_redacted_and_shown(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(crash.CrashReporter, "_show", lambda self, details: shown.append(details))
    reporter = CrashReporter()
    loop = asyncio.new_event_loop()
    add_known_secret(KEY)
    try:
        add_redaction_to_handlers(logging.getLogger())
        try:
            raise RuntimeError(f"request failed with Authorization: Bearer {KEY}")
        except RuntimeError as error:
            reporter._loop_handler(loop, {"exception": error, "message": "boom"})
        reporter._loop_handler(loop, {"exception": asyncio.CancelledError()})
    finally:
        loop.close()
        forget_known_secrets()
    (details,) = shown
    assert "RuntimeError" in details and KEY not in details
    assert KEY not in caplog.text


def test_the_dialog_offers_to_copy_the_details(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QGuiApplication

    def click_copy(box: QMessageBox) -> int:
        copy = next(b for b in box.buttons() if b.text() == "Copy details")
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_copy)
    CrashReporter().report("Traceback: something broke")
    assert QGuiApplication.clipboard().text() == "Traceback: something broke"
