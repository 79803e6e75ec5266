"""A whole session with a known key: the key must appear in no file and no log output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.app_env import app_environment
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

ROOT = Path(__file__).resolve().parents[2]


def test_a_session_leaves_the_key_nowhere(tmp_path: Path) -> None:
    home = tmp_path / "home"
    export = tmp_path / "export.json"
    with FakeOpenRouter() as fake:
        fake.push(
            Scenario(text="First answer, streamed.", keepalives=2),
            Scenario(status=402),  # a provoked error: credits ran out
            Scenario(text="Third answer after the error."),
        )
        env = app_environment(home, fake.base_url, debug=True)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "app",
                "--send",
                "Hello there",
                "--send",
                "This one fails",
                "--send",
                "Try again",
                "--export",
                str(export),
                "--quit-when-done",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
        )
        requests = list(fake.chat_requests)
    assert result.returncode == 0, result.stderr[-3000:]
    # The session really happened: three sends, the key went to the server, the export exists.
    assert len(requests) == 3
    assert all(r.header("authorization") == f"Bearer {VALID_KEY}" for r in requests)
    exported = json.loads(export.read_text())
    contents = [m["content"] for m in exported["messages"]]
    assert "First answer, streamed." in contents and "Third answer after the error." in contents
    log = (home / "logs" / "switchboard.log").read_text()
    assert "Switchboard starting" in log
    # Zero hits, anywhere: every file under the home, the export, stdout and stderr.
    files = [p for p in home.rglob("*") if p.is_file()] + [export]
    assert len(files) >= 3
    for path in files:
        assert VALID_KEY.encode() not in path.read_bytes(), path
        assert VALID_KEY[10:40].encode() not in path.read_bytes(), path
    assert VALID_KEY not in result.stdout and VALID_KEY not in result.stderr
    assert VALID_KEY[10:40] not in result.stdout + result.stderr
