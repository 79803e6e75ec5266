"""Versions in the real window against the fake server: the ``‹ 2/3 ›`` switcher by mouse
and by keyboard, after a restart too; an edited prompt's original branch one switch away;
the request carries the branch on screen; deleting a version, and Undo; the edit banner."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

from PySide6.QtCore import Qt, QUrl

from app.ui.chat.chat_view import EDITING_TEXT
from app.ui.chat.document_edit import cursor_at
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App


def plain(view: Any) -> str:
    return str(view.transcript.toPlainText())


def shown(app: App, view: Any = None) -> list[str]:
    """The messages the transcript shows, as their texts."""
    view = view or app.view
    return [view.transcript.message(i).content for i in view.transcript.message_ids]


def ledger_rows(app: App) -> int:
    with closing(sqlite3.connect(app.db_path)) as db:
        return int(db.execute("SELECT COUNT(*) FROM ledger").fetchone()[0])


def click(view: Any, action: str, message_id: int) -> None:
    """As a click on the link does."""
    view.transcript.anchorClicked.emit(QUrl(f"action:{action}:{message_id}"))


def three_versions(app: App) -> list[int]:
    """ "Question" answered, then regenerated twice: the answers' ids, oldest first."""
    app.fake.push(*(Scenario(text=f"Answer {n}.") for n in (1, 2, 3)))
    app.send("Question")
    app.wait_idle()
    for _ in range(2):
        last = app.view.transcript.message_ids[-1]
        app.view.transcript.action_requested.emit("regenerate", last)
        app.wait_idle()
    cid = app.view.conversation_id
    family = app.history.versions(cid)[app.view.transcript.message_ids[-1]]
    assert len(family) == 3
    return list(family)


def test_regenerate_three_times_and_switch_among_all_three(app: App) -> None:
    first, second, third = three_versions(app)
    view = app.view
    assert shown(app) == ["Question", "Answer 3."]
    assert "‹ 3/3 ›" in plain(view)
    click(view, "previous-version", third)
    assert shown(app) == ["Question", "Answer 2."] and "‹ 2/3 ›" in plain(view)
    click(view, "previous-version", second)
    assert shown(app) == ["Question", "Answer 1."] and "‹ 1/3 ›" in plain(view)
    click(view, "previous-version", first)  # (no version before the first: nothing happens)
    assert shown(app) == ["Question", "Answer 1."]
    click(view, "next-version", first)
    assert shown(app) == ["Question", "Answer 2."]
    assert [m.content for m in app.history.messages(view.conversation_id)] == shown(app)
    # The answer shown offers Regenerate (it is the last one), and the store agrees.
    assert "Regenerate" in plain(view) and "Delete version" in plain(view)

    # After a restart the same version shows, and the others are one switch away.
    again = app.reopen()
    reopened = again.current_view()
    assert reopened is not None
    assert shown(app, reopened) == ["Question", "Answer 2."]
    assert "‹ 2/3 ›" in plain(reopened)
    click(reopened, "next-version", second)
    assert shown(app, reopened) == ["Question", "Answer 3."]
    click(reopened, "previous-version", third)
    click(reopened, "previous-version", second)
    assert shown(app, reopened) == ["Question", "Answer 1."]


def test_the_request_carries_the_branch_on_screen(app: App) -> None:
    first, _second, third = three_versions(app)
    view = app.view
    click(view, "previous-version", third)
    click(view, "previous-version", view.transcript.message_ids[-1])
    assert shown(app) == ["Question", "Answer 1."]
    app.fake.push(Scenario(text="Following up on one."))
    app.send("Tell me more")
    app.wait_idle()
    assert app.fake.chat_requests[-1].json["messages"] == [
        {"role": "user", "content": "Question"},
        {"role": "assistant", "content": "Answer 1."},
        {"role": "user", "content": "Tell me more"},
    ]
    assert shown(app) == ["Question", "Answer 1.", "Tell me more", "Following up on one."]
    # Switching the answer takes its follow-up with it, and brings it back with it.
    click(view, "next-version", first)
    assert shown(app) == ["Question", "Answer 2."]
    click(view, "previous-version", view.transcript.message_ids[-1])
    assert shown(app)[-2:] == ["Tell me more", "Following up on one."]


def test_an_edited_early_prompt_keeps_the_original_branch_reachable(app: App) -> None:
    app.fake.push(
        Scenario(text="One."),
        Scenario(text="Two."),
        Scenario(text="Edited one."),
    )
    app.send("First")
    app.wait_idle()
    app.send("Second")
    app.wait_idle()
    view = app.view
    original = view.transcript.message_ids[0]
    view.transcript.action_requested.emit("edit", original)
    assert view.editing_banner.isVisible() and EDITING_TEXT in view.editing_banner.text()
    view.composer.setPlainText("First, better")
    app.qtbot.keyClick(view.composer, Qt.Key.Key_Return)
    app.wait_idle()
    assert not view.editing_banner.isVisible()
    assert shown(app) == ["First, better", "Edited one."]
    assert app.fake.chat_requests[-1].json["messages"] == [
        {"role": "user", "content": "First, better"}
    ]
    edited = view.transcript.message_ids[0]
    assert "‹ 2/2 ›" in plain(view)  # the prompt's own switcher
    click(view, "previous-version", edited)
    assert shown(app) == ["First", "One.", "Second", "Two."]
    click(view, "next-version", original)
    assert shown(app) == ["First, better", "Edited one."]


def test_delete_a_version_then_undo(app: App) -> None:
    first, second, third = three_versions(app)
    view = app.view
    click(view, "previous-version", third)
    app.fake.push(Scenario(text="More on two."))
    app.send("And then?")
    app.wait_idle()
    spent = ledger_rows(app)
    click(view, "delete-version", second)
    assert shown(app) == ["Question", "Answer 3."]  # the newest left shows
    assert app.history.get_message(second) is None
    assert view.undo_banner.isVisible()
    assert "Version 2 of 3 deleted." in view.undo_banner.text()
    assert "‹ 2/2 ›" in plain(view)
    assert ledger_rows(app) == spent  # money spent stays spent

    view.undo_banner.linkActivated.emit("undo")
    assert shown(app) == ["Question", "Answer 2.", "And then?", "More on two."]
    assert "‹ 2/3 ›" in plain(view)
    assert not view.undo_banner.isVisible()
    assert app.history.versions(view.conversation_id)[second] == (first, second, third)


def test_switching_by_keyboard_only(app: App) -> None:
    _first, second, third = three_versions(app)
    view = app.view
    transcript = view.transcript
    transcript.setFocus(Qt.FocusReason.TabFocusReason)
    href = f"action:previous-version:{third}"
    for _ in range(20):
        if transcript.focused_link == href:
            break
        app.qtbot.keyClick(transcript, Qt.Key.Key_Tab)
    assert transcript.focused_link == href
    app.qtbot.keyClick(transcript, Qt.Key.Key_Return)
    assert shown(app) == ["Question", "Answer 2."]
    assert transcript.focused_link == f"action:previous-version:{second}"  # the ring stays
    app.qtbot.keyClick(transcript, Qt.Key.Key_Return)
    assert shown(app) == ["Question", "Answer 1."]
    # At the first version "‹" leads nowhere: the ring is on "›".
    first = transcript.message_ids[-1]
    assert transcript.focused_link == f"action:next-version:{first}"
    app.qtbot.keyClick(transcript, Qt.Key.Key_Return)
    assert shown(app) == ["Question", "Answer 2."]


def test_no_switching_while_the_answer_streams(app: App) -> None:
    _first, _second, third = three_versions(app)
    view = app.view
    app.fake.push(Scenario(text="slow " * 40, token_delay=0.05))
    view.transcript.action_requested.emit("regenerate", third)
    app.qtbot.waitUntil(lambda: view.busy)
    click(view, "previous-version", third)
    assert third not in view.transcript.message_ids or shown(app)[-1] != "Answer 2."
    assert app.notices.said("Wait for the answer")
    view.stop()
    app.wait_idle()


def test_esc_and_cancel_leave_an_edit(app: App) -> None:
    app.fake.push(Scenario(text="One."))
    app.send("First")
    app.wait_idle()
    view = app.view
    view.composer.setPlainText("a draft")
    view.transcript.action_requested.emit("edit", view.transcript.message_ids[0])
    assert view.composer.toPlainText() == "First" and view.editing_banner.isVisible()
    app.qtbot.keyClick(view.composer, Qt.Key.Key_Escape)
    assert not view.editing_banner.isVisible() and view.composer.toPlainText() == "a draft"
    view.transcript.action_requested.emit("edit", view.transcript.message_ids[0])
    view.editing_banner.linkActivated.emit("cancel")
    assert not view.editing_banner.isVisible() and view.composer.toPlainText() == "a draft"


def test_switching_an_early_answer_keeps_it_in_place_and_draws_only_its_branch(
    app: App,
) -> None:
    view = app.view
    cid = view.conversation_id
    history = app.history
    question = history.add_message(cid, "user", "Question")
    old = history.add_message(cid, "assistant", "An older answer.\n\n" + "It said more. " * 300)
    history.add_message(cid, "user", "And before?")
    history.add_message(cid, "assistant", "Old follow-up.")
    new = history.add_message(cid, "assistant", "A newer answer.", parent=question.id)
    for n in range(8):
        history.add_message(cid, "user", f"Later question {n}")
        history.add_message(cid, "assistant", "Later answer. " * 40)
    view.reload()
    transcript = view.transcript
    kept = transcript.message_ids[:1]
    bar = transcript.verticalScrollBar()
    # The reader scrolled up: the first answer is a little below the top of the view.
    probe = cursor_at(transcript.document(), start_of(view, new.id))
    bar.setValue(bar.value() + transcript.cursorRect(probe).top() - 60)
    transcript._reader_scrolled(0)
    top = transcript.cursorRect(probe).top()
    assert top == 60 and bar.value() > 0

    click(view, "previous-version", new.id)

    assert shown(app) == ["Question", old.content, "And before?", "Old follow-up."]
    assert transcript.message_ids[:1] == kept
    after = transcript.cursorRect(cursor_at(transcript.document(), start_of(view, old.id)))
    assert after.top() == top  # the switched answer stayed where it was on screen
    click(view, "next-version", old.id)
    app.qtbot.waitUntil(lambda: len(shown(app)) == 2 + 16)  # (a long branch: drawn in steps)


def start_of(view: Any, message_id: int) -> int:
    return int(view.transcript._message_start(message_id))


def test_an_edit_that_got_no_answer_goes_back_to_editing_the_original(app: App) -> None:
    app.fake.push(Scenario(text="One."), Scenario(status=402))
    app.send("First")
    app.wait_idle()
    view = app.view
    original = view.transcript.message_ids[0]
    view.transcript.action_requested.emit("edit", original)
    view.composer.setPlainText("First, better")
    app.qtbot.keyClick(view.composer, Qt.Key.Key_Return)
    app.wait_idle()
    assert shown(app)[:2] == ["First", "One."]  # the original branch, as before the edit
    assert [m.content for m in app.history.messages(view.conversation_id)] == ["First", "One."]
    assert view.composer.toPlainText() == "First, better"
    assert view.editing_banner.isVisible()  # sending again is still an edit


def test_an_edit_sent_in_the_moment_the_last_turn_ends_is_still_an_edit(
    app: App, monkeypatch: Any
) -> None:
    """A turn's task is done a moment before its end reaches the tab, and a send can land in
    that moment (the tab already says it is not busy): the older end must not wipe the newer
    turn's state, or an edit that got no answer leaves an empty screen."""
    app.fake.push(Scenario(text="One."), Scenario(status=402))
    view = app.view
    spawn = app.window.tasks.spawn

    def edit_and_send() -> None:
        assert not view.busy
        view.transcript.action_requested.emit("edit", view.transcript.message_ids[0])
        view.composer.setPlainText("First, better")
        app.qtbot.keyClick(view.composer, Qt.Key.Key_Return)

    def spawn_and_edit_at_its_end(coroutine: Any) -> Any:
        monkeypatch.setattr(app.window.tasks, "spawn", spawn)  # (only the first turn)
        task = spawn(coroutine)
        task.add_done_callback(lambda _t: edit_and_send())  # (before the tab hears of it)
        return task

    monkeypatch.setattr(app.window.tasks, "spawn", spawn_and_edit_at_its_end)
    app.send("First")
    app.qtbot.waitUntil(lambda: len(app.fake.chat_requests) == 2)
    app.wait_idle()
    app.qtbot.waitUntil(lambda: view.status.isHidden())
    assert shown(app)[:2] == ["First", "One."]
    assert view.composer.toPlainText() == "First, better"
    assert view.editing_banner.isVisible()
    assert not view.stop_button.isVisible() and view.send_button.isVisible()


def test_delete_and_undo_by_keyboard(app: App) -> None:
    _first, second, third = three_versions(app)
    view = app.view
    transcript = view.transcript
    click(view, "previous-version", third)
    transcript.setFocus(Qt.FocusReason.TabFocusReason)
    href = f"action:delete-version:{second}"
    for _ in range(20):
        if transcript.focused_link == href:
            break
        app.qtbot.keyClick(transcript, Qt.Key.Key_Tab)
    assert transcript.focused_link == href
    app.qtbot.keyClick(transcript, Qt.Key.Key_Return)
    assert shown(app) == ["Question", "Answer 3."]
    # The ring is on the switcher now, not on another version's Delete.
    assert transcript.focused_link == f"action:previous-version:{third}"
    view.undo_banner.setFocus(Qt.FocusReason.TabFocusReason)
    app.qtbot.waitUntil(view.undo_banner.hasFocus)
    app.qtbot.keyClick(view.undo_banner, Qt.Key.Key_Return)
    assert shown(app) == ["Question", "Answer 2."]
    assert transcript.hasFocus()
    assert transcript.focused_link == f"action:previous-version:{second}"


def test_undo_lasts_the_session_a_tab_opened_again_offers_it(app: App) -> None:
    first, second, third = three_versions(app)
    click(app.view, "previous-version", third)
    click(app.view, "delete-version", second)
    assert app.history.get_message(second) is None
    again = app.reopen()  # (the same services: the same session)
    view = again.current_view()
    assert view is not None
    assert not view.undo_banner.isHidden()
    assert "Version 2 of 3 deleted." in view.undo_banner.text()
    view.undo_banner.linkActivated.emit("undo")
    assert shown(app, view) == ["Question", "Answer 2."]
    assert view.undo_banner.isHidden()
    assert app.history.versions(view.conversation_id)[second] == (first, second, third)
