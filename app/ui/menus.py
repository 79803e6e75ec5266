"""The window's menus: File and View."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from .main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """Fill the menu bar; the actions tests and shortcuts use are kept on the window."""
    keys = QKeySequence.StandardKey
    files = window.files
    file_menu = window.menuBar().addMenu("&File")
    window.new_action = _action(
        file_menu, "&New conversation", keys.AddTab, window.new_conversation
    )
    window.new_compare_action = _action(
        file_menu, "New c&omparison…", QKeySequence("Ctrl+Shift+T"), window.new_comparison
    )
    _action(file_menu, "&Close conversation", keys.Close, window.close_current_tab)
    file_menu.addSeparator()
    _action(file_menu, "&Import conversation…", None, files.import_conversation)
    _action(file_menu, "Export as &Markdown…", None, lambda: files.export_current("md"))
    _action(file_menu, "Export as &JSON…", None, lambda: files.export_current("json"))
    _action(file_menu, "Export &spending as CSV…", None, files.export_spending)
    file_menu.addSeparator()
    window.settings_action = _action(
        file_menu, "&Settings…", QKeySequence("Ctrl+,"), window.open_settings
    )
    file_menu.addSeparator()
    _action(file_menu, "&Quit", keys.Quit, window.close)
    view = window.menuBar().addMenu("&View")
    for dock, text, shortcut in (
        (window.library, "Conversation &library", "Ctrl+Shift+L"),
        (window.parameters, "&Parameters", "Ctrl+Shift+P"),
    ):
        toggle = dock.toggleViewAction()
        toggle.setText(text)
        toggle.setShortcuts([QKeySequence(shortcut)])
        view.addAction(toggle)
    enter_sends = QAction("&Enter sends (Shift+Enter for a new line)", window)
    enter_sends.setCheckable(True)
    enter_sends.setChecked(True)
    enter_sends.toggled.connect(window.set_enter_sends)
    view.addAction(enter_sends)
    window.enter_sends_action = enter_sends


def _action(
    menu: QMenu,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | None,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, menu.parent())
    # setShortcuts, not setShortcut: resolving that overload builds every Qt:: enum
    # (~20 ms) before the first paint. A standard key also gets all its bindings.
    if isinstance(shortcut, QKeySequence):
        action.setShortcuts([shortcut])
    elif shortcut is not None:
        action.setShortcuts(shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action
