"""Kill the real app mid-answer; the next start shows the partial answer as interrupted."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.fakes.fake_openrouter import FakeOpenRouter, Scenario
from tests.helpers.app_process import (
    app_environment,
    newest_answer,
    run_app_in,
    start_app,
    wait_for_streaming,
)

TOKEN_DELAY = 0.05


def test_killed_mid_answer_keeps_all_but_the_last_second(tmp_path: Path) -> None:
    database = tmp_path / "data" / "history.sqlite3"
    with FakeOpenRouter() as fake:
        fake.push(Scenario(chunks=[f"w{i} " for i in range(400)], token_delay=TOKEN_DELAY))
        env = app_environment(tmp_path, fake.base_url)
        app = start_app(env, "--send", "Tell me a long story")
        try:
            wait_for_streaming(database, words=20)
            time.sleep(1.3)
            killed_at = time.monotonic()
            os.kill(app.pid, signal.SIGKILL)
            app.wait(10)
        finally:
            if app.poll() is None:
                app.kill()
            app.communicate()
        started = fake.chat_requests[0].at
        status, content, _ = newest_answer(database) or ("", "", None)
        assert status == "streaming"  # nobody had the chance to finish it
        saved = len(content.split())
        # Tokens arrive every TOKEN_DELAY s; at most about a second of them may be missing.
        arrived_by_kill = (killed_at - started) / TOKEN_DELAY
        assert saved >= arrived_by_kill - 1.5 / TOKEN_DELAY, (saved, arrived_by_kill)

        restart = run_app_in(env, "--selftest")
    assert restart.returncode == 0, restart.stderr
    assert "interrupted=1" in restart.stdout
    status, after, _ = newest_answer(database) or ("", "", None)
    assert status == "interrupted" and after == content


def test_a_corrupt_database_is_kept_aside_and_the_app_starts(tmp_path: Path) -> None:
    database = tmp_path / "data" / "history.sqlite3"
    database.parent.mkdir(parents=True)
    database.write_bytes(b"this is not a database" * 100)
    with FakeOpenRouter() as fake:
        result = run_app_in(app_environment(tmp_path, fake.base_url), "--selftest")
    assert result.returncode == 0, result.stderr
    kept = list(database.parent.glob("history.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    assert "notices=1" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_pipes_and_devices_in_place_of_settings_like_files_do_not_stop_the_start(
    tmp_path: Path,
) -> None:
    """A FIFO would block the start waiting for a writer; a link to /dev/zero would be read
    until memory runs out. Both are refused, and the app starts."""
    config, cache = tmp_path / "config", tmp_path / "cache"
    config.mkdir()
    cache.mkdir()
    for name in ("settings.json", "window-layout.json", "presets.json"):
        os.mkfifo(config / name)
    (cache / "models.cache").symlink_to("/dev/zero")
    with FakeOpenRouter() as fake:
        result = run_app_in(app_environment(tmp_path, fake.base_url), "--selftest", timeout=30)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "switchboard selftest ok:" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert list(config.glob("settings.json.corrupt-*")), list(config.iterdir())
    assert list(config.glob("presets.json.corrupt-*")), list(config.iterdir())
    assert "notices=0" not in result.stdout  # the person is told what was set aside


def catches_sigterm(pid: int) -> bool:
    """The process has its own SIGTERM handler now (Linux: the SigCgt mask in /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    caught = next(ln for ln in status.splitlines() if ln.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGTERM - 1)))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("when", ["during the start", "idle"])
def test_asked_to_end_it_closes_as_if_its_window_were_closed(tmp_path: Path, when: str) -> None:
    """SIGTERM (a logout, ``kill``), from the moment the app listens for it (its window is
    already up): the window's layout is saved and the process ends with 0, as when the
    window is closed, instead of dying mid-write or running on with no window."""
    database, layout = tmp_path / "data" / "history.sqlite3", tmp_path / "config"
    with FakeOpenRouter() as fake:
        app = start_app(app_environment(tmp_path, fake.base_url))
        try:
            deadline = time.monotonic() + 30
            while not catches_sigterm(app.pid) and time.monotonic() < deadline:
                time.sleep(0.002)
            if when == "idle":
                while not database.exists() and time.monotonic() < deadline:
                    time.sleep(0.05)
                time.sleep(0.5)
            app.send_signal(signal.SIGTERM)
            code = app.wait(30)
        finally:
            if app.poll() is None:
                app.kill()
            _out, err = app.communicate()
    assert code == 0, err[-3000:]
    assert (layout / "window-layout.json").is_file()
