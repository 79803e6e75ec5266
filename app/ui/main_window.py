"""The main window: conversation tabs, the library, menus and the status bar."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore  # QtCore.Qt at use: importing Qt builds all its enums (~20 ms)
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
)

from app.store.paths import APP_NAME
from app.store.window_layout import WindowLayout

from . import dialogs
from .cost_meter import CostMeter
from .docks.parameter_dock import ParameterDock
from .library import LibraryDock
from .notices import Notices
from .tabs import ConversationTabs

if TYPE_CHECKING:
    import asyncio

    from app.core.conversation import ChatSettings, Conversation, Message
    from app.core.cost import GuardDecision
    from app.core.export import ImportedConversation
    from app.core.models import ModelInfo
    from app.services.account import AccountService, KeyState
    from app.services.catalogue import CatalogueService
    from app.services.chat import ChatService
    from app.services.compare import CompareService
    from app.services.costs import CostService
    from app.services.presets import PresetService
    from app.store.history import HistoryStore
    from app.store.settings_file import AppSettings

    from .chat.chat_view import ChatView
    from .compare.compare_view import CompareView
    from .welcome import WelcomePage

NOTICE_MS = 8000
LIVE_COST_MS = 400  # the streaming answer's estimate in the meter
CREDIT_REFRESH_MS = 5 * 60 * 1000  # credit left, besides after every answer
OPEN_TABS_KEY = "open_tabs"


class MainWindow(QMainWindow):
    """The window people live in.

    It paints first with nothing heavy loaded; ``attach`` then brings the history and the chat
    service and restores the tabs of the last session.

    Signals:
        first_painted(): the window has painted for the first time.
        close_requested(): the user closed the window; the composition root shuts down.
        settings_changed(object): the user changed a setting (an AppSettings).
    """

    first_painted = Signal()
    close_requested = Signal()
    settings_changed = Signal(object)

    def __init__(
        self,
        *,
        endpoint: str,
        key_source: str,
        icon: QIcon | None = None,
        layout: WindowLayout | None = None,
    ) -> None:
        """``layout``: the size, place and docks of the last run (``saved_layout``)."""
        super().__init__()
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.setMinimumSize(640, 420)
        self._painted = False
        self.notices = Notices(self)
        self.notices.posted.connect(self._show_notice)
        self._history: HistoryStore | None = None
        self._chat: ChatService | None = None
        self._settings: AppSettings | None = None
        self._catalogue: CatalogueService | None = None
        self._presets: PresetService | None = None
        self._dock_conversation: int | None = None

        self.tabs = ConversationTabs(self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.tabs)
        self.setCentralWidget(self._stack)
        self._welcome: WelcomePage | None = None
        self._account: AccountService | None = None
        self._data_folder: Path | None = None
        self.library = LibraryDock(self)
        self.parameters = ParameterDock(self, deferred=True)  # filled in by attach()
        self.parameters.setEnabled(False)  # until the history arrives
        self._place(layout)
        self._endpoint = endpoint
        self.endpoint_label = QLabel()
        self.endpoint_label.setEnabled(False)
        self.set_key_source(key_source)
        self.cost_meter = CostMeter(self)
        self.statusBar().addPermanentWidget(self.cost_meter)
        self.statusBar().addPermanentWidget(self.endpoint_label)
        self._costs: CostService | None = None
        self._unfollow_settled: Callable[[], None] = lambda: None
        self._compare: CompareService | None = None
        self._live_timer = QTimer(self)
        self._live_timer.setInterval(LIVE_COST_MS)
        self._live_timer.timeout.connect(self._show_live_cost)
        self._credit_timer = QTimer(self)
        self._credit_timer.setInterval(CREDIT_REFRESH_MS)
        self._credit_timer.timeout.connect(lambda: self._spawn(self.refresh_credit()))
        self._tasks: set[asyncio.Future[None]] = set()  # started after the first paint
        self._build_menus()
        self._wire()
        self.installEventFilter(self)

    # -- setup --------------------------------------------------------------------------------

    def _place(self, layout: WindowLayout | None) -> None:
        """Size the window and lay out the docks as last time, or as by default."""
        if layout is not None and layout.docks != self._dock_names():
            layout = None  # made with other docks
        if layout is None or not self.restoreGeometry(layout.geometry):
            self._size_to_screen()
        if layout is None or not self.restoreState(layout.state):
            self.addDockWidget(QtCore.Qt.DockWidgetArea.LeftDockWidgetArea, self.library)
            self.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, self.parameters)

    def saved_layout(self) -> WindowLayout:
        """The size, place and docks to come back to next time (the docks as they are beside
        the conversations, even while the welcome page hides them)."""
        welcome = self.welcome_shown
        if welcome:
            self._set_docks_visible(True)
        try:
            state = self.saveState().data()
        finally:
            if welcome:
                self._set_docks_visible(False)
        return WindowLayout(self.saveGeometry().data(), state, self._dock_names())

    def _dock_names(self) -> tuple[str, ...]:
        return (self.library.objectName(), self.parameters.objectName())

    def _size_to_screen(self) -> None:
        """Room for both docks and a readable conversation, but never larger than the screen."""
        width, height = 1380, 860
        if self.screen() is not None:
            area = self.screen().availableGeometry()
            width, height = (
                min(width, int(area.width() * 0.92)),
                min(height, int(area.height() * 0.9)),
            )
        self.resize(width, height)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.new_action = self._action(
            file_menu, "&New conversation", QKeySequence.StandardKey.AddTab, self.new_conversation
        )
        self.new_compare_action = self._action(
            file_menu, "New c&omparison…", QKeySequence("Ctrl+Shift+T"), self.new_comparison
        )
        self._action(
            file_menu, "&Close conversation", QKeySequence.StandardKey.Close, self.close_current_tab
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Import conversation…", None, self.import_conversation)
        self._action(file_menu, "Export as &Markdown…", None, lambda: self.export_current("md"))
        self._action(file_menu, "Export as &JSON…", None, lambda: self.export_current("json"))
        self._action(file_menu, "Export &spending as CSV…", None, self.export_spending)
        file_menu.addSeparator()
        self.settings_action = self._action(
            file_menu, "&Settings…", QKeySequence("Ctrl+,"), self.open_settings
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        view = self.menuBar().addMenu("&View")
        library_toggle = self.library.toggleViewAction()
        library_toggle.setText("Conversation &library")
        library_toggle.setShortcuts([QKeySequence("Ctrl+Shift+L")])
        view.addAction(library_toggle)
        parameters_toggle = self.parameters.toggleViewAction()
        parameters_toggle.setText("&Parameters")
        parameters_toggle.setShortcuts([QKeySequence("Ctrl+Shift+P")])
        view.addAction(parameters_toggle)
        self.enter_sends_action = QAction("&Enter sends (Shift+Enter for a new line)", self)
        self.enter_sends_action.setCheckable(True)
        self.enter_sends_action.setChecked(True)
        self.enter_sends_action.toggled.connect(self._set_enter_sends)
        view.addAction(self.enter_sends_action)

    def _action(self, menu: object, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence):
            shortcut = [shortcut]
        if shortcut is not None:
            # setShortcuts, not setShortcut: resolving that overload builds every Qt:: enum
            # (~20 ms) before the first paint. A standard key also gets all its bindings.
            action.setShortcuts(shortcut)  # type: ignore[arg-type]
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)  # type: ignore[attr-defined]
        return action

    def _wire(self) -> None:
        tabs = self.tabs
        tabs.new_tab_requested.connect(self.new_conversation)
        tabs.close_requested.connect(self.close_tab)
        tabs.rename_requested.connect(self.rename_tab)
        tabs.order_changed.connect(self._save_tabs)
        tabs.currentChanged.connect(self._tab_changed)
        for keys, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+PgUp", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)  # (the window's, by default)
            shortcut.activated.connect(lambda s=step: tabs.next_tab(s))
        self.library.open_requested.connect(self.open_conversation)
        self.library.delete_requested.connect(self.delete_conversation)
        dock = self.parameters
        dock.settings_edited.connect(self._settings_edited)
        dock.model_change_requested.connect(self.pick_model)
        dock.show_request_requested.connect(self.show_request)
        dock.preset_action_requested.connect(self._preset_action)
        dock.problem_changed.connect(self._parameter_problem)

    def attach(
        self,
        history: HistoryStore,
        chat: ChatService,
        settings: AppSettings,
        catalogue: CatalogueService,
        presets: PresetService,
        compare: CompareService | None = None,
    ) -> None:
        """Bring in the history and the services; restore the last session's tabs."""
        self._history, self._chat, self._settings = history, chat, settings
        self._catalogue, self._presets = catalogue, presets
        if compare is not None:
            self.attach_compare(compare)
        catalogue.on_change = lambda _models: self._refresh_model_info()
        self.enter_sends_action.setChecked(settings.enter_sends)
        self.library.set_history(history)
        self.parameters.build()
        self.parameters.set_presets(presets.presets())
        self.parameters.setEnabled(True)
        self._restore_tabs()
        self._load_dock()
        if presets.notice:
            self.notices.warning(presets.notice)

    # -- the key ------------------------------------------------------------------------------

    def set_key_source(self, text: str, endpoint: str | None = None) -> None:
        """The status bar names where the key lives; the server is in its tooltip."""
        self._endpoint = endpoint or self._endpoint
        host = self._endpoint.split("//", 1)[-1].split("/", 1)[0]
        self.endpoint_label.setText(host)
        self.endpoint_label.setToolTip(f"{self._endpoint}\n{text}")
        self.key_status = text

    def attach_account(self, account: AccountService, data_folder: Path) -> None:
        self._account, self._data_folder = account, data_folder

    def key_loaded(self, state: KeyState) -> None:
        """The key look-up finished (after the first paint): welcome, or straight in."""
        if self._account is None:
            return
        self.set_key_source(self._account.key_source_text)
        if state.has_key or not self._account.needs_key:
            self.show_conversations()
        else:
            self.show_welcome(state.problem)

    def show_welcome(self, problem: str | None = None) -> None:
        from .welcome import WelcomePage

        assert self._account is not None
        if self._welcome is None:
            self._welcome = WelcomePage(self._account, self)
            self._welcome.key_ready.connect(lambda _state: self._key_ready())
            self._stack.addWidget(self._welcome)
        self._welcome.show_problem(problem)
        self._stack.setCurrentWidget(self._welcome)
        self._set_docks_visible(False)  # nothing to show in them before there is a key
        self._welcome.panel.sign_in_button.setFocus()

    def show_conversations(self) -> None:
        if self._stack.currentWidget() is not self.tabs:
            self._set_docks_visible(True)
        self._stack.setCurrentWidget(self.tabs)
        view = self.current_view()
        if view is not None:
            view.focus_composer()

    def _set_docks_visible(self, visible: bool) -> None:
        for dock in (self.library, self.parameters):
            dock.setVisible(visible)

    @property
    def welcome_shown(self) -> bool:
        return self._welcome is not None and self._stack.currentWidget() is self._welcome

    def _key_ready(self) -> None:
        if self._account is not None:
            self.set_key_source(self._account.key_source_text)
        self.show_conversations()
        self.notices.info("You are ready: type a message and press Enter.")

    def open_settings(self) -> None:
        from app.store.secrets import SecretStoreUnavailable

        from .dialogs.key_dialog import KeyDialog
        from .dialogs.settings_dialog import SettingsDialog

        account, settings = self._account, self._settings
        if account is None or settings is None or self._data_folder is None:
            return
        dialog = SettingsDialog(
            settings,
            key_source=account.key_source_text,
            has_stored_key=account.state.source == "keyring",
            data_folder=self._data_folder,
            parent=self,
            is_openrouter_address=account.is_openrouter_address,
            has_key_for=account.has_saved_key_for,
            address_override=account.address_override,
        )

        def refresh_key() -> None:
            dialog.set_key_state(account.key_source_text, account.state.source == "keyring")
            self.set_key_source(account.key_source_text)

        def change_key() -> None:
            KeyDialog(account, dialog).exec()
            refresh_key()

        def remove_key() -> None:
            whose = (
                "your OpenRouter key"
                if account.server_is_openrouter
                else f"the key for {account.server_name}"
            )
            question = f"Remove {whose} from this computer's keychain?"
            if not dialogs.confirm(dialog, "Remove key", question, "Remove"):
                return
            try:
                account.remove_key()
            except SecretStoreUnavailable as error:
                self.notices.error(error.user_message)
            refresh_key()

        dialog.key_change_requested.connect(change_key)
        dialog.key_removal_requested.connect(remove_key)
        if dialog.exec() and dialog.result_settings is not None:
            self._apply_settings(dialog.result_settings)  # a new address brings its own key
            address, server_key = dialog.result_server_address, dialog.result_server_key
            if address and server_key:
                problem = account.save_address_key(address, server_key)
                if problem:
                    self.notices.warning(problem)
            refresh_key()
        if account.needs_key:
            self.show_welcome()
        elif self.welcome_shown:
            self.show_conversations()

    def _apply_settings(self, settings: AppSettings) -> None:
        self._settings = settings
        self._refresh_meter()
        self.enter_sends_action.setChecked(settings.enter_sends)
        for view in self.chat_views():
            view.composer.set_enter_sends(settings.enter_sends)
        self.settings_changed.emit(settings)

    def detach(self) -> None:
        """Let go of the history and services (at shutdown, before the database closes)."""
        self.parameters.flush()
        self._live_timer.stop()
        self._credit_timer.stop()
        for task in list(self._tasks):
            task.cancel()
        self._unfollow_settled()
        self._costs = None
        self.tabs.blockSignals(True)
        self._history = self._chat = self._catalogue = self._presets = None

    # -- tabs ---------------------------------------------------------------------------------

    def tab_widgets(self) -> list[Any]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def chat_views(self) -> list[ChatView]:
        from .chat.chat_view import ChatView

        return [w for w in self.tab_widgets() if isinstance(w, ChatView)]

    def compare_views(self) -> list[CompareView]:
        from .compare.compare_view import CompareView

        return [w for w in self.tab_widgets() if isinstance(w, CompareView)]

    def current_view(self) -> ChatView | None:
        """The conversation in the current tab (None on a comparison tab)."""
        from .chat.chat_view import ChatView

        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ChatView) else None

    def _restore_tabs(self) -> None:
        assert self._history is not None
        state = self._history.get_state(OPEN_TABS_KEY) or {}
        keys = [str(k) for k in state.get("ids", []) if isinstance(k, int | str)]
        opened = [key for key in keys if self._open_key(key, focus=False)]
        if not opened:
            self.new_conversation()
            return
        active = str(state.get("active"))
        self._select_key(active if active in opened else opened[-1])

    def _open_key(self, key: str, *, focus: bool) -> bool:
        assert self._history is not None
        if key.startswith("c:"):
            ident = key[2:]
            if not ident.isdigit() or self._compare is None:
                return False
            if self._compare.store.get(int(ident)) is None:
                return False
            self._add_compare_tab(int(ident), focus=focus)
            return True
        if not key.isdigit() or self._history.get_conversation(int(key)) is None:
            return False
        self._add_tab(int(key), focus=focus)
        return True

    def _select_key(self, key: str) -> bool:
        for index, widget in enumerate(self.tab_widgets()):
            if widget.tab_key == key:
                self.tabs.setCurrentIndex(index)
                widget.focus_composer()
                return True
        return False

    def new_conversation(self) -> None:
        if self._history is None:
            return
        conversation = self._history.create_conversation()
        self._add_tab(conversation.id)

    def open_conversation(self, conversation_id: int) -> None:
        """Open a conversation (or, for a negative id from the library, a comparison)."""
        if conversation_id < 0:
            self.open_comparison(-conversation_id)
            return
        if not self._select_key(str(conversation_id)):
            self._add_tab(conversation_id)

    def open_comparison(self, comparison_id: int) -> None:
        if not self._select_key(f"c:{comparison_id}"):
            self._add_compare_tab(comparison_id)

    def _add_tab(self, conversation_id: int, *, focus: bool = True) -> None:
        from .chat.chat_view import ChatView

        assert self._history is not None and self._chat is not None and self._settings is not None
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            return
        view = ChatView(
            conversation_id,
            self._chat,
            self._history,
            self.notices,
            enter_sends=self._settings.enter_sends,
            preflight=self._preflight,
            estimator=lambda draft, cid=conversation_id: self._estimate_text(cid, draft),
        )
        view.title_changed.connect(self._retitle)
        view.out_of_credit.connect(lambda: self._spawn(self._explain_out_of_credit()))
        view.busy_changed.connect(self._busy_changed)
        view.turn_ended.connect(lambda _cid: self.library.refresh())
        index = self.tabs.addTab(view, conversation.title)
        self.tabs.setTabToolTip(index, conversation.title)
        if focus:
            self.tabs.setCurrentIndex(index)
            view.focus_composer()
        self._save_tabs()

    def close_current_tab(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def close_tab(self, index: int) -> None:
        from .chat.chat_view import ChatView

        view = self.tabs.widget(index)
        if view is None:
            return
        view.stop()  # type: ignore[attr-defined]
        self.tabs.removeTab(index)
        view.deleteLater()
        history = self._history
        if (
            isinstance(view, ChatView)
            and history
            and not history.count_messages(view.conversation_id)
        ):
            history.delete_conversation(view.conversation_id)  # an empty tab leaves no trace
        if self.tabs.count() == 0:
            self.new_conversation()
        self._save_tabs()
        self.library.refresh()

    def rename_tab(self, index: int) -> None:
        from .chat.chat_view import ChatView

        view = self.tabs.widget(index)
        if not isinstance(view, ChatView) or self._history is None:
            return
        stored = self._history.get_conversation(view.conversation_id)  # type: ignore[attr-defined]
        current = stored.title if stored is not None else self.tabs.tabText(index)  # tab: capped
        title, ok = QInputDialog.getText(self, "Rename conversation", "Title:", text=current)
        title = " ".join(title.split())
        if ok and title:
            self._history.rename_conversation(view.conversation_id, title)  # type: ignore[attr-defined]
            self._retitle(view.conversation_id, title)  # type: ignore[attr-defined]

    def _retitle(self, conversation_id: int, title: str, *, key: str | None = None) -> None:
        for index, widget in enumerate(self.tab_widgets()):
            if widget.tab_key == (key or str(conversation_id)):
                self.tabs.setTabText(index, title)
                self.tabs.setTabToolTip(index, title)
        self.library.refresh()

    def _tab_changed(self, index: int) -> None:
        view = self.current_view()
        if view is not None:
            view.focus_composer()
            view.refresh_estimate()
        self._load_dock()
        self._refresh_meter()
        self._save_tabs()

    def _save_tabs(self) -> None:
        if self._history is None:
            return
        keys = [widget.tab_key for widget in self.tab_widgets()]
        current = self.tabs.currentWidget()
        self._history.set_state(
            OPEN_TABS_KEY, {"ids": keys, "active": current.tab_key if current else None}
        )

    # -- the parameter dock ---------------------------------------------------------------------

    def _load_dock(self) -> None:
        """Show the current tab's settings (after saving edits meant for the previous one)."""
        self.parameters.flush()
        view = self.current_view()
        if view is None or self._history is None:
            self._dock_conversation = None
            return
        conversation = self._history.get_conversation(view.conversation_id)
        if conversation is None:
            return
        self._dock_conversation = conversation.id
        self.parameters.load(conversation.settings, self._model_info(conversation.settings.model))

    def _model_info(self, model_id: str) -> ModelInfo | None:
        return self._catalogue.get(model_id) if self._catalogue else None

    def _settings_edited(self, settings: ChatSettings) -> None:
        if self._history is None or self._dock_conversation is None:
            return
        if self._history.get_conversation(self._dock_conversation) is not None:
            self._history.update_settings(self._dock_conversation, settings)
            view = self.current_view()
            if view is not None:
                view.refresh_estimate()  # another model or max_tokens: another price

    def _preflight(self, text: str) -> str | None:
        """Called before a send: save pending dock edits; refuse while a field is invalid;
        then the spending guard: a send that could pass a cap waits for "Send anyway"."""
        problem = self._parameters_problem()
        if problem:
            return problem
        decision = self._guard(text)
        return self._consent(decision, decision.reason if decision else "")

    def _parameters_problem(self) -> str | None:
        """Save pending dock edits; a field that is still invalid blocks the send."""
        self.parameters.flush()
        problem = self.parameters.problem()
        if problem:
            self.notices.warning(f"Not sent: {problem} Fix it in the Parameters panel.")
            self.parameters.show()
        return problem

    def _consent(self, decision: GuardDecision | None, question: str) -> str | None:
        """Act on the spending guard: None to send, else why the send waits."""
        if decision is None or decision.action == "send":
            return None
        if decision.action == "warn":
            self.notices.warning(decision.reason)
            return None
        title = "Spending cap" if decision.action == "hold" else "Confirm this send"
        if dialogs.confirm(self, title, question, "Send anyway"):
            return None
        self.notices.info("Not sent: your message is still in the box.")
        return decision.reason

    def _guard(self, text: str) -> GuardDecision | None:
        view, costs, settings = self.current_view(), self._costs, self._settings
        if view is None or costs is None or settings is None or self._history is None:
            return None
        conversation = self._history.get_conversation(view.conversation_id)
        if conversation is None:
            return None
        history = self._history.messages(conversation.id)
        estimate = costs.estimate_draft(conversation.settings, history, text)
        return costs.guard(estimate, settings)

    # -- the cost meter ---------------------------------------------------------------------

    def attach_costs(self, costs: CostService) -> None:
        self._costs = costs
        costs.on_message_changed = self._message_costed
        self._unfollow_settled = costs.settled.subscribe(self._answer_settled)
        self._refresh_meter()
        self._credit_timer.start()

    def _estimate_text(self, conversation_id: int, draft: str) -> str:
        from app.core.cost import describe

        if self._costs is None or self._history is None:
            return ""
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            return ""
        history = self._history.messages(conversation_id)
        return describe(self._costs.estimate_draft(conversation.settings, history, draft))

    def _refresh_meter(self) -> None:
        if self._costs is None or self._settings is None:
            return
        view = self.current_view()
        spending = self._costs.spending(self._settings, view.conversation_id if view else None)
        self.cost_meter.set_spending(spending)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._live_timer.start()
            self.cost_meter.set_answer(None, billed=False)
        else:
            self._live_timer.stop()

    def _show_live_cost(self) -> None:
        view, costs = self.current_view(), self._costs
        if view is None or costs is None or not view.busy or self._history is None:
            return
        conversation = self._history.get_conversation(view.conversation_id)
        if conversation is None:
            return
        text = view.transcript.streaming_text
        cost = costs.live_estimate(conversation.settings.model, text, 0)
        self.cost_meter.set_answer(cost, billed=False)

    def _answer_settled(self, message: Message) -> None:
        """``CostService`` settled an answer (of a chat or a comparison column): draw it."""
        if self._costs is None:
            return
        if any(v.conversation_id == message.conversation_id for v in self.chat_views()):
            self.cost_meter.set_answer(message.cost, billed=message.cost_is_billed)
            self._spawn(self.refresh_credit())
        self._refresh_meter()

    def _message_costed(self, message: Message) -> None:
        for view in self.chat_views():
            if view.conversation_id == message.conversation_id:
                view.transcript.update_message(message)
                view.refresh_estimate()
        for compare_view in self.compare_views():
            compare_view.message_changed(message)
        self._refresh_meter()

    async def refresh_credit(self) -> None:
        from app.api import OpenRouterError

        if self._costs is None or self._account is None or not self._account.state.has_key:
            return
        try:
            info = await self._costs.remaining_credit()
        except OpenRouterError as error:
            self.cost_meter.set_credit(None, problem=error.user_message)
            return
        self.cost_meter.set_credit(info)

    async def _explain_out_of_credit(self) -> None:
        if self._costs is not None:
            self.notices.warning(await self._costs.out_of_credit_message())

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        import asyncio  # not before the first paint: it costs ~40 ms to import

        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def export_spending(self) -> None:
        if self._costs is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export spending", str(Path.home() / "switchboard-spending.csv"), "CSV (*.csv)"
        )
        if not path:
            return
        try:
            rows = self._costs.export_csv(Path(path))
        except OSError as error:
            self.notices.error(f"Could not save the spending export: {error.strerror or error}.")
            return
        self.notices.info(f"Exported {rows} rows of spending to {path}.")

    def _parameter_problem(self, problem: object) -> None:
        if problem:
            self.notices.warning(f"{problem} Nothing is sent until this is fixed.")

    def _refresh_model_info(self) -> None:
        settings = self.parameters.current_settings_or_stored()
        self.parameters.set_model_info(settings.model, self._model_info(settings.model))

    def pick_model(self) -> None:
        from .dialogs.model_picker import ModelPickerDialog

        catalogue = self._catalogue
        if catalogue is None:
            return
        current = self.parameters.current_settings_or_stored().model
        source = {"live": "Live list", "cache": "Saved list", "snapshot": "Built-in list"}.get(
            catalogue.source, ""
        )
        dialog = ModelPickerDialog(
            catalogue.models,
            catalogue.search,
            current,
            source_text=source,
            parent=self,
            on_refresh=lambda: self._spawn(self.refresh_catalogue(force=True)),
        )
        catalogue.on_change = lambda models: (
            dialog.set_models(models, current),
            self._refresh_model_info(),
        )
        try:
            if dialog.exec() and dialog.chosen is not None:
                self.parameters.use_model(dialog.chosen)
        finally:
            catalogue.on_change = lambda _models: self._refresh_model_info()

    async def refresh_catalogue(self, *, force: bool = False) -> None:
        """Fetch the model list in the background; the window never waits for it."""
        from app.api import OpenRouterError

        if self._catalogue is None:
            return
        try:
            refreshed = await self._catalogue.refresh(force=force)
        except OpenRouterError as error:
            self.notices.info(f"The model list could not be refreshed: {error.user_message}")
            return
        if refreshed and force:
            self.notices.info(f"Model list refreshed: {len(self._catalogue.models)} models.")

    def show_request(self) -> None:
        from app.api import InvalidRequestError, build_chat_body
        from app.core.request import next_request

        from .dialogs.request_preview import RequestPreviewDialog

        view, history = self.current_view(), self._history
        settings = self.parameters.current_settings()
        if view is None or history is None:
            return
        if settings is None:
            self.notices.warning(f"{self.parameters.problem()} Fix it to see the request.")
            return
        typed = view.composer.toPlainText()  # sent as typed, so shown as typed
        draft = typed if typed.strip() else "(your next message)"
        request = next_request(settings, history.messages(view.conversation_id), draft)
        try:
            body = build_chat_body(request, stream=True)
        except InvalidRequestError as error:
            self.notices.warning(error.user_message)
            return
        url = (self._chat.endpoint if self._chat else "") + "/chat/completions"
        RequestPreviewDialog(body, url, self).exec()

    def _preset_action(self, action: str) -> None:
        from app.core.presets import PresetError

        from .dialogs.presets import ManagePresetsDialog, SavePresetDialog

        presets = self._presets
        if presets is None:
            return
        if action == "manage":
            dialog = ManagePresetsDialog(presets, self)
            dialog.presets_changed.connect(lambda: self.parameters.set_presets(presets.presets()))
            dialog.exec()
            return
        settings = self.parameters.current_settings()
        if settings is None:
            self.notices.warning(f"{self.parameters.problem()} Fix it before saving a preset.")
            return
        save = SavePresetDialog(self)
        while save.exec():
            try:
                preset = presets.save_current(
                    save.name.text(),
                    save.description.text(),
                    settings,
                    save.include_model.isChecked(),
                    save.include_prompt.isChecked(),
                )
            except PresetError as error:
                save.error.setText(error.user_message)
                continue
            self.parameters.set_presets(presets.presets())
            self.notices.info(f"Saved the preset “{preset.name}”.")
            return

    # -- library ------------------------------------------------------------------------------

    def delete_conversation(self, conversation_id: int) -> None:
        """Delete a conversation (or, for a negative id from the library, a comparison)."""
        if conversation_id < 0:
            self.delete_comparison(-conversation_id)
            return
        if self._history is None:
            return
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            return
        question = f"Delete “{conversation.title}” and all its messages? This cannot be undone."
        if not dialogs.confirm(self, "Delete conversation", question, "Delete"):
            return
        for index, widget in enumerate(self.tab_widgets()):
            if widget.tab_key == str(conversation_id):
                widget.stop()
                self.tabs.removeTab(index)
                widget.deleteLater()
                break
        self._history.delete_conversation(conversation_id)
        if self.tabs.count() == 0:
            self.new_conversation()
        self._save_tabs()
        self.library.refresh()
        self.notices.info(f"Deleted “{conversation.title}”.")

    # -- comparisons --------------------------------------------------------------------------

    def attach_compare(self, compare: CompareService) -> None:
        self._compare = compare
        self.library.set_comparisons(compare.store)

    def new_comparison(self) -> None:
        from .compare.new_comparison import NewComparisonDialog

        compare, presets = self._compare, self._presets
        if compare is None or presets is None:
            return
        base = self.parameters.current_settings_or_stored()
        model = self._model_info(base.model)
        dialog = NewComparisonDialog(presets.presets(), model.name if model else base.model, self)
        if not dialog.exec():
            return
        columns = [(preset.name, preset.apply_to(base)) for preset in dialog.chosen]
        comparison = compare.create(dialog.title, columns, blind=dialog.blind)
        self._add_compare_tab(comparison.id)
        self.library.refresh()

    def _add_compare_tab(self, comparison_id: int, *, focus: bool = True) -> None:
        from .compare.compare_view import CompareView

        assert self._compare is not None and self._history is not None
        comparison = self._compare.store.get(comparison_id)
        if comparison is None:
            return
        view = CompareView(
            comparison_id,
            self._compare,
            self._history,
            self.notices,
            preflight=self._compare_preflight,
        )
        view.column_focused.connect(self._focus_column)
        view.promoted.connect(self.open_conversation)
        view.busy_changed.connect(lambda busy: None if busy else self.library.refresh())
        view.export_button.clicked.connect(lambda: self.export_comparison(view.comparison_id))
        index = self.tabs.addTab(view, "⚖ " + comparison.title)
        self.tabs.setTabToolTip(index, comparison.title)
        if focus:
            self.tabs.setCurrentIndex(index)
            view.focus_composer()
        self._save_tabs()

    def _focus_column(self, conversation_id: int) -> None:
        """The dock follows the focused column of a comparison."""
        if self._history is None or self._dock_conversation == conversation_id:
            return
        self.parameters.flush()
        conversation = self._history.get_conversation(conversation_id)
        if conversation is not None:
            self._dock_conversation = conversation_id
            self.parameters.load(
                conversation.settings, self._model_info(conversation.settings.model)
            )

    def _compare_preflight(self, view: CompareView, text: str, index: int | None) -> str | None:
        """Before a comparison sends (to every column, or ``index`` asked again): the
        parameters, then the spending guard on what it may cost."""
        problem = self._parameters_problem()
        if problem:
            return problem
        compare, settings = self._compare, self._settings
        if compare is None or settings is None:
            return None
        estimate = compare.estimate(view.comparison_id, text, index)
        decision = compare.guard(estimate, settings)
        return self._consent(decision, f"{estimate.text}. {decision.reason}")

    def export_comparison(self, comparison_id: int) -> None:
        from app.store.files import write_text_atomic

        if self._compare is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, "Export comparison", str(Path.home() / "comparison.md"), "Markdown (*.md)"
        )
        if not path:
            return
        try:
            write_text_atomic(Path(path), self._compare.export_markdown(comparison_id))
        except OSError as error:
            self.notices.error(f"Could not save the export: {error.strerror or error}.")
            return
        self.notices.info(f"Exported to {path}.")

    def delete_comparison(self, comparison_id: int) -> None:
        compare = self._compare
        comparison = compare.store.get(comparison_id) if compare else None
        if compare is None or comparison is None:
            return
        question = f"Delete the comparison “{comparison.title}” and all its answers?"
        if not dialogs.confirm(self, "Delete comparison", question, "Delete"):
            return
        for index, widget in enumerate(self.tab_widgets()):
            if widget.tab_key == f"c:{comparison_id}":
                widget.stop()
                self.tabs.removeTab(index)
                widget.deleteLater()
                break
        compare.store.delete(comparison_id)
        if self.tabs.count() == 0:
            self.new_conversation()
        self._save_tabs()
        self.library.refresh()

    # -- import and export --------------------------------------------------------------------

    def export_current(self, kind: str) -> None:
        """Ask where, then export the current conversation as Markdown ("md") or JSON."""
        conversation = self._current_conversation()
        if conversation is None:
            return
        suffix = ".md" if kind == "md" else ".json"
        title = "".join(c for c in conversation.title if c.isalnum() or c in " -_").strip()
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export conversation",
            str(Path.home() / f"{title or 'conversation'}{suffix}"),
            "Markdown (*.md)" if kind == "md" else "JSON (*.json)",
        )
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str = "json") -> None:
        from app.core.export import to_markdown, to_openai_json
        from app.store.files import write_text_atomic

        conversation = self._current_conversation()
        if conversation is None or self._history is None:
            return
        messages = self._history.messages(conversation.id)
        if kind == "md":
            text = to_markdown(conversation, messages)
        else:
            text = json.dumps(to_openai_json(conversation, messages), indent=2, ensure_ascii=False)
        try:
            write_text_atomic(path, text)
        except OSError as error:
            self.notices.error(f"Could not save the export: {error.strerror or error}.")
            return
        self.notices.info(f"Exported to {path}.")

    def _current_conversation(self) -> Conversation | None:
        view = self.current_view()
        if view is None or self._history is None:
            return None
        return self._history.get_conversation(view.conversation_id)

    def import_conversation(self) -> None:
        from app.core.export import MAX_IMPORT_BYTES, MAX_IMPORT_MESSAGES

        limits = f"up to {MAX_IMPORT_BYTES // (1024 * 1024)} MB, {MAX_IMPORT_MESSAGES:,} messages"
        path, _ = QFileDialog.getOpenFileName(
            self, f"Import conversation ({limits})", str(Path.home()), "JSON (*.json)"
        )
        if path:
            self._spawn(self._import_in_background(Path(path)))

    async def _import_in_background(self, path: Path) -> None:
        await self.import_file(path)

    async def import_file(self, path: Path) -> int | None:
        """Import a conversation file; the new conversation's id, or None (a notice says why).

        Reading, checking and storing (in one transaction) run on a worker thread, so the
        window keeps responding."""
        import asyncio  # not before the first paint
        import sqlite3

        from app.core.export import ImportFormatError
        from app.core.params import SPECS_BY_NAME
        from app.store.database import write_problem

        history = self._history
        if history is None:
            return None
        self.notices.info(f"Importing {path.name}…")
        loop = asyncio.get_running_loop()
        try:
            imported = await loop.run_in_executor(None, _read_conversation, path)
        except ImportFormatError as error:
            self.notices.error(error.user_message)
            return None
        except OSError as error:
            self.notices.error(
                f"Could not read {path.name}: {error.strerror or error}. Nothing was imported."
            )
            return None
        try:
            conversation = await loop.run_in_executor(
                None,
                history.import_conversation,
                imported.title,
                imported.settings,
                imported.messages,
            )
        except sqlite3.Error as error:  # a full disk, a locked database: one transaction, undone
            self.notices.error(
                "Could not save the imported conversation to your history: "
                f"{write_problem(error)}. Nothing was imported."
            )
            return None
        if self._history is None:  # the window was closed meanwhile (the import is kept)
            return None
        self.open_conversation(conversation.id)
        self.library.refresh()
        said = [f"Imported “{imported.title}”."]
        if imported.dropped_params:
            names = [SPECS_BY_NAME[name].label for name in imported.dropped_params]
            if len(names) == 1:
                said.append(f"{names[0]} was left out: its value in the file cannot be sent.")
            else:
                listed = ", ".join(names[:-1]) + " and " + names[-1]
                said.append(f"{listed} were left out: their values in the file cannot be sent.")
        if imported.folded_system_messages:
            count = imported.folded_system_messages
            what, were = ("system messages", "were") if count > 1 else ("system message", "was")
            said.append(
                f"{count} {what} from later in the conversation {were} added to its system prompt."
            )
        self.notices.info(" ".join(said))
        return conversation.id

    # -- settings and notices -----------------------------------------------------------------

    def _set_enter_sends(self, enabled: bool) -> None:
        for view in self.chat_views():
            view.composer.set_enter_sends(enabled)
        if self._settings is not None and self._settings.enter_sends != enabled:
            self._apply_settings(replace(self._settings, enter_sends=enabled))

    def _show_notice(self, text: str, kind: str) -> None:
        prefix = {"warning": "⚠ ", "error": "⚠ "}.get(kind, "")
        self.statusBar().showMessage(prefix + text, NOTICE_MS if kind == "info" else 0)

    # -- events -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt)
        event.accept()
        self.close_requested.emit()


def _read_conversation(path: Path) -> ImportedConversation:
    """Read and check a conversation file (on a worker thread). ImportFormatError for any
    content we cannot use; OSError when the file cannot be read at all."""
    from app.core.export import (
        MAX_IMPORT_BYTES,
        ImportFormatError,
        parse_conversation,
        too_large_error,
    )
    from app.store.files import UnsuitableFileError, read_regular_file

    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)  # not a pipe, a device or 50 MB
    except UnsuitableFileError:
        if path.is_file():
            raise too_large_error() from None
        raise ImportFormatError("it is not an ordinary file") from None
    return parse_conversation(raw)
