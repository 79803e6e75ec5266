"""The real app books what comparisons and cut-off answers cost (issue 13, item 2): a
four-column comparison adds four ledger rows whose sum is the columns' billed costs, a daily
cap already reached stops a comparison before any request goes out, and an answer cut off by
a kill is billed from GET /generation at the next start."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.store.database import open_database
from app.store.ledger import Ledger, LedgerEntry
from app.store.settings_file import SETTINGS_FILE_NAME, AppSettings, save_settings
from tests.fakes.fake_openrouter import FakeOpenRouter, Scenario
from tests.helpers.app_process import (
    app_environment,
    newest_answer,
    run_app,
    start_app,
    wait_for_streaming,
)

PRESETS = "Balanced,Precise,Creative,Concise"
D = Decimal


def rows(home: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    database = home / "data" / "history.sqlite3"
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return db.execute(sql, params).fetchall()


def column_answers(home: Path) -> list[tuple[Any, ...]]:
    """(message id, cost, billed, generation id) of every comparison column's answer."""
    return rows(
        home,
        "SELECT m.id, m.cost, m.cost_is_billed, m.generation_id FROM messages m"
        " JOIN conversations c ON c.id = m.conversation_id"
        " WHERE c.comparison_id IS NOT NULL AND m.role = 'assistant' ORDER BY m.id",
    )


def billed(fake: FakeOpenRouter, generation_id: object) -> Decimal:
    """The fake's total_cost, read as the client reads the JSON number."""
    return D(repr(fake.generations[str(generation_id)]["total_cost"]))


def compare(home: Path, fake: FakeOpenRouter) -> subprocess.CompletedProcess[str]:
    return run_app(
        home,
        "--compare",
        "Name three long rivers and say where each one starts",
        "--presets",
        PRESETS,
        "--quit-when-done",
        base_url=fake.base_url,
    )


def test_a_four_column_comparison_adds_four_ledger_rows_of_the_billed_costs(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    with FakeOpenRouter() as fake:
        result = compare(home, fake)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "switchboard compare done:" in result.stdout and "columns=4" in result.stdout
        assert len(fake.chat_requests) == 4
        answers = column_answers(home)
        assert len(answers) == 4
        assert all(billed_flag == 1 for _id, _cost, billed_flag, _gen in answers)
        fake_costs = [billed(fake, gen) for *_rest, gen in answers]
    ledger = rows(home, "SELECT message_id, cost, billed, generation_id FROM ledger ORDER BY id")
    assert sorted(row[0] for row in ledger) == [row[0] for row in answers]  # one row each
    assert all(row[2] == 1 for row in ledger)
    total = sum((D(str(row[1])) for row in ledger), D(0))
    assert total == sum((D(str(row[1])) for row in answers), D(0)) == sum(fake_costs, D(0))
    assert total > 0
    assert "Traceback" not in result.stderr, result.stderr[-3000:]


def test_a_daily_cap_already_reached_stops_a_comparison_before_any_request(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    database = open_database(home / "data" / "history.sqlite3")
    try:
        Ledger(database).record(LedgerEntry(cost=D("0.50"), billed=True, model="earlier/chat"))
    finally:
        database.close()
    save_settings(home / "config" / SETTINGS_FILE_NAME, AppSettings(daily_cap=D("0.50")))
    with FakeOpenRouter() as fake:
        result = compare(home, fake)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "switchboard compare refused:" in result.stdout, result.stdout
        assert "4 requests" in result.stdout and "daily" in result.stdout.lower()
        assert fake.chat_requests == []
    assert column_answers(home) == []
    assert rows(home, "SELECT cost FROM ledger") == [("0.50",)]


# -- an answer cut off by a kill ---------------------------------------------------------------


def test_an_answer_cut_off_by_a_kill_is_billed_at_the_next_start(tmp_path: Path) -> None:
    home = tmp_path / "home"
    database = home / "data" / "history.sqlite3"
    with FakeOpenRouter() as fake:
        fake.push(Scenario(chunks=[f"w{i} " for i in range(400)], token_delay=0.05))
        app = start_app(app_environment(home, fake.base_url), "--send", "Tell me a long story")
        try:
            wait_for_streaming(database, words=10)
            os.kill(app.pid, signal.SIGKILL)
            app.wait(10)
        finally:
            if app.poll() is None:
                app.kill()
            app.communicate()
        status, _content, generation_id = newest_answer(database) or ("", "", None)
        assert status == "streaming" and generation_id  # stored as soon as the stream said
        assert rows(home, "SELECT * FROM ledger") == []  # nobody settled it

        restarted = run_app(home, "--quit-when-done", base_url=fake.base_url)
        again = run_app(home, "--quit-when-done", base_url=fake.base_url)
        expected = billed(fake, generation_id)
    for result in (restarted, again):
        assert result.returncode == 0, result.stderr[-3000:]
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
    ledger = rows(home, "SELECT generation_id, cost, billed FROM ledger")
    assert ledger == [(generation_id, str(expected), 1)]  # once, though started twice
    assert expected > 0
    [(status, cost, cost_is_billed)] = rows(
        home,
        "SELECT status, cost, cost_is_billed FROM messages WHERE generation_id = ?",
        generation_id,
    )
    assert (status, D(str(cost)), cost_is_billed) == ("interrupted", expected, 1)
