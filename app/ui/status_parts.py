"""Parts of the status bar besides the cost meter: the server and where the key lives."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class KeySourceLabel(QLabel):
    """The server's host name; the tooltip has its whole address and where the key lives."""

    def __init__(self, endpoint: str, key_source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEnabled(False)  # quiet: it informs, it is not a control
        self._endpoint = endpoint
        self.key_status = ""
        self.set_source(key_source)

    def set_source(self, text: str, endpoint: str | None = None) -> None:
        self._endpoint = endpoint or self._endpoint
        host = self._endpoint.split("//", 1)[-1].split("/", 1)[0]
        self.setText(host)
        self.setToolTip(f"{self._endpoint}\n{text}")
        self.key_status = text
