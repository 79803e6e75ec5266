"""A streaming answer, refresh by refresh: what to show of it, without Qt.

The view hands ``AnswerStream.update`` the answer's whole text so far, once per refresh. The
stream feeds only the new characters to its ``StablePrefixTracker`` and says, in one ``Refresh``:

- the part that has just settled, rendered once (the view appends it after what it froze before);
- the unfinished tail, rendered again (the view replaces the tail it showed last time);
- or, while a fenced code block is open at the end, its complete lines not shown yet
  (highlighted) and its unfinished last line (plain): the block grows line by line, each line
  drawn about once however long it gets, and is rendered whole once it closes.
"""

from __future__ import annotations

from dataclasses import dataclass

from .highlight import CodeStyle, code_runs, fence_language
from .markdown import render_piece
from .stable_prefix import Continuation, StablePrefixTracker
from .theme import Theme

__all__ = ["AnswerStream", "CodeGrowth", "Refresh"]

Runs = list[tuple[str, CodeStyle]]


@dataclass(frozen=True, slots=True)
class CodeGrowth:
    """What an open code block shows that it did not before."""

    language: str
    opened: bool  # the block starts showing with this refresh (its label goes first)
    lines: Runs | None  # complete lines new since the last refresh, without the last newline
    after_lines: bool  # complete lines were shown before ``lines`` (a new block goes between)
    unfinished: Runs  # the unfinished last line (replaces the one shown before)
    has_complete: bool  # any complete line is shown (the unfinished one goes on a block of its own)


@dataclass(frozen=True, slots=True)
class Refresh:
    """One refresh of a streaming answer's view (see the module docstring).

    ``replace_tail``: what the view shows after its frozen part goes (the tail, or an open code
    block that closed); then ``settled`` is appended to the frozen part (when not None), then
    ``tail`` or ``code``'s label after it. Without ``replace_tail`` only ``code`` grows.
    """

    replace_tail: bool
    settled: str | None = None
    tail: str | None = None
    code: CodeGrowth | None = None
    code_closed: bool = False  # the open code block shown until now has closed


class AnswerStream:
    """The Qt-free state of one streaming answer: the tracker, how much is frozen, the open
    code block. ``update`` with the whole text so far, once per refresh."""

    __slots__ = (
        "_code_from",
        "_code_shown",
        "_code_start",
        "_context",
        "_fed",
        "_frozen",
        "_language",
        "code_index",
        "message_id",
        "theme",
        "tracker",
    )

    def __init__(self, message_id: int, theme: Theme) -> None:
        self.message_id = message_id
        self.theme = theme
        self.tracker = StablePrefixTracker()
        self._fed = 0  # characters fed to the tracker
        self._frozen = 0  # characters rendered for good
        self.code_index = 0  # code blocks in the frozen part: Copy links count on from here
        self._context: Continuation | None = None  # what the text after the frozen part continues
        self._code_start: int | None = None  # the open code block's opening line, when shown
        self._code_from = 0  # where its code starts
        self._language = ""
        self._code_shown = 0  # how much of its code (complete lines) is shown

    @property
    def frozen(self) -> int:
        return self._frozen

    def update(self, text: str, *, final: bool = False) -> Refresh:
        """What to show of ``text`` (the answer so far; ``final``: all of it)."""
        if len(text) > self._fed:
            self.tracker.feed(text[self._fed :])
            self._fed = len(text)
        tracker = self.tracker
        was_open = self._code_start is not None
        closed = was_open and (final or tracker.open_fence_start != self._code_start)
        if was_open and not closed:
            return Refresh(replace_tail=False, code=self._grow(text, opened=False))
        self._code_start = None
        settled = None
        stable = tracker.stable_length
        if stable > self._frozen:
            after = tracker.stable_context
            settled = self._render(text[self._frozen : stable], open_end=after is not None)
            self._frozen, self._context = stable, after
        if not final and tracker.open_fence_start == self._frozen:
            code = self._open_code(text)
            return Refresh(True, settled, code=code, code_closed=closed)
        tail, _ = render_piece(
            text[self._frozen :],
            theme=self.theme,
            message_id=self.message_id,
            code_index_start=self.code_index,
            continues=self._context,
        )
        return Refresh(True, settled, tail=tail, code_closed=closed)

    def _render(self, text: str, *, open_end: bool) -> str:
        body, self.code_index = render_piece(
            text,
            theme=self.theme,
            message_id=self.message_id,
            code_index_start=self.code_index,
            continues=self._context,
            open_end=open_end,
        )
        return body

    def _open_code(self, text: str) -> CodeGrowth:
        start = self._frozen
        self._code_start = start
        self._code_from = text.index("\n", start) + 1
        self._language = fence_language(text[start : self._code_from])
        self._code_shown = 0
        return self._grow(text, opened=True)

    def _grow(self, text: str, *, opened: bool) -> CodeGrowth:
        code = text[self._code_from :]
        complete = code.rfind("\n") + 1
        shown_before = self._code_shown
        lines = None
        if complete > shown_before:
            lines = code_runs(code[shown_before : complete - 1], self._language, self.theme)
            self._code_shown = complete
        unfinished = code_runs(code[complete:], "", self.theme) if complete < len(code) else []
        return CodeGrowth(self._language, opened, lines, shown_before > 0, unfinished, complete > 0)
