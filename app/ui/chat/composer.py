"""Where a person types (and drops or pastes files and pictures to attach)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QImageWriter, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.core.i18n import translate


def local_files(source: QMimeData) -> list[Path]:
    """The local files a drop or paste carries (web addresses are not files)."""
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]


def pasted_image(source: QMimeData) -> bytes | None:
    """A picture on the clipboard (a screenshot) as PNG bytes; None without one."""
    if not source.hasImage():
        return None
    image = source.imageData()
    if not isinstance(image, QImage) or image.isNull():
        return None
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # (a writer: QImage.save refuses a bytes format at run time, whatever its stubs say)
    saved = QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(buffer.data().data()) if saved else None


class Composer(QPlainTextEdit):
    """A multi-line prompt box. Enter sends and Shift+Enter adds a line (or the other way
    round when ``enter_sends`` is off: then Ctrl+Enter sends).

    Files dropped or pasted, and pasted pictures, are handed on to be attached (never
    inserted as text, never dropped without a word).

    Signals:
        submitted(str): the person asked to send this text (not yet cleared).
        files_given(list): local files (Path) dropped or pasted here.
        image_pasted(bytes): a picture pasted here, as PNG bytes.
    """

    submitted = Signal(str)
    files_given = Signal(list)
    image_pasted = Signal(bytes)

    def __init__(self, parent: QWidget | None = None, *, enter_sends: bool = True) -> None:
        super().__init__(parent)
        self.enter_sends = enter_sends
        self.setTabChangesFocus(True)
        self.setAccessibleName(translate("composer", "Message"))
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit())
        self._fit()
        self.setAccessibleDescription(
            translate("composer", "Type your message. Enter sends, Shift+Enter adds a line.")
        )
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
            self.setPlaceholderText(
                translate("composer", "Message  (Enter to send, Shift+Enter for a new line)")
            )
        else:
            self.setPlaceholderText(translate("composer", "Message  (Ctrl+Enter to send)"))

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

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt)
        return bool(local_files(source)) or source.hasImage() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt)
        files = local_files(source)
        if files:
            self.files_given.emit(files)
            return
        # A picture alone (a screenshot); text copied with a picture (a document) is text.
        image = None if source.text().strip() else pasted_image(source)
        if image is not None:
            self.image_pasted.emit(image)
            return
        # Plain text only: pasting from a web page must not carry formatting.
        if source.hasText():
            self.insertPlainText(source.text())
