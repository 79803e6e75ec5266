"""The answer that is streaming into the transcript: its text so far, and its place in the
document. Once per refresh the transcript calls ``StreamingAnswer.refresh``; the Qt-free
``AnswerStream`` (app.render.stream) decides what settled, what the open code block gained and
what the tail is, and this object applies that to the document in one edit.

Answers are plain blocks of the document's root frame (see transcript.py). An open code block is
shown as shaded blocks of the root frame (a table would be laid out whole on every change): its
complete lines are appended once, only its unfinished last line is redone, and once it closes it
is rendered whole, like any other block.

A thinking model's answer goes through three phases: waiting ("Waiting for the model…"), thinking
(a line "Thinking… 14 s", then the thinking text, muted and indented, streaming through a second
``AnswerStream`` in the same refresh), and answering: at the first answer text the thinking
collapses to one line ("Thought for 32 s · 2,900 tokens") and the answer streams below it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from app.core.conversation import Message
from app.core.i18n import translate
from app.render.highlight import CodeStyle, code_text_color
from app.render.message_html import (
    THINKING_CODE_BASE,
    muted_html,
    thinking_label,
    thinking_link_html,
)
from app.render.stream import AnswerStream, CodeGrowth, Refresh
from app.render.theme import MONO_FAMILIES, Theme

from .document_edit import cursor_at, insert_piece, new_block

_SENTENCE_END = (".", "!", "?", "\n")
THINKING_INDENT = 14  # pixels the streaming thinking text stands in from the answer

Phase = Literal["waiting", "thinking", "answering"]


THINKING_GAP = 8  # pixels between the thinking's text and the answer below it


def stand_in(document: QTextDocument, start: int, end: int, indent: int) -> None:
    """Stand the blocks (and outermost tables) from ``start`` to ``end`` in by ``indent``.
    Call it after the edit that inserted them: Qt tells which table a block is in only once
    that edit has ended."""
    block = document.findBlock(start)
    tables: set[int] = set()
    edit = QTextCursor(document)
    while block.isValid() and block.position() <= end:
        edit.setPosition(block.position())
        frame = edit.currentFrame()
        if frame.parentFrame() is None:  # the root frame (== is not identity here)
            fmt = block.blockFormat()
            fmt.setLeftMargin(fmt.leftMargin() + indent)
            if not block.next().isValid() or block.next().position() > end:
                # (the last: a little room before the answer below it)
                fmt.setBottomMargin(max(fmt.bottomMargin(), THINKING_GAP))
            edit.setBlockFormat(fmt)
        else:  # in a table (a code block, a quote): the outermost one moves in
            while frame.parentFrame().parentFrame() is not None:
                frame = frame.parentFrame()
            if isinstance(frame, QTextTable) and frame.firstPosition() not in tables:
                tables.add(frame.firstPosition())
                table_format = frame.format()
                table_format.setLeftMargin(table_format.leftMargin() + indent)
                frame.setFormat(table_format)
        block = block.next()


class ThinkingSource(Protocol):
    """What a streaming answer reads of its turn's thinking (``app.services.turn.Turn``)."""

    @property
    def reasoning(self) -> str: ...
    @property
    def thinking(self) -> bool: ...
    @property
    def thinking_seconds(self) -> float | None: ...
    @property
    def reasoning_tokens(self) -> int | None: ...
    @property
    def thought_privately(self) -> bool: ...


@dataclass
class _OpenCode:
    """The Qt side of a code block still open at the end of the answer."""

    mark: QTextCursor  # the end of the complete lines shown (an insert there leaves it)
    end: QTextCursor  # the end of the code shown (an insert there moves it along)
    plain: QTextCharFormat  # unhighlighted code
    before: QTextBlockFormat  # the format of the block it took over, given back when it closes
    formats: dict[CodeStyle, QTextCharFormat] = field(default_factory=dict)


class StreamingAnswer:
    """One answer as it streams: its turn's text (and thinking) grow, and ``refresh``, at
    most ~30 times a second, brings the document up to them in one edit per part."""

    def __init__(
        self,
        message: Message,
        document: QTextDocument,
        places: tuple[int, int],
        theme: Theme,
        label_size: float,
        source: Callable[[], str],
        thinking: ThinkingSource | None = None,
        *,
        blind: bool = False,
    ) -> None:
        """``places``: where the answer's header starts and ends; the body starts in the
        (empty) block after it and runs to the document's end. ``label_size``: the point size
        of an open code block's language label. ``source``: the answer's text so far (its
        turn's). ``thinking``: the turn, to show its thinking live (``blind``: only that it
        thinks)."""
        self.message = message
        self.theme = theme
        self.label_size = label_size
        self._document = document
        start, header_end = places
        self.start = cursor_at(document, start)
        self.header_end = cursor_at(document, header_end)
        self._answer = _Region(
            document, header_end + 1, AnswerStream(message.id, theme), theme, label_size
        )
        self._source = source
        self._thinking = thinking
        self._blind = blind
        self.phase: Phase = "waiting"
        self._label: QTextCursor | None = None  # the thinking line's start, once it shows
        self._label_text = ""
        self._thought: _Region | None = None  # the thinking text, while it streams
        self._answer_start: QTextCursor | None = None  # below the folded thinking
        self.announcement = ""  # a phase change to say (taken by the transcript)
        self.waiting = True
        self.announced = 0

    @property
    def text(self) -> str:
        """The answer so far, read from its turn (no copy is kept here)."""
        return self._source()

    @property
    def thinking_text(self) -> str:
        return self._thinking.reasoning if self._thinking is not None else ""

    @property
    def thinking_source(self) -> ThinkingSource | None:
        return self._thinking

    @property
    def label_position(self) -> int | None:
        """Where the thinking line starts, once it shows (the model thought)."""
        return self._label.position() if self._label is not None else None

    def grew(self) -> None:
        self.waiting = False

    def show_waiting(self, html_text: str) -> None:
        """Show ``html_text`` (a note that the model has not started) in place of the tail."""
        if self.phase != "waiting":
            return
        cursor = self._answer.tail_cursor()
        cursor.insertHtml(html_text)
        cursor.endEditBlock()

    def refresh(self, *, final: bool = False, text: str | None = None) -> None:
        """Bring the document up to the text so far (``final``: the whole answer, ``text``)."""
        answer = self.text if text is None else text
        thinking = self._thinking
        # (thinking and the first answer text can arrive between two refreshes)
        thought = thinking is not None and (
            thinking.thinking or (bool(answer) and thinking.thinking_seconds is not None)
        )
        if self.phase == "waiting" and thought:
            self._start_thinking()
        if self.phase == "thinking":
            if not answer and not final:
                self.update_label()
                if self._thought is not None:
                    self._thought.refresh(self.thinking_text)
                return
            self._collapse()
        self.phase = "answering" if answer or final else self.phase
        self._answer.refresh(answer, final=final)

    def live_label(self) -> str:
        thinking = self._thinking
        if self.phase == "thinking" and thinking is not None:
            seconds = thinking.thinking_seconds
            return thinking_label(live=True, seconds=seconds, tokens=None, blind=self._blind)
        return thinking_label(
            live=False,
            seconds=thinking.thinking_seconds if thinking is not None else None,
            tokens=thinking.reasoning_tokens if thinking is not None else None,
            private=thinking is not None and thinking.thought_privately,
            blind=self._blind,
        )

    def update_label(self) -> None:
        """Say how long it has thought so far (once a second, and at each refresh)."""
        label = self._label
        if label is None or self.phase != "thinking":
            return
        text = self.live_label()
        if text == self._label_text:
            return
        self._label_text = text
        cursor = QTextCursor(self._document)
        cursor.setPosition(label.position())
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text, self._label_format())

    def _label_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(QColor(self.theme.muted))
        return fmt

    def _start_thinking(self) -> None:
        """The first thinking arrived: its line, then (unless blind) its text below it."""
        self.phase = "thinking"
        cursor = self._answer.tail_cursor()  # ("Waiting for the model…" goes)
        self._label = cursor_at(self._document, cursor.position(), keep_on_insert=True)
        self._label_text = self.live_label()
        cursor.insertText(self._label_text, self._label_format())
        new_block(cursor)
        if not self._blind:
            engine = AnswerStream(self.message.id, self.theme)
            engine.code_index = THINKING_CODE_BASE
            self._thought = _Region(
                self._document,
                cursor.position(),
                engine,
                self.theme,
                self.label_size,
                muted=True,
                indent=THINKING_INDENT,
            )
        cursor.endEditBlock()
        self._answer.tail.setPosition(cursor.position())  # (kept in place by the insert)
        self.announcement = translate("streaming", "Thinking")

    def _collapse(self) -> None:
        """The answer started: the thinking folds to one line, the answer goes below it."""
        self.phase = "answering"
        label = self._label
        assert label is not None
        self._thought = None
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()
        cursor.setPosition(label.position())
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        self._label_text = self.live_label()
        thinking = self._thinking
        if self._blind or thinking is None or thinking.thought_privately:
            cursor.insertText(self._label_text, self._label_format())
        else:  # a line that opens, as it will once the answer is finished
            link = thinking_link_html(self.message.id, self._label_text, self.theme, opened=False)
            cursor.insertHtml(link)
        new_block(cursor)
        cursor.endEditBlock()
        self._answer.tail.setPosition(cursor.position())
        self._answer_start = cursor_at(self._document, cursor.position(), keep_on_insert=True)
        self.announcement = self._label_text

    def show_thinking(self, line_html: str, text_html: str = "") -> None:
        """Draw the folded (or, with ``text_html``, opened) thinking again, above the answer
        streaming below it (the reader opened or closed it)."""
        label, answer_start = self._label, self._answer_start
        if label is None or answer_start is None:
            return
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()
        cursor.setPosition(label.position())
        cursor.setPosition(answer_start.position() - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.insertHtml(line_html)
        start = end = 0
        if text_html:
            new_block(cursor)
            start = cursor.position()
            insert_piece(cursor, text_html)
            end = cursor.position()
        cursor.endEditBlock()
        if text_html:
            edit = QTextCursor(self._document)
            edit.beginEditBlock()
            stand_in(self._document, start, end, THINKING_INDENT)
            edit.endEditBlock()

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


class _Region:
    """A stretch of the answer that streams Markdown: what its ``AnswerStream`` renders goes
    into the blocks from ``tail`` to the document's end. ``muted`` and ``indent`` set it
    apart as secondary (the thinking)."""

    def __init__(
        self,
        document: QTextDocument,
        position: int,
        engine: AnswerStream,
        theme: Theme,
        label_size: float,
        *,
        muted: bool = False,
        indent: int = 0,
    ) -> None:
        self._document = document
        # Where the unfrozen tail begins; the tail runs to the document's end.
        self.tail = cursor_at(document, position, keep_on_insert=True)
        self.engine = engine
        self.theme = theme
        self.label_size = label_size
        self.muted = muted
        self.indent = indent
        self._code: _OpenCode | None = None
        self._inserted: list[tuple[int, int]] = []  # to stand in once the edit has ended

    def refresh(self, text: str, *, final: bool = False) -> None:
        update = self.engine.update(text, final=final)
        if not update.replace_tail:
            cursor = QTextCursor(self._document)
            cursor.beginEditBlock()
            self._grow_code(update.code)
            cursor.endEditBlock()
            return
        before = self._code.before if update.code_closed and self._code else QTextBlockFormat()
        self._code = None
        cursor = self.tail_cursor(before)
        self._apply(cursor, update)
        cursor.endEditBlock()
        self._indent_inserted()

    def tail_cursor(self, block_format: QTextBlockFormat | None = None) -> QTextCursor:
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
            self._insert(cursor, update.settled)
            new_block(cursor)
            self.tail.setPosition(cursor.position())
        if update.tail is not None:
            self._insert(cursor, update.tail)
        elif update.code is not None:
            self._code = self._open_code(cursor, update.code.language)
            self._grow_code(update.code)

    def _insert(self, cursor: QTextCursor, html_text: str) -> None:
        if not self.muted:
            insert_piece(cursor, html_text)
            return
        start = cursor.position()
        # The colour is inherited by plain text only: links and code keep their own.
        insert_piece(cursor, muted_html(html_text, self.theme))
        self._inserted.append((start, cursor.position()))

    def _indent_inserted(self) -> None:
        """Stand what was inserted in by ``indent``: after the edit that inserted it (Qt
        tells which table a block is in only once that edit has ended)."""
        inserted, self._inserted = self._inserted, []
        if not inserted:
            return
        cursor = QTextCursor(self._document)
        cursor.beginEditBlock()
        for start, end in inserted:
            stand_in(self._document, start, end, self.indent)
        cursor.endEditBlock()

    # -- the open code block ------------------------------------------------------------------

    def _open_code(self, cursor: QTextCursor, language: str) -> _OpenCode:
        """Start showing an open code block at ``cursor``: its language, then its code."""
        block = QTextBlockFormat()
        block.setBackground(QColor(self.theme.code_bg))
        block.setTextIndent(12)
        block.setLeftMargin(1 + self.indent)
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
