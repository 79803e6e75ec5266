from __future__ import annotations

import asyncio
from typing import Any

from app.api import OpenRouterClient, TextDelta
from app.store.paths import bundled_path
from app.ui.main_window import MainWindow
from app.ui.resources import app_icon
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario
from tests.unit.conftest import hello


def test_window_paints_with_its_icon_and_says_where_it_connects(qtbot: Any) -> None:
    window = MainWindow(
        endpoint="http://127.0.0.1:1/api/v1",
        key_source="not set",
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    window.setWindowIcon(app_icon(bundled_path("icons")))  # as app.main does, once painted
    assert window.windowTitle() == "Switchboard"
    assert not window.windowIcon().isNull()
    assert window.endpoint_label.text() == "127.0.0.1:1"
    assert "not set" in window.endpoint_label.toolTip()
    with qtbot.waitSignal(window.close_requested, timeout=2000):
        window.close()


def test_qasync_loop_streams_from_the_fake_server(
    qtbot: Any, qloop: asyncio.AbstractEventLoop
) -> None:
    import httpx

    text: list[str] = []

    async def chat() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            async for event in client.stream_chat(hello()):
                if isinstance(event, TextDelta):
                    text.append(event.text)

    with FakeOpenRouter() as fake:
        fake.push(Scenario(text="Streaming inside Qt works.", keepalives=2, token_delay=0.01))
        task = qloop.create_task(chat())
        qtbot.waitUntil(task.done, timeout=10_000)
        task.result()
    assert "".join(text) == "Streaming inside Qt works."


def menus_and_keys(window: MainWindow) -> list[Any]:
    """Each menu with its items and their shortcuts, then every shortcut outside the menus."""
    from PySide6.QtGui import QShortcut

    shown = []
    for entry in window.menuBar().actions():
        items = [(item.text(), item.shortcuts()) for item in entry.menu().actions()]
        shown.append((entry.text(), items))
    shortcuts = window.findChildren(QShortcut)
    shown.append(sorted((s.key().toString(), s.whatsThis()) for s in shortcuts))
    return shown


def test_the_app_adds_the_menus_items_and_the_keys_just_after_the_first_paint(
    qtbot: Any,
) -> None:
    """app.main builds the window with keys_later (the menus' titles are in the first paint,
    their items and the shortcuts come right after it): in the end, the same as at once."""
    at_once = MainWindow(endpoint="http://127.0.0.1:1/api/v1", key_source="not set")
    later = MainWindow(endpoint="http://127.0.0.1:1/api/v1", key_source="not set", keys_later=True)
    qtbot.addWidget(at_once)
    qtbot.addWidget(later)
    titles = ["&File", "&Conversation", "&View", "&Help"]
    assert [(title, []) for title in titles] + [[]] == menus_and_keys(later)
    with qtbot.waitSignal(later.first_painted, timeout=5000):
        later.show()
    later.add_keys()
    expected = menus_and_keys(at_once)
    assert [entry[0] for entry in expected[:-1]] == titles
    assert len(expected[0][1]) > 5  # (File's items)
    assert ("Ctrl+Tab", "Next tab") in expected[-1]
    assert ("Del", "Delete the chosen conversation (in the library)") in expected[-1]
    assert menus_and_keys(later) == expected
    assert later.new_action.shortcuts() == at_once.new_action.shortcuts() != []
