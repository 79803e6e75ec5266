"""Keyboard focus on a transcript's links, shown as a solid ring.

Qt's own keyboard link navigation marks the focused link with a 1-px dotted outline that
QWidgetTextControl hard-codes; nothing painted afterwards removes it. So the transcript turns
that navigation off (no LinksAccessibleByKeyboard) and does it here: Tab and Shift+Tab move
between the document's anchors (leaving the transcript after the last and before the first),
Enter or Space activates the focused one as a click does, and it is drawn as a rounded 2-px
ring in the Highlight colour, as the rest of the app draws focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from app.core.i18n import translate

RING_WIDTH = 2.0
RING_PAD = 2  # pixels between the link's text and its ring
MAX_RING_CHARS = 400  # a link's text measured character by character (links are short)


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    href: str


def anchors(document: QTextDocument) -> list[Anchor]:
    """The document's links in order, a link split over several fragments (bold inside it)
    counted once."""
    found: list[Anchor] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                href = fmt.anchorHref() if fmt.isAnchor() else ""
                if href:
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    last = found[-1] if found else None
                    if last is not None and last.href == href and last.end == start:
                        found[-1] = Anchor(last.start, end, href)
                    else:
                        found.append(Anchor(start, end, href))
            it += 1
        block = block.next()
    return found


class LinkFocus:
    """The focused link of one QTextEdit, kept as a selection cursor (Qt moves it as text is
    inserted before it) with its href, to notice when the document changed under it."""

    def __init__(self, edit: QTextEdit) -> None:
        self._edit = edit
        self._cursor: QTextCursor | None = None
        self._href = ""
        self.hovered: Anchor | None = None  # the link under the mouse: underlined

    def hover(self, position: int, href: str) -> None:
        """The mouse is at text ``position``, over the link ``href`` ("": over no link)."""
        now = self.hovered
        if now is not None and now.href == href and now.start <= position <= now.end:
            return  # still the same link: no need to look through the document
        hovered = None
        if href:
            hovered = next(
                (
                    a
                    for a in anchors(self._edit.document())
                    if a.href == href and a.start <= position <= a.end
                ),
                None,
            )
        if hovered != self.hovered:
            self.hovered = hovered
            self._edit.viewport().update()

    @property
    def current(self) -> Anchor | None:
        cursor = self._cursor
        if cursor is None or cursor.document() is not self._edit.document():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if end <= start:
            return None
        probe = QTextCursor(self._edit.document())
        probe.setPosition(start + 1)  # the format of the character after start
        if probe.charFormat().anchorHref() != self._href:
            return None
        return Anchor(start, end, self._href)

    def clear(self) -> None:
        if self._cursor is not None:
            self._cursor = None
            self._edit.viewport().update()

    def move(self, forward: bool) -> bool:
        """Focus the next (or previous) link; False when there is none that way."""
        links = anchors(self._edit.document())
        current = self.current
        if current is not None:
            if forward:
                ahead = [a for a in links if a.start >= current.end]
            else:
                ahead = [a for a in reversed(links) if a.end <= current.start]
        else:  # start from what is on screen, as Qt's own navigation does
            viewport = self._edit.viewport().rect()
            if forward:
                top = self._edit.cursorForPosition(viewport.topLeft()).position()
                ahead = [a for a in links if a.end > top]
            else:
                bottom = self._edit.cursorForPosition(viewport.bottomRight()).position()
                ahead = [a for a in reversed(links) if a.start < bottom]
        if not ahead:
            self.clear()
            return False
        self._focus(ahead[0])
        return True

    def focus_href(self, href: str) -> bool:
        """Focus the first link to ``href`` (a link drawn again keeps the ring); False when
        there is none."""
        found = next((a for a in anchors(self._edit.document()) if a.href == href), None)
        if found is not None:
            self._focus(found)
        return found is not None

    def _focus(self, anchor: Anchor) -> None:
        cursor = QTextCursor(self._edit.document())
        cursor.setPosition(anchor.start)
        cursor.setPosition(anchor.end, QTextCursor.MoveMode.KeepAnchor)
        self._cursor, self._href = cursor, anchor.href
        self._scroll_to(anchor)
        self._edit.viewport().update()
        from ..labels import announce

        said = translate("link_focus", "{link}, link").format(link=cursor.selectedText())
        announce(self._edit, said)  # heard, not only seen

    def _scroll_to(self, anchor: Anchor) -> None:
        rects = self.rects(anchor)
        if not rects:
            return
        box = QRect(rects[0])
        for rect in rects[1:]:
            box = box.united(rect)
        margin = 24
        bar = self._edit.verticalScrollBar()
        height = self._edit.viewport().height()
        if box.top() < margin:
            bar.setValue(bar.value() + box.top() - margin)
        elif box.bottom() > height - margin:
            bar.setValue(bar.value() + box.bottom() - height + margin)

    def rects(self, anchor: Anchor) -> list[QRect]:
        """The link's text in viewport coordinates, a rectangle per line it wraps over."""
        lines: dict[int, QRect] = {}
        probe = QTextCursor(self._edit.document())
        for position in range(anchor.start, min(anchor.end, anchor.start + MAX_RING_CHARS) + 1):
            probe.setPosition(position)
            rect = self._edit.cursorRect(probe)
            point = QRect(QPoint(rect.left(), rect.top()), QPoint(rect.left(), rect.bottom()))
            line = lines.get(rect.top())
            lines[rect.top()] = point if line is None else line.united(point)
        return [r for r in lines.values() if r.width() > 0]

    def paint(self, palette: QPalette) -> None:
        """Draw the ring around the focused link and underline the one under the mouse (call
        after the text is painted: links show no underline until pointed at)."""
        if self.hovered is not None:
            painter = QPainter(self._edit.viewport())
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Link), 1.0))
            for rect in self.rects(self.hovered):
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.end()
        anchor = self.current
        if anchor is None or not self._edit.hasFocus():
            return
        painter = QPainter(self._edit.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self.rects(anchor):
            box = QRectF(rect).adjusted(-RING_PAD - 1, -RING_PAD + 1, RING_PAD + 1, RING_PAD)
            painter.drawRoundedRect(box, 3.0, 3.0)
        painter.end()
