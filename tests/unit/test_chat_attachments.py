"""Attachments through a chat turn: real fake server, real client, real SQLite, real blobs."""

from __future__ import annotations

import asyncio
import base64
import hashlib
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from app.api import OpenRouterClient
from app.core.attachments import Attachment
from app.core.conversation import ChatSettings, MessageStatus
from app.services.chat import ChatService, TurnEvent, TurnFinished, TurnUndone
from app.store.blobs import BlobStore
from app.store.database import open_database
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import FAST_RETRY

# A real 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
VISION = "fakelab/vision-1"


def photo(blobs: BlobStore, data: bytes = PNG, name: str = "dot.png") -> Attachment:
    digest = blobs.put(data)
    assert digest == hashlib.sha256(data).hexdigest()
    return Attachment(digest, name, "image/png", "image", len(data), width=1, height=1)


def chat(
    fake: FakeOpenRouter,
    history: HistoryStore,
    blobs: BlobStore | None,
    use: Callable[[ChatService], Awaitable[None]],
) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            await use(ChatService(client, history, blobs=blobs))

    asyncio.run(go())


def image_parts(body: dict[str, Any]) -> list[dict[str, Any]]:
    parts = []
    for message in body["messages"]:
        content = message["content"]
        if isinstance(content, list):
            parts.extend(p for p in content if p.get("type") == "image_url")
    return parts


def test_a_prompt_with_an_image_is_stored_and_kept_through_restart_and_edit(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    image = photo(blobs)
    cid = history.create_conversation(settings=ChatSettings(model=VISION)).id
    events: list[TurnEvent] = []
    fake.push(Scenario(text="A dot."))
    fake.push(Scenario(text="Still a dot."))

    async def use(service: ChatService) -> None:
        await service.send(cid, "What is this?", events.append, attachments=[image])
        user = history.messages(cid)[0]
        await service.edit_and_resend(cid, user.id, "What is this, really?", events.append)

    chat(fake, history, blobs, use)
    finished = [e for e in events if isinstance(e, TurnFinished)]
    assert [e.error for e in finished] == [None, None]
    user, answer = history.messages(cid)
    assert user.content == "What is this, really?" and user.attachments == (image,)
    assert answer.status is MessageStatus.COMPLETE
    connection = open_database(tmp_path / "history.sqlite3")
    try:  # a restart: a new store on the same file
        again = HistoryStore(connection).messages(cid)
    finally:
        connection.close()
    assert again[0].attachments == (image,)


def test_a_prompt_taken_back_gives_back_its_attachments(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    image = photo(blobs)
    cid = history.create_conversation(settings=ChatSettings(model=VISION)).id
    fake.push(Scenario(status=402))
    events: list[TurnEvent] = []

    async def use(service: ChatService) -> None:
        await service.send(cid, "What is this?", events.append, attachments=[image])

    chat(fake, history, blobs, use)
    undone = events[-1]
    assert isinstance(undone, TurnUndone)
    assert undone.prompt == "What is this?" and undone.attachments == (image,)
    assert history.messages(cid) == []
