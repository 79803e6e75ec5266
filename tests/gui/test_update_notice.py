"""The update notice in the status bar: it appears when the loopback feed names a newer
version, opens the release page only on a click (through our opener), and can be dismissed."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices

from app import main as app_main
from app.core.updates import UpdateNotice
from app.store.settings_file import AppSettings
from app.ui import external
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.helpers.windows import App
from tests.unit.test_updates_service import PAGE, FakeFeed


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What would open in the browser (our own opener, never Qt's)."""
    handed: list[str] = []

    def qt_opener(url: Any) -> bool:
        raise AssertionError(f"Qt's opener was used for {url.toString()}")

    monkeypatch.setattr(QDesktopServices, "openUrl", qt_opener)
    monkeypatch.setattr(external, "uses_own_opener", lambda: True)
    monkeypatch.setattr(external, "open_with_system", lambda url: handed.append(url) or True)
    return handed


@pytest.fixture
def feed(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeFeed]:
    fake = FakeFeed().start()
    monkeypatch.setenv("SWITCHBOARD_UPDATE_URL", fake.url)
    monkeypatch.setattr(app_main, "__version__", "1.2.0", raising=False)
    yield fake
    fake.stop()


def run_check(app: App, qloop: asyncio.AbstractEventLoop, settings: AppSettings) -> None:
    tls = httpx.create_ssl_context()  # (the app's own, shared with its API client)
    task = qloop.create_task(app_main._check_for_updates(app.window, app.history, settings, tls))
    app.qtbot.waitUntil(task.done, timeout=5000)
    task.result()


def test_the_notice_appears_and_opens_the_page_only_on_click(
    app: App, qloop: asyncio.AbstractEventLoop, feed: FakeFeed, opened: list[str]
) -> None:
    part = app.window.update_notice
    assert part.isHidden()
    feed.release("v1.3", notes="## What's new\n- <b>Faster</b> start\n" + "more\n" * 20)
    run_check(app, qloop, AppSettings())
    assert len(feed.requests) == 1
    assert part.isVisible()
    assert part.link.text().endswith(">Switchboard 1.3 is available — what's new</a>")
    tip = part.link.toolTip()
    assert "What's new<br>• &lt;b&gt;Faster&lt;/b&gt; start" in tip  # notes as plain text
    assert tip.count("more") < 20  # only the first lines
    assert opened == []  # nothing opens by itself
    app.qtbot.mouseClick(
        part.link, Qt.MouseButton.LeftButton, pos=QPoint(5, part.link.height() // 2)
    )
    assert opened == [PAGE]


def test_a_dismissed_version_is_not_told_again(
    app: App, qloop: asyncio.AbstractEventLoop, feed: FakeFeed, opened: list[str]
) -> None:
    feed.release("v1.3")
    run_check(app, qloop, AppSettings())
    part = app.window.update_notice
    assert part.isVisible()
    app.qtbot.mouseClick(part.dismiss_button, Qt.MouseButton.LeftButton)
    assert part.isHidden() and opened == []
    assert app.history.get_state("update_check")["dismissed"] == "v1.3"
    run_check(app, qloop, AppSettings())  # the next start, the same day
    assert part.isHidden() and len(feed.requests) == 1


def test_the_setting_off_asks_nothing_and_shows_nothing(
    app: App, qloop: asyncio.AbstractEventLoop, feed: FakeFeed
) -> None:
    feed.release("v1.3")
    app.window.apply_settings(AppSettings(check_for_updates=False))  # as the dialog would
    run_check(app, qloop, AppSettings())
    assert app.window.update_notice.isHidden()
    assert feed.requests == []


def test_the_part_shows_a_notice_and_goes(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from app.ui.status_parts import UpdateNoticePart

    holder = QWidget()
    qtbot.addWidget(holder)
    part = UpdateNoticePart(holder)
    part.show_notice(UpdateNotice("v2", 'https://example.com/r?a=1&b="x"', ""))
    assert not part.isHidden()
    assert 'href="https://example.com/r?a=1&amp;b=&quot;x&quot;"' in part.link.text()
    assert "Open the release page." in part.link.toolTip()
    with qtbot.waitSignal(part.dismissed) as dismissed:
        part.dismiss_button.click()
    assert dismissed.args == ["v2"] and part.isHidden()


def test_the_settings_dialog_has_the_checkbox(qtbot: Any, tmp_path: Path) -> None:
    box = SettingsDialog(
        AppSettings(check_for_updates=False),
        key_source="",
        has_stored_key=False,
        data_folder=tmp_path,
    )
    qtbot.addWidget(box)
    check = box.check_for_updates
    assert "new version of Switchboard" in check.text() and "once a day" in check.text()
    assert not check.isChecked()
    check.setChecked(True)
    box._save()
    assert box.result_settings is not None and box.result_settings.check_for_updates is True
