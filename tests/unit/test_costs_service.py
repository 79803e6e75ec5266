"""The cost service against the real fake server: turns through ChatService, then the ledger,
the billed figure from GET /generation, the guard, and the balance."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from app.api import OpenRouterClient, TextDelta
from app.api.parsing import parse_model
from app.core.conversation import ChatSettings, Conversation, Message, MessageStatus
from app.core.cost import estimate_prompt_tokens, estimate_tokens
from app.core.messages import ChatMessage
from app.core.models import ModelInfo
from app.core.params import SamplingParams
from app.core.request import ChatRequest, next_request
from app.services.chat import ChatService, TurnEvent, TurnText, TurnUndone
from app.services.costs import CostService, TakenBack
from app.services.turn import Turn
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger, LedgerEntry
from app.store.settings_file import AppSettings, load_settings, save_settings
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario
from tests.helpers.clocks import Clock

from .conftest import FAST_RETRY

D = Decimal
T = TypeVar("T")
WIZARD_ID = "microsoft/wizardlm-2-8x22b"


@dataclass
class World:
    """A real database, the fake's catalogue, and what the service told its listener."""

    fake: FakeOpenRouter
    history: HistoryStore
    ledger: Ledger
    clock: Clock
    catalogue: dict[str, ModelInfo]
    changed: list[Message] = field(default_factory=list)

    def lookup(self, model_id: str) -> ModelInfo | None:
        return self.catalogue.get(model_id)

    def conversation(self, model: str = WIZARD_ID, system_prompt: str = "") -> Conversation:
        settings = ChatSettings(model=model, system_prompt=system_prompt)
        return self.history.create_conversation(settings=settings)

    def answer(self, conversation_id: int) -> Message:
        return self.history.messages(conversation_id)[-1]

    def generation(self, message: Message) -> dict[str, object]:
        assert message.generation_id is not None
        return self.fake.generations[message.generation_id]

    def billed(self, message: Message) -> Decimal:
        """The fake's total_cost for the message's generation, read as the client reads it."""
        return D(repr(self.generation(message)["total_cost"]))

    async def use(
        self, work: Callable[[CostService, ChatService], Awaitable[T]], **options: object
    ) -> T:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=self.fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            costs = CostService(
                self.ledger,
                self.lookup,
                client,
                history=self.history,
                clock=self.clock,
                generation_delay=0.01,
                **options,  # type: ignore[arg-type]
            )
            costs.message_changed.subscribe(self.changed.append)
            return await work(costs, ChatService(client, self.history))

    def run(self, work: Callable[[CostService, ChatService], Awaitable[T]], **options: object) -> T:
        return asyncio.run(self.use(work, **options))


@pytest.fixture
def world(fake: FakeOpenRouter, tmp_path: Path) -> Iterator[World]:
    connection = open_database(tmp_path / "history.sqlite3")
    clock = Clock()
    catalogue = {m.id: m for m in map(parse_model, fake.models) if m is not None}
    yield World(fake, HistoryStore(connection), Ledger(connection, clock), clock, catalogue)
    connection.close()


def send(
    conversation_id: int, prompt: str
) -> Callable[[CostService, ChatService], Awaitable[None]]:
    async def work(costs: CostService, chat: ChatService) -> None:
        await chat.send(conversation_id, prompt, lambda event: None)

    return work


# -- a turn with usage -------------------------------------------------------------------------


def test_a_billed_answer_is_booked_as_billed(world: World) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(text="Hi there, friend."))
    world.run(send(conversation.id, "Say hi"))
    answer = world.answer(conversation.id)
    assert answer.cost_is_billed and answer.cost == world.billed(answer)

    figure = world.run(lambda costs, _: _sync(costs.record_answer(answer)))
    assert figure == answer.cost
    entry = world.ledger.by_message(answer.id)
    assert entry is not None and entry.billed and entry.cost == answer.cost
    assert (entry.prompt_tokens, entry.completion_tokens) == (
        answer.prompt_tokens,
        answer.completion_tokens,
    )
    assert (entry.model, entry.provider, entry.generation_id) == (
        WIZARD_ID,
        "FakeProvider",
        answer.generation_id,
    )
    assert entry.conversation_id == conversation.id
    assert world.changed == []  # the message already said it all
    # The fake bills catalogue price × tokens: $0.62/M both ways.
    tokens = (answer.prompt_tokens or 0) + (answer.completion_tokens or 0)
    assert answer.cost == tokens * D("0.00000062")


async def _sync(value: T) -> T:
    return value


def test_recording_twice_keeps_one_row(world: World) -> None:
    conversation = world.conversation()
    world.run(send(conversation.id, "Q"))
    answer = world.answer(conversation.id)

    async def twice(costs: CostService, _: ChatService) -> None:
        costs.record_answer(answer)
        costs.record_answer(answer)
        await costs.settle(answer)

    world.run(twice)
    assert len(world.ledger.entries()) == 1
    assert world.ledger.total_for_conversation(conversation.id) == answer.cost


# -- no usage: estimate, then the billed figure from GET /generation ---------------------------


def test_an_answer_without_usage_is_estimated_then_reconciled_to_the_billed_figure(
    world: World,
) -> None:
    conversation = world.conversation(system_prompt="Be brief.")
    world.fake.push(Scenario(text="One two three four five six.", usage=None))
    world.run(send(conversation.id, "Count to six"))
    answer = world.answer(conversation.id)
    assert answer.status is MessageStatus.COMPLETE
    assert answer.cost is None and not answer.cost_is_billed and answer.generation_id

    estimate = world.run(lambda costs, _: _sync(costs.record_answer(answer)))
    prompt = estimate_prompt_tokens(
        [ChatMessage("system", "Be brief."), ChatMessage("user", "Count to six")]
    )
    completion = estimate_tokens(answer.content)
    assert estimate == (prompt + completion) * D("0.00000062")
    entry = world.ledger.by_message(answer.id)
    assert entry is not None and not entry.billed and entry.cost == estimate
    assert (entry.prompt_tokens, entry.completion_tokens) == (prompt, completion)
    stored = world.answer(conversation.id)
    assert (stored.cost, stored.cost_is_billed) == (estimate, False)
    assert world.changed == [stored]

    billed = world.run(lambda costs, _: costs.reconcile(stored))
    assert billed == world.billed(answer) and isinstance(billed, Decimal)
    generation = world.generation(answer)
    final = world.answer(conversation.id)
    assert (final.cost, final.cost_is_billed) == (billed, True)
    assert final.prompt_tokens == generation["native_tokens_prompt"]
    assert final.completion_tokens == generation["native_tokens_completion"]
    entry = world.ledger.by_message(answer.id)
    assert entry is not None and entry.billed and entry.cost == billed
    assert len(world.ledger.entries()) == 1
    assert world.ledger.total_for_conversation(conversation.id) == billed
    assert world.changed[-1] == final


def test_a_dropped_stream_is_billed_after_the_generation_lookup_stops_answering_404(
    world: World,
) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(chunks=["Half ", "an ", "answer"], drop_after=2))
    world.run(send(conversation.id, "Tell me"))
    answer = world.answer(conversation.id)
    assert answer.status is MessageStatus.FAILED and answer.content == "Half an "
    assert answer.cost is None

    world.fake.generation_404s = 2
    figure = world.run(lambda costs, _: costs.settle(answer))
    assert figure == world.billed(answer)
    lookups = [r for r in world.fake.requests if r.route == "/generation"]
    assert len(lookups) == 3 and all(r.query["id"] == answer.generation_id for r in lookups)
    final = world.answer(conversation.id)
    assert final.cost == figure and final.cost_is_billed
    assert final.status is MessageStatus.FAILED and final.content == "Half an "
    # The fake bills the whole answer: three content chunks, not the two that arrived.
    assert final.completion_tokens == 3
    assert [c.cost_is_billed for c in world.changed] == [False, True]


def test_a_stopped_answer_is_billed_too(world: World) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(text="word " * 200, token_delay=0.02))

    async def stop_then_settle(costs: CostService, chat: ChatService) -> Decimal | None:
        events: list[TurnEvent] = []
        task = asyncio.ensure_future(chat.send(conversation.id, "Go", events.append))
        while sum(isinstance(e, TurnText) for e in events) < 3:
            await asyncio.sleep(0.01)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return await costs.settle(world.answer(conversation.id))

    figure = world.run(stop_then_settle)
    answer = world.answer(conversation.id)
    assert answer.status is MessageStatus.STOPPED
    assert figure == answer.cost == world.billed(answer) and answer.cost_is_billed


def test_when_the_billed_figure_never_comes_the_estimate_stays(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(text="No usage here.", usage=None))
    world.run(send(conversation.id, "Q"))
    answer = world.answer(conversation.id)
    world.fake.generation_404s = 100

    with caplog.at_level(logging.WARNING, logger="app.services.costs"):
        figure = world.run(lambda costs, _: costs.settle(answer), generation_attempts=3)
    assert figure is not None
    final = world.answer(conversation.id)
    assert final.cost == figure and not final.cost_is_billed
    entry = world.ledger.by_message(answer.id)
    assert entry is not None and not entry.billed and entry.cost == figure
    assert len([r for r in world.fake.requests if r.route == "/generation"]) == 3
    assert any("No billed cost" in r.getMessage() for r in caplog.records)


def test_a_network_failure_during_reconcile_is_logged_not_raised(world: World) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(text="No usage here.", usage=None))
    world.run(send(conversation.id, "Q"))
    answer = world.answer(conversation.id)
    world.fake.stop()

    async def settle(costs: CostService, _: ChatService) -> Decimal | None:
        return await costs.settle(answer)

    figure = world.run(settle)
    assert figure is not None and not world.answer(conversation.id).cost_is_billed


def test_reconcile_needs_a_generation_id_and_leaves_billed_answers_alone(world: World) -> None:
    conversation = world.conversation()
    world.run(send(conversation.id, "Q"))
    billed = world.answer(conversation.id)
    no_id = world.history.add_message(conversation.id, "assistant", "typed by hand")

    async def both(costs: CostService, _: ChatService) -> tuple[Decimal | None, Decimal | None]:
        return await costs.reconcile(billed), await costs.reconcile(no_id)

    assert world.run(both) == (billed.cost, None)
    assert not [r for r in world.fake.requests if r.route == "/generation"]


def test_a_billed_row_is_never_downgraded_by_a_stale_message(world: World) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(text="Answer.", usage=None))
    world.run(send(conversation.id, "Q"))
    stale = world.answer(conversation.id)

    async def work(costs: CostService, _: ChatService) -> Decimal | None:
        await costs.settle(stale)
        return costs.record_answer(stale)  # the UI still held the old message

    assert world.run(work) == world.billed(stale)
    entry = world.ledger.by_message(stale.id)
    assert entry is not None and entry.billed
    assert world.answer(conversation.id).cost_is_billed


def test_a_version_deleted_before_its_bill_arrives_is_still_counted_once(world: World) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(text="Old answer.", usage=None), Scenario(text="New answer."))
    world.run(send(conversation.id, "Q"))
    old = world.answer(conversation.id)

    async def regenerate_then_reconcile(costs: CostService, chat: ChatService) -> Decimal | None:
        costs.record_answer(old)
        await chat.regenerate(conversation.id, lambda event: None)
        costs.record_answer(world.answer(conversation.id))
        world.history.delete_messages_from(conversation.id, old.id)  # the old version goes
        return await costs.reconcile(old)

    billed = world.run(regenerate_then_reconcile)
    assert billed == world.billed(old)
    new = world.answer(conversation.id)
    assert new.id != old.id and world.history.get_message(old.id) is None
    assert len(world.ledger.entries()) == 2
    old_entry = world.ledger.by_generation(old.generation_id or "")
    assert old_entry is not None and old_entry.billed and old_entry.message_id is None
    assert world.ledger.total_for_conversation(conversation.id) == billed + (new.cost or 0)


def test_unknown_prices_book_nothing(world: World) -> None:
    world.catalogue.clear()
    conversation = world.conversation()
    world.fake.push(Scenario(text="Answer.", usage=None))
    world.run(send(conversation.id, "Q"))
    answer = world.answer(conversation.id)
    assert world.run(lambda costs, _: _sync(costs.record_answer(answer))) is None
    assert world.ledger.entries() == [] and world.changed == []


def test_a_served_slug_missing_from_the_catalogue_is_priced_as_the_requested_model(
    world: World,
) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(text="Answer.", usage=None, model=WIZARD_ID + "-20260423"))
    world.run(send(conversation.id, "Q"))
    answer = world.answer(conversation.id)
    assert answer.model == WIZARD_ID + "-20260423"
    figure = world.run(lambda costs, _: _sync(costs.record_answer(answer, prompt_tokens=1000)))
    completion = estimate_tokens("Answer.")
    assert figure == (1000 + completion) * D("0.00000062")


def test_user_messages_are_not_booked(world: World) -> None:
    conversation = world.conversation()
    question = world.history.add_message(conversation.id, "user", "Q", cost=D("1"))
    assert world.run(lambda costs, _: _sync(costs.record_answer(question))) is None


# -- before sending: the estimate and the guard ------------------------------------------------


def test_the_send_estimate_uses_the_catalogue_price_and_max_tokens(world: World) -> None:
    settings = ChatSettings(model=WIZARD_ID, params=SamplingParams(max_tokens=1000))
    history = [
        world.history.add_message(world.conversation().id, "user", "x" * 400),
    ]

    def estimate(costs: CostService) -> tuple[str, str]:
        by_draft = costs.estimate_draft(settings, history[:0], "x" * 400)
        messages = [ChatMessage("user", "x" * 400)]
        assert costs.estimate_send(ChatRequest(WIZARD_ID, messages, settings.params)) == by_draft
        prompt = estimate_prompt_tokens(messages)
        assert by_draft.prompt_tokens == prompt
        assert by_draft.typical_cost == (prompt + 500) * D("0.00000062")
        assert by_draft.max_cost == (prompt + 1000) * D("0.00000062")
        assert by_draft.uses_max_tokens
        unknown = costs.estimate_send(ChatRequest("nobody/knows", messages))
        return str(by_draft.max_cost), str(unknown.typical_cost)

    assert world.run(lambda costs, _: _sync(estimate(costs))) == ("0.00068634", "None")


def test_the_draft_estimate_counts_the_conversation_and_system_prompt(world: World) -> None:
    conversation = world.conversation(system_prompt="Be brief.")
    world.run(send(conversation.id, "First question"))
    settings = conversation.settings
    history = world.history.messages(conversation.id)

    def estimate(costs: CostService) -> int:
        return costs.estimate_draft(settings, history, "Second question").prompt_tokens

    expected = estimate_prompt_tokens(
        [
            ChatMessage("system", "Be brief."),
            ChatMessage("user", "First question"),
            ChatMessage("assistant", history[-1].content),
            ChatMessage("user", "Second question"),
        ]
    )
    assert world.run(lambda costs, _: _sync(estimate(costs))) == expected


def test_the_estimate_prices_the_request_that_is_then_sent(world: World) -> None:
    """One builder: the draft's estimate is of ``next_request``, and sending that draft puts
    the same messages and max_tokens on the wire (system prompt, history, a failed answer
    with no text left out)."""
    conversation = world.conversation(system_prompt="Be brief.")
    settings = ChatSettings(
        model=WIZARD_ID,
        system_prompt="Be brief.",
        params=SamplingParams(max_tokens=300, temperature=0.5),
    )
    world.history.update_settings(conversation.id, settings)
    world.run(send(conversation.id, "First question"))
    world.history.add_message(conversation.id, "assistant", "  ", status=MessageStatus.FAILED)
    history = world.history.messages(conversation.id)

    def estimate(costs: CostService) -> tuple[object, object]:
        return (
            costs.estimate_draft(settings, history, "Second question"),
            costs.estimate_send(next_request(settings, history, "Second question")),
        )

    by_draft, by_builder = world.run(lambda costs, _: _sync(estimate(costs)))
    assert by_draft == by_builder
    world.run(send(conversation.id, "Second question"))
    sent = world.fake.chat_requests[-1].json
    sent_messages = [ChatMessage(m["role"], m["content"]) for m in sent["messages"]]
    assert sent_messages == list(next_request(settings, history, "Second question").messages)
    assert sent_messages[0] == ChatMessage("system", "Be brief.")
    assert by_draft.prompt_tokens == estimate_prompt_tokens(sent_messages)
    assert by_draft.max_completion_tokens == sent["max_tokens"] == 300


def test_the_guard_checks_the_ledger_against_the_caps_in_settings(world: World) -> None:
    world.ledger.record(LedgerEntry(D("0.796")))
    world.ledger.record(LedgerEntry(D("4"), created_at=world.clock.now - 40 * 86400))
    settings = AppSettings(daily_cap=D("0.80"), monthly_cap=D("10"), confirm_above=D("0.001"))

    def check(costs: CostService) -> bool:
        big = costs.estimate_send(
            ChatRequest(
                WIZARD_ID, [ChatMessage("user", "x" * 4000)], SamplingParams(max_tokens=8000)
            )
        )
        decision = costs.guard(big, settings)
        assert decision.action == "hold" and decision.figure == big.max_cost
        assert "past your daily cap of $0.80" in decision.reason
        tiny = costs.estimate_send(
            ChatRequest(WIZARD_ID, [ChatMessage("user", "hi")], SamplingParams(max_tokens=1))
        )
        assert costs.guard(tiny, settings).action == "warn"
        assert costs.guard(tiny, AppSettings()).action == "send"
        free = costs.estimate_send(
            ChatRequest("meta-llama/llama-3.3-8b-instruct:free", [ChatMessage("user", "x")])
        )
        assert costs.guard(free, settings).action == "send"
        spending = costs.spending(settings)
        assert (spending.today, spending.month, spending.conversation) == (
            D("0.796"),
            D("0.796"),
            None,
        )
        assert spending.level == "warning"
        assert [c.kind for c in spending.caps] == ["daily", "monthly"]
        assert (costs.today_total(), costs.month_total()) == (D("0.796"), D("0.796"))
        return True

    assert world.run(lambda costs, _: _sync(check(costs)))


def test_the_send_check_of_a_chat_estimates_its_next_request_and_asks_the_guard(
    world: World,
) -> None:
    world.ledger.record(LedgerEntry(D("0.796")))
    conversation = world.conversation()
    settings = AppSettings(daily_cap=D("0.80"))

    def check(costs: CostService) -> bool:
        held = costs.check_chat_send(conversation.id, "x" * 40_000, settings)
        assert held.decision.action == "hold" and held.title == "Spending cap"
        assert held.question == held.decision.reason and "daily cap" in held.question
        assert costs.check_chat_send(conversation.id, "hi", AppSettings()).decision.action == (
            "send"
        )
        assert costs.check_chat_send(999, "hi", settings).decision.action == "send"  # gone
        assert costs.chat_estimate_text(conversation.id, "hi").startswith("about $")
        assert costs.chat_estimate_text(999, "hi") == ""
        return True

    assert world.run(lambda costs, _: _sync(check(costs)))


def test_the_live_cost_of_a_streaming_turn_is_priced_from_the_turn(world: World) -> None:
    conversation = world.conversation()
    user = world.history.add_message(conversation.id, "user", "hi")
    answer = world.history.add_message(
        conversation.id, "assistant", "", status=MessageStatus.STREAMING, model=WIZARD_ID
    )
    turn = Turn(user, answer, world.history, 60.0, world.clock)

    async def live(costs: CostService) -> tuple[Decimal | None, Decimal | None]:
        before = costs.live_turn_cost(turn)
        turn.apply(TextDelta("x" * 2000))
        turn.cancel_checkpoint()
        return before, costs.live_turn_cost(turn)

    before, after = world.run(lambda costs, _: live(costs))
    assert before == D(0)
    assert after == world.run(lambda costs, _: _sync(costs.live_estimate(WIZARD_ID, "x" * 2000, 0)))


def test_the_live_estimate_follows_the_text(world: World) -> None:
    def live(costs: CostService) -> Decimal | None:
        return costs.live_estimate(WIZARD_ID, "x" * 2000, 1000)

    assert world.run(lambda costs, _: _sync(live(costs))) == D("0.00093")


# -- the balance and a 402 ---------------------------------------------------------------------


def test_remaining_credit_comes_from_get_key(world: World) -> None:
    async def credit(costs: CostService, _: ChatService) -> tuple[object, ...]:
        assert costs.last_key_info is None and costs.key_info_age() is None
        info = await costs.remaining_credit()
        world.clock.now += 90
        return info.limit_remaining, info.limit, costs.last_key_info == info, costs.key_info_age()

    assert world.run(credit) == (D("7.5"), D("10"), True, 90.0)


def test_a_402_keeps_the_prompt_and_says_the_balance_and_where_to_add_credit(
    world: World,
) -> None:
    conversation = world.conversation()
    world.fake.push(Scenario(status=402))
    world.fake.keys[VALID_KEY]["limit_remaining"] = 0.0

    async def out_of_credit(costs: CostService, chat: ChatService) -> tuple[list[TurnEvent], str]:
        events: list[TurnEvent] = []
        await chat.send(conversation.id, "An expensive question", events.append)
        return events, await costs.out_of_credit_message()

    events, text = world.run(out_of_credit)
    undone = events[-1]
    assert isinstance(undone, TurnUndone) and undone.prompt == "An expensive question"
    assert "This key has $0.00 left of its $10.00 limit." in text
    assert "https://openrouter.ai/settings/credits" in text
    assert world.ledger.entries() == []


def test_a_refused_request_is_not_charged_and_books_nothing(world: World) -> None:
    """A send refused before any answer is taken back; a regenerate refused so keeps its
    empty answer (to retry). Neither was billed: nothing is booked, and both say so."""
    conversation = world.conversation()
    world.fake.push(Scenario(text="First answer."))
    world.fake.push(Scenario(status=402))  # the regenerate
    world.fake.push(Scenario(status=402))  # a new send

    async def work(costs: CostService, chat: ChatService) -> list[TakenBack]:
        taken: list[TakenBack] = []
        costs.follow(chat.turns)
        costs.taken_back.subscribe(taken.append)
        await chat.send(conversation.id, "Hi", lambda event: None)
        await costs.wait_settled()
        await chat.regenerate(conversation.id, lambda event: None)
        await costs.wait_settled()
        await chat.send(conversation.id, "Again", lambda event: None)
        await costs.wait_settled()
        return taken

    taken = world.run(work)
    assert taken == [TakenBack(conversation.id, not_charged=True)] * 2
    answer = world.answer(conversation.id)
    assert answer.status is MessageStatus.FAILED and answer.content == ""
    assert world.ledger.by_message(answer.id) is None
    assert len(world.ledger.entries()) == 1  # the first answer only


def test_the_402_message_without_a_balance(world: World) -> None:
    world.fake.stop()
    text = world.run(lambda costs, _: costs.out_of_credit_message())
    assert "left" not in text and "openrouter.ai/settings/credits" in text


def test_the_ledger_exports_through_the_service(world: World, tmp_path: Path) -> None:
    conversation = world.conversation()
    world.run(send(conversation.id, "Q"))
    answer = world.answer(conversation.id)
    path = tmp_path / "costs.csv"

    def export(costs: CostService) -> int:
        costs.record_answer(answer)
        return costs.export_csv(path)

    assert world.run(lambda costs, _: _sync(export(costs))) == 1
    assert f",{answer.cost},billed,{answer.generation_id}" in path.read_text(encoding="utf-8")


# -- the caps in the settings file -------------------------------------------------------------


def test_caps_are_saved_as_decimal_strings_and_read_back_exactly(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = AppSettings(daily_cap=D("1.00"), monthly_cap=D("20"), confirm_above=D("0.05"))
    save_settings(path, settings)
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert (stored["daily_cap"], stored["monthly_cap"], stored["confirm_above"]) == (
        "1.00",
        "20",
        "0.05",
    )
    assert stored["version"] == 1
    assert load_settings(path).settings == settings


def test_a_settings_file_without_caps_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "theme": "dark"}), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.notice is None and loaded.settings.theme == "dark"
    assert (loaded.settings.daily_cap, loaded.settings.monthly_cap) == (None, None)
    assert loaded.settings.confirm_above is None


def test_bad_caps_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"version": 1, "daily_cap": "-1", "monthly_cap": "lots", "confirm_above": 0.25}),
        encoding="utf-8",
    )
    settings = load_settings(path).settings
    assert (settings.daily_cap, settings.monthly_cap, settings.confirm_above) == (
        None,
        None,
        D("0.25"),
    )
    assert AppSettings.from_dict({"daily_cap": "$2.50", "monthly_cap": [1]}).daily_cap == D("2.50")
    assert AppSettings.from_dict({"daily_cap": True}).daily_cap is None
