"""A turn's thinking goes to the history: at every checkpoint (a kill mid-thinking keeps it)
and at the end, with the server's thinking tokens and the seconds spent thinking."""

from __future__ import annotations

import pytest

from app.api import Finished, ReasoningDelta, TextDelta, UsageReport
from app.core.conversation import MessageStatus
from app.core.usage import Usage
from app.services.turn import Turn, TurnFinished, TurnUndone
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import FakeOpenRouter, Scenario
from tests.helpers.clocks import Clock

from .test_turn import figures_turn, run_turn

SIGNED = {"type": "reasoning.text", "text": "", "signature": "Et8B", "index": 0}


def stored(history: HistoryStore, turn: Turn):  # type: ignore[no-untyped-def]
    message = history.get_message(turn.message.id)
    assert message is not None
    return message


def test_thinking_is_checkpointed_before_any_answer_text(history: HistoryStore) -> None:
    clock = Clock()
    turn = figures_turn(history, clock)
    turn.mark_sent()
    clock.now += 1.0
    detail = {"type": "reasoning.text", "text": "Let me ", "index": 0}
    turn.apply(ReasoningDelta("Let me ", (detail,)))
    clock.now += 2.5
    turn.apply(ReasoningDelta("think.", ({**detail, "text": "think."},)))
    message = stored(history, turn)  # what a kill right now would leave
    assert message.reasoning == "Let me think."
    assert message.content == ""
    assert message.reasoning_details == (
        {"type": "reasoning.text", "text": "Let me think.", "index": 0},
    )
    assert message.thinking_s == 2.5
    assert message.reasoning_tokens is None  # no estimate is stored as the server's count
    assert message.status is MessageStatus.STREAMING


def test_the_end_stores_the_servers_thinking_tokens_details_and_rounded_seconds(
    history: HistoryStore,
) -> None:
    clock = Clock()
    turn = figures_turn(history, clock)
    turn.mark_sent()
    turn.apply(ReasoningDelta("Hmm.", ({"type": "reasoning.text", "text": "Hmm.", "index": 0},)))
    clock.now += 1.23456
    turn.apply(TextDelta("42"))
    turn.apply(ReasoningDelta("", (SIGNED,)))  # a signature may come after the answer starts
    turn.apply(UsageReport(Usage(prompt_tokens=10, completion_tokens=3000, reasoning_tokens=2900)))
    turn.apply(Finished("stop"))
    clock.now += 5.0
    message = turn.finish(MessageStatus.COMPLETE, None)
    assert message.reasoning_tokens == 2900
    assert message.completion_tokens == 3000  # thinking included, as billed
    assert message.thinking_s == 1.23
    assert message.reasoning_details == (
        {"type": "reasoning.text", "text": "Hmm.", "index": 0, "signature": "Et8B"},
    )
    assert stored(history, turn) == message


def test_an_answer_without_thinking_stores_none(history: HistoryStore) -> None:
    clock = Clock()
    turn = figures_turn(history, clock)
    turn.apply(TextDelta("Hello"))
    turn.apply(Finished("stop"))
    message = turn.finish(MessageStatus.COMPLETE, None)
    assert (message.reasoning_tokens, message.reasoning_details, message.thinking_s) == (
        None,
        (),
        None,
    )


def test_thinking_then_an_empty_answer_cut_at_the_length_limit_is_kept(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    usage = {
        "prompt_tokens": 20,
        "completion_tokens": 64,
        "total_tokens": 84,
        "cost": 0.001,
        "completion_tokens_details": {"reasoning_tokens": 64},
    }
    fake.push(
        Scenario(
            reasoning=["First, ", "consider…"],
            text="",
            chunks=[],
            finish_reason="length",
            usage_data=usage,
        )
    )
    _turns, listened, _ = run_turn(fake, history, "Hard question")
    finished = listened[-1]
    assert isinstance(finished, TurnFinished)
    message = finished.message
    assert message.content == "" and message.reasoning == "First, consider…"
    assert message.finish_reason == "length" and message.reasoning_tokens == 64
    assert message.thinking_s is not None and message.thinking_s >= 0
    # (reasoning_details from the stream: parsed in app.api by a parallel change; the turn's
    # own storing of them is tested above with ReasoningDelta.details.)


def test_an_answer_that_broke_while_thinking_is_kept_not_taken_back(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    fake.push(
        Scenario(
            reasoning=["Thinking hard"],
            text="",
            chunks=[],
            mid_error="with_choices",
            mid_error_after=0,
        )
    )
    _turns, listened, _ = run_turn(fake, history, "Hi")
    assert not any(isinstance(e, TurnUndone) for e in listened)
    finished = listened[-1]
    assert isinstance(finished, TurnFinished)
    assert finished.message.status is MessageStatus.FAILED
    assert finished.message.reasoning == "Thinking hard"
    assert [m.role for m in history.messages(finished.message.conversation_id)] == [
        "user",
        "assistant",
    ]


@pytest.mark.parametrize("seconds", [0.004, 0.006])
def test_thinking_seconds_round_to_the_hundredth(history: HistoryStore, seconds: float) -> None:
    clock = Clock()
    turn = figures_turn(history, clock)
    turn.apply(ReasoningDelta("x"))
    clock.now += seconds
    turn.apply(TextDelta("y"))
    message = turn.finish(MessageStatus.COMPLETE, None)
    assert message.thinking_s == round(seconds, 2)
