"""Parts of the status bar besides the cost meter: the message, the server and where the key
lives, the update notice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel, QWidget

from app.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QFontMetrics, QResizeEvent

    from app.core.updates import UpdateNotice


class KeySourceLabel(QLabel):
    """The server's host name (in the text colour: a disabled grey does not read on every
    desktop); the tooltip has its whole address and where the key lives."""

    def __init__(self, endpoint: str, key_source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._endpoint = endpoint
        self.key_status = ""
        self.set_source(key_source)

    def set_source(self, text: str, endpoint: str | None = None) -> None:
        self._endpoint = endpoint or self._endpoint
        host = self._endpoint.split("//", 1)[-1].split("/", 1)[0]
        self.setText(host)
        self.setToolTip(f"{self._endpoint}\n{text}")
        self.key_status = text


NOTE_MS = 8000  # how long a passing note ("Message copied.") stays


class StatusMessage(QLabel):
    """The status bar's message, left of the cost meter and never over it: one line, cut at
    a word with "…" when it is too long (the whole text is in the tooltip).

    Warnings and errors stand until they stop being true: a newer one about the same
    ``topic`` replaces the older, and ``withdraw(topic)`` takes it away (a send that went out
    withdraws "not sent" and "credits ran out"). When the newest goes, the one before it shows
    again. A passing note (kind "info") shows for a few seconds over them. Messages without a
    topic share one: the newest stands.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QSizePolicy

        super().__init__(parent)
        self.setAccessibleName(translate("status_parts", "Status message"))
        # (Empty until a message comes: _fit sets the text format with each text.)
        # Whatever room the permanent parts leave, and no more: a long text never pushes or
        # covers the meter.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self._standing: dict[str, tuple[str, str]] = {}  # topic -> (text, kind), oldest first
        self._note: str | None = None
        self._full = ""
        self._kind = "info"
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.timeout.connect(self._note_expired)
        self.setOpenExternalLinks(False)
        self.linkActivated.connect(_open_openrouter_page)

    def post(self, text: str, kind: str, topic: str = "") -> None:
        if kind == "info":
            self._note = text
            self._note_timer.start(NOTE_MS)
        else:
            self._note = None
            self._note_timer.stop()
            self._standing.pop(topic, None)  # re-inserted last: the newest
            self._standing[topic] = (text, kind)
        self._show()

    def withdraw(self, *topics: str) -> None:
        """The messages about ``topics`` are no longer true."""
        for topic in topics:
            self._standing.pop(topic, None)
        self._show()

    def message(self) -> str:
        """The whole text shown now ("" when none)."""
        return self._full

    def _note_expired(self) -> None:
        self._note = None
        self._show()

    def _show(self) -> None:
        if self._note is not None:
            text, kind = self._note, "info"
        elif self._standing:
            text, kind = next(reversed(self._standing.values()))
        else:
            text, kind = "", "info"
        self._full, self._kind = text, kind
        self.setToolTip(_plain_tip(text))  # (a server's words, never read as markup)
        self.setAccessibleDescription(text)  # a screen reader reads it whole
        self.setStyleSheet(_message_style(kind))
        self._fit()

    def _fit(self) -> None:
        if not self._full:
            super().setText("")  # (no Qt:: enum before the first paint: they cost ~20 ms)
            return
        from app.core.links import linkify_openrouter

        prefix = "⚠ " if self._kind != "info" else ""
        shown = elide_words(prefix + self._full, self.fontMetrics(), self.width())
        linked = linkify_openrouter(shown)  # "openrouter.ai/credits" and such: a link
        rich = "<a " in linked
        self.setTextFormat(
            QtCore.Qt.TextFormat.RichText if rich else QtCore.Qt.TextFormat.PlainText
        )
        super().setText(linked if rich else shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit()


def _plain_tip(text: str) -> str:
    if not text:
        return ""
    from app.render.safe_text import plain_tooltip

    return plain_tooltip(text)


def _message_style(kind: str) -> str:
    from .theme import error_color, warning_color

    if kind == "error":
        return f"color: {error_color()}"
    return f"color: {warning_color()}" if kind == "warning" else ""


def elide_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` if it fits in ``width`` pixels, else as many whole words as fit and "…"."""
    text = " ".join(text.split())
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    low, high = 0, len(words)  # the most words that fit with the ellipsis: binary search
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(" ".join(words[:middle]) + "…") <= width:
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]).rstrip(",;:") + "…" if low else "…"


def _open_openrouter_page(url: str) -> None:
    """A link in a status message: only https pages of openrouter.ai open."""
    from app.core.links import is_openrouter_link

    from .external import open_link

    if is_openrouter_link(url):
        open_link(url)


class UpdateNoticePart(QWidget):
    """A newer Switchboard is out: a quiet link ("Switchboard 1.3 is available — what's new")
    that opens the release page only when clicked, the first lines of its notes in the
    tooltip, and a small button that stops telling about that version. Hidden until told.

    Signals:
        dismissed(str): the person does not want to hear about this release (its tag).
    """

    dismissed = QtCore.Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QToolButton

        super().__init__(parent)
        self.notice: UpdateNotice | None = None
        self.link = QLabel(self)  # (made a link with the first notice: see show_notice)
        self.link.setOpenExternalLinks(False)  # opened by hand, through the link rules
        self.link.linkActivated.connect(self._open)
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("×")
        self.dismiss_button.setAutoRaise(True)
        never_again = translate("status_parts", "Do not tell me about this version again")
        self.dismiss_button.setToolTip(never_again)
        self.dismiss_button.setAccessibleName(never_again)
        self.dismiss_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.link)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_notice(self, notice: UpdateNotice | None) -> None:
        """Tell about ``notice`` (None: take the notice away)."""
        import html

        self.notice = notice
        if notice is None:
            self.hide()
            return
        # Not in __init__: the first use of a Qt:: enum builds all of them (~20 ms), which the
        # window's first paint should not wait for.
        self.link.setTextFormat(QtCore.Qt.TextFormat.RichText)
        flags = QtCore.Qt.TextInteractionFlag
        self.link.setTextInteractionFlags(
            flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard
        )
        href, text = html.escape(notice.url, quote=True), html.escape(notice.text, quote=False)
        self.link.setText(f'<a href="{href}">{text}</a>')
        self.link.setAccessibleName(notice.text)
        summary = notice.summary()
        tip = (
            html.escape(summary, quote=False).replace("\n", "<br>")
            if summary
            else translate("status_parts", "Open the release page.")
        )
        self.link.setToolTip(f"<qt>{tip}</qt>")  # the notes are plain text, never markup
        self.show()

    def _open(self, _href: str) -> None:
        """The release page, from the notice itself (not the label's text), via the rules."""
        from app.core.updates import is_safe_url

        from .external import open_link

        if self.notice is not None and is_safe_url(self.notice.url):
            open_link(self.notice.url)

    def _dismiss(self) -> None:
        if self.notice is not None:
            tag = self.notice.tag
            self.show_notice(None)
            self.dismissed.emit(tag)
