"""A prompt-set run in a tab: its progress, Stop and Resume, the per-preset results, and each
prompt's answers side by side."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSlider,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate
from app.core.presets import shown_builtin_text
from app.render.safe_text import plain_tooltip, shorten

from ..chat.message_actions import copy_message
from ..chat.transcript import Transcript
from ..elided_label import ElidedLabel
from ..labels import WrappedLabel
from ..notices import Notices
from ..tab_keys import TabKey
from ..tasks import UiTasks
from .figures import (
    RESULT_COLUMNS,
    answer_stats,
    answer_stats_tip,
    exact_cost,
    progress_text,
    result_cells,
    result_header_tips,
    result_headers,
    results_note,
    spent_text,
    state_text,
    totals_cells,
)

if TYPE_CHECKING:
    from app.core.conversation import Message
    from app.core.history import ConversationHistory
    from app.core.prompt_sets import PromptRow, RunProgress, RunResults
    from app.services.compare import CompareService
    from app.services.prompt_sets import PromptSetService

TITLE_LIMIT = 80
PROMPT_LIMIT = 160  # a prompt's row shows at most this much (its tooltip has more)
RESULTS_REFRESH_MS = 1000  # while it runs, the tables are redrawn at most this often

# (the asyncSlot rule: the work is the service's; the view only starts and stops its task)


def _plain(text: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _item(text: str, tooltip: str = "", *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        item.setToolTip(plain_tooltip(tooltip))
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    if item is None:  # (every cell is made with its row)
        item = _item("")
        table.setItem(row, column, item)
    return item


class AnswerPane(QFrame):
    """One column's answer to the chosen prompt: its name (or "Answer A"), its text, figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = _plain(bold=True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.transcript = Transcript(self)
        self.transcript.setAccessibleName(translate("run_view", "Answer"))
        self.stats = _plain()
        self.stats.setWordWrap(True)
        self.stats.setEnabled(False)
        self.stats.setToolTip(plain_tooltip(answer_stats_tip()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.stats)
        self.conversation_id = 0
        self.drawn: tuple[Any, ...] | None = None  # what its transcript shows (see show_answer)

    def show_answer(self, title: str, answer: Message | None, *, blind: bool) -> None:
        """Draw ``answer`` (only when it changed: rendering Markdown is the costly part)."""
        self.title.setText(shorten(title, TITLE_LIMIT))
        drawn = (
            None
            if answer is None
            else (answer.id, answer.status, answer.cost, answer.completion_tokens, blind)
        )
        if drawn == self.drawn and self.transcript.blind == blind:
            return
        self.drawn = drawn
        self.transcript.blind = blind
        if answer is None:
            self.transcript.show_messages([])
            self.stats.setText(translate("run_view", "No answer yet."))
            return
        self.transcript.show_messages([answer])
        # An answer is read from its start (as the reader's own Home key would): the
        # transcript then stops following its end.
        self.transcript.verticalScrollBar().triggerAction(
            QAbstractSlider.SliderAction.SliderToMinimum
        )
        self.stats.setText(answer_stats(answer, blind=blind))


class RunView(QWidget):
    """A prompt-set run's tab.

    Signals:
        open_comparison_requested(int): open this comparison (a prompt's answers) in a tab.
        export_requested(str): export the run as "md" or "csv".
        busy_changed(bool): the run started (True) or ended, stopped or failed (False).
    """

    open_comparison_requested = Signal(int)
    export_requested = Signal(str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        run_id: int,
        service: PromptSetService,
        compare: CompareService,
        history: ConversationHistory,
        notices: Notices,
        *,
        preflight: Callable[[int], str | None] | None = None,
        tasks: UiTasks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``preflight(run_id)``: None to start (the spending guard agreed), else why not."""
        super().__init__(parent)
        self.run_id = run_id
        self._service = service
        self._comparisons = compare.store
        self._history = history
        self._notices = notices
        self._preflight = preflight
        self._tasks = tasks if tasks is not None else UiTasks()
        self._task: asyncio.Task[Any] | None = None
        self._results: RunResults | None = None
        self._shown: tuple[int, int, bool] | None = None  # (comparison, answered, blind) drawn
        self._state = ""  # the run's state as last shown
        run = service.get_run(run_id)
        assert run is not None
        self._title = run.title
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(RESULTS_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._pane_jobs: list[Callable[[], None]] = []
        self._pane_timer = QTimer(self)
        self._pane_timer.setSingleShot(True)
        self._pane_timer.setInterval(0)
        self._pane_timer.timeout.connect(lambda: self._draw_panes(one=True))
        self._build()
        self._unsubscribe: Callable[[], None] | None = service.progress.subscribe(self._progressed)
        self.destroyed.connect(lambda _o=None, u=self._unsubscribe: u())
        self.show_progress(service.progress_of(run_id))
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = ElidedLabel(shorten(self._title, TITLE_LIMIT))
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setToolTip(plain_tooltip(self._title))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("run_view", "Progress of the run"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(260)
        self.progress_label = _plain()
        self.start_button = QPushButton(translate("run_view", "Start"))
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(translate("run_view", "Stop"))
        self.stop_button.setToolTip(
            translate("run_view", "Stop the run: what arrived is kept, Resume sends the rest.")
        )
        self.stop_button.clicked.connect(self.stop)
        self.export_button = QPushButton(translate("run_view", "Export…"))
        menu = QMenu(self.export_button)
        menu.addAction(
            translate("run_view", "As Markdown…"), lambda: self.export_requested.emit("md")
        )
        menu.addAction(
            translate("run_view", "As CSV (for a spreadsheet)…"),
            lambda: self.export_requested.emit("csv"),
        )
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.progress)
        top.addWidget(self.progress_label)
        top.addWidget(self.start_button)
        top.addWidget(self.stop_button)
        top.addWidget(self.export_button)
        self.state_label = WrappedLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.estimate = WrappedLabel()
        self.estimate.setTextFormat(Qt.TextFormat.PlainText)
        self.estimate.setEnabled(False)
        status = QHBoxLayout()
        status.addWidget(self.state_label, 1)
        status.addWidget(self.estimate, 1)

        self.results = QTableWidget(0, RESULT_COLUMNS)
        self.results.setAccessibleName(translate("run_view", "Results per preset"))
        self.results.setHorizontalHeaderLabels(list(result_headers()))
        for column, tip in result_header_tips().items():
            header_item = self.results.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(plain_tooltip(tip))
        self._table_style(self.results)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, RESULT_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.results_note = WrappedLabel()
        self.results_note.setTextFormat(Qt.TextFormat.PlainText)
        self.results_note.setEnabled(False)

        self.prompts = QTableWidget(0, 4)
        self.prompts.setAccessibleName(translate("run_view", "Prompts"))
        self.prompts.setHorizontalHeaderLabels(
            [
                "#",
                translate("run_view", "Prompt"),
                translate("run_view", "Answers"),
                translate("run_view", "Picked"),
            ]
        )
        self._table_style(self.prompts)
        header = self.prompts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.prompts.itemSelectionChanged.connect(self._prompt_chosen)
        self.prompts.cellDoubleClicked.connect(lambda _r, _c: self.open_chosen())

        self.prompt_text = WrappedLabel()
        self.prompt_text.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_text = WrappedLabel()
        self.notes_text.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_text.setEnabled(False)
        self.open_button = QPushButton(translate("run_view", "Open as a comparison"))
        self.open_button.setToolTip(
            translate(
                "run_view",
                "Open this prompt's answers in a comparison tab, where you can pick the best one.",
            )
        )
        self.open_button.clicked.connect(self.open_chosen)
        heading = QHBoxLayout()
        heading.addWidget(self.prompt_text, 1)
        heading.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.answers_row = QSplitter(Qt.Orientation.Horizontal)
        self.answers_row.setChildrenCollapsible(False)
        self.panes: list[AnswerPane] = []
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(heading)
        detail_layout.addWidget(self.notes_text)
        detail_layout.addWidget(self.answers_row, 1)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.prompts)
        lower.addWidget(detail)
        lower.setChildrenCollapsible(False)
        lower.setStretchFactor(0, 1)
        lower.setStretchFactor(1, 2)
        lower.setSizes([340, 680])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(top)
        layout.addLayout(status)
        layout.addWidget(self.results)
        layout.addWidget(self.results_note)
        layout.addWidget(lower, 1)
        self._lower = lower

    @staticmethod
    def _table_style(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        # Rows as tall as a line of text and a little room, not Qt's roomier default.
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)

    # -- what the window asks of a tab ----------------------------------------------------------

    @property
    def tab_key(self) -> TabKey:
        return TabKey.run(self.run_id)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def focus_composer(self) -> None:
        self.prompts.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- running ------------------------------------------------------------------------------

    def start(self) -> bool:
        """Start (or resume) the run after the spending guard; False if it did not start."""
        if self.busy or self._service.is_running(self.run_id):
            return False
        if self._preflight is not None and self._preflight(self.run_id) is not None:
            self._show_estimate()
            return False
        task = self._tasks.spawn(self._service.run(self.run_id))
        if task is None:  # the window is closing
            return False
        self._task = task
        task.add_done_callback(self._ended)
        self._set_buttons()
        self.busy_changed.emit(True)
        return True

    def stop(self) -> asyncio.Task[Any] | None:
        """Stop the run (what arrived is kept); returns its task to await its end, if any."""
        task = self._task
        if task is not None and not task.done():
            task.cancel()
        if self._service.is_running(self.run_id):
            self._service.stop(self.run_id)
        return task if task is not None and not task.done() else None

    def _ended(self, task: asyncio.Task[Any]) -> None:
        if not shiboken6.isValid(self):  # (a closed tab may be gone by now)
            return
        if self._task is task:  # (not a run resumed in the moment before this end arrived)
            self._task = None
        self.show_progress(self._service.progress_of(self.run_id))
        self.refresh()
        self.busy_changed.emit(False)

    def _progressed(self, progress: RunProgress) -> None:
        if progress.run_id != self.run_id or not shiboken6.isValid(self):
            return
        state_changed = self._state != progress.state
        self.show_progress(progress)
        if state_changed:
            self.refresh()
        elif not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def show_progress(self, progress: RunProgress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self._state = progress.state
        self.progress_label.setText(progress_text(progress))
        self.state_label.setText(state_text(progress.state, progress))
        self._set_buttons(progress)

    def _set_buttons(self, progress: RunProgress | None = None) -> None:
        if progress is None:
            progress = self._service.progress_of(self.run_id)
        running = self.busy or self._service.is_running(self.run_id)
        finished = progress.state == "done" or (progress.done >= progress.total > 0)
        self.stop_button.setVisible(running)
        self.start_button.setVisible(not running and not finished)
        self.start_button.setText(
            translate("run_view", "Resume")
            if progress.done or progress.failed
            else translate("run_view", "Start")
        )
        self.estimate.setVisible(not running and not finished)

    def _show_estimate(self) -> None:
        if self.busy:
            return
        try:
            text = self._service.estimate(self.run_id).text
        except LookupError:
            return
        self.estimate.setText(
            translate("run_view", "What is left to send: {estimate}.").format(estimate=text)
        )

    # -- results ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the run's figures again and redraw the tables and the chosen prompt."""
        self._refresh_timer.stop()
        if not shiboken6.isValid(self):
            return
        results = self._service.results(self.run_id)
        self._results = results
        self._fill_results(results)
        self.prompts.setColumnHidden(3, not results.run.blind)  # (picks are made blind)
        self._fill_prompts(results.prompts)
        self._show_chosen()
        if not self.busy:
            self._show_estimate()

    def _fill_results(self, results: RunResults) -> None:
        table = self.results
        blind = results.run.blind
        rows = [result_cells(p, blind=blind) for p in results.presets] + [totals_cells(results)]
        tips = [exact_cost(p.cost) for p in results.presets] + [
            f"{exact_cost(results.total_cost)} {spent_text(results.spent)}"
        ]
        if table.rowCount() != len(rows):
            table.setRowCount(len(rows))
            for row in range(len(rows)):
                for column in range(RESULT_COLUMNS):
                    item = _item("", right=column > 0)
                    if row == len(rows) - 1:  # the totals row
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                    table.setItem(row, column, item)
            height = sum(table.rowHeight(r) for r in range(table.rowCount()))
            table.setFixedHeight(
                table.horizontalHeader().height() + height + 2 * table.frameWidth()
            )
        # Only what changed is set: each change makes the table measure its columns again.
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = _cell(table, row, column)
                if item.text() != text:
                    item.setText(text)
                    tip = tips[row] if column == RESULT_COLUMNS - 1 else text
                    item.setToolTip(plain_tooltip(tip) if tip else "")
        self.results_note.setText(results_note(results))

    def _fill_prompts(self, rows: list[PromptRow]) -> None:
        table = self.prompts
        if table.rowCount() != len(rows):  # the first time: the prompts never change
            chosen = self.chosen_row()
            table.blockSignals(True)
            try:
                table.setRowCount(len(rows))
                for row, prompt in enumerate(rows):
                    text = shorten(" ".join(prompt.prompt.split()), PROMPT_LIMIT)
                    table.setItem(row, 0, _item(str(prompt.position + 1), right=True))
                    table.setItem(row, 1, _item(text, prompt.prompt))
                    table.setItem(row, 2, _item("", right=True))
                    table.setItem(row, 3, _item(""))
                if rows:
                    table.selectRow(min(chosen, len(rows) - 1) if chosen >= 0 else 0)
            finally:
                table.blockSignals(False)
        for row, prompt in enumerate(rows):  # only what changed (see _fill_results)
            picked = prompt.winner_label or ""
            for column, text, tip in (
                (
                    2,
                    translate("run_view", "{answered} of {columns}").format(
                        answered=prompt.answered, columns=prompt.columns
                    ),
                    "",
                ),
                (3, shorten(picked, TITLE_LIMIT), picked),
            ):
                item = _cell(table, row, column)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(plain_tooltip(tip) if tip else "")

    def chosen_row(self) -> int:
        rows = self.prompts.selectionModel().selectedRows() if self.prompts.selectionModel() else []
        return rows[0].row() if rows else -1

    def chosen_prompt(self) -> PromptRow | None:
        row = self.chosen_row()
        if self._results is None or not 0 <= row < len(self._results.prompts):
            return None
        return self._results.prompts[row]

    def choose(self, row: int) -> None:
        """Show the answers of the prompt in ``row`` (as a click on it does)."""
        self.prompts.selectRow(row)

    def _prompt_chosen(self) -> None:
        self._shown = None
        self._show_chosen()

    def _show_chosen(self) -> None:
        prompt = self.chosen_prompt()
        self.open_button.setEnabled(prompt is not None)
        if prompt is None:
            self.prompt_text.setText("")
            self.notes_text.setText("")
            self._set_panes(0)
            return
        blind = prompt.hidden
        shown = (prompt.comparison_id, prompt.answered, blind)
        if shown == self._shown:
            return  # nothing new to draw (its answers are drawn once each is finished)
        self._shown = shown
        self.prompt_text.setText(f"{prompt.position + 1}. {prompt.prompt}")
        self.notes_text.setText(
            translate("run_view", "A good answer: {notes}").format(notes=prompt.notes)
            if prompt.notes
            else ""
        )
        self.notes_text.setVisible(bool(prompt.notes))
        columns = self._comparisons.columns(prompt.comparison_id)
        # Blind: the comparison's seeded order, so "Answer B" here is "Answer B" in its tab.
        order = prompt.shown_order() if len(columns) == prompt.columns else range(len(columns))
        self._set_panes(len(columns))
        self._pane_jobs.clear()
        for position, (pane, index) in enumerate(zip(self.panes, order, strict=False)):
            column = columns[index]
            pane.conversation_id = column.conversation_id
            title = (
                translate("run_view", "Answer {letter}").format(letter=chr(65 + position))
                if blind
                else shown_builtin_text(column.label)  # (no own preset has a built-in's name)
            )

            job = functools.partial(self._draw_pane, pane, title, column.conversation_id, blind)
            self._pane_jobs.append(job)
        if not self.busy:
            self._draw_panes()
        elif not self._pane_timer.isActive():
            # While the run streams, one pane per turn of the loop: four Markdown renders at
            # once would hold it up.
            self._pane_timer.start()

    def _draw_pane(self, pane: AnswerPane, title: str, conversation_id: int, blind: bool) -> None:
        pane.show_answer(title, self._answer(conversation_id), blind=blind)

    def _draw_panes(self, *, one: bool = False) -> None:
        while self._pane_jobs:
            self._pane_jobs.pop(0)()
            if one:
                break
        if self._pane_jobs:
            self._pane_timer.start()

    def _answer(self, conversation_id: int) -> Message | None:
        for message in reversed(self._history.messages(conversation_id)):
            if message.role == "assistant":
                return message
        return None

    def _set_panes(self, count: int) -> None:
        while len(self.panes) < count:
            pane = AnswerPane()
            pane.transcript.action_requested.connect(
                lambda name, i, p=pane: self._action(p, name, i)
            )
            pane.transcript.notice.connect(self._notices.info)
            self.panes.append(pane)
            self.answers_row.addWidget(pane)
        for number, pane in enumerate(self.panes):
            pane.setVisible(number < count)

    def _action(self, pane: AnswerPane, name: str, message_id: int) -> None:
        """Copy works here; anything else (ask again, details) in the prompt's comparison."""
        message = pane.transcript.message(message_id)
        if message is None:
            return
        if name == "copy":
            copy_message(message, self._notices)
        else:
            self.open_chosen()

    def open_chosen(self) -> None:
        prompt = self.chosen_prompt()
        if prompt is not None:
            self.open_comparison_requested.emit(prompt.comparison_id)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        # A pick in one of its comparisons (another tab) changes the wins: read them again.
        super().showEvent(event)
        if self._results is not None:
            self.refresh()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt)
        self._disconnect()
        super().closeEvent(event)

    def _disconnect(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
