"""Versions made with other settings: the menu's recent models, one setting per row across
versions with the differing ones marked, and regenerating with settings for one version."""

from __future__ import annotations

import asyncio

import httpx

from app.api import OpenRouterClient
from app.core.conversation import ChatSettings, Message
from app.core.params import SamplingParams
from app.core.thinking import Thinking
from app.core.version_settings import NOT_SET, recent_models, settings_rows, with_model
from app.services.chat import ChatService
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

WIZARD = "microsoft/wizardlm-2-8x22b"
MINI = "openai/gpt-4o-mini"


def answer(
    message_id: int, settings: ChatSettings | None, model: str | None = None, provider: str = ""
) -> Message:
    return Message(
        message_id, 1, "assistant", "text", settings=settings, model=model, provider=provider
    )


def test_recent_models_start_with_the_conversations_own_and_keep_each_once() -> None:
    answers = [
        answer(4, ChatSettings(model=MINI)),
        answer(3, ChatSettings(model=WIZARD)),
        answer(2, None, model="old/served-model"),  # stored before settings were kept
        answer(1, ChatSettings(model=MINI)),
    ]
    assert recent_models(WIZARD, answers) == [WIZARD, MINI, "old/served-model"]
    many = [answer(i, ChatSettings(model=f"lab/model-{i}")) for i in range(10)]
    assert len(recent_models(WIZARD, many)) == 6


def test_with_model_changes_only_the_model() -> None:
    settings = ChatSettings(model=WIZARD, system_prompt="Be brief.")
    assert with_model(settings, MINI) == ChatSettings(model=MINI, system_prompt="Be brief.")


def test_settings_rows_line_the_versions_up_and_mark_what_differs() -> None:
    precise = ChatSettings(model=WIZARD, params=SamplingParams(temperature=0.2, top_p=0.9))
    creative = ChatSettings(model=WIZARD, params=SamplingParams(temperature=1.1, min_p=0.05))
    careful = ChatSettings(
        model=MINI, params=SamplingParams(reasoning=Thinking(mode="effort", effort="high"))
    )
    rows = {
        row.label: row
        for row in settings_rows(
            [
                answer(1, precise, WIZARD, "DeepInfra"),
                answer(2, creative, WIZARD, "DeepInfra"),
                answer(3, careful, MINI, "OpenAI"),
            ]
        )
    }
    assert rows["Model"].values == (WIZARD, WIZARD, MINI) and rows["Model"].differs
    assert rows["Provider"].values == ("DeepInfra", "DeepInfra", "OpenAI")
    assert rows["Temperature"].values == ("0.2", "1.1", NOT_SET)
    assert rows["Top P"].values == ("0.9", NOT_SET, NOT_SET)
    assert rows["Thinking"].values == (NOT_SET, NOT_SET, "high")
    assert "System prompt" not in rows and "Seed" not in rows
    same = settings_rows([answer(1, precise, WIZARD), answer(2, precise, WIZARD)])
    assert not any(row.differs for row in same)


def test_regenerate_with_settings_for_one_version_keeps_the_conversations(
    fake: FakeOpenRouter, history: HistoryStore
) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(text="Old."), Scenario(text="New."))
    precise = ChatSettings(model=MINI, params=SamplingParams(temperature=0.2))

    async def run() -> list[Message]:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            service = ChatService(client, history)
            await service.send(conversation.id, "Q", lambda e: None)
            await service.regenerate(conversation.id, lambda e: None, precise)
            return service.versions_of(history.messages(conversation.id)[-1].id)

    versions = asyncio.run(run())
    assert [m.content for m in versions] == ["Old.", "New."]
    assert versions[1].settings == precise and versions[0].settings == conversation.settings
    body = fake.chat_requests[-1].json
    assert body["model"] == MINI and body["temperature"] == 0.2
    stored = history.get_conversation(conversation.id)
    assert stored is not None and stored.settings == conversation.settings


def test_versions_of_and_show_version(fake: FakeOpenRouter, history: HistoryStore) -> None:
    conversation = history.create_conversation()
    fake.push(Scenario(text="One."), Scenario(text="Two."))

    async def run() -> ChatService:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            service = ChatService(client, history)
            await service.send(conversation.id, "Q", lambda e: None)
            await service.regenerate(conversation.id, lambda e: None)
            return service

    service = asyncio.run(run())
    one, two = service.versions_of(history.messages(conversation.id)[-1].id)
    assert (one.content, two.content) == ("One.", "Two.")
    assert service.show_version(one.id) == [history.get_message(one.id)]
    assert [m.content for m in history.messages(conversation.id)] == ["Q", "One."]
    assert service.versions_of(10_000) == []
