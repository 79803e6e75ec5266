"""Fair comparisons below the UI: CompareService pins one provider per model against the fake
server (real HTTP, its /endpoints and its provider routing) and real SQLite, and the exact
request bodies every column sends."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from app.api import OpenRouterClient, parse_models
from app.core.conversation import ChatSettings, MessageStatus
from app.core.params import ProviderRouting, SamplingParams
from app.core.providers import FairReport
from app.services.chat import ChatService, Listener, TurnEvent
from app.services.compare import PROVIDERS_LIFETIME_S, CompareService
from app.services.turn import TurnUndone
from app.store.comparisons import ComparisonStore
from app.store.database import open_database
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import (
    THINKER,
    VALID_KEY,
    WIZARD,
    FakeOpenRouter,
    default_models,
)

from .conftest import FAST_RETRY

T = TypeVar("T")
CATALOGUE = {m.id: m for m in parse_models(json.dumps({"data": default_models()}).encode())}
PRECISE = SamplingParams(temperature=0.2, top_p=0.9)
CREATIVE = SamplingParams(temperature=1.1, min_p=0.05)
REPRODUCIBLE = SamplingParams(temperature=0.0, seed=42)


@dataclass
class World:
    fake: FakeOpenRouter
    connection: sqlite3.Connection
    history: HistoryStore
    store: ComparisonStore
    now: list[float] = field(default_factory=lambda: [1000.0])
    events: list[TurnEvent] = field(default_factory=list)

    def listener_for(self, index: int) -> Listener:
        return self.events.append

    def create(self, *columns: tuple[str, SamplingParams] | tuple[str, SamplingParams, str]) -> int:
        pairs = [
            (c[0], ChatSettings(model=c[2] if len(c) > 2 else WIZARD["id"], params=c[1]))  # type: ignore[misc]
            for c in columns
        ]
        return self.store.create("", pairs, fair=True).id

    async def use(self, work: Callable[[CompareService], Awaitable[T]]) -> T:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=self.fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            service = CompareService(
                ChatService(client, self.history, models=CATALOGUE.get),
                self.store,
                self.history,
                clock=lambda: self.now[0],
            )
            return await work(service)

    def fair_then_send(self, comparison_id: int, prompt: str = "Hi") -> FairReport:
        async def work(service: CompareService) -> FairReport:
            report = await service.make_fair(comparison_id)
            await service.send(comparison_id, prompt, self.listener_for)
            return report

        return asyncio.run(self.use(work))

    def bodies(self) -> list[dict[str, Any]]:
        return [r.json for r in self.fake.chat_requests]

    def endpoint_requests(self) -> int:
        return sum(r.route.endswith("/endpoints") for r in self.fake.requests)

    def answers(self, comparison_id: int) -> list[tuple[str | None, MessageStatus, str | None]]:
        out = []
        for column in self.store.columns(comparison_id):
            last = self.history.messages(column.conversation_id)[-1]
            out.append((last.provider, last.status, last.error))
        return out


@pytest.fixture
def world(fake: FakeOpenRouter, tmp_path: Path) -> Iterator[World]:
    connection = open_database(tmp_path / "history.sqlite3")
    history = HistoryStore(connection)
    yield World(fake, connection, history, ComparisonStore(connection, history))
    connection.close()


PINNED_NOVITA = {"require_parameters": True, "allow_fallbacks": False, "order": ["novita"]}


def test_every_column_of_a_model_is_pinned_to_one_provider_that_takes_all(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE), ("Reproducible", REPRODUCIBLE))
    report = world.fair_then_send(cid)

    assert report.problem is None
    assert report.pinned == {WIZARD["id"]: "novita"}  # the only one with Min P and Seed
    [model] = report.models
    assert (model.provider, model.columns) == ("Novita", (0, 1, 2))
    bodies = world.bodies()
    assert len(bodies) == 3
    assert all(body["provider"] == PINNED_NOVITA for body in bodies)
    assert sorted(b["temperature"] for b in bodies) == [0.0, 0.2, 1.1]
    assert [a[:2] for a in world.answers(cid)] == [("Novita", MessageStatus.COMPLETE)] * 3
    comparison = world.store.get(cid)
    assert comparison is not None and comparison.fair


def test_the_cheapest_fitting_provider_is_pinned_per_model(world: World) -> None:
    cid = world.create(
        ("Precise", PRECISE), ("Creative", CREATIVE), ("Thinker", PRECISE, THINKER["id"])
    )
    report = world.fair_then_send(cid)

    # Together is cheaper than Novita and takes Top P and Min P; Thinker's cheap provider
    # lacks its last two parameters (temperature, top_p), so its full one is pinned.
    assert report.pinned == {WIZARD["id"]: "together", THINKER["id"]: "fullhouse/fp16"}
    orders = {b["model"] + str(b["temperature"]): b["provider"]["order"] for b in world.bodies()}
    assert orders == {
        WIZARD["id"] + "0.2": ["together"],
        WIZARD["id"] + "1.1": ["together"],
        THINKER["id"] + "0.2": ["fullhouse/fp16"],
    }
    assert [a[0] for a in world.answers(cid)] == ["Together", "Together", "FullHouse"]


def test_a_parameter_no_provider_takes_pins_nothing_and_says_so(world: World) -> None:
    odd = SamplingParams(temperature=0.7, top_a=0.1)  # no provider of WizardLM takes Top A
    cid = world.create(("Precise", PRECISE), ("Odd", odd))
    report = world.fair_then_send(cid)

    assert report.pinned == {}
    assert report.problem == (
        "No provider of WizardLM-2 8x22B takes Top A, so a column that sets it will be "
        "refused; each column may be served by a different provider."
    )
    assert all(b["provider"] == {"require_parameters": True} for b in world.bodies())
    # The Odd column is refused rather than served without Top A: its turn is taken back.
    [undone] = [e for e in world.events if isinstance(e, TurnUndone)]
    assert undone.error is not None and "No endpoints found" in str(undone.error)
    precise, odd_column = world.store.columns(cid)
    assert world.history.messages(precise.conversation_id)[-1].status is MessageStatus.COMPLETE
    assert world.history.messages(odd_column.conversation_id) == []


def test_unreachable_providers_still_require_every_parameter(world: World) -> None:
    world.fake.endpoints_status = 503
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))
    report = world.fair_then_send(cid)

    assert report.pinned == {}
    assert report.problem is not None
    assert "could not be looked up" in report.problem
    assert all(b["provider"] == {"require_parameters": True} for b in world.bodies())
    assert [a[1] for a in world.answers(cid)] == [MessageStatus.COMPLETE] * 2


def test_providers_are_looked_up_once_per_model_while_fresh(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))

    async def work(service: CompareService) -> None:
        await service.make_fair(cid)
        await service.make_fair(cid)
        assert world.endpoint_requests() == 1
        world.now[0] += PROVIDERS_LIFETIME_S + 1
        await service.make_fair(cid)
        assert world.endpoint_requests() == 2

    asyncio.run(world.use(work))


def test_turning_fairness_off_gives_each_column_its_presets_routing_back(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))
    presets = {"Creative": ProviderRouting(require_parameters=True)}

    async def work(service: CompareService) -> FairReport | None:
        await service.make_fair(cid)
        return await service.set_fair(cid, False, presets.get)

    assert asyncio.run(world.use(work)) is None
    routings = [c.settings.routing for c in world.store.columns(cid)]
    assert routings == [ProviderRouting(), ProviderRouting(require_parameters=True)]
    comparison = world.store.get(cid)
    assert comparison is not None and not comparison.fair


def test_a_changed_column_is_pinned_again_with_its_new_parameters(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))

    async def work(service: CompareService) -> FairReport | None:
        assert (await service.make_fair(cid)).pinned == {WIZARD["id"]: "together"}
        new = ChatSettings(model=WIZARD["id"], params=REPRODUCIBLE)
        report = await service.change_column_fair(cid, 0, "Reproducible", new)
        await service.send(cid, "Again", world.listener_for)
        return report

    report = asyncio.run(world.use(work))
    assert report is not None and report.pinned == {WIZARD["id"]: "novita"}
    assert all(b["provider"] == PINNED_NOVITA for b in world.bodies())


def test_a_column_moved_to_another_model_loses_its_old_models_pin(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))

    async def work(service: CompareService) -> FairReport | None:
        await service.make_fair(cid)
        moved = world.store.column(cid, 1).settings  # pinned to Together, a WizardLM provider
        assert moved.routing.order == ("together",)
        new = replace(moved, model=THINKER["id"])  # Thinker's providers take no Min P
        return await service.change_column_fair(cid, 1, "Creative", new)

    report = asyncio.run(world.use(work))
    # Precise, alone on WizardLM now, needs no Min P: the cheaper DeepInfra serves it.
    assert report is not None and report.pinned == {WIZARD["id"]: "deepinfra"}
    assert report.problem is not None and "Thinker 1 takes Min P" in report.problem
    moved = world.store.column(cid, 1).settings.routing
    assert moved == ProviderRouting(require_parameters=True)  # refused, never misrouted


def test_a_send_right_after_creating_waits_for_its_provider(world: World) -> None:
    """The window starts make_fair and the person sends at once: no column leaves unpinned."""
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))

    async def work(service: CompareService) -> None:
        pinning = asyncio.create_task(service.make_fair(cid))
        await asyncio.sleep(0)  # the lookup is under way, not finished
        await service.send(cid, "Hi", world.listener_for)
        await pinning

    asyncio.run(world.use(work))
    pinned = {"require_parameters": True, "allow_fallbacks": False, "order": ["together"]}
    assert [body["provider"] for body in world.bodies()] == [pinned, pinned]  # Min P: Together
