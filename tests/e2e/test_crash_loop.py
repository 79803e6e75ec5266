"""kill -9 at random moments while the real app streams, 20 times in a row, restarting each
time: nothing committed is ever lost, nothing stays "streaming", the database stays sound.

The moments are seeded (SWITCHBOARD_CRASH_SEED, default below) so a failure can be replayed;
SWITCHBOARD_CRASH_RUNS changes the number of kills.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.fakes.fake_openrouter import FakeOpenRouter, Scenario
from tests.helpers.app_process import app_environment, run_app_in, start_app

RUNS = int(os.environ.get("SWITCHBOARD_CRASH_RUNS", "20"))
SEED = int(os.environ.get("SWITCHBOARD_CRASH_SEED", "20250611"))

Row = tuple[int, int, str, str, str]  # id, conversation, role, status, content


def read_rows(database: Path) -> dict[int, Row]:
    if not database.exists():
        return {}
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        try:
            rows = db.execute(
                "SELECT id, conversation_id, role, status, content FROM messages ORDER BY id"
            ).fetchall()
        except sqlite3.OperationalError:  # not created yet
            return {}
    return {row[0]: row for row in rows}


def integrity(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(database)) as db:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])


@pytest.mark.timeout(300)
def test_kill_nine_at_random_moments_twenty_times(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    database = tmp_path / "data" / "history.sqlite3"
    kept: dict[int, Row] = {}  # everything seen committed so far
    summary: list[str] = []
    started_all = time.monotonic()
    with FakeOpenRouter() as fake:
        # Two sends a run, 40 tokens 10 ms apart each: a kill 0.3-2 s after launch lands in
        # start-up, in the first answer, between the two, or in the second.
        fake.default = Scenario(chunks=[f"w{i} " for i in range(40)], token_delay=0.01)
        env = app_environment(tmp_path, fake.base_url)
        for run in range(RUNS):
            delay = rng.uniform(0.3, 2.0)
            app = start_app(
                env,
                *("--send", f"Question {run}a", "--send", f"Question {run}b"),
                stdout=subprocess.DEVNULL,
            )
            try:
                time.sleep(delay)
                before_kill = read_rows(database)
                os.kill(app.pid, signal.SIGKILL)
                app.wait(10)
            finally:
                if app.poll() is None:
                    app.kill()
                    app.wait(10)
                assert app.stderr is not None
                app.stderr.close()
            assert app.returncode == -signal.SIGKILL
            after_kill = read_rows(database)
            streaming = [r for r in after_kill.values() if r[3] == "streaming"]

            restart = run_app_in(env, "--selftest")
            assert restart.returncode == 0, restart.stderr[-3000:]
            assert f"interrupted={len(streaming)} " in restart.stdout, (run, restart.stdout)
            after = read_rows(database)

            # Every message seen committed (before the kill, or by earlier runs) is still
            # there, with the same role and at least the same text.
            for ident, (_, conversation, role, status, content) in {**kept, **before_kill}.items():
                assert ident in after, (run, "lost message", ident)
                _, conv_now, role_now, status_now, content_now = after[ident]
                assert (conv_now, role_now) == (conversation, role)
                assert content_now.startswith(content), (run, ident, content, content_now)
                if status != "streaming":
                    assert (status_now, content_now) == (status, content), (run, ident)
            # Nothing is left "streaming": what was streaming is now "interrupted", as it was.
            assert not [r for r in after.values() if r[3] == "streaming"], run
            for row in streaming:
                assert after[row[0]][3] == "interrupted" and after[row[0]][4] == row[4]
            assert integrity(database) == "ok"
            kept = after
            summary.append(
                f"run {run:2}: killed at {delay:.2f} s, {len(after_kill)} rows, "
                f"{len(streaming)} interrupted"
            )
    took = time.monotonic() - started_all
    interrupted = sum(1 for r in kept.values() if r[3] == "interrupted")
    complete = sum(1 for r in kept.values() if r[3] == "complete" and r[2] == "assistant")
    print(
        f"\nkill -9 loop: {RUNS} kills in {took:.1f} s; {len(kept)} messages kept, "
        f"{complete} complete answers, {interrupted} interrupted answers, integrity ok"
    )
    print("\n".join(summary))
    assert complete + interrupted >= 1  # some kills really landed while answers streamed
