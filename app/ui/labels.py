"""A word-wrapped label that always gets the height its text needs.

Qt gives a wrapped QLabel inside a form or grid row the height of one line when the text is set
after the layout was sized, so sentences are cut off. This label asks for the height its text
needs at its current width whenever the text or the width changes.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A QLabel with word wrap on whose minimum height follows its text. No signals."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(max(self.width(), 1)) if self.text() else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(height)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` now (a result or a problem the person is waiting for),
    on behalf of ``widget``. Labels' own text is their accessible name, read when visited;
    this is for the changes that matter at once."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
