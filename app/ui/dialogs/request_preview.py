"""The exact JSON body the next message would send (never the key: it travels in a header)."""

from __future__ import annotations

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


class RequestPreviewDialog(QDialog):
    def __init__(self, body: dict[str, Any], url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Request")
        self.resize(640, 560)
        self.text = json.dumps(body, indent=2, ensure_ascii=False)
        note = QLabel(
            f"POST {url}<br><small>The API key is sent in the Authorization header and "
            "is not shown here.</small>"
        )
        view = QPlainTextEdit(self.text)
        view.setReadOnly(True)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setAccessibleName("Request body")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy", QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
