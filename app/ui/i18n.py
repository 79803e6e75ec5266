"""The interface language, set once at start: Switchboard's translation, Qt's own (standard
buttons, context menus), the locale numbers and dates follow, and the layout direction
(right-to-left for Arabic).

``SWITCHBOARD_LANGUAGE`` overrides the setting for one run (a language code, or ``pseudo``:
every translated string is shown marked, which tests use to find text that bypasses
translation).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.i18n import (
    LANGUAGES,
    RIGHT_TO_LEFT,
    NumberStyle,
    choose_language,
    set_number_style,
    set_translator,
)

PSEUDO = "pseudo"
# Marks around every pseudo-translated string: letters no English text has.
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_installed: list[QTranslator] = []  # (Qt does not own them: kept alive here)


class PseudoTranslator(QTranslator):
    """Translates every string to itself between ``⟦ ⟧``: a string on screen without the
    marks did not go through translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return f"{PSEUDO_OPEN}{source}{PSEUDO_CLOSE}" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt)
        return False


class Language(NamedTuple):  # (not a dataclass: made before the first paint, 0.5 ms)
    code: str  # a key of LANGUAGES, or "pseudo"
    app_file: Path | None  # the translation loaded (None: English or pseudo)
    qt_file: bool  # Qt's own translation loaded too


def install_language(
    app: QCoreApplication,
    setting: str,
    translations: Path,
    environ: Mapping[str, str] | None = None,
) -> Language:
    """Choose the language (``SWITCHBOARD_LANGUAGE``, else the setting, else the system's)
    and install its translators before any window is made. A missing or unreadable
    translation falls back to English, never stops the start."""
    import os

    forced = (environ if environ is not None else os.environ).get("SWITCHBOARD_LANGUAGE", "")
    if forced == PSEUDO:
        _install(app, PseudoTranslator(app))
        return Language(PSEUDO, None, False)
    system = QLocale.system()
    code = choose_language(forced if forced in LANGUAGES else setting, system.uiLanguages())
    if code == "en":
        set_translator(None)
        if system.name() == "C":  # no locale set at all: dates as in English, not "1 12 2026"
            QLocale.setDefault(QLocale("en_US"))
        return Language("en", None, False)
    locale = QLocale(code)
    # Numbers and dates the person's own regional way when the system speaks the same
    # language (Swiss German writes 1'234.50, not 1.234,50), else the language's own.
    regional = system if system.language() == locale.language() else locale
    QLocale.setDefault(regional)
    own = QTranslator(app)
    app_file = translations / f"switchboard_{code}.qm"
    if not own.load(str(app_file)):
        QLocale.setDefault(system)
        set_translator(None)
        return Language("en", None, False)
    _install(app, own)
    set_number_style(number_style(regional))
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_loaded = qt.load(locale, "qtbase", "_", qt_folder)
    if qt_loaded:
        _install(app, qt)
    if code in RIGHT_TO_LEFT:  # (not QLocale.textDirection(): Qt's enums cost 20 ms to build)
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return Language(code, app_file, qt_loaded)


def number_style(locale: QLocale) -> NumberStyle:
    """How ``locale`` writes numbers, and where it puts a dollar amount's sign."""
    sample = locale.toString(1234.5, "f", 2)
    money = locale.toCurrencyString(1234.5, "$", 2)
    pattern = money.replace(sample, "{amount}") if sample in money else "${amount}"
    return NumberStyle(
        locale.decimalPoint() or ".", locale.groupSeparator(), locale.zeroDigit() or "0", pattern
    )


def remove_language(app: QCoreApplication) -> None:
    """Back to English, left to right, the system's locale (tests; a language chosen again)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    while _installed:
        app.removeTranslator(_installed.pop())
    set_translator(None)
    set_number_style(None)
    QLocale.setDefault(QLocale.system())
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
    set_translator(QCoreApplication.translate)
