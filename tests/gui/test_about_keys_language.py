"""The shortcuts table in German: Qt's own translation names Delete "Entf" and Escape
"Esc"/"Échap"; the keys are chosen by their untranslated names, so none goes missing."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.dialogs.about import shortcut_rows
from app.ui.i18n import install_language, remove_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """German installed: a compiled switchboard_de.qm (one string) and Qt's own German."""
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    i18n = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = i18n
    spec.loader.exec_module(i18n)
    ts = tmp_path / "switchboard_de.ts"
    i18n.write_ts(ts, "de", [i18n.Message("sample", "Send", "", False)])
    text = ts.read_text(encoding="utf-8")
    ts.write_text(
        text.replace('<translation type="unfinished" />', "<translation>Senden</translation>"),
        encoding="utf-8",
    )
    i18n.compile_all(tmp_path)
    language = install_language(qapp, "de", tmp_path, environ={})
    assert language.qt_file  # (Qt's German, which names the keys)
    yield
    remove_language(QCoreApplication.instance())  # type: ignore[arg-type]


def test_delete_and_escape_stay_in_the_shortcuts_table_in_german(german: None) -> None:
    root = QWidget()
    remove = QAction("Nachricht löschen", root)
    remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    root.addAction(remove)
    stop = QShortcut(QKeySequence("Esc"), root)
    stop.setWhatsThis("Antwort anhalten")
    close = QAction("Schließen", root)
    close.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence(QKeySequence.StandardKey.Back)])
    root.addAction(close)
    delete_name = QKeySequence("Del").toString(QKeySequence.SequenceFormat.NativeText)
    assert delete_name == "Entf"  # (the German name, shown as the user's keyboard says)
    rows = dict(shortcut_rows(root))
    assert rows["Nachricht löschen"] == delete_name
    assert rows["Antwort anhalten"] == "Esc"
    native = [
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
        for k in ("Ctrl+W", "Alt+Left")
    ]
    assert rows["Schließen"] == ", ".join(native)  # (not the media "Back" key)
