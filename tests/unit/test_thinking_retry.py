"""Retries after the empty-answer trap: less thinking, no length limit, and the one step that
stores the changed settings and asks again (what is sent is what the dock then shows)."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import httpx
import pytest

from app.api import OpenRouterClient
from app.core.conversation import ChatSettings
from app.core.params import SamplingParams, without_length_limit
from app.core.thinking import (
    ALL_CHOICES,
    RETRY_BUDGET,
    Thinking,
    ThinkingChoices,
    less_thinking,
)
from app.services.chat import ChatService, TurnEvent
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import FAST_RETRY

SOME = ThinkingChoices(off=True, efforts=("high", "medium", "low"), budget=True)
MANDATORY = ThinkingChoices(off=False, efforts=("high", "low"), budget=False)
BUDGET_ONLY = ThinkingChoices(off=True, efforts=(), budget=True)
NOTHING = ThinkingChoices(off=False, efforts=(), budget=False)


def effort(level: str, hide: bool = False) -> Thinking:
    return Thinking("effort", effort=level, hide=hide)


@pytest.mark.parametrize(
    ("thinking", "choices", "max_tokens", "expected"),
    [
        (effort("high"), SOME, 1000, effort("medium")),
        (effort("medium", hide=True), SOME, 1000, effort("low", hide=True)),
        (effort("xhigh"), SOME, 1000, effort("high")),  # the next lower one offered
        (effort("high"), MANDATORY, 1000, effort("low")),
        (effort("low"), SOME, 1000, Thinking("off")),
        (effort("low"), MANDATORY, 1000, None),  # cannot think less
        (Thinking("budget", budget=4000), SOME, 8000, Thinking("budget", budget=2000)),
        (Thinking("budget", budget=1), SOME, 8000, Thinking("off")),
        (None, SOME, 1000, effort("low")),
        (Thinking("default", hide=True), SOME, 1000, effort("low", hide=True)),
        (None, BUDGET_ONLY, 1000, Thinking("budget", budget=500)),
        (None, BUDGET_ONLY, None, Thinking("budget", budget=RETRY_BUDGET)),
        (None, ThinkingChoices(off=True, efforts=(), budget=False), 1000, Thinking("off")),
        (None, NOTHING, 1000, None),
        (Thinking("off"), ALL_CHOICES, 1000, None),
        (None, ALL_CHOICES, 1000, effort("minimal")),
    ],
)
def test_less_thinking(
    thinking: Thinking | None,
    choices: ThinkingChoices,
    max_tokens: int | None,
    expected: Thinking | None,
) -> None:
    assert less_thinking(thinking, choices, max_tokens) == expected


def test_without_length_limit_unsets_only_max_tokens() -> None:
    params = SamplingParams(temperature=0.5, max_tokens=200, reasoning=effort("high"))
    assert without_length_limit(params) == SamplingParams(temperature=0.5, reasoning=effort("high"))


def test_regenerate_with_stores_the_settings_and_sends_exactly_them(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    first = ChatSettings(
        model="anthropic/claude-sonnet-4.5",
        params=SamplingParams(max_tokens=100, reasoning=effort("high")),
    )
    conversation = history.create_conversation(settings=first)
    fake.push(Scenario(reasoning=["Thinking…"], text="", chunks=[], finish_reason="length"))
    fake.push(Scenario(text="Done."))
    less = less_thinking(effort("high"), SOME, 100)
    retry = replace(first, params=without_length_limit(replace(first.params, reasoning=less)))
    events: list[TurnEvent] = []

    async def go() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            chat = ChatService(client, history)
            await chat.send(conversation.id, "Hard question", events.append)
            await chat.regenerate_with(conversation.id, retry, events.append)

    asyncio.run(go())
    stored = history.get_conversation(conversation.id)
    assert stored is not None and stored.settings == retry  # what the dock shows
    first_body, second_body = (r.json for r in fake.chat_requests)
    assert first_body["reasoning"] == {"effort": "high"} and first_body["max_tokens"] == 100
    assert second_body["reasoning"] == {"effort": "medium"}
    assert "max_tokens" not in second_body
    messages = history.messages(conversation.id)
    assert [m.role for m in messages] == ["user", "assistant"]  # the answer was replaced
    assert messages[-1].content == "Done." and messages[-1].settings == retry


def test_regenerate_with_a_conversation_that_is_gone_raises(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            await ChatService(client, history).regenerate_with(404, ChatSettings(), print)

    with pytest.raises(LookupError):
        asyncio.run(go())
