"""Versions through the real app: kill -9 while a new version of an answer streams, and the
next start still has the old version and the partial new one."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
from pathlib import Path

from tests.fakes.fake_openrouter import FakeOpenRouter, Scenario
from tests.helpers.app_process import (
    app_environment,
    run_app_in,
    start_app,
    wait_for_streaming,
)


def _answers(database: Path) -> list[tuple[int, int | None, str, str]]:
    """Every answer as (id, parent id, status, content), oldest first."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return db.execute(
            "SELECT id, parent_id, status, content FROM messages WHERE role = 'assistant'"
            " ORDER BY id"
        ).fetchall()


def _shown(database: Path) -> list[int]:
    """The ids of the branch on screen of the only conversation."""
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        (mid,) = db.execute("SELECT chosen_root_id FROM conversations").fetchone()
        shown = []
        while mid is not None:
            shown.append(mid)
            (mid,) = db.execute(
                "SELECT chosen_child_id FROM messages WHERE id = ?", (mid,)
            ).fetchone()
        return shown


def test_killed_while_a_new_version_streams_keeps_both_versions(tmp_path: Path) -> None:
    database = tmp_path / "data" / "history.sqlite3"
    with FakeOpenRouter() as fake:
        fake.push(
            Scenario(text="The first answer, complete."),
            Scenario(chunks=[f"w{i} " for i in range(400)], token_delay=0.05),
        )
        env = app_environment(tmp_path, fake.base_url)
        first = run_app_in(env, "--send", "Tell me a story", "--quit-when-done")
        assert first.returncode == 0, first.stderr[-3000:]
        app = start_app(env, "--regenerate")  # the conversation's tab is open again
        try:
            wait_for_streaming(database, words=20)
            os.kill(app.pid, signal.SIGKILL)
            app.wait(10)
        finally:
            if app.poll() is None:
                app.kill()
            app.communicate()
        assert len(fake.chat_requests) == 2
        assert fake.chat_requests[1].json["messages"] == [
            {"role": "user", "content": "Tell me a story"}  # the old answer is not sent
        ]
        restart = run_app_in(env, "--selftest")
    assert restart.returncode == 0, restart.stderr[-3000:]
    assert "interrupted=1" in restart.stdout
    (old_id, old_parent, old_status, old_text), (new_id, new_parent, new_status, new_text) = (
        _answers(database)
    )
    assert old_id < new_id and old_parent == new_parent is not None  # versions of one answer
    assert (old_status, old_text) == ("complete", "The first answer, complete.")
    assert new_status == "interrupted" and new_text.startswith("w0 w1 w2 ")
    assert len(new_text.split()) >= 20
    assert _shown(database) == [old_parent, new_id]  # the new version is the one on screen
