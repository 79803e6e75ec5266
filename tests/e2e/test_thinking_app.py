"""A thinking model through the real app: what is sent, what is kept, what a kill leaves."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import time
from pathlib import Path

from tests.fakes.fake_openrouter import THINKER, FakeOpenRouter, Scenario
from tests.helpers.app_process import app_environment, run_app_in, start_app

THOUGHTS = [f"Step {i}: weigh option {i}. " for i in range(60)]


def test_a_thinking_answer_is_sent_kept_and_exported(tmp_path: Path) -> None:
    """--model picks the thinking model; Model default sends no ``reasoning`` key; the answer
    keeps its thinking, the server's thinking tokens and the seconds spent thinking."""
    out = tmp_path / "out.json"
    with FakeOpenRouter() as fake:
        fake.push(Scenario(reasoning=THOUGHTS, reasoning_tokens=1_200, text="Option 7 wins."))
        env = app_environment(tmp_path, fake.base_url)
        done = run_app_in(
            env,
            "--model",
            THINKER["id"],
            "--send",
            "Which option?",
            "--export",
            str(out),
            "--quit-when-done",
        )
        body = fake.chat_requests[0].json
    assert done.returncode == 0, done.stderr
    assert body["model"] == THINKER["id"] and "reasoning" not in body
    answer = json.loads(out.read_text())["messages"][-1]
    kept = answer["switchboard"]
    assert answer["content"] == "Option 7 wins."
    assert kept["reasoning"] == "".join(THOUGHTS)
    assert kept["reasoning_tokens"] == 1_200
    assert kept["thinking_s"] >= 0 and kept["completion_tokens"] > 1_200


def _thinking_so_far(database: Path) -> str:
    if not database.exists():
        return ""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        try:
            row = db.execute(
                "SELECT reasoning FROM messages WHERE role = 'assistant' ORDER BY id DESC"
            ).fetchone()
        except sqlite3.OperationalError:
            return ""
    return str(row[0]) if row else ""


def test_killed_while_it_thinks_keeps_the_thinking(tmp_path: Path) -> None:
    """Thinking is billed: a kill -9 before the first answer word keeps what was thought,
    and the next start shows the answer as interrupted with that thinking."""
    database = tmp_path / "data" / "history.sqlite3"
    with FakeOpenRouter() as fake:
        fake.push(Scenario(reasoning=THOUGHTS * 5, text="Never reached.", token_delay=0.05))
        env = app_environment(tmp_path, fake.base_url)
        app = start_app(env, "--model", THINKER["id"], "--send", "Think it through")
        try:
            deadline = time.monotonic() + 30
            while _thinking_so_far(database).count("Step") < 20:
                assert time.monotonic() < deadline, "no thinking was saved"
                assert app.poll() is None, app.communicate()
                time.sleep(0.1)
            os.kill(app.pid, signal.SIGKILL)
            app.wait(10)
        finally:
            if app.poll() is None:
                app.kill()
            app.communicate()
        kept = _thinking_so_far(database)
        restart = run_app_in(env, "--selftest")
    assert restart.returncode == 0, restart.stderr
    assert "interrupted=1" in restart.stdout
    assert _thinking_so_far(database) == kept and kept.startswith("Step 0")
