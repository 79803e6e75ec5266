"""Prompt-set runs below the UI: PromptSetService on real SQLite, sending through
CompareService and ChatService to the fake server (real HTTP, real streaming)."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from app.api import OpenRouterClient
from app.api.parsing import parse_model
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
from app.store.ledger import Ledger
from app.store.prompt_sets import PromptSetStore
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

    async def work(service: PromptSetService) -> None:
        service._chat.turns.subscribe(counter)
        run = service.create_run(
            world.prompt_set(prompts), world.columns(3), blind=False, concurrency=2
        )
        await service.run(run.id)

    asyncio.run(world.use(work, costs=False))

    assert counter.started == 15
    assert counter.most == 2
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
