"""The turn and its event hub: many subscribers, one record of what arrived."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from app.api import (
    Finished,
    OpenRouterClient,
    ReasoningDelta,
    TextDelta,
    UsageReport,
    Waiting,
)
from app.core.conversation import MessageStatus
from app.core.cost import estimate_tokens
from app.core.hub import Hub
from app.core.usage import Usage
from app.services.chat import ChatService
from app.services.turn import Turn, TurnEvent, TurnFinished, TurnStarted, TurnUndone
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario
from tests.helpers.clocks import Clock

from .conftest import FAST_RETRY


def test_a_hub_calls_every_subscriber_in_order_until_it_unsubscribes() -> None:
    hub: Hub[int] = Hub()
    seen: list[tuple[str, int]] = []
    stop_a = hub.subscribe(lambda v: seen.append(("a", v)))
    hub.subscribe(lambda v: seen.append(("b", v)))
    hub.publish(1)
    stop_a()
    stop_a()  # harmless twice
    hub.publish(2)
    assert seen == [("a", 1), ("b", 1), ("b", 2)]
    assert len(hub) == 1


def run_turn(
    fake: FakeOpenRouter, history: HistoryStore, prompt: str
) -> tuple[list[Turn], list[TurnEvent], list[TurnEvent]]:
    """Send ``prompt``; returns the turns announced, the listener's events, and what a second
    subscriber (following ``ChatService.turns``) saw."""
    conversation = history.create_conversation()
    turns: list[Turn] = []
    listened: list[TurnEvent] = []
    followed: list[TurnEvent] = []

    def follow(turn: Turn) -> None:
        turns.append(turn)
        turn.events.subscribe(followed.append)

    async def go() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            service = ChatService(client, history)
            service.turns.subscribe(follow)
            await service.send(conversation.id, prompt, listened.append)

    asyncio.run(go())
    return turns, listened, followed


def test_a_turn_owns_what_arrived_and_every_subscriber_sees_the_same_events(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    fake.push(Scenario(text="Hi there!", provider="DeepInfra", gen_id="gen-turn-1"))
    turns, listened, followed = run_turn(fake, history, "Say hi")

    assert len(turns) == 1 and listened == followed
    assert isinstance(listened[0], TurnStarted) and isinstance(listened[-1], TurnFinished)
    turn = turns[0]
    assert turn.text == "Hi there!" and turn.status is MessageStatus.COMPLETE
    assert (turn.provider, turn.generation_id, turn.finish_reason) == (
        "DeepInfra",
        "gen-turn-1",
        "stop",
    )
    assert turn.usage is not None and turn.usage.cost is not None
    assert turn.sent_at is not None and turn.first_event_at is not None
    assert turn.first_token_at is not None and turn.finished_at is not None
    assert turn.sent_at <= turn.first_event_at <= turn.first_token_at <= turn.finished_at
    assert turn.message == listened[-1].message
    assert turn.message.content == "Hi there!"


def test_a_turn_taken_back_ends_failed_with_no_text(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    fake.push(Scenario(status=400))
    turns, listened, followed = run_turn(fake, history, "Hi")

    assert listened == followed and isinstance(listened[-1], TurnUndone)
    assert turns[0].status is MessageStatus.FAILED and turns[0].text == ""
    assert turns[0].finished_at is not None


# -- figures ----------------------------------------------------------------------------------


def figures_turn(history: HistoryStore, clock: Clock) -> Turn:
    conversation = history.create_conversation()
    user = history.add_message(conversation.id, "user", "Hi")
    answer = history.add_message(conversation.id, "assistant", "", status=MessageStatus.STREAMING)
    return Turn(user, answer, history, interval=0.0, clock=clock)


def test_a_turn_has_no_figures_before_it_has_text(history: HistoryStore) -> None:
    clock = Clock()
    turn = figures_turn(history, clock)
    turn.mark_sent()
    clock.now += 1.0
    turn.apply(Waiting())
    assert turn.time_to_first_token is None
    assert turn.completion_tokens is None and turn.tokens_per_second() is None


def test_time_to_first_token_counts_from_the_request_to_the_first_visible_text(
    history: HistoryStore,
) -> None:
    clock = Clock()
    turn = figures_turn(history, clock)
    turn.mark_sent()
    clock.now += 0.5
    turn.apply(ReasoningDelta("thinking"))
    turn.apply(TextDelta(""))  # an empty delta is not a visible token
    clock.now += 1.0
    turn.apply(TextDelta("Hello"))
    assert turn.time_to_first_token == pytest.approx(1.5)


def test_while_streaming_the_speed_is_estimated_from_the_text_up_to_now(
    history: HistoryStore,
) -> None:
    clock = Clock()
    turn = figures_turn(history, clock)
    turn.mark_sent()
    turn.apply(TextDelta("one two three four five six seven eight "))  # one chunk, many tokens
    assert turn.tokens_per_second() is None  # no time has passed: nothing to say yet
    clock.now += 2.0
    turn.apply(TextDelta("nine ten eleven twelve thirteen fourteen fifteen sixteen"))
    tokens = estimate_tokens(turn.text)
    assert turn.completion_tokens == tokens and tokens > 2  # not the two chunks
    assert turn.tokens_per_second() == pytest.approx(tokens / 2.0)
    clock.now += 2.0  # still streaming: the speed counts to now
    assert turn.tokens_per_second() == pytest.approx(tokens / 4.0)


def test_once_usage_is_known_the_speed_uses_the_servers_count_to_the_end(
    history: HistoryStore,
) -> None:
    clock = Clock()
    turn = figures_turn(history, clock)
    turn.mark_sent()
    clock.now += 0.25
    turn.apply(TextDelta("a few words per chunk "))
    clock.now += 1.0
    turn.apply(TextDelta("and a few more"))
    turn.apply(UsageReport(Usage(completion_tokens=90, reasoning_tokens=10)))
    turn.apply(Finished("stop"))
    clock.now += 1.0
    turn.end(MessageStatus.COMPLETE)
    clock.now += 60.0  # later readings do not change a finished turn's figures
    assert turn.completion_tokens == 80  # reasoning came before the first visible token
    assert turn.tokens_per_second() == pytest.approx(80 / 2.0)
    assert turn.time_to_first_token == pytest.approx(0.25)


def test_thinking_details_merge_in_linear_time() -> None:
    """80,000 fragments of one thinking block (about 320 KB) merge into one item with the
    text whole; a fragment of another index or type starts a new item, kept unchanged."""
    from app.services.turn import ReasoningDetails

    details = ReasoningDetails()
    piece = {"type": "reasoning.text", "text": "abcd", "format": "anthropic-claude-v1", "index": 0}
    for _ in range(80_000):
        details.add([piece])
    details.add([{"type": "reasoning.text", "signature": "sig", "index": 0}])
    details.add([{"type": "reasoning.encrypted", "data": "opaque", "index": 1}])
    items = details.items()
    assert len(items) == 2
    assert items[0]["text"] == "abcd" * 80_000 and items[0]["signature"] == "sig"
    assert items[1] == {"type": "reasoning.encrypted", "data": "opaque", "index": 1}
