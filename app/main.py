"""Composition root: builds the HTTP client, stores and services, the Qt application and the
qasync loop, shows the window, and closes everything in order at quit.

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

from app.store.paths import APP_NAME, AppPaths, bundled_path

SELFTEST_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class Settings:
    """What the environment decides for this run."""

    paths: AppPaths
    base_url: str
    session_key: str | None

    @classmethod
    def from_environment(cls) -> Settings:
        from app.api.requests import DEFAULT_BASE_URL

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

    from app.ui.event_loop import close_event_loop, create_event_loop

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("switchboard")
    app.setQuitOnLastWindowClosed(False)  # we quit ourselves, after closing the client
    loop = create_event_loop(app)
    try:
        return loop.run_until_complete(_run(Settings.from_environment(), selftest=args.selftest))
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        close_event_loop(loop)
        loop.close()


async def _run(settings: Settings, *, selftest: bool) -> int:
    import httpx

    from app.api import OpenRouterClient
    from app.store.database import open_database, schema_version
    from app.ui.main_window import MainWindow
    from app.ui.resources import app_icon

    paths = settings.paths.ensure()
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=16, keepalive_expiry=60))
    client = OpenRouterClient(http, base_url=settings.base_url, api_key=settings.session_key)
    window = MainWindow(endpoint=settings.base_url, key_source=settings.key_source, icon=app_icon())
    closed = asyncio.Event()
    painted = asyncio.Event()
    window.close_requested.connect(closed.set)
    window.first_painted.connect(painted.set)
    database = open_database(paths.database)
    try:
        window.show()
        if not selftest:
            await closed.wait()
            return 0
        await asyncio.wait_for(painted.wait(), SELFTEST_TIMEOUT_S)
        paint_time = time.time()
        _say(
            f"switchboard selftest ok: painted_at={paint_time:.3f} "
            f"qt={_qt_version()} python={platform.python_version()} "
            f"resources={_count(bundled_path('resources'))} icons={_count(bundled_path('icons'))} "
            f"database=schema{schema_version(database)} endpoint={settings.base_url} "
            f"key={'environment' if client.has_key else 'none'} home={paths.data.parent}"
        )
        return 0
    finally:
        window.hide()
        await http.aclose()
        database.close()
        window.deleteLater()


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
    args, _qt_args = parser.parse_known_args(argv)
    return args


if __name__ == "__main__":
    raise SystemExit(main())
