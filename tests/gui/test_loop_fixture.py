"""The ``qloop`` fixture fails a test that leaves tasks or callbacks on the qasync loop, naming
them, and lets one that finishes during a short shutdown pass (tests/conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
ROOT = Path(__file__).resolve().parents[2]

LEAKS = """
import asyncio


def test_a_task_left_running(qloop: asyncio.AbstractEventLoop) -> None:
    qloop.create_task(forgotten(), name="the-forgotten-one")


def test_a_callback_left_scheduled(qloop: asyncio.AbstractEventLoop) -> None:
    qloop.call_later(3600, print, "late")


def test_a_task_that_finishes_during_shutdown(qloop: asyncio.AbstractEventLoop) -> None:
    qloop.create_task(asyncio.sleep(0.2))


def test_a_cancelled_callback_is_not_a_leak(qloop: asyncio.AbstractEventLoop) -> None:
    qloop.call_later(3600, print, "never").cancel()


async def forgotten() -> None:
    await asyncio.sleep(3600)
"""


def test_qloop_fails_a_test_that_leaves_work_running(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    pytester.makeconftest("from tests.conftest import pytest_runtest_makereport, qloop\n")
    pytester.makepyfile(test_leaks=LEAKS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*the test left 1 task(s) and 0 callback(s)*",
            "*task the-forgotten-one running forgotten() waiting at *test_leaks.py:*",
            "*the test left 0 task(s) and 1 callback(s)*",
            "*callback print*",
        ]
    )
