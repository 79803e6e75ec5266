"""The hostile-answer benchmark's child process: one case in a fresh QApplication (issue #12).

``run.py`` starts it with ``QT_QPA_PLATFORM=offscreen`` and a temporary ``SWITCHBOARD_HOME``::

    python tests/benchmarks/hostile_bench.py --kind list --size 10000
    python tests/benchmarks/hostile_bench.py --kind run --size 300000
    python tests/benchmarks/hostile_bench.py --kind table --size 3000

A real ChatView on a qasync loop and a temporary SQLite history sends a prompt through the real
ChatService and OpenRouterClient to the fake server, which streams the hostile answer
(``tests.fakes.fake_openrouter.hostile_chunks``: a list without blank lines, a run of one
character, or a table) in 64-character pieces. Then the view is closed and the conversation
opened again in a new ChatView, until every piece of the answer is shown and the loop has been
idle for a moment. A 5 ms precise QTimer records its ticks throughout; the longest gap is the
longest stall. RSS is read before the turn and at the end (the first view closed and deleted).
Prints one line ``bench-result {json}``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
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
    TOKEN_DELAY_S,
    VIEW_SIZE,
    TickProbe,
    gap_summary,
    make_app,
    report,
)


def rss_mb() -> float:
    with open(f"/proc/{os.getpid()}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def run_case(
    view: Any, fake: Any, chunks: list[str], reopen: Any, app: Any
) -> dict[str, Any]:
    from tests.fakes.fake_openrouter import Scenario

    probe = TickProbe(PROBE_INTERVAL_MS)
    await asyncio.sleep(0.3)
    # A short first turn: one-time imports and fonts are not part of the figure.
    ended = asyncio.Event()
    view.turn_ended.connect(ended.set)
    fake.push(Scenario(text="A short first answer. " * 10, token_delay=TOKEN_DELAY_S))
    view.send("Hello")
    await asyncio.wait_for(ended.wait(), timeout=60)
    await asyncio.sleep(0.3)
    gc.collect()
    before = rss_mb()

    ended.clear()
    fake.push(Scenario(chunks=chunks, token_delay=TOKEN_DELAY_S))
    probe.start()
    started = time.perf_counter()
    view.send("Something long, please.")
    await asyncio.wait_for(ended.wait(), timeout=600)
    streamed_s = time.perf_counter() - started
    stream_gaps = probe.stop()
    await asyncio.sleep(0.2)
    after_stream = rss_mb()

    view.close()
    view.deleteLater()
    await asyncio.sleep(0.1)
    gc.collect()
    probe.start()
    started = time.perf_counter()
    again = reopen()
    while again.transcript.pieces_pending:
        await asyncio.sleep(0.005)
    reopened_s = time.perf_counter() - started
    await asyncio.sleep(0.3)
    reopen_gaps = probe.stop()
    app.processEvents()
    gc.collect()
    end = rss_mb()
    shown = len(again.transcript.toPlainText())
    again.close()
    return {
        "chars": sum(map(len, chunks)),
        "stream_s": streamed_s,
        "reopen_s": reopened_s,
        "stream": gap_summary(stream_gaps),
        "reopen": gap_summary(reopen_gaps),
        "reopen_first_ms": reopen_gaps[0] * 1000 if reopen_gaps else 0.0,
        "max_stall_ms": max(gap_summary(stream_gaps)["max_ms"], gap_summary(reopen_gaps)["max_ms"]),
        "rss_before_mb": before,
        "rss_after_stream_mb": after_stream,
        "rss_end_mb": end,
        "rss_growth_mb": end - before,
        "shown_chars": shown,
    }


def bench(kind: str, size: int) -> dict[str, Any]:
    import httpx

    from app.api import OpenRouterClient
    from app.core.conversation import MessageStatus
    from app.services.chat import ChatService
    from app.store.database import open_database
    from app.store.history import HistoryStore
    from app.ui.chat.chat_view import ChatView
    from app.ui.event_loop import close_event_loop, create_event_loop
    from app.ui.notices import Notices
    from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, hostile_chunks

    app = make_app()
    app.setQuitOnLastWindowClosed(False)  # the first view closes before the second opens
    chunks = hostile_chunks(kind, size)
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as folder:
        connection = open_database(Path(folder) / "history.sqlite3")
        history = HistoryStore(connection)
        conversation_id = history.create_conversation("Hostile").id
        loop = create_event_loop(app)
        try:
            with FakeOpenRouter() as fake:
                http = httpx.AsyncClient()
                client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
                service = ChatService(client, history)

                def open_view() -> Any:
                    view = ChatView(conversation_id, service, history, Notices())
                    view.resize(*VIEW_SIZE)
                    view.show()
                    return view

                try:
                    result = loop.run_until_complete(
                        run_case(open_view(), fake, chunks, open_view, app)
                    )
                finally:
                    loop.run_until_complete(http.aclose())
                if fake.errors:
                    raise AssertionError(f"the fake server failed:\n{fake.errors[0]}")
            answer = history.messages(conversation_id)[-1]
            if answer.status is not MessageStatus.COMPLETE or answer.content != "".join(chunks):
                raise AssertionError(f"the answer ended {answer.status}: {answer.error}")
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            close_event_loop(loop)
            loop.close()
            connection.close()
    result.update(kind=kind, size=size)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=("list", "ordered", "run", "table"), required=True)
    parser.add_argument("--size", type=int, required=True)
    args = parser.parse_args(argv)
    report(bench(args.kind, args.size))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
