"""Compare these versions: an answer's versions side by side, to pick the one to keep on
screen.

Each version gets a column: which it is, the settings it was made with (the ones that differ
between the versions highlighted), the answer rendered as Markdown (or, with "Highlight
differences", its plain text with the differing words marked, as in Compare), its figures
(tokens, thinking, cost: Compare's stats line) and "Show this one".
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.version_settings import SettingRow, settings_rows
from app.render.markdown import render_markdown
from app.render.safe_text import is_openable_link, shorten
from app.render.theme import Theme

from ..compare.compare_view import DIFF_COLOR, diff_html, stats_line
from ..external import open_link

if TYPE_CHECKING:
    from app.core.conversation import Message
    from app.services.compare import ColumnFigures

DIALOG_SIZE = (980, 640)  # fits a 1024×700 screen with its title bar
SHOWN = QT_TRANSLATE_NOOP("versions_view", "On screen")
QUESTION_LIMIT = 120


class AnswerBrowser(QTextBrowser):
    """One version's answer, read-only. Loads nothing the answer names; web links open in
    the system browser when clicked, nothing else does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt)
        return None

    def _clicked(self, url: QUrl) -> None:
        if is_openable_link(url.toString()):
            open_link(url)


class VersionColumn(QFrame):
    """One version: its title, settings, answer, figures and "Show this one"."""

    def __init__(self, number: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message_id = 0
        self.title = QLabel(
            translate("versions_view", "Version {number} of {total}").format(
                number=number, total=total
            )
        )
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.settings = QLabel()
        self.settings.setWordWrap(True)
        self.settings.setAccessibleName(
            translate("versions_view", "Settings of version {number}").format(number=number)
        )
        self.answer = AnswerBrowser(self)
        self.answer.setAccessibleName(
            translate("versions_view", "Answer, version {number}").format(number=number)
        )
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(
            translate("versions_view", "Tokens and cost of version {number}").format(number=number)
        )
        self.show_button = QPushButton(translate("versions_view", "Show this one"))
        self.show_button.setToolTip(
            translate("versions_view", "Make this version the one the conversation shows")
        )
        self.show_button.setAccessibleName(
            translate("versions_view", "Show version {number}").format(number=number)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.settings)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.figures)
        layout.addWidget(self.show_button)


class VersionsDialog(QDialog):
    """An answer's versions side by side.

    Signals:
        chosen(int): "Show this one" was pressed on this version (its message id).
    """

    chosen = Signal(int)

    def __init__(
        self,
        answers: Sequence[Message],
        shown_id: int,
        figures: Callable[[Message], ColumnFigures],
        parent: QWidget | None = None,
        *,
        question: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("versions_view", "Compare these versions"))
        self.answers = list(answers)
        self.shown_id = shown_id
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self._theme = Theme.dark() if dark else Theme.light()
        intro = QLabel(_intro(question, len(self.answers)))
        intro.setTextFormat(Qt.TextFormat.PlainText)  # (the question is the person's text)
        intro.setWordWrap(True)
        self.highlight = QCheckBox(translate("versions_view", "Highlight differences"))
        self.highlight.setToolTip(
            translate("versions_view", "Mark the words where the answers differ")
        )
        self.highlight.toggled.connect(lambda _on: self._show_answers())
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.highlight)
        row = QHBoxLayout()
        self.columns: list[VersionColumn] = []
        rows = settings_rows(self.answers)
        for number, answer in enumerate(self.answers, start=1):
            column = VersionColumn(number, len(self.answers), self)
            column.message_id = answer.id
            column.settings.setText(_settings_html(rows, number - 1))
            column.figures.setText(
                stats_line(figures(answer))
                or translate("versions_view", "No figures were recorded.")
            )
            column.show_button.clicked.connect(lambda _checked=False, i=answer.id: self._choose(i))
            self.columns.append(column)
            row.addWidget(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self._show_answers()
        self._mark_shown()
        self.resize(*DIALOG_SIZE)

    def column_for(self, message_id: int) -> VersionColumn:
        return next(c for c in self.columns if c.message_id == message_id)

    def _show_answers(self) -> None:
        from app.core.diff import word_diff

        if self.highlight.isChecked():
            marked = word_diff([a.content for a in self.answers])
            for column, tokens in zip(self.columns, marked, strict=True):
                column.answer.setHtml(diff_html(tokens))
        else:
            for column, answer in zip(self.columns, self.answers, strict=True):
                column.answer.setHtml(render_markdown(answer.content, theme=self._theme))

    def _choose(self, message_id: int) -> None:
        self.chosen.emit(message_id)  # (whoever shows it calls set_shown once it is)

    def set_shown(self, message_id: int) -> None:
        """This version is the one on screen now."""
        self.shown_id = message_id
        self._mark_shown()

    def _mark_shown(self) -> None:
        for column in self.columns:
            shown = column.message_id == self.shown_id
            column.show_button.setEnabled(not shown)
            column.show_button.setText(
                translate("versions_view", SHOWN)
                if shown
                else translate("versions_view", "Show this one")
            )


def _intro(question: str, count: int) -> str:
    """What the dialog shows: the question (the person's own words) answered ``count`` ways."""
    if not question:
        return translate(
            "versions_view",
            "The same question, answered %n ways, each with its own settings. Press “Show "
            "this one” under the answer you want the conversation to show; the others stay.",
            "one: The same question, answered %n way, with its own settings. Press “Show "
            "this one” under the answer you want the conversation to show; the others stay.",
            count,
        )
    asked = shorten(" ".join(question.split()), QUESTION_LIMIT)
    return translate(
        "versions_view",
        "“{question}”, answered %n ways, each with its own settings. Press “Show this one” "
        "under the answer you want the conversation to show; the others stay.",
        "one: “{question}”, answered %n way, with its own settings. Press “Show this one” "
        "under the answer you want the conversation to show; the others stay.",
        count,
    ).format(question=asked)


def _settings_html(rows: Sequence[SettingRow], index: int) -> str:
    """One version's settings, a line each; the values that differ between the versions
    marked (as Compare marks differing words). Every text is escaped: names and prompts come
    from people, files and servers."""
    lines = []
    for row in rows:
        value = html.escape(shorten(row.values[index], 80))
        if row.differs:
            value = f'<b style="background:{DIFF_COLOR}; color:#000">{value}</b>'
        lines.append(f'<span style="color:gray">{html.escape(row.label)}:</span> {value}')
    return "<br>".join(lines)
