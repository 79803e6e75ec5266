"""The turn and its event hub: many subscribers, one record of what arrived."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.api import OpenRouterClient
from app.core.conversation import MessageStatus
from app.core.hub import Hub
from app.services.chat import ChatService
from app.services.turn import Turn, TurnEvent, TurnFinished, TurnStarted, TurnUndone
from app.store.database import open_database
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import FAST_RETRY


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    connection = open_database(tmp_path / "history.sqlite3")
    yield HistoryStore(connection)
    connection.close()


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
