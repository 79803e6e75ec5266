"""The real app as a subprocess (``python -m app``): its environment, a run to the end, a start."""

from __future__ import annotations

import os
import subprocess
import sys
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
