"""Issue #14, look and feel: contrast in both themes, the Help menu, shortcuts, the empty
states, and message labels a screen reader can read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.render.contrast import contrast_ratio
from app.ui.theme import apply_theme, error_color, warning_color
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

Role = QPalette.ColorRole


@pytest.fixture
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[QApplication]:
    if request.param == "system":
        qapp.setStyle("Fusion")  # what Qt draws on a desktop with no style of its own
    apply_theme(qapp, request.param)
    try:
        yield qapp
    finally:
        apply_theme(qapp, "system")


def _pairs(palette: QPalette) -> dict[str, tuple[QColor, QColor, float]]:
    """The colours that must contrast, each with the ratio AA asks: 4.5 for text on its
    background, 3 for the edges of controls and for the focus ring."""
    active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled

    def pair(
        group: QPalette.ColorGroup, fg: QPalette.ColorRole, bg: QPalette.ColorRole, ratio: float
    ) -> tuple[QColor, QColor, float]:
        return (palette.color(group, fg), palette.color(group, bg), ratio)

    return {
        "text on window": pair(active, Role.WindowText, Role.Window, 4.5),
        "text on base": pair(active, Role.Text, Role.Base, 4.5),
        "text on alternate rows": pair(active, Role.Text, Role.AlternateBase, 4.5),
        "button text": pair(active, Role.ButtonText, Role.Button, 4.5),
        "selected text": pair(active, Role.HighlightedText, Role.Highlight, 4.5),
        "tooltip text": pair(active, Role.ToolTipText, Role.ToolTipBase, 4.5),
        "placeholder": pair(active, Role.PlaceholderText, Role.Base, 4.5),
        "link on base": pair(active, Role.Link, Role.Base, 4.5),
        "link on window": pair(active, Role.Link, Role.Window, 4.5),
        "quiet text (a parameter that is off)": pair(active, Role.Mid, Role.Base, 4.5),
        "disabled text on window": pair(disabled, Role.WindowText, Role.Window, 4.5),
        "disabled text on base": pair(disabled, Role.Text, Role.Base, 4.5),
        "disabled button text": pair(disabled, Role.ButtonText, Role.Button, 4.5),
        "control edge on window": pair(active, Role.Mid, Role.Window, 3.0),
        "control edge on base": pair(active, Role.Mid, Role.Base, 3.0),
        "focus ring on window": pair(active, Role.Highlight, Role.Window, 3.0),
        "focus ring on base": pair(active, Role.Highlight, Role.Base, 3.0),
        "problem text on window": (QColor(error_color(palette)), palette.color(Role.Window), 4.5),
        "problem text on base": (QColor(error_color(palette)), palette.color(Role.Base), 4.5),
        "warning text on window": (QColor(warning_color(palette)), palette.color(Role.Window), 4.5),
    }


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_every_palette_pair_meets_wcag_aa(themed: QApplication) -> None:
    failing = {
        what: f"{fg.name()} on {bg.name()}: {contrast_ratio(fg.name(), bg.name()):.2f} < {need}"
        for what, (fg, bg, need) in _pairs(themed.palette()).items()
        if contrast_ratio(fg.name(), bg.name()) < need
    }
    assert failing == {}


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_an_unchecked_box_has_an_edge_that_stands_out_from_the_window(
    themed: QApplication, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    box = QCheckBox("Temperature")
    qtbot.addWidget(box)
    box.resize(200, 40)
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    edge = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    window = themed.palette().color(Role.Window).name()
    ratios = [
        contrast_ratio(image.pixelColor(edge.left(), y).name(), window)
        for y in range(edge.top() + 2, edge.bottom() - 1)
    ]
    assert max(ratios) >= 3.0, ratios


# -- the Help menu and the shortcuts ------------------------------------------------------------


def _action(window: Any, text: str) -> Any:
    from PySide6.QtGui import QAction

    found = [a for a in window.findChildren(QAction) if a.text().replace("&", "") == text]
    assert found, text
    return found[0]


def _menu(window: Any, title: str) -> list[str]:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title]
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_help_lists_every_shortcut_the_window_has(app: App) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    from app.ui.menus import shortcuts_dialog

    assert _menu(app.window, "Help") == [
        "Keyboard shortcuts",
        "OpenRouter credits (web page)",
        "OpenRouter keys (web page)",
        "About Switchboard",
    ]
    dialog = shortcuts_dialog(app.window)
    app.qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Regenerate the newest answer"] == "Ctrl+R"
    assert rows["Copy the newest answer"] == "Ctrl+Shift+C"
    assert rows["Go to the parameters"] == "Ctrl+Shift+P"
    assert rows["Next tab"] == "Ctrl+Tab, Ctrl+PgDown"
    assert rows["Stop the answer"] == "Esc"
    assert "Close" not in rows["Close conversation"].split(", ")  # (a media key)
    native = QKeySequence.SequenceFormat.NativeText
    for action in app.window.findChildren(QAction):  # nothing with keys is left out
        for keys in action.shortcuts():
            name = keys.toString(native)
            assert name in " ".join(rows.values()) or "+" not in name, action.text()
    dialog.close()


def test_the_help_opens_openrouters_pages_and_about_shows_version_licence_and_data(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QLabel

    from app import __version__
    from app.ui.menus import about_dialog

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    _action(app.window, "OpenRouter credits (web page)").trigger()
    _action(app.window, "OpenRouter keys (web page)").trigger()
    assert opened == [
        "https://openrouter.ai/settings/credits",
        "https://openrouter.ai/settings/keys",
    ]
    app.window.attach(replace(app.services, data_folder=tmp_path / "data"))
    dialog = about_dialog(app.window)
    app.qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in text and "MIT" in text
    assert str(tmp_path / "data") in text
    dialog.open_button.click()
    assert opened[-1] == (tmp_path / "data").as_uri()
    dialog.close()


def test_ctrl_r_regenerates_the_newest_answer_and_ctrl_shift_c_copies_it(app: App) -> None:
    from PySide6.QtGui import QGuiApplication

    app.fake.push(Scenario(text="First answer."))
    app.send("Say something")
    app.wait_idle()
    app.fake.push(Scenario(text="Second answer."))
    regenerate = _action(app.window, "Regenerate the newest answer")
    assert [k.toString() for k in regenerate.shortcuts()] == ["Ctrl+R"]
    regenerate.trigger()
    app.qtbot.waitUntil(lambda: "Second answer." in app.view.transcript.toPlainText())
    app.wait_idle()
    assert "First answer." not in app.view.transcript.toPlainText()
    copy = _action(app.window, "Copy the newest answer")
    assert [k.toString() for k in copy.shortcuts()] == ["Ctrl+Shift+C"]
    copy.trigger()
    assert QGuiApplication.clipboard().text() == "Second answer."


def test_ctrl_shift_p_opens_the_parameters_dock_and_moves_the_keyboard_into_it(
    app: App,
) -> None:
    dock = app.window.parameters
    dock.hide()
    go = _action(app.window, "Go to the parameters")
    assert [k.toString() for k in go.shortcuts()] == ["Ctrl+Shift+P"]
    go.trigger()
    assert dock.isVisible()
    app.qtbot.waitUntil(lambda: dock.isAncestorOf(QApplication.focusWidget()))
    go.trigger()  # again: still there, still in it
    assert dock.isVisible() and dock.isAncestorOf(QApplication.focusWidget())


# -- heard as well as seen -----------------------------------------------------------------------


def _heard(widget: Any) -> str:
    """What a screen reader reads for a widget: its name, then its value."""
    from PySide6.QtGui import QAccessible

    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    parts = (face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Value))
    return " ".join(p for p in parts if p)


def test_a_refused_key_is_read_out_not_just_shown(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAccessible

    from app.store.secrets import KeyStore
    from tests.gui.test_key_flows import with_account
    from tests.helpers.keyrings import TRUSTED, MemoryKeyring

    with_account(app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))
    panel = app.window.account_flow.welcome.panel
    announced: list[str] = []
    monkeypatch.setattr(
        QAccessible,
        "updateAccessibility",
        lambda event: announced.append(event.message()) if hasattr(event, "message") else None,
    )
    panel.key_field.setText("sk-or-v1-not-a-real-key")
    panel.check_button.click()
    app.qtbot.waitUntil(lambda: "did not accept" in panel.status.text(), timeout=5000)
    app.qtbot.waitUntil(panel.check_button.isEnabled, timeout=5000)
    assert "did not accept" in _heard(panel.status)
    assert panel.status.accessibleDescription() == "Key status"
    assert any("did not accept" in said for said in announced)  # said at once, too


def test_the_cost_of_a_send_and_the_answer_status_are_read_out(app: App) -> None:
    view = app.view
    view._estimator = lambda text, attachments: "about $0.0004, at most $0.005"
    view.composer.setPlainText("How much is this?")
    view.refresh_estimate()
    assert view.estimate.text() in _heard(view.estimate)
    assert "$0.0004" in _heard(view.estimate)
    assert view.estimate.accessibleDescription() == "Estimated cost of this message"
    view.status.setText("Waiting for the model…")
    assert "Waiting for the model" in _heard(view.status)


# -- a current desktop app -------------------------------------------------------------------------


@pytest.mark.parametrize("themed", ["light", "dark", "system"], indirect=True)
@pytest.mark.parametrize("hovered", [False, True])
def test_the_active_tabs_close_button_is_a_plain_glyph_not_a_red_square(
    themed: QApplication, qtbot: Any, hovered: bool
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOption

    option = QStyleOption()
    option.rect = QRect(0, 0, 16, 16)
    option.palette = themed.palette()
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Selected
    if hovered:
        option.state |= QStyle.StateFlag.State_Raised
    window = themed.palette().color(Role.Window)
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(window)
    painter = QPainter(image)
    themed.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorTabClose, option, painter)
    painter.end()
    pixels = [image.pixelColor(x, y) for x in range(16) for y in range(16)]
    reddish = [
        p.name() for p in pixels if p.red() > 140 and p.red() - max(p.green(), p.blue()) > 60
    ]
    assert reddish == []
    best = max(contrast_ratio(p.name(), window.name()) for p in pixels)
    assert best >= 3.0  # the × itself is plain to see


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_save_as_preset_shows_its_whole_hint_and_whole_errors(qtbot: Any) -> None:
    from app.ui.dialogs.presets import SavePresetDialog

    dialog = SavePresetDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.description
    hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert field.width() >= hint + 16  # the hint is not cut off
    dialog.error.setText(
        "A preset needs a name that is not already taken by a built-in preset; "
        "choose another name, or rename the preset that has it, then press Save again."
    )
    qtbot.waitUntil(
        lambda: dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    )


def test_an_empty_library_and_a_new_conversation_say_what_to_do(app: App) -> None:
    library = app.window.library
    assert library.empty.isVisible() and not library.list.isVisible()
    assert library.empty.text() == "No conversations yet. Type a message below to start one."
    transcript = app.view.transcript
    assert transcript.document().isEmpty()
    assert transcript.placeholderText() == "Type a message below to start."

    app.fake.push(Scenario(text="Hello there."))
    app.send("Hi")
    app.wait_idle()
    library.refresh()
    assert library.list.isVisible() and not library.empty.isVisible()
    row = library.list.visualItemRect(library.list.item(0))
    lines = library.list.item(0).text().count("\n") + 1
    assert row.height() >= lines * library.list.fontMetrics().lineSpacing() + 12  # padded
    library.search.setText("<b>nothing like this</b>")  # (the search runs after a pause)
    app.qtbot.waitUntil(library.empty.isVisible)
    assert library.empty.text() == "No conversations match “<b>nothing like this</b>”."


def test_the_window_made_before_a_change_of_theme_follows_it(app: App, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QLineEdit

    app.fake.push(Scenario(text="Hello there."))
    app.send("Hi")
    app.wait_idle()
    library = app.window.library
    library.refresh()
    (number,) = [
        w
        for w in app.window.parameters.findChildren(QLineEdit)
        if w.accessibleName() == "Temperature"
    ]
    try:
        for theme in ("dark", "light", "dark"):
            apply_theme(qapp, theme)
            app.qtbot.wait(20)
            base = qapp.palette().color(Role.Base)
            for widget in (library.list, number):  # a number box of a parameter that is off
                image = widget.grab().toImage()
                inside = image.pixelColor(image.width() - 6, image.height() // 2)
                assert abs(inside.lightness() - base.lightness()) < 30, (theme, inside.name())
    finally:
        apply_theme(qapp, "system")
