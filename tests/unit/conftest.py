from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from app.api import ChatRequest, OpenRouterClient, RetryPolicy, StreamEvent
from app.core.i18n import set_translator
from app.core.messages import ChatMessage
from app.store.database import open_database
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter

T = TypeVar("T")


def mark(context: str, text: str, comment: str | None = None, n: int = -1) -> str:
    """A translator that marks every text ⟦like this⟧ (the count filled in): what a function
    returns with English outside the marks did not go through translation."""
    del context, comment
    return "⟦" + (text.replace("%n", str(n)) if n >= 0 else text) + "⟧"


@pytest.fixture
def marked() -> Iterator[None]:
    """Every ``translate`` marks its text for the test (see ``mark``)."""
    set_translator(mark)
    try:
        yield
    finally:
        set_translator(None)


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    """A history on a fresh database file."""
    connection = open_database(tmp_path / "history.sqlite3")
    yield HistoryStore(connection)
    connection.close()


@pytest.fixture
def fake() -> Iterator[FakeOpenRouter]:
    with FakeOpenRouter() as server:
        yield server


def run(coro: Awaitable[T]) -> T:
    return asyncio.run(_wrap(coro))


async def _wrap(coro: Awaitable[T]) -> T:
    return await coro


FAST_RETRY = RetryPolicy(initial_delay=0.01, max_delay=0.05)


async def with_client(
    fake: FakeOpenRouter,
    use: Callable[[OpenRouterClient], Awaitable[T]],
    **options: Any,
) -> T:
    options.setdefault("retry", FAST_RETRY)
    options.setdefault("api_key", VALID_KEY)
    async with httpx.AsyncClient() as http:
        client = OpenRouterClient(http, base_url=fake.base_url, **options)
        return await use(client)


def hello(model: str = "microsoft/wizardlm-2-8x22b", **kwargs: Any) -> ChatRequest:
    return ChatRequest(model, (ChatMessage("user", "Say hello"),), **kwargs)


async def collect(stream: AsyncIterator[StreamEvent]) -> list[StreamEvent]:
    return [event async for event in stream]
