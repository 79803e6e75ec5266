"""The PySide6 6.12.0 / Python 3.11 hazard: the installed pair is safe, and the app refuses
the broken one."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.ui.stack import broken_stack_reason

PROBE = Path(__file__).resolve().parent.parent / "stack_probe.py"


def test_installed_pyside_does_not_leak_none_in_timer_events() -> None:
    result = subprocess.run(
        [sys.executable, str(PROBE), "100000"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    fields = dict(item.split("=") for item in result.stdout.split())
    assert int(fields["events"]) == 100_000
    assert int(fields["none_refcount_delta"]) > -1000


def test_qasync_soak_50000_callbacks_keep_none_alive(
    qapp: Any, qtbot: Any, qloop: asyncio.AbstractEventLoop
) -> None:
    counts: list[int] = []

    async def spin() -> None:
        counts.append(sys.getrefcount(None))
        for _ in range(50_000):
            await asyncio.sleep(0)
        counts.append(sys.getrefcount(None))

    task = qloop.create_task(spin())
    qtbot.waitUntil(task.done, timeout=120_000)
    task.result()
    before, after = counts
    assert after > before - 1000, f"None refcount fell from {before} to {after}"


@pytest.mark.parametrize(
    ("version", "python", "broken"),
    [("6.12.0", (3, 11), True), ("6.12.0", (3, 12), False), ("6.11.3", (3, 11), False)],
)
def test_the_app_refuses_the_broken_pair(
    version: str, python: tuple[int, int], broken: bool
) -> None:
    reason = broken_stack_reason(version, python)
    assert (reason is not None) == broken
    if reason:
        assert "none_dealloc" in reason and "6.11" in reason
