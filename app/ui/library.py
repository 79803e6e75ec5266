"""The conversation library: every conversation, newest first, searchable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt at use: importing Qt builds all its enums (~20 ms)
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate

from .labels import WrappedLabel
from .tab_keys import TabKey, parse_key

TITLE_LIMIT = 80  # a row shows at most this much of a title (its tooltip has more)

if TYPE_CHECKING:
    from app.core.history import (
        ComparisonList,
        ComparisonSummary,
        ConversationHistory,
        ConversationSummary,
    )
    from app.core.prompt_sets import PromptRunSummary

SEARCH_DELAY_MS = 150
MIN_WIDTH = 180  # the library open; folded, it is as wide as its one button
QWIDGETSIZE_MAX = 16_777_215  # Qt's "no maximum"


class LibraryDock(QDockWidget):
    """Lists conversations; opens and deletes them.

    Signals:
        open_requested(TabKey): open this conversation or comparison in a tab.
        delete_requested(TabKey): delete it (the window asks to confirm).
        folded_changed(bool): the library was folded to a narrow strip (True) or opened.
    """

    open_requested = Signal(object)
    delete_requested = Signal(object)
    folded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("library", "Library"), parent)
        self.setObjectName("library")
        self._history: ConversationHistory | None = None
        self._comparisons: ComparisonList | None = None
        self._runs: Callable[[str], list[PromptRunSummary]] | None = None  # see set_runs
        self._delete_run: Callable[[TabKey], None] | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("library", "Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("library", "Search conversations"))
        self.list = QListWidget()
        self.list.setAccessibleName(translate("library", "Conversations"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.empty = WrappedLabel()  # says what to do when there is nothing to list
        self.empty.setContentsMargins(4, 8, 4, 8)
        self.empty.hide()
        self.open_button = QPushButton(translate("library", "Open"))
        self.delete_button = QPushButton(translate("library", "Delete…"))
        self.delete_button.setAccessibleName(translate("library", "Delete conversation"))

        # Folded, the library is a narrow strip with one button that opens it again: the
        # conversation gets the room on a small screen.
        # (The arrows point toward the window's edge: mirrored in a right-to-left language.)
        rtl = QGuiApplication.isRightToLeft()  # (no Qt enum here: see set_history)
        self.fold_button = QToolButton()
        self.fold_button.setText("»" if rtl else "«")
        self.fold_button.setAutoRaise(True)
        self.fold_button.setToolTip(translate("library", "Fold the library to a narrow strip"))
        self.fold_button.setAccessibleName(translate("library", "Fold the library"))
        self.unfold_button = QToolButton()
        self.unfold_button.setText("«" if rtl else "»")
        self.unfold_button.setToolTip(translate("library", "Show the library"))
        self.unfold_button.setAccessibleName(translate("library", "Show the library"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.fold_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.full = QWidget()
        layout = QVBoxLayout(self.full)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.rail = QWidget()
        rail = QVBoxLayout(self.rail)
        rail.setContentsMargins(2, 6, 2, 6)
        rail.addWidget(self.unfold_button)
        rail.addStretch(1)
        self.rail.hide()
        body = QWidget()
        stack = QVBoxLayout(body)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.full)
        stack.addWidget(self.rail)
        self.setWidget(body)
        self.setMinimumWidth(MIN_WIDTH)
        self.fold_button.clicked.connect(lambda: self.set_folded(True))
        self.unfold_button.clicked.connect(lambda: self.set_folded(False))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.list.itemActivated.connect(self._open_item)
        self.open_button.clicked.connect(lambda: self._open_item(self.list.currentItem()))
        self.delete_button.clicked.connect(self._delete_current)

    def add_keys(self) -> None:
        """Delete in the list deletes (the window adds its keys after the first paint)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete), self.list, self._delete_current
        ).setWhatsThis(translate("library", "Delete the chosen conversation (in the library)"))

    @property
    def folded(self) -> bool:
        return self.rail.isVisibleTo(self)

    def set_folded(self, folded: bool) -> None:
        """Show the library as a narrow strip (``folded``) or whole."""
        if folded == self.folded:
            return
        self.full.setVisible(not folded)
        self.rail.setVisible(folded)
        # Folded, the dock has no title bar: its title and buttons would not fit the strip.
        if folded:
            self.setTitleBarWidget(QWidget())
            self.setMinimumWidth(0)
            self.setFixedWidth(self.rail.sizeHint().width())
        else:
            self.setTitleBarWidget(None)  # type: ignore[arg-type]  # (Qt: the default one again)
            self.setMaximumWidth(QWIDGETSIZE_MAX)
            self.setMinimumWidth(MIN_WIDTH)
        (self.unfold_button if folded else self.search).setFocus()
        self.folded_changed.emit(folded)

    def set_history(self, history: ConversationHistory) -> None:
        # Not in __init__: the first use of a Qt:: enum builds all of them (~20 ms), which the
        # window's first paint should not wait for; the list is empty till now anyway.
        qt = QtCore.Qt
        area = qt.DockWidgetArea
        self.setAllowedAreas(area.LeftDockWidgetArea | area.RightDockWidgetArea)
        # Rows wrap to the panel's width (a long run of one character breaks anywhere) instead
        # of widening the list behind a horizontal scroll bar.
        self.list.setHorizontalScrollBarPolicy(qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty.setTextFormat(qt.TextFormat.PlainText)  # (the query is typed text)
        self.empty.setAlignment(qt.AlignmentFlag.AlignTop)
        # Rows with room around their three lines, as a current desktop list has. (A style
        # sheet costs a few ms: the rows come with the history, after the first paint.)
        self.list.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self._history = history
        self.refresh()

    def detach(self) -> None:
        """Let go of the history (at shutdown): a search typed a moment ago runs no more."""
        self._timer.stop()
        self._history = None

    def set_comparisons(self, comparisons: ComparisonList) -> None:
        """Comparisons are listed too."""
        self._comparisons = comparisons
        self.refresh()

    def set_runs(
        self, runs: Callable[[str], list[PromptRunSummary]], delete: Callable[[TabKey], None]
    ) -> None:
        """Prompt-set runs are listed too (``runs(query)``: their summaries); ``delete(key)``
        deletes one (after asking), instead of ``delete_requested``."""
        self._runs, self._delete_run = runs, delete

    def refresh(self) -> None:
        from app.render.safe_text import plain_tooltip, shorten

        if self._history is None:
            return
        current = self.current_key()
        self.list.clear()
        query = self.search.text().strip()
        entries: list[tuple[float, TabKey, str, str]] = [
            (s.updated_at, TabKey.chat(s.id), _label(s), s.title)
            for s in self._history.list_conversations(query)
        ]
        if self._comparisons is not None:
            entries += [
                (c.updated_at, TabKey.compare(c.id), _comparison_label(c), _comparison_title(c))
                for c in self._comparisons.list(query)
            ]
        if self._runs is not None:
            entries += [
                (r.updated_at, TabKey.run(r.id), _run_label(r), r.title) for r in self._runs(query)
            ]
        for _when, key, label, title in sorted(entries, key=lambda e: e[0], reverse=True):
            item = QListWidgetItem(label)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, key.saved())
            item.setToolTip(plain_tooltip(title))
            self.list.addItem(item)
            if key == current:
                self.list.setCurrentItem(item)
        empty = self.list.count() == 0
        self.open_button.setEnabled(not empty)
        self.delete_button.setEnabled(not empty)
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        if empty:
            if query:
                text = translate("library", "No conversations match “{query}”.").format(
                    query=shorten(query, TITLE_LIMIT)
                )
            else:
                text = translate(
                    "library", "No conversations yet. Type a message below to start one."
                )
            self.empty.setText(text)

    def current_key(self) -> TabKey | None:
        return _key_of(self.list.currentItem())

    def _open_item(self, item: QListWidgetItem | None) -> None:
        key = _key_of(item)
        if key is not None:
            self.open_requested.emit(key)

    def _delete_current(self) -> None:
        key = self.current_key()
        if key is not None and key.kind == "run" and self._delete_run is not None:
            self._delete_run(key)
        elif key is not None:
            self.delete_requested.emit(key)


def _key_of(item: QListWidgetItem | None) -> TabKey | None:
    return parse_key(item.data(QtCore.Qt.ItemDataRole.UserRole)) if item is not None else None


def _when(updated_at: float) -> str:
    """The date and time in the user's language (month names, order, 24 or 12 hours)."""
    from PySide6.QtCore import QDateTime, QLocale

    moment = QDateTime.fromSecsSinceEpoch(int(updated_at))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _label(summary: ConversationSummary) -> str:
    from app.core.conversation import plain_preview
    from app.render.safe_text import shorten

    when = _when(summary.updated_at)
    preview = plain_preview(summary.preview)[:90]
    title = shorten(summary.title, TITLE_LIMIT)
    count = translate("library", "%n messages", "one: %n message", summary.message_count)
    return f"{title}\n{when} · {count}\n{preview}".rstrip()


def _comparison_title(summary: ComparisonSummary) -> str:
    """Its title, or "Blind comparison" until the pick (the title names the presets)."""
    return (
        translate("compare_settings", "Blind comparison")
        if summary.blind and not summary.revealed
        else summary.title
    )


def _comparison_label(summary: ComparisonSummary) -> str:
    from app.core.conversation import plain_preview
    from app.render.safe_text import shorten

    when = _when(summary.updated_at)
    preview = plain_preview(summary.preview)[:90]
    title = shorten(_comparison_title(summary), TITLE_LIMIT)
    if summary.blind and not summary.revealed:
        what = translate(
            "library",
            "comparison of %n answers, names hidden until you pick the best",
            "one: comparison of %n answer, names hidden until you pick the best",
            len(summary.labels),
        )
    else:
        what = translate("library", "comparison: {columns}").format(
            columns=shorten(" vs ".join(summary.labels), TITLE_LIMIT)
        )
    return f"⚖ {title}\n{when} · {what}\n{preview}".rstrip()


def _run_label(summary: PromptRunSummary) -> str:
    """A prompt-set run's row (a PromptRunSummary)."""
    from app.render.safe_text import shorten

    when = _when(summary.updated_at)
    columns = shorten(" vs ".join(summary.labels), TITLE_LIMIT)
    title = shorten(summary.title, TITLE_LIMIT)
    run = translate("library", "prompt set run: {columns}").format(columns=columns)
    return f"▦ {title}\n{when} · {run}\n{_run_state(summary.state, summary.prompts)}".rstrip()


def _run_state(state: str, prompts: int) -> str:
    """How many prompts the run has and how far it got, as one phrase per state."""
    if state == "done":
        return translate("library", "%n prompts, finished", "one: %n prompt, finished", prompts)
    if state == "stopped":
        return translate("library", "%n prompts, stopped", "one: %n prompt, stopped", prompts)
    if state == "running":
        return translate("library", "%n prompts, running", "one: %n prompt, running", prompts)
    return translate("library", "%n prompts", "one: %n prompt", prompts)
