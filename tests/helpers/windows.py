"""A real main window wired to a real history, a real client and the fake server (the ``app``
fixture in tests/conftest.py; the soak test uses it too)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx

from app.api import OpenRouterClient, RetryPolicy
from app.services.attachments import AttachmentService
from app.services.catalogue import CatalogueService
from app.services.chat import ChatService
from app.services.compare import CompareService
from app.services.conversations import ConversationService
from app.services.costs import CostService
from app.services.presets import PresetService
from app.services.prompt_sets import PromptSetService
from app.store.blobs import BlobStore
from app.store.catalogue_cache import CatalogueCache
from app.store.comparisons import ComparisonStore
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger
from app.store.preset_store import PresetStore
from app.store.prompt_sets import PromptSetStore
from app.store.settings_file import AppSettings
from app.store.window_layout import WindowLayout
from app.ui.image_scaling import downscale
from app.ui.main_window import MainWindow
from app.ui.services import Services
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter
from tests.helpers.notices import RecordingNotices


@dataclass
class App:
    window: MainWindow
    history: HistoryStore
    fake: FakeOpenRouter
    qtbot: Any
    db_path: Path
    chat: ChatService
    catalogue: CatalogueService
    presets: PresetService
    client: OpenRouterClient
    costs: CostService
    compare: CompareService
    services: Services

    @property
    def notices(self) -> RecordingNotices:
        """What the window told and asked; queue answers with ``notices.answer(...)``."""
        assert isinstance(self.window.notices, RecordingNotices)
        return self.window.notices

    @property
    def view(self) -> Any:
        view = self.window.current_view()
        assert view is not None
        return view

    def send(self, text: str) -> None:
        self.view.composer.setPlainText(text)
        self.view.send(self.view.composer.toPlainText())

    def wait_idle(self, timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(lambda: not self.view.busy, timeout=timeout)

    def reopen(self, layout: WindowLayout | None = None) -> MainWindow:
        """A second window on the same history, as the next start of the app would be."""
        window = MainWindow(
            endpoint=self.fake.base_url,
            key_source="test",
            layout=layout,
            notices=RecordingNotices(),
        )
        self.qtbot.addWidget(window)
        window.attach(replace(self.services, settings=AppSettings(), costs=None))
        return window


@contextmanager
def open_app(qtbot: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[App]:
    """The window shown on services talking to a fresh fake server; at the end the turns are
    stopped, the window let go and the services closed."""
    db_path = tmp_path / "history.sqlite3"
    connection = open_database(db_path)
    history = HistoryStore(connection)
    with FakeOpenRouter() as fake:
        http = httpx.AsyncClient()
        client = OpenRouterClient(
            http, base_url=fake.base_url, api_key=VALID_KEY, retry=RetryPolicy(initial_delay=0.01)
        )
        catalogue = CatalogueService(client, CatalogueCache(tmp_path / "cache"))
        blobs = BlobStore(tmp_path / "attachments")
        chat = ChatService(client, history, models=catalogue.get, blobs=blobs)
        catalogue.load()
        presets = PresetService(PresetStore(tmp_path / "presets.json"))
        window = MainWindow(endpoint=fake.base_url, key_source="test", notices=RecordingNotices())
        qtbot.addWidget(window)
        costs = CostService(
            Ledger(connection), catalogue.get, client, history=history, generation_delay=0.05
        )
        costs.follow(chat.turns)
        compare = CompareService(chat, ComparisonStore(connection, history), history, costs)
        prompt_sets = PromptSetService(
            chat, compare, PromptSetStore(connection, history), compare.store, history, costs
        )
        services = Services(
            history,
            ConversationService(history, compare.store, blobs=blobs, downscale=downscale),
            chat,
            AppSettings(),
            catalogue,
            presets,
            compare,
            costs,
            prompt_sets=prompt_sets,
            attachments=AttachmentService(blobs, downscale),
        )
        window.attach(services)
        window.parameters.show()  # tests work the dock (a first start this narrow closes it)
        window.show()
        qtbot.waitExposed(window)
        yield App(
            window,
            history,
            fake,
            qtbot,
            db_path,
            chat,
            catalogue,
            presets,
            client,
            costs,
            compare,
            services,
        )
        for view in window.tab_widgets():
            view.stop()
        window.detach()
        closing = qloop.create_task(_close(compare, costs, http))
        qtbot.waitUntil(closing.done, timeout=5000)
    connection.close()


async def _close(compare: CompareService, costs: CostService, http: httpx.AsyncClient) -> None:
    await compare.aclose()  # a provider lookup still under way
    await costs.aclose()  # a settlement still asking GET /generation
    await http.aclose()
