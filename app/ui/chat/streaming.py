"""The answer that is streaming into the transcript: its text so far, and its place in the
document. Once per refresh the transcript calls ``StreamingAnswer.refresh``; the Qt-free
``AnswerStream`` (app.render.stream) decides what settled, what the open code block gained and
what the tail is, and this object applies that to the document in one edit.

Answers are plain blocks of the document's root frame (see transcript.py). An open code block is
shown as shaded blocks of the root frame (a table would be laid out whole on every change): its
complete lines are appended once, only its unfinished last line is redone, and once it closes it
is rendered whole, like any other block.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from app.core.conversation import Message
from app.render.highlight import CodeStyle, code_text_color
from app.render.stream import AnswerStream, CodeGrowth, Refresh
from app.render.theme import MONO_FAMILIES, Theme

from .document_edit import cursor_at, insert_piece, new_block

_SENTENCE_END = (".", "!", "?", "\n")


@dataclass
class _OpenCode:
    """The Qt side of a code block still open at the end of the answer."""

    mark: QTextCursor  # the end of the complete lines shown (an insert there leaves it)
    end: QTextCursor  # the end of the code shown (an insert there moves it along)
    plain: QTextCharFormat  # unhighlighted code
    before: QTextBlockFormat  # the format of the block it took over, given back when it closes
    formats: dict[CodeStyle, QTextCharFormat] = field(default_factory=dict)


class StreamingAnswer:
    """One answer as it streams: ``append`` each piece of text as it arrives (cheap), then
    ``refresh`` at most ~30 times a second to bring the document up to it."""

    def __init__(
        self,
        message: Message,
        document: QTextDocument,
        places: tuple[int, int],
        theme: Theme,
        label_size: float,
        source: Callable[[], str],
    ) -> None:
        """``places``: where the answer's header starts and ends; the body starts in the
        (empty) block after it and runs to the document's end. ``label_size``: the point size
        of an open code block's language label. ``source``: the answer's text so far (its
        turn's)."""
        self.message = message
        self.theme = theme
        self.label_size = label_size
        self._document = document
        start, header_end = places
        self.start = cursor_at(document, start)
        self.header_end = cursor_at(document, header_end)
        # Where the unfrozen tail begins; the tail runs to the document's end.
        self.tail = cursor_at(document, header_end + 1, keep_on_insert=True)
        self._engine = AnswerStream(message.id, theme)
        self._source = source
        self._code: _OpenCode | None = None
        self.waiting = True
        self.announced = 0

    @property
    def text(self) -> str:
        """The answer so far, read from its turn (no copy is kept here)."""
        return self._source()

    def grew(self) -> None:
        self.waiting = False

    def show_waiting(self, html_text: str) -> None:
        """Show ``html_text`` (a note that the model has not started) in place of the tail."""
        cursor = self._tail_cursor()
        cursor.insertHtml(html_text)
        cursor.endEditBlock()

    def refresh(self, *, final: bool = False, text: str | None = None) -> None:
        """Bring the document up to the text so far (``final``: the whole answer, ``text``)."""
        update = self._engine.update(self.text if text is None else text, final=final)
        if not update.replace_tail:
            cursor = QTextCursor(self._document)
            cursor.beginEditBlock()
            self._grow_code(update.code)
            cursor.endEditBlock()
            return
        before = self._code.before if update.code_closed and self._code else QTextBlockFormat()
        self._code = None
        cursor = self._tail_cursor(before)
        self._apply(cursor, update)
        cursor.endEditBlock()

    def _tail_cursor(self, block_format: QTextBlockFormat | None = None) -> QTextCursor:
        """A cursor in one edit block, the tail removed, at its (now empty) block."""
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()
        cursor.setPosition(self.tail.position())
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        # The block left keeps the format of the tail's first block, list included: a piece
        # inserted there would join that (stale) list and take its numbers.
        cursor.setBlockFormat(block_format or QTextBlockFormat())
        return cursor

    def _apply(self, cursor: QTextCursor, update: Refresh) -> None:
        if update.settled is not None:
            insert_piece(cursor, update.settled)
            new_block(cursor)
            self.tail.setPosition(cursor.position())
        if update.tail is not None:
            insert_piece(cursor, update.tail)
        elif update.code is not None:
            self._code = self._open_code(cursor, update.code.language)
            self._grow_code(update.code)

    def next_sentence(self, *, final: bool = False) -> str:
        """The text since the last call, up to its last sentence end (all of it when
        ``final``): screen readers hear whole sentences, not tokens."""
        text = self.text
        start = self.announced
        end = len(text) - 1 if final else max(text.rfind(m, start) for m in _SENTENCE_END)
        if end < start:
            return ""
        self.announced = end + 1
        return text[start : end + 1].strip()

    # -- the open code block ------------------------------------------------------------------

    def _open_code(self, cursor: QTextCursor, language: str) -> _OpenCode:
        """Start showing an open code block at ``cursor``: its language, then its code."""
        block = QTextBlockFormat()
        block.setBackground(QColor(self.theme.code_bg))
        block.setTextIndent(12)
        block.setLeftMargin(1)
        block.setRightMargin(1)
        label = QTextCharFormat()
        label.setForeground(QColor(self.theme.muted))
        label.setFontPointSize(self.label_size)
        header = QTextBlockFormat(block)
        header.setTopMargin(6)
        before = cursor.blockFormat()
        cursor.setBlockFormat(header)
        cursor.insertText(language or "code", label)
        plain = QTextCharFormat()
        plain.setFontFamilies(list(MONO_FAMILIES))
        plain.setFontStyleHint(QFont.StyleHint.Monospace)
        plain.setForeground(QColor(code_text_color(self.theme)))
        cursor.insertBlock(block, plain)
        end = QTextCursor(cursor)
        mark = QTextCursor(cursor)
        mark.setKeepPositionOnInsert(True)
        return _OpenCode(mark, end, plain, before)

    def _grow_code(self, growth: CodeGrowth | None) -> None:
        code = self._code
        if code is None or growth is None:
            return
        cursor = QTextCursor(self._document)
        cursor.setPosition(code.mark.position())  # (its anchor moves on insert: never use it)
        cursor.setPosition(code.end.position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # the unfinished line shown last time
        if growth.lines is not None:
            if growth.after_lines:
                cursor.insertBlock()
            for run, style in growth.lines:
                if run:
                    cursor.insertText(run, self._code_format(code, style))
            code.mark.setPosition(cursor.position())
        if growth.unfinished:
            if growth.has_complete:
                cursor.insertBlock()
            for run, _style in growth.unfinished:
                cursor.insertText(run, code.plain)

    @staticmethod
    def _code_format(code: _OpenCode, style: CodeStyle) -> QTextCharFormat:
        fmt = code.formats.get(style)
        if fmt is None:
            fmt = QTextCharFormat(code.plain)
            if style.color:
                fmt.setForeground(QColor(style.color))
            fmt.setFontWeight(QFont.Weight.Bold if style.bold else QFont.Weight.Normal)
            fmt.setFontItalic(style.italic)
            fmt.setFontUnderline(style.underline)
            code.formats[style] = fmt
        return fmt
