"""Thinking in the cost arithmetic: priced apart, split from the answer, estimated before a
send, and inside the worst case the guard checks. Pure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.conversation import Message
from app.core.cost import (
    DEFAULT_TYPICAL_THINKING,
    ThinkingSplit,
    estimate_cost,
    estimate_send,
    estimate_tokens,
    live_cost,
    max_tokens_within,
    thinking_split,
    typical_thinking,
)
from app.core.messages import ChatMessage
from app.core.models import ModelInfo
from app.core.thinking import ModelReasoning, Thinking

D = Decimal
PLAIN = ModelInfo("m/plain", "Plain", prompt_price=D("0.000001"), completion_price=D("0.000002"))
THINKER = ModelInfo(
    "m/thinker",
    "Thinker",
    prompt_price=D("0.000001"),
    completion_price=D("0.000002"),
    reasoning_price=D("0.000004"),
    reasoning=ModelReasoning(efforts=("high", "medium", "low")),
    max_completion_tokens=10_000,
)
LAZY = ModelInfo(  # thinks only when asked
    "m/lazy",
    "Lazy",
    prompt_price=D("0.000001"),
    completion_price=D("0.000002"),
    reasoning=ModelReasoning(default_enabled=False),
)
ASK = [ChatMessage("user", "Why is the sky blue?")]


def answer(**fields: object) -> Message:
    return Message(1, 1, "assistant", "Because…", **fields)  # type: ignore[arg-type]


# -- pricing --------------------------------------------------------------------------------


def test_thinking_is_priced_at_the_thinking_price() -> None:
    assert estimate_cost(THINKER, 100, 50, thinking_tokens=1000) == D("0.0042")
    assert estimate_cost(PLAIN, 100, 50, thinking_tokens=1000) == D("0.0022")  # output price
    assert live_cost(THINKER, 50, 0, 1000) == D("0.0041")
    assert live_cost(THINKER, 50, 0) == D("0.0001")


# -- the split ------------------------------------------------------------------------------


def test_a_billed_cost_is_split_by_price_times_tokens_and_sums_to_the_whole() -> None:
    # list price: prompt 100 × 1e-6 + answer 180 × 2e-6 + thinking 2,900 × 4e-6 = 0.01206
    message = answer(
        prompt_tokens=100, completion_tokens=3080, reasoning_tokens=2900, cost=D("0.01206")
    )
    split = thinking_split(message, THINKER)
    assert split == ThinkingSplit(180, D("0.00046"), 2900, D("0.0116"))
    discounted = thinking_split(message.with_changes(cost=D("0.00603")), THINKER)
    assert discounted is not None and discounted.thinking_cost == D("0.0058")
    assert discounted.answer_cost is not None
    assert discounted.answer_cost + discounted.thinking_cost == D("0.00603")


def test_without_the_prompt_size_thinking_costs_its_tokens_at_the_price_at_most_the_whole() -> None:
    split = thinking_split(
        answer(completion_tokens=3080, reasoning_tokens=2900, cost=D("0.02")), THINKER
    )
    assert split is not None and split.thinking_cost == D("0.0116")
    assert split.answer_cost == D("0.0084")
    small = thinking_split(
        answer(completion_tokens=3080, reasoning_tokens=2900, cost=D("0.001")), THINKER
    )
    assert small is not None and (small.thinking_cost, small.answer_cost) == (D("0.001"), 0)


def test_unknown_stays_unknown() -> None:
    no_cost = thinking_split(answer(completion_tokens=3080, reasoning_tokens=2900), THINKER)
    assert no_cost == ThinkingSplit(180, None, 2900, None)
    no_model = thinking_split(answer(reasoning_tokens=2900, cost=D("0.01")), None)
    assert no_model == ThinkingSplit(None, None, 2900, None)


def test_no_thinking_no_split_and_thinking_text_alone_is_estimated() -> None:
    assert thinking_split(answer(completion_tokens=10, cost=D("0.1")), THINKER) is None
    assert thinking_split(answer(reasoning_tokens=0), THINKER) is None
    text = "Let me think about this carefully."
    split = thinking_split(answer(reasoning=text, completion_tokens=100), THINKER)
    assert split is not None and split.thinking_estimated
    assert split.thinking_tokens == estimate_tokens(text)
    assert split.answer_tokens == 100 - estimate_tokens(text)


# -- before a send --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "thinking", "max_tokens", "expected"),
    [
        (PLAIN, None, None, 0),  # does not think
        (PLAIN, Thinking("effort", effort="high"), 1000, 0),
        (THINKER, Thinking("off"), 1000, 0),
        (THINKER, Thinking("budget", budget=4000), None, 4000),
        (THINKER, Thinking("effort", effort="high"), 1000, 800),
        (THINKER, Thinking("effort", effort="low"), None, DEFAULT_TYPICAL_THINKING),
        (THINKER, None, None, DEFAULT_TYPICAL_THINKING),
        (THINKER, Thinking("default", hide=True), None, DEFAULT_TYPICAL_THINKING),
        (LAZY, None, None, 0),
        (LAZY, Thinking("effort", effort="medium"), 2000, 1000),
    ],
)
def test_typical_thinking(
    model: ModelInfo, thinking: Thinking | None, max_tokens: int | None, expected: int
) -> None:
    assert typical_thinking(model, thinking, max_tokens) == expected


def test_the_typical_estimate_includes_the_thinking_and_the_worst_case_its_price() -> None:
    estimate = estimate_send(THINKER, ASK, 2000, 500, Thinking("budget", budget=1000))
    prompt = estimate.prompt_tokens
    assert estimate.assumed_thinking_tokens == 1000
    assert estimate.assumed_completion_tokens == 1500
    assert estimate.typical_cost == estimate_cost(THINKER, prompt, 500, thinking_tokens=1000)
    # At most: all 2,000 completion tokens at the higher (thinking) price.
    assert estimate.max_cost == estimate_cost(THINKER, prompt, 0, thinking_tokens=2000)
    assert estimate.max_completion_tokens == 2000


def test_thinking_and_answer_together_stay_within_the_length_limit() -> None:
    estimate = estimate_send(THINKER, ASK, 1000, 500, Thinking("effort", effort="high"))
    assert estimate.assumed_thinking_tokens == 800
    assert estimate.assumed_completion_tokens == 1000  # 800 thinking + 200 answer


def test_thinking_off_leaves_the_estimate_at_the_answer_price() -> None:
    estimate = estimate_send(THINKER, ASK, 2000, 500, Thinking("off"))
    prompt = estimate.prompt_tokens
    assert estimate.assumed_thinking_tokens == 0
    assert estimate.typical_cost == estimate_cost(THINKER, prompt, 500)
    assert estimate.max_cost == estimate_cost(THINKER, prompt, 2000)


def test_a_model_that_does_not_think_is_estimated_as_before() -> None:
    estimate = estimate_send(PLAIN, ASK, None, 500, None)
    assert estimate.assumed_thinking_tokens == 0
    assert estimate.typical_cost == estimate_cost(PLAIN, estimate.prompt_tokens, 500)


def test_the_length_hint_prices_output_at_the_thinking_price_when_higher() -> None:
    # $0.041 left after a prompt of 1,000 tokens ($0.001): 10,000 thinking tokens at $4/M.
    assert max_tokens_within(THINKER, 1000, D("0.041")) == 10_000
    assert max_tokens_within(PLAIN, 1000, D("0.041")) == 20_000
