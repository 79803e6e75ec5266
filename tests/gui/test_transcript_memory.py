"""Re-rendering a transcript (regenerate, a theme switch, an undone turn) leaves nothing behind:
the soak's drift was a Python wrapper kept per re-render, for each replaced root frame."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtGui import QTextDocument, QTextObject

from app.core.conversation import Message, MessageStatus
from app.ui.chat.transcript import Transcript

ANSWER = ("Streaming **steadily**, with `code` and a [link](https://example.org). " * 8) + (
    "\n\n```python\nprint('a code block is a frame too')\n```\n"
)


def text_wrappers() -> int:
    """Live Python wrappers of documents, frames, tables and other text objects (valid or
    not: a wrapper whose C++ object is gone still holds its memory)."""
    gc.collect()
    return sum(isinstance(o, QTextObject | QTextDocument) for o in gc.get_objects())


def conversation(turns: int) -> list[Message]:
    messages = []
    for turn in range(turns):
        messages.append(Message(2 * turn + 1, 1, "user", f"Question {turn}"))
        messages.append(
            Message(2 * turn + 2, 1, "assistant", ANSWER, status=MessageStatus.COMPLETE)
        )
    return messages


def wide_transcript(qtbot: Any) -> Transcript:
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.resize(1400, 600)  # wider than the reading column: the root frame has margins
    transcript.show()
    qtbot.waitExposed(transcript)
    return transcript


def test_re_rendering_many_times_keeps_no_wrappers(qtbot: Any) -> None:
    transcript = wide_transcript(qtbot)
    messages = conversation(3)
    for _ in range(5):  # warm up: caches fill once
        transcript.show_messages(messages)
        qtbot.wait(1)
    before = text_wrappers()
    for step in range(300):
        transcript.show_messages(messages)
        if step % 10 == 0:
            transcript.resize(1400, 600 + step % 20)  # a resize sets the column again
        qtbot.wait(1)  # (the replaced document goes on the next turn)
    assert text_wrappers() - before <= 3  # it was one more per re-render
    root = transcript.document().rootFrame().frameFormat()
    assert root.leftMargin() > 0 and root.leftMargin() == root.rightMargin()
    assert transcript.toPlainText().count("Question") == 3


def test_a_re_rendered_transcript_keeps_its_settings(qtbot: Any) -> None:
    """The fresh document reads like the old: margins, indents, font, no undo history."""
    transcript = wide_transcript(qtbot)
    first = transcript.document()
    margin, indent = first.documentMargin(), first.indentWidth()
    font = first.defaultFont()
    transcript.show_messages(conversation(1))
    transcript.show_messages(conversation(2))
    document = transcript.document()
    assert document.parent() is transcript  # (it answers the document's loadResource)
    assert (document.documentMargin(), document.indentWidth()) == (margin, indent)
    assert document.defaultFont() == font
    assert not document.isUndoRedoEnabled()
    assert transcript.isReadOnly()
    assert transcript.toPlainText().count("Question") == 2


def test_answers_regenerated_in_place_do_not_grow_the_format_table(
    app: Any, monkeypatch: Any
) -> None:
    """Qt's format table only grows, and each answer drawn in place adds formats of its own
    (its links name the message): past a margin the transcript draws itself anew, keeping
    what it shows. (The soak's 14 KB per regenerated answer.)"""
    import app.ui.chat.transcript as transcript_module
    from tests.fakes.fake_openrouter import Scenario

    monkeypatch.setattr(transcript_module, "SPARE_FORMATS", 60)  # (fewer answers to regenerate)
    app.fake.default = Scenario(text=ANSWER)
    app.window.new_conversation()  # (a transcript made with that margin)
    view = app.view
    app.send("Keep talking")
    app.wait_idle()
    transcript = view.transcript
    fresh = len(transcript.document().allFormats())
    counts = []
    for _ in range(30):
        view.regenerate()
        app.wait_idle()
        counts.append(len(transcript.document().allFormats()))
    assert max(counts) <= fresh + 2 * 60 + 40  # it grew by ~8 per answer without end
    assert counts[-1] < fresh + 2 * 60
    assert transcript.toPlainText().count("Keep talking") == 1
    assert transcript.toPlainText().count("Streaming steadily") == 8  # the one answer shown
    bar = transcript.verticalScrollBar()
    assert bar.value() == bar.maximum()  # still following the end


def test_a_page_with_a_long_answer_is_not_drawn_again_when_it_ends(
    app: Any, monkeypatch: Any
) -> None:
    """Drawing a long page again takes a visible moment (a 1,500-token answer: ~40 ms, in
    every column of a comparison as it finishes): past COMPACT_MAX_CHARACTERS the format
    table is left to grow instead."""
    import app.ui.chat.transcript as transcript_module
    from tests.fakes.fake_openrouter import Scenario

    monkeypatch.setattr(transcript_module, "SPARE_FORMATS", 2)  # (any answer is past it)
    long_answer = ANSWER * 12
    assert len(long_answer) > transcript_module.COMPACT_MAX_CHARACTERS
    for text, redrawn in ((ANSWER, True), (long_answer, False)):
        app.fake.default = Scenario(text=text)
        app.window.new_conversation()
        transcript = app.view.transcript
        app.send("Keep talking")
        app.wait_idle()
        shown = transcript.document()
        app.view.regenerate()
        app.wait_idle()
        app.qtbot.wait(50)  # (the redraw waits for the loop: _compact_timer)
        assert (transcript.document() is not shown) is redrawn, text[:20]
        assert transcript.toPlainText().count("Keep talking") == 1
