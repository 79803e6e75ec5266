"""Shared fixtures. Qt is imported lazily so that tests/unit runs without PySide6."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from typing import Any

import pytest

# Tests never touch the real home, keyring or display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QT_API"] = "pyside6"
os.environ.pop("OPENROUTER_API_KEY", None)
os.environ.pop("SWITCHBOARD_BASE_URL", None)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("switchboard-home")
    monkeypatch.setenv("SWITCHBOARD_HOME", str(home))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")


@pytest.fixture
def qloop(qapp: Any) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop on the test's QApplication, already "running": ``qtbot.waitUntil`` and
    ``qtbot.waitSignal`` spin Qt's event loop, which drives asyncio tasks, sockets included."""
    from app.ui.event_loop import close_event_loop, create_event_loop

    loop = create_event_loop(qapp, already_running=True)
    try:
        yield loop
    finally:
        for task in asyncio.all_tasks(loop):
            task.cancel()
        close_event_loop(loop)
