"""Attachments through a chat turn: real fake server, real client, real SQLite, real blobs."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import threading
from collections.abc import Awaitable, Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from app.api import OpenRouterClient
from app.api.parsing import parse_model
from app.core.attachments import MAX_REQUEST_FILE_BYTES, Attachment, WebSearch
from app.core.conversation import ChatSettings, MessageStatus
from app.core.cost import PDF_TOKENS_PER_PAGE, estimate_cost, estimate_prompt_tokens, search_price
from app.core.request import next_request
from app.services.chat import (
    AttachmentMissingError,
    ChatService,
    FilesTooLargeError,
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
from tests.fakes.fake_openrouter import (
    VALID_KEY,
    FakeOpenRouter,
    Scenario,
    default_models,
    search_citations,
)

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


# -- paid work without text, its booking, and the size of a request (#18 review) ----------

CATALOGUE = {m.id: m for m in map(parse_model, default_models()) if m is not None}
# A one-page PDF with a text layer, as the fake's reader counts pages.
ONE_PAGE = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\nBT (Figures) Tj ET\n%%EOF\n"


def scan(blobs: BlobStore, data: bytes = ONE_PAGE, name: str = "scan.pdf") -> Attachment:
    return Attachment(blobs.put(data), name, "application/pdf", "pdf", len(data), pages=1)


def booked_chat(
    fake: FakeOpenRouter,
    history: HistoryStore,
    ledger: Ledger,
    tmp_path: Path,
    use: Callable[[ChatService], Awaitable[None]],
) -> None:

    async def go() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            service = ChatService(client, history, blobs=BlobStore(tmp_path / "attachments"))
            costs = CostService(
                ledger, CATALOGUE.get, client, history=history, generation_attempts=1
            )
            costs.follow(service.turns)
            await use(service)
            await costs.wait_settled()

    asyncio.run(go())


def test_a_pdf_read_before_every_provider_failed_keeps_the_turn_and_is_booked(
    fake: FakeOpenRouter, tmp_path: Path
) -> None:
    # Finding 4: the parse was paid; the turn is not taken back, its reading is kept.
    paper = scan(BlobStore(tmp_path / "attachments"))
    fake.push(
        Scenario(mid_error="no_choices", mid_error_after=0, files_in_error=True, text="Never.")
    )
    events: list[TurnEvent] = []
    settings = ChatSettings(model=VISION, pdf_engine="mistral-ocr")

    async def use(service: ChatService) -> None:
        cid = service._history.create_conversation(settings=settings).id
        await service.send(cid, "Read this", events.append, attachments=[paper])

    connection = open_database(tmp_path / "booked.sqlite3")
    try:
        ledger = Ledger(connection)
        booked_chat(fake, HistoryStore(connection), ledger, tmp_path, use)
        assert not any(isinstance(e, TurnUndone) for e in events)
        [finished] = [e for e in events if isinstance(e, TurnFinished)]
        assert finished.message.status is MessageStatus.FAILED
        assert finished.message.content == ""
        [note] = finished.message.annotations
        assert note["type"] == "file" and note["file"]["hash"] == paper.digest
        entry = ledger.by_message(finished.message.id)
        assert entry is not None and entry.billed and entry.cost >= D002  # one page of OCR
    finally:
        connection.close()


def test_a_stopped_answer_without_a_billed_figure_books_its_ocr_and_searches(
    tmp_path: Path,
) -> None:
    # Finding 5: the estimate that stands in for the bill counts files and searches too.
    connection = open_database(tmp_path / "h.sqlite3")
    try:
        history, ledger = HistoryStore(connection), Ledger(connection)
        model = CATALOGUE[VISION]
        costs = CostService(ledger, CATALOGUE.get, None, history=history)  # type: ignore[arg-type]
        settings = ChatSettings(
            model=VISION, pdf_engine="mistral-ocr", web_search=WebSearch(True, 5)
        )
        cid = history.create_conversation(settings=settings).id
        paper = Attachment("c" * 64, "scan.pdf", "application/pdf", "pdf", 9, pages=4)
        user = history.add_message(cid, "user", "Read", attachments=(paper,))

        def answer(**fields: Any) -> Decimal:
            message = history.add_message(
                cid,
                "assistant",
                "",
                parent=user.id,
                status=MessageStatus.STOPPED,
                settings=settings,
                model=VISION,
                **fields,
            )
            figure = costs.record_answer(message)
            assert figure is not None
            return figure

        bare = answer()
        searched = answer(web_searches=2)
        cited = answer(annotations=(search_citations()[0],))
        search = search_price(model, 5)
        assert bare == estimate_cost(model, bare_prompt(history, user.id), 0) + 4 * D002
        assert searched - bare == 2 * search
        assert cited - bare == search  # sources but no count: one search assumed
    finally:
        connection.close()


D002 = Decimal("0.002")


def bare_prompt(history: HistoryStore, user_id: int) -> int:
    """The prompt tokens of the request asked with the stored prompt (as CostService builds
    it), its PDF read as text."""
    user = next(m for m in history.messages_leading_to(user_id + 1) if m.id == user_id)
    request = next_request(ChatSettings(model=VISION), [], user.content, CATALOGUE[VISION])
    return estimate_prompt_tokens(request.messages) + 4 * PDF_TOKENS_PER_PAGE


def test_too_many_megabytes_of_files_are_refused_plainly_before_anything_is_read(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    # Finding 19: a plain message instead of the server's 413 (sizes come from what is stored).
    blobs = BlobStore(tmp_path / "attachments")
    image = photo(blobs)
    big = replace(image, size=MAX_REQUEST_FILE_BYTES // 2 + 1)
    cid = history.create_conversation(settings=ChatSettings(model=VISION)).id
    history.add_message(cid, "user", "Look", attachments=(big,))
    history.add_message(cid, "assistant", "A dot.")
    events: list[TurnEvent] = []

    async def use(service: ChatService) -> None:
        await service.send(cid, "And this?", events.append, attachments=[big])

    chat(fake, history, blobs, use)
    undone = events[-1]
    assert isinstance(undone, TurnUndone) and isinstance(undone.error, FilesTooLargeError)
    assert "51 MB of files" in undone.error.user_message
    assert "50 MB" in undone.error.user_message and fake.chat_requests == []


def test_files_are_read_and_encoded_off_the_event_loop(
    fake: FakeOpenRouter, history: HistoryStore, tmp_path: Path
) -> None:
    # Finding 19: megabytes of files are read on a worker thread, not the window's.
    blobs = BlobStore(tmp_path / "attachments")
    image = photo(blobs)
    cid = history.create_conversation(settings=ChatSettings(model=VISION)).id
    fake.push(Scenario(text="A dot."))
    threads: list[int] = []
    loop_thread: list[int] = []

    async def use(service: ChatService) -> None:
        loop_thread.append(threading.get_ident())
        read = service._read

        def reading(item: Attachment) -> bytes:
            threads.append(threading.get_ident())
            return read(item)

        service._read = reading  # type: ignore[method-assign]
        await service.send(cid, "What is this?", lambda _e: None, attachments=[image])

    chat(fake, history, blobs, use)
    assert threads and loop_thread[0] not in threads
    assert len(fake.chat_requests) == 1
