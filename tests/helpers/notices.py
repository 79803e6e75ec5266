"""A ``Notices`` that records what the app told and asked, and answers from a queue.

Give it to the window (``MainWindow(notices=RecordingNotices())``) or a dialog; queue the
person's answers with ``answer(...)`` before the action that asks. A question with no answer
queued fails the test at once (a real dialog would wait forever offscreen)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from app.ui.notices import Notices, PathMode


@dataclass(frozen=True)
class Asked:
    """One question or dialog: ``kind`` is confirm, ask_text, choose_path or show_text."""

    kind: str
    title: str
    text: str  # the question, the label, the filter, or the text shown
    default: Any = None  # the action button, the offered text, the offered path, or the mode


class NoAnswerQueuedError(AssertionError):
    pass


class RecordingNotices(Notices):
    def __init__(self, *answers: Any) -> None:
        super().__init__()
        self.asked: list[Asked] = []
        self.posts: list[tuple[str, str]] = []  # (kind, text) of every status note
        self._answers: deque[Any] = deque(answers)
        self.posted.connect(lambda text, kind: self.posts.append((kind, text)))

    def answer(self, *answers: Any) -> None:
        """Queue the person's next answers, in order: a bool for confirm, a str or None for
        ask_text, a Path (or str) or None for choose_path."""
        self._answers.extend(answers)

    @property
    def pending(self) -> int:
        return len(self._answers)

    def said(self, fragment: str) -> bool:
        """Whether a status note so far contains ``fragment`` (to wait for work to finish)."""
        return any(fragment in text for _kind, text in self.posts)

    def of_kind(self, kind: str) -> list[Asked]:
        return [asked for asked in self.asked if asked.kind == kind]

    def _next(self, asked: Asked) -> Any:
        self.asked.append(asked)
        if not self._answers:
            raise NoAnswerQueuedError(f"no answer queued for {asked}")
        return self._answers.popleft()

    def confirm(self, title: str, text: str, action: str, *, parent: QWidget | None = None) -> bool:
        return bool(self._next(Asked("confirm", title, text, action)))

    def ask_text(
        self, title: str, label: str, default: str = "", *, parent: QWidget | None = None
    ) -> str | None:
        answer = self._next(Asked("ask_text", title, label, default))
        return None if answer is None else str(answer)

    def choose_path(
        self,
        mode: PathMode,
        title: str,
        file_filter: str,
        default: Path,
        *,
        parent: QWidget | None = None,
    ) -> Path | None:
        answer = self._next(Asked("choose_path", title, file_filter, (mode, default)))
        return None if answer is None else Path(answer)

    def show_text(self, title: str, text: str, *, parent: QWidget | None = None) -> None:
        self.asked.append(Asked("show_text", title, text))
