"""Compare: one prompt sent to two to four presets at once, answers streaming side by side."""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.attachments import OCR_PDF_ENGINE, Attachment
from app.core.compare_settings import (
    BLIND_TITLE,
    blind_order,
    blind_seed,
    column_totals,
    settings_rows,
    totals_text,
)
from app.core.i18n import local_decimal, local_int, translate
from app.core.money import format_usd, format_usd_apart
from app.core.presets import shown_preset_label
from app.render.meta import ERROR_LIMIT
from app.render.safe_text import plain_tooltip, shorten

from ..attach_flow import (
    AttachFlow,
    earlier_attachments,
    gate,
    ocr_cost,
    ocr_pdfs,
    ocr_question,
    refused_text,
    unknown_abilities,
    with_ocr,
)
from ..chat.attachment_chips import Attacher, AttachmentChips, attach_button
from ..chat.composer import Composer
from ..chat.message_actions import copy_message, show_details
from ..chat.transcript import FLUSH_INTERVAL_MS, Transcript
from ..elided_label import ElidedLabel
from ..flow_layout import FlowLayout
from ..notices import Notices
from ..tab_keys import TabKey
from ..tasks import UiTasks
from .column_settings import ColumnSettings, remember_settings_shown, settings_shown
from .refresh_queue import RefreshQueue

if TYPE_CHECKING:
    from app.core.attachments import Attachment
    from app.core.conversation import ChatSettings, Message
    from app.core.history import ConversationHistory
    from app.core.presets import Preset
    from app.services.chat import TurnEvent, TurnUndone
    from app.services.compare import ColumnFigures, CompareService
    from app.services.turn import Turn

DIFF_COLOR = "#fff0a8"  # (the versions dialog's raw highlight; Compare marks the answers)
Preview = Callable[[int, "ChatSettings", str, "Sequence[Attachment]"], tuple[str, dict[str, Any]]]
TITLE_LIMIT = 80  # a title or name shows at most this much (the tooltip has more)


def _plain_label(text: str = "", *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


STATS_REFRESH_S = 0.5  # a streaming column's stats line is redrawn at most this often
THINKING_TICK_MS = 1000  # "thinking… 14 s" counts on while no thinking text arrives


def _seconds(value: float) -> str:
    shown = local_decimal(value, 1) if value < 10 else local_int(round(value))
    return translate("compare_view", "{seconds} s").format(seconds=shown)


def stats_line(
    figures: ColumnFigures,
    *,
    blind: bool = False,
    tells: bool = False,
    cost_text: str | None = None,
) -> str:
    """A column's figures in plain words, e.g. "thought 12 s · first word 13.4 s · 41 tok/s ·
    2,900 thinking tokens $0.0123 · 180 answer tokens · $0.0150 in all · finish: stop".

    ``blind``: no cost (with the tokens, it gives the model's price away) and nothing of the
    thinking (its length would tell the presets apart); with ``tells`` too (a column may
    think), no time to the first word either, which gives the thinking's length away as well.
    ``cost_text``: the cost as shown beside the other columns' (to the digits that tell them
    apart)."""
    parts: list[str] = []
    thinking = figures.thought and not blind
    if thinking:
        if figures.thinking_now and figures.thinking_s is not None:
            parts.append(
                translate("compare_view", "thinking… {time}").format(
                    time=_seconds(figures.thinking_s)
                )
            )
        elif figures.thinking_s is not None:
            parts.append(
                translate("compare_view", "thought {time}").format(
                    time=_seconds(figures.thinking_s)
                )
            )
    hide_tells = blind and tells
    if figures.first_word_s is not None and not hide_tells:
        parts.append(
            translate("compare_view", "first word {time}").format(
                time=translate("compare_view", "{seconds} s").format(
                    seconds=local_decimal(figures.first_word_s, 1)
                )
            )
        )
    if figures.rate is not None:
        parts.append(
            translate("compare_view", "{rate} tok/s").format(rate=local_decimal(figures.rate, 0))
        )
    if thinking:
        words = _thinking_words(figures)
        if words:
            parts.append(words)
    if figures.answer_tokens is not None:
        count = local_int(figures.answer_tokens)
        parts.append(
            translate("compare_view", "{count} answer tokens").format(count=count)
            if thinking
            else translate("compare_view", "{count} tokens").format(count=count)
        )
    if figures.cost is not None and not blind:
        cost = _estimated(figures, cost_text if cost_text is not None else format_usd(figures.cost))
        parts.append(
            translate("compare_view", "{cost} in all").format(cost=cost) if thinking else cost
        )
    if figures.finish:
        parts.append(translate("compare_view", "finish: {reason}").format(reason=figures.finish))
    return " · ".join(parts)


def _estimated(figures: ColumnFigures, cost: str) -> str:
    """``cost`` as shown: marked an estimate until the bill says what it was."""
    if figures.cost_is_billed:
        return cost
    return translate("compare_view", "{cost} est.").format(cost=cost)


def _thinking_words(figures: ColumnFigures) -> str:
    """The thinking's tokens (and whether it was private), with its cost where known."""
    count = figures.thinking_tokens
    tokens = (
        translate("compare_view", "{count} thinking tokens").format(count=local_int(count))
        if count
        else ""
    )
    if figures.thought_privately:
        tokens = (
            translate("compare_view", "thought privately: {tokens} billed").format(tokens=tokens)
            if tokens
            else translate("compare_view", "thought privately")
        )
    if figures.thinking_cost is None:
        return tokens
    cost = _estimated(figures, format_usd(figures.thinking_cost))
    return f"{tokens} {cost}" if tokens else cost


@dataclass
class ColumnWidgets:
    """One column: its header, transcript, stats and buttons."""

    index: int
    conversation_id: int
    label: str
    frame: QFrame
    title: QLabel
    model: QLabel
    settings: ColumnSettings
    change: QToolButton
    transcript: Transcript
    stats: QLabel
    totals: QLabel
    stop: QPushButton
    retry: QPushButton
    promote: QPushButton
    pick: QPushButton
    request: QPushButton
    task: asyncio.Task[None] | None = None
    figures: ColumnFigures | None = None  # the figures its stats line shows
    served: str = ""  # "model via provider" of its latest answer
    turn: Turn | None = None  # the column's latest live answer (None when reopened)
    stats_shown_at: float = 0.0
    finishing: bool = False  # its answer has ended; its final render waits its turn
    early: bool = False  # its answer started but is not drawn yet (text that comes waits)

    @property
    def busy(self) -> bool:
        return self.finishing or (self.task is not None and not self.task.done())


class CompareView(QWidget):
    """A comparison tab.

    Signals:
        column_focused(int): a column's conversation got the focus (the dock follows it).
        column_changed(int): a column took another preset or model (the comparison's id).
        settings_stored(int): a send turned paid PDF reading on in columns (the
            comparison's id): the dock shows it.
        promoted(int): "Continue with this one" made this conversation; open it.
        title_changed(int, str): the comparison's title changed (its id, the title).
        busy_changed(bool): columns started or all ended streaming.
    """

    column_focused = Signal(int)
    column_changed = Signal(int)
    settings_stored = Signal(int)
    promoted = Signal(int)
    title_changed = Signal(int, str)
    busy_changed = Signal(bool)

    def __init__(
        self,
        comparison_id: int,
        service: CompareService,
        history: ConversationHistory,
        notices: Notices,
        *,
        preflight: Any = None,
        tasks: UiTasks | None = None,
        presets: Callable[[], list[Preset]] | None = None,
        preview: Preview | None = None,
        pick_model: Callable[[str], str | None] | None = None,
        attach: AttachFlow | None = None,
        flush: Callable[[], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``presets``: the presets a column can change to; ``preview``: the URL and body a
        conversation's next message would send (``ChatService.preview_request``);
        ``pick_model``: asks for a model (the current one given), None if cancelled;
        ``attach``: attachments (the same to every column); ``flush``: saves the dock's
        pending edits before the checks read the settings (None: fine, else why not)."""
        super().__init__(parent)
        self._attach = attach
        self._flush = flush
        self._abilities_unknown = False  # a column's model may not read what is sent
        self.comparison_id = comparison_id
        self._service = service
        self._history = history
        self._notices = notices
        self._preflight = preflight
        self._tasks = tasks if tasks is not None else UiTasks()
        self._presets = presets
        self._preview = preview
        self._pick_model = pick_model
        self._unfollow: Callable[[], None] | None = None  # while columns run: see _follow_turns
        self._said: set[str] = set()  # notices already given (every column may send one)
        comparison = service.store.get(comparison_id)
        assert comparison is not None
        self.blind = comparison.blind and not comparison.revealed
        self.real_title = comparison.title  # names the presets: shown once blind is over
        # A column may think: while blind, its time to the first word and its cost are kept
        # back too (they would give the thinking's length away); see reload.
        self.may_think = False
        # Providers' names for their tags ("deepinfra": "DeepInfra"), for the Provider row.
        self.provider_names: dict[str, str] = {}
        self.columns: list[ColumnWidgets] = []
        self._refreshes = RefreshQueue(self._refresh_column, FLUSH_INTERVAL_MS, self)
        self._thinking_tick = QTimer(self)  # runs while columns run
        self._thinking_tick.setInterval(THINKING_TICK_MS)
        self._thinking_tick.timeout.connect(self._tick_thinking)
        columns = service.store.columns(comparison_id)
        order = list(range(len(columns)))
        if self.blind:  # the same preset must not always sit on the left (the export agrees)
            order = blind_order(blind_seed(comparison), len(columns))
        self._build([columns[i] for i in order])
        self.reload()

    # -- building -----------------------------------------------------------------------------

    def _build(self, columns: list[Any]) -> None:
        self.title = ElidedLabel("")  # "…" when narrow
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.blind_note = _plain_label()
        self.blind_note.setWordWrap(True)
        self.highlight = QCheckBox(translate("compare_view", "Highlight differences"))
        self.highlight.toggled.connect(lambda _on: self.refresh_diff())
        self.diff_by = QComboBox()
        self.diff_by.addItem(translate("compare_view", "Sentences"), "sentences")
        self.diff_by.addItem(translate("compare_view", "Words"), "words")
        self.diff_by.setAccessibleName(translate("compare_view", "Highlight differing"))
        self.diff_by.setToolTip(
            translate("compare_view", "Mark whole sentences that differ, or single words.")
        )
        self.diff_by.currentIndexChanged.connect(lambda _i: self.refresh_diff())
        self.settings_toggle = QToolButton()
        self.settings_toggle.setText(translate("compare_view", "Settings"))
        self.settings_toggle.setCheckable(True)
        self.settings_toggle.setChecked(settings_shown())
        self.settings_toggle.setToolTip(
            translate("compare_view", "Show or hide each column's settings.")
        )
        self.settings_toggle.toggled.connect(self._settings_toggled)
        self.stop_all = QPushButton(translate("compare_view", "Stop all"))
        self.stop_all.setToolTip(translate("compare_view", "Stop every column (Esc)"))
        self.stop_all.clicked.connect(self.stop)
        self.export_button = QPushButton(translate("compare_view", "Export…"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.blind_note, 1)
        top.addWidget(self.settings_toggle)
        top.addWidget(self.highlight)
        top.addWidget(self.diff_by)
        top.addWidget(self.export_button)
        top.addWidget(self.stop_all)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for position, column in enumerate(columns):
            widgets = self._column(position, column)
            self.columns.append(widgets)
            splitter.addWidget(widgets.frame)
        splitter.setChildrenCollapsible(False)
        # Columns narrower than their buttons scroll sideways instead of widening the tab
        # (which would squeeze the docks beside it).
        columns_area = QScrollArea()
        columns_area.setWidgetResizable(True)
        columns_area.setFrameShape(QFrame.Shape.NoFrame)
        columns_area.setWidget(splitter)
        self.composer = Composer(self)
        self.composer.setAccessibleName(translate("compare_view", "Prompt for every column"))
        self.composer.setPlaceholderText(
            translate("compare_view", "One prompt for every column (Enter to send)")
        )
        self.composer.submitted.connect(self.send)
        self.chips = AttachmentChips(self)
        self.attacher = Attacher(self._attach, self.chips, self._notices, self._tasks)
        self.attach_button = attach_button(self, self.attacher)
        self.composer.files_given.connect(self.attacher.add_files)
        self.composer.image_pasted.connect(self.attacher.add_image)
        self.chips.changed.connect(self.refresh_estimate)
        self.send_button = QPushButton(translate("compare_view", "Send to all"))
        self.send_button.clicked.connect(lambda: self.send(self.composer.toPlainText()))
        self.estimate = _plain_label()
        self.estimate.setEnabled(False)
        self.total = _plain_label()  # the comparison's cost in all
        self.total.setAccessibleDescription(translate("compare_view", "Comparison total"))
        self.composer.textChanged.connect(self.refresh_estimate)
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        bottom.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addLayout(top)
        layout.addWidget(columns_area, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.chips)
        layout.addLayout(bottom)
        layout.addWidget(self.estimate)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.stop).setWhatsThis(
            translate("compare_view", "Stop the answer")
        )

    def _column(self, position: int, column: Any) -> ColumnWidgets:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        # Preset names, titles, model names and errors come from people, files and servers:
        # plain text, never rich text (which would load the images it names).
        title, model, stats = _plain_label(bold=True), _plain_label(), _plain_label()
        totals = _plain_label()
        for label in (title, model):  # a long name is cut at the edge, columns stay equal
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        model.setEnabled(False)
        for label in (stats, totals):
            label.setWordWrap(True)
        stats.setAccessibleDescription(translate("compare_view", "Column statistics"))
        totals.setAccessibleDescription(translate("compare_view", "Column totals"))
        change = QToolButton(frame)
        change.setText(translate("compare_view", "Change…"))
        change.setToolTip(translate("compare_view", "Put another preset or model in this column."))
        change.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        change.setMenu(QMenu(change))
        settings = ColumnSettings(frame)
        transcript = Transcript(frame)
        transcript.refreshes_itself = False  # the columns take turns (see refresh_queue.py)
        buttons = [
            QPushButton(text)
            for text in (
                translate("compare_view", "Stop"),
                translate("compare_view", "Retry"),
                translate("compare_view", "Continue with this one"),
                translate("compare_view", "Pick as best"),
                translate("compare_view", "Request…"),
            )
        ]
        stop, retry, promote, pick, request = buttons
        stop.hide()
        request.setToolTip(
            translate("compare_view", "Show the request this column's next answer would send.")
        )
        row = FlowLayout()  # the buttons wrap in a narrow column rather than being cut off
        for button in buttons:
            row.addWidget(button)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(change)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(model)
        layout.addWidget(settings)
        layout.addWidget(transcript, 1)
        layout.addWidget(stats)
        layout.addWidget(totals)
        layout.addLayout(row)
        widgets = ColumnWidgets(
            index=column.index,
            conversation_id=column.conversation_id,
            label=column.label,
            frame=frame,
            title=title,
            model=model,
            settings=settings,
            change=change,
            transcript=transcript,
            stats=stats,
            totals=totals,
            stop=stop,
            retry=retry,
            promote=promote,
            pick=pick,
            request=request,
        )
        menu = change.menu()
        menu.aboutToShow.connect(lambda: self._fill_change_menu(widgets, menu))
        request.clicked.connect(lambda: self.show_request(widgets))
        stop.clicked.connect(lambda: self.stop_column(widgets))
        retry.clicked.connect(lambda: self.retry_column(widgets))
        promote.clicked.connect(lambda: self.continue_with(widgets))
        pick.clicked.connect(lambda: self.pick(widgets))
        transcript.action_requested.connect(lambda name, i: self._action(widgets, name, i))
        transcript.notice.connect(self._notices.info)
        transcript.installEventFilter(self)
        return widgets

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt)
        from PySide6.QtCore import QEvent

        # (Judged blind, the dock does not follow a column: its settings would name it.)
        if event.type() == QEvent.Type.FocusIn and not self.blind:
            for column in self.columns:
                if column.transcript is watched:
                    self.column_focused.emit(column.conversation_id)
        return super().eventFilter(watched, event)

    def _show_labels(self) -> None:
        for position, column in enumerate(self.columns):
            conversation = self._history.get_conversation(column.conversation_id)
            model = conversation.settings.model if conversation else ""
            if self.blind:
                column.title.setText(
                    translate("compare_view", "Answer {letter}").format(letter=chr(65 + position))
                )
                column.model.setText(translate("compare_view", "hidden until you pick the best"))
            else:
                label = shown_preset_label(column.label, self._presets() if self._presets else [])
                column.title.setText(shorten(label, TITLE_LIMIT))
                column.model.setText(shorten(model, TITLE_LIMIT))
            column.transcript.blind = self.blind
            column.pick.setVisible(self.blind)
            # Blind: nothing that would name a column (its settings, its request, a change,
            # a conversation of its own to continue in).
            column.change.setVisible(not self.blind)
            column.request.setVisible(not self.blind)
            column.promote.setVisible(not self.blind)
        title = translate("compare_settings", BLIND_TITLE) if self.blind else self.real_title
        self.title.setText(shorten(title, TITLE_LIMIT))
        self.title.setToolTip(plain_tooltip(title))
        if self.blind:
            self.blind_note.setText(
                translate(
                    "compare_view",
                    "Blind: names are hidden and the order shuffled. Thinking, times and costs "
                    "show once you pick. Pick the best answer.",
                )
                if self.may_think
                else translate(
                    "compare_view",
                    "Blind: names are hidden and the order shuffled. Costs show once you pick. "
                    "Pick the best answer.",
                )
            )
        else:
            self.blind_note.setText(self._tally())
        self._show_settings()

    def _settings_toggled(self, shown: bool) -> None:
        remember_settings_shown(shown)
        self._show_settings()

    def _show_settings(self) -> None:
        """Each column's settings (not while blind), what differs between them marked."""
        shown = self.settings_toggle.isChecked() and not self.blind
        self.settings_toggle.setVisible(not self.blind)
        settings = [self._settings_of(column) for column in self.columns]
        rows = settings_rows(settings, self.provider_names)
        for position, column in enumerate(self.columns):
            column.settings.setVisible(shown)
            column.model.setVisible(not shown)  # (the settings name the model first)
            if shown:
                column.settings.show_row_values(rows, position)
            else:
                column.settings.clear_values()

    def _settings_of(self, column: ColumnWidgets) -> ChatSettings:
        from app.core.conversation import ChatSettings

        conversation = self._history.get_conversation(column.conversation_id)
        return conversation.settings if conversation is not None else ChatSettings()

    def _tally(self) -> str:
        labels = [c.label for c in self.columns]
        voted = self._service.store.tally()  # (pairs never voted on say nothing here)
        lines = [
            self._service.tally_text(a, b)
            for i, a in enumerate(labels)
            for b in labels[i + 1 :]
            if any(voted.get((min(a, b), max(a, b)), (0, 0)))
        ]
        return "  ·  ".join(line for line in lines if line)

    # -- state --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return any(column.busy for column in self.columns)

    @property
    def tab_key(self) -> TabKey:
        return TabKey.compare(self.comparison_id)

    def reload(self) -> None:
        self.may_think = self._service.may_think(self.comparison_id)
        self._show_labels()
        for column in self.columns:
            column.transcript.show_messages(self._history.messages(column.conversation_id))
            self._update_stats(column)
        self._update_totals()
        self.refresh_diff()

    def show_settings(self) -> None:
        """Draw the columns' names and settings again (their providers were pinned anew)."""
        self._show_labels()
        self.refresh_estimate()

    def show_provider_names(self, names: Mapping[str, str]) -> None:
        """Name the columns' providers as people know them (their tags are what is sent)."""
        self.provider_names.update(names)
        self._show_settings()

    def focus_composer(self) -> None:
        self.composer.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_estimate(self) -> None:
        text = self.composer.toPlainText()
        attachments = self.chips.attachments()
        self.estimate.setText(
            self._service.estimate_text(self.comparison_id, text, attachments)
            if text.strip() or attachments
            else ""
        )

    # -- sending ------------------------------------------------------------------------------

    def send(self, text: str) -> None:
        if not text.strip() or self.busy:
            return
        attachments = self.chips.attachments()
        if self.attacher.reading:
            self._notices.info(self.attacher.still_reading_text())
            return
        if self._flush is not None and self._flush() is not None:
            return
        paid = self._columns_take(attachments)
        if paid is None:
            return  # said why; the text and the attachments stay in the box
        for conversation_id, (_before, ocr) in paid.items():
            self._store_settings(conversation_id, ocr)  # (the guard prices paid reading)
        if self._preflight is not None and self._preflight(self, text, None) is not None:
            for conversation_id, (before, _ocr) in paid.items():
                self._store_settings(conversation_id, before)  # (not sent: reading not on)
            return
        if paid:
            self.settings_stored.emit(self.comparison_id)  # (the dock shows them)
        if self._tasks.closed:  # the window is closing: the text stays where it is
            return
        self.composer.clear()
        self.chips.clear()
        for column in self.columns:
            column.turn = None  # the last answer's figures go; the new turn brings its own
        by_index = {column.index: column for column in self.columns}
        tasks = self._service.start(
            self.comparison_id,
            text,
            lambda i: self._listener(by_index[i]),
            attachments=attachments,
        )
        self._follow_turns()
        for index, task in tasks.items():
            by_index[index].task = self._tasks.adopt(task)
            task.add_done_callback(functools.partial(self._column_done, by_index[index]))
        self._set_busy()
        if tasks and self._abilities_unknown:
            self._notices.info(unknown_abilities())
        self._abilities_unknown = False

    def _columns_take(
        self, attachments: tuple[Attachment, ...]
    ) -> dict[int, tuple[ChatSettings, ChatSettings]] | None:
        """Every column's model takes what its request carries (the new attachments and
        the earlier prompts'; the catalogue says), else say which does not and send nothing
        (the same attachments go to every column). New scanned PDFs ask once before paid
        reading, priced for every column that would pay for it. Returns the columns whose
        settings take paid reading once the send may go: conversation id → (before, after)."""
        lookup = self._attach.model_info if self._attach is not None else None
        if lookup is None:
            return {}
        paid: dict[int, tuple[ChatSettings, ChatSettings]] = {}
        scanned: tuple[Attachment, ...] = ()
        read: list[Attachment] = []
        paid_columns: list[int] = []  # the columns that pay for paid reading
        price = Decimal(0)
        self._abilities_unknown = False
        for column in self.columns:
            conversation = self._history.get_conversation(column.conversation_id)
            if conversation is None:
                continue
            settings = conversation.settings
            history = self._history.messages(column.conversation_id)
            model = lookup(settings.model)
            found = gate(attachments, settings, model, earlier_attachments(history))
            if found.blocked:
                name = model.name if model else settings.model
                self._notices.warning(
                    refused_text(found, name)
                    + " "
                    + translate("compare_view", "(Change that column's model with Change….)")
                )
                return None
            self._abilities_unknown |= found.unknown
            if found.scanned:
                scanned = found.scanned
                paid_columns.append(column.conversation_id)
                column_reads = ocr_pdfs(settings, history, attachments, model)
                read += column_reads
                price += ocr_cost(column_reads, model)
                if settings.pdf_engine != OCR_PDF_ENGINE:
                    paid[column.conversation_id] = (settings, with_ocr(settings))
        if scanned:
            question = ocr_question(scanned, read, price, columns=len(paid_columns))
            if not self._notices.confirm(
                translate("compare_view", "Read the pictures of pages?"),
                question,
                translate("compare_view", "Read them"),
            ):
                self._notices.info(
                    translate(
                        "compare_view",
                        "Not sent: your message and its attachments are still in the box. "
                        "Remove the PDF to send without it.",
                    )
                )
                return None
        return paid

    def _store_settings(self, conversation_id: int, settings: ChatSettings) -> None:
        if self._attach is not None:
            self._attach.update_settings(conversation_id, settings)

    def _follow_turns(self) -> None:
        """Keep each column's new turn while any column runs: its figures are the turn's."""
        if self._unfollow is None:
            self._unfollow = self._service.turns.subscribe(self._turn_started)
        self._thinking_tick.start()

    def _tick_thinking(self) -> None:
        """A model may think for a minute with little or nothing to show (private thinking
        sends none): its column's "thinking… N s" still counts."""
        for column in self.columns:
            turn = column.turn
            if turn is not None and turn.finished_at is None and turn.thinking:
                self._stats_soon(column)

    def _turn_started(self, turn: Turn) -> None:
        for column in self.columns:
            if column.conversation_id == turn.user.conversation_id:
                column.turn = turn

    def _listener(self, column: ColumnWidgets) -> Any:
        return lambda event: self._apply(column, event)

    def _apply(self, column: ColumnWidgets, event: TurnEvent) -> None:
        from app.services.chat import (
            TurnFinished,
            TurnServed,
            TurnStarted,
            TurnText,
            TurnUndone,
            TurnWaiting,
        )
        from app.services.turn import TurnNotice, TurnReasoning

        # Drawing waits for the column's turn (see refresh_queue.py); text arriving before its
        # answer has started showing is kept until then.
        queue, at = self._refreshes, column.index
        if isinstance(event, TurnStarted):
            column.early = True
            queue.later(at, lambda: self._start(column, event.user, event.answer))
        elif isinstance(event, TurnWaiting):
            if not column.early:  # (else the answer starts by showing that it waits)
                column.transcript.stream_waiting()
        elif isinstance(event, TurnServed):
            self._update_stats(column)
        elif isinstance(event, TurnText):
            if not column.early:  # (else its start shows what came so far)
                column.transcript.stream_grew()
                queue.want(at)
            self._stats_soon(column)
        elif isinstance(event, TurnReasoning):
            if not column.early:  # its thinking streams as the answer does (shut when blind)
                column.transcript.stream_grew()
                queue.want(at)
            if not self.may_think:  # (a model the catalogue did not know to think)
                self.may_think = True
                self._show_labels()
            self._stats_soon(column)  # "thinking… 4 s", its tokens and cost, as they grow
        elif isinstance(event, TurnFinished):
            column.finishing = True
            message = event.message
            queue.later(
                at,
                lambda: column.transcript.prepare_end(message),
                lambda: self._finish(column, message),
            )
        elif isinstance(event, TurnNotice):  # (said once, whichever column says it)
            if event.text not in self._said:
                self._said.add(event.text)
                self._notices.info(event.text)
        elif isinstance(event, TurnUndone):
            if column.early:  # its start is still to be drawn
                queue.later(at, lambda: self._undo(column, event))
            else:
                self._undo(column, event)

    def _stats_soon(self, column: ColumnWidgets) -> None:
        if time.monotonic() - column.stats_shown_at >= STATS_REFRESH_S:
            # In a turn of its own too: a stats line that grows resizes the transcript.
            column.stats_shown_at = time.monotonic()
            self._refreshes.later(column.index, lambda: self._update_stats(column))

    def _start(self, column: ColumnWidgets, user: Message, answer: Message) -> None:
        transcript = column.transcript
        replaced = [i for i in transcript.message_ids if i > user.id]
        if replaced:
            transcript.remove_messages(replaced)
        if user.id not in transcript.message_ids:
            transcript.append_message(user)
        turn = column.turn
        transcript.begin_stream(answer, lambda: turn.text if turn is not None else "", turn)
        column.early = False
        if turn is not None and (turn.text or turn.reasoning):
            transcript.stream_grew()
            self._refreshes.want(column.index)

    def _undo(self, column: ColumnWidgets, event: TurnUndone) -> None:
        column.early = False
        column.transcript.remove_messages([event.user_message_id, event.answer_message_id])
        if event.error is not None:
            column.transcript.show_notice(event.error.user_message)
            column.stats.setText(shorten(event.error.user_message, ERROR_LIMIT))

    def _refresh_column(self, index: int) -> None:
        for column in self.columns:
            if column.index == index:
                column.transcript.refresh_stream()

    def _finish(self, column: ColumnWidgets, message: Message) -> None:
        """The column's final render, in its turn (two in one turn of the loop would stall)."""
        column.finishing = False
        column.transcript.end_stream(message)
        self._column_done(column)

    def _update_stats(self, column: ColumnWidgets) -> None:
        messages = self._history.messages(column.conversation_id)
        answer = next((m for m in reversed(messages) if m.role == "assistant"), None)
        served = ""
        turn = column.turn
        if answer is not None and not self.blind:
            model = (turn.model if turn else None) or answer.model
            provider = (turn.provider if turn else None) or answer.provider
            served = (
                translate("compare_view", "{model} via {provider}").format(
                    model=model or "", provider=provider
                )
                if provider
                else model or ""
            )
        column.figures = self._service.column_figures(answer, turn)
        column.served = served
        column.stats_shown_at = time.monotonic()
        self._draw_stats()

    def _draw_stats(self) -> None:
        """Every column's stats line, costs to the digits that tell the columns apart."""
        costs = format_usd_apart([c.figures.cost if c.figures else None for c in self.columns])
        for column, cost in zip(self.columns, costs, strict=True):
            if column.figures is None:
                continue
            line = stats_line(
                column.figures, blind=self.blind, tells=self.may_think, cost_text=cost
            )
            column.stats.setText("\n".join(part for part in (line, column.served) if part))

    def _update_totals(self) -> None:
        """Each column's answers added up, and what the whole comparison cost."""
        totals = [column_totals(self._history.messages(c.conversation_id)) for c in self.columns]
        costs = format_usd_apart([t.cost for t in totals])
        # Blind: no column's cost (with its tokens, it gives the model's price away); the
        # comparison's cost in all tells no column from another.
        for column, total, cost in zip(self.columns, totals, costs, strict=True):
            column.totals.setText(totals_text(total, None if self.blind else cost))
            column.totals.setVisible(total.answers > 1)  # (one answer: its stats say it all)
        known = [t.cost for t in totals if t.cost is not None]
        if known:
            every = all(t.cost_complete for t in totals)
            amount = format_usd(sum(known[1:], known[0]))
            self.total.setText(
                translate("compare_view", "This comparison cost {amount} in all.").format(
                    amount=amount
                )
                if every
                else translate(
                    "compare_view",
                    "This comparison cost at least {amount} (some costs are not known yet).",
                ).format(amount=amount)
            )
        else:
            self.total.setText("")

    def message_changed(self, message: Message) -> None:
        """A stored message changed (its cost was settled): redraw it where it shows."""
        for column in self.columns:
            if column.conversation_id == message.conversation_id:
                column.transcript.update_message(message)
                if not column.busy:
                    self._update_stats(column)
                    self._update_totals()

    def _column_done(self, column: ColumnWidgets, _task: asyncio.Task[None] | None = None) -> None:
        self._update_stats(column)
        self._update_totals()
        self._set_busy()
        if not self.busy:
            self._thinking_tick.stop()
            if self._unfollow is not None:
                self._unfollow()
                self._unfollow = None
            self.refresh_diff()

    def _set_busy(self) -> None:
        busy = self.busy
        for column in self.columns:
            column.stop.setVisible(column.busy)
            column.retry.setEnabled(not column.busy)
        self.send_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def stop(self) -> asyncio.Future[Any] | None:
        """Stop every column; returns something to await until they have all ended."""
        tasks = [c.task for c in self.columns if c.task is not None and not c.task.done()]
        for column in self.columns:
            self.stop_column(column)
        if not tasks:
            return None
        stopped = asyncio.gather(*tasks, return_exceptions=True)
        # Ended, the columns are not busy: their final renders are not left waiting their turn
        # (this runs before whoever awaits ``stopped`` resumes).
        stopped.add_done_callback(lambda _f: self._finish_stopped())
        return stopped

    def _finish_stopped(self) -> None:
        if shiboken6.isValid(self):  # (a closed tab may be gone by now)
            self._refreshes.run_all()

    def stop_column(self, column: ColumnWidgets) -> None:
        if column.task is not None and not column.task.done():
            column.task.cancel()

    def retry_column(self, column: ColumnWidgets) -> None:
        if column.busy:
            return
        # Asking again costs money too: the same spending guard as a send to all.
        if self._preflight is not None and self._preflight(self, "", column.index) is not None:
            return
        column.turn = None
        column.task = self._tasks.spawn(
            self._service.retry(self.comparison_id, column.index, self._listener(column))
        )
        if column.task is None:  # the window is closing
            return
        self._follow_turns()
        column.task.add_done_callback(functools.partial(self._column_done, column))
        self._set_busy()

    def _action(self, column: ColumnWidgets, name: str, message_id: int) -> None:
        """A message link in a column: Copy and Details as in a chat; Regenerate is this
        column's Retry; Edit gives the shared prompt back to the composer, to send to all."""
        message = column.transcript.message(message_id)
        if message is None:
            return
        if name == "copy":
            copy_message(message, self._notices)
        elif name == "details" and self.blind:
            self._notices.info(
                translate("compare_view", "Details show once you pick the best answer.")
            )
        elif name == "details":
            show_details(message, self._notices, self, self._service.model_info)
        elif name == "regenerate":
            self.retry_column(column)
        elif name == "edit" and not self.busy:
            self.composer.setPlainText(message.content)
            self.focus_composer()
            self._notices.info(
                translate(
                    "compare_view",
                    "The prompt is in the box below: Send to all asks it again in every column, "
                    "after the answers already there.",
                )
            )

    def continue_with(self, column: ColumnWidgets) -> None:
        if self.blind:  # (its conversation would name the preset: pick first)
            return
        # A fair column's pinned provider is not carried over; its preset's own routing is.
        presets = self._presets() if self._presets is not None else []
        preset = next((p for p in presets if p.name == column.label), None)
        routing = preset.routing if preset is not None else None
        conversation = self._service.continue_with(self.comparison_id, column.index, routing)
        self.promoted.emit(conversation.id)

    def pick(self, column: ColumnWidgets) -> None:
        self._service.vote(self.comparison_id, column.index)
        picked = self._service.store.get(self.comparison_id)
        if picked is not None:  # (a title made while blind is renamed by the pick)
            self.real_title = picked.title
        self.blind = False
        self.reload()  # names, thinking, times and costs shown
        self.title_changed.emit(self.comparison_id, self.real_title)  # the tab says it now
        self._notices.info(
            translate("compare_view", "You picked {name}.").format(
                name=shown_preset_label(column.label, self._presets() if self._presets else [])
            )
        )

    # -- a column's settings ------------------------------------------------------------------

    def _fill_change_menu(self, column: ColumnWidgets, menu: QMenu) -> None:
        menu.clear()
        for preset in self._presets() if self._presets is not None else []:
            action = menu.addAction(preset.shown_name)
            action.setToolTip(preset.summary)
            action.triggered.connect(functools.partial(self.change_to_preset, column, preset))
        if self._pick_model is not None:
            menu.addSeparator()
            menu.addAction(translate("compare_view", "Another model…")).triggered.connect(
                lambda: self.change_model(column)
            )

    def change_to_preset(self, column: ColumnWidgets, preset: Preset, *_checked: Any) -> None:
        self._change(column, preset.name, preset.apply_to(self._settings_of(column)))

    def change_model(self, column: ColumnWidgets) -> None:
        settings = self._settings_of(column)
        model = self._pick_model(settings.model) if self._pick_model is not None else None
        if not model or model == settings.model:
            return
        info = self._service.model_info(model)
        base = column.label.split(" · ")[0]  # (a second change replaces the first's model)
        label = f"{base} · {info.name if info is not None else model}"
        self._change(column, label, replace(settings, model=model))

    def _change(self, column: ColumnWidgets, label: str, settings: ChatSettings) -> None:
        if self.blind or column.busy:
            return
        try:
            self._service.change_column(self.comparison_id, column.index, label, settings)
        except (RuntimeError, ValueError):
            self._notices.info(
                translate(
                    "compare_view", "This column cannot change now. Try again once it has answered."
                )
            )
            return
        column.label = label
        self._show_labels()
        self.refresh_estimate()
        self.column_changed.emit(self.comparison_id)

    def show_request(self, column: ColumnWidgets) -> None:
        """The full request this column's next answer would send (not while blind)."""
        from app.api import InvalidRequestError

        from ..dialogs.request_preview import RequestPreviewDialog

        if self.blind or self._preview is None:
            return
        typed = self.composer.toPlainText()
        draft = typed if typed.strip() else translate("compare_view", "(your next message)")
        try:
            url, body = self._preview(
                column.conversation_id, self._settings_of(column), draft, self.chips.attachments()
            )
        except InvalidRequestError as error:
            self._notices.warning(error.user_message)
            return
        RequestPreviewDialog(body, url, self).exec()

    # -- differences --------------------------------------------------------------------------

    def refresh_diff(self) -> None:
        """Mark what differs inside the rendered answers (the latest of each column), or
        clear the marks. Compared as read: the rendered text, never the Markdown."""
        from app.render.markdown import render_markdown
        from app.render.marks import diff_ranges, visible_text

        if self.busy:  # (the answers are drawn again when they end)
            return
        answers: list[Message | None] = []
        for column in self.columns:
            messages = self._history.messages(column.conversation_id)
            answers.append(next((m for m in reversed(messages) if m.role == "assistant"), None))
        if not self.highlight.isChecked() or sum(a is not None for a in answers) < 2:
            for column in self.columns:
                column.transcript.set_marks({})
            return
        texts = [
            visible_text(render_markdown(a.content, theme=c.transcript.theme, message_id=a.id))
            if a is not None
            else ""
            for a, c in zip(answers, self.columns, strict=True)
        ]
        by = self.diff_by.currentData() or "sentences"

        ranges = diff_ranges(texts, "words" if by == "words" else "sentences")
        for column, answer, marks in zip(self.columns, answers, ranges, strict=True):
            column.transcript.set_marks({answer.id: marks} if answer is not None else {})


def diff_html(tokens: list[tuple[str, bool]]) -> str:
    import html

    parts = []
    for text, differs in tokens:
        escaped = html.escape(text)
        parts.append(
            f'<span style="background:{DIFF_COLOR}">{escaped}</span>' if differs else escaped
        )
    return f'<div style="white-space: pre-wrap">{"".join(parts)}</div>'
