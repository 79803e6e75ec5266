"""Where a person types."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class Composer(QPlainTextEdit):
    """A multi-line prompt box. Enter sends and Shift+Enter adds a line (or the other way
    round when ``enter_sends`` is off: then Ctrl+Enter sends).

    Signals:
        submitted(str): the person asked to send this text (not yet cleared).
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, enter_sends: bool = True) -> None:
        super().__init__(parent)
        self.enter_sends = enter_sends
        self.setTabChangesFocus(True)
        self.setAccessibleName("Message")
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()
        self.setAccessibleDescription("Type your message. Enter sends, Shift+Enter adds a line.")
        self._update_placeholder()

    def _fit(self) -> None:
        """Grow with the text from three lines up to about ten, then scroll."""
        line = self.fontMetrics().lineSpacing()
        lines = max(3, min(10, self.document().lineCount()))
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        self.setFixedHeight(lines * line + int(self.document().documentMargin() * 2) + margins)

    def set_enter_sends(self, enabled: bool) -> None:
        self.enter_sends = enabled
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if self.enter_sends:
            self.setPlaceholderText("Message  (Enter to send, Shift+Enter for a new line)")
        else:
            self.setPlaceholderText("Message  (Ctrl+Enter to send)")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers()
            ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
            shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            if ctrl or (self.enter_sends and not shift):
                self._submit()
                return
        super().keyPressEvent(event)

    def _submit(self) -> None:
        text = self.toPlainText()
        if text.strip():
            self.submitted.emit(text)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt)
        # Plain text only: pasting from a web page must not carry formatting or images.
        if source.hasText():
            self.insertPlainText(source.text())
