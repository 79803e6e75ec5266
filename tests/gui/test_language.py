"""The interface language installed at start (app/ui/i18n.py): a real .qm built by lrelease
from a .ts, Qt's own translation beside it, the locale and the layout direction; a missing
translation falls back to English; the pseudo language marks every string."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app.core.i18n import local_money, local_number, translate
from app.ui.i18n import install_language, remove_language
from tests.helpers.i18n_tool import load_i18n_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """Translations for German and Arabic of two strings, built into .qm files."""
    i18n = load_i18n_tool()
    source = [
        i18n.Message("sample", "Send", "", False),
        i18n.Message("sample", "%n answers", "one: %n answer", True),
    ]
    words = {
        "de": ("Senden", ["%n Antwort", "%n Antworten"]),
        "ar": ("إرسال", ["%n إجابات"] * 6),
    }
    for code, (send, forms) in words.items():
        ts = tmp_path / f"switchboard_{code}.ts"
        i18n.write_ts(ts, code, source)
        text = ts.read_text(encoding="utf-8").replace(
            '<translation type="unfinished" />', f"<translation>{send}</translation>"
        )
        for form in forms:
            text = text.replace("<numerusform />", f"<numerusform>{form}</numerusform>", 1)
        ts.write_text(text.replace(' type="unfinished"', ""), encoding="utf-8")
    i18n.compile_all(tmp_path)
    yield tmp_path
    remove_language(QCoreApplication.instance())  # type: ignore[arg-type]


def test_german_translates_the_app_and_qt_and_formats_numbers_the_german_way(
    qapp: QApplication, folder: Path
) -> None:
    language = install_language(qapp, "de", folder, environ={})
    assert language.code == "de" and language.qt_file
    assert translate("sample", "Send") == "Senden"
    assert translate("sample", "%n answers", "one: %n answer", 1) == "1 Antwort"
    assert translate("sample", "%n answers", "one: %n answer", 3) == "3 Antworten"
    assert translate("sample", "Not in the file") == "Not in the file"  # (English, not empty)
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    assert local_money("1,234.50") == "1.234,50\xa0$"  # (US dollars, written the German way)
    assert local_number("0.0012") == "0,0012"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_lays_the_window_out_right_to_left(qapp: QApplication, folder: Path) -> None:
    language = install_language(qapp, "ar", folder, environ={})
    assert language.code == "ar"
    assert translate("sample", "Send") == "إرسال"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "$" in local_money("2.50") and "2.50" not in local_money("2.50")
    remove_language(qapp)
    assert local_money("2.50") == "$2.50"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_missing_translation_falls_back_to_english(qapp: QApplication, folder: Path) -> None:
    language = install_language(qapp, "fr", folder, environ={})  # (no .qm for French here)
    assert language.code == "en" and language.app_file is None
    assert translate("sample", "Send") == "Send"


def test_the_environment_overrides_the_setting_and_pseudo_marks_everything(
    qapp: QApplication, folder: Path
) -> None:
    assert install_language(qapp, "ar", folder, environ={"SWITCHBOARD_LANGUAGE": "de"}).code == "de"
    remove_language(qapp)
    language = install_language(qapp, "de", folder, environ={"SWITCHBOARD_LANGUAGE": "pseudo"})
    assert language.code == "pseudo"
    assert translate("sample", "Anything at all") == "⟦Anything at all⟧"
    assert translate("sample", "%n answers", "one: %n answer", 2) == "⟦2 answers⟧"


def test_english_on_a_system_with_no_locale_writes_dates_the_english_way(tmp_path: Path) -> None:
    """With no locale set (LANG=C, as in many containers and service sessions), Qt's "C"
    locale would write a date as "1 12 2026 00:14": English's own is used instead."""
    import os
    import subprocess
    import sys

    code = (
        "from pathlib import Path\n"
        "from PySide6.QtCore import QDate, QLocale\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from app.ui.i18n import install_language\n"
        "app = QApplication([])\n"
        "install_language(app, 'system', Path('.'), environ={})\n"
        "print(QLocale().name(), QLocale().toString(QDate(2026, 12, 1), 'MMMM'))\n"
    )
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "LANGUAGE": "", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["en_US", "December"]
