"""Long answers shown piece by piece, a piece per turn of the event loop (a 200 KB list
rendered at once would stall the window for a second)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor

from app.render.stable_prefix import Piece

from .document_edit import cursor_at, insert_piece, new_block

# (piece, message id, index of its first code block) -> (HTML, index of the next code block)
RenderPiece = Callable[[Piece, int, int], tuple[str, int]]
# Called with where an inserted piece starts and ends, once its edit has ended.
Inserted = Callable[[int, int], None]


@dataclass
class _Pending:
    """The pieces of a long answer still to be shown, and where they go (the end of its body:
    an insert there moves the cursor along)."""

    message_id: int
    at: QTextCursor
    pieces: Iterator[Piece]
    code_index: int
    render: RenderPiece | None = None  # (else the queue's own)
    inserted: Inserted | None = None


class PieceQueue(QObject):
    """The pieces still to show, answer by answer; one is inserted per event-loop turn.

    Signals: none.
    """

    def __init__(self, render: RenderPiece, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._render = render
        self._pending: list[_Pending] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._show_next)

    def __len__(self) -> int:
        return len(self._pending)

    def add(
        self,
        message_id: int,
        at: QTextCursor,
        pieces: Iterator[Piece],
        code_index: int,
        *,
        render: RenderPiece | None = None,
        inserted: Inserted | None = None,
    ) -> None:
        """Show ``pieces`` at ``at`` (keeps its position on insert), one at a time;
        ``render`` them (else as answer text), and tell ``inserted`` where each went (an
        answer's thinking is muted and stood in)."""
        self._pending.append(_Pending(message_id, at, pieces, code_index, render, inserted))
        self._timer.start()

    def drop(self, message_id: int) -> None:
        self._pending = [job for job in self._pending if job.message_id != message_id]

    def clear(self) -> None:
        self._pending.clear()

    def _show_next(self) -> None:
        if not self._pending:
            return
        job = self._pending[0]
        piece = next(job.pieces, None)
        if piece is None:
            self._pending.pop(0)
            if self._pending:
                self._timer.start()
            return
        render = job.render or self._render
        html_text, job.code_index = render(piece, job.message_id, job.code_index)
        cursor = cursor_at(job.at.document(), job.at.position())
        cursor.beginEditBlock()
        new_block(cursor)
        start = cursor.position()
        insert_piece(cursor, html_text)
        cursor.endEditBlock()
        job.at.setPosition(cursor.position())
        if job.inserted is not None:
            job.inserted(start, cursor.position())
        if self._pending:
            self._timer.start()
