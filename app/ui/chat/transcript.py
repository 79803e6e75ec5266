"""The conversation as one rich-text document: fast to open, selectable, cheap to stream into.

Your messages are QTextFrames (a frame carries the tinted background). Answers are plain blocks
of the document's root frame, remembered as a selection cursor that Qt keeps in place as text is
inserted before them: Qt lays out the root frame incrementally, but re-lays a child frame whole
on every change, which would make each streamed token cost more than the last.

A streaming answer (streaming.py, with app.render.stream deciding what to draw) re-renders only
its unfinished tail: text up to a block boundary that later text cannot change is rendered once
and frozen, and an open code block grows line by line. The transcript refreshes it at most ~30
times a second, one call each. When it finishes, an answer up to FULL_RENDER_LIMIT gets one
exact render of the whole; a longer one keeps its streamed body and only its header and footer
are redone (a whole re-render would stall the window).

A thinking model's answer shows its thinking live, then folded to one line above the answer
(streaming.py); the line opens and closes the thinking (``action:thinking:<id>``, kept per
message for as long as the transcript lives), except in blind judging and for private thinking.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFocusEvent,
    QGuiApplication,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from app.core.attachments import Attachment
from app.core.conversation import Message
from app.core.i18n import translate
from app.core.links import linkify_openrouter
from app.core.models import ModelInfo
from app.render.markdown import code_blocks, render_markdown, render_piece
from app.render.message_html import (
    DELETE_VERSION_ACTION,
    NEXT_VERSION_ACTION,
    PREVIOUS_VERSION_ACTION,
    THINKING_ACTION,
    THINKING_CODE_BASE,
    footer_html,
    header_html,
    muted_html,
    thinking_html,
    thinking_line_html,
    thinking_text_html,
)
from app.render.meta import ERROR_LIMIT, retry_answer_id, without_retry
from app.render.safe_text import ZWSP, is_openable_link, shorten
from app.render.sources import (
    ATTACHMENT_SCHEME,
    THUMB_SCHEME,
    attachments_html,
    link_markers,
    searches_text,
    sources_html,
)
from app.render.stable_prefix import Piece, iter_pieces
from app.render.theme import ChatColors, Theme

from ..external import open_link
from ..tasks import UiTasks
from .attachment_chips import (
    cached_thumbnail,
    known_thumbnail,
    open_with_system,
    show_image,
    thumbnail,
)
from .document_edit import cursor_at, insert_piece, new_block, selection
from .link_focus import LinkFocus
from .pieces import PieceQueue
from .streaming import THINKING_INDENT, StreamingAnswer, ThinkingSource, stand_in

FLUSH_INTERVAL_MS = 33  # at most ~30 repaints a second while streaming
FULL_RENDER_LIMIT = 8 * 1024  # longer answers keep their streamed rendering (see above)
SPARE_FORMATS = 100  # formats past a whole render's before it is done again (see _compact)
COMPACT_MAX_MESSAGES = 12  # a longer page is not drawn again at once (40 messages: ~90 ms)
COMPACT_MAX_CHARACTERS = 4_000  # nor a page with more text (a 1,500-token answer: ~40 ms)
COLUMN_WIDTH = 820  # readable line length; wider windows get side margins
# An answer longer than this is shown piece by piece, a piece per turn of the event loop
# (a 200 KB list rendered at once would stall the window for a second).
PIECE_CHARS = 4_000
THINKING_TICK_MS = 1000  # "Thinking… 14 s" counts on at least once a second


# A switched-in branch longer than this is drawn in steps: the first ones at once (the reader
# sees the version they asked for), the rest a step per turn of the event loop.
SWITCH_DRAW_NOW = 8

THUMB_PIXELS = 240  # thumbnails are made at twice the size shown (sharp on dense screens)

THIN_PARAGRAPH = '<p style="margin:0; font-size:1pt">&nbsp;</p>'


class Transcript(QTextBrowser):
    """Shows messages; streams the last one.

    Signals:
        action_requested(str, int): an action link was clicked: copy, details, regenerate,
            edit, retry, less-thinking or no-length-limit, a version's previous-version,
            next-version or delete-version (and the other version links), with the message
            id (opening and closing the thinking is handled here).
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
        self.setAccessibleName(translate("transcript", "Conversation"))
        self.document().setDocumentMargin(16)
        self.document().setIndentWidth(20)
        # Tab, Shift+Tab, Enter and Space on links are ours (link_focus.py): Qt's own
        # keyboard navigation draws a dotted outline that cannot be painted over.
        flags = Qt.TextInteractionFlag
        self.setTextInteractionFlags(flags.TextSelectableByMouse | flags.LinksAccessibleByMouse)
        self._link_focus = LinkFocus(self)
        self.anchorClicked.connect(self._link_clicked)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.verticalScrollBar().actionTriggered.connect(self._reader_scrolled)
        self._pinned = True  # follow the end of the conversation until the reader scrolls up
        self._messages: dict[int, Message] = {}
        self._frames: dict[int, QTextFrame] = {}  # your messages
        self._ranges: dict[int, QTextCursor] = {}  # answers, as selections start..end
        self._order: list[int] = []
        # The one answer that offers Regenerate (Retry, when it did not finish): the last one,
        # while nothing was sent after it.
        self._offering: int | None = None
        # The newest inline notice (frame, text), while it may ask for Retry: a later send
        # makes it say only what happened.
        self._notice: tuple[QTextFrame, str] | None = None
        self._stream: StreamingAnswer | None = None
        self._prepared: tuple[Message, str] | None = None  # see prepare_end
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._pieces = PieceQueue(self._render_piece, self)
        self._old_documents: list[QTextDocument] = []  # replaced, to delete (_new_document)
        self._drop_timer = QTimer(self)
        self._drop_timer.setSingleShot(True)
        self._drop_timer.setInterval(0)
        self._drop_timer.timeout.connect(self._drop_old_documents)
        self._fresh_formats = 0  # formats in the document after its last whole render
        self._spare_formats = SPARE_FORMATS
        self._notices_drawn = False  # an inline notice is in the document (see _compact)
        self._compact_timer = QTimer(self)  # see _compact
        self._compact_timer.setSingleShot(True)
        self._compact_timer.setInterval(0)
        self._compact_timer.timeout.connect(self._compact)
        self._thinking_timer = QTimer(self)
        self._thinking_timer.setInterval(THINKING_TICK_MS)
        self._thinking_timer.timeout.connect(self._thinking_tick)
        self._open_thinking: set[int] = set()  # answers whose thinking the reader opened
        # Thinking text inserted (from, to): stood in once the edit inserting it has ended.
        self._to_stand_in: list[tuple[QTextCursor, QTextCursor]] = []
        self.theme, self.colors = _theme_for(self.palette())
        self.has_more_before = False
        self._prepending = False
        self.blind = False  # compare's blind mode: answers do not say which model wrote them
        # False: a view that batches the refreshes of several transcripts calls refresh_stream.
        self.refreshes_itself = True
        # The view takes "less-thinking" and "no-length-limit" (it can change the settings
        # and ask again): an answer left empty by its thinking offers them.
        self.offers_thinking_retries = False
        # Versions: each message's versions (all of them, oldest first) where it has several,
        # and whether the view offers versions and forks (a chat, not a comparison's column).
        self.versions: dict[int, tuple[int, ...]] = {}
        self.branching = False
        self._tail_pending: list[Message] = []  # a switched-in branch still being drawn
        self._tail_timer = QTimer(self)
        self._tail_timer.setSingleShot(True)
        self._tail_timer.setInterval(0)
        self._tail_timer.timeout.connect(self._draw_tail_step)
        # Compare's differences: ranges of an answer's visible text to highlight (marks.py).
        self._marks: dict[int, tuple[tuple[int, int], ...]] = {}
        # An attachment's stored bytes (thumbnails, and opening one on a click); None: the
        # attachments are named but do not open.
        self.attachment_reader: Callable[[Attachment], bytes | None] | None = None
        self._making: set[str] = set()  # thumbnails being made (on a worker thread)
        # Where thumbnails are made off the UI thread (None: here, at once).
        self.tasks: UiTasks | None = None
        # The catalogue's entry for a model (the price of a web search), where known.
        self.model_lookup: Callable[[str], ModelInfo | None] | None = None

    # -- what is shown ----------------------------------------------------------------------

    @property
    def message_ids(self) -> list[int]:
        return list(self._order)

    def message(self, message_id: int) -> Message | None:
        return self._messages.get(message_id)

    def show_messages(self, messages: list[Message], *, has_more_before: bool = False) -> None:
        """Replace everything with ``messages`` (the newest part of a conversation)."""
        self._flush_timer.stop()
        self._tail_timer.stop()
        self._tail_pending = []
        self._stream = None
        self._pieces.clear()
        self._to_stand_in.clear()
        self._new_document()
        self._messages.clear()
        self._frames.clear()
        self._ranges.clear()
        self._order.clear()
        self.has_more_before = has_more_before
        self._offering = retry_answer_id(messages)
        self._notice = None
        self._notices_drawn = False
        for message in messages:
            # A fresh cursor each time: insertFrame leaves a cursor inside the new frame, and
            # reusing it would nest every message inside the one before.
            self._insert(self._end_cursor(), message)
        self._fresh_formats = len(self.document().allFormats())
        self.scroll_to_bottom()

    def _new_document(self) -> None:
        """Start again on a fresh document. Emptying with a cursor would let the format table
        grow with every re-render; clear() replaced the root frame instead, and the Python
        wrapper of each replaced root frame (made for the reading column) stayed with the
        document for as long as it lived. The old document goes whole, its wrappers with it."""
        old = self.document()
        document = QTextDocument(self)  # (its parent answers loadResource: the thumbnails)
        document.setDocumentMargin(old.documentMargin())
        document.setIndentWidth(old.indentWidth())
        document.setDefaultFont(old.defaultFont())
        self.setDocument(document)
        self.setUndoRedoEnabled(False)
        self._fit_column()
        if shiboken6.isValid(old):  # (Qt deletes the first, its own, itself)
            # Deleted on the next turn, not in the middle of a click on one of its links.
            self._old_documents.append(old)
            self._drop_timer.start()

    def _drop_old_documents(self) -> None:
        # Through its wrapper: a document Qt deletes on its own leaves its wrapper (and those
        # of its frames) alive with this widget's.
        for document in self._old_documents:
            if shiboken6.isValid(document):
                shiboken6.delete(document)
        self._old_documents.clear()

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
                self._ranges[message.id] = selection(self.document(), start, end)
        self._order[:0] = [m.id for m in messages]
        self._fresh_formats += len(page.allFormats())  # (in use: at most what the page had)
        try:
            bar.setValue(old_value + bar.maximum() - old_max)
        finally:
            self._prepending = False

    def _top_frame_at(self, position: int) -> QTextFrame:
        cursor = cursor_at(self.document(), position)
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
        self.finish_tail()
        self._settle_notice()
        self._offer_to(message.id if message.role == "assistant" else None)
        self._insert(self._end_cursor(), message)
        self.scroll_to_bottom()

    def update_message(self, message: Message) -> None:
        """Re-render one message in place (status, cost or text changed)."""
        pending = [m.id for m in self._tail_pending]
        if message.id in pending:  # (not drawn yet: it will be, as it is now)
            self._tail_pending[pending.index(message.id)] = message
            return
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
        self._pieces.drop(message.id)
        start = span.selectionStart()
        cursor.setPosition(start)
        cursor.setPosition(span.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        _remove_keeping_first_block(cursor)
        self._insert_answer(cursor, message)
        cursor.endEditBlock()
        self._stand_in_pending()
        self._ranges[message.id] = selection(self.document(), start, cursor.position())

    def set_marks(self, marks: Mapping[int, Sequence[tuple[int, int]]]) -> None:
        """Highlight these ranges of each answer's visible text (``app.render.marks``); an
        answer not named shows plainly. Only answers whose marks changed are drawn again."""
        new = {i: tuple(r) for i, r in marks.items() if r and i in self._ranges}
        changed = {i for i in set(new) | set(self._marks) if new.get(i) != self._marks.get(i)}
        self._marks = new
        for message_id in changed:
            message = self._messages.get(message_id)
            if message is not None and message_id in self._ranges:
                self.update_message(message)

    def show_notice(self, text: str, *, retry_id: int | None = None) -> None:
        """An inline notice (an error that left no message), with Retry when given. It is the
        newest turn now: the answer before it no longer offers Retry (or Regenerate), and an
        older notice no longer asks for it."""
        self._settle_notice()
        self._offer_to(None)
        fmt = QTextFrameFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(QColor(self.colors.warning))
        fmt.setPadding(10)
        fmt.setMargin(6)
        frame = self._end_cursor().insertFrame(fmt)
        self._notices_drawn = True  # (see _compact)
        text = shorten(text, ERROR_LIMIT)
        frame.firstCursorPosition().insertHtml(self._notice_html(text, retry_id))
        self._notice = (frame, text)
        self.scroll_to_bottom()

    def _notice_html(self, text: str, retry_id: int | None) -> str:
        retry = (
            f' &nbsp; <a href="action:retry-prompt:{retry_id}">'
            f"{html.escape(translate('transcript', 'Retry'))}</a>"
            if retry_id is not None
            else ""
        )
        return (
            f'<span style="color:{self.colors.warning}">⚠</span> {linkify_openrouter(text)}{retry}'
        )

    def _settle_notice(self) -> None:
        """Something was sent after the newest notice: it keeps saying what happened, without
        its Retry link or the words that ask for it."""
        notice, self._notice = self._notice, None
        if notice is None:
            return
        frame, text = notice
        cursor = QTextCursor(self.document())
        cursor.setPosition(frame.firstPosition())
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        said = without_retry(text) or translate("transcript", "That message was not sent.")
        cursor.insertHtml(self._notice_html(said, None))

    def replace_from(self, message_id: int, messages: list[Message]) -> None:
        """``message_id`` and everything after it give way to ``messages`` (another version
        and the branch below it): only those are drawn again. The first of them stays where
        the replaced message was on screen, and a keyboard ring on its switcher stays on the
        new one's. Not while an answer streams (nothing changes then)."""
        if self._stream is not None or message_id not in self._messages:
            return
        self.finish_tail()  # (a quick second switch: the first's branch is whole first)
        index = self._order.index(message_id)
        start = self._message_start(message_id)
        focused = self.focused_link
        probe = cursor_at(self.document(), start)
        top_before = self.cursorRect(probe).top()
        self._pinned = False  # (a longer branch must not pull the view to its end)
        removed = self._order[index:]
        for gone in removed:
            self._pieces.drop(gone)
            self._messages.pop(gone, None)
            self._frames.pop(gone, None)
            self._ranges.pop(gone, None)
        del self._order[index:]
        self._to_stand_in.clear()
        if self._notice is not None and self._notice[0].firstPosition() > start:
            self._notice = None
        cursor = cursor_at(self.document(), start)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        _remove_keeping_first_block(cursor)
        cursor.endEditBlock()
        kept = [self._messages[i] for i in self._order]
        self._offer_to(retry_answer_id(kept + messages))
        now, self._tail_pending = messages[:SWITCH_DRAW_NOW], messages[SWITCH_DRAW_NOW:]
        for message in now:
            self._insert(self._end_cursor(), message)
        if self._tail_pending:
            self._tail_timer.start()
        bar = self.verticalScrollBar()
        if messages:
            probe.setPosition(self._message_start(messages[0].id))
            bar.setValue(bar.value() + self.cursorRect(probe).top() - top_before)
        self._pinned = self._at_end()
        if messages and focused.split(":")[1:2] in (
            [PREVIOUS_VERSION_ACTION],
            [NEXT_VERSION_ACTION],
            [DELETE_VERSION_ACTION],
        ):
            # (after a deletion, on the arrows: a second Enter must not delete another one)
            name = focused.split(":")[1]
            prefer = PREVIOUS_VERSION_ACTION if name == DELETE_VERSION_ACTION else name
            self.focus_switcher(messages[0].id, prefer=prefer)

    def _draw_tail_step(self) -> None:
        """Draw the next step of a switched-in branch (see ``SWITCH_DRAW_NOW``)."""
        step, self._tail_pending = (
            self._tail_pending[:SWITCH_DRAW_NOW],
            self._tail_pending[SWITCH_DRAW_NOW:],
        )
        bar = self.verticalScrollBar()
        value = bar.value()
        for message in step:
            self._insert(self._end_cursor(), message)
        bar.setValue(value)  # (what is drawn below does not move what the reader sees)
        if self._tail_pending:
            self._tail_timer.start()

    def finish_tail(self) -> None:
        """Draw what is left of a switched-in branch now: before anything else changes the
        transcript (a new message, a stream, a removal)."""
        self._tail_timer.stop()
        pending, self._tail_pending = self._tail_pending, []
        for message in pending:
            self._insert(self._end_cursor(), message)

    def focus_switcher(self, message_id: int, *, prefer: str = PREVIOUS_VERSION_ACTION) -> bool:
        """Put the keyboard ring on a message's switcher: the arrow ``prefer`` names when it
        leads somewhere, else the other one; False when it has none."""
        names = (prefer, PREVIOUS_VERSION_ACTION, NEXT_VERSION_ACTION)
        return any(self._link_focus.focus_href(f"action:{n}:{message_id}") for n in names)

    def _message_start(self, message_id: int) -> int:
        """Where a message starts in the document (a frame: just before its first line)."""
        frame = self._frames.get(message_id)
        if frame is not None:
            return frame.firstPosition() - 1
        return self._ranges[message_id].selectionStart()

    def remove_messages(self, message_ids: list[int]) -> None:
        """Drop messages from the view (an undone turn); re-renders what remains."""
        self.finish_tail()
        keep = [self._messages[i] for i in self._order if i not in set(message_ids)]
        self.show_messages(keep, has_more_before=self.has_more_before)

    # -- streaming --------------------------------------------------------------------------

    def _offer_to(self, message_id: int | None) -> None:
        """Only the last answer offers Regenerate (or Retry), and only while nothing was sent
        after it: the one that offered it before loses the link."""
        previous, self._offering = self._offering, message_id
        if previous is not None and previous != message_id and previous in self._messages:
            self.update_message(self._messages[previous])

    def begin_stream(
        self,
        message: Message,
        source: Callable[[], str],
        thinking: ThinkingSource | None = None,
    ) -> None:
        """Show ``message`` as the answer being written; ``source`` gives its text so far
        (the turn keeps the text: the transcript reads it at each refresh). ``thinking`` (the
        turn): its thinking shows live too; call ``stream_grew`` as it grows."""
        self.finish_tail()
        self._settle_notice()
        self._offer_to(message.id)
        self._messages[message.id] = message
        self._order.append(message.id)
        cursor = self._end_cursor()
        start = cursor.position()
        cursor.insertHtml(self._header_html(message))
        cursor.insertBlock()
        label_size = max(6.0, self.font().pointSizeF() * 0.85)
        places = (start, cursor.position() - 1)
        self._stream = StreamingAnswer(
            message,
            self.document(),
            places,
            self.theme,
            label_size,
            source,
            thinking,
            blind=self.blind,
        )
        self._show_waiting()
        self.scroll_to_bottom()

    def stream_waiting(self) -> None:
        if self._stream is not None and self._stream.waiting and not self._stream.text:
            self._show_waiting()

    def _show_waiting(self) -> None:
        if self._stream is not None:
            muted = self.theme.muted
            waiting = html.escape(translate("transcript", "Waiting for the model…"))
            self._stream.show_waiting(f'<i style="color:{muted}">{waiting}</i>')

    def stream_grew(self) -> None:
        """More of the answer (or its thinking) arrived: shown at the next refresh (at most
        ~30 a second)."""
        if self._stream is None:
            return
        self._stream.grew()
        if self.refreshes_itself and not self._flush_timer.isActive():
            self._flush_timer.start()

    def prepare_end(self, message: Message) -> None:
        """Render the final answer's HTML now, for ``end_stream`` to insert later: a view
        that ends several answers at once spreads the work over turns of the event loop."""
        message = self._with_stream_figures(message)
        if len(message.content) <= FULL_RENDER_LIMIT and not self._thinking_shown(message):
            self._prepared = (message, self._message_html(message))

    def _with_stream_figures(self, message: Message) -> Message:
        """The thinking seconds and tokens of the turn that streamed ``message``, where the
        message does not carry them (the store keeps the server's count only: without one,
        the turn's estimate is shown)."""
        stream = self._stream
        source = stream.thinking_source if stream is not None else None
        if source is None or stream is None or stream.message.id != message.id:
            return message
        changes: dict[str, object] = {}
        if message.thinking_s is None and source.thinking_seconds is not None:
            changes["thinking_s"] = round(source.thinking_seconds, 3)
        if message.reasoning_tokens is None and source.reasoning_tokens:
            changes["reasoning_tokens"] = source.reasoning_tokens
        return message.with_changes(**changes) if changes else message

    def end_stream(self, message: Message) -> None:
        """The answer is final: one exact render of the whole message."""
        self._flush_timer.stop()
        self._thinking_timer.stop()
        message = self._with_stream_figures(message)
        stream, self._stream = self._stream, None
        if stream is not None:
            self._announce(stream, final=True)
            self._messages[message.id] = message
            self._finish_stream(stream, message)
        if self._pinned:
            self.scroll_to_bottom()
        if len(self.document().allFormats()) > self._fresh_formats + self._spare_formats:
            self._compact_timer.start()

    def _compact(self) -> None:
        """Draw the shown messages anew on a fresh document. Qt's format table only grows:
        each answer drawn in place adds formats of its own (its links name the message), and
        none is freed while the document lives (~12 KB per regenerated answer).

        Only when nothing would be lost or moved: the reader is at the end, has nothing
        selected, no notice is in the document (notices are not messages), nothing is being
        drawn, and the page is short enough to draw again at once. Else after a later answer."""
        busy = self._stream is not None or self._pieces or self._tail_pending
        if (
            busy
            or self._notices_drawn
            or not self._pinned
            or self.textCursor().hasSelection()
            or len(self._order) > COMPACT_MAX_MESSAGES
            or self.document().characterCount() > COMPACT_MAX_CHARACTERS
        ):
            return
        before = len(self.document().allFormats())
        messages = [self._messages[i] for i in self._order if i in self._messages]
        self.show_messages(messages, has_more_before=self.has_more_before)
        # The formats were mostly in use (a conversation that grew): wait longer next time.
        freed = before - self._fresh_formats
        self._spare_formats = (
            SPARE_FORMATS if freed >= SPARE_FORMATS // 2 else 2 * self._spare_formats
        )

    def _finish_stream(self, stream: StreamingAnswer, message: Message) -> None:
        document = self.document()
        start = stream.start.position()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        # (an answer with sources is drawn whole: its [n] markers link to them)
        if len(message.content) <= FULL_RENDER_LIMIT or _cites(message):
            cursor.setPosition(start)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            _remove_keeping_first_block(cursor)
            prepared, self._prepared = self._prepared, None
            if prepared is not None and prepared[0] == message:
                cursor.insertHtml(prepared[1])
            else:
                self._insert_answer(cursor, message, at_once=True)
        else:  # keep the long body as streamed; add the footer, then redo the header
            self._render_tail(final=True, stream=stream, text=message.content)
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertBlock()
            cursor.insertHtml(self._footer_html(message))
        end = cursor.position()
        cursor.insertBlock()  # a separator: what comes next never touches this answer
        cursor.endEditBlock()
        self._stand_in_pending()
        if len(message.content) > FULL_RENDER_LIMIT and not _cites(message):
            # A separate edit: one spanning header and footer would lay the whole answer out.
            header = QTextCursor(document)
            header.setPosition(start)
            header.setPosition(stream.header_end.position(), QTextCursor.MoveMode.KeepAnchor)
            before = document.characterCount()
            header.insertHtml(self._header_html(message))
            label = stream.label_position
            if label is not None:  # its thinking line, with the final figures
                line = QTextCursor(document)
                line.setPosition(label)
                line.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                line.insertHtml(self._thinking_line_html(message))
            end += document.characterCount() - before
        self._ranges[message.id] = selection(document, start, end)

    @property
    def streaming_text(self) -> str:
        return self._stream.text if self._stream else ""

    def refresh_stream(self) -> None:
        """Show what has arrived of the streaming answer (see ``refreshes_itself``)."""
        self._flush()

    def _flush(self) -> None:
        stream = self._stream
        if stream is None:
            return
        self._render_tail(stream=stream)  # a pinned view follows through _range_changed
        self._announce(stream)
        if stream.phase == "thinking" and not self._thinking_timer.isActive():
            self._thinking_timer.start()  # the seconds count on between refreshes

    def _thinking_tick(self) -> None:
        stream = self._stream
        if stream is None or stream.phase != "thinking":
            self._thinking_timer.stop()
        else:
            stream.update_label()

    def _render_tail(
        self,
        *,
        final: bool = False,
        stream: StreamingAnswer | None = None,
        text: str | None = None,
    ) -> None:
        """The one call per refresh into the streaming answer (it renders what changed)."""
        stream = stream or self._stream
        if stream is not None:
            stream.refresh(final=final, text=text)

    def _announce(self, stream: StreamingAnswer, *, final: bool = False) -> None:
        """Screen readers hear whole sentences, not tokens (and of the thinking, only that
        it started and how long it took)."""
        said, stream.announcement = stream.announcement, ""
        if said:
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, said))
        sentence = stream.next_sentence(final=final)
        if sentence:
            sentence = shorten(sentence, ERROR_LIMIT)  # (a run without a full stop: not all)
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, sentence))

    # -- rendering --------------------------------------------------------------------------

    def _insert_answer(
        self, cursor: QTextCursor, message: Message, *, at_once: bool = False
    ) -> None:
        """Insert an answer at ``cursor``: a long one (or a long opened thinking) shows its
        first piece now and the rest piece by piece (unless ``at_once``, for a scratch
        document or a final render)."""
        lead = self._header_html(message) + self._thinking_html(message)
        if self._thinking_shown(message):
            cursor.insertHtml(lead)
            new_block(cursor)
            self._insert_thinking_text(cursor, message, at_once=at_once)
            new_block(cursor)
            # HTML inserted into an empty block merges its first paragraph into that block's
            # format (its margins lost): a thin empty paragraph takes that place instead.
            lead = THIN_PARAGRAPH
        content = message.content
        # (marks span the whole answer; [n] markers link to sources listed after it)
        at_once = at_once or message.id in self._marks or _cites(message)
        pieces = iter_pieces(content, PIECE_CHARS) if not at_once else None
        head = next(pieces) if pieces is not None and len(content) > PIECE_CHARS else None
        if pieces is None or head is None or len(head.text) == len(content):
            whole = self._render(content, message.id, message) + self._footer_html(message)
            self._insert_html(cursor, lead, whole)
            return
        first, code_index = self._render_piece(head, message.id, 0)
        self._insert_html(cursor, lead, first)
        at = cursor_at(cursor.document(), cursor.position(), keep_on_insert=True)
        footer = self._footer_html(message)
        if footer:
            new_block(cursor)
            cursor.insertHtml(footer)
        self._pieces.add(message.id, at, pieces, code_index)

    @staticmethod
    def _insert_html(cursor: QTextCursor, lead: str, html_text: str) -> None:
        """``lead`` (the header) and what follows it; without a lead, at an empty block."""
        if lead:
            cursor.insertHtml(lead + html_text)
        else:
            insert_piece(cursor, html_text)

    def _insert_thinking_text(
        self, cursor: QTextCursor, message: Message, *, at_once: bool
    ) -> None:
        """An opened thinking's text at ``cursor`` (an empty block), muted; a long one piece
        by piece, as a long answer (unless ``at_once``)."""
        document = cursor.document()
        text = message.reasoning
        start = cursor.position()
        pieces = iter_pieces(text, PIECE_CHARS) if not at_once else None
        head = next(pieces) if pieces is not None and len(text) > PIECE_CHARS else None
        if pieces is None or head is None or len(head.text) == len(text):
            insert_piece(cursor, thinking_text_html(message, self.theme))
            self._will_stand_in(document, start, cursor.position())
            return
        first, code_index = self._render_thinking_piece(head, message.id, THINKING_CODE_BASE)
        insert_piece(cursor, first)
        self._will_stand_in(document, start, cursor.position())
        at = cursor_at(document, cursor.position(), keep_on_insert=True)

        def inserted(begin: int, end: int) -> None:
            self._will_stand_in(document, begin, end)
            self._stand_in_pending()

        self._pieces.add(
            message.id,
            at,
            pieces,
            code_index,
            render=self._render_thinking_piece,
            inserted=inserted,
        )

    def _render_thinking_piece(
        self, piece: Piece, message_id: int, code_index: int
    ) -> tuple[str, int]:
        html_text, code_index = self._render_piece(piece, message_id, code_index)
        return muted_html(html_text, self.theme), code_index

    def _will_stand_in(self, document: QTextDocument, start: int, end: int) -> None:
        self._to_stand_in.append(
            (cursor_at(document, start), cursor_at(document, end, keep_on_insert=True))
        )

    def _stand_in_pending(self) -> None:
        """Stand the thinking text inserted in from the answer (after the edit inserting it
        has ended: see ``stand_in``)."""
        pending, self._to_stand_in = self._to_stand_in, []
        for start, end in pending:
            document = start.document()
            edit = QTextCursor(document)
            edit.beginEditBlock()
            stand_in(document, start.position(), end.position(), THINKING_INDENT)
            edit.endEditBlock()

    def _render_piece(self, piece: Piece, message_id: int, code_index: int) -> tuple[str, int]:
        """A piece of a long answer: its HTML, and the index of the code block after it."""
        return render_piece(
            piece.text,
            theme=self.theme,
            message_id=message_id,
            code_index_start=code_index,
            continues=piece.continues,
            open_end=piece.open_end,
        )

    def _render(self, text: str, message_id: int, message: Message | None = None) -> str:
        """A whole message's Markdown (a streaming answer renders its own, piece by piece);
        an answer's ``[n]`` markers link to its sources, and Compare's differences are marked."""
        rendered = render_markdown(text, theme=self.theme, message_id=message_id)
        if message is not None and message.annotations:
            rendered = link_markers(rendered, message, self.theme)
        marks = self._marks.get(message_id)
        if not marks:
            return rendered
        from app.render.marks import mark_html, mark_style  # (with Compare's first differences)

        return mark_html(rendered, marks, mark_style(self.theme))

    @property
    def pieces_pending(self) -> int:
        """Long answers not shown whole yet (their pieces follow, one per event-loop turn)."""
        return len(self._pieces)

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
            self._stand_in_pending()
            if not before:
                self._ranges[message.id] = selection(self.document(), start, end)
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
        body = self._render(message.content, message.id, message)
        thinking = self._thinking_html(message)
        attached = attachments_html(message, self.theme)
        return self._header_html(message) + thinking + attached + body + self._footer_html(message)

    def _thinking_shown(self, message: Message) -> bool:
        """The answer's thinking text shows: opened, and there is text (and not blind)."""
        return (
            message.id in self._open_thinking
            and not self.blind
            and message.role == "assistant"
            and bool(message.reasoning.strip())
        )

    def _thinking_html(self, message: Message) -> str:
        opened = self._thinking_shown(message)
        return thinking_html(message, self.theme, opened=opened, blind=self.blind)

    def _thinking_line_html(self, message: Message) -> str:
        opened = self._thinking_shown(message)
        return thinking_line_html(message, self.theme, opened=opened, blind=self.blind)

    def _header_html(self, message: Message) -> str:
        return header_html(message, self.theme, blind=self.blind)

    def _footer_html(self, message: Message) -> str:
        last = message.id == self._offering
        family = self.versions.get(message.id)
        answer = message.role == "assistant"
        sources = sources_html(message, self.theme) if answer and not self.blind else ""
        model = self.model_lookup(message.model or "") if self.model_lookup else None
        searches = searches_text(message, model) if answer else ""
        return sources + footer_html(
            message,
            self.theme,
            self.colors.warning,
            blind=self.blind,
            last=last,
            thinking_retries=self.offers_thinking_retries,
            versions=(family.index(message.id) + 1, len(family)) if family else None,
            branching=self.branching,
            searches=searches,
        )

    # -- thinking -----------------------------------------------------------------------------

    def _start_of(self, message_id: int) -> int:
        stream = self._stream
        if stream is not None and stream.message.id == message_id:
            return stream.start.position()
        return self._ranges[message_id].selectionStart()

    def thinking_open(self, message_id: int) -> bool:
        return message_id in self._open_thinking

    def toggle_thinking(self, message_id: int) -> None:
        """Open or close an answer's thinking: only that answer is drawn again, and its
        start stays where it was on screen (or, pinned to the end, the view stays there)."""
        message = self._messages.get(message_id)
        stream = self._stream
        streaming = stream is not None and stream.message.id == message_id
        if streaming and stream is not None:  # its thinking so far, with the turn's figures
            message = self._with_stream_figures(
                stream.message.with_changes(reasoning=stream.thinking_text)
            )
            if stream.label_position is None or stream.phase != "answering":
                return  # (it opens once folded: while it thinks, it is open)
        elif message_id not in self._ranges:
            return
        if message is None or self.blind or not message.reasoning.strip():
            return
        if message_id in self._open_thinking:
            self._open_thinking.discard(message_id)
        else:
            self._open_thinking.add(message_id)
        href = f"action:{THINKING_ACTION}:{message_id}"
        focused = self.focused_link == href
        probe = cursor_at(self.document(), self._start_of(message_id))
        top_before = self.cursorRect(probe).top()
        pinned, self._pinned = self._pinned, False
        bar = self.verticalScrollBar()
        if streaming and stream is not None:
            shown = self._thinking_shown(message)
            text_html = thinking_text_html(message, self.theme) if shown else ""
            stream.show_thinking(self._thinking_line_html(message), text_html)
        else:
            self.update_message(message)
        probe.setPosition(self._start_of(message_id))
        bar.setValue(bar.value() + self.cursorRect(probe).top() - top_before)
        if focused:  # opened by key: the ring stays on its line (and says what it says now)
            self._link_focus.focus_href(href)
        self._pinned = pinned and self._at_end()

    # -- links, tooltips, resources ----------------------------------------------------------

    def _link_clicked(self, url: QUrl) -> None:
        target = url.toString()
        scheme, _, rest = target.partition(":")
        if scheme == "action":
            name, _, ident = rest.partition(":")
            if ident.isdigit() and name == THINKING_ACTION:
                self.toggle_thinking(int(ident))
            elif ident.isdigit():
                self.action_requested.emit(name, int(ident))
        elif scheme == "copy-code":
            self._copy_code(rest)
        elif scheme == ATTACHMENT_SCHEME:
            self.open_attachment(rest)
        elif is_openable_link(target):
            open_link(url)  # the user's environment, not the frozen bundle's
        else:
            self.notice.emit(
                translate("transcript", "That link was not opened: only web and e-mail links open.")
            )

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt)
        """Tab and Shift+Tab go from link to link, then on out of the transcript."""
        if self.hasFocus() and self._link_focus.move(next):
            self._pinned = self._at_end()
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        anchor = self._link_focus.current
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if anchor is not None and event.key() in keys and plain:
            event.accept()
            self.anchorClicked.emit(QUrl(anchor.href))  # as a click on it does
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        self._link_focus.clear()  # the pointer took over
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        self._link_focus.hover(self.cursorForPosition(pos).position(), self.anchorAt(pos))

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt)
        self._link_focus.hover(0, "")
        super().leaveEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self._link_focus.clear()  # arriving by Tab starts again from what is on screen
        super().focusInEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        super().paintEvent(event)
        self._link_focus.paint(self.palette())

    @property
    def focused_link(self) -> str:
        """The href of the link that has keyboard focus, or ""."""
        anchor = self._link_focus.current
        return anchor.href if anchor is not None else ""

    def _copy_code(self, where: str) -> None:
        message_id, _, index = where.partition(":")
        if not (message_id.isdigit() and index.isdigit()):
            return
        message = self._messages.get(int(message_id))
        number = int(index)
        if number >= THINKING_CODE_BASE:  # a code block of the thinking
            number -= THINKING_CODE_BASE
            stream = self._stream
            text = message.reasoning if message else ""
            if stream is not None and stream.message.id == int(message_id):
                text = stream.thinking_text
        elif self._stream is not None and self._stream.message.id == int(message_id):
            text = self.streaming_text
        else:
            text = message.content if message else ""
        blocks = code_blocks(text)
        if number < len(blocks):
            QGuiApplication.clipboard().setText(blocks[number])
            self.notice.emit(translate("transcript", "Code copied."))

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

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt)
        # Never fetch anything an answer names (images, files, stylesheets): only the
        # thumbnails of the pictures attached to prompts, made here from their stored bytes.
        target = name.toString() if isinstance(name, QUrl) else name
        scheme, _, digest = target.partition(":")
        if scheme == THUMB_SCHEME:
            return self._thumbnail(digest)
        return None

    def _thumbnail(self, digest: str) -> QImage | None:
        """A picture's thumbnail from the small cache; else a plain placeholder while a
        worker thread makes it (the transcript is repainted with it then)."""
        known, image = known_thumbnail(digest, THUMB_PIXELS)
        if known:
            return image
        found = next(
            (
                a
                for m in self._messages.values()
                for a in m.attachments
                if a.digest == digest and a.kind == "image"
            ),
            None,
        )
        if found is None:
            return None
        tasks = self.tasks
        if tasks is None:
            return cached_thumbnail(digest, THUMB_PIXELS, lambda: self._make_thumbnail(found))
        if digest not in self._making:
            self._making.add(digest)
            tasks.spawn(self._thumbnail_later(tasks, found))
        return self._placeholder()

    def _make_thumbnail(self, attachment: Attachment) -> QImage | None:
        data = self._read(attachment)
        return thumbnail(data, THUMB_PIXELS) if data else None

    async def _thumbnail_later(self, tasks: UiTasks, attachment: Attachment) -> None:
        digest = attachment.digest
        try:
            image = await tasks.run_blocking(
                cached_thumbnail, digest, THUMB_PIXELS, lambda: self._make_thumbnail(attachment)
            )
        finally:
            self._making.discard(digest)
        if image is not None:
            url = QUrl(f"{THUMB_SCHEME}:{digest}")
            self.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
            self.viewport().update()

    def _placeholder(self) -> QImage:
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(self.palette().color(QPalette.ColorRole.Mid))
        return image

    def _read(self, attachment: Attachment) -> bytes | None:
        if self.attachment_reader is None:
            return None
        try:
            return self.attachment_reader(attachment)
        except LookupError:  # gone from the data folder (BlobMissingError)
            return None

    def open_attachment(self, where: str) -> None:
        """``<message id>:<index>``: a picture opens in a window, a file with the system's
        program (written under its own name to a temporary folder)."""
        ident, _, index = where.partition(":")
        message = self._messages.get(int(ident)) if ident.isdigit() else None
        if message is None or not index.isdigit() or int(index) >= len(message.attachments):
            return
        attachment = message.attachments[int(index)]
        data = self._read(attachment)
        if data is None:
            self.notice.emit(
                translate(
                    "transcript",
                    "“{name}” is no longer in Switchboard's data folder, so it cannot be opened.",
                ).format(name=attachment.name)
            )
            return
        if attachment.kind == "image":
            shown = show_image(attachment, data, self)
            problem = (
                None
                if shown
                else translate("transcript", "“{name}” could not be opened.").format(
                    name=attachment.name
                )
            )

        else:
            problem = open_with_system(attachment, data)
        if problem:
            self.notice.emit(problem)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event.pos(), event.globalPos())
            return True
        return super().event(event)

    def _show_tooltip(self, pos: QPoint, global_pos: QPoint) -> None:
        viewport_pos = self.viewport().mapFrom(self, pos)
        anchor = self.anchorAt(viewport_pos)
        if anchor and not anchor.startswith(("action:", "copy-code:", f"{ATTACHMENT_SCHEME}:")):
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

    def _at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 24

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


def _theme_for(palette: QPalette) -> tuple[Theme, ChatColors]:
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return Theme.dark(), ChatColors.dark()
    return Theme.light(), ChatColors.light()


def _remove_keeping_first_block(cursor: QTextCursor) -> None:
    """Remove the selection (an answer, from its header to its footer) and leave the block
    it started in with the format it had: Qt gives it the format of the block the selection
    ended in, so the answer drawn again there had its footer's margins under its header."""
    probe = QTextCursor(cursor.document())
    probe.setPosition(cursor.selectionStart())
    first = probe.blockFormat()
    cursor.removeSelectedText()
    cursor.setBlockFormat(first)


def _cites(message: Message) -> bool:
    """The answer lists sources (its ``[n]`` markers link to them: it is drawn whole)."""
    return any(note.get("type") == "url_citation" for note in message.annotations)
