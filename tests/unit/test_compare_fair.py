"""Fair comparisons below the UI: CompareService pins one provider per model against the fake
server (real HTTP, its /endpoints and its provider routing) and real SQLite, and the exact
request bodies every column sends."""

from __future__ import annotations

import asyncio
import gc
import json
import sqlite3
import warnings
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from app.api import OpenRouterClient, parse_models
from app.core.conversation import ChatSettings, MessageStatus
from app.core.params import ProviderRouting, SamplingParams
from app.core.providers import FairReport, ProviderEndpoint
from app.services import compare as compare_module
from app.services.chat import ChatService, Listener, TurnEvent
from app.services.compare import PROVIDERS_LIFETIME_S, CompareService, EndpointLister
from app.services.costs import CostService
from app.services.turn import TurnUndone
from app.store.comparisons import ComparisonStore
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger
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

    async def use(
        self,
        work: Callable[[CompareService], Awaitable[T]],
        *,
        endpoints: EndpointLister | None = None,
        costs: bool = False,
    ) -> T:
        """``work`` with a CompareService on the fake; ``endpoints`` replaces its provider
        lookup (to hold or fail it), ``costs`` gives it a CostService."""
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=self.fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            ledger = CostService(Ledger(self.connection), CATALOGUE.get, client)
            service = CompareService(
                ChatService(client, self.history, models=CATALOGUE.get),
                self.store,
                self.history,
                ledger if costs else None,
                endpoints=endpoints,
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


def test_a_changed_column_is_pinned_again_with_its_new_parameters(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))

    async def work(service: CompareService) -> FairReport | None:
        assert (await service.make_fair(cid)).pinned == {WIZARD["id"]: "together"}
        new = ChatSettings(model=WIZARD["id"], params=REPRODUCIBLE)
        service.change_column(cid, 0, "Reproducible", new)
        report = await service.make_fair(cid)
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
        service.change_column(cid, 1, "Creative", new)
        return await service.make_fair(cid)

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


# -- review fixes ----------------------------------------------------------------------------

WIZARD_PROVIDERS = [  # as the fake's: Together takes Min P, not Seed
    ProviderEndpoint(
        "Together",
        "together",
        frozenset({"temperature", "top_p", "min_p"}),
        Decimal("6e-7"),
        Decimal("6e-7"),
    ),
]
THINKER_PROVIDERS = [ProviderEndpoint("Cheapo", "cheapo", frozenset({"temperature"}))]


def held_lister(gate: list[asyncio.Event]) -> EndpointLister:
    """Providers that come only once ``gate[0]`` is set (the test makes the event)."""

    async def held(model_id: str) -> list[ProviderEndpoint]:
        await gate[0].wait()
        return WIZARD_PROVIDERS if model_id == WIZARD["id"] else THINKER_PROVIDERS

    return held


def test_the_estimate_uses_the_price_of_the_provider_pinned(world: World) -> None:
    """Novita alone takes Min P and Seed: made dear here, the estimate and the guard see it."""
    for raw in world.fake.endpoints[WIZARD["id"]]:
        if raw["tag"] == "novita":
            raw["pricing"] = {**raw["pricing"], "prompt": "0.00001", "completion": "0.00002"}
    cid = world.create(("Creative", CREATIVE), ("Reproducible", REPRODUCIBLE))

    async def work(service: CompareService) -> tuple[Any, ...]:
        before = service.estimate(cid, "How long is a piece of string?")
        assert (await service.make_fair(cid)).pinned == {WIZARD["id"]: "novita"}
        after = service.estimate(cid, "How long is a piece of string?")
        return before, after, service.column_model_info(cid, 1)

    before, after, model = asyncio.run(world.use(work, costs=True))
    assert model is not None
    assert (model.prompt_price, model.completion_price) == (Decimal("0.00001"), Decimal("0.00002"))
    catalogue = CATALOGUE[WIZARD["id"]]
    assert model.name == catalogue.name and catalogue.prompt_price == Decimal("0.00000062")
    assert before.typical_total is not None and after.typical_total is not None
    assert after.typical_total > before.typical_total * 15  # novita is 16 to 32 times dearer
    assert after.max_total is not None and before.max_total is not None
    assert after.max_total > before.max_total * 30


def test_a_comparison_deleted_while_its_providers_are_looked_up_pins_nothing(
    world: World,
) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))
    gate: list[asyncio.Event] = []

    async def work(service: CompareService) -> FairReport:
        gate.append(asyncio.Event())
        pinning = asyncio.create_task(service.make_fair(cid))
        await asyncio.sleep(0.01)
        world.store.delete(cid)
        gate[0].set()
        return await pinning

    assert asyncio.run(world.use(work, endpoints=held_lister(gate))) == FairReport()
    assert world.store.get(cid) is None


def test_closing_cancels_a_pinning_under_way(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))
    gate: list[asyncio.Event] = []

    async def work(service: CompareService) -> None:
        gate.append(asyncio.Event())
        pinning = asyncio.create_task(service.make_fair(cid))
        await asyncio.sleep(0.01)
        await service.aclose()
        with pytest.raises(asyncio.CancelledError):
            await pinning

    asyncio.run(world.use(work, endpoints=held_lister(gate)))
    assert all(not c.settings.routing.order for c in world.store.columns(cid))


def test_stopping_while_providers_are_looked_up_sends_and_stores_nothing(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))
    gate: list[asyncio.Event] = []

    async def work(service: CompareService) -> None:
        gate.append(asyncio.Event())
        pinning = asyncio.create_task(service.make_fair(cid))
        await asyncio.sleep(0)
        tasks = service.start(cid, "Hi", world.listener_for)
        await asyncio.sleep(0.01)
        service.stop(cid)
        await asyncio.gather(*tasks.values(), return_exceptions=True)
        assert all(task.cancelled() for task in tasks.values())
        gate[0].set()
        await pinning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(world.use(work, endpoints=held_lister(gate)))
        gc.collect()
    assert [str(w.message) for w in caught if "never awaited" in str(w.message)] == []
    assert world.bodies() == []
    assert all(world.history.messages(c.conversation_id) == [] for c in world.store.columns(cid))


def test_a_send_waits_for_its_providers_only_so_long(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compare_module, "PINNING_WAIT_S", 0.05)
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))
    gate: list[asyncio.Event] = []

    async def work(service: CompareService) -> None:
        gate.append(asyncio.Event())  # never set: the lookup hangs
        pinning = asyncio.create_task(service.make_fair(cid))
        await asyncio.sleep(0)
        await asyncio.wait_for(service.send(cid, "Hi", world.listener_for), 5)
        await service.aclose()
        with pytest.raises(asyncio.CancelledError):
            await pinning

    asyncio.run(world.use(work, endpoints=held_lister(gate)))
    assert [b["provider"] for b in world.bodies()] == [{"require_parameters": True}] * 2
    assert [a[1] for a in world.answers(cid)] == [MessageStatus.COMPLETE] * 2


def test_a_column_moved_to_another_model_during_a_lookup_keeps_no_pin_of_the_old(
    world: World,
) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))
    gate: list[asyncio.Event] = []

    async def work(service: CompareService) -> tuple[FairReport, FairReport]:
        gate.append(asyncio.Event())
        first = asyncio.create_task(service.make_fair(cid))
        await asyncio.sleep(0.01)  # WizardLM's providers are being looked up for both
        moved = replace(world.store.column(cid, 1).settings, model=THINKER["id"])
        service.change_column(cid, 1, "Creative", moved)
        second = asyncio.create_task(service.make_fair(cid))
        await asyncio.sleep(0.01)
        gate[0].set()
        report = await first
        assert world.store.column(cid, 1).settings.routing.order == ()  # never Together
        return report, await second

    first, second = asyncio.run(world.use(work, endpoints=held_lister(gate)))
    assert first.models[0].columns == (0,)
    assert second.pinned == {WIZARD["id"]: "together"}
    assert second.problem is not None and "Min P" in second.problem  # Cheapo takes no Min P
    assert world.store.column(cid, 1).settings.routing == ProviderRouting(require_parameters=True)


def test_a_model_changed_while_providers_cannot_be_looked_up_loses_the_old_pin(
    world: World,
) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))

    async def work(service: CompareService) -> FairReport:
        assert (await service.make_fair(cid)).pinned == {WIZARD["id"]: "together"}
        world.fake.endpoints_status = 503
        moved = replace(world.store.column(cid, 1).settings, model=THINKER["id"])
        service.change_column(cid, 1, "Creative", moved)
        return await service.make_fair(cid)

    report = asyncio.run(world.use(work))
    assert report.problem is not None and "could not be looked up" in report.problem
    # Precise, alone on WizardLM now, needs no Min P: the cheaper DeepInfra (known) serves it.
    assert world.store.column(cid, 0).settings.routing.order == ("deepinfra",)
    assert world.store.column(cid, 1).settings.routing == ProviderRouting(require_parameters=True)


def test_a_presets_one_provider_without_fallbacks_is_honoured(world: World) -> None:
    """Precise alone would go to DeepInfra (cheapest); its preset says Novita only."""
    novita_only = ProviderRouting(order=("novita",), allow_fallbacks=False)
    settings = ChatSettings(model=WIZARD["id"], params=PRECISE, routing=novita_only)
    plain = ChatSettings(model=WIZARD["id"], params=PRECISE)
    cid = world.store.create("", [("Novita only", settings), ("Precise", plain)], fair=True).id

    async def work(service: CompareService) -> tuple[FairReport, FairReport]:
        first = await service.make_fair(cid)
        return first, await service.make_fair(cid)  # its own pin is not taken for the preset's

    first, again = asyncio.run(world.use(work))
    assert first.pinned == again.pinned == {WIZARD["id"]: "novita"}


def test_fairness_own_pin_does_not_hold_a_changed_column_to_its_provider(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))

    async def work(service: CompareService) -> FairReport:
        assert (await service.make_fair(cid)).pinned == {WIZARD["id"]: "together"}
        settings = world.store.column(cid, 0).settings  # still pinned to Together
        service.change_column(cid, 0, "Reproducible", replace(settings, params=REPRODUCIBLE))
        return await service.make_fair(cid)

    assert asyncio.run(world.use(work)).pinned == {WIZARD["id"]: "novita"}


def test_a_preset_allowing_no_provider_of_the_model_is_said_plainly(world: World) -> None:
    nobody = ChatSettings(
        model=WIZARD["id"], params=PRECISE, routing=ProviderRouting(only=("nobody",))
    )
    cid = world.store.create("", [("Nobody", nobody), ("Other", nobody)], fair=True).id

    report = asyncio.run(world.use(lambda service: service.make_fair(cid)))
    assert report.problem is not None
    assert report.problem.startswith(
        "The preset of a column of WizardLM-2 8x22B allows only providers that do not serve"
    )


def test_continuing_a_fair_column_leaves_its_pin_behind(world: World) -> None:
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))
    preset = ProviderRouting(order=("novita", "together"))  # a preference, not a pin

    async def work(service: CompareService) -> tuple[Any, Any]:
        await service.make_fair(cid)
        return service.continue_with(cid, 0), service.continue_with(cid, 1, preset)

    plain, with_preset = asyncio.run(world.use(work))
    for copy, routing in ((plain, ProviderRouting()), (with_preset, preset)):
        stored = world.history.get_conversation(copy.id)
        assert stored is not None and stored.settings.routing == routing == copy.settings.routing
    assert world.store.column(cid, 0).settings.routing.order == ("together",)  # column keeps it


def test_a_blind_comparison_cannot_be_continued_before_the_pick(world: World) -> None:
    settings = ChatSettings(model=WIZARD["id"], params=PRECISE)
    cid = world.store.create("", [("A", settings), ("B", settings)], blind=True).id

    async def work(service: CompareService) -> None:
        with pytest.raises(ValueError, match="blind"):
            service.continue_with(cid, 0)
        world.store.set_revealed(cid, True)
        service.continue_with(cid, 0)

    asyncio.run(world.use(work))
    assert len(world.history.list_conversations()) == 1


def test_a_pin_from_an_earlier_session_gives_way_when_it_no_longer_fits(world: World) -> None:
    """Reopened (a new service), the stored Together pin is not known as fairness's own."""
    cid = world.create(("Precise", PRECISE), ("Creative", CREATIVE))

    async def first(service: CompareService) -> FairReport:
        return await service.make_fair(cid)

    async def reopened(service: CompareService) -> FairReport:
        settings = world.store.column(cid, 0).settings  # still pinned to Together
        service.change_column(cid, 0, "Reproducible", replace(settings, params=REPRODUCIBLE))
        return await service.make_fair(cid)

    assert asyncio.run(world.use(first)).pinned == {WIZARD["id"]: "together"}
    report = asyncio.run(world.use(reopened))
    assert report.problem is None and report.pinned == {WIZARD["id"]: "novita"}
