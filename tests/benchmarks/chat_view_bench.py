"""The chat-view benchmarks' child process: one measurement in a fresh QApplication.

``run.py`` starts it with ``QT_QPA_PLATFORM=offscreen`` (unless ``--display``) and a temporary
``SWITCHBOARD_HOME``. It prints one line ``bench-result {json}`` and exits 0; anything else is a
failure (the traceback goes to stderr)::

    python tests/benchmarks/chat_view_bench.py append --tokens 50000
    python tests/benchmarks/chat_view_bench.py append-thinking --tokens 50000
    python tests/benchmarks/chat_view_bench.py stall --tokens 3000 --messages 200
    python tests/benchmarks/chat_view_bench.py stall --tokens 3000 --messages 200 --thinking
    python tests/benchmarks/chat_view_bench.py open --messages 1000 --versions 200 --scroll
    python tests/benchmarks/chat_view_bench.py switch --messages 1000 --versions 200

append  a real Transcript (900x700, shown) streams ``--tokens`` tokens of Markdown. Every 10th
        token the transcript's flush runs synchronously (its 33 ms timer is stopped first, so
        wall time never decides how often it renders), then ``processEvents`` lays out and
        paints. Reports the seconds spent on each tenth of the tokens.
append-thinking
        the same, but as a model that thinks: a real ChatView (900x700, shown) sends through
        the real ChatService and Turn to a client that, instead of the network, yields
        ``--tokens`` ReasoningDelta events (thinking) and then ``--tokens`` TextDelta events
        (the answer), then usage and the finish. The events take the app's own path (Turn,
        its events, the ChatView, its Transcript). The transcript's refresh is the public
        ``refresh_stream`` (``refreshes_itself`` off, as Compare's columns run), called every
        10th event, then ``processEvents``. Reports the seconds spent on each tenth of the
        thinking and of the answer.
stall   a real ChatView on a qasync loop, on a temporary SQLite history holding ``--messages``
        messages, sends a prompt through the real ChatService and OpenRouterClient to the fake
        server, which streams ``--tokens`` tokens at about 1,000 a second. A 5 ms precise
        QTimer records its ticks while the turn runs, then for as long again with the loop
        idle. Reports the gaps between ticks and what the stream and the transcript did.
        ``--thinking``: the fake first streams ``--tokens`` pieces of thinking at the same
        rate, then the answer's ``--tokens`` tokens.
open    a temporary history holds a ``--messages`` conversation (code blocks in many). First a
        different 10-message conversation is opened and closed (the warm-up: imports, fonts,
        Pygments lexers), then the clock runs from creating the ChatView through ``show`` and
        ``processEvents`` until the transcript has painted scrolled to its end, with the last
        message's text in the document, and checks that this text is inside the viewport.
        ``--scroll`` then pages up to the very first message (which loads the earlier pages),
        timing each step. ``--versions N``: N answers also have an older version off screen;
        none of them may be drawn.
switch  the same conversation (``--versions`` of its answers with another version) in a real
        ChatView: pages up to the answer with versions nearest the middle, then times
        ``action_requested.emit(NEXT_VERSION_ACTION, id)`` until the other version is painted
        (the first version's later turns gone), and ``PREVIOUS_VERSION_ACTION`` back.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("QT_API", "pyside6")  # qasync must pick PySide6

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractSlider, QApplication  # noqa: E402

VIEW_SIZE = (900, 700)
RESULT_PREFIX = "bench-result "
FLUSH_EVERY = 10  # tokens between forced flushes in ``append``
PROBE_INTERVAL_MS = 5
# 1 ms would give ~800 tokens/s: each pause of the fake overshoots by ~0.25 ms (select).
TOKEN_DELAY_S = 0.0008  # ~1,000 tokens/s here; the diagnostics report the achieved rate
PROMPT = "Please explain this in detail, with code."
_TOKEN_RE = re.compile(r"\s*\S+|\s+")  # the fake server's own split: one word and its space

# --------------------------------------------------------------------------------------------
# Realistic Markdown
# --------------------------------------------------------------------------------------------

_WORD_TEXT = (
    "the a of to and in is that for it as with on this be are by from at or an which can "
    "value function request stream message window layout render token answer model server "
    "client cache update buffer thread event loop frame block document cursor widget text "
    "quickly usually simply instead because however therefore although returns handles keeps "
    "changes reads writes builds checks measures shows stores sends receives parses"
)
_WORDS = _WORD_TEXT.split()
_CODE_LINES = (
    "def handle(request):",
    "    result = compute(request.body, limit=100)",
    "    if not result:",
    '        raise ValueError("empty result")',
    "    for index, item in enumerate(result.items):",
    "        total += item.price * item.count",
    "    cache[key] = {'value': total, 'at': time.time()}",
    "    return Response(status=200, body=json.dumps(total))",
    "class Buffer:",
    "    def __init__(self, size: int = 4096) -> None:",
    "        self.data = bytearray(size)",
    "async def main() -> None:",
    "    async with httpx.AsyncClient() as client:",
    "        response = await client.get(URL, timeout=10.0)",
)


def _sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(_WORDS) for _ in range(words)]
    for i in range(len(picked)):
        roll = rng.random()
        if roll < 0.03:
            picked[i] = f"**{picked[i]}**"
        elif roll < 0.05:
            picked[i] = f"`{picked[i]}()`"
    return " ".join(picked).capitalize() + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng, rng.randint(8, 18)) for _ in range(sentences))


def _bullets(rng: random.Random) -> str:
    ordered = rng.random() < 0.4
    items = rng.randint(3, 6)
    return "\n".join(
        f"{n + 1}. {_sentence(rng, rng.randint(5, 12))}"
        if ordered
        else f"- {_sentence(rng, rng.randint(5, 12))}"
        for n in range(items)
    )


def _code(rng: random.Random, lines: int) -> str:
    body = "\n".join(rng.choice(_CODE_LINES) for _ in range(lines))
    return f"```python\n{body}\n```"


def markdown_blocks(rng: random.Random) -> Iterator[str]:
    """An endless answer: paragraphs, some lists and headings, a code block every few blocks."""
    section = 0
    while True:
        section += 1
        if section % 5 == 1:
            yield f"## Part {section // 5 + 1}"
        yield _paragraph(rng, rng.randint(2, 5))
        if rng.random() < 0.35:
            yield _bullets(rng)
        yield _paragraph(rng, rng.randint(1, 4))
        if section % 2 == 0 or rng.random() < 0.3:
            yield _code(rng, rng.randint(5, 16))


def markdown_blocks_list(count: int, seed: int) -> list[str]:
    blocks = markdown_blocks(random.Random(seed))
    return [next(blocks) for _ in range(count)]


def markdown_tokens(count: int, seed: int = 1) -> list[str]:
    """``count`` tokens (a word with the whitespace before it) of blank-line separated blocks."""
    rng = random.Random(seed)
    tokens: list[str] = []
    for block in markdown_blocks(rng):
        tokens.extend(_TOKEN_RE.findall(("\n\n" if tokens else "") + block))
        if len(tokens) >= count:
            return tokens[:count]
    raise AssertionError("unreachable")


def marker(number: int) -> str:
    return f"zqmarker{number}zq"  # a word rendered as is, to find a message in the document


def stored_text(rng: random.Random, role: str, number: int, *, code_share: float) -> str:
    """A stored message of a few hundred characters; answers often hold a code block."""
    if role == "user":
        text = _paragraph(rng, rng.randint(1, 3))
        if rng.random() < 0.15:
            text += "\n\n" + _code(rng, rng.randint(2, 5))
    else:
        parts = [_paragraph(rng, rng.randint(2, 4))]
        if rng.random() < code_share:
            parts.append(_code(rng, rng.randint(4, 10)))
        if rng.random() < 0.3:
            parts.append(_bullets(rng))
        text = "\n\n".join(parts)
    return f"{text}\n\nEnd of message {marker(number)}."


def version_marker(number: int) -> str:
    return f"zqversion{number}zq"  # only in versions off screen: never in the document at open


def prefill(
    history: Any, count: int, *, seed: int, code_share: float = 0.6, versions: int = 0
) -> int:
    """A conversation of ``count`` alternating user and assistant messages; returns its id.
    ``versions``: that many older versions of answers, spread evenly over the conversation
    (each answer has at most one; the answers written first stay on screen)."""
    rng = random.Random(seed)
    conversation = history.create_conversation(f"Benchmark conversation of {count}")
    answers: list[tuple[int, int, int]] = []  # (number, id, its prompt's id)
    prompt_id = 0
    for number in range(1, count + 1):
        role = "user" if number % 2 else "assistant"
        text = stored_text(rng, role, number, code_share=code_share)
        if role == "user":
            prompt_id = history.add_message(conversation.id, "user", text).id
        else:
            answer = history.add_message(
                conversation.id, "assistant", text, **answer_fields(number, text)
            )
            answers.append((number, answer.id, prompt_id))
    if versions > len(answers):
        raise ValueError(f"{versions} versions for {len(answers)} answers")
    for index in range(versions):
        number, answer_id, parent = answers[index * len(answers) // versions]
        text = stored_text(rng, "assistant", number, code_share=code_share)
        text += f" Another version {version_marker(number)}."
        history.add_message(
            conversation.id,
            "assistant",
            text,
            parent=parent,
            **answer_fields(number, text),
        )
        history.show_version(answer_id)  # the branch on screen stays the first one
    return int(conversation.id)


def answer_fields(number: int, text: str) -> dict[str, Any]:
    from app.core.conversation import MessageStatus

    return {
        "status": MessageStatus.COMPLETE,
        "model": "openai/gpt-4o-mini",
        "provider": "OpenAI",
        "prompt_tokens": 1200 + number,
        "completion_tokens": len(text) // 4,
        "cost": Decimal("0.000321"),
        "finish_reason": "stop",
        "elapsed_s": 2.5,
    }


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    return app


def report(data: dict[str, Any]) -> None:
    print(RESULT_PREFIX + json.dumps(data), flush=True)


def settle(app: QApplication, seconds: float = 0.1) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class PaintWatch(QObject):
    """Notes each paint of a widget (the viewport of a transcript), with a check at that time."""

    def __init__(self, check: Callable[[], bool]) -> None:
        super().__init__()
        self.check = check
        self.paints = 0
        self.painted_ok = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            if self.check():
                self.painted_ok = True
        return False


# --------------------------------------------------------------------------------------------
# append: the cost per token of a long streaming answer
# --------------------------------------------------------------------------------------------


def bench_append(tokens: int) -> dict[str, Any]:
    from app.core.conversation import Message, MessageStatus
    from app.ui.chat.transcript import Transcript
    from tests.helpers.documents import GrowingText

    app = make_app()
    stream = markdown_tokens(tokens)
    transcript = Transcript()
    transcript.resize(*VIEW_SIZE)
    transcript.show()
    # An earlier turn with a code block: Markdown, Pygments and fonts are warm before timing.
    earlier = "\n\n".join(markdown_blocks_list(12, seed=2))
    transcript.show_messages(
        [
            Message(1, 1, "user", "Show me some code."),
            Message(2, 1, "assistant", earlier, model="openai/gpt-4o-mini"),
            Message(3, 1, "user", "Now write a very long answer, please."),
        ]
    )
    settle(app)
    answer = Message(4, 1, "assistant", "", MessageStatus.STREAMING, model="openai/gpt-4o-mini")
    so_far = GrowingText()
    transcript.begin_stream(answer, so_far)
    app.processEvents()
    timer = transcript._flush_timer
    tenths = [0.0] * 10
    flushes = [0.0] * 10  # of which in _flush: Markdown, editing the document, its layout
    tenth = max(1, tokens // 10)
    watch = PaintWatch(lambda: True)
    transcript.viewport().installEventFilter(watch)
    total_started = time.perf_counter()
    for start in range(0, tokens, FLUSH_EVERY):
        group = stream[start : start + FLUSH_EVERY]
        started = time.perf_counter()
        for token in group:
            so_far.add(token)
            transcript.stream_grew()
        timer.stop()  # the flush happens here, not when 33 ms of wall time have passed
        flush_started = time.perf_counter()
        transcript._flush()
        flushed = time.perf_counter()
        app.processEvents()
        ended = time.perf_counter()
        tenths[min(9, start // tenth)] += ended - started
        flushes[min(9, start // tenth)] += flushed - flush_started
    total = time.perf_counter() - total_started
    text = transcript.streaming_text
    if text != "".join(stream):
        raise AssertionError("the transcript lost streamed text")
    bar = transcript.verticalScrollBar()
    return {
        "tokens": tokens,
        "chars": len(text),
        "tenths_s": tenths,
        "flush_tenths_s": flushes,
        "total_s": total,
        "paints": watch.paints,
        "flushes": -(-tokens // FLUSH_EVERY),
        "blocks": transcript.document().blockCount(),
        "pinned_to_end": bar.value() == bar.maximum(),
    }


class ScriptedClient:
    """Stands in for ``OpenRouterClient`` in ``append-thinking``: ``stream_chat`` yields the
    bench's events in groups and calls ``after_group(start)`` once every event of a group has
    been applied (an async generator resumes only when its consumer asks for the next event).
    No network, so the figure is the app's own work per event."""

    base_url = "http://bench.invalid/api/v1"

    def __init__(
        self,
        events: list[Any],
        tail: list[Any],
        every: int,
        after_group: Callable[[int], None],
        started: Callable[[], None],
    ) -> None:
        self.started = started  # called as the stream starts (the request was sent)
        self.events = events
        self.tail = tail  # usage and the finish, after the last group
        self.every = every
        self.after_group = after_group

    async def stream_chat(self, request: Any) -> Any:
        self.started()
        for start in range(0, len(self.events), self.every):
            for event in self.events[start : start + self.every]:
                yield event
            self.after_group(start)
        for event in self.tail:
            yield event


def bench_append_thinking(tokens: int) -> dict[str, Any]:
    from app.api import Finished, ReasoningDelta, TextDelta, UsageReport
    from app.core.conversation import MessageStatus
    from app.core.usage import Usage
    from app.services.chat import ChatService
    from app.store.database import open_database
    from app.store.history import HistoryStore
    from app.ui.chat.chat_view import ChatView
    from app.ui.notices import Notices

    app = make_app()
    thinking = markdown_tokens(tokens, seed=3)
    answer = markdown_tokens(tokens)
    events: list[Any] = [ReasoningDelta(piece) for piece in thinking]
    events += [TextDelta(piece) for piece in answer]
    tenth = max(1, tokens // 10)
    tenths = [0.0] * 20  # the thinking's ten, then the answer's ten
    flushes = [0.0] * 20  # of which in refresh_stream
    clock = {"at": 0.0}
    view_box: list[Any] = []

    def after_group(start: int) -> None:
        transcript = view_box[0].transcript
        flush_started = time.perf_counter()
        transcript.refresh_stream()
        flushed = time.perf_counter()
        app.processEvents()
        ended = time.perf_counter()
        slot = min(9, (start % tokens) // tenth) + (10 if start >= tokens else 0)
        tenths[slot] += ended - clock["at"]
        flushes[slot] += flushed - flush_started
        clock["at"] = time.perf_counter()

    usage = Usage(prompt_tokens=500, completion_tokens=2 * tokens, reasoning_tokens=tokens)

    def started() -> None:  # the clock starts with the stream, not with the send
        clock["at"] = time.perf_counter()

    client = ScriptedClient(
        events, [UsageReport(usage), Finished("stop")], FLUSH_EVERY, after_group, started
    )

    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as folder:
        connection = open_database(Path(folder) / "history.sqlite3")
        history = HistoryStore(connection)
        conversation = history.create_conversation("Benchmark: a thinking answer")
        # An earlier turn with a code block: Markdown, Pygments and fonts are warm.
        history.add_message(conversation.id, "user", "Show me some code.")
        earlier = "\n\n".join(markdown_blocks_list(12, seed=2))
        history.add_message(conversation.id, "assistant", earlier, model="openai/gpt-4o-mini")
        service = ChatService(client, history)  # type: ignore[arg-type]
        view = ChatView(conversation.id, service, history, Notices())
        view_box.append(view)
        view.transcript.refreshes_itself = False  # refreshed here, every 10th event
        view.resize(*VIEW_SIZE)
        view.show()
        settle(app)
        watch = PaintWatch(lambda: True)
        view.transcript.viewport().installEventFilter(watch)

        async def run() -> None:
            view.send("Think hard, then write a very long answer, please.")
            task = view.turn
            assert task is not None
            await task

        total_started = time.perf_counter()
        asyncio.run(run())
        total = time.perf_counter() - total_started
        stored = history.messages(conversation.id)[-1]
        if stored.status is not MessageStatus.COMPLETE or stored.content != "".join(answer):
            raise AssertionError(f"the answer ended {stored.status}, or lost text")
        if stored.reasoning != "".join(thinking):
            raise AssertionError("the thinking was not kept whole")
        bar = view.transcript.verticalScrollBar()
        settle(app)
        result = {
            "tokens": tokens,
            "chars": len(stored.content),
            "thinking_chars": len(stored.reasoning),
            "thinking_tenths_s": tenths[:10],
            "answer_tenths_s": tenths[10:],
            "thinking_flush_tenths_s": flushes[:10],
            "answer_flush_tenths_s": flushes[10:],
            "total_s": total,
            "paints": watch.paints,
            "blocks": view.transcript.document().blockCount(),
            "pinned_to_end": bar.value() == bar.maximum(),
        }
        view.close()
        connection.close()
    return result


# --------------------------------------------------------------------------------------------
# stall: the event loop while a fast stream renders
# --------------------------------------------------------------------------------------------


class TickProbe:
    """A precise timer; the gaps between its ticks show how long the event loop was busy."""

    def __init__(self, interval_ms: int) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.ticks: list[float] = []

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.ticks.append(time.perf_counter())  # a stall at the very end counts too
        return [b - a for a, b in itertools.pairwise(self.ticks)]


class Instrumented:
    """Wraps a few transcript methods (instance attributes only) to see what the stream did."""

    def __init__(self, transcript: Any) -> None:
        self.texts: list[float] = []
        self.renders: list[float] = []
        self.end_stream_s = 0.0
        stream_grew, render_tail, end_stream = (
            transcript.stream_grew,
            transcript._render_tail,
            transcript.end_stream,
        )

        def counted_stream_grew() -> None:
            self.texts.append(time.perf_counter())
            stream_grew()

        def timed_render_tail(**kwargs: Any) -> None:
            started = time.perf_counter()
            render_tail(**kwargs)
            self.renders.append(time.perf_counter() - started)

        def timed_end_stream(message: Any) -> None:
            started = time.perf_counter()
            end_stream(message)
            self.end_stream_s = time.perf_counter() - started

        transcript.stream_grew = counted_stream_grew
        transcript._render_tail = timed_render_tail
        transcript.end_stream = timed_end_stream


def gap_summary(gaps: list[float]) -> dict[str, float]:
    interval = PROBE_INTERVAL_MS / 1000
    return {
        "max_ms": (max(gaps) - interval) * 1000 if gaps else 0.0,
        "p99_ms": (percentile(gaps, 0.99) - interval) * 1000 if gaps else 0.0,
        "median_ms": (percentile(gaps, 0.5) - interval) * 1000 if gaps else 0.0,
        "over_20ms": sum(1 for g in gaps if g - interval > 0.020),
        "ticks": len(gaps),
    }


async def one_turn(view: Any, probe: TickProbe, prompt: str) -> tuple[float, float, list[float]]:
    """Send ``prompt`` with the probe running: (start time, seconds, gaps between ticks)."""
    ended = asyncio.Event()
    view.turn_ended.connect(ended.set)
    probe.start()
    started = time.perf_counter()
    view.send(prompt)
    await asyncio.wait_for(ended.wait(), timeout=60)
    seconds = time.perf_counter() - started
    gaps = probe.stop()
    view.turn_ended.disconnect(ended.set)
    return started, seconds, gaps


class TurnEvents:
    """When the turns' events of each kind were published (through ``ChatService.turns``, the
    public path every view takes), to tell thinking and answer apart whatever the view does."""

    def __init__(self, turns: Any) -> None:
        self.at: dict[str, list[float]] = {}
        turns.subscribe(lambda turn: turn.events.subscribe(self._seen))

    def _seen(self, event: Any) -> None:
        self.at.setdefault(type(event).__name__, []).append(time.perf_counter())

    def times(self, kind: str) -> list[float]:
        return self.at.get(kind, [])

    def clear(self) -> None:
        self.at.clear()


async def stall_run(
    view: Any, fake: Any, tokens: int, events: TurnEvents, *, thinking: bool = False
) -> dict[str, Any]:
    from tests.fakes.fake_openrouter import Scenario

    probe = TickProbe(PROBE_INTERVAL_MS)
    await asyncio.sleep(0.3)  # settle: the first paints, the timers of showing the window
    # A first, short turn: the process's one-time costs (the first request imports anyio's
    # asyncio backend, ~35 ms) are reported apart and kept out of the measured turn.
    fake.push(Scenario(text="A short first answer. " * 10, token_delay=TOKEN_DELAY_S))
    _, _, first_turn = await one_turn(view, probe, "Hello")
    await asyncio.sleep(0.3)

    chunks = markdown_tokens(tokens, seed=7)
    reasoning = markdown_tokens(tokens, seed=8) if thinking else []
    fake.push(
        Scenario(
            chunks=chunks, reasoning=reasoning, token_delay=TOKEN_DELAY_S, created=1_700_000_000
        )
    )
    seen = Instrumented(view.transcript)
    events.clear()
    started, turn_s, turn_gaps = await one_turn(view, probe, PROMPT)
    turn_ticks = probe.ticks

    await asyncio.sleep(0.2)
    probe.start()
    await asyncio.sleep(turn_s)
    idle_gaps = probe.stop()

    texts, thoughts = events.times("TurnText"), events.times("TurnReasoning")
    if len(texts) != tokens or len(thoughts) != len(reasoning):
        raise AssertionError(
            f"the turn published {len(thoughts)} thinking and {len(texts)} texts, expected "
            f"{len(reasoning)} and {tokens}"
        )
    if len(seen.texts) < tokens:  # (a transcript may also be told of thinking this way)
        raise AssertionError(f"the transcript got {len(seen.texts)} texts, expected {tokens}")
    first, last = (thoughts or texts)[0], texts[-1]
    streaming = [b - a for a, b in itertools.pairwise(turn_ticks) if first <= b <= last]
    records = list(fake.generations.values())
    server_ms = float(records[-1].get("generation_time") or 0) if records else 0.0
    worst = max(range(len(turn_gaps)), key=turn_gaps.__getitem__)
    return {
        "tokens": tokens,
        "worst_gap_at_s": turn_ticks[worst] - started,  # when the longest stall began
        "turn_s": turn_s,
        "first_token_s": first - started,
        "client_rate": (tokens + len(reasoning) - 1) / (last - first) if last > first else 0.0,
        "thinking_tokens": len(reasoning),
        "thinking_s": (texts[0] - thoughts[0]) if thoughts else 0.0,
        "thinking": gap_summary(
            [b - a for a, b in itertools.pairwise(turn_ticks) if first <= b <= texts[0]]
        )
        if thoughts
        else None,
        "server_ms": server_ms,
        "turn": gap_summary(turn_gaps),
        "streaming": gap_summary(streaming),
        "idle": gap_summary(idle_gaps),
        "first_turn": gap_summary(first_turn),
        "renders": len(seen.renders),
        "render_max_ms": max(seen.renders, default=0.0) * 1000,
        "render_median_ms": percentile(seen.renders, 0.5) * 1000,
        "end_stream_ms": seen.end_stream_s * 1000,
    }


def bench_stall(tokens: int, messages: int, *, thinking: bool = False) -> dict[str, Any]:
    import httpx

    from app.api import OpenRouterClient
    from app.core.conversation import MessageStatus
    from app.services.chat import ChatService
    from app.store.database import open_database
    from app.store.history import HistoryStore
    from app.ui.chat.chat_view import ChatView
    from app.ui.event_loop import close_event_loop, create_event_loop
    from app.ui.notices import Notices
    from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter

    app = make_app()
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as folder:
        connection = open_database(Path(folder) / "history.sqlite3")
        history = HistoryStore(connection)
        conversation_id = prefill(history, messages, seed=3)
        loop = create_event_loop(app)
        try:
            with FakeOpenRouter() as fake:
                http = httpx.AsyncClient(
                    limits=httpx.Limits(max_connections=16, keepalive_expiry=60)
                )
                client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
                service = ChatService(client, history)
                events = TurnEvents(service.turns)
                view = ChatView(conversation_id, service, history, Notices())
                view.resize(*VIEW_SIZE)
                view.show()
                try:
                    result = loop.run_until_complete(
                        stall_run(view, fake, tokens, events, thinking=thinking)
                    )
                finally:
                    loop.run_until_complete(http.aclose())
                if fake.errors:
                    raise AssertionError(f"the fake server failed:\n{fake.errors[0]}")
            answer = history.messages(conversation_id)[-1]
            if answer.status is not MessageStatus.COMPLETE:
                raise AssertionError(f"the answer ended {answer.status}: {answer.error}")
            result["stored_messages"] = messages
            result["shown_messages"] = len(view.transcript.message_ids)
            view.close()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            close_event_loop(loop)
            loop.close()
            connection.close()
    return result


# --------------------------------------------------------------------------------------------
# open: a long stored conversation, then scrolling back through it
# --------------------------------------------------------------------------------------------


def open_view(
    app: QApplication, history: Any, service: Any, conversation_id: int
) -> tuple[float, Any, int]:
    """Time creating a ChatView until it has painted at its end: (seconds, view, paints)."""
    from app.ui.chat.chat_view import ChatView
    from app.ui.notices import Notices

    notices = Notices()
    started = time.perf_counter()
    view = ChatView(conversation_id, service, history, notices)
    bar = view.transcript.verticalScrollBar()
    watch = PaintWatch(lambda: bar.value() == bar.maximum())
    view.transcript.viewport().installEventFilter(watch)
    view.resize(*VIEW_SIZE)
    view.show()
    deadline = started + 30
    while not watch.painted_ok:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise AssertionError("the conversation never painted at its end")
    seconds = time.perf_counter() - started
    view.transcript.viewport().removeEventFilter(watch)
    return seconds, view, watch.paints


def scroll_to_top(app: QApplication, view: Any) -> list[float]:
    """Page up until the first message is shown and nothing earlier is left; each step's time."""
    transcript = view.transcript
    bar = transcript.verticalScrollBar()
    steps: list[float] = []
    while bar.value() > bar.minimum() or transcript.has_more_before:
        if len(steps) > 20_000:
            raise AssertionError("scrolling to the top never ended")
        started = time.perf_counter()
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)
        app.processEvents()
        steps.append(time.perf_counter() - started)
    return steps


def bench_open(messages: int, scroll: bool, versions: int = 0) -> dict[str, Any]:
    import httpx

    from app.api import OpenRouterClient
    from app.services.chat import ChatService
    from app.store.database import open_database
    from app.store.history import HistoryStore

    app = make_app()
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as folder:
        connection = open_database(Path(folder) / "history.sqlite3")
        history = HistoryStore(connection)
        warm_id = prefill(history, 10, seed=11)
        target_id = prefill(history, messages, seed=5, versions=versions)
        http = httpx.AsyncClient()
        service = ChatService(
            OpenRouterClient(http, base_url="http://127.0.0.1:9/api/v1", api_key=None), history
        )
        cold_s, warm_view, _ = open_view(app, history, service, warm_id)
        warm_view.close()
        warm_view.deleteLater()
        settle(app)

        seconds, view, paints = open_view(app, history, service, target_id)
        transcript = view.transcript
        document = transcript.document()
        last = document.find(marker(messages))
        if last.isNull():
            raise AssertionError("the last message is not in the document")
        bar = transcript.verticalScrollBar()
        where = transcript.cursorRect(last)  # viewport coordinates of the last message's end
        result: dict[str, Any] = {
            "messages": messages,
            "versions": versions,
            "open_s": seconds,
            "cold_open_s": cold_s,
            "paints": paints,
            "shown_messages": len(transcript.message_ids),
            "at_end": bar.value() == bar.maximum(),
            "last_visible": transcript.viewport().rect().contains(where),
            "last_y": where.y(),
            "viewport_h": transcript.viewport().height(),
            "document_h": document.size().height(),
        }
        if scroll:
            settle(app)
            steps = scroll_to_top(app, view)
            shown = view.transcript.message_ids
            if len(shown) != messages or document.find(marker(1)).isNull():
                raise AssertionError(f"after scrolling up {len(shown)} of {messages} are shown")
            result["scroll_steps_s"] = steps
        # Only the branch on screen is drawn: no version off screen is in the document.
        result["versions_shown"] = not document.find("zqversion").isNull()
        view.close()
        connection.close()
    return result


# --------------------------------------------------------------------------------------------
# switch: another version of an answer in the middle of a long conversation
# --------------------------------------------------------------------------------------------


def page_up_until(app: QApplication, view: Any, message_id: int, number: int) -> int:
    """Page up (loading earlier pages as a reader does) until ``message_id`` is drawn, then
    scroll its end (``marker(number)``) into view; how many steps it took."""
    from PySide6.QtGui import QTextCursor

    transcript = view.transcript
    bar = transcript.verticalScrollBar()
    steps = 0
    while message_id not in transcript.message_ids:
        if steps > 20_000 or (bar.value() == bar.minimum() and not transcript.has_more_before):
            raise AssertionError("the message to switch never came into view")
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)
        app.processEvents()
        steps += 1
    found = transcript.document().find(marker(number))
    if not found.isNull():
        transcript.setTextCursor(QTextCursor(found))
        transcript.ensureCursorVisible()
    settle(app)
    return steps


def timed_switch(
    app: QApplication, view: Any, action: str, message_id: int, shows: str, hides: str
) -> tuple[float, bool]:
    """Emit ``action`` on ``message_id`` as a click on its switcher does; the seconds until the
    transcript has painted with ``shows`` in its document and ``hides`` gone (False: it never
    did, within the deadline)."""
    document = view.transcript.document()

    def switched() -> bool:
        return not document.find(shows).isNull() and document.find(hides).isNull()

    watch = PaintWatch(switched)
    view.transcript.viewport().installEventFilter(watch)
    started = time.perf_counter()
    view.transcript.action_requested.emit(action, message_id)
    deadline = started + SWITCH_DEADLINE_S
    while not watch.painted_ok:
        app.processEvents()
        if time.perf_counter() > deadline:
            break
    seconds = time.perf_counter() - started
    view.transcript.viewport().removeEventFilter(watch)
    return seconds, watch.painted_ok


SWITCH_DEADLINE_S = 3.0


def bench_switch(messages: int, versions: int) -> dict[str, Any]:
    """Open the conversation, page up to the answer with versions nearest its middle, switch
    to its other version (``NEXT_VERSION_ACTION``: the later turns go, as they belong to the
    first one) and back (``PREVIOUS_VERSION_ACTION``: they come back)."""
    import httpx

    from app.api import OpenRouterClient
    from app.render.message_html import NEXT_VERSION_ACTION, PREVIOUS_VERSION_ACTION
    from app.services.chat import ChatService
    from app.store.database import open_database
    from app.store.history import HistoryStore

    app = make_app()
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as folder:
        connection = open_database(Path(folder) / "history.sqlite3")
        history = HistoryStore(connection)
        warm_id = prefill(history, 10, seed=11)
        target_id = prefill(history, messages, seed=5, versions=versions)
        http = httpx.AsyncClient()
        service = ChatService(
            OpenRouterClient(http, base_url="http://127.0.0.1:9/api/v1", api_key=None), history
        )
        _cold, warm_view, _ = open_view(app, history, service, warm_id)
        warm_view.close()
        warm_view.deleteLater()
        settle(app)
        branch = history.messages(target_id)
        families = history.versions(target_id)
        middle = min(
            (at for at, m in enumerate(branch) if m.id in families),
            key=lambda at: abs(at - len(branch) // 2),
        )
        answer = branch[middle]
        number = middle + 1  # the messages' markers count from 1
        open_s, view, _ = open_view(app, history, service, target_id)
        steps = page_up_until(app, view, answer.id, number)
        shown_before = len(view.transcript.message_ids)
        other = families[answer.id][1]
        later = marker(number + 2)  # the next answer of the first version's branch
        forward_s, forward_ok = timed_switch(
            app, view, NEXT_VERSION_ACTION, answer.id, version_marker(number), later
        )
        shown_between = len(view.transcript.message_ids)
        settle(app)
        back_s, back_ok = timed_switch(
            app, view, PREVIOUS_VERSION_ACTION, other, later, version_marker(number)
        )
        result: dict[str, Any] = {
            "messages": messages,
            "versions": versions,
            "switched_message": number,
            "open_s": open_s,
            "page_steps": steps,
            "forward_s": forward_s,
            "forward_ok": forward_ok,
            "back_s": back_s,
            "back_ok": back_ok,
            "shown_before": shown_before,
            "shown_between": shown_between,
            "shown_after": len(view.transcript.message_ids),
        }
        view.close()
        connection.close()
    return result


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    append = commands.add_parser("append")
    append.add_argument("--tokens", type=int, default=50_000)
    append_thinking = commands.add_parser("append-thinking")
    append_thinking.add_argument("--tokens", type=int, default=50_000)
    stall = commands.add_parser("stall")
    stall.add_argument("--tokens", type=int, default=3_000)
    stall.add_argument("--messages", type=int, default=200)
    stall.add_argument("--thinking", action="store_true", help="think --tokens pieces first")
    opening = commands.add_parser("open")
    opening.add_argument("--messages", type=int, default=1_000)
    opening.add_argument("--scroll", action="store_true")
    opening.add_argument("--versions", type=int, default=0, help="older versions of answers")
    switching = commands.add_parser("switch")
    switching.add_argument("--messages", type=int, default=1_000)
    switching.add_argument("--versions", type=int, default=200)
    args = parser.parse_args(argv)
    if args.command == "append":
        report(bench_append(args.tokens))
    elif args.command == "append-thinking":
        report(bench_append_thinking(args.tokens))
    elif args.command == "stall":
        report(bench_stall(args.tokens, args.messages, thinking=args.thinking))
    elif args.command == "switch":
        report(bench_switch(args.messages, args.versions))
    else:
        report(bench_open(args.messages, args.scroll, args.versions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
