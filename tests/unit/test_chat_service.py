"""A chat turn end to end below the UI: real fake server, real client, real SQLite."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from decimal import Decimal
from pathlib import Path

import httpx

from app.api import OpenRouterClient
from app.core.conversation import ChatSettings, MessageStatus
from app.core.params import SamplingParams
from app.services.chat import (
    ChatService,
    TurnEvent,
    TurnFinished,
    TurnStarted,
    TurnText,
    TurnUndone,
    TurnWaiting,
)
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import FAST_RETRY


async def turn(
    fake: FakeOpenRouter, history: HistoryStore, conversation_id: int, prompt: str, **kw: float
) -> list[TurnEvent]:
    events: list[TurnEvent] = []
    async with httpx.AsyncClient() as http:
        client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY)
        service = ChatService(client, history, **kw)
        await service.send(conversation_id, prompt, events.append)
    return events


def test_a_turn_stores_both_messages_and_what_produced_the_answer(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    settings = ChatSettings(
        model="microsoft/wizardlm-2-8x22b",
        system_prompt="Be brief.",
        params=SamplingParams(temperature=0.3),
    )
    conversation = history.create_conversation(settings=settings)
    fake.push(
        Scenario(
            text="Hi there!",
            keepalives=1,
            model="microsoft/wizardlm-2-8x22b-v2",
            provider="DeepInfra",
        )
    )
    events = asyncio.run(turn(fake, history, conversation.id, "Say hi, please"))

    assert isinstance(events[0], TurnStarted)
    assert any(isinstance(e, TurnWaiting) for e in events)
    assert "".join(e.text for e in events if isinstance(e, TurnText)) == "Hi there!"
    finished = events[-1]
    assert isinstance(finished, TurnFinished) and finished.error is None

    user, answer = history.messages(conversation.id)
    assert (user.role, user.content) == ("user", "Say hi, please")
    assert answer.content == "Hi there!" and answer.status is MessageStatus.COMPLETE
    assert answer.model == "microsoft/wizardlm-2-8x22b-v2" and answer.provider == "DeepInfra"
    assert answer.finish_reason == "stop" and answer.completion_tokens and answer.cost_is_billed
    assert isinstance(answer.cost, Decimal)
    assert answer.settings == settings
    # The conversation's own settings were sent.
    body = fake.chat_requests[0].json
    assert body["temperature"] == 0.3
    assert body["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Say hi, please"},
    ]
    assert history.get_conversation(conversation.id).title == "Say hi, please"


def test_the_history_is_sent_on_the_next_turn(fake: FakeOpenRouter, history: HistoryStore) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(text="First answer."), Scenario(text="Second answer."))
    asyncio.run(turn(fake, history, conversation.id, "One"))
    asyncio.run(turn(fake, history, conversation.id, "Two"))
    assert [m["content"] for m in fake.chat_requests[1].json["messages"]] == [
        "One",
        "First answer.",
        "Two",
    ]


def test_a_refused_send_is_undone_and_gives_the_prompt_back(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(status=402))
    events = asyncio.run(turn(fake, history, conversation.id, "Expensive question"))
    undone = events[-1]
    assert isinstance(undone, TurnUndone) and undone.prompt == "Expensive question"
    assert undone.error is not None and "credits" in undone.error.user_message
    assert history.messages(conversation.id) == []


def test_a_broken_stream_keeps_the_partial_answer_marked(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(chunks=["Half ", "an ", "answer"], drop_after=2))
    events = asyncio.run(turn(fake, history, conversation.id, "Tell me"))
    finished = events[-1]
    assert isinstance(finished, TurnFinished) and finished.error is not None
    _, answer = history.messages(conversation.id)
    assert answer.content == "Half an " and answer.status is MessageStatus.FAILED
    assert answer.error and "dropped" in answer.error


def test_stop_keeps_what_arrived(fake: FakeOpenRouter, history: HistoryStore) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(text="word " * 200, token_delay=0.02))

    async def run() -> list[TurnEvent]:
        events: list[TurnEvent] = []
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            service = ChatService(client, history)
            task = asyncio.ensure_future(service.send(conversation.id, "Go", events.append))
            while sum(isinstance(e, TurnText) for e in events) < 3:
                await asyncio.sleep(0.01)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        return events

    events = asyncio.run(run())
    assert isinstance(events[-1], TurnFinished)
    _, answer = history.messages(conversation.id)
    assert answer.status is MessageStatus.STOPPED and answer.content.startswith("word word")


def test_a_streaming_answer_is_checkpointed_while_it_arrives(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(chunks=["a"] * 40, token_delay=0.05))
    seen: list[tuple[str, str]] = []

    async def run() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            service = ChatService(client, history, checkpoint_interval=0.2)
            task = asyncio.ensure_future(service.send(conversation.id, "Go", lambda e: None))
            for _ in range(10):
                await asyncio.sleep(0.15)
                # Another connection sees what is committed, as a restarted app would.
                with contextlib.closing(sqlite3.connect(tmp_path / "history.sqlite3")) as other:
                    seen.extend(
                        other.execute(
                            "SELECT status, content FROM messages WHERE role='assistant'"
                        ).fetchall()
                    )
            await task

    asyncio.run(run())
    streaming = [content for status, content in seen if status == "streaming"]
    assert streaming and any(content for content in streaming)
    lengths = [len(c) for c in streaming]
    assert lengths == sorted(lengths) and lengths[-1] > lengths[0]


def test_regenerate_replaces_the_last_answer(fake: FakeOpenRouter, history: HistoryStore) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(text="Old."), Scenario(text="New."))
    asyncio.run(turn(fake, history, conversation.id, "Q"))

    async def regenerate() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            await ChatService(client, history).regenerate(conversation.id, lambda e: None)

    asyncio.run(regenerate())
    assert [m.content for m in history.messages(conversation.id)] == ["Q", "New."]
    assert [m["content"] for m in fake.chat_requests[1].json["messages"]] == ["Q"]


def test_edit_and_resend(fake: FakeOpenRouter, history: HistoryStore) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(text="A1"), Scenario(text="A2"))
    asyncio.run(turn(fake, history, conversation.id, "Typo qestion"))
    first_user = history.messages(conversation.id)[0]

    async def edit() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            await ChatService(client, history).edit_and_resend(
                conversation.id, first_user.id, "Fixed question", lambda e: None
            )

    asyncio.run(edit())
    assert [m.content for m in history.messages(conversation.id)] == ["Fixed question", "A2"]
