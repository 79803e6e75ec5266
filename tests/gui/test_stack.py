"""The PySide6 6.12.0 / Python 3.11 hazard: the installed pair is safe, and the app refuses
the broken one."""

from __future__ import annotations

import asyncio
import gc
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


def test_cancelled_timers_are_released_at_once(
    qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    """httpx arms a timeout for every read and cancels it when the read completes; qasync
    kept each cancelled one (and its Qt timer) until it was due, so streaming piled them up."""

    class Callback:
        def __call__(self) -> None:
            ran.append(self)

    def handles() -> int:
        return sum(isinstance(o, asyncio.Handle) for o in gc.get_objects())

    ran: list[Callback] = []
    before = handles()
    for _ in range(1000):
        qloop.call_later(3600, Callback()).cancel()
    gc.collect()
    assert handles() - before < 10

    # What is not cancelled still runs, in order, and only once; a cancelled one never does.
    kept = [Callback() for _ in range(3)]
    qloop.call_later(0.05, kept[2])
    qloop.call_soon(kept[0])
    qloop.call_soon(kept[1])
    qloop.call_later(0.01, Callback()).cancel()
    qtbot.waitUntil(lambda: len(ran) == 3, timeout=2000)
    qtbot.wait(100)
    assert ran == kept


def test_the_quick_feature_scan_gives_pyside_s_answers_and_keeps_no_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import linecache

    from app.ui.stack import quicken_feature_scan

    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", original)  # undone after the test
    quicken_feature_scan()
    quick = feature._mod_uses_pyside
    assert quick is not original
    quicken_feature_scan()  # twice is once
    assert feature._mod_uses_pyside is quick

    (tmp_path / "scan_uses_qt.py").write_text("from PySide6 import QtCore\n", encoding="utf-8")
    (tmp_path / "scan_plain.py").write_text("VALUE = 'no Qt here'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    uses_qt = __import__("scan_uses_qt")
    plain = __import__("scan_plain")
    for module in (uses_qt, plain):  # what the hook does after an import (whether it ran)
        feature.pyside_feature_dict.pop(module.__name__, None)
        feature.feature_imported(module)
    try:
        # the hook ran on both imports: PySide6's answers, and no source kept in memory
        assert feature.pyside_feature_dict["scan_uses_qt"] == 0
        assert feature.pyside_feature_dict["scan_plain"] == -1
        assert not [name for name in linecache.cache if name.startswith(str(tmp_path))]
        for module in (uses_qt, plain, asyncio, sys, subprocess):  # source, built in, frozen
            assert quick(module) == original(module)
    finally:
        for name in ("scan_uses_qt", "scan_plain"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
