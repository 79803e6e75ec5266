"""Prompt-set runs below the UI: PromptSetService on real SQLite, sending through
CompareService and ChatService to the fake server (real HTTP, real streaming)."""

from __future__ import annotations

import asyncio
import itertools
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from app.api import OpenRouterClient
from app.api.parsing import parse_model
from app.core.compare_settings import blind_order, blind_seed
from app.core.conversation import ChatSettings, MessageStatus
from app.core.models import ModelInfo
from app.core.params import SamplingParams
from app.core.prompt_sets import PromptItem, PromptSet, RunProgress
from app.services.chat import ChatService, Turn, TurnEvent, TurnFinished, TurnUndone
from app.services.compare import CompareService
from app.services.costs import CostService
from app.services.prompt_sets import PromptSetService
from app.store.comparisons import ComparisonStore
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger, LedgerEntry
from app.store.prompt_sets import PromptSetStore
from app.store.settings_file import AppSettings
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario
from tests.helpers.clocks import TickingClock

from .conftest import FAST_RETRY

T = TypeVar("T")
WIZARD = "microsoft/wizardlm-2-8x22b"
LABELS = ["Precise", "Creative", "Balanced", "Wild"]
TEMPERATURES = [0.1, 0.9, 0.5, 1.3]
PROMPTS = ["Name a colour.", "Name a fruit.", "Name a river."]


class EchoServer(FakeOpenRouter):
    """Answers each request from what it asks: "<prompt> @ <temperature>", so every answer
    shows which prompt and column it belongs to. ``fail`` prompts answer 500; ``slow``
    makes every answer take a while (so requests overlap)."""

    def __init__(self) -> None:
        super().__init__()
        self.fail: set[str] = set()
        self.slow = 0.0

    def _next_scenario(self, body: dict[str, Any] | None = None) -> Scenario:
        if body is None:
            return super()._next_scenario(body)
        prompt = str(body["messages"][-1]["content"])
        if prompt in self.fail:
            return Scenario(status=500)
        text = f"{prompt} @ {body.get('temperature')}"
        return Scenario(text=text, token_delay=self.slow)


@dataclass
class World:
    fake: EchoServer
    connection: sqlite3.Connection
    history: HistoryStore
    comparisons: ComparisonStore
    store: PromptSetStore
    ledger: Ledger

    def columns(self, n: int = 2) -> list[tuple[str, ChatSettings]]:
        return [
            (
                LABELS[i],
                ChatSettings(
                    model=WIZARD,
                    system_prompt=f"You are {LABELS[i]}.",
                    params=SamplingParams(temperature=TEMPERATURES[i]),
                ),
            )
            for i in range(n)
        ]

    def prompt_set(self, prompts: list[str] = PROMPTS) -> PromptSet:
        return PromptSet(
            "Naming", tuple(PromptItem(p, f"notes {i}") for i, p in enumerate(prompts))
        )

    async def use(
        self, work: Callable[[PromptSetService], Awaitable[T]], *, costs: bool = True
    ) -> T:
        catalogue: dict[str, ModelInfo] = {
            m.id: m for m in map(parse_model, self.fake.models) if m is not None
        }
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=self.fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            chat = ChatService(client, self.history, models=catalogue.get)
            cost_service = None
            if costs:
                cost_service = CostService(
                    self.ledger, catalogue.get, client, history=self.history, generation_delay=0.02
                )
                cost_service.follow(chat.turns)
            compare = CompareService(chat, self.comparisons, self.history, cost_service)
            service = PromptSetService(
                chat, compare, self.store, self.comparisons, self.history, cost_service
            )
            result = await work(service)
            if cost_service is not None:
                await cost_service.wait_settled()
            return result

    def answers(self, run_id: int) -> list[list[str]]:
        """Each prompt's answers (the latest per column), in order."""
        return [
            [
                "".join(m.content for m in self.history.last_messages(c.conversation_id, 1))
                for c in self.comparisons.columns(k.id)
            ]
            for k in self.comparisons.of_run(run_id)
        ]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    connection = open_database(tmp_path / "history.sqlite3")
    clock = TickingClock()
    history = HistoryStore(connection, clock=clock)
    with EchoServer() as fake:
        yield World(
            fake,
            connection,
            history,
            ComparisonStore(connection, history, clock),
            PromptSetStore(connection, history, clock),
            Ledger(connection),
        )
    connection.close()


class TurnCounter:
    """Counts turns under way at once, from ChatService's own announcements."""

    def __init__(self) -> None:
        self.now = 0
        self.most = 0
        self.started = 0

    def __call__(self, turn: Turn) -> None:
        self.now += 1
        self.started += 1
        self.most = max(self.most, self.now)
        ended = False

        def on(event: TurnEvent) -> None:
            nonlocal ended
            if isinstance(event, TurnFinished | TurnUndone) and not ended:
                ended = True
                self.now -= 1

        turn.events.subscribe(on)


def test_a_run_answers_every_prompt_with_every_preset(world: World) -> None:
    progress: list[RunProgress] = []

    async def work(service: PromptSetService) -> None:
        run = service.create_run(world.prompt_set(), world.columns(2), blind=False, title="Names")
        assert run.state == "ready" and run.labels == ("Precise", "Creative")
        assert service.progress_of(run.id) == RunProgress(run.id, 0, 6, 0, 0, "ready")
        service.progress.subscribe(progress.append)
        await service.run(run.id)
        return None

    asyncio.run(world.use(work))

    (run_summary,) = world.store.list_runs()
    run_id = run_summary.id
    assert run_summary.title == "Names" and run_summary.state == "done"
    assert world.answers(run_id) == [[f"{p} @ 0.1", f"{p} @ 0.9"] for p in PROMPTS]
    bodies = [r.json for r in world.fake.chat_requests]
    assert len(bodies) == 6
    for body in bodies:
        assert body is not None
        index = TEMPERATURES.index(body["temperature"])
        assert body["messages"][0] == {"role": "system", "content": f"You are {LABELS[index]}."}
        assert body["messages"][-1]["content"] in PROMPTS
        assert len(body["messages"]) == 2
    assert progress[0].state == "running"
    assert progress[-1] == RunProgress(run_id, 6, 6, 0, 0, "done")
    assert all(0 <= p.running <= 4 for p in progress)
    # Each prompt is an ordinary comparison of the run, left out of the comparison list.
    comparisons = world.comparisons.of_run(run_id)
    assert [k.run_position for k in comparisons] == [0, 1, 2]
    assert world.comparisons.list() == []


def test_no_more_requests_than_the_limit_are_under_way_at_once(world: World) -> None:
    world.fake.slow = 0.02
    counter = TurnCounter()
    prompts = [f"Prompt {i}" for i in range(5)]

    published: list[tuple[float, RunProgress]] = []

    async def work(service: PromptSetService) -> None:
        service._chat.turns.subscribe(counter)
        service.progress.subscribe(lambda p: published.append((time.monotonic(), p)))
        run = service.create_run(
            world.prompt_set(prompts), world.columns(3), blind=False, concurrency=2
        )
        await service.run(run.id)

    asyncio.run(world.use(work, costs=False))

    assert counter.started == 15
    assert counter.most == 2
    # Progress goes out on changes, at most ~10 a second (the last, the run's end, at once).
    assert 3 <= len(published) < 15 * 2
    times = [at for at, _progress in published]
    assert all(b - a >= 0.09 for a, b in itertools.pairwise(times[:-1]))
    assert published[-1][1].done == 15 and published[-1][1].state == "done"
    assert max(p.running for _at, p in published) <= 2
    assert len(world.fake.chat_requests) == 15


def test_stop_keeps_what_arrived_and_resume_sends_only_what_is_missing(world: World) -> None:
    world.fake.slow = 0.05
    prompts = [f"Prompt {i}" for i in range(4)]

    async def stop_midway(service: PromptSetService) -> int:
        run = service.create_run(
            world.prompt_set(prompts), world.columns(2), blind=False, concurrency=2
        )
        task = asyncio.create_task(service.run(run.id))
        while service.progress_of(run.id).done < 2:
            await asyncio.sleep(0.01)
        assert service.is_running(run.id)
        service.stop(run.id)
        with pytest.raises(asyncio.CancelledError):
            await task
        assert not service.is_running(run.id)
        progress = service.progress_of(run.id)
        assert progress.state == "stopped" and 2 <= progress.done < 8
        return run.id

    run_id = asyncio.run(world.use(stop_midway, costs=False))
    statuses = [
        world.history.last_messages(c.conversation_id, 1)
        for k in world.comparisons.of_run(run_id)
        for c in world.comparisons.columns(k.id)
    ]
    complete = sum(1 for s in statuses if s and s[0].status is MessageStatus.COMPLETE)
    stopped = sum(1 for s in statuses if s and s[0].status is MessageStatus.STOPPED)
    untouched = sum(1 for s in statuses if not s)
    assert complete >= 2 and complete + stopped + untouched == 8
    sent_before = len(world.fake.chat_requests)
    world.fake.slow = 0.0

    async def resume(service: PromptSetService) -> None:
        assert service.get_run(run_id).state == "stopped"  # type: ignore[union-attr]
        assert service.estimate(run_id).count == 8 - complete
        await service.run(run_id)

    asyncio.run(world.use(resume, costs=False))

    assert len(world.fake.chat_requests) - sent_before == 8 - complete
    assert world.answers(run_id) == [[f"{p} @ 0.1", f"{p} @ 0.9"] for p in prompts]
    assert world.store.get_run(run_id).state == "done"  # type: ignore[union-attr]
    # A stopped answer was asked again as a new version: its prompt is not repeated.
    for k in world.comparisons.of_run(run_id):
        for c in world.comparisons.columns(k.id):
            users = [m for m in world.history.messages(c.conversation_id) if m.role == "user"]
            assert len(users) == 1


def test_a_failing_request_leaves_the_others_answered_and_the_run_resumable(world: World) -> None:
    world.fake.fail = {"Name a fruit."}

    async def first(service: PromptSetService) -> int:
        run = service.create_run(world.prompt_set(), world.columns(2), blind=False)
        await service.run(run.id)
        progress = service.progress_of(run.id)
        assert progress == RunProgress(run.id, 4, 6, 2, 0, "stopped")
        results = service.results(run.id)
        assert [p.failed for p in results.presets] == [1, 1]
        assert [r.answered for r in results.prompts] == [2, 0, 2]
        return run.id

    run_id = asyncio.run(world.use(first, costs=False))
    answers = world.answers(run_id)
    assert answers[1] == ["", ""]  # refused before any answer: nothing kept, to be sent again
    assert answers[0] == ["Name a colour. @ 0.1", "Name a colour. @ 0.9"]
    assert answers[2] == ["Name a river. @ 0.1", "Name a river. @ 0.9"]
    world.fake.fail = set()
    sent = len(world.fake.chat_requests)

    async def again(service: PromptSetService) -> None:
        await service.run(run_id)

    asyncio.run(world.use(again, costs=False))
    fruit = [r.json for r in world.fake.chat_requests[sent:]]
    assert len(fruit) == 2
    assert all(b is not None and b["messages"][-1]["content"] == "Name a fruit." for b in fruit)
    assert world.answers(run_id)[1] == ["Name a fruit. @ 0.1", "Name a fruit. @ 0.9"]
    assert world.store.get_run(run_id).state == "done"  # type: ignore[union-attr]


def answer_with(world: World, conversation_id: int, prompt: str, text: str, **fields: Any) -> None:
    """A stored prompt and finished answer, as a turn leaves them."""
    world.history.add_message(conversation_id, "user", prompt)
    world.history.add_message(conversation_id, "assistant", text, **fields)


def test_results_count_blind_picks_and_average_the_stored_figures(world: World) -> None:
    figures = {  # (prompt, column): first word s, tokens/s, completion tokens, cost
        (0, 0): (0.5, 40.0, 100, Decimal("0.000123")),
        (0, 1): (1.5, 20.0, 300, Decimal("0.000456")),
        (1, 0): (1.0, 60.0, 50, Decimal("0.0000001")),
        (1, 1): (2.5, 10.0, 7, Decimal("0.0000002")),
    }

    async def work(service: PromptSetService) -> None:
        for _ in range(4):  # other comparisons first: the seed of prompt 2's then swaps
            world.comparisons.create("Another", world.columns(2))
        run = service.create_run(
            world.prompt_set(["Cheer me up.", "Say no kindly."]), world.columns(2), blind=True
        )
        comparisons = world.comparisons.of_run(run.id)
        for (position, index), (first, rate, tokens, cost) in figures.items():
            column = world.comparisons.column(comparisons[position].id, index)
            answer_with(
                world,
                column.conversation_id,
                run.prompt_set.items[position].prompt,
                f"Reply {position}-{index}",
                model=f"fake/model-{index}",
                provider="FakeProvider",
                prompt_tokens=11,
                completion_tokens=tokens,
                cost=cost,
                cost_is_billed=index == 0,
                finish_reason="stop",
                first_token_s=first,
                tokens_per_s=rate,
            )
        assert service._compare.vote(comparisons[0].id, 1)  # prompt 1: "Creative" picked
        results = service.results(run.id)
        precise, creative = results.presets
        assert (precise.label, precise.wins, precise.judged) == ("Precise", 0, 1)
        assert (creative.label, creative.wins, creative.judged) == ("Creative", 1, 1)
        # Blind: the per-preset figures count only the picked prompt (prompt 2 would tell
        # which answer is whose); the totals count every answer shown.
        assert (results.counted, results.partly_counted) == (1, True)
        assert precise.answers == creative.answers == 1
        assert precise.avg_first_word_s == pytest.approx(0.5)
        assert creative.avg_tokens_per_s == pytest.approx(20.0)
        assert (precise.tokens, creative.tokens) == (100, 300)
        assert precise.cost == Decimal("0.000123") and precise.all_billed
        assert creative.cost == Decimal("0.000456") and not creative.all_billed
        assert results.total_cost == Decimal("0.0005793")
        assert (results.total_answers, results.total_tokens) == (4, 457)
        first, second = results.prompts
        assert (first.winner_label, first.winner_index, first.hidden) == ("Creative", 1, False)
        assert (second.winner_label, second.winner_index, second.hidden) == (None, None, True)
        assert (first.answered, first.columns, second.notes) == (2, 2, "notes 1")
        # Hidden, "Answer A" is the comparison's seeded blind order, as its own tab shows it.
        order = blind_order(blind_seed(world.comparisons.get(comparisons[1].id)), 2)
        assert second.order == tuple(order) and first.order == (0, 1)
        assert order == [1, 0]  # (this seed swaps them: "Answer A" is not column 0)

        markdown = service.export_markdown(run.id)
        head, _, per_prompt = markdown.partition("## Prompt 1")
        assert "| Precise | 0 of 1 |" in head and "| Creative | 1 of 1 |" in head
        assert "| **All** | 1 | 4 | 0 |  |  | 457 | $0.00058 |" in head  # the totals row
        assert "count the prompts whose best answer is picked: 1 of 2" in head
        assert "Nothing is booked as spent on this run yet." in head
        first_part, _, second_part = per_prompt.partition("## Prompt 2")
        assert "**Picked as best:** Creative" in first_part
        assert "### Creative\n\nReply 0-1" in first_part
        assert "### Answer A\n\nReply 1-1" in second_part
        assert "### Answer B\n\nReply 1-0" in second_part
        assert not any(name in second_part for name in ("Precise", "Creative", "fake/model"))
        assert "What a good answer looks like:**\n\n> notes 1" in second_part

        rows = [line.split(",") for line in service.export_csv(run.id).splitlines()]
        assert ",".join(rows[0]) == (
            "position,prompt,preset,model,provider,first_word_s,tokens_per_s,prompt_tokens,"
            "completion_tokens,cost,billed,finish,picked"
        )
        assert ",".join(rows[1]) == (
            "1,Cheer me up.,Precise,fake/model-0,FakeProvider,"
            "0.500,40.0,11,100,0.000123,yes,stop,no"
        )
        assert ",".join(rows[2][2:4] + rows[2][9:]) == "Creative,fake/model-1,0.000456,no,stop,yes"
        # Hidden rows: in the blind order, and nothing that tells the presets apart.
        assert ",".join(rows[3]) == "2,Say no kindly.,Answer A,,,,,,7,,,stop,"
        assert ",".join(rows[4]) == "2,Say no kindly.,Answer B,,,,,,50,,,stop,"
        assert service.export_csv(run.id).count("E-") == 0  # no "1E-7": a plain decimal

        assert service._compare.vote(comparisons[1].id, 0)  # picked: everything counts now
        results = service.results(run.id)
        assert results.counted == 2 and not results.partly_counted
        assert [p.answers for p in results.presets] == [2, 2]
        rows = [line.split(",") for line in service.export_csv(run.id).splitlines()]
        revealed = rows[3][2:5] + rows[3][9:10]
        assert revealed == ["Precise", "fake/model-0", "FakeProvider", "0.0000001"]

    asyncio.run(world.use(work, costs=False))


def test_the_estimate_counts_only_what_is_left_and_the_guard_holds_over_the_cap(
    world: World,
) -> None:
    world.fake.fail = {"Name a fruit."}

    async def work(service: PromptSetService) -> None:
        assert service._costs is not None
        run = service.create_run(world.prompt_set(), world.columns(2), blind=False)
        full = service.estimate(run.id)
        assert full.count == 6 and full.text.startswith("6 requests, about $")
        singles = [
            service._costs.estimate_draft(settings, [], prompt)
            for prompt in PROMPTS
            for _label, settings in world.columns(2)
        ]
        assert full.typical_total == sum(s.typical_cost or Decimal(0) for s in singles)
        assert full.max_total == sum(s.max_cost or Decimal(0) for s in singles)
        assert service.check_run(run.id, AppSettings()).decision.action == "send"
        assert full.max_total is not None
        held = service.check_run(run.id, AppSettings(daily_cap=full.max_total / 2))
        assert held.decision.action == "hold"
        assert held.question.startswith(full.text + ".")
        assert held.title == "Spending cap"
        await service.run(run.id)
        left = service.estimate(run.id)
        assert left.count == 2 and left.text.startswith("2 requests, ")
        # The second prompt's, one per preset, now at the price of the provider each column
        # was pinned to when the run made its comparison fair.
        comparison = service._comparisons.of_run(run.id)[1]
        fruit = [
            service._costs.estimate_draft(
                c.settings,
                [],
                PROMPTS[1],
                model_info=service._compare.column_model_info(comparison.id, c.index),
            )
            for c in service._comparisons.columns(comparison.id)
        ]
        assert all(c.settings.routing.order for c in service._comparisons.columns(comparison.id))
        assert left.typical_total == sum(s.typical_cost or Decimal(0) for s in fruit)
        world.fake.fail = set()
        await service.run(run.id)
        done = service.estimate(run.id)
        assert done.count == 0 and done.typical_total == 0
        assert done.text == "Every answer is in, so nothing is left to send."

    asyncio.run(world.use(work))


def test_deleting_a_run_removes_its_comparisons_but_the_ledger_keeps_the_spend(
    world: World,
) -> None:
    async def work(service: PromptSetService) -> int:
        run = service.create_run(world.prompt_set(), world.columns(2), blind=False)
        other = service.create_run(world.prompt_set(["Keep me."]), world.columns(2), blind=True)
        await service.run(run.id)
        return other.id

    kept = asyncio.run(world.use(work))
    (summary, other_summary) = sorted(world.store.list_runs(), key=lambda s: s.id)
    run_id = summary.id
    conversations = [
        c.conversation_id
        for k in world.comparisons.of_run(run_id)
        for c in world.comparisons.columns(k.id)
    ]
    entries = world.ledger.entries()
    assert len(entries) == 6 and all(e.cost for e in entries)
    spent = world.ledger.total()
    assert spent > 0

    async def figures(service: PromptSetService) -> None:
        # The answers shown cost what the ledger booked; an earlier attempt billed before
        # (stopped, then asked again) is spent too, but is not an answer shown.
        results = service.results(run_id)
        assert results.total_cost == spent and results.spent == spent
        world.ledger.record(LedgerEntry(Decimal("0.25"), True, conversations[0]))
        world.ledger.record(LedgerEntry(Decimal("7"), True, None))  # another chat: not the run's
        results = service.results(run_id)
        assert results.total_cost == spent and results.spent == spent + Decimal("0.25")
        assert service.results(kept).spent is None  # nothing booked yet

    asyncio.run(world.use(figures))
    spent = world.ledger.total()

    async def delete(service: PromptSetService) -> None:
        service.delete_run(run_id)
        assert service.get_run(run_id) is None
        assert [s.id for s in service.runs()] == [kept]

    asyncio.run(world.use(delete))
    assert world.comparisons.of_run(run_id) == []
    assert all(world.history.get_conversation(c) is None for c in conversations)
    assert world.ledger.total() == spent and len(world.ledger.entries()) == 8
    assert len(world.comparisons.of_run(other_summary.id)) == 1


def test_a_fair_run_makes_each_comparison_fair_once_before_its_first_request(
    world: World,
) -> None:
    calls: list[tuple[int, int]] = []  # (comparison id, requests sent before)

    async def work(service: PromptSetService) -> None:
        async def make_fair(comparison_id: int) -> None:
            calls.append((comparison_id, len(world.fake.chat_requests)))

        service._compare.make_fair = make_fair  # type: ignore[attr-defined]
        fair = service.create_run(world.prompt_set(), world.columns(2), blind=False, concurrency=1)
        unfair = service.create_run(world.prompt_set(), world.columns(2), blind=False, fair=False)
        await service.run(fair.id)
        await service.run(unfair.id)
        ids = [k.id for k in world.comparisons.of_run(fair.id)]
        assert calls == [(ids[0], 0), (ids[1], 2), (ids[2], 4)]
        assert all(k.fair for k in world.comparisons.of_run(fair.id))
        assert not any(k.fair for k in world.comparisons.of_run(unfair.id))

    asyncio.run(world.use(work, costs=False))


def test_a_run_makes_its_comparisons_in_one_transaction_and_counts_in_one_query(
    world: World,
) -> None:
    statements: list[str] = []
    world.connection.set_trace_callback(statements.append)

    async def work(service: PromptSetService) -> None:
        run = service.create_run(world.prompt_set(), world.columns(3), blind=True)
        assert sum(s.strip().upper() == "COMMIT" for s in statements) == 2  # the run, its prompts
        comparisons = world.comparisons.of_run(run.id)
        assert [k.run_position for k in comparisons] == [0, 1, 2]
        assert all(k.blind and k.fair and not k.revealed for k in comparisons)
        columns = world.comparisons.columns(comparisons[1].id)
        assert [c.label for c in columns] == LABELS[:3]
        assert columns[2].settings == world.columns(3)[2][1]
        statements.clear()
        progress = service.progress_of(run.id)
        assert (progress.done, progress.total, progress.failed) == (0, 9, 0)
        assert len(statements) <= 3  # the run, its columns' last messages: not one per column
        await service.run(run.id)
        statements.clear()
        assert service.progress_of(run.id).done == 9
        assert len(statements) <= 3

    asyncio.run(world.use(work, costs=False))
    world.connection.set_trace_callback(None)
