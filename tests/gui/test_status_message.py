"""The status bar's message: it clears when it stops being true, and never covers the meter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.render.safe_text import plain_tooltip
from app.ui import status_parts
from app.ui.notices import Topic
from app.ui.status_parts import StatusMessage
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App


def type_into(app: App, name: str, text: str) -> None:
    field = app.window.parameters.rows[name].field
    field.clear()
    app.qtbot.keyClicks(field, text)


def test_a_not_sent_warning_goes_once_the_value_is_fixed_and_the_message_sent(app: App) -> None:
    status = app.window.status_message
    type_into(app, "temperature", "3")
    app.send("Please answer")
    assert app.fake.chat_requests == []
    assert "Not sent" in status.message()
    type_into(app, "temperature", "1")
    assert "Temperature" not in status.message()  # fixed: no longer true
    app.fake.push(Scenario(text="ok"))
    app.view.send(app.view.composer.toPlainText())
    app.wait_idle()
    assert len(app.fake.chat_requests) == 1
    assert "Not sent" not in status.message() and "Temperature" not in status.message()


def test_a_credit_warning_does_not_outlive_a_later_send(app: App) -> None:
    status = app.window.status_message
    app.fake.push(Scenario(status=402))
    app.send("Expensive question")
    app.wait_idle()
    app.qtbot.waitUntil(lambda: "credits ran out" in status.message(), timeout=5000)
    for _ in range(3):  # retried twice, then shown
        app.fake.push(Scenario(status=500))
    app.view.send(app.view.composer.toPlainText())
    app.wait_idle()
    assert "credits ran out" not in status.message()
    app.fake.push(Scenario(text="fine now"))
    app.view.send(app.view.composer.toPlainText())
    app.wait_idle()
    assert status.message() == ""


def test_a_long_message_is_cut_at_a_word_left_of_the_meter(app: App) -> None:
    window = app.window
    window.resize(1024, 700)
    window.show()
    app.qtbot.waitExposed(window)
    text = "The server refused this request because " + "the provider was very busy " * 12
    window.notices.warning(text.strip(), topic=Topic.SEND)
    label, meter = window.status_message, window.cost_meter
    app.qtbot.waitUntil(lambda: label.text().endswith("…"))
    shown = label.text().removeprefix("⚠ ").removesuffix("…")
    full = text.strip()
    assert full.startswith(shown) and full[len(shown)] == " "  # whole words only
    assert label.accessibleDescription() == full
    assert label.toolTip() == plain_tooltip(full)  # whole, and never read as markup
    assert label.geometry().right() < meter.geometry().left()
    assert label.message() == full


def test_a_passing_note_gives_way_back_to_the_warning_still_true(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(status_parts, "NOTE_MS", 50)
    label = StatusMessage()
    qtbot.addWidget(label)
    label.post("Not sent: Temperature must be between 0 and 2.", "warning", Topic.PARAMETERS)
    label.post("Your credits ran out.", "warning", Topic.SEND)
    label.post("Message copied.", "info")
    assert label.message() == "Message copied."
    qtbot.waitUntil(lambda: label.message() == "Your credits ran out.")
    label.post("The server is busy.", "warning", Topic.SEND)  # replaces, not stacks
    assert label.message() == "The server is busy."
    label.withdraw(Topic.SEND)
    assert label.message().startswith("Not sent")
    label.withdraw(Topic.PARAMETERS)
    assert label.message() == "" and label.text() == ""


def test_an_openrouter_page_named_in_a_status_message_is_a_link_that_opens(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import external

    opened: list[str] = []
    monkeypatch.setattr(external, "open_link", lambda url: opened.append(str(url)) or True)
    label = StatusMessage()
    qtbot.addWidget(label)
    label.resize(900, 24)
    label.post(
        "Your credits ran out. Add credits at openrouter.ai/credits, then press Retry.", "error"
    )
    assert '<a href="https://openrouter.ai/credits">' in label.text()
    label.linkActivated.emit("https://openrouter.ai/credits")
    label.linkActivated.emit("https://example.com/credits")  # only openrouter.ai opens
    assert opened == ["https://openrouter.ai/credits"]
    label.post("Message copied.", "info")  # plain text stays plain
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == "Message copied."


def test_a_message_that_looks_like_markup_is_shown_as_it_is(qtbot: Any) -> None:
    """A server's words (an error quotes up to 300 characters of them) are never read as
    markup: not in the line, not in its tooltip."""

    label = StatusMessage()
    qtbot.addWidget(label)
    label.resize(600, 20)
    said = 'Provider said: <img src="http://example.org/x.png"><b>busy</b>'
    label.post(said, "error")
    assert "&lt;img" in label.toolTip() and "<img" not in label.toolTip()
    assert label.textFormat() == Qt.TextFormat.PlainText and "<img" in label.text()
