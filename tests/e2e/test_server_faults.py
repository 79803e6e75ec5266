"""The real app against a server that sends what no real answer holds (issue #12, items 4, 6,
7): an emoji split across chunks, a cost of $1e30 and token counts past 2**63, an error quoting
the key; and a database that already holds impossible figures. The app keeps the answer, keeps
starting, and keeps the key out of everything it stores."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path

from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario
from tests.helpers.app_process import run_app


def sse(*chunks: str) -> bytes:
    return "".join(f"data: {chunk}\n\n" for chunk in chunks).encode()


def delta(content: str) -> str:
    return json.dumps({"choices": [{"index": 0, "delta": {"content": content}}]})


FINISH = json.dumps({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})


def rows(home: Path, sql: str) -> list[tuple[object, ...]]:
    database = home / "data" / "history.sqlite3"
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return db.execute(sql).fetchall()


# What these faults raised before: a crash dialog each.
FAULTS = ("InvalidOperation", "UnicodeEncodeError", "OverflowError", "switchboard.crash")


def assert_clean_run(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stderr[-3000:]
    for fault in FAULTS:
        assert fault not in result.stderr, result.stderr[-3000:]


def test_an_emoji_split_across_two_chunks_is_saved(tmp_path: Path) -> None:
    home = tmp_path / "home"
    body = sse(delta("before \ud83d"), delta("\ude00 after"), FINISH, "[DONE]")
    with FakeOpenRouter() as fake:
        fake.push(Scenario(body=body))
        sent = run_app(home, "--send", "Emoji?", "--quit-when-done", base_url=fake.base_url)
    assert_clean_run(sent)
    answers = rows(home, "SELECT content, status FROM messages WHERE role = 'assistant'")
    assert answers == [("before \U0001f600 after", "complete")]
    assert_clean_run(run_app(home, "--selftest"))


def test_a_cost_of_1e30_and_huge_token_counts_neither_lose_the_answer_nor_brick_the_app(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    usage = {"prompt_tokens": 2**64, "completion_tokens": 2**63, "cost": 1e30}
    with FakeOpenRouter() as fake:
        fake.push(Scenario(text="A dear answer.", usage_data=usage))
        sent = run_app(home, "--send", "Price?", "--quit-when-done", base_url=fake.base_url)
        again = run_app(home, "--selftest", base_url=fake.base_url)
    assert_clean_run(sent)
    assert_clean_run(again)
    assert "switchboard selftest ok:" in again.stdout
    answers = rows(
        home,
        "SELECT content, status, cost, cost_is_billed, prompt_tokens, completion_tokens"
        " FROM messages WHERE role = 'assistant'",
    )
    assert len(answers) == 1
    content, status, cost, billed, prompt, completion = answers[0]
    assert (content, status, billed) == ("A dear answer.", "complete", 0)
    # The billed figures were unknown; what is stored is the app's own estimate, or nothing.
    assert cost is None or Decimal(str(cost)) < 1
    assert all(n is None or 0 <= int(str(n)) < 10**6 for n in (prompt, completion))
    ledger = rows(home, "SELECT cost, billed FROM ledger")
    assert all(Decimal(str(c)) < 1 and not b for c, b in ledger)


def test_impossible_figures_already_stored_do_not_stop_the_start(tmp_path: Path) -> None:
    """An older version (or a hand edit) stored them; every later start exited 1: a cost of
    1e30 (the meter's format_usd), a time past what ``localtime`` can show (the library)."""
    home = tmp_path / "home"
    assert_clean_run(run_app(home, "--selftest"))
    database = home / "data" / "history.sqlite3"
    now = "strftime('%s','now')"
    with contextlib.closing(sqlite3.connect(database)) as db, db:
        for title, when in (("Old", now), ("From the year 1e300", "1e300")):
            db.execute(
                "INSERT INTO conversations (title, title_is_custom, settings_json, created_at,"
                f" updated_at) VALUES (?, 1, '{{}}', {when}, {when})",
                (title,),
            )
            conversation = db.execute("SELECT max(id) FROM conversations").fetchone()[0]
            db.execute(
                "INSERT INTO messages (conversation_id, role, content, status, created_at,"
                " cost, cost_is_billed, prompt_tokens, completion_tokens, elapsed_s) VALUES"
                f" (?, 'assistant', 'old answer', 'complete', {when}, '1E+30', 1, ?, ?, 1e300)",
                (conversation, 2**63 - 1, -7),
            )
            db.execute(
                "INSERT INTO ledger (created_at, conversation_id, cost, billed, prompt_tokens)"
                f" VALUES ({when}, ?, '1E+30', 1, ?)",
                (conversation, 2**63 - 1),
            )
    result = run_app(home, "--selftest", timeout=30)
    assert_clean_run(result)
    assert "switchboard selftest ok:" in result.stdout


def test_a_server_error_quoting_the_key_is_stored_and_exported_redacted(tmp_path: Path) -> None:
    home = tmp_path / "home"
    export = tmp_path / "export.json"
    quoting = f"Key {VALID_KEY} may not use this model"
    pieces = [f"piece{i} " for i in range(4)]
    with FakeOpenRouter() as fake:
        fake.push(
            Scenario(status=400, error_body={"error": {"code": 400, "message": quoting}}),
            Scenario(chunks=pieces, mid_error="no_choices", mid_error_message=quoting),
        )
        result = run_app(
            home,
            *("--send", "First", "--send", "Second"),
            *("--export", str(export), "--quit-when-done"),
            base_url=fake.base_url,
        )
    assert_clean_run(result)
    assert "piece0" in export.read_text()
    for path in [export, *(p for p in home.rglob("*") if p.is_file())]:
        assert VALID_KEY.encode() not in path.read_bytes(), path
    assert VALID_KEY not in result.stdout + result.stderr
