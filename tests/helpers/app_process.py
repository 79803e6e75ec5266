"""The real app as a subprocess (``python -m app``): its environment, a run to the end, a start."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.fakes.fake_openrouter import VALID_KEY

ROOT = Path(__file__).resolve().parents[2]


def app_environment(
    home: Path, base_url: str | None = None, *, debug: bool = False, key: str | None = VALID_KEY
) -> dict[str, str]:
    """This process's environment with its own ``SWITCHBOARD_HOME``, the offscreen platform,
    ``key`` as OPENROUTER_API_KEY (none when None) and, if given, the server to talk to."""
    env = {k: v for k, v in os.environ.items() if k != "OPENROUTER_API_KEY"}
    env.update(SWITCHBOARD_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    if key is not None:
        env["OPENROUTER_API_KEY"] = key
    if base_url:
        env["SWITCHBOARD_BASE_URL"] = base_url
    if debug:
        env["SWITCHBOARD_DEBUG"] = "1"
    return env


def app_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "app", *args]


def run_app_in(
    env: Mapping[str, str], *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The app run to the end in ``env``; its output captured as text."""
    return subprocess.run(
        app_command(*args),
        cwd=ROOT,
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_app(
    home: Path, *args: str, base_url: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The app run to the end on ``home`` with the known key and debug logging (to stderr)."""
    return run_app_in(app_environment(home, base_url, debug=True), *args, timeout=timeout)


def start_app(env: Mapping[str, str], *args: str, **popen: Any) -> subprocess.Popen[Any]:
    """The app started in ``env`` and left running; stdout and stderr piped unless given."""
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen(app_command(*args), cwd=ROOT, env=dict(env), **popen)


def newest_answer(database: Path) -> tuple[str, str, str | None] | None:
    """The newest answer in the app's database, read while the app may be writing it:
    (status, content, generation id), or None before there is one."""
    if not database.exists():
        return None
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        try:
            row: tuple[str, str, str | None] | None = db.execute(
                "SELECT status, content, generation_id FROM messages WHERE role = 'assistant'"
                " ORDER BY id DESC"
            ).fetchone()
        except sqlite3.OperationalError:
            return None
    return row


def wait_for_streaming(database: Path, words: int, timeout: float = 20) -> None:
    """Wait until the newest answer is streaming and has ``words`` words saved."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = newest_answer(database)
        if answer and answer[0] == "streaming" and len(answer[1].split()) >= words:
            return
        time.sleep(0.05)
    raise AssertionError("the answer never showed up in the database")
