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
from app.core.attachments import Attachment, WebSearch
from app.core.conversation import ChatSettings, MessageStatus
from app.services.chat import (
    AttachmentMissingError,
    ChatService,
    TurnAnnotations,
    TurnEvent,
    TurnFinished,
    TurnNotice,
    TurnUndone,
)
from app.services.costs import CostService
from app.store.blobs import BlobStore
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario, search_citations

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


def test_the_image_is_in_the_body_and_sent_again_on_regenerate(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    image = photo(blobs)
    cid = history.create_conversation(settings=ChatSettings(model=VISION)).id
    fake.push(Scenario(text="A dot."))
    fake.push(Scenario(text="A small dot."))
    fake.push(Scenario(text="Yes."))
    events: list[TurnEvent] = []

    async def use(service: ChatService) -> None:
        await service.send(cid, "What is this?", events.append, attachments=[image])
        await service.regenerate(cid, events.append)
        await service.send(cid, "Sure?", events.append)

    chat(fake, history, blobs, use)
    assert [e.error for e in events if isinstance(e, TurnFinished)] == [None, None, None]
    url = "data:image/png;base64," + base64.b64encode(PNG).decode()
    first, again, later = (r.json for r in fake.chat_requests)
    assert first["messages"][-1]["content"] == [
        {"type": "text", "text": "What is this?"},
        {"type": "image_url", "image_url": {"url": url}},
    ]
    assert again["messages"] == first["messages"]
    assert image_parts(later) == [{"type": "image_url", "image_url": {"url": url}}]
    assert later["messages"][-1] == {"role": "user", "content": "Sure?"}


def test_a_prompts_own_missing_file_refuses_the_send_an_earlier_one_becomes_a_note(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    image = photo(blobs)
    cid = history.create_conversation(settings=ChatSettings(model=VISION)).id
    fake.push(Scenario(text="A dot."))
    events: list[TurnEvent] = []

    async def first(service: ChatService) -> None:
        await service.send(cid, "What is this?", events.append, attachments=[image])

    chat(fake, history, blobs, first)
    blobs.path(image.digest).unlink()  # deleted by hand since
    events.clear()

    async def regenerate(service: ChatService) -> None:
        await service.regenerate(cid, events.append)  # its own file is gone: refused

    chat(fake, history, blobs, regenerate)
    assert len(fake.chat_requests) == 1  # nothing more was sent
    failed = next(e for e in events if isinstance(e, TurnFinished))
    assert failed.message.status is MessageStatus.FAILED
    assert failed.message.error is not None and "dot.png" in failed.message.error
    assert isinstance(failed.error, AttachmentMissingError)
    # A new prompt after it: the earlier file goes as a note, the turn goes on (finding 13),
    # and the person is told once.
    events.clear()
    fake.push(Scenario(text="Noted."), Scenario(text="Still noted."))

    async def later(service: ChatService) -> None:
        await service.send(cid, "And now?", events.append)
        await service.send(cid, "And again?", events.append)

    chat(fake, history, blobs, later)
    assert [e.error for e in events if isinstance(e, TurnFinished)] == [None, None]
    notes = [e.text for e in events if isinstance(e, TurnNotice)]
    assert len(notes) == 1 and "dot.png" in notes[0]
    note = {"type": "text", "text": "[The file “dot.png” is no longer available.]"}
    sent = fake.chat_requests[1].json["messages"][0]
    assert sent == {"role": "user", "content": [{"type": "text", "text": "What is this?"}, note]}
    assert image_parts(fake.chat_requests[2].json) == []


def test_a_chat_without_a_blob_store_cannot_send_a_new_file(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    image = photo(BlobStore(tmp_path / "attachments"))
    cid = history.create_conversation(settings=ChatSettings(model=VISION)).id
    events: list[TurnEvent] = []

    async def use(service: ChatService) -> None:
        await service.send(cid, "And now?", events.append, attachments=[image])

    chat(fake, history, None, use)
    undone = events[-1]
    assert isinstance(undone, TurnUndone) and undone.prompt == "And now?"
    assert "Attach it once more" in undone.error.user_message  # type: ignore[union-attr]
    assert fake.chat_requests == []


def test_sources_and_searches_are_stored_and_booked(fake: FakeOpenRouter, tmp_path: Path) -> None:
    connection = open_database(tmp_path / "booked.sqlite3")
    history = HistoryStore(connection)
    ledger = Ledger(connection)
    settings = ChatSettings(model=VISION, web_search=WebSearch(True, 3))
    cid = history.create_conversation(settings=settings).id
    fake.push(Scenario(text="It rained [1]."))
    events: list[TurnEvent] = []

    async def go() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            service = ChatService(client, history)
            costs = CostService(ledger, lambda _m: None, client, history=history)
            costs.follow(service.turns)
            await service.send(cid, "Did it rain today?", events.append)
            await costs.wait_settled()

    try:
        asyncio.run(go())
        tool = fake.chat_requests[0].json["tools"]
        assert tool == [
            {"type": "openrouter:web_search", "parameters": {"max_results": 3, "max_uses": 5}}
        ]
        answer = history.messages(cid)[1]
        urls = [a["url_citation"]["url"] for a in answer.annotations]
        assert urls == [c["url_citation"]["url"] for c in search_citations()]
        assert answer.web_searches == 1
        assert any(isinstance(e, TurnAnnotations) for e in events)
        entry = ledger.by_message(answer.id)
        assert entry is not None and entry.billed and entry.web_searches == 1
        assert entry.cost == answer.cost
    finally:
        connection.close()


def test_a_parsed_pdf_goes_back_with_its_answer_and_is_not_parsed_again(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    data = b"%PDF-1.4 a tiny stand-in for a PDF"
    paper = Attachment(
        blobs.put(data), "a.pdf", "application/pdf", "pdf", len(data), pages=1, text_layer=True
    )
    cid = history.create_conversation(settings=ChatSettings(model=VISION)).id
    fake.push(Scenario(text="A summary."))
    fake.push(Scenario(text="More."))
    events: list[TurnEvent] = []

    async def use(service: ChatService) -> None:
        await service.send(cid, "Summarise", events.append, attachments=[paper])
        await service.send(cid, "More?", events.append)

    chat(fake, history, blobs, use)
    assert [e.error for e in events if isinstance(e, TurnFinished)] == [None, None]
    assert fake.parses == [("cloudflare-ai", paper.digest)]  # once, free
    answer = history.messages(cid)[1]
    assert [a["type"] for a in answer.annotations] == ["file"]
    second = fake.chat_requests[1].json
    assert second["plugins"] == [{"id": "file-parser", "pdf": {"engine": "cloudflare-ai"}}]
    assert second["messages"][1]["annotations"] == list(answer.annotations)
