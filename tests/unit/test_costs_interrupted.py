"""Answers cut off by a crash or a kill are settled at the next start (issue 13, item 2):
billed from GET /generation when the answer has a generation id, else booked as an estimate,
once, whatever the server says. Real SQLite, the real fake server."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from app.api import OpenRouterClient
from app.api.parsing import parse_model
from app.core.conversation import ChatSettings, Message, MessageStatus
from app.core.models import ModelInfo
from app.services.chat import ChatService
from app.services.costs import CostService
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger, LedgerEntry
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import FAST_RETRY

D = Decimal
WIZARD_ID = "microsoft/wizardlm-2-8x22b"
STARTED_AT = 1_700_000_000.0  # when the cut-off answer was written: long before "now"
NOW = 1_773_000_000.0


@dataclass
class Home:
    """One SWITCHBOARD_HOME's database, as the next start opens it."""

    connection: sqlite3.Connection
    history: HistoryStore
    ledger: Ledger
    catalogue: dict[str, ModelInfo]

    def settle(self, fake: FakeOpenRouter, *, base_url: str | None = None) -> int:
        """One start: mark what was streaming as interrupted, then settle it."""
        self.history.mark_interrupted()

        async def run() -> int:
            async with httpx.AsyncClient() as http:
                client = OpenRouterClient(
                    http, base_url=base_url or fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
                )
                costs = CostService(
                    self.ledger,
                    self.catalogue.get,
                    client,
                    history=self.history,
                    clock=lambda: NOW,
                    generation_attempts=2,
                    generation_delay=0.01,
                )
                return await costs.settle_interrupted()

        return asyncio.run(run())

    def cut_off(self, content: str, **fields: object) -> Message:
        """An answer the app was streaming when it died (as the disk holds it)."""
        conversation = self.history.create_conversation(settings=ChatSettings(model=WIZARD_ID))
        self.history.add_message(conversation.id, "user", "Tell me a long story, please")
        return self.history.add_message(
            conversation.id,
            "assistant",
            content,
            status=MessageStatus.STREAMING,
            settings=ChatSettings(model=WIZARD_ID),
            **fields,  # type: ignore[arg-type]
        )

    def rows(self) -> list[LedgerEntry]:
        return self.ledger.entries()

    def message(self, message_id: int) -> Message:
        message = self.history.get_message(message_id)
        assert message is not None
        return message


def open_home(path: Path, fake: FakeOpenRouter) -> Home:
    connection = open_database(path)
    catalogue = {m.id: m for m in map(parse_model, fake.models) if m is not None}
    history = HistoryStore(connection, clock=lambda: STARTED_AT)
    return Home(connection, history, Ledger(connection, lambda: NOW), catalogue)


@pytest.fixture
def home(fake: FakeOpenRouter, tmp_path: Path) -> Iterator[Home]:
    opened = open_home(tmp_path / "history.sqlite3", fake)
    yield opened
    opened.connection.close()


def served_generation(fake: FakeOpenRouter, home: Home) -> str:
    """A generation the fake served (so GET /generation knows it), in a conversation of
    its own that ended normally; returns its id."""
    fake.push(Scenario(text="One two three four five six"))

    async def run() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            conversation = home.history.create_conversation()
            chat = ChatService(client, home.history)
            await chat.send(conversation.id, "Hi", lambda event: None)

    asyncio.run(run())
    return list(fake.generations)[-1]


def billed(fake: FakeOpenRouter, generation_id: str) -> Decimal:
    return D(repr(fake.generations[generation_id]["total_cost"]))


# -- a real stream, cut off -------------------------------------------------------------------


def test_an_answer_cut_off_mid_stream_is_billed_from_generation_at_the_next_start(
    fake: FakeOpenRouter, tmp_path: Path
) -> None:
    """A real turn streams until the fake stalls; the database as it is on disk then (a
    kill) is opened by the next start, which books the billed figure once."""
    fake.push(Scenario(chunks=[f"w{i} " for i in range(40)], stall_after=12, stall_seconds=30))
    live = open_home(tmp_path / "live.sqlite3", fake)
    disk = tmp_path / "after-kill.sqlite3"

    async def stream_then_kill() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            chat = ChatService(client, live.history, checkpoint_interval=0.05)
            conversation = live.history.create_conversation(settings=ChatSettings(model=WIZARD_ID))
            task = asyncio.ensure_future(
                chat.send(conversation.id, "A long story?", lambda event: None)
            )
            for _ in range(400):
                await asyncio.sleep(0.01)
                answer = live.history.messages(conversation.id)[-1]
                if answer.role == "assistant" and answer.content.count("w") >= 12:
                    break
            with sqlite3.connect(disk) as copy:  # what the disk holds at the kill
                live.connection.backup(copy)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    asyncio.run(stream_then_kill())
    live.connection.close()
    after = open_home(disk, fake)
    try:
        assert after.history.unsettled_interrupted() == []  # only the start marks it
        assert after.settle(fake) == 1
        assert after.history.unsettled_interrupted() == []  # billed now
        [row] = after.rows()
        assert row.generation_id is not None and row.billed
        assert row.cost == billed(fake, row.generation_id) > 0
        assert row.message_id is not None
        message = after.message(row.message_id)
        assert message.status is MessageStatus.INTERRUPTED
        assert message.content.startswith("w0 w1 ")
        assert (message.cost, message.cost_is_billed) == (row.cost, True)
        assert message.provider == "FakeProvider" and message.model == WIZARD_ID
        assert row.created_at == message.created_at  # spent then, not today
        assert after.ledger.today() == 0
        assert after.settle(fake) == 0 and len(after.rows()) == 1
    finally:
        after.connection.close()


# -- idempotence -------------------------------------------------------------------------------


def test_restarting_twice_books_one_row(fake: FakeOpenRouter, home: Home) -> None:
    generation = served_generation(fake, home)
    home.cut_off("Once upon a", generation_id=generation, model=WIZARD_ID)
    assert home.settle(fake) == 1
    asked = len([r for r in fake.requests if r.route == "/generation"])
    assert home.settle(fake) == 0
    assert len([r for r in fake.requests if r.route == "/generation"]) == asked  # not again
    [row] = home.rows()
    assert row.billed and row.cost == billed(fake, generation)


def test_a_crash_between_the_ledger_and_the_message_books_nothing_twice(
    fake: FakeOpenRouter, home: Home
) -> None:
    generation = served_generation(fake, home)
    cut = home.cut_off("Once upon a", generation_id=generation)
    assert home.settle(fake) == 1
    # As if the app died after the ledger row was written but before the message was.
    home.history.update_message(cut.id, cost=None, cost_is_billed=False)
    assert home.settle(fake) == 0
    [row] = home.rows()
    assert row.billed and row.cost == billed(fake, generation)


def test_an_answer_booked_by_its_generation_id_is_not_booked_again(
    fake: FakeOpenRouter, home: Home
) -> None:
    """A copy of an answer (Continue in chat) carries its generation id: one row for both."""
    generation = served_generation(fake, home)
    home.ledger.record(LedgerEntry(cost=D("0.5"), billed=True, generation_id=generation))
    home.cut_off("Once upon a", generation_id=generation)
    assert home.settle(fake) == 0
    assert [r.cost for r in home.rows()] == [D("0.5")]


# -- without a generation id ------------------------------------------------------------------


def test_without_a_generation_id_the_estimate_is_booked_as_estimated(
    fake: FakeOpenRouter, home: Home
) -> None:
    cut = home.cut_off("Once upon a time there was a fox " * 20)
    assert home.settle(fake) == 1
    [row] = home.rows()
    assert not row.billed and row.cost > 0
    assert row.completion_tokens is not None and row.completion_tokens > 20
    message = home.message(cut.id)
    assert (message.cost, message.cost_is_billed) == (row.cost, False)
    assert not [r for r in fake.requests if r.route == "/generation"]
    assert home.settle(fake) == 0 and len(home.rows()) == 1


def test_an_answer_with_nothing_in_it_and_no_generation_id_costs_nothing(
    fake: FakeOpenRouter, home: Home
) -> None:
    home.cut_off("")
    assert home.settle(fake) == 0
    assert home.rows() == []


def test_a_copy_of_an_answer_already_booked_is_not_booked_again(
    fake: FakeOpenRouter, home: Home
) -> None:
    cut = home.cut_off("Once upon a time there was a fox")
    assert home.settle(fake) == 1
    home.history.copy_conversation(cut.conversation_id, "Continued")
    assert home.settle(fake) == 0
    assert len(home.rows()) == 1


def test_complete_and_stopped_answers_are_not_touched(fake: FakeOpenRouter, home: Home) -> None:
    cut = home.cut_off("Done", generation_id=served_generation(fake, home))
    home.history.update_message(cut.id, status=MessageStatus.STOPPED)
    assert home.settle(fake) == 0
    assert home.rows() == []


# -- a server that does not help -------------------------------------------------------------


def test_a_generation_the_server_never_finds_is_booked_as_an_estimate_then_billed_later(
    fake: FakeOpenRouter, home: Home
) -> None:
    generation = served_generation(fake, home)
    cut = home.cut_off("Once upon a time", generation_id=generation)
    fake.generation_404s = 1000
    assert home.settle(fake) == 1
    [row] = home.rows()
    assert not row.billed and row.cost > 0  # the money did not escape
    fake.generation_404s = 0
    assert home.settle(fake) == 1  # the next start has the billed figure
    [row] = home.rows()
    assert row.billed and row.cost == billed(fake, generation)
    assert home.message(cut.id).cost_is_billed


@pytest.mark.parametrize(
    "record",
    [
        {"total_cost": 1e30},
        {"total_cost": "a lot"},
        {"total_cost": -1},
        {"id": None},
        {},
    ],
    ids=["1e30", "text", "negative", "no-id", "empty"],
)
def test_a_hostile_generation_answer_leaves_the_estimate(
    fake: FakeOpenRouter, home: Home, record: dict[str, object]
) -> None:
    generation = served_generation(fake, home)
    fake.generations[generation] = record
    cut = home.cut_off("Once upon a time", generation_id=generation)
    assert home.settle(fake) == 1
    [row] = home.rows()
    assert not row.billed and D(0) < row.cost < D(1)
    assert home.message(cut.id).status is MessageStatus.INTERRUPTED


def test_a_server_that_cannot_be_reached_leaves_the_estimate(
    fake: FakeOpenRouter, home: Home, caplog: pytest.LogCaptureFixture
) -> None:
    home.cut_off("Once upon a time", generation_id="gen-1-gone")
    closed = "http://127.0.0.1:9/api/v1"  # the discard port: nothing listens
    assert home.settle(fake, base_url=closed) == 1
    [row] = home.rows()
    assert not row.billed
    assert "gen-1-gone" in caplog.text


def test_one_broken_answer_does_not_stop_the_others(
    fake: FakeOpenRouter, home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = home.cut_off("First answer, long enough", generation_id=served_generation(fake, home))
    home.cut_off("Second answer, long enough")
    real_record = home.ledger.record

    def refuse_first(entry: LedgerEntry) -> int:
        if entry.message_id == first.id:
            raise sqlite3.OperationalError("disk I/O error")
        return real_record(entry)

    monkeypatch.setattr(home.ledger, "record", refuse_first)
    assert home.settle(fake) == 1
    assert len(home.rows()) == 1
    monkeypatch.undo()
    assert home.settle(fake) == 1  # the next start books the one left
    assert len(home.rows()) == 2


# -- at startup ------------------------------------------------------------------------------


def test_settling_runs_in_the_background_and_quitting_stops_it_cleanly(
    fake: FakeOpenRouter, home: Home
) -> None:
    """Start-up does not wait for GET /generation; quitting meanwhile books nothing, and
    the next start books the answer once."""
    generation = served_generation(fake, home)
    cut = home.cut_off("Once upon a time", generation_id=generation)
    home.history.mark_interrupted()
    fake.generation_404s = 1000  # the stats are slow to appear
    changed: list[Message] = []

    async def start_then_quit() -> float:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            costs = CostService(
                home.ledger,
                home.catalogue.get,
                client,
                history=home.history,
                generation_attempts=50,
                generation_delay=0.05,
            )
            costs.message_changed.subscribe(changed.append)
            settled: list[Message] = []
            costs.settled.subscribe(settled.append)
            loop = asyncio.get_running_loop()
            began = loop.time()
            costs.settle_interrupted_soon()
            took = loop.time() - began
            await asyncio.sleep(0.3)  # a few 404s
            await costs.aclose()
            assert settled == []
            return took

    assert asyncio.run(start_then_quit()) < 0.05
    assert home.rows() == [] and changed == []
    fake.generation_404s = 0
    assert home.settle(fake) == 1
    [row] = home.rows()
    assert row.billed and row.message_id == cut.id


def test_a_settled_figure_is_told_to_the_listener_so_the_bubble_redraws(
    fake: FakeOpenRouter, home: Home
) -> None:
    generation = served_generation(fake, home)
    cut = home.cut_off("Once upon a time", generation_id=generation)
    home.history.mark_interrupted()
    changed: list[Message] = []

    async def run() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            costs = CostService(
                home.ledger,
                home.catalogue.get,
                client,
                history=home.history,
            )
            costs.message_changed.subscribe(changed.append)
            costs.settle_interrupted_soon()
            await costs.wait_settled()

    asyncio.run(run())
    assert [(m.id, m.cost, m.cost_is_billed) for m in changed] == [
        (cut.id, billed(fake, generation), True)
    ]
