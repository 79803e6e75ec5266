"""The window against impossible figures (issue #12, item 7): an answer billed at $1e30 with
token counts past 2**63, and a ledger that already holds such a row. The header, the meter and
a reopened window draw them as unknown or as an estimate, and nothing raises."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from app.core.conversation import MessageStatus
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

HUGE_USAGE = {"prompt_tokens": 2**64, "completion_tokens": 2**63, "cost": 1e30}


def test_an_answer_billed_at_1e30_keeps_its_text_and_the_window_draws(app: App) -> None:
    app.fake.push(Scenario(text="A dear answer.", usage_data=HUGE_USAGE, gen_id="gen-dear"))
    app.send("Price?")
    app.wait_idle()
    app.qtbot.waitUntil(lambda: "This answer:" in app.window.cost_meter.answer.text())
    answer = app.history.messages(app.view.conversation_id)[-1]
    assert (answer.content, answer.status) == ("A dear answer.", MessageStatus.COMPLETE)
    assert not answer.cost_is_billed and answer.prompt_tokens != 2**64
    assert "A dear answer." in app.view.transcript.toPlainText()
    assert "E+30" not in app.window.cost_meter.answer.text()
    app.reopen()  # the next start of the app, on the same history


def test_a_stored_cost_of_1e30_does_not_break_the_meter_or_a_reopened_window(app: App) -> None:
    app.fake.push(Scenario(text="Cheap."))
    app.send("Hi")
    app.wait_idle()
    with closing(sqlite3.connect(app.db_path)) as db, db:
        db.execute("UPDATE messages SET cost = '1E+30', prompt_tokens = ?", (2**63 - 1,))
        db.execute("UPDATE ledger SET cost = '1E+30'")
    window = app.reopen()
    window.attach(app.services)  # with the costs this time
    window.show()
    app.qtbot.waitExposed(window)
    for label in (window.cost_meter.today, window.cost_meter.conversation):
        assert "E+30" not in label.text() and "1,000,000,000" not in label.text()
    answer = app.history.messages(app.view.conversation_id)[-1]
    assert answer.cost is None and answer.prompt_tokens is None
