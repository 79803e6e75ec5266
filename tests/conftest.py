"""Shared fixtures. Qt is imported lazily so that tests/unit runs without PySide6."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Tests never touch the real home, keyring or display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
os.environ.pop("OPENROUTER_API_KEY", None)
os.environ.pop("SWITCHBOARD_BASE_URL", None)
# Nothing a test starts may reach the internet: the real app's daily update check is off
# (the update tests point it at a loopback feed themselves).
os.environ["SWITCHBOARD_UPDATE_URL"] = "off"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("switchboard-home")
    monkeypatch.setenv("SWITCHBOARD_HOME", str(home))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


CALL_FAILED = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.when == "call":
        item.stash[CALL_FAILED] = report.failed
    return report


def _body_failed(request: pytest.FixtureRequest) -> bool:
    """A test that already failed leaves things half done; its own failure says enough."""
    return request.node.stash.get(CALL_FAILED, True)


@pytest.fixture(autouse=True)
def _strict_asyncio_run(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """``asyncio.run`` cancels what its coroutine left running, in silence: here it waits a
    moment for it to finish, then the test fails, naming what was still left."""
    from asyncio import runners

    from tests.helpers import leftovers

    found: list[str] = []
    cancel_all_tasks = runners._cancel_all_tasks  # type: ignore[attr-defined]

    def left_on(loop: Any) -> tuple[set[asyncio.Task[Any]], list[asyncio.Handle]]:
        tasks = {task for task in asyncio.all_tasks(loop) if not task.done()}
        return tasks, [h for h in (*loop._scheduled, *loop._ready) if not h.cancelled()]

    def check_then_cancel(loop: asyncio.AbstractEventLoop) -> None:
        deadline = time.monotonic() + leftovers.SETTLE_SECONDS
        while any(left_on(loop)) and time.monotonic() < deadline:
            loop.run_until_complete(asyncio.sleep(0.01))
        tasks, handles = leftovers.unexpected(*left_on(loop))
        if tasks or handles:
            found.append(leftovers.report(tasks, handles, "asyncio.run's coroutine returned"))
        cancel_all_tasks(loop)

    monkeypatch.setattr(runners, "_cancel_all_tasks", check_then_cancel)
    yield
    if found and not _body_failed(request):
        pytest.fail("\n".join(found), pytrace=False)


@pytest.fixture
def qloop(qapp: Any, request: pytest.FixtureRequest) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication, already "running": ``qtbot.waitUntil`` and
    ``qtbot.waitSignal`` spin Qt's event loop, which drives asyncio tasks, sockets included.

    At teardown (after the widgets are closed and the fixtures that use the loop are torn
    down) it spins a moment while tasks or callbacks are left, then fails the test, naming
    them, if any still are (see tests/helpers/leftovers.py)."""
    from PySide6.QtTest import QTest

    from app.ui.event_loop import close_event_loop, create_event_loop
    from tests.helpers import leftovers

    loop = create_event_loop(qapp, already_running=True)
    left = ""
    try:
        yield loop
        deadline = time.monotonic() + leftovers.SETTLE_SECONDS
        while any(_left_on(loop)) and time.monotonic() < deadline:
            QTest.qWait(10)
        tasks, handles = leftovers.unexpected(*_left_on(loop))
        if tasks or handles:
            left = leftovers.report(tasks, handles)  # before they are cancelled
    finally:
        for task in asyncio.all_tasks(loop):
            task.cancel()
        deadline = time.monotonic() + 0.5  # let the cancellations run
        while asyncio.all_tasks(loop) and time.monotonic() < deadline:
            QTest.qWait(10)
        close_event_loop(loop)
    if left and not _body_failed(request):
        pytest.fail(left, pytrace=False)


def _left_on(
    loop: asyncio.AbstractEventLoop,
) -> tuple[list[asyncio.Task[Any]], list[asyncio.Handle]]:
    """Tasks not done; callbacks not cancelled (call_soon and call_later alike go through the
    loop's timer object, app/ui/event_loop.py)."""
    tasks = [task for task in asyncio.all_tasks(loop) if not task.done()]
    handles = [h for h in loop._timer._handles.values() if not h.cancelled()]  # type: ignore[attr-defined]
    return tasks, handles


@pytest.fixture
def app(qtbot: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Any]:
    """A real main window on real services and a fresh fake server (tests/helpers/windows.py)."""
    from tests.helpers.windows import open_app

    with open_app(qtbot, qloop, tmp_path) as opened:
        yield opened
