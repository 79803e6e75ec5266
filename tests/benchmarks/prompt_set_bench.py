"""The prompt-set benchmark's child process: one measurement in a fresh QApplication.

``run.py`` starts it with ``QT_QPA_PLATFORM=offscreen`` (unless ``--display``) and a temporary
``SWITCHBOARD_HOME``. It prints one line ``bench-result {json}`` and exits 0; anything else is a
failure (the traceback goes to stderr)::

    python tests/benchmarks/prompt_set_bench.py stall            # 10 prompts x 4 presets
    python tests/benchmarks/prompt_set_bench.py stall --quick    # 3 prompts, short answers

stall   a real RunView (1380x860, shown, its first prompt chosen so its answers are drawn as
        they finish) of a prompt-set run made with ``PromptSetService.create_run`` from the
        built-in presets Balanced, Precise, Creative and Reproducible applied to
        ``ChatSettings()`` (not fair: no provider is pinned), concurrency 4, on a qasync loop,
        with a real HistoryStore, ComparisonStore and PromptSetStore on a temporary SQLite
        file, the real PromptSetService, CompareService, ChatService and OpenRouterClient (no
        CostService), and the fake server in threads of this process. The fake streams
        ``--tokens`` tokens of Markdown per answer at about 300 a second. A one-prompt run
        first (one-time imports) is measured apart; then a 5 ms precise QTimer records its
        ticks from the Start button until the run has ended, then for a while with the loop
        idle. The process's resident memory (VmRSS) is read after the warm-up run and after
        the measured one (a garbage collection first, the view still open): the growth.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from tests.benchmarks.chat_view_bench import (  # noqa: E402 (sets QT_API before qasync)
    PROBE_INTERVAL_MS,
    gap_summary,
    make_app,
    markdown_tokens,
    report,
)
from tests.benchmarks.compare_bench import (  # noqa: E402
    TOKEN_DELAY_S,
    CpuTickProbe,
    GcTimer,
    Timeline,
    breakdown,
)

VIEW_SIZE = (1380, 860)  # the main window's default size
PRESETS = ("Balanced", "Precise", "Creative", "Reproducible")
CONCURRENCY = 4
FULL = (10, 400)  # prompts, tokens per answer
QUICK = (3, 120)
IDLE_S = 3.0  # the idle baseline: the loop with nothing to do, for this long at most
TOP_CALLS = 6


def vmrss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def instrument(view: Any, history: Any, timeline: Timeline) -> None:
    """Time the view's own work and the history's reads and commits, per call."""
    for name in ("refresh", "show_progress", "_show_chosen", "_fill_results", "_fill_prompts"):
        timeline.wrap(view, name, f"RunView.{name}")
    for name in ("add_message", "update_message"):
        timeline.wrap(history, name, f"HistoryStore.{name} (SQLite commit)")
    for name in ("messages", "last_messages", "get_conversation"):
        timeline.wrap(history, name, f"HistoryStore.{name}")


def worst(timeline: Timeline, ticks: list[float], cpu: list[float], started: float) -> Any:
    """The longest gap between ticks: when, how long, what ran in it."""
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    index = max(range(len(gaps)), key=gaps.__getitem__)
    low, high = ticks[index], ticks[index + 1]
    inside = sorted((c for c in timeline.calls if low <= c.start < high), key=lambda c: -c.own)
    return {
        "at_s": max(0.0, low - started),
        "ms": (high - low - PROBE_INTERVAL_MS / 1000) * 1000,
        "wall_ms": (high - low) * 1000,
        "cpu_ms": (cpu[index + 1] - cpu[index]) * 1000,
        "phase": "while the run sends",
        "breakdown_ms": breakdown(timeline.calls, low, high),
        "calls": [[c.label, c.column, round(c.own * 1000, 2)] for c in inside[:TOP_CALLS]],
    }


async def run_once(view: Any, probe: CpuTickProbe | None) -> tuple[float, float]:
    """Press Start and wait for the run to end: (start time, seconds)."""
    ended = asyncio.Event()

    def changed(busy: bool) -> None:
        if not busy:
            ended.set()

    view.busy_changed.connect(changed)
    if probe is not None:
        probe.start()
    started = time.perf_counter()
    view.start_button.click()
    if not view.busy:
        raise AssertionError("the run did not start")
    await asyncio.wait_for(ended.wait(), timeout=170)
    seconds = time.perf_counter() - started
    view.busy_changed.disconnect(changed)
    return started, seconds


async def stall_run(
    make_view: Any, runs: Any, history: Any, fake: Any, prompts: int, tokens: int
) -> dict[str, Any]:
    from tests.fakes.fake_openrouter import Scenario

    chunks = markdown_tokens(tokens, seed=11)
    fake.default = Scenario(text="".join(chunks), token_delay=TOKEN_DELAY_S)
    # The warm-up: one prompt to the four presets (imports, the renderer, the first sockets).
    warm = make_view(1)
    await asyncio.sleep(0.3)
    warm_probe = CpuTickProbe(PROBE_INTERVAL_MS)
    _, warm_s = await run_once(warm, warm_probe)
    warm_gaps = warm_probe.stop()
    warm.close()
    warm.deleteLater()
    await asyncio.sleep(0.3)

    view = make_view(prompts)
    await asyncio.sleep(0.3)  # settle: the first paints
    gc.collect()
    rss_before = vmrss_mb()
    timeline = Timeline()
    instrument(view, history, timeline)
    probe = CpuTickProbe(PROBE_INTERVAL_MS)
    collections = GcTimer(timeline)
    gc.callbacks.append(collections)
    try:
        started, run_s = await run_once(view, probe)
        gaps = probe.stop()
    finally:
        gc.callbacks.remove(collections)
    ticks, cpu = list(probe.ticks), list(probe.cpu)
    await asyncio.sleep(0.3)
    gc.collect()
    rss_after = vmrss_mb()
    probe.start()
    await asyncio.sleep(min(run_s, IDLE_S))
    idle_gaps = probe.stop()

    progress = runs.progress_of(view.run_id)
    if progress.done != progress.total or progress.state != "done":
        raise AssertionError(f"the run ended {progress}")
    records = list(fake.generations.values())
    rates = [
        tokens / float(r["generation_time"]) * 1000 for r in records if r.get("generation_time")
    ]
    gc_calls = [c for c in timeline.calls if c.label.startswith("Python garbage")]
    return {
        "prompts": prompts,
        "presets": len(PRESETS),
        "answers": progress.total,
        "tokens": tokens,
        "concurrency": CONCURRENCY,
        "token_delay_s": TOKEN_DELAY_S,
        "run_s": run_s,
        "warm_up_s": warm_s,
        "run": gap_summary(gaps),
        "idle": gap_summary(idle_gaps),
        "warm_up": gap_summary(warm_gaps),
        "worst_gap": worst(timeline, ticks, cpu, started),
        "server_rates": rates,
        "rss_before_mb": rss_before,
        "rss_after_mb": rss_after,
        "rss_growth_mb": rss_after - rss_before,
        "run_cpu_s": cpu[-1] - cpu[0],
        "gc_count": len(gc_calls),
        "gc_max_ms": max((c.own for c in gc_calls), default=0.0) * 1000,
        "run_breakdown_ms": breakdown(timeline.calls, started, started + run_s),
        "refreshes": len(timeline.of("RunView.refresh")),
        "progress_updates": len(timeline.of("RunView.show_progress")),
        "results": _table(view.results),
    }


def _table(widget: Any) -> list[list[str]]:
    return [
        [widget.item(r, c).text() if widget.item(r, c) else "" for c in range(widget.columnCount())]
        for r in range(widget.rowCount())
    ]


def bench_stall(prompts: int, tokens: int) -> dict[str, Any]:
    import httpx
    import shiboken6

    from app.api import OpenRouterClient
    from app.core.conversation import ChatSettings
    from app.core.prompt_sets import PromptItem, PromptSet
    from app.services.chat import ChatService
    from app.services.compare import CompareService
    from app.services.prompt_sets import PromptSetService
    from app.store.comparisons import ComparisonStore
    from app.store.database import open_database
    from app.store.history import HistoryStore
    from app.store.preset_store import builtin_presets
    from app.store.prompt_sets import PromptSetStore
    from app.ui.event_loop import close_event_loop, create_event_loop
    from app.ui.notices import Notices
    from app.ui.prompt_sets.run_view import RunView
    from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter

    app = make_app()
    app.setQuitOnLastWindowClosed(False)  # the warm-up's view closes before the measured one
    presets = {preset.name: preset for preset in builtin_presets()}
    columns = [(name, presets[name].apply_to(ChatSettings())) for name in PRESETS]
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as folder:
        connection = open_database(Path(folder) / "history.sqlite3")
        history = HistoryStore(connection)
        loop = create_event_loop(app)
        try:
            with FakeOpenRouter() as fake:
                http = httpx.AsyncClient(
                    limits=httpx.Limits(max_connections=16, keepalive_expiry=60)
                )
                client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
                chat = ChatService(client, history)
                comparisons = ComparisonStore(connection, history)
                compare = CompareService(chat, comparisons, history)
                runs = PromptSetService(
                    chat, compare, PromptSetStore(connection, history), comparisons, history, None
                )
                views: list[Any] = []

                def make_view(count: int) -> Any:
                    items = tuple(
                        PromptItem(f"Prompt {n}: please explain this in detail, with code.")
                        for n in range(count)
                    )
                    prompt_set = runs.save_set(PromptSet(f"Benchmark set of {count}", items))
                    run = runs.create_run(
                        prompt_set, columns, blind=False, fair=False, concurrency=CONCURRENCY
                    )
                    view = RunView(run.id, runs, compare, history, Notices())
                    view.resize(*VIEW_SIZE)
                    view.show()
                    views.append(view)
                    return view

                try:
                    result = loop.run_until_complete(
                        stall_run(make_view, runs, history, fake, prompts, tokens)
                    )
                finally:
                    loop.run_until_complete(http.aclose())
                if fake.errors:
                    raise AssertionError(f"the fake server failed:\n{fake.errors[0]}")
            for view in views:
                if shiboken6.isValid(view):  # (the warm-up's is gone)
                    view.close()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            close_event_loop(loop)
            loop.close()
            connection.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    stall = commands.add_parser("stall")
    stall.add_argument("--quick", action="store_true", help="3 prompts of short answers")
    stall.add_argument("--prompts", type=int, default=None)
    stall.add_argument("--tokens", type=int, default=None, help="tokens per answer")
    args = parser.parse_args(argv)
    prompts, tokens = QUICK if args.quick else FULL
    report(bench_stall(args.prompts or prompts, args.tokens or tokens))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
