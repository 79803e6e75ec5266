"""Comparisons below the UI: the store on real SQLite, and CompareService running columns
concurrently against the fake server (real HTTP, real streaming)."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from app.api import OpenRouterClient
from app.api.parsing import parse_model
from app.core.conversation import ChatSettings, MessageStatus
from app.core.export import comparison_to_markdown
from app.core.models import ModelInfo
from app.core.params import SamplingParams
from app.core.request import next_request
from app.services.chat import ChatService, Listener, TurnEvent, TurnFinished, TurnText
from app.services.compare import CompareService
from app.services.conversations import ConversationService
from app.services.costs import CostService
from app.store import database
from app.store.comparisons import Comparison, ComparisonStore
from app.store.database import backup_path, open_database, schema_version
from app.store.history import HistoryStore
from app.store.ledger import Ledger
from app.store.settings_file import AppSettings
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario
from tests.helpers.clocks import TickingClock

from .conftest import FAST_RETRY

T = TypeVar("T")
WIZARD = "microsoft/wizardlm-2-8x22b"
LABELS = ["Precise", "Balanced", "Creative", "Wild"]
TEMPERATURES = [0.1, 0.5, 0.9, 1.3]


@dataclass
class World:
    fake: FakeOpenRouter
    connection: sqlite3.Connection
    history: HistoryStore
    store: ComparisonStore
    events: dict[int, list[TurnEvent]] = field(default_factory=dict)

    def listener_for(self, index: int) -> Listener:
        return self.events.setdefault(index, []).append

    def create(self, n: int = 4, *, blind: bool = False, title: str = "") -> Comparison:
        columns = [
            (
                LABELS[i],
                ChatSettings(
                    model=WIZARD,
                    system_prompt=f"You are {LABELS[i]}.",
                    params=SamplingParams(temperature=TEMPERATURES[i], top_p=0.9 - i / 10),
                ),
            )
            for i in range(n)
        ]
        return self.store.create(title, columns, blind=blind)

    async def use(self, work: Callable[[CompareService], Awaitable[T]]) -> T:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=self.fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            service = CompareService(ChatService(client, self.history), self.store, self.history)
            return await work(service)

    def send(self, comparison_id: int, prompt: str) -> None:
        asyncio.run(
            self.use(lambda service: service.send(comparison_id, prompt, self.listener_for))
        )

    def answers(self, comparison_id: int) -> list[str]:
        return [
            self.history.messages(column.conversation_id)[-1].content
            for column in self.store.columns(comparison_id)
        ]


@pytest.fixture
def world(fake: FakeOpenRouter, tmp_path: Path) -> Iterator[World]:
    connection = open_database(tmp_path / "history.sqlite3")
    clock = TickingClock()  # every write is later than the one before
    history = HistoryStore(connection, clock=clock)
    yield World(fake, connection, history, ComparisonStore(connection, history, clock))
    connection.close()


def column_of(body: dict[str, Any]) -> int:
    """Which column sent a request: each column has its own temperature."""
    return TEMPERATURES.index(body["temperature"])


# -- the store ---------------------------------------------------------------------------------


def test_a_comparison_is_two_to_four_conversations_kept_out_of_the_list(world: World) -> None:
    normal = world.history.create_conversation("Just chatting")
    comparison = world.create(3, title="Which is kinder?")

    assert comparison.title == "Which is kinder?"
    assert (comparison.blind, comparison.revealed) == (False, False)
    columns = world.store.columns(comparison.id)
    assert [c.index for c in columns] == [0, 1, 2]
    assert [c.label for c in columns] == LABELS[:3]
    assert [c.settings.params.temperature for c in columns] == TEMPERATURES[:3]
    assert columns[2].settings.system_prompt == "You are Creative."
    assert [s.id for s in world.history.list_conversations()] == [normal.id]
    world.history.add_message(columns[0].conversation_id, "user", "kinder words")
    assert world.history.list_conversations("kinder") == []
    assert world.store.comparison_of(columns[1].conversation_id) == (comparison.id, 1)
    assert world.store.comparison_of(normal.id) is None
    assert world.store.get(comparison.id) is not None
    assert world.store.get(comparison.id + 99) is None

    for bad in (1, 5):
        with pytest.raises(ValueError, match="2 to 4"):
            world.create(bad) if bad < 5 else world.store.create("x", [("a", ChatSettings())] * 5)


def test_columns_can_change_and_the_comparison_can_be_renamed_revealed_and_deleted(
    world: World,
) -> None:
    comparison = world.create(2, blind=True)
    assert comparison.title == "New comparison"
    new = ChatSettings(model="openai/gpt-4o-mini", params=SamplingParams(temperature=0.0))
    world.store.set_column_settings(comparison.id, 1, new, label="Exact")
    assert world.store.column(comparison.id, 1).settings == new
    assert world.store.column(comparison.id, 1).label == "Exact"
    with pytest.raises(KeyError):
        world.store.set_column_settings(comparison.id, 7, new)
    world.store.rename(comparison.id, "  Two   presets ")
    world.store.set_revealed(comparison.id, True)
    got = world.store.get(comparison.id)
    assert got is not None and got.title == "Two presets" and got.revealed and got.blind
    with pytest.raises(KeyError):
        world.store.rename(comparison.id + 5, "nope")

    ids = [c.conversation_id for c in world.store.columns(comparison.id)]
    world.history.add_message(ids[0], "user", "hello")
    world.store.delete(comparison.id)
    assert world.store.get(comparison.id) is None
    assert world.store.columns(comparison.id) == []
    assert all(world.history.get_conversation(i) is None for i in ids)
    assert world.connection.execute("SELECT COUNT(*) FROM messages").fetchone()[0] == 0
    world.store.delete(comparison.id)  # deleting twice does nothing


def test_the_list_is_newest_first_and_searches_titles_and_every_columns_text(
    world: World,
) -> None:
    first = world.create(2, title="Haiku about autumn")
    second = world.create(3, title="Tax advice")
    column = world.store.columns(first.id)[1]
    world.history.add_message(column.conversation_id, "user", "Write about leaves")
    world.history.add_message(column.conversation_id, "assistant", "Crimson maple leaves fall")

    listed = world.store.list()
    assert [s.id for s in listed] == [first.id, second.id]  # first has the newest message
    assert listed[0].labels == ("Precise", "Balanced")
    assert listed[0].preview == "Write about leaves"
    assert listed[1].labels == ("Precise", "Balanced", "Creative")

    assert [s.id for s in world.store.list("MAPLE")] == [first.id]
    assert "maple" in world.store.list("maple")[0].preview.casefold()
    assert [s.id for s in world.store.list("tax")] == [second.id]
    assert world.store.list("nothing like this") == []


def test_blind_votes_tally_by_preset_label(world: World) -> None:
    store = world.store
    assert store.tally_text("Precise", "Creative") == (
        "No blind votes yet between Precise and Creative"
    )
    for _ in range(7):
        store.record_vote("Precise", ["Creative"])
    for _ in range(3):
        store.record_vote("Creative", ["Precise", "Wild", "Creative"])  # not over itself
    assert store.tally() == {("Creative", "Precise"): (3, 7), ("Creative", "Wild"): (3, 0)}
    assert store.tally_text("Precise", "Creative") == "Precise beat Creative 7 to 3"
    assert store.tally_text("Creative", "Precise") == "Precise beat Creative 7 to 3"
    assert store.tally_text("Wild", "Creative") == "Creative beat Wild 3 to 0"
    store.record_vote("Wild", ["Creative"])
    store.record_vote("Wild", ["Creative"])
    store.record_vote("Wild", ["Creative"])
    assert store.tally_text("Wild", "Creative") == "Wild and Creative are tied 3 to 3"


def test_a_version_3_database_gains_comparisons_and_keeps_its_conversations(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path, isolation_level=None)
    for version in (1, 2, 3):
        old.executescript(database._MIGRATIONS[version])
    old.execute(
        "INSERT INTO conversations (title, created_at, updated_at) VALUES ('Old chat', 1, 1)"
    )
    old.execute("PRAGMA user_version=3")
    old.close()

    connection = open_database(path)
    assert schema_version(connection) == database.SCHEMA_VERSION
    history = HistoryStore(connection)
    assert [s.title for s in history.list_conversations()] == ["Old chat"]
    store = ComparisonStore(connection, history)
    comparison = store.create("New", [("A", ChatSettings()), ("B", ChatSettings())])
    assert len(store.columns(comparison.id)) == 2
    connection.close()
    assert backup_path(path, 3).exists()


def test_copy_conversation_copies_settings_and_every_message(world: World) -> None:
    settings = ChatSettings(model=WIZARD, params=SamplingParams(temperature=0.2))
    source = world.history.create_conversation("Source", settings)
    world.history.add_message(source.id, "user", "Question")
    world.history.add_message(
        source.id, "assistant", "Answer", model="m", prompt_tokens=5, cost=Decimal("0.001")
    )
    world.history.add_message(source.id, "user", "More?")
    world.history.add_message(source.id, "assistant", "Half", status=MessageStatus.STREAMING)

    copy = world.history.copy_conversation(source.id, "The copy")
    assert copy.id != source.id and copy.title == "The copy" and copy.settings == settings
    copied = world.history.messages(copy.id)
    original = world.history.messages(source.id)
    assert [(m.role, m.content) for m in copied] == [(m.role, m.content) for m in original]
    assert copied[1].cost == Decimal("0.001") and copied[1].prompt_tokens == 5
    assert copied[3].status is MessageStatus.INTERRUPTED
    assert original[3].status is MessageStatus.STREAMING  # the source is not changed
    with pytest.raises(KeyError):
        world.history.copy_conversation(9999, "x")


# -- running columns ---------------------------------------------------------------------------


def test_four_columns_stream_at_once_each_with_its_own_parameters(world: World) -> None:
    comparison = world.create(4)
    texts = [f"Answer number {n} has exactly eight words here." for n in range(4)]
    world.fake.push(*(Scenario(text=text, token_delay=0.06) for text in texts))
    one_stream = 9 * 0.06  # eight pieces and the finish chunk

    start = time.monotonic()
    world.send(comparison.id, "Describe the sea")
    elapsed = time.monotonic() - start

    assert elapsed < one_stream * 2, f"took {elapsed:.2f}s: the columns did not run together"
    requests = world.fake.chat_requests
    assert len(requests) == 4
    assert max(r.at for r in requests) - min(r.at for r in requests) < one_stream / 2
    by_column = {column_of(r.json): r.json for r in requests}
    assert sorted(by_column) == [0, 1, 2, 3]
    for index, body in by_column.items():
        assert body["model"] == WIZARD
        assert body["top_p"] == pytest.approx(0.9 - index / 10)
        assert body["messages"] == [
            {"role": "system", "content": f"You are {LABELS[index]}."},
            {"role": "user", "content": "Describe the sea"},
        ]
    assert sorted(world.answers(comparison.id)) == sorted(texts)
    for index, events in world.events.items():
        answer = world.history.messages(world.store.columns(comparison.id)[index].conversation_id)
        streamed = "".join(e.text for e in events if isinstance(e, TurnText))
        assert streamed == answer[-1].content  # each listener saw only its own column
        assert isinstance(events[-1], TurnFinished) and events[-1].error is None
    got = world.store.get(comparison.id)
    assert got is not None and got.title == "Describe the sea"  # named after the first prompt


def test_a_column_that_fails_leaves_the_others_complete(world: World) -> None:
    comparison = world.create(4)
    world.fake.push(
        Scenario(text="one two three four", token_delay=0.02),
        Scenario(text="one two three four", token_delay=0.02),
        Scenario(text="one two three four", token_delay=0.02),
        Scenario(text="broken answer goes here", mid_error="with_choices", token_delay=0.02),
    )
    world.send(comparison.id, "Go")

    finals = [
        world.history.messages(c.conversation_id)[-1] for c in world.store.columns(comparison.id)
    ]
    statuses = sorted(m.status.value for m in finals)
    assert statuses == ["complete", "complete", "complete", "failed"]
    failed = next(m for m in finals if m.status is MessageStatus.FAILED)
    assert failed.content == "broken answer" and failed.error
    assert (
        sorted(m.content for m in finals if m.status is MessageStatus.COMPLETE)
        == ["one two three four"] * 3
    )


def test_an_unexpected_error_in_one_column_is_isolated_and_logged(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    comparison = world.create(3)
    world.fake.push(*(Scenario(text="fine words here", token_delay=0.02) for _ in range(3)))

    def listener_for(index: int) -> Listener:
        record = world.listener_for(index)
        if index != 1:
            return record

        def explode(event: TurnEvent) -> None:
            record(event)
            if isinstance(event, TurnText):
                raise RuntimeError("a bug in the view")

        return explode

    with caplog.at_level(logging.ERROR, logger="app.services.compare"):
        asyncio.run(world.use(lambda s: s.send(comparison.id, "Hi", listener_for)))

    finals = [
        world.history.messages(c.conversation_id)[-1] for c in world.store.columns(comparison.id)
    ]
    assert [m.status for m in finals] == [
        MessageStatus.COMPLETE,
        MessageStatus.FAILED,
        MessageStatus.COMPLETE,
    ]
    assert finals[0].content == finals[2].content == "fine words here"
    assert "column 1 of comparison" in caplog.text and "a bug in the view" in caplog.text


def test_stopping_one_column_lets_the_others_finish(world: World) -> None:
    comparison = world.create(3)
    text = "a b c d e f g h i j"
    world.fake.push(*(Scenario(text=text, token_delay=0.03) for _ in range(3)))

    async def work(service: CompareService) -> None:
        def listener_for(index: int) -> Listener:
            record = world.listener_for(index)

            def listen(event: TurnEvent) -> None:
                record(event)
                if index == 2 and isinstance(event, TurnText):
                    service.stop(comparison.id, 2)

            return listen

        tasks = service.start(comparison.id, "Letters", listener_for)
        assert service.running(comparison.id) == tasks and service.is_running(comparison.id)
        with pytest.raises(RuntimeError):
            service.start(comparison.id, "again", listener_for)
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        assert tasks[2].cancelled() and not tasks[0].cancelled()
        assert not service.is_running(comparison.id)

    asyncio.run(world.use(work))
    finals = [
        world.history.messages(c.conversation_id)[-1] for c in world.store.columns(comparison.id)
    ]
    assert [m.status for m in finals] == [
        MessageStatus.COMPLETE,
        MessageStatus.COMPLETE,
        MessageStatus.STOPPED,
    ]
    assert finals[0].content == text and finals[2].content == "a"


def test_follow_ups_continue_each_columns_own_thread_and_retry_redoes_one(
    world: World,
) -> None:
    comparison = world.create(3)
    world.fake.push(*(Scenario(text=f"First answer {n}") for n in range(3)))
    world.send(comparison.id, "First question")
    first_answers = world.answers(comparison.id)
    world.fake.push(*(Scenario(text=f"Second answer {n}") for n in range(3)))
    world.send(comparison.id, "Second question")

    second = world.fake.chat_requests[3:]
    assert len(second) == 3
    for request in second:
        index = column_of(request.json)
        assert request.json["messages"] == [
            {"role": "system", "content": f"You are {LABELS[index]}."},
            {"role": "user", "content": "First question"},
            {"role": "assistant", "content": first_answers[index]},
            {"role": "user", "content": "Second question"},
        ]

    before = world.answers(comparison.id)
    world.fake.push(Scenario(text="Retried answer"))
    asyncio.run(world.use(lambda s: s.retry(comparison.id, 1, world.listener_for(1))))
    after = world.answers(comparison.id)
    assert after == [before[0], "Retried answer", before[2]]
    retried = world.fake.chat_requests[-1].json
    assert column_of(retried) == 1 and retried["messages"][-1]["content"] == "Second question"
    column = world.store.columns(comparison.id)[1]
    assert len(world.history.messages(column.conversation_id)) == 4


def test_continue_with_copies_one_columns_thread_and_settings(world: World) -> None:
    comparison = world.create(2, title="Poems")
    world.fake.push(Scenario(text="Roses"), Scenario(text="Violets"))
    world.send(comparison.id, "A poem")

    async def work(service: CompareService) -> Any:
        return service.continue_with(comparison.id, 1)

    conversation = asyncio.run(world.use(work))
    column = world.store.columns(comparison.id)[1]
    assert conversation.title == "Poems — Balanced"
    assert conversation.settings == column.settings
    assert [(m.role, m.content) for m in world.history.messages(conversation.id)] == [
        (m.role, m.content) for m in world.history.messages(column.conversation_id)
    ]
    assert [s.id for s in world.history.list_conversations()] == [conversation.id]


def test_a_blind_vote_reveals_and_counts_once(world: World) -> None:
    comparison = world.create(3, blind=True)

    async def work(service: CompareService) -> tuple[bool, bool, list[str]]:
        first = service.vote(comparison.id, 2)
        again = service.vote(comparison.id, 0)
        return first, again, service.tally_texts(comparison.id)

    first, again, lines = asyncio.run(world.use(work))
    assert (first, again) == (True, False)
    got = world.store.get(comparison.id)
    assert got is not None and got.revealed
    assert world.store.tally_text("Creative", "Precise") == "Creative beat Precise 1 to 0"
    assert lines == [
        "No blind votes yet between Precise and Balanced",
        "Creative beat Precise 1 to 0",
        "Creative beat Balanced 1 to 0",
    ]


def test_the_estimate_sums_the_columns_and_the_guard_checks_the_total(world: World) -> None:
    comparison = world.create(4)
    catalogue: dict[str, ModelInfo] = {
        m.id: m for m in map(parse_model, world.fake.models) if m is not None
    }
    ledger = Ledger(world.connection)

    async def work(service: CompareService) -> None:
        http = httpx.AsyncClient()
        client = OpenRouterClient(http, base_url=world.fake.base_url, api_key=VALID_KEY)
        costs = CostService(ledger, catalogue.get, client, history=world.history)
        priced = CompareService(service._chat, world.store, world.history, costs)
        estimate = priced.estimate(comparison.id, "How long is a piece of string?")
        singles = [
            costs.estimate_draft(c.settings, [], "How long is a piece of string?")
            for c in world.store.columns(comparison.id)
        ]
        assert estimate.count == 4
        assert estimate.typical_total == sum(s.typical_cost or 0 for s in singles)
        assert estimate.max_total == sum(s.max_cost or 0 for s in singles)
        assert estimate.text.startswith("4 requests, about $")
        assert ", at most $" in estimate.text
        assert priced.estimate_text(comparison.id, "x").startswith("4 requests, ")
        assert priced.guard(estimate, AppSettings()).action == "send"
        held = priced.guard(estimate, AppSettings(daily_cap=estimate.typical_total))
        assert held.action == "hold" and held.figure == estimate.max_total
        # Held, the question says which Maximum length would let all four go under the cap.
        check = priced.check_send(
            comparison.id,
            "How long is a piece of string?",
            None,
            AppSettings(daily_cap=estimate.typical_total),
        )
        assert check.decision.action == "hold"
        assert re.search(r"Set Maximum length to [\d,]+ or less in every column", check.question)
        # One column asked again (Retry, Regenerate) is priced as the request it then makes.
        await priced.send(comparison.id, "How long is a piece of string?", world.listener_for)
        column = world.store.columns(comparison.id)[1]
        history = world.history.messages(column.conversation_id)
        again = priced.estimate(comparison.id, "", column.index)
        asked = costs.estimate_send(
            next_request(column.settings, history[:-2], history[-2].content)
        )
        assert again.count == 1 and again.text.startswith("1 request, about $")
        assert (again.typical_total, again.max_total) == (asked.typical_cost, asked.max_cost)
        unpriced = service.estimate(comparison.id, "x")
        assert unpriced.text == "4 requests, cost unknown for this model"
        assert service.guard(unpriced, AppSettings(daily_cap=Decimal(0))).action == "send"
        await http.aclose()

    asyncio.run(world.use(work))


def test_the_markdown_export_shows_settings_stats_and_every_answer(
    world: World, tmp_path: Path
) -> None:
    comparison = world.create(2, title="Sea poems")
    world.fake.push(Scenario(text="Waves | roll."), Scenario(text="Salt and foam."))
    world.send(comparison.id, "Describe the sea")

    target = tmp_path / "sea.md"  # exported as the app does it (File > Export)
    asyncio.run(
        ConversationService(world.history, world.store).export_comparison(comparison.id, target)
    )
    markdown = target.read_text(encoding="utf-8")
    assert markdown.startswith("# Sea poems\n")
    assert "| | Precise | Balanced |" in markdown
    assert f"| Model | `{WIZARD}` | `{WIZARD}` |" in markdown
    assert "| `temperature` | 0.1 | 0.5 |" in markdown
    assert "| System prompt | You are Precise. | You are Balanced. |" in markdown
    assert "| Finish | stop | stop |" in markdown
    assert "## Turn 1\n\n> Describe the sea" in markdown
    precise = world.answers(comparison.id)[0]
    assert f"### Precise\n\n{precise}" in markdown
    assert markdown.index("### Precise") < markdown.index("### Balanced")
    assert "Tokens out" in markdown and "| Cost |" in markdown


def test_a_blind_export_hides_what_would_reveal_the_presets(world: World) -> None:
    comparison = world.create(2, blind=True)
    columns = [
        (c.label, c.settings, world.history.messages(c.conversation_id))
        for c in world.store.columns(comparison.id)
    ]
    markdown = comparison_to_markdown(comparison, columns)
    assert "Answer A" in markdown and "Answer B" in markdown
    assert "Precise" not in markdown and WIZARD not in markdown and "temperature" not in markdown
    assert "## Turn" not in markdown  # nothing was sent yet


def _following_costs(
    world: World, service: CompareService, ledger: Ledger
) -> tuple[CompareService, CostService, httpx.AsyncClient]:
    """A comparison service whose turns a CostService follows, as the app composes them."""
    catalogue: dict[str, ModelInfo] = {
        m.id: m for m in map(parse_model, world.fake.models) if m is not None
    }
    http = httpx.AsyncClient()
    client = OpenRouterClient(http, base_url=world.fake.base_url, api_key=VALID_KEY)
    costs = CostService(ledger, catalogue.get, client, history=world.history, generation_delay=0.05)
    costs.follow(service._chat.turns)
    return CompareService(service._chat, world.store, world.history, costs), costs, http


def test_every_column_of_a_comparison_is_booked_in_the_ledger(world: World) -> None:
    comparison = world.create(4)
    ledger = Ledger(world.connection)
    settled: list[int] = []

    async def work(service: CompareService) -> None:
        priced, costs, http = _following_costs(world, service, ledger)
        costs.settled.subscribe(lambda message: settled.append(message.id))
        await priced.send(comparison.id, "How long is a piece of string?", world.listener_for)
        await costs.wait_settled()
        await http.aclose()

    asyncio.run(world.use(work))

    answers = [
        world.history.messages(c.conversation_id)[-1] for c in world.store.columns(comparison.id)
    ]
    assert all(a.role == "assistant" and a.cost_is_billed and a.cost for a in answers)
    rows = ledger.entries()
    assert len(rows) == 4
    assert sorted(r.message_id for r in rows if r.message_id) == sorted(a.id for a in answers)
    assert sorted(settled) == sorted(a.id for a in answers)
    assert all(r.billed for r in rows)
    billed = sum((a.cost for a in answers if a.cost is not None), Decimal(0))
    assert sum((r.cost for r in rows), Decimal(0)) == billed
    assert ledger.today() == billed and ledger.this_month() == billed
    costs_of = {r.message_id: r.cost for r in rows}
    assert all(costs_of[a.id] == a.cost for a in answers)


def test_a_comparison_column_that_breaks_mid_answer_is_still_settled(world: World) -> None:
    comparison = world.create(2)
    world.fake.push(
        Scenario(text="One two three four five six.", mid_error="with_choices", usage=None),
        Scenario(text="One two three four five six.", mid_error="with_choices", usage=None),
    )
    ledger = Ledger(world.connection)

    async def work(service: CompareService) -> None:
        priced, costs, http = _following_costs(world, service, ledger)
        await priced.send(comparison.id, "Count", world.listener_for)
        await costs.wait_settled()
        await http.aclose()

    asyncio.run(world.use(work))

    answers = [
        world.history.messages(c.conversation_id)[-1] for c in world.store.columns(comparison.id)
    ]
    assert [a.status for a in answers] == [MessageStatus.FAILED] * 2
    assert all(a.content and a.cost is not None for a in answers)
    rows = ledger.entries()
    assert sorted(r.message_id for r in rows if r.message_id) == sorted(a.id for a in answers)
    assert {r.message_id: r.cost for r in rows} == {a.id: a.cost for a in answers}


def test_a_column_broken_by_an_unexpected_error_is_settled_too(world: World) -> None:
    comparison = world.create(2)
    world.fake.push(*(Scenario(text="fine words here", token_delay=0.02) for _ in range(2)))
    ledger = Ledger(world.connection)

    def listener_for(index: int) -> Listener:
        record = world.listener_for(index)

        def explode(event: TurnEvent) -> None:
            record(event)
            if index == 1 and isinstance(event, TurnText):
                raise RuntimeError("a bug in the view")

        return explode

    async def work(service: CompareService) -> None:
        priced, costs, http = _following_costs(world, service, ledger)
        await priced.send(comparison.id, "Hi", listener_for)
        await costs.wait_settled()
        await http.aclose()

    asyncio.run(world.use(work))

    answers = [
        world.history.messages(c.conversation_id)[-1] for c in world.store.columns(comparison.id)
    ]
    assert [a.status for a in answers] == [MessageStatus.COMPLETE, MessageStatus.FAILED]
    assert answers[1].content and isinstance(world.events[1][-1], TurnFinished)
    rows = ledger.entries()
    assert sorted(r.message_id for r in rows if r.message_id) == sorted(a.id for a in answers)


# -- a column's thinking figures ----------------------------------------------------------------


def _figures_service(world: World, catalogue: dict[str, ModelInfo]) -> CompareService:
    http = httpx.AsyncClient()  # never used: figures need only the catalogue's prices
    client = OpenRouterClient(http, base_url=world.fake.base_url, api_key=VALID_KEY)
    chat = ChatService(client, world.history)
    costs = CostService(Ledger(world.connection), catalogue.get, client, history=world.history)
    return CompareService(chat, world.store, world.history, costs)


def test_a_stored_answers_thinking_figures_and_cost(world: World) -> None:
    from app.core.conversation import Message

    thinker = ModelInfo(
        id="t/thinker",
        name="Thinker",
        prompt_price=Decimal("0.000001"),
        completion_price=Decimal("0.00001"),
        reasoning_price=Decimal("0.000004"),
    )
    service = _figures_service(world, {thinker.id: thinker})
    answer = Message(
        1, 1, "assistant", "Four.", model="t/thinker", completion_tokens=2_905,
        cost=Decimal("0.05"), cost_is_billed=True, finish_reason="stop",
        reasoning="Let me think.", reasoning_tokens=2_900, thinking_s=12.25,
    )  # fmt: skip
    figures = service.column_figures(answer, None)
    assert (figures.thinking_s, figures.thinking_tokens, figures.answer_tokens) == (12.25, 2_900, 5)
    assert figures.thinking_cost == Decimal("0.0116")  # 2,900 × $0.000004
    assert figures.first_word_s is None and figures.rate is None  # not stored: not shown
    assert figures.thought and not figures.thought_privately
    # Never more than the whole answer cost; unknown model: no thinking cost.
    cheap = answer.with_changes(cost=Decimal("0.001"))
    assert service.column_figures(cheap, None).thinking_cost == Decimal("0.001")
    unknown = answer.with_changes(model="t/unknown")
    assert service.column_figures(unknown, None).thinking_cost is None
    # A catalogue's "0" thinking price is not free thinking: it is billed as output.
    listed_zero = ModelInfo(
        id="t/zero",
        name="Zero",
        prompt_price=Decimal("0.000001"),
        completion_price=Decimal("0.00001"),
        reasoning_price=Decimal("0"),
    )
    zero_service = _figures_service(world, {listed_zero.id: listed_zero})
    zero = answer.with_changes(model="t/zero")
    assert zero_service.column_figures(zero, None).thinking_cost == Decimal("0.029")
    # Thought privately: billed thinking, no text.
    private = answer.with_changes(
        reasoning="", reasoning_details=({"type": "reasoning.encrypted", "data": "x"},)
    )
    assert service.column_figures(private, None).thought_privately
    # Stored before the counts were: the thinking text gives an estimate; no thinking at all
    # gives no thinking figures, and all completion tokens are the answer's.
    older = answer.with_changes(reasoning_tokens=None, thinking_s=None, reasoning="x" * 400)
    assert service.column_figures(older, None).thinking_tokens == 100
    plain = answer.with_changes(reasoning="", reasoning_tokens=None, thinking_s=None)
    assert not service.column_figures(plain, None).thought
    assert service.column_figures(plain, None).answer_tokens == 2_905


def test_a_comparison_may_think_when_a_column_can(world: World) -> None:
    from dataclasses import replace

    from app.core.thinking import thinking_from_body

    thinker = next(m for m in map(parse_model, world.fake.models) if m and m.takes_reasoning)
    service = _figures_service(world, {thinker.id: thinker})
    comparison = world.create(2)
    assert not service.may_think(comparison.id)  # WizardLM does not think
    first = world.store.columns(comparison.id)[0]
    world.store.set_column_settings(
        comparison.id, first.index, replace(first.settings, model=thinker.id)
    )
    assert service.may_think(comparison.id)
    other = world.create(2)
    second = world.store.columns(other.id)[1]
    effort = replace(second.settings.params, reasoning=thinking_from_body({"effort": "low"}))
    world.store.set_column_settings(other.id, second.index, replace(second.settings, params=effort))
    assert service.may_think(other.id)  # a preset that sets thinking


def test_a_comparison_remembers_fairness_its_pick_and_its_run(tmp_path: Path) -> None:
    connection = open_database(tmp_path / "h.sqlite3")
    history = HistoryStore(connection)
    store = ComparisonStore(connection, history)
    run_id = connection.execute(
        "INSERT INTO prompt_runs (title, created_at, updated_at) VALUES ('r', 0, 0)"
    ).lastrowid
    assert run_id is not None
    columns = [("A", ChatSettings()), ("B", ChatSettings())]
    plain = store.create("plain", columns)
    first = store.create("q1", columns, fair=True, run=(run_id, 0))
    second = store.create("q2", columns, run=(run_id, 1))
    assert (plain.fair, plain.run_id, first.fair, first.run_id) == (False, None, True, run_id)
    store.set_winner(first.id, 1)
    store.set_fair(second.id, True)
    assert [c.id for c in store.of_run(run_id)] == [first.id, second.id]
    assert [c.winner_index for c in store.of_run(run_id)] == [1, None]
    assert store.get(second.id).fair  # type: ignore[union-attr]
    # A run's comparisons are listed by their run, not among the comparisons.
    assert [s.id for s in store.list()] == [plain.id]
    assert [s.id for s in store.list("q")] == []
    connection.execute("DELETE FROM prompt_runs WHERE id = ?", (run_id,))
    assert store.of_run(run_id) == [] and store.get(plain.id) is not None


def test_a_column_takes_another_preset_in_place_but_not_while_blind(world: World) -> None:
    async def check(service: CompareService) -> None:
        open_one = world.create(2)
        hot = ChatSettings(model="fakelab/other", params=SamplingParams(temperature=1.5))
        service.change_column(open_one.id, 1, "Hot", hot)
        column = world.store.column(open_one.id, 1)
        assert (column.label, column.settings) == ("Hot", hot)
        blind = world.create(2, blind=True)
        with pytest.raises(ValueError):
            service.change_column(blind.id, 0, "Hot", hot)
        assert service.vote(blind.id, 1)
        assert world.store.get(blind.id).winner_index == 1  # type: ignore[union-attr]
        service.change_column(blind.id, 0, "Hot", hot)  # picked: it may change now
        assert world.store.column(blind.id, 0).label == "Hot"

    asyncio.run(world.use(check))


def test_a_blind_title_gives_way_to_the_names_at_the_pick(world: World) -> None:
    async def check(service: CompareService) -> None:
        columns = [("Precise", ChatSettings()), ("Creative", ChatSettings())]
        untitled = service.create("Blind comparison", columns, blind=True)
        titled = service.create("Sea stories", columns, blind=True)
        assert service.vote(untitled.id, 0) and service.vote(titled.id, 1)
        assert world.store.get(untitled.id).title == "Precise vs Creative"  # type: ignore[union-attr]
        assert world.store.get(titled.id).title == "Sea stories"  # type: ignore[union-attr]

    asyncio.run(world.use(check))
