"""The window as a shell: questions go through the one Notices channel (recorded here, never
a monkeypatched dialog), tabs are named by a typed key that still reads what older versions
saved, and background work is tracked by UiTasks with its errors sent to the crash path."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from app.core.conversation import ChatSettings
from app.ui.tab_keys import OPEN_TABS_KEY, SavedTabs, TabKey, load_tabs, parse_key, save_tabs
from app.ui.tasks import UiTasks
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.notices import NoAnswerQueuedError, RecordingNotices
from tests.helpers.windows import App


def test_delete_asks_through_notices_and_cancelling_keeps_the_conversation(app: App) -> None:
    app.fake.default = Scenario(text="ok")
    app.send("Keep me")
    app.wait_idle()
    kept = app.view.conversation_id
    app.notices.answer(False)
    app.window.library.delete_requested.emit(TabKey.chat(kept))
    (asked,) = app.notices.of_kind("confirm")
    assert (asked.title, asked.default) == ("Delete conversation", "Delete")
    assert asked.text == "Delete “Keep me” and all its messages? This cannot be undone."
    assert app.history.get_conversation(kept) is not None
    assert [v.conversation_id for v in app.window.chat_views()] == [kept]

    app.notices.answer(True)
    app.window.library.delete_requested.emit(TabKey.chat(kept))
    assert app.history.get_conversation(kept) is None
    assert kept not in [v.conversation_id for v in app.window.chat_views()]
    assert app.window.tabs.count() == 1  # a fresh conversation takes the last tab's place
    assert ("info", "Deleted “Keep me”.") in app.notices.posts


def test_a_comparison_is_deleted_from_the_library_after_asking(app: App) -> None:
    comparison = app.compare.store.create("Side by side", [("a", ChatSettings())] * 2)
    app.window.open_tab(TabKey.compare(comparison.id))
    assert app.window.tabs.currentWidget().tab_key == TabKey("compare", comparison.id)
    app.notices.answer(False, True)
    app.window.library.delete_requested.emit(TabKey.compare(comparison.id))
    assert app.compare.store.get(comparison.id) is not None
    app.window.library.delete_requested.emit(TabKey.compare(comparison.id))
    assert app.compare.store.get(comparison.id) is None
    texts = [a.text for a in app.notices.of_kind("confirm")]
    assert texts == ["Delete the comparison “Side by side” and all its answers?"] * 2
    assert all(w.tab_key.kind == "chat" for w in app.window.tab_widgets())


def test_the_library_names_each_entry_by_its_kind_and_opens_it(app: App) -> None:
    """A conversation and a comparison with the same id are two entries, each opening its own
    kind of tab (the library once told them apart by the sign of the id)."""
    chat_id = app.view.conversation_id
    comparison = app.compare.store.create("Same id?", [("a", ChatSettings())] * 2)
    comparison_id = comparison.id
    library = app.window.library
    library.refresh()
    keys = {parse_key(library.list.item(row).data(256)) for row in range(library.list.count())}
    assert {TabKey.chat(chat_id), TabKey.compare(comparison_id)} <= keys
    row = next(
        r
        for r in range(library.list.count())
        if parse_key(library.list.item(r).data(256)) == TabKey.compare(comparison_id)
    )
    library.list.setCurrentRow(row)
    library.open_button.click()
    assert app.window.tabs.currentWidget().tab_key == TabKey.compare(comparison_id)


def test_a_question_nobody_answered_fails_loudly_instead_of_waiting() -> None:
    notices = RecordingNotices()
    with pytest.raises(NoAnswerQueuedError):
        notices.confirm("Delete", "Sure?", "Delete")
    notices.answer("name", None)
    assert notices.ask_text("Rename", "Title:", "old") == "name"
    assert notices.choose_path("save", "Export", "JSON (*.json)", Path("x")) is None
    assert notices.pending == 0


def test_tab_keys_read_both_saved_formats_and_skip_junk() -> None:
    old = {"ids": ["3", "c:7", 5, "c:x", "-2", "", None, True, "٣"], "active": "c:7"}
    assert load_tabs(old) == SavedTabs(
        [TabKey.chat(3), TabKey.compare(7), TabKey.chat(5)], TabKey.compare(7)
    )
    keys = [TabKey.chat(3), TabKey.compare(7)]
    new = save_tabs(keys, TabKey.chat(3))
    assert new == {"tabs": [["chat", 3], ["compare", 7]], "active": ["chat", 3]}
    assert load_tabs(new) == SavedTabs(keys, TabKey.chat(3))
    assert load_tabs(None) == load_tabs({"tabs": "junk"}) == SavedTabs([], None)
    assert parse_key(["other", 3]) is None and parse_key(["chat", 0]) is None
    assert parse_key(["chat", True]) is None


def test_tabs_saved_by_an_older_version_reopen_and_are_saved_typed(app: App) -> None:
    first = app.history.create_conversation("First")
    app.history.add_message(first.id, "user", "hi")
    comparison = app.compare.store.create("Compared", [("a", ChatSettings())] * 2)
    app.history.set_state(
        OPEN_TABS_KEY, {"ids": [str(first.id), f"c:{comparison.id}"], "active": str(first.id)}
    )
    window = app.reopen()
    keys = [w.tab_key for w in window.tab_widgets()]
    assert keys == [TabKey.chat(first.id), TabKey.compare(comparison.id)]
    assert window.tabs.currentWidget().tab_key == TabKey.chat(first.id)
    window.tabs.setCurrentIndex(1)
    saved = app.history.get_state(OPEN_TABS_KEY)
    assert saved == {
        "tabs": [["chat", first.id], ["compare", comparison.id]],
        "active": ["compare", comparison.id],
    }
    again = app.reopen()
    assert [w.tab_key for w in again.tab_widgets()] == keys
    assert again.tabs.currentWidget().tab_key == TabKey.compare(comparison.id)


def test_ui_tasks_are_tracked_cancelled_at_close_and_errors_reach_the_crash_path(
    qtbot: Any, qloop: asyncio.AbstractEventLoop
) -> None:
    reported: list[dict[str, Any]] = []
    qloop.set_exception_handler(lambda _loop, context: reported.append(context))
    try:
        tasks = UiTasks()

        async def broken() -> None:
            raise ValueError("unexpected")

        failing = tasks.spawn(broken())
        assert failing is not None
        qtbot.waitUntil(failing.done, timeout=2000)
        qtbot.waitUntil(lambda: bool(reported), timeout=2000)
        assert isinstance(reported[0]["exception"], ValueError)
        waiting = tasks.spawn(asyncio.sleep(60))
        assert waiting is not None and tasks.running == 1
        tasks.cancel_all()
        qtbot.waitUntil(lambda: tasks.running == 0, timeout=2000)  # let go once done
        assert waiting.cancelled() and len(reported) == 1  # a cancel is no crash
        assert tasks.closed and tasks.spawn(asyncio.sleep(0)) is None  # nothing new starts
    finally:
        qloop.set_exception_handler(None)


def test_a_detached_window_no_longer_hears_the_services(app: App) -> None:
    """At quit the window lets go before the services close: a cost settled or a model list
    replaced after that must not call into a window being torn down."""
    hubs = [app.costs.message_changed, app.costs.settled, app.catalogue.models_changed]
    following = [len(hub) for hub in hubs]
    assert all(count >= 1 for count in following)
    app.window.detach()
    assert [len(hub) for hub in hubs] == [count - 1 for count in following]
