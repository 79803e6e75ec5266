"""Compare these versions: an answer's versions side by side, and the one picked shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.money import format_usd
from app.core.presets import Preset
from app.ui.chat.versions_view import SHOWN, VersionsDialog
from app.ui.compare.compare_view import DIFF_COLOR
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

# The offscreen platform cannot size a dialog's window from its contents (a real one does).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

TEXTS = (
    "Bread rises because yeast makes gas.",
    "Bread rises because yeast breathes out carbon dioxide.",
    "Dough rises because yeast makes gas, and heat helps.",
)


def three_versions(app: App) -> list[int]:
    """Ask once, then regenerate twice with other presets: the three answers' ids."""
    app.fake.push(*(Scenario(text=text) for text in TEXTS))
    app.send("Why does bread rise?")
    app.wait_idle()
    presets = {p.name: p for p in app.presets.presets()}
    for name in ("Precise", "Creative"):
        preset: Preset = presets[name]
        conversation = app.history.get_conversation(app.view.conversation_id)
        assert conversation is not None
        app.view.regenerate_for_version(preset.apply_to(conversation.settings))
        app.wait_idle()
    cid = app.view.conversation_id
    last = app.history.messages(cid)[-1].id
    ids = list(app.history.versions(cid)[last])
    app.qtbot.waitUntil(
        lambda: all(m is not None and m.cost is not None for m in map(app.history.get_message, ids))
    )
    return ids


def open_dialog(app: App, answer_id: int) -> VersionsDialog:
    app.view.compare_versions_requested.emit(answer_id)
    dialog = app.window.findChild(VersionsDialog)
    assert dialog is not None
    return dialog


def test_three_versions_side_by_side(app: App) -> None:
    ids = three_versions(app)
    dialog = open_dialog(app, ids[-1])
    assert dialog.isVisible()
    assert [c.message_id for c in dialog.columns] == ids
    for column, text, message_id in zip(dialog.columns, TEXTS, ids, strict=True):
        message = app.history.get_message(message_id)
        assert message is not None and message.cost is not None
        assert column.answer.toPlainText().strip() == text
        assert format_usd(message.cost) in column.figures.text()
        assert "tokens" in column.figures.text()
    # Settings: the temperature differs, so it is marked; the model is the same, so it is not.
    first, second, third = (c.settings.text() for c in dialog.columns)
    assert "Temperature:</span> not set" in first.replace(
        f'<b style="background:{DIFF_COLOR}; color:#000">', ""
    )
    assert f'<b style="background:{DIFF_COLOR}; color:#000">0.2</b>' in second
    assert f'<b style="background:{DIFF_COLOR}; color:#000">1.1</b>' in third
    assert "microsoft/wizardlm-2-8x22b</b>" not in first
    # The one on screen says so.
    assert [c.show_button.text() for c in dialog.columns][-1] == SHOWN
    assert not dialog.columns[-1].show_button.isEnabled()


def test_highlight_differences_marks_the_words_that_differ(app: App) -> None:
    ids = three_versions(app)
    dialog = open_dialog(app, ids[0])
    assert DIFF_COLOR not in dialog.columns[1].answer.toHtml()
    dialog.highlight.setChecked(True)
    marked = dialog.columns[1].answer.toHtml()
    assert (
        DIFF_COLOR in marked
        and "breathes out carbon dioxide" in dialog.columns[1].answer.toPlainText()
    )
    dialog.highlight.setChecked(False)
    assert DIFF_COLOR not in dialog.columns[1].answer.toHtml()


def test_show_this_one_switches_what_the_chat_shows(app: App) -> None:
    ids = three_versions(app)
    dialog = open_dialog(app, ids[-1])
    dialog.columns[0].show_button.click()
    cid = app.view.conversation_id
    assert [m.id for m in app.history.messages(cid)][-1] == ids[0]
    assert TEXTS[0] in app.view.transcript.toPlainText()
    assert TEXTS[2] not in app.view.transcript.toPlainText()
    assert dialog.columns[0].show_button.text() == SHOWN
    assert dialog.columns[2].show_button.isEnabled()
    # Esc closes it.
    app.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    app.qtbot.waitUntil(lambda: not dialog.isVisible())


def test_an_answer_with_one_version_says_so(app: App) -> None:
    app.fake.push(Scenario(text="Only one."))
    app.send("Hello")
    app.wait_idle()
    answer = app.history.messages(app.view.conversation_id)[-1]
    app.view.compare_versions_requested.emit(answer.id)
    assert app.window.findChild(VersionsDialog) is None
    assert app.notices.said("only one version")
