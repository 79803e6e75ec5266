"""Regenerate with…: another preset or model for one new version of the last answer, the
conversation's own settings left as they are."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.core.params import SamplingParams
from app.ui.versions_flow import MENU_NAME, ONLY_THIS_VERSION
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

WIZARD = "microsoft/wizardlm-2-8x22b"
MINI = "openai/gpt-4o-mini"
FREE = "meta-llama/llama-3.3-8b-instruct:free"

# The offscreen platform cannot raise a popup or grab the keyboard for it (a real one does).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def ask(app: App, text: str = "Question") -> int:
    """Send ``text``; the id of its answer."""
    app.send(text)
    app.wait_idle()
    return app.history.messages(app.view.conversation_id)[-1].id


def open_menu(app: App, answer_id: int) -> QMenu:
    app.view.regenerate_with_requested.emit(answer_id)
    menu = app.view.findChild(QMenu, MENU_NAME)
    assert menu is not None
    return menu


def choose(menu: QMenu, label: str) -> None:
    (action,) = [a for a in menu.actions() if a.text() == label]
    menu.hide()
    action.trigger()


def pick(menu: QMenu, data: str) -> None:
    """Choose the entry for ``preset:<name>`` or ``model:<id>``."""
    (action,) = [a for a in menu.actions() if a.data() == data]
    menu.hide()
    action.trigger()


def test_regenerate_with_a_preset_makes_one_version_with_its_parameters(app: App) -> None:
    app.fake.push(Scenario(text="First try."), Scenario(text="Precise try."))
    answer_id = ask(app)
    cid = app.view.conversation_id
    before = app.history.get_conversation(cid)
    assert before is not None
    menu = open_menu(app, answer_id)
    texts = [a.text() for a in menu.actions()]
    assert ONLY_THIS_VERSION in texts and "Precise" in texts and "Creative" in texts
    assert any("this conversation's" in t for t in texts)
    choose(menu, "Precise")
    app.wait_idle()
    body = app.fake.chat_requests[-1].json
    assert body["temperature"] == 0.2 and body["top_p"] == 0.9
    assert body["messages"] == [{"role": "user", "content": "Question"}]
    # The conversation's settings are as they were: the next send uses them.
    after = app.history.get_conversation(cid)
    assert after is not None and after.settings == before.settings
    assert after.settings.params == SamplingParams()
    shown = app.history.messages(cid)
    assert [m.content for m in shown] == ["Question", "Precise try."]
    new = shown[-1]
    assert new.settings is not None and new.settings.params.temperature == 0.2
    assert app.history.versions(cid)[new.id] == (answer_id, new.id)
    app.view.transcript.action_requested.emit("details", new.id)
    details = app.notices.of_kind("show_text")[-1].text
    assert "temperature=0.2" in details and "top_p=0.9" in details
    assert f"Model requested: {WIZARD}" in details
    app.fake.push(Scenario(text="Next."))
    ask(app, "And then?")
    assert "temperature" not in app.fake.chat_requests[-1].json


def test_regenerate_with_another_model_sends_that_model(app: App) -> None:
    app.fake.push(Scenario(text="From the wizard."), Scenario(text="Again from the wizard."))
    cid_answer = ask(app)
    cid = app.view.conversation_id
    conversation = app.history.get_conversation(cid)
    assert conversation is not None
    # The conversation moves on to another model; the one its answer came from stays offered.
    app.services.conversations.update_settings(cid, replace(conversation.settings, model=MINI))
    menu = open_menu(app, cid_answer)
    labels = [a.text() for a in menu.actions()]
    assert "OpenAI: GPT-4o-mini (this conversation's)" in labels
    pick(menu, f"model:{WIZARD}")
    app.wait_idle()
    assert app.fake.chat_requests[-1].json["model"] == WIZARD
    stored = app.history.get_conversation(cid)
    assert stored is not None and stored.settings.model == MINI
    new = app.history.messages(cid)[-1]
    assert new.content == "Again from the wizard." and new.settings is not None
    assert new.settings.model == WIZARD
    app.qtbot.waitUntil(lambda: app.history.messages(cid)[-1].cost is not None)


def test_the_menu_works_from_the_keyboard(app: App) -> None:
    app.fake.push(Scenario(text="First."), Scenario(text="Second."))
    answer_id = ask(app)
    menu = open_menu(app, answer_id)
    app.qtbot.waitUntil(menu.isVisible)
    assert menu.activeAction() is not None and menu.activeAction().text() == "Balanced"
    app.qtbot.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction().text() == "Precise"
    app.qtbot.keyClick(menu, Qt.Key.Key_Return)
    app.wait_idle()
    assert app.fake.chat_requests[-1].json["temperature"] == 0.2


def test_not_while_the_conversation_streams(app: App) -> None:
    app.fake.push(Scenario(text="First."), Scenario(text="Slow " * 40, token_delay=0.05))
    answer_id = ask(app)
    app.view.regenerate()
    app.qtbot.waitUntil(lambda: app.view.busy)
    app.view.regenerate_with_requested.emit(answer_id)
    assert app.view.findChild(QMenu, MENU_NAME) is None
    assert app.notices.said("Wait until the answer being written has finished")
    app.view.stop()
    app.wait_idle()


def test_the_spending_guard_prices_the_versions_own_model(app: App) -> None:
    app.fake.push(Scenario(text="From the wizard."), Scenario(text="Free again."))
    answer_id = ask(app)
    cid = app.view.conversation_id
    conversation = app.history.get_conversation(cid)
    assert conversation is not None
    app.services.conversations.update_settings(cid, replace(conversation.settings, model=FREE))
    window = app.window
    assert window.settings is not None
    window.apply_settings(replace(window.settings, confirm_above=Decimal("0.0000001")))
    # The conversation's free model: nothing to confirm.
    pick(open_menu(app, answer_id), f"model:{FREE}")
    app.wait_idle()
    assert app.notices.of_kind("confirm") == []
    assert app.fake.chat_requests[-1].json["model"] == FREE
    # The priced model the first answer came from: asked first, and "No" sends nothing.
    requests = len(app.fake.chat_requests)
    app.notices.answer(False)
    pick(open_menu(app, app.history.messages(cid)[-1].id), f"model:{WIZARD}")
    assert len(app.notices.of_kind("confirm")) == 1
    assert not app.view.busy and len(app.fake.chat_requests) == requests
