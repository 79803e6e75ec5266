"""The window's menus: File, Conversation, View and Help."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

# QtCore.Qt, QAction and QKeySequence at use: importing one builds its enums (Qt's all of them,
# ~20 ms; the actions' and key sequences' ~2 ms), which the first paint need not wait for.
from PySide6 import QtCore, QtGui

from app.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMenu

    from app.core.conversation import Message

    from .chat.chat_view import ChatView
    from .dialogs.about import AboutDialog, ShortcutsDialog
    from .main_window import MainWindow


Menus = tuple["QMenu", "QMenu", "QMenu", "QMenu"]  # File, Conversation, View, Help


def add_menus(window: MainWindow) -> Menus:
    """The menu bar's menus, still empty: their titles are in the first paint."""
    bar = window.menuBar()
    menus = (
        bar.addMenu(translate("menus", "&File")),
        bar.addMenu(translate("menus", "&Conversation")),
        bar.addMenu(translate("menus", "&View")),
        bar.addMenu(translate("menus", "&Help")),
    )
    from .prompt_sets.flow import install

    install(window)  # the library's runs
    return menus


def fill_menus(window: MainWindow, menus: Menus) -> None:
    """The menus' items and their shortcuts; the actions tests and shortcuts use are kept on
    the window."""
    QKeySequence = QtGui.QKeySequence  # noqa: N806 (the class)
    keys = QKeySequence.StandardKey
    files = window.files
    file_menu, talk, view, help_menu = menus
    window.new_action = _action(
        file_menu, translate("menus", "&New conversation"), keys.AddTab, window.new_conversation
    )
    window.new_compare_action = _action(
        file_menu,
        translate("menus", "New c&omparison…"),
        QKeySequence("Ctrl+Shift+T"),
        window.new_comparison,
    )
    _action(file_menu, translate("menus", "&Prompt sets…"), None, lambda: open_prompt_sets(window))
    _action(
        file_menu, translate("menus", "&Close conversation"), keys.Close, window.close_current_tab
    )
    file_menu.addSeparator()
    _action(file_menu, translate("menus", "&Import conversation…"), None, files.import_conversation)
    _action(
        file_menu,
        translate("menus", "Export as &Markdown…"),
        None,
        lambda: files.export_current("md"),
    )
    _action(
        file_menu,
        translate("menus", "Export as &JSON…"),
        None,
        lambda: files.export_current("json"),
    )
    _action(file_menu, translate("menus", "Export &spending as CSV…"), None, files.export_spending)
    file_menu.addSeparator()
    window.settings_action = _action(
        file_menu, translate("menus", "&Settings…"), QKeySequence("Ctrl+,"), window.open_settings
    )
    file_menu.addSeparator()
    _action(file_menu, translate("menus", "&Quit"), keys.Quit, window.close)
    _action(
        talk,
        translate("menus", "&Regenerate the newest answer"),
        QKeySequence("Ctrl+R"),
        lambda: regenerate(window),
    )
    _action(
        talk,
        translate("menus", "&Copy the newest answer"),
        QKeySequence("Ctrl+Shift+C"),
        lambda: copy_answer(window),
    )
    library = window.library.toggleViewAction()
    library.setText(translate("menus", "Conversation &library"))
    library.setShortcuts([QKeySequence("Ctrl+Shift+L")])
    view.addAction(library)
    parameters = window.parameters.toggleViewAction()
    parameters.setText(translate("menus", "Show &parameters"))
    view.addAction(parameters)
    _action(
        view,
        translate("menus", "Go to the &parameters"),
        QKeySequence("Ctrl+Shift+P"),
        lambda: focus_dock(window),
    )
    enter_sends = QtGui.QAction(window)
    enter_sends.setText(translate("menus", "&Enter sends (Shift+Enter for a new line)"))
    enter_sends.setCheckable(True)
    enter_sends.setChecked(True)
    enter_sends.toggled.connect(window.set_enter_sends)
    view.addAction(enter_sends)
    window.enter_sends_action = enter_sends
    _fill_help(window, help_menu)


def open_prompt_sets(window: MainWindow) -> None:
    """File → Prompt sets…: list, write, share and run prompt sets."""
    from .prompt_sets.flow import open_manager

    open_manager(window)


def _fill_help(window: MainWindow, menu: QMenu) -> None:
    _action(
        menu,
        translate("menus", "&Keyboard shortcuts"),
        QtGui.QKeySequence("F1"),
        lambda: shortcuts_dialog(window).show(),
    )
    menu.addSeparator()
    _action(
        menu,
        translate("menus", "OpenRouter &credits (web page)"),
        None,
        lambda: open_page("credits"),
    )
    _action(
        menu, translate("menus", "OpenRouter &keys (web page)"), None, lambda: open_page("keys")
    )
    menu.addSeparator()
    _action(
        menu, translate("menus", "&About Switchboard"), None, lambda: about_dialog(window).show()
    )


def open_page(name: str) -> None:
    """One of OpenRouter's pages, in the system browser."""
    from .dialogs.about import CREDITS_URL, KEYS_URL, open_in_browser

    open_in_browser({"credits": CREDITS_URL, "keys": KEYS_URL}[name])


def shortcuts_dialog(window: MainWindow) -> ShortcutsDialog:
    """The shortcut list (to show), read from the window's actions and shortcuts as they are now."""
    from .dialogs.about import ShortcutsDialog, shortcut_rows

    dialog = ShortcutsDialog(shortcut_rows(window), window)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def about_dialog(window: MainWindow) -> AboutDialog:
    """Version, licence and the data folder (to show)."""
    from .dialogs.about import AboutDialog

    services = window.services
    dialog = AboutDialog(services.data_folder if services is not None else None, window)
    dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def _newest_answer(window: MainWindow) -> tuple[ChatView, Message] | None:
    view = window.current_view()
    if view is None:
        return None
    transcript = view.transcript
    for message_id in reversed(transcript.message_ids):
        message = transcript.message(message_id)
        if message is not None and message.role == "assistant":
            return view, message
    return None


def regenerate(window: MainWindow) -> None:
    """Ctrl+R: a new answer in place of the newest one (in a conversation tab)."""
    found = _newest_answer(window)
    if found is None:
        window.notices.info(translate("menus", "There is no answer to regenerate here yet."))
    elif not found[0].busy:
        found[0].regenerate()


def copy_answer(window: MainWindow) -> None:
    """Ctrl+Shift+C: the newest answer's exact text onto the clipboard."""
    from .chat.message_actions import copy_message

    found = _newest_answer(window)
    if found is None:
        window.notices.info(translate("menus", "There is no answer to copy here yet."))
    else:
        copy_message(found[1], window.notices)


def focus_dock(window: MainWindow) -> None:
    """Ctrl+Shift+P: open the Parameters dock if it is closed and move the keyboard into it."""
    dock = window.parameters
    dock.show()
    dock.raise_()
    inside = dock.widget() or dock
    widget = inside.nextInFocusChain()
    for _ in range(500):  # the first control in the dock that takes the keyboard
        if widget is None or widget is inside or not inside.isAncestorOf(widget):
            break
        tab = QtCore.Qt.FocusPolicy.TabFocus
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & tab:
            widget.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
    dock.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)


def _action(
    menu: QMenu,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
) -> QAction:
    action = QtGui.QAction(menu.parent())  # (QAction(text, parent) builds QIcon's enums: ~2 ms)
    action.setText(text)
    # setShortcuts, not setShortcut: resolving that overload builds every Qt:: enum
    # (~20 ms) before the first paint. A standard key also gets all its bindings.
    if isinstance(shortcut, QtGui.QKeySequence):
        action.setShortcuts([shortcut])
    elif shortcut is not None:
        action.setShortcuts(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action
