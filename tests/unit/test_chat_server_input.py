"""A chat turn below the UI against a server that splits emoji, quotes the key in an error, or
reports impossible usage: the answer is saved, the key is nowhere it is stored or exported."""

from __future__ import annotations

import asyncio
import json

import httpx

from app.api import OpenRouterClient
from app.core.conversation import MessageStatus
from app.core.export import to_markdown, to_openai_json
from app.services.chat import ChatService, TurnEvent, TurnFinished, TurnUndone
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import FAST_RETRY


def send(fake: FakeOpenRouter, history: HistoryStore, conversation_id: int) -> list[TurnEvent]:
    events: list[TurnEvent] = []

    async def go() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            await ChatService(client, history).send(conversation_id, "Hi", events.append)

    asyncio.run(go())
    return events


def chunk(content: str) -> str:
    return "data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": content}}]})


def test_an_emoji_split_across_chunks_is_saved_whole(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    finish = json.dumps({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    first, second = chunk("x \ud83d"), chunk("\ude00 y")
    body = f"{first}\n\n{second}\n\ndata: {finish}\n\ndata: [DONE]\n\n"
    fake.push(Scenario(body=body.encode()))
    conversation = history.create_conversation()
    events = send(fake, history, conversation.id)
    finished = [e for e in events if isinstance(e, TurnFinished)]
    assert finished and finished[0].error is None
    answer = history.messages(conversation.id)[-1]
    assert (answer.content, answer.status) == ("x \U0001f600 y", MessageStatus.COMPLETE)


def test_an_error_quoting_the_key_is_neither_stored_nor_exported_nor_shown(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    quoting = f"Bad key {VALID_KEY}, says the provider"
    pieces = ["one ", "two ", "three"]
    fake.push(Scenario(chunks=pieces, mid_error="no_choices", mid_error_message=quoting))
    conversation = history.create_conversation()
    events = send(fake, history, conversation.id)
    finished = next(e for e in events if isinstance(e, TurnFinished))
    assert finished.error is not None
    shown = [finished.error.user_message, str(finished.error), finished.message.error or ""]
    messages = history.messages(conversation.id)
    stored = [m.error or "" for m in messages]
    conversation_dump = [
        to_markdown(conversation, messages),
        json.dumps(to_openai_json(conversation, messages)),
    ]
    # The server's words are kept, the key is not.
    assert "Bad key" in (finished.message.error or "")
    for text in [*shown, *stored, *conversation_dump]:
        assert VALID_KEY not in text


def test_a_refused_send_quoting_the_key_shows_no_key(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    body = {"error": {"code": 400, "message": f"{VALID_KEY} may not use this model"}}
    fake.push(Scenario(status=400, error_body=body))
    conversation = history.create_conversation()
    events = send(fake, history, conversation.id)
    undone = next(e for e in events if isinstance(e, TurnUndone))
    assert undone.error is not None and "may not use this model" in undone.error.user_message
    assert VALID_KEY not in undone.error.user_message + str(undone.error)
