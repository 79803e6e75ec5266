"""Composition root: builds the HTTP client, stores and services, the Qt application and the
qasync loop, shows the window, and closes everything in order at quit.

The window paints before anything heavy is imported (httpx, the API client, Markdown); the
history, the services and the last session's tabs arrive right after the first paint.

Environment hooks: ``SWITCHBOARD_HOME`` (all data under one folder), ``SWITCHBOARD_BASE_URL``
(another OpenAI-compatible endpoint), ``OPENROUTER_API_KEY`` (a key for this session only).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.models import DEFAULT_BASE_URL
from app.store.paths import APP_NAME, AppPaths, bundled_path

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SHUTDOWN_GRACE_S = 2.0
SELFTEST_PAINT_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class Environment:
    """What the environment decides for this run."""

    paths: AppPaths
    base_url: str
    session_key: str | None

    @classmethod
    def read(cls) -> Environment:
        return cls(
            paths=AppPaths.from_environment(),
            base_url=(os.environ.get("SWITCHBOARD_BASE_URL") or DEFAULT_BASE_URL).rstrip("/"),
            session_key=os.environ.get("OPENROUTER_API_KEY", "").strip() or None,
        )

    @property
    def key_source(self) -> str:
        return "from environment (this session only)" if self.session_key else "not set"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    from app.ui.stack import check_stack

    check_stack()
    os.environ.setdefault("QT_API", "pyside6")  # qasync must pick PySide6
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from app.ui.resources import app_icon

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("switchboard")
    app.setQuitOnLastWindowClosed(False)  # we quit ourselves, after closing the client
    env = Environment.read()
    window = MainWindow(endpoint=env.base_url, key_source=env.key_source, icon=app_icon())
    painted: list[float] = []
    window.first_painted.connect(lambda: painted.append(time.time()))
    window.show()
    app.processEvents()  # the first paint happens before the heavy imports below

    from app.ui.event_loop import close_event_loop, create_event_loop

    loop = create_event_loop(app)
    try:
        return loop.run_until_complete(_run(window, env, args, painted))
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        close_event_loop(loop)
        loop.close()


async def _run(
    window: MainWindow, env: Environment, args: argparse.Namespace, painted: list[float]
) -> int:
    import httpx

    from app.api import OpenRouterClient
    from app.services.catalogue import CatalogueService
    from app.services.chat import ChatService
    from app.services.presets import PresetService
    from app.store.catalogue_cache import CatalogueCache
    from app.store.database import open_history_database, schema_version
    from app.store.history import HistoryStore
    from app.store.preset_store import PresetStore
    from app.store.settings_file import load_settings, save_settings

    paths = env.paths.ensure()
    opened = open_history_database(paths.database)
    history = HistoryStore(opened.connection)
    interrupted = history.mark_interrupted()
    loaded = load_settings(paths.config / "settings.json")
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=16, keepalive_expiry=60))
    client = OpenRouterClient(http, base_url=env.base_url, api_key=env.session_key)
    chat = ChatService(client, history)
    catalogue = CatalogueService(client, CatalogueCache(paths.cache))
    catalogue.load()
    presets = PresetService(PresetStore.in_folder(paths.config))
    closed = asyncio.Event()
    refresh: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    window.close_requested.connect(closed.set)
    window.settings_changed.connect(lambda s: save_settings(paths.config / "settings.json", s))
    try:
        window.attach(history, chat, loaded.settings, catalogue, presets)
        if not args.selftest:  # the self-test makes no network call at all
            refresh = asyncio.ensure_future(window.refresh_catalogue())
        notices = [n for n in (opened.notice, loaded.notice) if n]
        for notice in notices:
            window.notices.warning(notice)
        if args.send:
            view = window.current_view()
            if view is not None:
                view.send(args.send)
        if not args.selftest:
            await closed.wait()
            return 0
        await _first_paint(window, painted)
        _say(
            f"switchboard selftest ok: painted_at={painted[0]:.3f} "
            f"qt={_qt_version()} python={platform.python_version()} "
            f"resources={_count(bundled_path('resources'))} icons={_count(bundled_path('icons'))} "
            f"database=schema{schema_version(opened.connection)} "
            f"conversations={len(history.list_conversations())} interrupted={interrupted} "
            f"notices={len(notices)} "
            f"endpoint={env.base_url} key={'environment' if client.has_key else 'none'} "
            f"home={paths.data.parent}"
        )
        return 0
    finally:
        refresh.cancel()
        await _stop_turns(window)
        window.detach()
        window.hide()
        await http.aclose()
        opened.connection.close()
        window.deleteLater()


async def _first_paint(window: MainWindow, painted: list[float]) -> None:
    if painted:
        return
    event = asyncio.Event()
    window.first_painted.connect(event.set)
    await asyncio.wait_for(event.wait(), SELFTEST_PAINT_TIMEOUT_S)


async def _stop_turns(window: MainWindow) -> None:
    """Stop every answer still streaming (it is kept, marked stopped) before closing."""
    tasks: list[Any] = []
    for view in window.chat_views():
        task = view.stop()
        if task is not None:
            tasks.append(task)
    if tasks:
        await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE_S)


def _count(folder: os.PathLike[str]) -> int:
    path = os.fspath(folder)
    if not os.path.isdir(path):
        raise SystemExit(f"Switchboard is damaged: {path} is missing. Reinstall it.")
    return len(os.listdir(path))


def _qt_version() -> str:
    import PySide6

    return PySide6.__version__


def _say(line: str) -> None:
    if sys.stdout is not None:  # a GUI launch on Windows has no console
        print(line, flush=True)


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="switchboard", description="Switchboard: chat with OpenRouter models."
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="start fully, print a one-line report, and exit (used by smoke tests)",
    )
    parser.add_argument(
        "--send",
        metavar="TEXT",
        help="send TEXT in the open conversation right after start (for automated tests)",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


if __name__ == "__main__":
    raise SystemExit(main())
