"""A whole session with a known key: the key must appear in no file and no log output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario
from tests.helpers.app_process import ROOT, app_environment, run_app_in


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
        result = run_app_in(
            env,
            *("--send", "Hello there", "--send", "This one fails", "--send", "Try again"),
            *("--export", str(export), "--quit-when-done"),
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


# -- issue #12 ----------------------------------------------------------------------------------


def write_settings(home: Path, **values: object) -> None:
    config = home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"version": 1, **values}))


def test_the_openrouter_key_does_not_follow_the_address_in_settings(tmp_path: Path) -> None:
    """settings.json points at another server; OPENROUTER_API_KEY is the OpenRouter key, so
    that server gets no key (it has none of its own here)."""
    home = tmp_path / "home"
    with FakeOpenRouter() as other:
        write_settings(home, base_url=other.base_url)
        result = run_app_in(
            app_environment(home), "--send", "Hello", "--quit-when-done", timeout=90
        )
        requests = list(other.requests)
    assert result.returncode == 0, result.stderr[-3000:]
    assert requests, "the app did not talk to the configured server"
    assert all(r.header("authorization") is None for r in requests)
    assert all(VALID_KEY not in str(r.headers) for r in requests)


def test_an_address_the_settings_dialog_would_refuse_is_not_used_from_the_file(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    write_settings(home, base_url="http://other.example/api/v1", theme="dark")
    env = app_environment(home)
    result = run_app_in(env, "--selftest", timeout=60)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "endpoint=https://openrouter.ai/api/v1" in result.stdout


def test_a_switchboard_base_url_over_plain_http_to_openrouter_is_refused(
    tmp_path: Path,
) -> None:
    """Issue #12 review: SWITCHBOARD_BASE_URL=http://openrouter.ai/api/v1 was taken as it
    was, and counted as OpenRouter, so the OpenRouter key went out in clear text. Now it is
    refused like the same address typed in Settings: the saved (here, the default) address
    is used, with a start-up notice."""
    home = tmp_path / "home"
    env = app_environment(home, "http://openrouter.ai/api/v1")
    result = run_app_in(env, "--selftest", timeout=60)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "endpoint=https://openrouter.ai/api/v1" in result.stdout
    assert "notices=1" in result.stdout and "key=environment" in result.stdout


def test_a_cap_of_1e30_in_the_settings_file_neither_stops_the_start_nor_an_answer(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    write_settings(home, daily_cap="1e30", monthly_cap="5", theme="dark")
    with FakeOpenRouter() as fake:
        fake.push(Scenario(text="An answer under a huge cap."))
        result = run_app_in(
            app_environment(home, fake.base_url),
            "--send",
            "Hello",
            "--export",
            str(tmp_path / "out.json"),
            "--quit-when-done",
            timeout=90,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    exported = json.loads((tmp_path / "out.json").read_text())
    assert "An answer under a huge cap." in [m["content"] for m in exported["messages"]]
    saved = json.loads((home / "config" / "settings.json").read_text())
    assert saved["monthly_cap"] == "5"  # the rest of the file was kept


def test_a_key_in_typographic_quotes_from_the_environment_is_cleaned(tmp_path: Path) -> None:
    home = tmp_path / "home"
    with FakeOpenRouter() as fake:
        fake.push(Scenario(text="Quoted key, clean request."))
        env = app_environment(home, fake.base_url)
        env["OPENROUTER_API_KEY"] = f"“{VALID_KEY}”"
        result = run_app_in(env, "--send", "Hello", "--quit-when-done", timeout=90)
        requests = list(fake.chat_requests)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert [r.header("authorization") for r in requests] == [f"Bearer {VALID_KEY}"]


CHILD_PROBE = """
import os, subprocess, sys
from app.main import main
code = main(sys.argv[1:])
# Any program the app starts (the browser for signing in, the file manager) gets this
# environment: the app's own, after start.
child = subprocess.run(
    [sys.executable, "-c", "import os; print('OPENROUTER_API_KEY' in os.environ)"],
    capture_output=True, text=True, check=True,
)
print("child sees the key:", child.stdout.strip(), flush=True)
sys.exit(code)
"""


def test_child_processes_do_not_inherit_the_key(tmp_path: Path) -> None:
    """The real start-up (app.main.main), then a child process as the browser or the file
    manager would be started: the key the app was given is not in its environment.
    (The offscreen platform cannot open URLs, so a stand-in browser would never be run.)"""
    home = tmp_path / "home"
    with FakeOpenRouter() as fake:
        result = subprocess.run(
            [sys.executable, "-c", CHILD_PROBE, "--selftest"],
            cwd=ROOT,
            env=app_environment(home, fake.base_url),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "key=environment" in result.stdout  # the app did get and use the key
    assert "child sees the key: False" in result.stdout
