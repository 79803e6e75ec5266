"""The conversation tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore  # QtCore.Qt at use: importing Qt builds all its enums (~20 ms)
from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QTabBar, QTabWidget, QToolButton, QWidget

from app.core.i18n import translate

from .tab_keys import SavedTabs, TabKey, save_tabs

TITLE_LIMIT = 80  # a tab shows at most this much of a title (its tooltip has more)
MAX_TAB_WIDTH = 240  # a longer title is elided (…) at this width
MIN_TAB_WIDTH = 120  # many tabs scroll rather than shrink below this


class TitleTabBar(QTabBar):
    """Tabs no wider than MAX_TAB_WIDTH, and no narrower than MIN_TAB_WIDTH when crowded, so
    that every tab shows the start of its title."""

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 (Qt)
        size = super().tabSizeHint(index)
        size.setWidth(min(size.width(), MAX_TAB_WIDTH))
        return size

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802 (Qt)
        size = super().minimumTabSizeHint(index)
        size.setWidth(max(size.width(), min(self.tabSizeHint(index).width(), MIN_TAB_WIDTH)))
        return size


class ConversationTabs(QTabWidget):
    """Tabs that can be added with "+", closed (button, middle-click), renamed by
    double-click and reordered by drag.

    Signals:
        new_tab_requested(): the "+" button was pressed.
        close_requested(int): close the tab at this index.
        rename_requested(int): the title of the tab at this index was double-clicked.
        order_changed(): tabs were reordered by drag.
    """

    new_tab_requested = Signal()
    close_requested = Signal(int)
    rename_requested = Signal(int)
    order_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(TitleTabBar(self))
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setUsesScrollButtons(True)
        self.setAccessibleName(translate("tabs", "Conversations"))
        plus = QToolButton(self)
        plus.setText("+")
        plus.setAutoRaise(True)
        plus.setToolTip(translate("tabs", "New conversation (Ctrl+T)"))
        plus.setAccessibleName(translate("tabs", "New conversation"))
        plus.clicked.connect(self.new_tab_requested)
        corner = QWidget(self)
        self._corner = QHBoxLayout(corner)
        self._corner.setContentsMargins(0, 0, 0, 0)
        self._corner.setSpacing(2)
        self._corner.addWidget(plus)
        self.setCornerWidget(corner)  # top right
        self.tabCloseRequested.connect(self.close_requested)
        self.tabBarDoubleClicked.connect(self._double_clicked)
        self.tabBar().tabMoved.connect(lambda _a, _b: self.order_changed.emit())
        self.tabBar().installEventFilter(self)

    def add_corner_action(self, action: QAction) -> QToolButton:
        """A button beside "+" for ``action`` (such as opening a closed dock)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        self._corner.addWidget(button)
        return button

    def tabInserted(self, index: int) -> None:  # noqa: N802 (Qt)
        # Set here, not in __init__: the first use of a Qt:: enum builds all of them (~20 ms),
        # which the window's first paint should not wait for.
        self.setElideMode(QtCore.Qt.TextElideMode.ElideRight)
        super().tabInserted(index)

    # Titles come from people and files: capped, and tooltips shown as plain text.
    def addTab(self, widget: QWidget, label: str) -> int:  # type: ignore[override]  # noqa: N802
        from app.render.safe_text import shorten

        return super().addTab(widget, shorten(label, TITLE_LIMIT))

    def setTabText(self, index: int, label: str) -> None:  # noqa: N802 (Qt)
        from app.render.safe_text import shorten

        super().setTabText(index, shorten(label, TITLE_LIMIT))

    def setTabToolTip(self, index: int, tip: str) -> None:  # noqa: N802 (Qt)
        from app.render.safe_text import plain_tooltip

        super().setTabToolTip(index, plain_tooltip(tip))

    def _double_clicked(self, index: int) -> None:
        if index >= 0:
            self.rename_requested.emit(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if (
            watched is self.tabBar()
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == QtCore.Qt.MouseButton.MiddleButton
        ):
            index = self.tabBar().tabAt(event.position().toPoint())
            if index >= 0:
                self.close_requested.emit(index)
                return True
        return super().eventFilter(watched, event)

    def next_tab(self, step: int) -> None:
        if self.count():
            self.setCurrentIndex((self.currentIndex() + step) % self.count())


class TabManager:
    """The open tabs by their key: find, select, add, close, retitle, save and restore.

    Every tab's widget has ``tab_key`` (a TabKey), ``stop()`` and ``focus_composer()``."""

    def __init__(self, tabs: ConversationTabs) -> None:
        self.tabs = tabs

    def widgets(self) -> list[Any]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def index_of(self, key: TabKey) -> int:
        return next((i for i, w in enumerate(self.widgets()) if w.tab_key == key), -1)

    def select(self, key: TabKey) -> bool:
        """Show the tab (its composer focused); False if it is not open."""
        index = self.index_of(key)
        if index < 0:
            return False
        self.tabs.setCurrentIndex(index)
        widget: Any = self.tabs.widget(index)
        widget.focus_composer()
        return True

    def add(self, widget: QWidget, title: str, tooltip: str, *, focus: bool) -> None:
        index = self.tabs.addTab(widget, title)
        self.tabs.setTabToolTip(index, tooltip)
        if focus:
            self.tabs.setCurrentIndex(index)
            widget.focus_composer()  # type: ignore[attr-defined]

    def remove_at(self, index: int) -> Any | None:
        """Stop the tab's work and close it; the widget closed, or None."""
        widget = self.tabs.widget(index)
        if widget is None:
            return None
        widget.stop()  # type: ignore[attr-defined]
        self.tabs.removeTab(index)
        widget.deleteLater()
        return widget

    def remove(self, key: TabKey) -> None:
        """Close the tab shown for ``key`` (if it is open)."""
        index = self.index_of(key)
        if index >= 0:
            self.remove_at(index)

    def retitle(self, key: TabKey, title: str, *, tooltip: str | None = None) -> None:
        """Set the tab's title (a chat's or a comparison's), and its tooltip (the title when
        not given)."""
        for index, widget in enumerate(self.widgets()):
            if widget.tab_key == key:
                self.tabs.setTabText(index, title)
                self.tabs.setTabToolTip(index, title if tooltip is None else tooltip)

    def saved(self) -> dict[str, Any]:
        """The open tabs and the current one, for the history's state."""
        current = self.tabs.currentWidget()
        active = current.tab_key if current is not None else None  # type: ignore[attr-defined]
        return save_tabs([w.tab_key for w in self.widgets()], active)

    def restore(self, saved: SavedTabs, open_tab: Callable[[TabKey], bool]) -> bool:
        """Open the saved tabs (``open_tab`` adds one without focus; False if it is gone) and
        select the one that was current. False when none could be opened."""
        opened = [key for key in saved.keys if open_tab(key)]
        if not opened:
            return False
        self.select(saved.active if saved.active in opened else opened[-1])
        return True
