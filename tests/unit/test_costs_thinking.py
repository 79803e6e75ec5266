"""CostService and thinking, against the real fake server and real SQLite: the live figure
counts thinking as it streams, the ledger keeps each answer's thinking tokens (from usage or
from GET /generation), and the send estimate includes the thinking the setting allows."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.api import ReasoningDelta, TextDelta
from app.core.conversation import ChatSettings, MessageStatus
from app.core.cost import estimate_cost, estimate_tokens
from app.core.params import SamplingParams
from app.core.request import next_request
from app.core.thinking import Thinking
from app.services.costs import CostService
from app.services.turn import Turn
from tests.fakes.fake_openrouter import Scenario

from .test_costs_service import WIZARD_ID, World, _sync, send
from .test_costs_service import world as world  # the fixture

D = Decimal
THINKING_USAGE = {
    "prompt_tokens": 12,
    "completion_tokens": 300,
    "total_tokens": 312,
    "cost": 0.0002,
    "completion_tokens_details": {"reasoning_tokens": 280},
}


def priced_thinking(world: World) -> None:
    """Give the fake catalogue's wizard a thinking price of its own (4× its output price)."""
    wizard = world.catalogue[WIZARD_ID]
    world.catalogue[WIZARD_ID] = replace(
        wizard,
        reasoning_price=(wizard.completion_price or D(0)) * 4,
        supported_parameters=wizard.supported_parameters | {"reasoning"},
    )


def test_the_live_cost_counts_thinking_as_it_streams(world: World) -> None:
    priced_thinking(world)
    model = world.catalogue[WIZARD_ID]
    conversation = world.conversation()
    user = world.history.add_message(conversation.id, "user", "hi")
    answer = world.history.add_message(
        conversation.id, "assistant", "", status=MessageStatus.STREAMING, model=WIZARD_ID
    )
    turn = Turn(user, answer, world.history, 60.0, world.clock)
    thought, said = "t" * 4000, "a" * 400

    async def live(costs: CostService) -> tuple[Decimal | None, Decimal | None]:
        turn.apply(ReasoningDelta(thought))
        thinking_only = costs.live_turn_cost(turn)
        turn.apply(TextDelta(said))
        turn.cancel_checkpoint()
        return thinking_only, costs.live_turn_cost(turn)

    thinking_only, both = world.run(lambda costs, _: live(costs))
    assert thinking_only == estimate_cost(model, 0, 0, thinking_tokens=estimate_tokens(thought))
    assert thinking_only and thinking_only > 0
    assert both == estimate_cost(
        model, 0, estimate_tokens(said), thinking_tokens=estimate_tokens(thought)
    )


def test_a_thinking_answer_books_its_thinking_tokens_in_the_ledger(world: World) -> None:
    conversation = world.conversation()
    world.fake.push(
        Scenario(reasoning=["Hmm, ", "let me see."], text="42", usage_data=THINKING_USAGE)
    )

    async def work(costs: CostService, chat: object) -> None:
        costs.follow(chat.turns)  # type: ignore[attr-defined]
        await send(conversation.id, "Meaning of life?")(costs, chat)  # type: ignore[arg-type]
        await costs.wait_settled()

    world.run(work)
    answer = world.answer(conversation.id)
    assert answer.reasoning_tokens == 280 and answer.completion_tokens == 300
    (row,) = world.ledger.entries()
    assert (row.reasoning_tokens, row.completion_tokens, row.billed) == (280, 300, True)


def test_an_interrupted_thinking_answer_is_billed_with_the_native_thinking_tokens(
    world: World,
) -> None:
    conversation = world.conversation()
    world.fake.push(
        Scenario(reasoning=["Pondering"], text="Partial", usage=None, usage_data=THINKING_USAGE)
    )

    async def work(costs: CostService, chat: object) -> None:
        costs.follow(chat.turns)  # type: ignore[attr-defined]
        await send(conversation.id, "Go")(costs, chat)  # type: ignore[arg-type]
        await costs.wait_settled()

    world.run(work)  # no usage chunk: estimated, then billed from GET /generation
    answer = world.answer(conversation.id)
    (row,) = world.ledger.entries()
    assert row.billed and row.reasoning_tokens == 280
    assert answer.cost_is_billed and answer.reasoning_tokens == 280


def test_the_send_estimate_includes_the_thinking_setting(world: World) -> None:
    priced_thinking(world)
    model = world.catalogue[WIZARD_ID]
    budget = Thinking("budget", budget=1000)
    settings = ChatSettings(
        model=WIZARD_ID, params=SamplingParams(max_tokens=3000, reasoning=budget)
    )
    off = replace(settings, params=SamplingParams(max_tokens=3000, reasoning=Thinking("off")))

    def estimates(costs: CostService) -> tuple[object, object]:
        return (
            costs.estimate_send(next_request(settings, [], "Hi")),
            costs.estimate_send(next_request(off, [], "Hi")),
        )

    thinking, not_thinking = world.run(lambda costs, _: _sync(estimates(costs)))
    prompt = thinking.prompt_tokens  # type: ignore[attr-defined]
    assert thinking.typical_cost == estimate_cost(  # type: ignore[attr-defined]
        model, prompt, 500, thinking_tokens=1000
    )
    assert not_thinking.typical_cost == estimate_cost(model, prompt, 500)  # type: ignore[attr-defined]
    assert thinking.max_cost == estimate_cost(  # type: ignore[attr-defined]
        model, prompt, 0, thinking_tokens=3000
    )


def test_the_split_is_priced_with_the_model_that_answered(world: World) -> None:
    priced_thinking(world)
    conversation = world.conversation()
    world.fake.push(Scenario(reasoning=["Hmm."], text="42", usage_data=THINKING_USAGE))

    async def work(costs: CostService, chat: object) -> object:
        await send(conversation.id, "Meaning of life?")(costs, chat)  # type: ignore[arg-type]
        answer = world.answer(conversation.id)
        assert costs.answer_model(answer) is world.catalogue[WIZARD_ID]
        return costs.thinking_split(answer)

    split = world.run(work)
    assert split is not None
    assert (split.answer_tokens, split.thinking_tokens) == (20, 280)  # type: ignore[attr-defined]
    assert split.answer_cost + split.thinking_cost == D("0.0002")  # type: ignore[attr-defined]
    assert split.thinking_cost > split.answer_cost  # type: ignore[attr-defined]


def test_an_answer_cut_off_mid_thinking_is_settled_at_the_next_start_with_its_thinking(
    world: World,
) -> None:
    """The app died while the model thought: the checkpoint kept the thinking and the
    generation id; the next start books it billed, with /generation's thinking tokens."""
    world.fake.push(Scenario(reasoning=["Deep"], text="x", usage_data=THINKING_USAGE))
    other = world.conversation()
    world.run(lambda costs, chat: send(other.id, "Hi")(costs, chat))
    generation_id = list(world.fake.generations)[-1]
    conversation = world.conversation()
    world.history.add_message(conversation.id, "user", "Think hard")
    cut = world.history.add_message(
        conversation.id,
        "assistant",
        "",
        status=MessageStatus.STREAMING,
        reasoning="Deep",
        generation_id=generation_id,
        model=WIZARD_ID,
    )
    world.history.mark_interrupted()
    assert world.run(lambda costs, _: costs.settle_interrupted()) == 1
    row = world.ledger.by_message(cut.id)
    assert row is not None and row.billed and row.reasoning_tokens == 280
    settled = world.history.get_message(cut.id)
    assert settled is not None and settled.reasoning_tokens == 280 and settled.reasoning == "Deep"
