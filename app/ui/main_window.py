"""The main window: composes the tabs, the library, the docks, menus and the status bar, and
wires them to the services. The use cases live in the services; questions go through
``Notices``; background work through ``UiTasks``."""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # QtCore.Qt at use: importing Qt builds all its enums (~20 ms)
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from app.core import APP_NAME
from app.core.i18n import translate
from app.core.window_layout import WindowLayout

from .account_flow import AccountFlow
from .cost_meter import CostMeter
from .dock_link import DockLink
from .docks.parameter_dock import ParameterDock
from .file_actions import FileActions
from .library import LibraryDock
from .menus import add_menus, fill_menus
from .meter_feed import MeterFeed
from .notices import Notices
from .status_parts import KeySourceLabel, StatusMessage, UpdateNoticePart
from .tab_keys import OPEN_TABS_KEY, TabKey, load_tabs
from .tabs import ConversationTabs, TabManager
from .tasks import UiTasks

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent

    from app.core.settings import AppSettings
    from app.services.account import KeyState

    from .chat.chat_view import ChatView
    from .compare.compare_view import CompareView
    from .services import Services

_COMPARE_VIEW = "app.ui.compare.compare_view"
PARAMETERS_OPEN_FROM = 1300  # a first start narrower than this leaves the Parameters dock closed
LIBRARY_WIDTH = 220  # the library's width on a first start
CENTRAL_MIN_WIDTH = 400  # the conversation never gets narrower than this


class MainWindow(QMainWindow):
    """The window people live in.

    It paints first with nothing heavy loaded; ``attach`` then brings the services and
    restores the tabs of the last session.

    Signals:
        first_painted(): the window has painted for the first time.
        close_requested(): the user closed the window; the composition root shuts down.
        settings_changed(object): the user changed a setting (an AppSettings).
    """

    first_painted = Signal()
    close_requested = Signal()
    settings_changed = Signal(object)
    new_action: QAction  # these four are made by fill_menus (add_keys)
    new_compare_action: QAction
    settings_action: QAction
    enter_sends_action: QAction

    def __init__(
        self,
        *,
        endpoint: str,
        key_source: str,
        layout: WindowLayout | None = None,
        notices: Notices | None = None,
        keys_later: bool = False,
    ) -> None:
        """``layout``: the size, place and docks of the last run (``saved_layout``);
        ``notices``: the channel for messages and questions (tests give a recording one);
        ``keys_later``: the menus' items and the shortcuts come with ``add_keys``, called by
        the app right after the first paint."""
        super().__init__()
        self.setWindowTitle(APP_NAME)  # (the icon comes after the first paint: app.main)
        self.setMinimumSize(640, 420)
        self._painted = False
        self._docks_hidden: list[Any] = []  # the docks the welcome page hid
        self.notices = notices if notices is not None else Notices(self)
        self.status_message = StatusMessage(self)
        self.notices.noted.connect(self.status_message.post)
        self.notices.withdrawn.connect(self.status_message.withdraw)
        self.tasks = UiTasks()
        self._services: Services | None = None
        self._settings: AppSettings | None = None
        self.tabs = ConversationTabs(self)
        self.tab_manager = TabManager(self.tabs)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.tabs)
        self.setCentralWidget(self._stack)
        self.account_flow = AccountFlow(self, self._stack)
        self.library = LibraryDock(self)
        self.parameters = ParameterDock(self, deferred=True)  # built by attach()
        self.parameters.setEnabled(False)  # until the history arrives
        self.dock_link = DockLink(
            self.parameters, self.notices, self.tasks, self.current_view, self
        )
        self.dock_link.column_edited.connect(self._column_edited)
        self._place(layout)
        self.endpoint_label = KeySourceLabel(endpoint, key_source)
        self.cost_meter = CostMeter(self)
        self.statusBar().addWidget(self.status_message, 1)  # left of the meter, never over it
        self.update_notice = UpdateNoticePart(self)  # hidden until a newer version is out
        self.statusBar().addPermanentWidget(self.update_notice)
        self.statusBar().addPermanentWidget(self.cost_meter)
        self.statusBar().addPermanentWidget(self.endpoint_label)
        self.meter_feed = MeterFeed(self)
        self.files = FileActions(self)
        self._menus = add_menus(self)
        # The Parameters dock may start closed: a button in sight opens it (as View does).
        self.parameters_button = self.tabs.add_corner_action(self.parameters.toggleViewAction())
        self.parameters_button.setToolTip(
            translate("main_window", "Show the model and its settings (Ctrl+Shift+P)")
        )
        self.parameters_button.setVisible(not self.parameters.isVisibleTo(self))
        self.parameters.visibilityChanged.connect(
            lambda shown: self.parameters_button.setVisible(not shown)
        )
        self._wire()
        if not keys_later:
            self.add_keys()
        self.installEventFilter(self)

    # -- setup --------------------------------------------------------------------------------

    def _place(self, layout: WindowLayout | None) -> None:
        """Size the window and lay out the docks as last time, or as by default."""
        if layout is not None and layout.docks != self._dock_names():
            layout = None  # made with other docks
        if layout is None or not self.restoreGeometry(layout.geometry):
            self._size_to_screen()
        self._stack.setMinimumWidth(CENTRAL_MIN_WIDTH)
        self._unplaced = layout is None or not self.restoreState(layout.state)
        if self._unplaced:
            # A first start: the docks take their places just after the first paint (placing
            # them takes Qt:: enums, whose first use builds all of them, ~20 ms); till then
            # they are out of sight, not floating over the window.
            for dock in self._docks():
                dock.hide()
        if layout is not None and layout.library_folded:
            self.library.set_folded(True)
        self._fitted = False  # see _fit_docks, at the first show

    def _place_docks(self) -> None:
        """The docks' places on a first start (once): the library where reading starts (left;
        right in a right-to-left language), the parameters opposite, open if there is room."""
        if not self._unplaced:
            return
        self._unplaced = False
        area = QtCore.Qt.DockWidgetArea
        start, end = area.LeftDockWidgetArea, area.RightDockWidgetArea
        if self.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft:
            start, end = end, start
        self.addDockWidget(start, self.library)
        self.addDockWidget(end, self.parameters)
        self.resizeDocks([self.library], [LIBRARY_WIDTH], QtCore.Qt.Orientation.Horizontal)
        self.library.show()
        # A narrow window gives the conversation the room (View → Parameters opens it).
        self.parameters.setVisible(self.width() >= PARAMETERS_OPEN_FROM)

    def _settle_docks(self) -> None:
        """After the first paint: the docks placed (a first start, unless the history's
        arrival did it), then fitted to the window once laid out with their sizes."""
        self._place_docks()
        QTimer.singleShot(0, self._fit_docks)  # (after the layout that placing asked for)

    def _fit_docks(self) -> None:
        """Repair a layout that no longer fits (saved on a larger screen, or with a squeezed
        dock): the conversation keeps CENTRAL_MIN_WIDTH and no dock is narrower than its
        contents need; when the screen has no room for both docks, the Parameters dock
        closes."""
        room = self.width()  # (restoreGeometry already fits the window on the screen)
        if self.screen() is not None:
            room = min(room, self.screen().availableGeometry().width())
        docked = [d for d in self._docks() if not d.isHidden() and not d.isFloating()]
        need = CENTRAL_MIN_WIDTH + sum(d.minimumSizeHint().width() + 8 for d in docked)
        if need > room and self.parameters in docked:
            self.parameters.hide()
            docked.remove(self.parameters)
        for dock in docked:
            least = dock.minimumSizeHint().width()
            if dock.width() < least:
                self.resizeDocks([dock], [least], QtCore.Qt.Orientation.Horizontal)

    def _docks(self) -> tuple[LibraryDock, ParameterDock]:
        return (self.library, self.parameters)

    def _library_folded(self, folded: bool) -> None:
        if not folded:  # opened again: as wide as on a first start
            self.resizeDocks([self.library], [LIBRARY_WIDTH], QtCore.Qt.Orientation.Horizontal)

    def saved_layout(self) -> WindowLayout:
        """The size, place and docks to come back to next time (the docks as they are beside
        the conversations, even while the welcome page hides them)."""
        self._place_docks()
        welcome = self.welcome_shown
        if welcome:
            self.set_docks_visible(True)
        try:
            state = self.saveState().data()
        finally:
            if welcome:
                self.set_docks_visible(False)
        geometry = bytes(self.saveGeometry().data())
        return WindowLayout(geometry, bytes(state), self._dock_names(), self.library.folded)

    def _dock_names(self) -> tuple[str, ...]:
        return (self.library.objectName(), self.parameters.objectName())

    def _size_to_screen(self) -> None:
        """Room for both docks and a readable conversation, but never larger than the screen."""
        width, height = 1380, 860
        if self.screen() is not None:
            area = self.screen().availableGeometry()
            width = min(width, int(area.width() * 0.92))
            height = min(height, int(area.height() * 0.9))
        self.resize(width, height)

    def _wire(self) -> None:
        tabs = self.tabs
        tabs.new_tab_requested.connect(self.new_conversation)
        tabs.close_requested.connect(self.close_tab)
        tabs.rename_requested.connect(self.rename_tab)
        tabs.order_changed.connect(self._save_tabs)
        tabs.currentChanged.connect(self._tab_changed)
        self.library.folded_changed.connect(self._library_folded)
        self.library.open_requested.connect(self.open_tab)
        self.library.delete_requested.connect(self.delete)

    def add_keys(self) -> None:
        """The menus' items and the keyboard shortcuts. The app adds them right after the
        first paint (the key sequences' and actions' types build their enums, ~2 ms), before
        it reads any input."""
        from PySide6.QtGui import QKeySequence, QShortcut

        fill_menus(self, self._menus)
        steps = (("Ctrl+Tab", 1), ("Ctrl+PgDown", 1), ("Ctrl+Shift+Tab", -1), ("Ctrl+PgUp", -1))
        for keys, step in steps:
            shortcut = QShortcut(QKeySequence(keys), self)  # (the window's, by default)
            shortcut.activated.connect(lambda s=step: self.tabs.next_tab(s))
            shortcut.setWhatsThis(  # Help lists it
                translate("main_window", "Next tab")
                if step > 0
                else translate("main_window", "Previous tab")
            )
        self.library.add_keys()

    def attach(self, services: Services) -> None:
        """Bring in the history and the services; restore the last session's tabs. Called
        again (with the same history), it takes the new costs and account services."""
        first = self._services is None
        self._services = services
        if first:
            self._place_docks()  # (if the first paint has not done it yet)
            self._settings = services.settings
            self.enter_sends_action.setChecked(services.settings.enter_sends)
            self.library.set_history(services.history)
            if services.compare is not None:
                self.library.set_comparisons(services.compare.store)
            self.dock_link.attach(services)
            self._restore_tabs()
            self.dock_link.show_conversation(self.current_id())
            if services.presets.notice:
                self.notices.warning(services.presets.notice)
        self.meter_feed.follow(services.costs)

    def detach(self) -> None:
        """Let go of the history and services (at shutdown, before the database closes)."""
        self.dock_link.detach()
        self.library.detach()
        self.tasks.cancel_all()
        self.meter_feed.follow(None)
        self.tabs.blockSignals(True)
        self._services = None

    # -- the key ------------------------------------------------------------------------------

    @property
    def key_status(self) -> str:
        return self.endpoint_label.key_status

    def set_key_source(self, text: str, endpoint: str | None = None) -> None:
        """The status bar names where the key lives; the server is in its tooltip."""
        self.endpoint_label.set_source(text, endpoint)

    def key_loaded(self, state: KeyState) -> None:
        self.account_flow.key_loaded(state)

    def show_welcome(self, problem: str | None = None) -> None:
        self.account_flow.show_welcome(problem)

    @property
    def welcome_shown(self) -> bool:
        return self.account_flow.welcome_shown

    def open_settings(self) -> None:
        self.account_flow.open_settings()

    def set_docks_visible(self, visible: bool) -> None:
        """Hide the docks (the welcome page), or show again those that were open."""
        self._place_docks()
        if not visible:
            hidden = [dock for dock in self._docks() if not dock.isHidden()]
            if hidden:
                self._docks_hidden = hidden
        for dock in self._docks_hidden if visible else self._docks():
            dock.setVisible(visible)
        if visible and self._fitted:
            QTimer.singleShot(0, self._fit_docks)  # they may not fit the window any more

    @property
    def enter_sends(self) -> bool:
        return self._settings.enter_sends if self._settings is not None else True

    def apply_settings(self, settings: AppSettings) -> None:
        self._settings = settings
        self.meter_feed.refresh()
        self.enter_sends_action.setChecked(settings.enter_sends)
        for view in self.chat_views():
            view.composer.set_enter_sends(settings.enter_sends)
        self.settings_changed.emit(settings)

    def set_enter_sends(self, enabled: bool) -> None:
        for view in self.chat_views():
            view.composer.set_enter_sends(enabled)
        if self._settings is not None and self._settings.enter_sends != enabled:
            self.apply_settings(replace(self._settings, enter_sends=enabled))

    # -- tabs ---------------------------------------------------------------------------------

    def tab_widgets(self) -> list[Any]:
        return self.tab_manager.widgets()

    def chat_views(self) -> list[ChatView]:
        from .chat.chat_view import ChatView

        return [w for w in self.tab_widgets() if isinstance(w, ChatView)]

    def compare_views(self) -> list[CompareView]:
        if _COMPARE_VIEW not in sys.modules:
            return []  # no comparison tab was ever made (and its code is not loaded)
        from .compare.compare_view import CompareView

        return [w for w in self.tab_widgets() if isinstance(w, CompareView)]

    def current_view(self) -> ChatView | None:
        """The conversation in the current tab (None on a comparison tab)."""
        from .chat.chat_view import ChatView

        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChatView) else None

    def current_id(self) -> int | None:
        view = self.current_view()
        return view.conversation_id if view is not None else None

    def current_columns(self) -> list[int]:
        """The conversations of the comparison in the current tab (none on a chat tab)."""
        widget = self.tabs.currentWidget()
        if widget not in self.compare_views():
            return []
        return [c.conversation_id for c in widget.columns]

    def _restore_tabs(self) -> None:
        assert self._services is not None
        saved = load_tabs(self._services.history.get_state(OPEN_TABS_KEY))
        if not self.tab_manager.restore(saved, lambda key: self._add(key, focus=False)):
            self.new_conversation()

    def _save_tabs(self) -> None:
        if self._services is not None:
            self._services.history.set_state(OPEN_TABS_KEY, self.tab_manager.saved())

    def new_conversation(self) -> None:
        if self._services is not None:
            self._add(TabKey.chat(self._services.conversations.create().id))

    def open_conversation(self, conversation_id: int) -> None:
        self.open_tab(TabKey.chat(conversation_id))

    def open_tab(self, key: TabKey) -> None:
        if not self.tab_manager.select(key):
            self._add(key)

    def _add(self, key: TabKey, *, focus: bool = True) -> bool:
        """Open a tab for ``key``; False when what it names is gone."""
        from .view_factory import make_view

        if self._services is None:
            return False
        made = make_view(self, self._services, key)
        if made is None:
            return False
        widget, title, tooltip = made
        self.tab_manager.add(widget, title, tooltip, focus=focus)
        self._save_tabs()
        return True

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> None:
        widget = self.tab_manager.remove_at(index)
        if widget is None:
            return
        if widget.tab_key.kind == "chat" and self._services is not None:
            self._services.conversations.close_if_empty(widget.tab_key.id)  # leaves no trace
        self._after_tabs_closed()

    def _after_tabs_closed(self) -> None:
        if self.tabs.count() == 0:
            self.new_conversation()
        self._save_tabs()
        self.library.refresh()

    def rename_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        key = getattr(widget, "tab_key", None)
        if self._services is None or key is None or key.kind != "chat":
            return
        stored = self._services.conversations.get(key.id)
        current = stored.title if stored is not None else self.tabs.tabText(index)  # tab: capped
        typed = self.notices.ask_text(
            translate("main_window", "Rename conversation"),
            translate("main_window", "Title:"),
            current,
        )
        title = self._services.conversations.rename(key.id, typed) if typed is not None else None
        if title:
            self.retitle(key.id, title)

    def retitle(self, conversation_id: int, title: str) -> None:
        self.tab_manager.retitle(TabKey.chat(conversation_id), title)
        self.library.refresh()

    def _tab_changed(self, _index: int) -> None:
        view = self.current_view()
        if view is not None:
            view.focus_composer()
            view.refresh_estimate()
        self.dock_link.show_conversation(self.current_id())
        self.meter_feed.refresh()
        self._save_tabs()

    def delete(self, key: TabKey) -> None:
        """Delete a conversation or a comparison (after asking), closing its tab."""
        services = self._services
        if services is None:
            return
        cases = services.conversations
        if key.kind == "chat":
            item: Any = cases.get(key.id)
            title, question = (
                translate("main_window", "Delete conversation"),
                translate(
                    "main_window", "Delete “{title}” and all its messages? This cannot be undone."
                ),
            )
        else:
            item = cases.get_comparison(key.id)
            title, question = (
                translate("main_window", "Delete comparison"),
                translate("main_window", "Delete the comparison “{title}” and all its answers?"),
            )
        if item is None:
            return
        go = translate("main_window", "Delete")
        if not self.notices.confirm(title, question.format(title=item.title), go):
            return
        self.tab_manager.remove(key)
        if key.kind == "chat":
            cases.delete(key.id)
        else:
            cases.delete_comparison(key.id)
        self._after_tabs_closed()
        if key.kind == "chat":
            self.notices.info(
                translate("main_window", "Deleted “{title}”.").format(title=item.title)
            )

    # -- comparisons --------------------------------------------------------------------------

    def new_comparison(self) -> None:
        from .compare.new_comparison import NewComparisonDialog

        services = self._services
        if services is None or services.compare is None:
            return
        base = self.parameters.current_settings_or_stored()
        model = self.dock_link.model_info(base.model)
        presets = services.presets.presets()
        dialog = NewComparisonDialog(presets, model.name if model else base.model, self)
        if not dialog.exec():
            return
        columns = [(preset.name, preset.apply_to(base)) for preset in dialog.chosen]
        compare = services.compare
        comparison = compare.create(dialog.title, columns, blind=dialog.blind, fair=dialog.fair)
        self._add(TabKey.compare(comparison.id))
        self.library.refresh()
        from .view_factory import pin_comparison

        pin_comparison(self, compare, comparison.id)  # (a fair one's providers)

    def _column_edited(self, comparison_id: int) -> None:
        from .view_factory import column_changed

        if self._services is not None:
            column_changed(self, self._services, comparison_id)

    @property
    def services(self) -> Services | None:
        return self._services

    @property
    def settings(self) -> AppSettings | None:
        return self._settings

    async def refresh_catalogue(self, *, force: bool = False) -> None:
        await self.dock_link.refresh_catalogue(force=force)

    async def refresh_credit(self) -> None:
        await self.meter_feed.refresh_credit()

    # -- notices and events -------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if not self._fitted:
                self._fitted = True
                QTimer.singleShot(0, self._settle_docks)
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        event.accept()
        self.close_requested.emit()
