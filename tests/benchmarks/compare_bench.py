"""The compare benchmark's child process: one measurement in a fresh QApplication.

``run.py`` starts it with ``QT_QPA_PLATFORM=offscreen`` (unless ``--display``) and a temporary
``SWITCHBOARD_HOME``. It prints one line ``bench-result {json}`` and exits 0; anything else is a
failure (the traceback goes to stderr)::

    python tests/benchmarks/compare_bench.py stall --tokens 1500

stall   a real CompareView (1380x860, shown) of four columns, the built-in presets Balanced,
        Precise, Creative and Reproducible applied to ``ChatSettings()``, on a qasync loop,
        with a real HistoryStore and ComparisonStore on a temporary SQLite file, a real
        CompareService, ChatService and OpenRouterClient, and the fake server in threads of
        this process. The fake's default scenario streams ``--tokens`` tokens of Markdown at
        about 300 a second to each column. A short first turn (one-time imports) is measured
        apart; then a 5 ms precise QTimer records its ticks from ``send`` until all four
        columns have finished, then for as long again with the loop idle. Reports the gaps
        between ticks, the rates achieved, and what ran during the longest gap (the app's
        methods that matter here are wrapped, as instance attributes, to time each call).
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import gc
import itertools
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from PySide6.QtCore import QEvent, QObject  # noqa: E402

from tests.benchmarks.chat_view_bench import (  # noqa: E402 (sets QT_API before qasync)
    PROBE_INTERVAL_MS,
    PROMPT,
    TickProbe,
    gap_summary,
    make_app,
    markdown_tokens,
    percentile,
    report,
)

VIEW_SIZE = (1380, 860)  # the main window's default size (MainWindow._size_to_screen)
PRESETS = ("Balanced", "Precise", "Creative", "Reproducible")
# 1/300 s would give ~250 tokens/s: each pause of the fake overshoots by ~0.7 ms here (select,
# and four streams plus the GUI thread share the GIL). The diagnostics report the rate achieved.
TOKEN_DELAY_S = 0.0026
# Markdown with a list and a code block, so the renderer and Pygments are warm after it.
WARM_UP_TEXT = (
    "A short **first** answer, to warm up.\n\n- one `item`\n- two\n\n"
    "```python\ndef handle(request):\n    return compute(request.body)\n```\n\nDone."
)
TOP_CALLS = 6  # the longest calls listed for the worst gap
UNWRAPPED = "the rest (Qt outside these calls, asyncio, httpx, the fake's threads, idle)"


# --------------------------------------------------------------------------------------------
# Instrumentation
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Call:
    label: str
    column: int  # -1: not a column's
    start: float
    end: float
    own: float  # seconds in this call, less the wrapped calls made inside it


@dataclass
class Timeline:
    """Wraps methods (instance attributes only) to record every call: when, and its own time."""

    calls: list[Call] = field(default_factory=list)
    inner: list[float] = field(default_factory=list)  # time in timed callees, per open call

    def wrap(
        self, target: Any, name: str, label: str | Callable[..., str], column: int = -1
    ) -> None:
        """Replace ``target.name`` by a timed call; ``label`` may depend on the arguments."""
        original = getattr(target, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            text = label(*args, **kwargs) if callable(label) else label
            return self.timed(text, column, lambda: original(*args, **kwargs))

        setattr(target, name, wrapped)

    def timed(self, label: str, column: int, run: Callable[[], Any]) -> Any:
        """Run ``run()`` as one recorded call."""
        self.inner.append(0.0)
        started = time.perf_counter()
        try:
            return run()
        finally:
            ended = time.perf_counter()
            inner = self.inner.pop()
            if self.inner:
                self.inner[-1] += ended - started
            self.calls.append(Call(label, column, started, ended, ended - started - inner))

    def of(self, label: str, column: int | None = None) -> list[Call]:
        return [
            c for c in self.calls if c.label == label and (column is None or c.column == column)
        ]


class CpuTickProbe(TickProbe):
    """The stall benchmark's probe, also noting the main thread's CPU time at each tick, so a
    long gap tells working (CPU) from waiting (the GIL, a disk flush)."""

    def __init__(self, interval_ms: int) -> None:
        super().__init__(interval_ms)
        self.cpu: list[float] = []

    def _tick(self) -> None:
        super()._tick()
        self.cpu.append(time.thread_time())

    def start(self) -> None:
        super().start()
        self.cpu = [time.thread_time()]

    def stop(self) -> list[float]:
        gaps = super().stop()
        self.cpu.append(time.thread_time())
        return gaps


class GcTimer:
    """Records each collection of Python's garbage collector as a call on the timeline."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self.started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self.started = now
        elif self.started:
            spent = now - self.started
            label = f"Python garbage collection (generation {info['generation']})"
            self.timeline.calls.append(Call(label, -1, self.started, now, spent))
            if self.timeline.inner:  # it interrupted a timed call: not that call's own time
                self.timeline.inner[-1] += spent


class PaintTimer(QObject):
    """Times each paint of a transcript's viewport: it runs the scroll area's own handling of
    the paint event (what QAbstractScrollArea's viewport filter does) inside the timing."""

    def __init__(self, timeline: Timeline, transcript: Any, column: int) -> None:
        super().__init__()
        self.timeline, self.transcript, self.column = timeline, transcript, column
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() != QEvent.Type.Paint:
            return False
        self.paints += 1
        self.timeline.timed(
            "paint (transcript)", self.column, lambda: self.transcript.viewportEvent(event)
        )
        return True


@dataclass(frozen=True, slots=True)
class Change:
    """A transcript document's ``contentsChange``: Qt emits it at the end of an edit (block),
    just before its document layout lays out the changed range."""

    column: int
    at: float
    position: int
    added: int
    length: int  # the document's characters after the change

    @property
    def span(self) -> int:
        """Characters the layout has to lay out again: from the change to its end (Qt's
        ``added`` sums every insertion of an edit block, so it is clamped to the document)."""
        return min(self.added, self.length - self.position)


def watch_changes(transcript: Any, column: int, changes: list[Change]) -> None:
    document = transcript.document()

    def changed(position: int, _removed: int, added: int) -> None:
        at = time.perf_counter()
        changes.append(Change(column, at, position, added, document.characterCount()))

    document.contentsChange.connect(changed)


def split_edit(call: Call, changes: list[Change]) -> dict[str, float] | None:
    """A call that edits a document, split at its last ``contentsChange``: the edit before it,
    the layout (and what reacts to it) after; with how many characters it lays out again."""
    inside = [c for c in changes if c.column == call.column and call.start <= c.at <= call.end]
    if not inside:
        return None
    last = inside[-1]
    return {
        "edit_ms": (last.at - call.start) * 1000,
        "layout_ms": (call.end - last.at) * 1000,
        "relaid_chars": last.span,
    }


def watch_shown(transcript: Any, shown: list[tuple[int, int]]) -> None:
    """Just before each end_stream, note how many characters the document holds from the
    answer's start to its end, and how many were streamed (a check, not timed)."""
    end_stream = transcript.end_stream

    def noting(message: Any) -> None:
        stream = transcript._stream
        if stream is not None:
            document = transcript.document()
            shown.append((document.characterCount() - stream.start.position(), len(stream.text)))
        end_stream(message)

    transcript.end_stream = noting


def instrument(
    view: Any, history: Any, timeline: Timeline, changes: list[Change], shown: list[Any]
) -> list[PaintTimer]:
    def apply_label(column: Any, event: Any) -> str:
        return f"listener ({type(event).__name__})"

    timeline.wrap(view, "_apply", apply_label)
    for name in ("_update_stats", "_column_done", "refresh_diff"):
        timeline.wrap(view, name, f"CompareView.{name}")
    for name in ("add_message", "update_message", "rename_conversation", "delete_messages_from"):
        timeline.wrap(history, name, f"HistoryStore.{name} (SQLite commit)")
    for name in ("messages", "last_messages", "get_conversation", "count_messages"):
        timeline.wrap(history, name, f"HistoryStore.{name}")
    painters = []
    for number, column in enumerate(view.columns):
        transcript = column.transcript
        timeline.wrap(transcript, "stream_grew", "Transcript.stream_grew", number)
        timeline.wrap(transcript, "_render_tail", "Transcript._render_tail (tail render)", number)
        timeline.wrap(transcript, "end_stream", "Transcript.end_stream (final render)", number)
        timeline.wrap(transcript, "begin_stream", "Transcript.begin_stream", number)
        # Inside end_stream: the document edit and its layout are _finish_stream's own time.
        timeline.wrap(
            transcript, "_finish_stream", "Transcript._finish_stream (edit, layout)", number
        )
        timeline.wrap(transcript, "_announce", "Transcript._announce (accessibility)", number)
        timeline.wrap(transcript, "scroll_to_bottom", "Transcript.scroll_to_bottom", number)
        for name in ("_render", "_header_html", "_footer_html"):
            timeline.wrap(transcript, name, f"Transcript.{name} (Markdown to HTML)", number)
        watch_changes(transcript, number, changes)
        watch_shown(transcript, shown)
        painter = PaintTimer(timeline, transcript, number)
        transcript.viewport().installEventFilter(painter)
        painters.append(painter)
    return painters


def breakdown(calls: list[Call], start: float, end: float) -> dict[str, list[float]]:
    """[own milliseconds, calls] per label of the calls that began in [start, end), longest
    first, then the rest of the time."""
    spent: dict[str, list[float]] = defaultdict(lambda: [0.0, 0])
    for call in calls:
        if start <= call.start < end:
            spent[call.label][0] += call.own * 1000
            spent[call.label][1] += 1
    rest = (end - start) * 1000 - sum(ms for ms, _ in spent.values())
    ordered = dict(sorted(spent.items(), key=lambda item: -item[1][0]))
    ordered[UNWRAPPED] = [rest, 0]
    return ordered


# --------------------------------------------------------------------------------------------
# The measurement
# --------------------------------------------------------------------------------------------


async def one_turn(view: Any, probe: TickProbe, prompt: str) -> tuple[float, float, list[float]]:
    """Send ``prompt`` to every column with the probe running: (start, seconds, gaps)."""
    done = asyncio.Event()

    def changed(busy: bool) -> None:
        if not busy:
            done.set()

    view.busy_changed.connect(changed)
    probe.start()
    started = time.perf_counter()
    view.send(prompt)
    if not view.busy:
        raise AssertionError("the comparison did not start")
    await asyncio.wait_for(done.wait(), timeout=60)
    seconds = time.perf_counter() - started
    gaps = probe.stop()
    view.busy_changed.disconnect(changed)
    return started, seconds, gaps


def worst_gap(
    timeline: Timeline,
    ticks: list[float],
    cpu: list[float],
    started: float,
    phase: tuple[float, float],
) -> dict[str, Any]:
    """The longest gap between consecutive ``ticks`` (``cpu``: the main thread's CPU time at
    each): when, how long, how much of it the main thread worked, what ran in it. ``phase``:
    the ``first`` and ``finishing`` of ``phase_of``."""
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    index = max(range(len(gaps)), key=gaps.__getitem__)
    low, high = ticks[index], ticks[index + 1]
    inside = sorted((c for c in timeline.calls if low <= c.start < high), key=lambda c: -c.own)
    return {
        "at_s": max(0.0, low - started),  # the probe starts just before send
        "ms": (high - low - PROBE_INTERVAL_MS / 1000) * 1000,
        "wall_ms": (high - low) * 1000,
        "cpu_ms": (cpu[index + 1] - cpu[index]) * 1000,
        "phase": phase_of(high, *phase),
        "breakdown_ms": breakdown(timeline.calls, low, high),
        "calls": [
            [c.label, c.column, round(c.own * 1000, 2), round((c.start - started) * 1000, 1)]
            for c in inside[:TOP_CALLS]
        ],
    }


def phase_of(tick: float, first: float, finishing: float) -> str:
    """The part of the turn a gap ending at ``tick`` belongs to: ``first`` is the first token
    of any column, ``finishing`` the last token of the first column to end."""
    if tick < first:
        return "before the first token"
    return "while all four stream" if tick <= finishing else "as the columns finish"


def phase_gaps(ticks: list[float], low: float, high: float) -> list[float]:
    """The gaps whose ending tick falls in [low, high] (as the stall benchmark counts them)."""
    return [b - a for a, b in itertools.pairwise(ticks) if low <= b <= high]


async def stall_run(
    view: Any, history: Any, fake: Any, tokens: int, token_delay: float
) -> dict[str, Any]:
    from tests.fakes.fake_openrouter import Scenario

    probe = CpuTickProbe(PROBE_INTERVAL_MS)
    await asyncio.sleep(0.3)  # settle: the first paints, the timers of showing the window
    # A short first turn: the process's one-time costs (the first request imports anyio's
    # asyncio backend, the Markdown renderer warms up) are reported apart.
    fake.default = Scenario(text=WARM_UP_TEXT, token_delay=token_delay)
    _, warm_up_s, first_turn = await one_turn(view, probe, "Hello")
    await asyncio.sleep(0.3)

    chunks = markdown_tokens(tokens, seed=7)
    text = "".join(chunks)
    fake.default = Scenario(text=text, token_delay=token_delay, created=1_700_000_000)
    timeline, changes, shown = Timeline(), [], []
    painters = instrument(view, history, timeline, changes, shown)
    generations_before = len(fake.generations)
    collections = GcTimer(timeline)
    gc.callbacks.append(collections)
    try:
        started, turn_s, turn_gaps = await one_turn(view, probe, PROMPT)
    finally:
        gc.callbacks.remove(collections)
    ticks, cpu = probe.ticks, probe.cpu

    await asyncio.sleep(0.2)
    probe.start()
    await asyncio.sleep(turn_s)
    idle_gaps = probe.stop()
    await asyncio.sleep(0.2)  # let the fake record the end of the streams

    columns = len(view.columns)
    texts = [[c.start for c in timeline.of("Transcript.stream_grew", n)] for n in range(columns)]
    for number, arrived in enumerate(texts):
        if len(arrived) != tokens:
            raise AssertionError(f"column {number} got {len(arrived)} texts, expected {tokens}")
    # Tokens arrive in every column from ``first`` until ``finishing`` (the last token of the
    # first column to end); after it the columns finish (their final renders), one by one.
    first, finishing = min(t[0] for t in texts), min(t[-1] for t in texts)
    ends = timeline.of("Transcript.end_stream (final render)")
    renders = timeline.of("Transcript._render_tail (tail render)")
    top_level_renders = [r for r in renders if not any(e.start <= r.start <= e.end for e in ends)]
    records = list(fake.generations.values())[generations_before:]
    server_rates = [
        tokens / float(r["generation_time"]) * 1000 for r in records if r.get("generation_time")
    ]

    # The ticks of the gaps that end while all four stream, as phase_gaps counts them.
    low = max(0, bisect.bisect_left(ticks, first) - 1)
    high = bisect.bisect_right(ticks, finishing)
    gc_calls = [c for c in timeline.calls if c.label.startswith("Python garbage")]
    return {
        "tokens": tokens,
        "columns": columns,
        "chars": len(text),
        "token_delay_s": token_delay,
        "turn_s": turn_s,
        "warm_up_s": warm_up_s,
        "first_token_s": first - started,
        "finishing_s": finishing - started,
        "last_token_s": max(t[-1] for t in texts) - started,
        "client_rates": [(len(t) - 1) / (t[-1] - t[0]) for t in texts],
        "server_rates": server_rates,
        "turn": gap_summary(turn_gaps),
        "streaming": gap_summary(phase_gaps(ticks, first, finishing)),
        "ending": gap_summary(phase_gaps(ticks, finishing + 1e-9, float("inf"))),
        "idle": gap_summary(idle_gaps),
        "first_turn": gap_summary(first_turn),
        "worst_gap": worst_gap(timeline, ticks, cpu, started, (first, finishing)),
        "worst_streaming_gap": worst_gap(
            timeline, ticks[low:high], cpu[low:high], started, (first, finishing)
        ),
        "turn_cpu_s": cpu[-1] - cpu[0],
        "gc_count": len(gc_calls),
        "gc_max_ms": max((c.own for c in gc_calls), default=0.0) * 1000,
        "turn_breakdown_ms": breakdown(timeline.calls, started, started + turn_s),
        "end_stream_ms": [(c.end - c.start) * 1000 for c in ends],
        "final_edits": [
            split_edit(c, changes) for c in timeline.of("Transcript._finish_stream (edit, layout)")
        ],
        "tail_edits": [split_edit(r, changes) for r in top_level_renders],
        "shown_before_end": shown,  # [document characters of the answer, streamed characters]
        "end_stream_at_s": [c.start - started for c in ends],
        "renders": len(top_level_renders),
        "render_max_ms": max((r.own for r in top_level_renders), default=0.0) * 1000,
        "render_median_ms": percentile([r.own for r in top_level_renders], 0.5) * 1000,
        "paints": sum(p.paints for p in painters),
        "paint_max_ms": max((c.own for c in timeline.of("paint (transcript)")), default=0) * 1000,
    }


def bench_stall(tokens: int, token_delay: float) -> dict[str, Any]:
    import httpx

    from app.api import OpenRouterClient
    from app.core.conversation import ChatSettings, MessageStatus
    from app.services.chat import ChatService
    from app.services.compare import CompareService
    from app.store.comparisons import ComparisonStore
    from app.store.database import open_database
    from app.store.history import HistoryStore
    from app.store.preset_store import builtin_presets
    from app.ui.compare.compare_view import CompareView
    from app.ui.event_loop import close_event_loop, create_event_loop
    from app.ui.notices import Notices
    from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter

    app = make_app()
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
                compare = CompareService(
                    ChatService(client, history), ComparisonStore(connection, history), history
                )
                comparison = compare.create("Benchmark comparison", columns)
                view = CompareView(comparison.id, compare, history, Notices())
                view.resize(*VIEW_SIZE)
                view.show()
                try:
                    result = loop.run_until_complete(
                        stall_run(view, history, fake, tokens, token_delay)
                    )
                finally:
                    loop.run_until_complete(http.aclose())
                if fake.errors:
                    raise AssertionError(f"the fake server failed:\n{fake.errors[0]}")
            for column in view.columns:
                answer = history.messages(column.conversation_id)[-1]
                if answer.status is not MessageStatus.COMPLETE:
                    raise AssertionError(f"{column.label} ended {answer.status}: {answer.error}")
            result["labels"] = [column.label for column in view.columns]
            result["column_width"] = view.columns[0].transcript.viewport().width()
            view.close()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            close_event_loop(loop)
            loop.close()
            connection.close()
    return result


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    stall = commands.add_parser("stall")
    stall.add_argument("--tokens", type=int, default=1_500)
    stall.add_argument("--token-delay", type=float, default=TOKEN_DELAY_S, help="seconds")
    args = parser.parse_args(argv)
    report(bench_stall(args.tokens, args.token_delay))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
