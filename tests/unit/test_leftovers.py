"""The loop fixtures fail a test that leaves tasks or callbacks running, naming them, instead of
cancelling them in silence (tests/helpers/leftovers.py, tests/conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
ROOT = Path(__file__).resolve().parents[2]

LEAKS = """
import asyncio


def test_a_task_left_running() -> None:
    async def main() -> None:
        asyncio.get_running_loop().create_task(forgotten(), name="the-forgotten-one")

    asyncio.run(main())


def test_a_callback_left_scheduled() -> None:
    async def main() -> None:
        asyncio.get_running_loop().call_later(3600, print, "late")

    asyncio.run(main())


def test_a_task_that_finishes_during_shutdown() -> None:
    async def main() -> None:
        asyncio.get_running_loop().create_task(asyncio.sleep(0.2))

    asyncio.run(main())


def test_a_failing_test_is_not_blamed_twice() -> None:
    async def main() -> None:
        asyncio.get_running_loop().create_task(forgotten())
        raise AssertionError("the test's own failure")

    asyncio.run(main())


async def forgotten() -> None:
    await asyncio.sleep(3600)
"""


def test_asyncio_run_fails_a_test_that_leaves_work_running(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    pytester.makeconftest(
        "from tests.conftest import _strict_asyncio_run, pytest_runtest_makereport\n"
    )
    pytester.makepyfile(test_leaks=LEAKS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=1, errors=2)
    result.stdout.fnmatch_lines(
        [
            "*the test left 1 task(s) and 0 callback(s)*",
            "*task the-forgotten-one running forgotten() waiting at *test_leaks.py:*",
            "*the test left 0 task(s) and 1 callback(s)*",
            "*callback print*",
        ]
    )
    assert "the test's own failure" in result.stdout.str()
    assert result.stdout.str().count("ERROR at teardown") == 2
