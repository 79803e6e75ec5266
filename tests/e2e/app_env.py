"""The environment a test starts the real app with: its own home, the fake server, a known key."""

from __future__ import annotations

import os
from pathlib import Path

from tests.fakes.fake_openrouter import VALID_KEY


def app_environment(
    home: Path, base_url: str | None = None, *, debug: bool = False
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "OPENROUTER_API_KEY"}
    env.update(
        SWITCHBOARD_HOME=str(home), OPENROUTER_API_KEY=VALID_KEY, QT_QPA_PLATFORM="offscreen"
    )
    if base_url:
        env["SWITCHBOARD_BASE_URL"] = base_url
    if debug:
        env["SWITCHBOARD_DEBUG"] = "1"
    return env
