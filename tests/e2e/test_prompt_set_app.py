"""The real app runs a shared prompt-set file against presets (issue #17): every (prompt,
preset) is asked once through the fair pinning, each answer is booked in the ledger at the
price the server billed, and a daily cap already reached stops the run before any request."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.store.database import open_database
from app.store.ledger import Ledger, LedgerEntry
from app.store.settings_file import SETTINGS_FILE_NAME, AppSettings, save_settings
from tests.fakes.fake_openrouter import FakeOpenRouter
from tests.helpers.app_process import run_app

PROMPTS = ["Why does bread rise?", "How long should I boil an egg?", "What is umami?"]


def rows(home: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    database = home / "data" / "history.sqlite3"
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        return db.execute(sql, params).fetchall()


def prompt_set(tmp_path: Path) -> Path:
    path = tmp_path / "kitchen.json"
    items = [{"prompt": p, "notes": "Short and right."} for p in PROMPTS]
    data = {"format": "switchboard.prompt-set", "version": 1, "name": "Kitchen", "prompts": items}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def run(home: Path, fake: FakeOpenRouter, path: Path) -> Any:
    return run_app(
        home,
        "--prompt-set",
        str(path),
        "--presets",
        "Precise,Creative",
        "--quit-when-done",
        base_url=fake.base_url,
    )


def test_a_prompt_set_runs_every_prompt_against_every_preset_and_books_it(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    with FakeOpenRouter() as fake:
        result = run(home, fake, prompt_set(tmp_path))
        assert result.returncode == 0, result.stderr[-3000:]
        assert "switchboard prompt set done:" in result.stdout, result.stdout
        assert "answers=6 of=6 failed=0" in result.stdout
        bodies = [r.json for r in fake.chat_requests]
        billed = sum(
            (Decimal(repr(g["total_cost"])) for g in fake.generations.values()), Decimal(0)
        )
    assert sorted(b["messages"][-1]["content"] for b in bodies) == sorted(PROMPTS * 2)
    # Fair: one provider for both presets of the model, every setting required.
    assert len({json.dumps(b["provider"], sort_keys=True) for b in bodies}) == 1
    assert all(b["provider"]["require_parameters"] is True for b in bodies)
    ledger = rows(home, "SELECT cost, billed FROM ledger")
    assert len(ledger) == 6 and all(flag == 1 for _cost, flag in ledger)
    assert sum((Decimal(cost) for cost, _flag in ledger), Decimal(0)) == billed
    [(state,)] = rows(home, "SELECT state FROM prompt_runs")
    assert state == "done"


def test_a_reached_daily_cap_stops_the_run_before_any_request(tmp_path: Path) -> None:
    home = tmp_path / "home"
    database = open_database(home / "data" / "history.sqlite3")
    try:
        Ledger(database).record(LedgerEntry(cost=Decimal("0.50"), billed=True, model="a/b"))
    finally:
        database.close()
    save_settings(home / "config" / SETTINGS_FILE_NAME, AppSettings(daily_cap=Decimal("0.50")))
    with FakeOpenRouter() as fake:
        result = run(home, fake, prompt_set(tmp_path))
        assert result.returncode == 0, result.stderr[-3000:]
        assert "switchboard prompt set refused:" in result.stdout, result.stdout
        assert "6 requests" in result.stdout and "daily" in result.stdout.lower()
        assert fake.chat_requests == []
