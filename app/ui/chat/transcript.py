"""The conversation as one rich-text document: fast to open, selectable, cheap to stream into.

Your messages are QTextFrames (a frame carries the tinted background). Answers are plain blocks
of the document's root frame, remembered as a selection cursor that Qt keeps in place as text is
inserted before them: Qt lays out the root frame incrementally, but re-lays a child frame whole
on every change, which would make each streamed token cost more than the last.

A streaming answer re-renders only its unfinished tail: text up to a block boundary that later
text cannot change is rendered once and frozen. A fenced code block still open at the end grows
line by line instead (each line is drawn about once, however long the block), and is rendered
whole once it closes. When it finishes, an answer up to
FULL_RENDER_LIMIT gets one exact render of the whole; a longer one keeps its streamed body and
only its header and footer are redone (a whole re-render would stall the window).
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QMimeData, QPoint, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QHelpEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from app.core.conversation import Message, MessageStatus
from app.render.highlight import CodeStyle, code_runs, code_text_color, fence_language
from app.render.markdown import code_blocks, render_piece
from app.render.meta import (
    ERROR_LIMIT,
    NAME_LIMIT,
    details_text,
    last_assistant_id,
    meta_line,
    notes_for,
    short_model,
)
from app.render.safe_text import ZWSP, is_openable_link, shorten
from app.render.stable_prefix import Continuation, Piece, StablePrefixTracker, iter_pieces
from app.render.theme import MONO_FAMILIES, Theme

FLUSH_INTERVAL_MS = 33  # at most ~30 repaints a second while streaming
FULL_RENDER_LIMIT = 8 * 1024  # longer answers keep their streamed rendering (see above)
COLUMN_WIDTH = 820  # readable line length; wider windows get side margins
# An answer longer than this is shown piece by piece, a piece per turn of the event loop
# (a 200 KB list rendered at once would stall the window for a second).
PIECE_CHARS = 4_000
_SENTENCE_END = (".", "!", "?", "\n")


@dataclass
class _OpenCode:
    """A fenced code block still open at the end of a streaming answer, shown as shaded blocks
    of the root frame (a table would be laid out whole on every change). Its complete lines are
    appended once; only the unfinished last line is redone. Once it closes, it is rendered
    whole, like any other block."""

    start: int  # where its opening line starts in the answer's text
    code_from: int  # where its code starts
    language: str
    mark: QTextCursor  # the end of the complete lines shown (an insert there leaves it)
    end: QTextCursor  # the end of the code shown (an insert there moves it along)
    plain: QTextCharFormat  # unhighlighted code
    before: QTextBlockFormat  # the format of the block it took over, given back when it closes
    shown: int = 0  # how much of the code (complete lines) is shown
    formats: dict[CodeStyle, QTextCharFormat] = field(default_factory=dict)


@dataclass
class _Streaming:
    message: Message
    start: QTextCursor  # the answer's first position
    header_end: QTextCursor  # end of its header block
    tail: QTextCursor  # where the unfrozen tail begins; the tail runs to the document's end
    tracker: StablePrefixTracker = field(default_factory=StablePrefixTracker)
    parts: list[str] = field(default_factory=list)
    frozen: int = 0
    frozen_code_blocks: int = 0  # code blocks in the frozen part: Copy links count on from here
    announced: int = 0
    waiting: bool = True
    code: _OpenCode | None = None
    context: Continuation | None = None  # what the text after the frozen part continues

    @property
    def text(self) -> str:
        if len(self.parts) > 1:
            self.parts[:] = ["".join(self.parts)]
        return self.parts[0] if self.parts else ""


@dataclass
class _Pending:
    """The pieces of a long answer still to be shown, and where they go (the end of its body:
    an insert there moves the cursor along)."""

    message_id: int
    at: QTextCursor
    pieces: Iterator[Piece]
    code_index: int


class Transcript(QTextBrowser):
    """Shows messages; streams the last one.

    Signals:
        action_requested(str, int): an action link was clicked: copy, details, regenerate,
            edit or retry, with the message id.
        notice(str): something to tell the user (for example a link that was not opened).
        near_top(): the view was scrolled to within a screen of the top; earlier messages may
            be loaded.
    """

    action_requested = Signal(str, int)
    notice = Signal(str)
    near_top = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.setAccessibleName("Conversation")
        self.document().setDocumentMargin(16)
        self.document().setIndentWidth(20)
        self.anchorClicked.connect(self._link_clicked)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.verticalScrollBar().actionTriggered.connect(self._reader_scrolled)
        self._pinned = True  # follow the end of the conversation until the reader scrolls up
        self._messages: dict[int, Message] = {}
        self._frames: dict[int, QTextFrame] = {}  # your messages
        self._ranges: dict[int, QTextCursor] = {}  # answers, as selections start..end
        self._order: list[int] = []
        self._last_assistant: int | None = None
        self._stream: _Streaming | None = None
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._pending: list[_Pending] = []
        self._next_code_block = 0
        self._piece_timer = QTimer(self)
        self._piece_timer.setSingleShot(True)
        self._piece_timer.setInterval(0)
        self._piece_timer.timeout.connect(self._show_next_piece)
        self.theme, self.colors = _theme_for(self.palette())
        self.has_more_before = False
        self._prepending = False
        self.blind = False  # compare's blind mode: answers do not say which model wrote them

    # -- what is shown ----------------------------------------------------------------------

    @property
    def message_ids(self) -> list[int]:
        return list(self._order)

    def message(self, message_id: int) -> Message | None:
        return self._messages.get(message_id)

    def show_messages(self, messages: list[Message], *, has_more_before: bool = False) -> None:
        """Replace everything with ``messages`` (the newest part of a conversation)."""
        self._flush_timer.stop()
        self._stream = None
        self._pending.clear()
        # clear() also empties the document's format table (which a cursor would let grow with
        # every re-render), but it replaces the root frame: the reading column goes back on.
        self.clear()
        self._fit_column()
        self._messages.clear()
        self._frames.clear()
        self._ranges.clear()
        self._order.clear()
        self.has_more_before = has_more_before
        self._last_assistant = last_assistant_id(messages)
        for message in messages:
            # A fresh cursor each time: insertFrame leaves a cursor inside the new frame, and
            # reusing it would nest every message inside the one before.
            self._insert(self._end_cursor(), message)
        self.scroll_to_bottom()

    def prepend_messages(self, messages: list[Message], *, has_more_before: bool) -> None:
        """Put earlier messages above the ones shown, keeping the view where it was."""
        bar = self.verticalScrollBar()
        old_max, old_value = bar.maximum(), bar.value()
        self.has_more_before = has_more_before
        self._prepending = True  # (keeping the view in place scrolls it: no loading from that)
        # Build the page in a scratch document and insert it in one go: inserting message by
        # message at the top would lay the whole conversation out again after each one.
        page = QTextDocument()
        page.setIndentWidth(self.document().indentWidth())
        places = [self._insert(self._end_of(page), message, before=True) for message in messages]
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.insertFragment(QTextDocumentFragment(page))
        for message, (start, end) in zip(messages, places, strict=True):
            if message.role == "user":
                self._frames[message.id] = self._top_frame_at(start)
            else:
                self._ranges[message.id] = _span(self.document(), start, end)
        self._order[:0] = [m.id for m in messages]
        try:
            bar.setValue(old_value + bar.maximum() - old_max)
        finally:
            self._prepending = False

    def _top_frame_at(self, position: int) -> QTextFrame:
        cursor = _cursor_at(self.document(), position)
        frame = cursor.currentFrame()
        root = self.document().rootFrame()
        while frame.parentFrame() is not None and frame.parentFrame() != root:
            frame = frame.parentFrame()
        return frame

    @staticmethod
    def _end_of(document: QTextDocument) -> QTextCursor:
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def append_message(self, message: Message) -> None:
        if message.role == "assistant":
            self._new_last_answer(message.id)
        self._insert(self._end_cursor(), message)
        self.scroll_to_bottom()

    def update_message(self, message: Message) -> None:
        """Re-render one message in place (status, cost or text changed)."""
        frame = self._frames.get(message.id)
        span = self._ranges.get(message.id)
        if frame is None and span is None:
            return
        self._messages[message.id] = message
        cursor = QTextCursor(self.document())
        if frame is not None:
            cursor.setPosition(frame.firstPosition())
            cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.insertHtml(self._message_html(message))
            return
        assert span is not None
        self._pending = [job for job in self._pending if job.message_id != message.id]
        start = span.selectionStart()
        cursor.setPosition(start)
        cursor.setPosition(span.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.removeSelectedText()
        self._insert_answer(cursor, message)
        cursor.endEditBlock()
        self._ranges[message.id] = _span(self.document(), start, cursor.position())

    def show_notice(self, text: str, *, retry_id: int | None = None) -> None:
        """An inline notice (an error that left no message), with Retry when given."""
        retry = (
            f' &nbsp; <a href="action:retry-prompt:{retry_id}">Retry</a>'
            if retry_id is not None
            else ""
        )
        fmt = QTextFrameFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(QColor(self.colors.warning))
        fmt.setPadding(10)
        fmt.setMargin(6)
        frame = self._end_cursor().insertFrame(fmt)
        text = shorten(text, ERROR_LIMIT)
        frame.firstCursorPosition().insertHtml(
            f'<span style="color:{self.colors.warning}">⚠</span> {html.escape(text)}{retry}'
        )
        self.scroll_to_bottom()

    def remove_messages(self, message_ids: list[int]) -> None:
        """Drop messages from the view (an undone turn); re-renders what remains."""
        keep = [self._messages[i] for i in self._order if i not in set(message_ids)]
        self.show_messages(keep, has_more_before=self.has_more_before)

    # -- streaming --------------------------------------------------------------------------

    def _new_last_answer(self, message_id: int) -> None:
        """Only the last answer offers Regenerate: the one before loses the link."""
        previous, self._last_assistant = self._last_assistant, message_id
        if previous is not None and previous != message_id and previous in self._messages:
            self.update_message(self._messages[previous])

    def begin_stream(self, message: Message) -> None:
        self._new_last_answer(message.id)
        self._messages[message.id] = message
        self._order.append(message.id)
        cursor = self._end_cursor()
        start = cursor.position()
        cursor.insertHtml(self._header_html(message))
        cursor.insertBlock()
        document = self.document()
        self._stream = _Streaming(
            message,
            start=_cursor_at(document, start),
            header_end=_cursor_at(document, cursor.position() - 1),
            tail=_cursor_at(document, cursor.position(), keep_on_insert=True),
        )
        self._render_tail(waiting=True)
        self.scroll_to_bottom()

    def stream_waiting(self) -> None:
        if self._stream is not None and self._stream.waiting and not self._stream.parts:
            self._render_tail(waiting=True)

    def stream_text(self, text: str) -> None:
        stream = self._stream
        if stream is None:
            return
        stream.waiting = False
        stream.parts.append(text)
        stream.tracker.feed(text)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def end_stream(self, message: Message) -> None:
        """The answer is final: one exact render of the whole message."""
        self._flush_timer.stop()
        stream, self._stream = self._stream, None
        if stream is not None:
            self._announce(stream, final=True)
        if stream is not None:
            self._messages[message.id] = message
            self._finish_stream(stream, message)
        if self._pinned:
            self.scroll_to_bottom()

    def _finish_stream(self, stream: _Streaming, message: Message) -> None:
        document = self.document()
        start = stream.start.position()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        if len(message.content) <= FULL_RENDER_LIMIT:
            cursor.setPosition(start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.insertHtml(self._message_html(message))
        else:  # keep the long body as streamed; add the footer, then redo the header
            stream.parts[:] = [message.content]
            self._render_tail(final=True, stream=stream)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock()
            cursor.insertHtml(self._footer_html(message))
        end = cursor.position()
        cursor.insertBlock()  # a separator: what comes next never touches this answer
        cursor.endEditBlock()
        if len(message.content) > FULL_RENDER_LIMIT:
            # A separate edit: one spanning header and footer would lay the whole answer out.
            header = QTextCursor(document)
            header.setPosition(start)
            header.setPosition(stream.header_end.position(), QTextCursor.MoveMode.KeepAnchor)
            before = document.characterCount()
            header.insertHtml(self._header_html(message))
            end += document.characterCount() - before
        self._ranges[message.id] = _span(document, start, end)

    @property
    def streaming_text(self) -> str:
        return self._stream.text if self._stream else ""

    def _flush(self) -> None:
        stream = self._stream
        if stream is None:
            return
        self._render_tail(stream=stream)  # a pinned view follows through _range_changed
        self._announce(stream)

    def _render_tail(
        self, *, waiting: bool = False, final: bool = False, stream: _Streaming | None = None
    ) -> None:
        stream = stream or self._stream
        if stream is None:
            return
        text = stream.text
        tracker = stream.tracker
        message_id = stream.message.id
        code = stream.code
        if code is not None and (final or tracker.open_fence_start != code.start):
            stream.code = None  # it closed (or the answer ended): it is rendered whole below
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        if stream.code is None:
            cursor.setPosition(stream.tail.position())
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            # The block left keeps the format of the tail's first block, list included: a
            # piece inserted there would join that (stale) list and take its numbers.
            cursor.setBlockFormat(code.before if code is not None else QTextBlockFormat())
            stable = tracker.stable_length
            if stable > stream.frozen:
                after = tracker.stable_context
                body = self._render(
                    text[stream.frozen : stable],
                    message_id,
                    stream.frozen_code_blocks,
                    continues=stream.context,
                    open_end=after is not None,
                )
                stream.frozen_code_blocks = self._next_code_block
                _insert_piece(cursor, body)
                _new_block(cursor)
                stream.frozen, stream.context = stable, after
                stream.tail.setPosition(cursor.position())
            if waiting:
                cursor.insertHtml(f'<i style="color:{self.theme.muted}">Waiting for the model…</i>')
            elif not final and tracker.open_fence_start == stream.frozen:
                stream.code = self._open_code(cursor, stream.frozen, text)
            else:
                tail = self._render(
                    text[stream.frozen :],
                    message_id,
                    stream.frozen_code_blocks,
                    continues=stream.context,
                )
                _insert_piece(cursor, tail)
        if stream.code is not None:
            self._grow_code(stream.code, text[stream.code.code_from :])
        cursor.endEditBlock()

    def _open_code(self, cursor: QTextCursor, start: int, text: str) -> _OpenCode:
        """Start showing the code block that opens at ``start``: its language, then its code."""
        code_from = text.index("\n", start) + 1
        language = fence_language(text[start:code_from])
        block = QTextBlockFormat()
        block.setBackground(QColor(self.theme.code_bg))
        block.setTextIndent(12)
        block.setLeftMargin(1)
        block.setRightMargin(1)
        label = QTextCharFormat()
        label.setForeground(QColor(self.theme.muted))
        label.setFontPointSize(max(6.0, self.font().pointSizeF() * 0.85))
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
        return _OpenCode(start, code_from, language, mark, end, plain, before)

    def _grow_code(self, code: _OpenCode, text: str) -> None:
        """Bring the open code block up to ``text``, its code so far."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(code.mark.position())  # (its anchor moves on insert: never use it)
        cursor.setPosition(code.end.position(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()  # the unfinished line shown last time
        complete = text.rfind("\n") + 1
        if complete > code.shown:
            if code.shown:
                cursor.insertBlock()
            for run, style in code_runs(text[code.shown : complete - 1], code.language, self.theme):
                if run:
                    cursor.insertText(run, self._code_format(code, style))
            code.shown = complete
            code.mark.setPosition(cursor.position())
        if complete < len(text):
            if complete:
                cursor.insertBlock()
            for run, _style in code_runs(text[complete:], "", self.theme):
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

    def _announce(self, stream: _Streaming, *, final: bool = False) -> None:
        """Screen readers hear whole sentences, not tokens."""
        text = stream.text
        end = (
            len(text) - 1 if final else max(text.rfind(m, stream.announced) for m in _SENTENCE_END)
        )
        if end < stream.announced:
            return
        sentence = text[stream.announced : end + 1].strip()
        stream.announced = end + 1
        if sentence:
            sentence = shorten(sentence, ERROR_LIMIT)  # (a run without a full stop: not all)
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, sentence))

    # -- rendering --------------------------------------------------------------------------

    def _insert_answer(
        self, cursor: QTextCursor, message: Message, *, at_once: bool = False
    ) -> None:
        """Insert an answer at ``cursor``: a long one shows its first piece now and the rest
        piece by piece (unless ``at_once``, for a scratch document)."""
        if at_once or len(message.content) <= PIECE_CHARS:
            cursor.insertHtml(self._message_html(message))
            return
        pieces = iter_pieces(message.content, PIECE_CHARS)
        head = next(pieces)
        if len(head.text) == len(message.content):  # no place to cut it
            cursor.insertHtml(self._message_html(message))
            return
        first, code_index = self._render_piece(head, message.id, 0)
        cursor.insertHtml(self._header_html(message) + first)
        at = _cursor_at(cursor.document(), cursor.position(), keep_on_insert=True)
        footer = self._footer_html(message)
        if footer:
            _new_block(cursor)
            cursor.insertHtml(footer)
        self._pending.append(_Pending(message.id, at, pieces, code_index))
        self._piece_timer.start()

    def _render_piece(self, piece: Piece, message_id: int, code_index: int) -> tuple[str, int]:
        body = self._render(
            piece.text,
            message_id,
            code_index,
            continues=piece.continues,
            open_end=piece.open_end,
        )
        return body, self._next_code_block

    def _render(
        self,
        text: str,
        message_id: int,
        first_code_block: int = 0,
        *,
        continues: Continuation | None = None,
        open_end: bool = False,
    ) -> str:
        """All Markdown of the transcript is rendered here; the index of the code block after
        it is left in ``_next_code_block``."""
        body, self._next_code_block = render_piece(
            text,
            theme=self.theme,
            message_id=message_id,
            code_index_start=first_code_block,
            continues=continues,
            open_end=open_end,
        )
        return body

    def _show_next_piece(self) -> None:
        if not self._pending:
            return
        job = self._pending[0]
        piece = next(job.pieces, None)
        if piece is None:
            self._pending.pop(0)
            if self._pending:
                self._piece_timer.start()
            return
        html_text, job.code_index = self._render_piece(piece, job.message_id, job.code_index)
        cursor = _cursor_at(self.document(), job.at.position())
        cursor.beginEditBlock()
        _new_block(cursor)
        _insert_piece(cursor, html_text)
        cursor.endEditBlock()
        job.at.setPosition(cursor.position())
        if self._pending:
            self._piece_timer.start()

    @property
    def pieces_pending(self) -> int:
        """Long answers not shown whole yet (their pieces follow, one per event-loop turn)."""
        return len(self._pending)

    def _insert(
        self, cursor: QTextCursor, message: Message, *, before: bool = False
    ) -> tuple[int, int]:
        """Insert a message at ``cursor`` (in this document, or a scratch one when
        ``before``); returns where it starts and ends."""
        if message.role == "user":
            frame = cursor.insertFrame(self._frame_format(message))
            frame.firstCursorPosition().insertHtml(self._message_html(message))
            start, end = frame.firstPosition(), frame.lastPosition()
            if not before:
                self._frames[message.id] = frame
        else:
            start = cursor.position()
            self._insert_answer(cursor, message, at_once=before)
            end = cursor.position()
            cursor.insertBlock()  # a separator, so inserting after this answer never extends it
            if not before:
                self._ranges[message.id] = _span(self.document(), start, end)
        self._messages[message.id] = message
        if not before:
            self._order.append(message.id)
        return start, end

    def _frame_format(self, message: Message) -> QTextFrameFormat:
        fmt = QTextFrameFormat()
        fmt.setPadding(10)
        fmt.setTopMargin(4)
        fmt.setBottomMargin(12)
        fmt.setBackground(QColor(self.colors.user_bg))
        return fmt

    def _message_html(self, message: Message) -> str:
        body = self._render(message.content, message.id)
        return self._header_html(message) + body + self._footer_html(message)

    def _header_html(self, message: Message) -> str:
        theme = self.theme
        if message.role == "user":
            who = "You"
        elif self.blind:
            who = "Answer"
        else:
            who = html.escape(shorten(short_model(message.model) or "Assistant", NAME_LIMIT))
        meta = html.escape(meta_line(message, with_provider=not self.blind))
        tip = "" if self.blind else html.escape(details_text(message), quote=True)
        return (
            f'<p style="margin-top:10px; margin-bottom:4px"><b title="{tip}">{who}</b>'
            f'<span style="color:{theme.muted}" title="{tip}">&nbsp;&nbsp;{meta}</span></p>'
        )

    def _footer_html(self, message: Message) -> str:
        theme = self.theme
        notes = [
            f'<span style="color:{self.colors.warning}">{html.escape(n)}</span>'
            for n in notes_for(message)
        ]
        links = [("copy", "Copy")]
        if message.role == "assistant":
            if not self.blind:  # Details name the model: not while the reader judges blind
                links.append(("details", "Details"))
            if message.id == self._last_assistant and message.status is not MessageStatus.STREAMING:
                label = "Retry" if message.status.is_partial else "Regenerate"
                links.append(("regenerate", label))
        else:
            links.append(("edit", "Edit"))
        if message.status is MessageStatus.STREAMING:
            links = []
        anchors = " &nbsp;·&nbsp; ".join(
            f'<a href="action:{name}:{message.id}" style="color:{theme.muted}">{label}</a>'
            for name, label in links
        )
        parts = [*notes, anchors] if anchors else notes
        if not parts:
            return ""
        return f'<p style="margin-top:6px; font-size:small">{"<br>".join(parts)}</p>'

    # -- links, tooltips, resources ----------------------------------------------------------

    def _link_clicked(self, url: QUrl) -> None:
        target = url.toString()
        scheme, _, rest = target.partition(":")
        if scheme == "action":
            name, _, ident = rest.partition(":")
            if ident.isdigit():
                self.action_requested.emit(name, int(ident))
        elif scheme == "copy-code":
            self._copy_code(rest)
        elif is_openable_link(target):
            QDesktopServices.openUrl(url)
        else:
            self.notice.emit("That link was not opened: only web and e-mail links open.")

    def _copy_code(self, where: str) -> None:
        message_id, _, index = where.partition(":")
        if not (message_id.isdigit() and index.isdigit()):
            return
        message = self._messages.get(int(message_id))
        text = message.content if message else self.streaming_text
        blocks = code_blocks(text)
        if int(index) < len(blocks):
            QGuiApplication.clipboard().setText(blocks[int(index)])
            self.notice.emit("Code copied.")

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt)
        """Copied text comes without the zero-width spaces added to break long runs."""
        data = super().createMimeDataFromSelection()
        if ZWSP in data.text():
            clean = QMimeData()
            clean.setText(data.text().replace(ZWSP, ""))
            if data.hasHtml():
                clean.setHtml(data.html().replace(ZWSP, ""))
            return clean
        return data

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 (Qt)
        return None  # never fetch anything an answer names (images, files, stylesheets)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event.pos(), event.globalPos())
            return True
        return super().event(event)

    def _show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        viewport_pos = self.viewport().mapFrom(self, pos)
        anchor = self.anchorAt(viewport_pos)
        if anchor and not anchor.startswith(("action:", "copy-code:")):
            QToolTip.showText(global_pos, anchor, self)
            return
        tip = self.cursorForPosition(viewport_pos).charFormat().toolTip()
        if tip:
            QToolTip.showText(global_pos, tip, self)
        else:
            QToolTip.hideText()

    # -- scrolling and layout -----------------------------------------------------------------

    def scroll_to_bottom(self) -> None:
        self._pinned = True
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _range_changed(self, _low: int, high: int) -> None:
        if self._pinned:  # the layout grew (a new message, a resize): stay at the end
            self.verticalScrollBar().setValue(high)

    def _reader_scrolled(self, _action: int) -> None:
        """Only the reader's own scrolling (wheel, keys, dragging) unpins the view; Qt's
        own moves on relayout do not."""
        bar = self.verticalScrollBar()
        self._pinned = bar.sliderPosition() >= bar.maximum() - 24

    def _scrolled(self, value: int) -> None:
        # Within a screen of the top, not at it: the next page is there before the reader is,
        # and (a page being small) each load is a short pause rather than a long one. Only
        # once the reader has scrolled up (unpinned), not while the layout is still growing.
        bar = self.verticalScrollBar()
        near = value - bar.minimum() <= bar.pageStep()
        if near and self.has_more_before and not (self._pinned or self._prepending):
            self.near_top.emit()

    def _end_cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        return cursor

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_column()
        if self._pinned:
            self.scroll_to_bottom()

    def _fit_column(self) -> None:
        """Wide windows keep a readable column: margins on the document's root frame, so the
        sides stay the page colour and the scroll bar stays at the edge."""
        side = max(0, (self.viewport().width() - COLUMN_WIDTH) // 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if int(fmt.leftMargin()) != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)  # Qt scrolls to the text cursor on the first show
        if self._pinned:
            self.scroll_to_bottom()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            theme, colors = _theme_for(self.palette())
            if theme != self.theme:  # the system switched light/dark: repaint in the new colours
                self.theme, self.colors = theme, colors
                if self._stream is None:
                    shown = [self._messages[i] for i in self._order]
                    self.show_messages(shown, has_more_before=self.has_more_before)


@dataclass(frozen=True, slots=True)
class ChatColors:
    """Colours of the conversation around the Markdown: your messages, warnings."""

    user_bg: str
    warning: str


def _theme_for(palette: QPalette) -> tuple[Theme, ChatColors]:
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return Theme.dark(), ChatColors(user_bg="#1c2733", warning="#e3b341")
    return Theme.light(), ChatColors(user_bg="#eef4fb", warning="#9a6700")


def _insert_piece(cursor: QTextCursor, html_text: str) -> None:
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


def _new_block(cursor: QTextCursor) -> None:
    """A new plain block at ``cursor`` (not an item of the list it may stand after)."""
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())


def _cursor_at(
    document: QTextDocument, position: int, *, keep_on_insert: bool = False
) -> QTextCursor:
    """A cursor that Qt moves as text changes before it. ``keep_on_insert``: text inserted
    exactly at it goes after it (the streaming tail is re-rendered at its own position)."""
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    cursor.setKeepPositionOnInsert(keep_on_insert)
    return cursor


def _span(document: QTextDocument, start: int, end: int) -> QTextCursor:
    """A selection from start to end; Qt moves it along as text is inserted before it."""
    cursor = _cursor_at(document, start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor
