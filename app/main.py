"""Composition root: builds the HTTP client, stores and services, the Qt application and the
qasync loop, shows the window, and closes everything in order at quit.

The window paints before anything heavy is imported (httpx, the API client, Markdown, logging's
handlers); the history, the services, the last session's tabs and the parameter rows arrive
right after the first paint.

Environment hooks: ``SWITCHBOARD_HOME`` (all data under one folder), ``SWITCHBOARD_BASE_URL``
(another OpenAI-compatible endpoint), ``OPENROUTER_API_KEY`` (a key for this session only).
The key is taken out of the process environment first thing (``take_key_environment``): it is
kept in memory for the account service only, so no child process (the browser opened for
signing in, the file manager) inherits it.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
import time
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from app import __version__
from app.core import APP_NAME
from app.core.endpoint import DEFAULT_BASE_URL
from app.core.i18n import translate
from app.store.paths import AppPaths, bundled_path
from app.store.settings_file import SETTINGS_FILE_NAME, AppSettings, LoadedSettings, load_settings
from app.store.window_layout import LAYOUT_FILE_NAME, load_layout

if TYPE_CHECKING:
    import asyncio
    import ssl

    from app.api import AppIdentity, OpenRouterClient
    from app.services.account import AccountService
    from app.services.compare import CompareService
    from app.services.presets import PresetService
    from app.services.prompt_sets import PromptSetService
    from app.store.blobs import BlobStore
    from app.store.history import HistoryStore
    from app.store.secrets import Keychain

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SHUTDOWN_GRACE_S = 2.0
ATTACHMENTS_FOLDER = "attachments"  # in the data folder: attachments' bytes, by digest
SELFTEST_PAINT_TIMEOUT_S = 30.0


class Environment(NamedTuple):  # (not a dataclass: made before the first paint, 0.5 ms)
    """What the environment decides for this run."""

    paths: AppPaths
    base_url_override: str | None  # SWITCHBOARD_BASE_URL, checked (None: not set or refused)
    debug: bool  # SWITCHBOARD_DEBUG: log in detail, also to stderr
    base_url_problem: str | None = None  # why SWITCHBOARD_BASE_URL is not used, in words

    @classmethod
    def read(cls) -> Environment:
        override, problem = checked_base_url_override(os.environ)
        return cls(
            paths=AppPaths.from_environment(),
            base_url_override=override,
            debug=bool(os.environ.get("SWITCHBOARD_DEBUG")),
            base_url_problem=problem,
        )

    def endpoint(self, settings: AppSettings) -> str:
        """The environment's base URL wins over the settings' one; then OpenRouter's.
        (The key from OPENROUTER_API_KEY is the account service's business.)"""
        return (self.base_url_override or settings.base_url or DEFAULT_BASE_URL).rstrip("/")


def checked_base_url_override(environ: Mapping[str, str]) -> tuple[str | None, str | None]:
    """``SWITCHBOARD_BASE_URL`` checked like an address typed in Settings (plain http only on
    this computer, no name or password in it): (the address, None), or (None, a notice in
    plain words) when it cannot be used. The notice never repeats the value (it may hold a
    password)."""
    from app.core.endpoint import EndpointError, normalize_base_url

    value = environ.get("SWITCHBOARD_BASE_URL") or ""
    if not value.strip():
        return None, None
    try:
        return normalize_base_url(value), None
    except EndpointError as error:
        return None, translate(
            "main",
            "The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the "
            "address from Settings instead. {reason}",
        ).format(reason=error.user_message)


def take_key_environment(environ: MutableMapping[str, str] = os.environ) -> dict[str, str]:
    """``OPENROUTER_API_KEY`` (removed from ``environ``, so that no child process inherits it)
    and ``SWITCHBOARD_BASE_URL`` (checked; left out when it cannot be used), for the account
    service, which decides where the key may go. Nothing else keeps the key."""
    kept: dict[str, str] = {}
    key = environ.pop("OPENROUTER_API_KEY", None)
    if key is not None:
        kept["OPENROUTER_API_KEY"] = key
    base_url, _problem = checked_base_url_override(environ)
    if base_url:
        kept["SWITCHBOARD_BASE_URL"] = base_url
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == [KEY_HELPER_FLAG]:
        return _serve_key_helper()
    # The start makes hundreds of thousands of objects that live as long as the app, and frees
    # few: the cyclic collector, run again and again over them, took ~10 ms of the time to the
    # first paint. It is paused until the window is attached to its services (see _run).
    gc.disable()
    from app.ui.font_warmup import warm_fonts

    fonts_ready = warm_fonts()  # on another core, while the imports below run
    try:
        return _main(arguments, fonts_ready)
    finally:
        gc.enable()


def _main(arguments: list[str], fonts_ready: Callable[[], None]) -> int:
    key_environment = take_key_environment()
    if asks_for_help(arguments):
        _parse_args(arguments)  # prints the usage and ends, before any window
    from app.ui.stack import check_stack

    check_stack()
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow

    existing = QApplication.instance()
    argv0 = sys.argv[0] if sys.argv else APP_NAME
    app = existing if isinstance(existing, QApplication) else QApplication([argv0])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("io.github.switchboard.Switchboard")
    app.setQuitOnLastWindowClosed(False)  # we quit ourselves, after closing the client
    env = Environment.read()
    paths = env.paths
    early_notices = _prepare_folders(env)
    if env.base_url_problem:
        early_notices.append(env.base_url_problem)
    loaded = load_settings(paths.config / SETTINGS_FILE_NAME)
    from app.ui.i18n import install_language

    # Before any window: every string is translated as it is made.
    language = install_language(app, loaded.settings.language, bundled_path("translations"))
    if loaded.settings.theme != "system":
        _apply_theme(loaded.settings.theme)
    fonts_ready()
    window = MainWindow(
        endpoint=env.endpoint(loaded.settings),
        key_source=translate("main", "looking for your key…"),
        layout=load_layout(paths.config / LAYOUT_FILE_NAME),
        keys_later=True,
    )
    painted: list[float] = []
    window.first_painted.connect(lambda: painted.append(time.time()))
    # Heard from the first moment the window shows: a close (or a logout's SIGTERM) during the
    # start still ends the app once it is up, instead of leaving it running with no window.
    ended: list[bool] = []
    window.close_requested.connect(lambda: ended.append(True))
    window.show()
    app.processEvents()  # the first paint happens before the heavy imports below
    window.add_keys()  # (before any input is read: the loop starts below)
    # Read after the paint: argparse's texts go through gettext, which looks for catalogues
    # (~2 ms). Only automation passes arguments; a mistake in them still ends the app here.
    args = _parse_args(arguments)
    from app.ui.termination import on_terminate

    # (A SIGTERM before this ends the app outright: nothing has been written yet.)
    stop_listening = on_terminate(window.close)  # (a logout: closed, and saved, as by hand)
    from app.ui.resources import app_icon

    window.setWindowIcon(app_icon(bundled_path("icons")))  # (QIcon's enums: 1.7 ms)
    tune_allocator()
    _start_logging(env)

    from app.ui.event_loop import close_event_loop, create_event_loop

    loop = create_event_loop(app)
    from app.ui.crash import CrashReporter

    CrashReporter(window).install(loop)
    import asyncio

    closed = asyncio.Event()
    window.close_requested.connect(closed.set)
    if ended:
        closed.set()
    try:
        return loop.run_until_complete(
            _run(
                window,
                env,
                args,
                painted,
                loaded,
                early_notices,
                key_environment,
                closed,
                language.code,
            )
        )
    finally:
        stop_listening()
        loop.run_until_complete(loop.shutdown_asyncgens())
        close_event_loop(loop)
        loop.close()


async def _run(
    window: MainWindow,
    env: Environment,
    args: argparse.Namespace,
    painted: list[float],
    loaded: LoadedSettings,
    early_notices: list[str],
    key_environment: dict[str, str],
    closed: asyncio.Event,
    language: str = "en",
) -> int:
    import asyncio

    _without_httpx_command_line()
    import httpx

    from app.api import OpenRouterClient
    from app.services.account import AccountService
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
    from app.store.database import open_history_database, schema_version
    from app.store.history import HistoryStore
    from app.store.ledger import Ledger
    from app.store.preset_store import PresetStore
    from app.store.prompt_sets import PromptSetStore
    from app.store.settings_file import save_settings
    from app.store.window_layout import save_layout
    from app.ui.image_scaling import downscale
    from app.ui.services import Services

    paths = env.paths
    opened = open_history_database(paths.database)
    history = HistoryStore(opened.connection)
    interrupted = history.mark_interrupted()
    blobs = BlobStore(paths.data / ATTACHMENTS_FOLDER)
    await _remove_unused_attachments(blobs, history)
    settings = loaded.settings
    # One context with the trusted certificates for every client: each parses them (3 MB).
    tls = httpx.create_ssl_context()
    http = httpx.AsyncClient(
        verify=tls, limits=httpx.Limits(max_connections=16, keepalive_expiry=60)
    )
    client = OpenRouterClient(http, base_url=env.endpoint(settings), identity=_identity(settings))
    account = AccountService(client, _keychain(language), environ=key_environment)
    catalogue = CatalogueService(client, CatalogueCache(paths.cache))
    chat = ChatService(client, history, models=catalogue.get, blobs=blobs)
    catalogue.load()
    presets = PresetService(PresetStore.in_folder(paths.config))
    costs = CostService(Ledger(opened.connection), catalogue.get, client, history=history)
    costs.follow(chat.turns)  # every answer, chat or comparison column, is settled there
    compare = CompareService(chat, ComparisonStore(opened.connection, history), history, costs)
    prompt_sets = PromptSetService(
        chat, compare, PromptSetStore(opened.connection, history), compare.store, history, costs
    )
    refresh: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    shown_language = [settings.language]

    def settings_changed(new: AppSettings) -> None:
        save_settings(paths.config / SETTINGS_FILE_NAME, new)
        _apply_theme(new.theme)
        if new.language != shown_language[0]:
            shown_language[0] = new.language
            window.notices.info(
                translate(
                    "main", "Switchboard will use the language you chose after you restart it."
                )
            )

    window.settings_changed.connect(follow_settings(window, account, client, env))
    window.settings_changed.connect(settings_changed)
    try:
        window.attach(
            Services(
                history,
                ConversationService(history, compare.store, blobs=blobs, downscale=downscale),
                chat,
                settings,
                catalogue,
                presets,
                compare,
                costs,
                account,
                paths.data,
                prompt_sets=prompt_sets,
                attachments=AttachmentService(blobs, downscale),
            )
        )
        gc.enable()  # the start is done (see main)
        notices = [*early_notices] + [
            n for n in (opened.notice, loaded.notice, presets.notice) if n
        ]
        for notice in notices:
            window.notices.warning(notice)
        # The keychain can take 100 ms: look the key up after the first paint, off the loop.
        # (If the address changes in Settings meanwhile, the key read here is not used.)
        state = await account.load_async()
        window.key_loaded(state)
        window.set_key_source(account.key_source_text, client.base_url)
        if not args.selftest:  # the self-test makes no network call at all
            refresh = asyncio.ensure_future(_background_refresh(window))
            costs.settle_interrupted_soon()  # what answers cut off by a crash or kill cost
            if not _scripted(args):  # automation (and the tests that run it) asks nobody
                window.tasks.spawn(_check_for_updates(window, history, settings, tls))
        if args.send or args.regenerate or args.export or args.compare or args.prompt_set:
            await _scripted_session(window, args)
            if args.compare:
                await _scripted_compare(compare, presets, settings, args)
            if args.prompt_set:
                await _scripted_prompt_set(window, prompt_sets, presets, settings, args)
        if args.open_link:
            from app.ui.external import open_link

            open_link(args.open_link)  # (as a click on a link does: the browser gets it)
        if args.quit_when_done and not args.selftest:
            await costs.wait_settled()  # every answer booked before quitting
            return 0
        if not args.selftest:
            await closed.wait()
            return 0
        await _first_paint(window, painted)
        _say(
            f"switchboard selftest ok: painted_at={painted[0]:.3f} "
            f"qt={_qt_version()} platform={_platform_name()} language={language} "
            f"python={sys.version.split()[0]} "
            f"resources={_count(bundled_path('resources'))} icons={_count(bundled_path('icons'))} "
            f"window_icon={'no' if window.windowIcon().isNull() else 'yes'} "
            f"collector={'on' if gc.isenabled() else 'off'} "
            f"database=schema{schema_version(opened.connection)} "
            f"conversations={len(history.list_conversations())} interrupted={interrupted} "
            f"notices={len(notices)} endpoint={client.base_url} key={state.source} "
            f"welcome={'yes' if window.welcome_shown else 'no'} home={paths.data.parent}"
        )
        return 0
    finally:
        refresh.cancel()
        await _stop_turns(window)
        with contextlib.suppress(OSError):
            save_layout(paths.config / LAYOUT_FILE_NAME, window.saved_layout())
        window.detach()
        window.hide()
        await compare.aclose()  # its provider lookups write to the database
        await costs.aclose()
        await _finish_other_tasks()
        await http.aclose()
        opened.connection.close()
        window.deleteLater()


def follow_settings(
    window: MainWindow, account: AccountService, client: OpenRouterClient, env: Environment
) -> Callable[[AppSettings], None]:
    """What a settings change does to the client: the new address, with that address's own
    key or none (the account service decides; the OpenRouter key never follows), and the
    attribution headers."""

    def follow(new: AppSettings) -> None:
        client.identity = _identity(new)
        window.tasks.spawn(switch(env.endpoint(new)))

    async def switch(address: str) -> None:
        await account.use_address_async(address)  # the keychain: off the UI thread
        window.set_key_source(account.key_source_text, client.base_url)

    return follow


async def _finish_other_tasks() -> None:
    """Cancel what still runs (a catalogue refresh, a cost lookup) and let it unwind while the
    loop and the HTTP client are still open. A cancelled request leaves httpx's inner stream
    generators to the garbage collector, whose clean-up runs as a task on the loop: collect
    them now, while the loop runs, not at a later moment when it does not (that logged a
    spurious traceback through the crash path)."""
    import asyncio
    import gc
    import inspect

    current = asyncio.current_task()
    for _round in range(2):
        others = [task for task in asyncio.all_tasks() if task is not current and not task.done()]
        for task in others:
            if inspect.iscoroutine(task.get_coro()):  # not the loop's own generator clean-up
                task.cancel()
        if others:
            await asyncio.wait(others, timeout=2.0)
        gc.collect()  # abandoned async generators schedule their clean-up now
        await asyncio.sleep(0)


def _without_httpx_command_line() -> None:
    """httpx imports its command-line tool (``httpx._main``) whenever ``rich`` and ``click``
    are installed, and falls back quietly without it: 3 MB and 25 ms the app has no use for.
    A ``None`` in ``sys.modules`` makes that import fail as if they were missing."""
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


async def _background_refresh(window: MainWindow) -> None:
    """The model list and the credit left, after the window is up; failures are notices."""
    await window.refresh_catalogue()
    await window.refresh_credit()


def _scripted(args: argparse.Namespace) -> bool:
    scripted = (
        args.send,
        args.regenerate,
        args.export,
        args.compare,
        args.prompt_set,
        args.open_link,
    )
    return any(scripted) or bool(args.quit_when_done)


async def _check_for_updates(
    window: MainWindow, history: HistoryStore, start: AppSettings, tls: ssl.SSLContext
) -> None:
    """Whether a newer Switchboard is out (at most one request a day; silent on failure)."""
    from app.core.updates import feed_url
    from app.services.updates import UpdateService, plain_client

    updates = UpdateService(
        state=history,
        enabled=lambda: (window.settings or start).check_for_updates,
        current_version=__version__,
        feed_url=feed_url(os.environ),
        http=lambda: plain_client(__version__, tls),
    )
    # A lambda, not the bound method: Qt holds a method of a plain object only weakly, and
    # the service must outlive this coroutine for the button to work.
    window.update_notice.dismissed.connect(lambda tag: updates.dismiss(tag))
    window.update_notice.show_notice(await updates.check())


async def _scripted_session(window: MainWindow, args: argparse.Namespace) -> None:
    """For automated tests: send each ``--send`` text in turn (the first with the ``--attach``
    files), then ``--regenerate``, then ``--export``. ``--model`` and ``--web-search`` set the
    open conversation's model and turn searching the web on first."""
    import asyncio
    from dataclasses import replace

    from app.core.attachments import WebSearch

    services = window.services
    view = window.current_view()
    if (args.model or args.web_search) and view is not None and services is not None:
        conversation = services.conversations.get(view.conversation_id)
        if conversation is not None:
            settings = replace(
                conversation.settings, model=args.model or conversation.settings.model
            )
            if args.web_search:
                settings = replace(settings, web_search=WebSearch(enabled=True))
            services.conversations.update_settings(view.conversation_id, settings)
            window.dock_link.show_conversation(view.conversation_id)
    if args.attach and view is not None:
        view.add_files([Path(path) for path in args.attach])
        # (read off the loop; a send refuses while files are read; scripted runs only)
        while view.attacher.reading:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
    for text in args.send or []:
        view = window.current_view()
        if view is None:
            return
        view.send(text)
        if view.turn is not None:
            await asyncio.wait([view.turn])
    view = window.current_view()
    if args.regenerate and view is not None:
        view.regenerate()  # a new version of the last answer (the old one is kept)
        if view.turn is not None:
            await asyncio.wait([view.turn])
    if args.export:
        await window.files.export_to(Path(args.export))


async def _scripted_compare(
    compare: CompareService, presets: PresetService, settings: AppSettings, args: argparse.Namespace
) -> None:
    """For automated tests: ``--compare TEXT --presets A,B,…`` makes a comparison of those
    presets (on the default chat settings) and sends TEXT to every column, after the same
    spending check the window makes. A send the guard holds or wants confirmed is refused:
    nobody is there to press "Send anyway". Prints one line saying what happened."""
    from app.core.conversation import ChatSettings
    from app.store.comparisons import DEFAULT_COMPARISON_TITLE

    names = [name.strip() for name in (args.presets or "").split(",") if name.strip()]
    chosen = [presets.get(name) for name in names]
    if not 2 <= len(names) <= 4 or None in chosen:
        known = ", ".join(preset.name for preset in presets.presets())
        _say(f"switchboard compare refused: --presets takes 2 to 4 of: {known}")
        return
    base = ChatSettings(model=args.model) if args.model else ChatSettings()
    columns = [(p.name, p.apply_to(base)) for p in chosen if p is not None]
    comparison = compare.create(
        translate("comparisons", DEFAULT_COMPARISON_TITLE), columns, fair=False
    )
    check = compare.check_send(comparison.id, args.compare, None, settings)
    if check.decision.action in ("hold", "confirm"):
        _say(f"switchboard compare refused: {check.question}")
        return
    await compare.send(comparison.id, args.compare, lambda _index: _ignore_event)
    _say(f"switchboard compare done: comparison={comparison.id} columns={len(columns)}")


async def _scripted_prompt_set(
    window: MainWindow,
    prompt_sets: PromptSetService,
    presets: PresetService,
    settings: AppSettings,
    args: argparse.Namespace,
) -> None:
    """For automated tests: ``--prompt-set FILE --presets A,B,…`` imports the prompt set FILE,
    runs it against those presets (fair, 4 at once) in a tab of its own, after the same
    spending check the window makes (a run the guard holds or wants confirmed is refused).
    Prints one line saying what happened."""
    from app.core.conversation import ChatSettings
    from app.core.prompt_sets import PromptSetError
    from app.ui.tab_keys import TabKey

    names = [name.strip() for name in (args.presets or "").split(",") if name.strip()]
    chosen = [presets.get(name) for name in names]
    if not 2 <= len(names) <= 4 or None in chosen:
        known = ", ".join(preset.name for preset in presets.presets())
        _say(f"switchboard prompt set refused: --presets takes 2 to 4 of: {known}")
        return
    try:
        prompt_set = prompt_sets.import_set(Path(args.prompt_set))
    except PromptSetError as error:
        _say(f"switchboard prompt set refused: {error.user_message}")
        return
    base = ChatSettings(model=args.model) if args.model else ChatSettings()
    columns = [(p.name, p.apply_to(base)) for p in chosen if p is not None]
    run = prompt_sets.create_run(prompt_set, columns, blind=False)
    check = prompt_sets.check_run(run.id, settings)
    if check.decision.action in ("hold", "confirm"):
        _say(f"switchboard prompt set refused: {check.question}")
        return
    window.open_tab(TabKey.run(run.id))
    window.library.refresh()
    await prompt_sets.run(run.id)
    window.library.refresh()
    progress = prompt_sets.progress_of(run.id)
    _say(
        f"switchboard prompt set done: run={run.id} answers={progress.done} "
        f"of={progress.total} failed={progress.failed}"
    )


def _ignore_event(_event: object) -> None:
    """A comparison run from the command line has no view to draw it."""


async def _remove_unused_attachments(blobs: BlobStore, history: HistoryStore) -> None:
    """Attachments no message refers to any more (deleted conversations, versions) go, at
    start-up (except those stored within a day: another running copy may have just attached
    them, BlobStore.remove_unused), after the first paint and before anything can be
    attached. On a worker thread, so the window keeps painting: measured, 1,000 files kept
    take 6 ms to look over, and deleting 1,000 unused ones about 250 ms."""
    import asyncio
    import logging
    import sqlite3

    started = time.perf_counter()
    try:
        used = history.used_digests()
        removed = await asyncio.to_thread(blobs.remove_unused, used)
    except (OSError, sqlite3.Error) as error:  # never keeps the app from starting
        logging.getLogger("switchboard").warning("Attachment clean-up skipped: %s", error)
        return
    if removed:
        logging.getLogger("switchboard").info(
            "Removed %d unused attachment(s) in %.0f ms",
            removed,
            (time.perf_counter() - started) * 1000,
        )


def _prepare_folders(env: Environment) -> list[str]:
    """Create the data folders. A folder that cannot be made is not fatal: the history falls
    back to memory and the person is told (returned notices)."""
    notices: list[str] = []
    paths = env.paths
    for folder in (paths.data, paths.config, paths.cache, paths.logs):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            reason = error.strerror or type(error).__name__
            notices.append(
                translate(
                    "main",
                    "Switchboard cannot use the folder {folder} ({reason}), so what you do now "
                    "may not be saved. Check that the folder can be written to.",
                ).format(folder=folder, reason=reason)
            )
    return notices


KEY_HELPER_FLAG = "--key-helper"  # the app as its own keychain helper (app.store.key_process)


def key_helper_command() -> tuple[list[str], str | None]:
    """How to start this app as the keychain helper, and in which folder."""
    if getattr(sys, "frozen", False):
        return [sys.executable, KEY_HELPER_FLAG], None
    source = Path(__file__).resolve().parent.parent  # (where ``python -m app`` finds it)
    return [sys.executable, "-m", "app", KEY_HELPER_FLAG], str(source)


def _keychain(language: str) -> Keychain:
    """The window's keychain. On Linux through the helper process (app.store.key_process),
    so that keyring is not loaded here; elsewhere in this process: macOS lets only the app
    that saved an item read it without asking, and a helper that any program could start
    would read it for them (the Secret Service and KWallet let any program of the user read
    it anyway)."""
    if not sys.platform.startswith("linux"):
        from app.store.secrets import KeyStore

        return KeyStore()
    from app.store.key_process import KeyStoreProcess

    command, folder = key_helper_command()
    return KeyStoreProcess(command, language=language, cwd=folder)


def _serve_key_helper() -> int:
    """The keychain helper: one request (JSON) on standard input, its reply on standard
    output, worded in the request's language. Anything else ends it with 2 and no reply
    (the window then does the call itself)."""
    try:
        import json

        from app.store.key_process import answer, reply_line

        request = json.loads(sys.stdin.read())
        if not isinstance(request, dict):
            return 2
        language = str(request.get("language", "en"))
        translator_owner = None
        if language != "en":
            from PySide6.QtCore import QCoreApplication

            from app.ui.i18n import install_language

            translator_owner = QCoreApplication([APP_NAME])
            forced = {"SWITCHBOARD_LANGUAGE": language}
            install_language(translator_owner, language, bundled_path("translations"), forced)
        sys.stdout.write(reply_line(answer(request)))
        sys.stdout.flush()
        del translator_owner
    except BaseException:  # never a traceback (a dialog, frozen): the reply is all it says
        return 2
    return 0


_M_MMAP_THRESHOLD = -3  # glibc's mallopt() parameter
MMAP_THRESHOLD = 128 * 1024  # blocks this large and larger get their own mapping


def tune_allocator() -> bool:
    """On Linux with glibc: every block of MMAP_THRESHOLD or more gets its own mapping, given
    back to the system when freed. (By default glibc raises that limit each time such a block
    is freed, up to 32 MiB, and then serves large blocks from the heap, which does not
    shrink: over a long session of streamed answers the resident memory crept up.) Returns
    whether it was set; elsewhere it does nothing."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))


def _start_logging(env: Environment) -> None:
    """Log to the logs folder (after the first paint: the logging handlers are slow to import);
    without a log file, warnings go to stderr."""
    import logging

    from app.store.logs import setup_logging

    level = logging.DEBUG if env.debug else logging.INFO
    try:
        setup_logging(env.paths.logs, level=level, stream=sys.stderr if env.debug else None)
    except OSError:
        logging.basicConfig(level=logging.WARNING)
    logging.getLogger("switchboard").info("Switchboard starting (home %s)", env.paths.data.parent)


def _identity(settings: AppSettings) -> AppIdentity:
    from app.api import AppIdentity

    default = AppIdentity()
    return AppIdentity(
        referer=settings.attribution_referer or default.referer,
        title=settings.attribution_title or default.title,
    )


def _apply_theme(theme: str) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.theme import apply_theme

    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, theme)


async def _first_paint(window: MainWindow, painted: list[float]) -> None:
    import asyncio

    if painted:
        return
    event = asyncio.Event()
    window.first_painted.connect(event.set)
    await asyncio.wait_for(event.wait(), SELFTEST_PAINT_TIMEOUT_S)


async def _stop_turns(window: MainWindow) -> None:
    """Stop every answer still streaming (it is kept, marked stopped) before closing."""
    import asyncio

    tasks: list[Any] = []
    for view in window.tab_widgets():
        task = view.stop()
        if task is not None:
            tasks.append(task)
    if tasks:
        await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE_S)


def _count(folder: os.PathLike[str]) -> int:
    path = os.fspath(folder)
    if not os.path.isdir(path):
        damaged = translate("main", "Switchboard is damaged: {path} is missing. Reinstall it.")
        raise SystemExit(damaged.format(path=path))
    return len(os.listdir(path))


def _qt_version() -> str:
    import PySide6

    return PySide6.__version__


def _platform_name() -> str:
    """Qt's window system plugin in use (xcb, wayland, cocoa, windows, offscreen)."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName()


def _say(line: str) -> None:
    if sys.stdout is not None:  # a GUI launch on Windows has no console
        print(line, flush=True)


def asks_for_help(arguments: Sequence[str]) -> bool:
    """``-h``, ``--help`` or an abbreviation argparse takes for it (``--he``)."""
    return any(arg == "-h" or (len(arg) > 2 and "--help".startswith(arg)) for arg in arguments)


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
        action="append",
        help="for automated tests: send TEXT in the open conversation after start (repeatable)",
    )
    parser.add_argument(
        "--attach",
        action="append",
        metavar="PATH",
        help="for automated tests: attach PATH to the first --send (repeatable)",
    )
    parser.add_argument(
        "--web-search",
        action="store_true",
        help="for automated tests: turn web search on in the open conversation",
    )
    parser.add_argument(
        "--regenerate",
        action="store_true",
        help="for automated tests: then regenerate the last answer of the open conversation",
    )
    parser.add_argument(
        "--compare",
        metavar="TEXT",
        help="for automated tests: send TEXT to a new comparison of the --presets",
    )
    parser.add_argument(
        "--presets",
        metavar="NAMES",
        help="for automated tests: the comparison's presets, comma-separated (2 to 4)",
    )
    parser.add_argument(
        "--prompt-set",
        metavar="FILE",
        help="for automated tests: run the prompt set FILE against the --presets",
    )
    parser.add_argument(
        "--model",
        metavar="ID",
        help="for automated tests: the model --send and --compare use",
    )
    parser.add_argument(
        "--export", metavar="PATH", help="for automated tests: then export it as JSON to PATH"
    )
    parser.add_argument(
        "--open-link",
        metavar="URL",
        help="for automated tests: open URL in the browser, as a click on a link does",
    )
    parser.add_argument(
        "--quit-when-done", action="store_true", help="for automated tests: then quit"
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


if __name__ == "__main__":
    raise SystemExit(main())
