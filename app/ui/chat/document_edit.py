"""Small edits of a QTextDocument shared by the transcript and its streaming answer."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument


def insert_piece(cursor: QTextCursor, html_text: str) -> None:
    """Insert HTML at the start of an empty block. A piece that starts with a list leaves
    that block empty before it (an empty line): it goes."""
    start = cursor.position()
    cursor.insertHtml(html_text)
    document = cursor.document()
    block = document.findBlock(start)
    if block.position() != start or block.length() != 1 or cursor.position() <= start + 1:
        return
    following = block.next()
    if following.position() != start + 1 or following.textList() is None:
        return  # (a table's frame may start there: never cut into it)
    joint = QTextCursor(following)
    if (
        joint.currentTable() is not None
        or joint.currentFrame() != QTextCursor(block).currentFrame()
    ):
        return
    joint.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
    joint.removeSelectedText()  # the list's first block takes the empty one's place


def new_block(cursor: QTextCursor) -> None:
    """A new plain block at ``cursor`` (not an item of the list it may stand after)."""
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())


def cursor_at(
    document: QTextDocument, position: int, *, keep_on_insert: bool = False
) -> QTextCursor:
    """A cursor that Qt moves as text changes before it. ``keep_on_insert``: text inserted
    exactly at it goes after it (the streaming tail is re-rendered at its own position)."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setKeepPositionOnInsert(keep_on_insert)
    return cursor


def selection(document: QTextDocument, start: int, end: int) -> QTextCursor:
    """A selection from start to end; Qt moves it along as text is inserted before it."""
    cursor = cursor_at(document, start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor
