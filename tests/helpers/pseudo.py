"""Finding text that bypasses translation: under the pseudo language every translated string
shows between ``⟦ ⟧``, so any other text a widget shows (a label, a button, a tooltip, a
title, a menu entry, a list item) was not translated.

``pseudo_language()`` installs it for a block; ``untranslated(widget)`` lists what such a
widget and its children show that is not marked (numbers, prices, model ids, file names and
the user's own text are not translatable and are left out).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.core.i18n import LANGUAGES, set_translator
from app.ui.i18n import PSEUDO_CLOSE, PSEUDO_OPEN, PseudoTranslator

# Text that is never translated: no letters at all, figures and prices, model and provider ids
# ("openai/gpt-4o"), file names, keyboard shortcuts, the app's name, URLs.
_NOT_WORDS = re.compile(
    r"^(?:[^A-Za-z]*|[\w.-]+/[\w.:~-]+|[\w.-]+\.\w{2,4}|(?:Ctrl|Alt|Shift|Meta|F\d+)[+\w]*"
    r"|Switchboard|OpenRouter|https?://\S+|[\d.,$%<>~≈+\-–—×: ]+(?:s|ms|M|K|k|MB|KB|GB|B|/M)?)$"
)


@contextmanager
def pseudo_language() -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = PseudoTranslator(app)
    app.installTranslator(translator)
    set_translator(QCoreApplication.translate)
    try:
        yield
    finally:
        app.removeTranslator(translator)
        set_translator(None)


def _strip_marked(text: str) -> str:
    """The text without its marked parts (what is left was not translated)."""
    out, depth = [], 0
    for char in text:
        if char == PSEUDO_OPEN:
            depth += 1
        elif char == PSEUDO_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(char)
    return "".join(out)


def unmarked(text: str, allowed: tuple[str, ...] = ()) -> str | None:
    """``text`` if some of it is words that were not translated, else None (a language's
    own name, as the language list shows it, is never translated)."""
    if text in LANGUAGES.values():
        return None
    rest = _strip_marked(re.sub(r"<[^>]+>|&\w+;", " ", text or "")).replace("\u200b", "")
    for word in allowed:
        rest = rest.replace(word, " ")
    # Addresses, paths and model ids ("openai/gpt-4o"), and HTTP's verbs, are not words to
    # translate, wherever they stand in a text.
    rest = re.sub(r"\S*[/\\]\S*|\b(?:POST|GET)\b", " ", rest)
    rest = " ".join(rest.split())
    if not rest or _NOT_WORDS.match(rest) or not re.search(r"[A-Za-z]{2,}", rest):
        return None
    return text


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for i in range(widget.count()):
            yield "choice", widget.itemText(i)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
    elif isinstance(widget, QMenu | QMenuBar):
        for action in widget.actions():
            yield "menu", action.text()
            plain = action.text().replace("&", "")
            yield "menu tooltip", action.toolTip() if action.toolTip() != plain else ""


def untranslated(
    root: QWidget,
    *,
    skip: tuple[QWidget, ...] = (),
    allowed: tuple[str, ...] = (),
    visible_only: bool = True,
) -> list[str]:
    """What ``root`` and its children show that did not go through translation, as
    "kind: text (ClassName)" lines. ``skip``: widgets (with their children) showing the
    user's or the model's own text. ``allowed``: strings known not to be translatable here
    (a preset's or conversation's name)."""
    found: list[str] = []
    skipped = {id(w) for w in skip}

    def walk(widget: QWidget) -> None:
        hidden = visible_only and not widget.isVisible() and widget is not root
        if id(widget) in skipped or hidden:
            return
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                if (bad := unmarked(widget.item(i).toolTip(), allowed)) is not None:
                    found.append(f"list tooltip: {bad} ({type(widget).__name__})")
        for kind, text in _texts(widget):
            if (bad := unmarked(text, allowed)) is not None:
                found.append(f"{kind}: {bad} ({type(widget).__name__})")
        for child in widget.findChildren(QWidget):
            if child.parentWidget() is widget:
                walk(child)

    walk(root)
    return found
