"""Answers that used to freeze the window (issue #12, items 10 and 11), through the real window.

A long list or table without a blank line, and a long run without a break opportunity, stream
from the fake server and are then reopened. Wall-clock limits would be flaky on a shared
machine, so the tests check what made the window stall: how much Markdown is rendered at once
(the whole list on every refresh before), and what reaches Qt's layout (a 300 KB unbreakable
run before).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from markdown_it import MarkdownIt
from PySide6.QtGui import QGuiApplication

from app.core.conversation import MessageStatus
from tests.fakes.fake_openrouter import Scenario, hostile_chunks
from tests.helpers.documents import blocks
from tests.helpers.windows import App

MOST_RENDERED_AT_ONCE = 20_000  # characters of Markdown in one refresh or one piece


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The length of every text markdown-it parses (rendering a text parses it)."""
    sizes: list[int] = []
    original = MarkdownIt.parse

    def parse(self: MarkdownIt, src: str, env: Any = None) -> Any:
        sizes.append(len(src))
        return original(self, src, env)

    monkeypatch.setattr(MarkdownIt, "parse", parse)
    yield sizes


def stream_and_reopen(app: App, chunks: list[str], parsed: list[int]) -> tuple[Any, Any]:
    """Stream ``chunks`` as an answer, then open the conversation in a second window; the two
    transcripts once everything is shown. Checks how much was rendered at once on the way."""
    app.fake.push(Scenario(chunks=chunks, token_delay=0.0005))
    app.send("Hostile, please")
    # (Stops early once too much was rendered at once: that took minutes before.)
    too_much = lambda: max(parsed, default=0) > MOST_RENDERED_AT_ONCE  # noqa: E731
    app.qtbot.waitUntil(lambda: not app.view.busy or too_much(), timeout=60_000)
    assert not too_much(), f"streaming rendered {max(parsed):,} characters at once"
    answer = app.history.messages(app.view.conversation_id)[-1]
    assert answer.status is MessageStatus.COMPLETE and answer.content == "".join(chunks)
    streamed = max(parsed)
    parsed.clear()
    again = app.reopen()
    again.open_conversation(app.view.conversation_id)
    reopened = again.current_view()
    assert reopened is not None
    assert max(parsed) <= MOST_RENDERED_AT_ONCE, f"reopening rendered {max(parsed):,} at once"
    app.qtbot.waitUntil(lambda: reopened.transcript.pieces_pending == 0, timeout=30_000)
    assert streamed <= MOST_RENDERED_AT_ONCE
    assert max(parsed) <= MOST_RENDERED_AT_ONCE, f"reopening rendered {max(parsed):,} at once"
    return app.view.transcript, reopened.transcript


@pytest.mark.parametrize("kind", ["list", "ordered"])
def test_a_long_list_renders_item_by_item_and_reads_like_the_whole(
    app: App, parsed: list[int], kind: str
) -> None:
    count = 3_000
    chunks = hostile_chunks(kind, count)
    for transcript in stream_and_reopen(app, chunks, parsed):
        items = [b for b in blocks(transcript.document()) if b[1].startswith("Item ")]
        assert [text for _marker, text in items] == [f"Item {i} in the list" for i in range(count)]
        if kind == "ordered":  # numbered on across the pieces
            assert [marker for marker, _text in items] == [f"{i + 1}." for i in range(count)]


def test_a_long_table_renders_row_by_row(app: App, parsed: list[int]) -> None:
    rows = 600
    chunks = hostile_chunks("table", rows)
    for transcript in stream_and_reopen(app, chunks, parsed):
        text = transcript.toPlainText()
        assert re.findall(r"row (\d+)\b", text) == [str(i) for i in range(rows)]
        assert text.count("Column A") == 1  # the header once, not once per piece


def test_a_long_run_gets_break_opportunities_and_copies_whole(app: App, parsed: list[int]) -> None:
    chunks = hostile_chunks("run", 300_000)
    for transcript in stream_and_reopen(app, chunks, parsed):
        document = transcript.document()
        shown = document.toPlainText()
        # What reaches Qt's layout: no long run (they break every 80), and a fold, not 300 KB.
        longest = max(len(run) for run in re.split(r"[\s\u200b]+", shown))
        assert longest <= 200
        assert len(shown) < 50_000 and "more characters; Copy to get all" in shown
        # Selecting and copying gives the text without the zero-width spaces.
        transcript.selectAll()
        copied = transcript.createMimeDataFromSelection().text()
        assert "\u200b" not in copied and "0" * 5_000 in copied
    answer = app.history.messages(app.view.conversation_id)[-1]
    app.view.transcript.action_requested.emit("copy", answer.id)
    assert QGuiApplication.clipboard().text() == "".join(chunks)  # Copy gives all


def test_a_huge_error_message_is_shown_capped(app: App) -> None:
    # (3 MB froze the window for minutes; 400 KB, for long enough to tell.)
    huge = "The upstream provider said: " + "E" * 400_000
    app.fake.push(
        Scenario(
            chunks=["Partial ", "answer ", "here"],
            mid_error="with_choices",
            mid_error_after=2,
            mid_error_message=huge,
        )
    )
    app.send("Go")
    app.wait_idle(timeout=30_000)
    text = app.view.transcript.toPlainText()
    assert "Partial answer" in text and "The upstream provider said" in text
    assert len(text) < 10_000
    assert len(app.view.status.text()) < 10_000
