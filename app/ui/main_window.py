"""The main window: conversation tabs, the library, menus and the status bar."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
)

from app.store.paths import APP_NAME

from . import dialogs
from .library import LibraryDock
from .notices import Notices
from .tabs import ConversationTabs

if TYPE_CHECKING:
    from app.services.chat import ChatService
    from app.store.history import HistoryStore
    from app.store.settings_file import AppSettings

    from .chat.chat_view import ChatView

NOTICE_MS = 8000
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

    def __init__(self, *, endpoint: str, key_source: str, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(1180, 760)
        self.setMinimumSize(640, 420)
        self._painted = False
        self.notices = Notices(self)
        self.notices.posted.connect(self._show_notice)
        self._history: HistoryStore | None = None
        self._chat: ChatService | None = None
        self._settings: AppSettings | None = None

        self.tabs = ConversationTabs(self)
        self.setCentralWidget(self.tabs)
        self.library = LibraryDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library)
        self._endpoint_label = QLabel(f"{endpoint}  ·  API key: {key_source}")
        self.statusBar().addPermanentWidget(self._endpoint_label)
        self._build_menus()
        self._wire()
        self.installEventFilter(self)

    # -- setup --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.new_action = self._action(
            file_menu, "&New conversation", QKeySequence.StandardKey.AddTab, self.new_conversation
        )
        self._action(
            file_menu, "&Close conversation", QKeySequence.StandardKey.Close, self.close_current_tab
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Import conversation…", None, self.import_conversation)
        self._action(file_menu, "Export as &Markdown…", None, lambda: self.export_current("md"))
        self._action(file_menu, "Export as &JSON…", None, lambda: self.export_current("json"))
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        view = self.menuBar().addMenu("&View")
        library_toggle = self.library.toggleViewAction()
        library_toggle.setText("Conversation &library")
        library_toggle.setShortcut(QKeySequence("Ctrl+Shift+L"))
        view.addAction(library_toggle)
        self.enter_sends_action = QAction("&Enter sends (Shift+Enter for a new line)", self)
        self.enter_sends_action.setCheckable(True)
        self.enter_sends_action.setChecked(True)
        self.enter_sends_action.toggled.connect(self._set_enter_sends)
        view.addAction(self.enter_sends_action)

    def _action(self, menu: object, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)  # type: ignore[arg-type]
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
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: tabs.next_tab(s))
        self.library.open_requested.connect(self.open_conversation)
        self.library.delete_requested.connect(self.delete_conversation)

    def attach(self, history: HistoryStore, chat: ChatService, settings: AppSettings) -> None:
        """Bring in the history and the chat service; restore the last session's tabs."""
        self._history, self._chat, self._settings = history, chat, settings
        self.enter_sends_action.setChecked(settings.enter_sends)
        self.library.set_history(history)
        self._restore_tabs()

    # -- tabs ---------------------------------------------------------------------------------

    def chat_views(self) -> list[ChatView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def current_view(self) -> ChatView | None:
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def _restore_tabs(self) -> None:
        assert self._history is not None
        state = self._history.get_state(OPEN_TABS_KEY) or {}
        ids = [i for i in state.get("ids", []) if isinstance(i, int)]
        opened = [i for i in ids if self._history.get_conversation(i) is not None]
        for conversation_id in opened:
            self._add_tab(conversation_id, focus=False)
        if not opened:
            self.new_conversation()
            return
        active = state.get("active")
        self._select(active if active in opened else opened[-1])

    def new_conversation(self) -> None:
        if self._history is None:
            return
        conversation = self._history.create_conversation()
        self._add_tab(conversation.id)

    def open_conversation(self, conversation_id: int) -> None:
        if self._select(conversation_id):
            return
        self._add_tab(conversation_id)

    def _select(self, conversation_id: int) -> bool:
        for index, view in enumerate(self.chat_views()):
            if view.conversation_id == conversation_id:
                self.tabs.setCurrentIndex(index)
                view.focus_composer()
                return True
        return False

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
        )
        view.title_changed.connect(self._retitle)
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
        view = self.tabs.widget(index)
        if view is None:
            return
        view.stop()  # type: ignore[attr-defined]
        self.tabs.removeTab(index)
        conversation_id = view.conversation_id  # type: ignore[attr-defined]
        view.deleteLater()
        if self._history is not None and self._history.count_messages(conversation_id) == 0:
            self._history.delete_conversation(conversation_id)  # an empty tab leaves no trace
        if self.tabs.count() == 0:
            self.new_conversation()
        self._save_tabs()
        self.library.refresh()

    def rename_tab(self, index: int) -> None:
        view = self.tabs.widget(index)
        if view is None or self._history is None:
            return
        title, ok = QInputDialog.getText(
            self, "Rename conversation", "Title:", text=self.tabs.tabText(index)
        )
        title = " ".join(title.split())
        if ok and title:
            self._history.rename_conversation(view.conversation_id, title)  # type: ignore[attr-defined]
            self._retitle(view.conversation_id, title)  # type: ignore[attr-defined]

    def _retitle(self, conversation_id: int, title: str) -> None:
        for index, view in enumerate(self.chat_views()):
            if view.conversation_id == conversation_id:
                self.tabs.setTabText(index, title)
                self.tabs.setTabToolTip(index, title)
        self.library.refresh()

    def _tab_changed(self, index: int) -> None:
        view = self.current_view()
        if view is not None:
            view.focus_composer()
        self._save_tabs()

    def _save_tabs(self) -> None:
        if self._history is None:
            return
        ids = [view.conversation_id for view in self.chat_views()]
        current = self.current_view()
        self._history.set_state(
            OPEN_TABS_KEY, {"ids": ids, "active": current.conversation_id if current else None}
        )

    # -- library ------------------------------------------------------------------------------

    def delete_conversation(self, conversation_id: int) -> None:
        if self._history is None:
            return
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            return
        question = f"Delete “{conversation.title}” and all its messages? This cannot be undone."
        if not dialogs.confirm(self, "Delete conversation", question, "Delete"):
            return
        for index, view in enumerate(self.chat_views()):
            if view.conversation_id == conversation_id:
                view.stop()
                self.tabs.removeTab(index)
                view.deleteLater()
                break
        self._history.delete_conversation(conversation_id)
        if self.tabs.count() == 0:
            self.new_conversation()
        self._save_tabs()
        self.library.refresh()
        self.notices.info(f"Deleted “{conversation.title}”.")

    # -- import and export --------------------------------------------------------------------

    def export_current(self, kind: str) -> None:
        from app.core.export import to_markdown, to_openai_json
        from app.store.files import write_text_atomic

        view = self.current_view()
        if view is None or self._history is None:
            return
        conversation = self._history.get_conversation(view.conversation_id)
        if conversation is None:
            return
        messages = self._history.messages(conversation.id)
        suffix = ".md" if kind == "md" else ".json"
        name = (
            "".join(c for c in conversation.title if c.isalnum() or c in " -_").strip()
            or "conversation"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Export conversation",
            str(Path.home() / f"{name}{suffix}"),
            "Markdown (*.md)" if kind == "md" else "JSON (*.json)",
        )
        if not path:
            return
        if kind == "md":
            text = to_markdown(conversation, messages)
        else:
            text = json.dumps(to_openai_json(conversation, messages), indent=2, ensure_ascii=False)
        try:
            write_text_atomic(Path(path), text)
        except OSError as error:
            self.notices.error(f"Could not save the export: {error.strerror or error}.")
            return
        self.notices.info(f"Exported to {path}.")

    def import_conversation(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import conversation", str(Path.home()), "JSON (*.json)"
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> int | None:
        from app.core.export import ImportFormatError, from_openai_json

        if self._history is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            imported = from_openai_json(data)
        except (OSError, UnicodeDecodeError) as error:
            self.notices.error(
                f"Could not read {path.name}: {getattr(error, 'strerror', None) or error}."
            )
            return None
        except json.JSONDecodeError:
            self.notices.error(f"{path.name} is not a JSON file, so nothing was imported.")
            return None
        except ImportFormatError as error:
            self.notices.error(error.user_message)
            return None
        conversation = self._history.create_conversation(imported.title, imported.settings)
        for message in imported.messages:
            self._history.add_message(conversation.id, message.role, message.content)
        self.open_conversation(conversation.id)
        self.library.refresh()
        self.notices.info(f"Imported “{imported.title}”.")
        return conversation.id

    # -- settings and notices -----------------------------------------------------------------

    def _set_enter_sends(self, enabled: bool) -> None:
        for view in self.chat_views():
            view.composer.set_enter_sends(enabled)
        if self._settings is not None and self._settings.enter_sends != enabled:
            self._settings = replace(self._settings, enter_sends=enabled)
            self.settings_changed.emit(self._settings)

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
