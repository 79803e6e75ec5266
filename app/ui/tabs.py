"""The conversation tabs."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt at use: importing Qt builds all its enums (~20 ms)
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QTabWidget, QToolButton, QWidget

from app.render.safe_text import plain_tooltip, shorten

TITLE_LIMIT = 80  # a tab shows at most this much of a title (its tooltip has more)


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
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setUsesScrollButtons(True)
        self.setAccessibleName("Conversations")
        plus = QToolButton(self)
        plus.setText("+")
        plus.setAutoRaise(True)
        plus.setToolTip("New conversation (Ctrl+T)")
        plus.setAccessibleName("New conversation")
        plus.clicked.connect(self.new_tab_requested)
        self.setCornerWidget(plus)  # top right
        self.tabCloseRequested.connect(self.close_requested)
        self.tabBarDoubleClicked.connect(self._double_clicked)
        self.tabBar().tabMoved.connect(lambda _a, _b: self.order_changed.emit())
        self.tabBar().installEventFilter(self)

    def tabInserted(self, index: int) -> None:  # noqa: N802 (Qt)
        # Set here, not in __init__: the first use of a Qt:: enum builds all of them (~20 ms),
        # which the window's first paint should not wait for.
        self.setElideMode(QtCore.Qt.TextElideMode.ElideRight)
        super().tabInserted(index)

    # Titles come from people and files: capped, and tooltips shown as plain text.
    def addTab(self, widget: QWidget, label: str) -> int:  # type: ignore[override]  # noqa: N802
        return super().addTab(widget, shorten(label, TITLE_LIMIT))

    def setTabText(self, index: int, label: str) -> None:  # noqa: N802 (Qt)
        super().setTabText(index, shorten(label, TITLE_LIMIT))

    def setTabToolTip(self, index: int, tip: str) -> None:  # noqa: N802 (Qt)
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
