"""A comparison sends the same attachments to every column, and prices them per column."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from app.api import OpenRouterClient
from app.core.attachments import Attachment
from app.core.conversation import ChatSettings
from app.services.chat import ChatService, TurnEvent, TurnFinished
from app.services.compare import CompareEstimate, CompareService
from app.services.costs import CostService
from app.store.blobs import BlobStore
from app.store.comparisons import ComparisonStore
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter

from .conftest import FAST_RETRY

VISION = "fakelab/vision-1"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24


@pytest.fixture
def connection(tmp_path: Path) -> Iterator[object]:
    db = open_database(tmp_path / "history.sqlite3")
    yield db
    db.close()


def test_every_column_gets_the_same_attachments(
    fake: FakeOpenRouter, connection: object, tmp_path: Path
) -> None:
    history = HistoryStore(connection)  # type: ignore[arg-type]
    store = ComparisonStore(connection, history)  # type: ignore[arg-type]
    blobs = BlobStore(tmp_path / "attachments")
    image = Attachment(blobs.put(PNG), "dot.png", "image/png", "image", len(PNG))
    columns = [(label, ChatSettings(model=VISION, system_prompt=label)) for label in "AB"]
    comparison = store.create("", columns)
    events: list[TurnEvent] = []

    async def go() -> CompareEstimate:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            chat = ChatService(client, history, blobs=blobs)
            catalogue = {m.id: m for m in await client.list_models()}
            costs = CostService(Ledger(connection), catalogue.get, client, history=history)  # type: ignore[arg-type]
            service = CompareService(chat, store, history, costs)
            estimate = service.estimate(comparison.id, "What is it?", attachments=[image])
            await service.send(comparison.id, "What is it?", lambda _i: events.append, [image])
            return estimate

    estimate = asyncio.run(go())
    assert [e.error for e in events if isinstance(e, TurnFinished)] == [None, None]
    url = "data:image/png;base64," + base64.b64encode(PNG).decode()
    bodies = [r.json for r in fake.chat_requests]
    assert len(bodies) == 2
    for body in bodies:
        assert body["messages"][-1]["content"][1] == {
            "type": "image_url",
            "image_url": {"url": url},
        }
    for column in store.columns(comparison.id):
        assert history.messages(column.conversation_id)[0].attachments == (image,)
    assert estimate.text.startswith("2 requests")
    assert estimate.combined.files_cost == Decimal("0.002")  # one image each, $0.001 apiece
