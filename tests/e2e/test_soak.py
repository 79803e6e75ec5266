"""Soak: four tabs streaming continuously from the fake server through the real window, with the
resident memory (VmRSS) sampled every second. After a warm-up it must stay flat.

CI runs ~25 s. For the long manual run (one hour)::

    SWITCHBOARD_SOAK_SECONDS=3600 dbus-run-session -- python -m pytest tests/e2e/test_soak.py -s

Each tab first sends a message, then keeps regenerating its answer: every turn does the full
work (store, stream, render, cost) while the conversation itself stays the same size, so any
growth is a leak, not data.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

import pytest

from app.main import tune_allocator
from tests.fakes.fake_openrouter import Scenario

pytest.importorskip("PySide6")

from tests.helpers.windows import App

SOAK_SECONDS = float(os.environ.get("SWITCHBOARD_SOAK_SECONDS", "25"))
WARM_UP_SECONDS = min(8.0, SOAK_SECONDS * 0.3)
MAX_GROWTH = 0.05  # the target (issue #21): after warm-up, RSS stays within 5%
ANSWER = (
    "Streaming **steadily**, with `code` and a [link](https://example.org). " * 8 + "\n\n"
) * 4


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
@pytest.mark.timeout(int(SOAK_SECONDS) + 120)
def test_four_tabs_streaming_keep_memory_flat(app: App) -> None:
    tune_allocator()  # as app.main does just after the first paint (the window here is built
    # by the test's composition, in this process)
    app.fake.default = Scenario(text=ANSWER, token_delay=0.002)
    views: list[Any] = [app.view]
    for _ in range(3):
        app.window.new_conversation()
        views.append(app.window.current_view())
    assert len({v.conversation_id for v in views}) == 4

    turns = 0
    samples: list[tuple[float, float]] = []
    started = time.monotonic()
    next_sample = started
    deadline = started + SOAK_SECONDS
    while time.monotonic() < deadline:
        for view in views:
            if view.busy:
                continue
            if view.transcript.message_ids:
                view.regenerate()
            else:
                view.send("Keep talking")
            turns += 1
        app.qtbot.wait(20)
        now = time.monotonic()
        if now >= next_sample:
            samples.append((now - started, rss_mb()))
            next_sample += 1.0
            with app.fake._lock:  # the fake lives in this process too: keep its logs short
                del app.fake.requests[:-50]
                app.fake.generations.clear()
    for view in views:
        app.qtbot.waitUntil(lambda v=view: not v.busy, timeout=10_000)

    warm = [mb for at, mb in samples if at >= WARM_UP_SECONDS]
    assert warm, samples
    baseline, final, peak = warm[0], warm[-1], max(warm)
    growth = (final - baseline) / baseline
    print(
        f"\nsoak: {SOAK_SECONDS:.0f} s, 4 tabs, {turns} turns; RSS at start "
        f"{samples[0][1]:.1f} MB, after warm-up {baseline:.1f} MB, peak {peak:.1f} MB, "
        f"final {final:.1f} MB ({growth:+.1%})"
    )
    step = max(1, len(samples) // 10)
    print("RSS MB by second: " + ", ".join(f"{at:.0f}s={mb:.1f}" for at, mb in samples[::step]))
    assert turns >= 8 * 4 * SOAK_SECONDS / 25  # the tabs really kept streaming
    for view in views:
        (_user, answer) = app.history.messages(view.conversation_id)
        assert answer.content == ANSWER and answer.status.value == "complete"
    assert growth < MAX_GROWTH, samples
