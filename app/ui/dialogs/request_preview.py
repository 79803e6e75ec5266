"""The exact JSON body the next message would send (never the key: it travels in a header)."""

from __future__ import annotations

import html
import json
from typing import Any

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate


class RequestPreviewDialog(QDialog):
    def __init__(self, body: dict[str, Any], url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("request_preview", "Request"))
        self.resize(640, 560)
        self.text = json.dumps(body, indent=2, ensure_ascii=False)
        hidden = translate(
            "request_preview",
            "The API key is sent in the Authorization header and is not shown here.",
        )
        note = QLabel(f"POST {html.escape(url)}<br><small>{html.escape(hidden)}</small>")
        view = QPlainTextEdit(self.text)
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setAccessibleName(translate("request_preview", "Request body"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("request_preview", "Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
