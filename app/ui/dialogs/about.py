"""The Help menu's windows: every keyboard shortcut, and About (version, licence, data folder).

The shortcut list is read from the window's own actions and shortcuts when it opens, so it
cannot drift from what the keys do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core import APP_NAME
from app.core.i18n import translate

from ..external import open_link

LICENCE = "MIT"
CREDITS_URL = "https://openrouter.ai/settings/credits"
KEYS_URL = "https://openrouter.ai/settings/keys"


def typing_keys() -> tuple[tuple[str, str], ...]:
    """Keys the message box handles itself (not actions): shown after the actions."""
    return (
        (
            translate("about", "Send the message"),
            translate("about", "Enter (or Ctrl+Enter, when Enter adds a line)"),
        ),
        (translate("about", "Add a line to the message"), "Shift+Enter"),
    )


def open_in_browser(url: str) -> bool:
    """Open a web page (or a folder) with the system's handler, in the user's environment."""
    return open_link(url)


def shortcut_rows(root: QWidget) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action and shortcut under ``root`` that has keys,
    in the order they were made, each once."""
    rows: list[tuple[str, str]] = []
    for action in root.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and action.text():
            rows.append((_plain(action.text()), keys))
    for shortcut in root.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys and shortcut.whatsThis():
            rows.append((shortcut.whatsThis(), keys))
    rows.extend(typing_keys())
    merged: dict[str, list[str]] = {}
    for what, keys in rows:
        seen = merged.setdefault(what, [])
        seen.extend(k for k in keys.split(", ") if k not in seen)
    return [(what, ", ".join(keys)) for what, keys in merged.items()]


_PLAIN_KEYS = frozenset({"Home", "End", "PgUp", "PgDown", "Space", "Return", "Enter", "Tab"})


def _keys(sequences: list[QKeySequence]) -> str:
    """The sequences as the user's system writes them ("Entf" in German), chosen by their
    untranslated names (which a translation cannot lengthen past the test)."""
    portable = QKeySequence.SequenceFormat.PortableText
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(
        s.toString(native)
        for s in sequences
        if not s.isEmpty() and _on_a_keyboard(s.toString(portable))
    )


def _on_a_keyboard(name: str) -> bool:
    """Not the media keys a standard binding adds ("Close", "Back"): no one has them.
    ``name`` is Qt's portable (English) name: "Del", "Esc", "Ctrl+W"."""
    return "+" in name or len(name) <= 3 or name in _PLAIN_KEYS


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


class ShortcutsDialog(QDialog):
    """A two-column table: what it does, and the keys. No signals."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about", "Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(translate("about", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("about", "Action"), translate("about", "Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        rows_height = self.table.verticalHeader().length() + header.height()
        self.resize(560, min(640, rows_height + 90))

    def rows(self) -> list[tuple[str, str]]:
        table = self.table

        def text(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(table.rowCount())]


class AboutDialog(QDialog):
    """Version, licence and where the data lives (with a button that opens it). No signals."""

    def __init__(self, data_folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about", "About {app}").format(app=APP_NAME))
        self.data_folder = data_folder
        title = QLabel(f"<b>{APP_NAME}</b> {__version__}", self)
        blurb = QLabel(translate("about", "A desktop chat client for OpenRouter."), self)
        licence = QLabel(translate("about", "Licence: {licence}").format(licence=LICENCE), self)
        place = (
            str(data_folder)
            if data_folder is not None
            else translate("about", "(not known until the app has started)")
        )
        where = QLabel(
            translate("about", "Your conversations and settings are kept in:\n{place}").format(
                place=place
            ),
            self,
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(translate("about", "Open data folder"), self)
        self.open_button.clicked.connect(self.open_data_folder)
        self.open_button.setEnabled(data_folder is not None)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        for label in (title, blurb, licence, where):
            layout.addWidget(label)
        layout.addLayout(row)
        self.setMinimumWidth(440)

    def open_data_folder(self) -> None:
        if self.data_folder is None:
            return
        self.data_folder.mkdir(parents=True, exist_ok=True)
        open_link(QUrl.fromLocalFile(str(self.data_folder)))
