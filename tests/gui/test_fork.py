""" "Continue in a new tab": the dialog's choices, the new tab, the exact copy, what it sends."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.core.conversation import ChatSettings
from app.render.message_html import FORK_ACTION
from app.store.settings_file import AppSettings
from app.ui.fork_flow import ForkDialog
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

# Showing a dialog on the offscreen platform warns that it cannot size the window to it.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

FIELDS = ("role", "content", "reasoning", "model", "cost", "cost_is_billed", "status")


def _conversation(app: App) -> tuple[int, dict[str, int]]:
    """Three turns; the second answer has an older version off screen."""
    history = app.history
    settings = ChatSettings(system_prompt="Be brief.")
    cid = history.create_conversation("Trip plan", settings).id
    ids: dict[str, int] = {}
    for name, role, text in (("q1", "user", "Where to?"), ("a1", "assistant", "Lisbon.")):
        ids[name] = history.add_message(cid, role, text).id
    ids["q2"] = history.add_message(cid, "user", "When?").id
    ids["a2-old"] = history.add_message(cid, "assistant", "In May.").id
    ids["a2"] = history.add_message(
        cid,
        "assistant",
        "In June.",
        parent=ids["q2"],
        reasoning="Weather is best then.",
        model="some/model",
        cost=Decimal("0.0021"),
        cost_is_billed=True,
    ).id
    ids["q3"] = history.add_message(cid, "user", "How long?").id
    ids["a3"] = history.add_message(cid, "assistant", "A week.").id
    return cid, ids


def _ask(app: App, cid: int, message_id: int) -> ForkDialog:
    app.window.open_conversation(cid)
    assert app.view.conversation_id == cid
    app.view.transcript.action_requested.emit(FORK_ACTION, message_id)
    dialog = app.window.findChild(ForkDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fields(messages: list[object]) -> list[tuple[object, ...]]:
    return [tuple(getattr(m, name) for name in FIELDS) for m in messages]


def test_continue_from_the_middle_copies_the_branch_up_to_there(app: App) -> None:
    cid, ids = _conversation(app)
    dialog = _ask(app, cid, ids["a2"])
    tabs = app.window.tabs.count()
    assert "(4 messages)" in dialog.whole.text()
    note = dialog.whole_note.text()  # priced from the catalogue (WizardLM-2 in the fake's)
    assert note.startswith("About ") and "tokens, about $" in note
    assert note.endswith("to send again with each message.")
    assert dialog.turns.maximum() == 2 and not dialog.turns.isEnabled()
    app.qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: app.window.tabs.count() == tabs + 1)
    view = app.view
    new = view.conversation_id
    assert new != cid
    conversation = app.history.get_conversation(new)
    assert conversation is not None and conversation.title == "Trip plan (continued)"
    assert conversation.settings == app.history.get_conversation(cid).settings  # type: ignore[union-attr]
    original = app.history.messages(cid)[:4]
    copied = app.history.messages(new)
    assert _fields(copied) == _fields(original)  # thinking and the cost shown, as they were
    assert [m.content for m in copied] == ["Where to?", "Lisbon.", "When?", "In June."]
    assert app.history.versions(new) == {}  # one branch: the other version stays behind
    assert app.costs.spending(AppSettings(), [new]).conversation == 0  # spent once, not copied
    app.qtbot.waitUntil(view.composer.hasFocus)
    # The first send of the fork carries exactly the copy and the new prompt.
    app.fake.push(Scenario(text="Ten days."))
    app.send("And the budget?")
    app.wait_idle()
    assert app.fake.chat_requests[-1].json["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Where to?"},
        {"role": "assistant", "content": "Lisbon."},
        {"role": "user", "content": "When?"},
        {"role": "assistant", "content": "In June."},
        {"role": "user", "content": "And the budget?"},
    ]
    assert [m.content for m in app.history.messages(cid)][-1] == "A week."  # untouched


def test_only_the_last_turns_cut_the_context_and_its_cost(app: App) -> None:
    cid, ids = _conversation(app)
    dialog = _ask(app, cid, ids["a3"])
    whole_tokens = int(dialog.whole_note.text().split()[1].replace(",", ""))
    dialog.last.setChecked(True)
    assert dialog.turns.isEnabled()
    dialog.turns.setValue(1)
    assert dialog.last_note.text().startswith("2 messages.")
    last_tokens = int(dialog.last_note.text().split()[3].replace(",", ""))
    assert last_tokens < whole_tokens
    app.qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    app.qtbot.waitUntil(lambda: app.view.conversation_id != cid)
    new = app.view.conversation_id
    assert [m.content for m in app.history.messages(new)] == ["How long?", "A week."]
    app.fake.push(Scenario(text="Yes."))
    app.send("Shorter?")
    app.wait_idle()
    assert app.fake.chat_requests[-1].json["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "How long?"},
        {"role": "assistant", "content": "A week."},
        {"role": "user", "content": "Shorter?"},
    ]


def test_cancel_copies_nothing(app: App) -> None:
    cid, ids = _conversation(app)
    before = [s.id for s in app.history.list_conversations()]
    dialog = _ask(app, cid, ids["q2"])
    tabs = app.window.tabs.count()
    assert "(3 messages)" in dialog.whole.text()
    dialog.reject()
    assert app.window.tabs.count() == tabs
    assert [s.id for s in app.history.list_conversations()] == before
