"""A thinking model's answer in the transcript: the thinking streams live, folds to one line at
the first answer word, opens and closes by click and by key, says when it was private, gives
nothing away in blind judging, and an answer its thinking left empty offers two retries."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication

from app.core.conversation import ChatSettings, Message, MessageStatus
from app.core.params import SamplingParams
from app.core.thinking import Thinking
from app.render.message_html import thinking_label
from app.ui.chat.link_focus import anchors
from app.ui.chat.transcript import Transcript
from tests.fakes.fake_openrouter import THINKER, Scenario
from tests.helpers.documents import GrowingText
from tests.helpers.windows import App

THOUGHTS = [
    "**Weighing it up.** ",
    "The user asks about ponds. ",
    "Frogs live in ponds; ",
    "a haiku needs five, seven, five. ",
    "Let me count the syllables once more. ",
    "Done thinking.",
]
ANSWER = "An old silent pond. A frog jumps into the pond. Splash! Silence again."


def plain(transcript: Transcript) -> str:
    return transcript.toPlainText()


def thinking_anchor(transcript: Transcript) -> Any:
    found = [a for a in anchors(transcript.document()) if a.href.startswith("action:thinking:")]
    return found[0] if found else None


def click_anchor(app_qtbot: Any, transcript: Transcript, anchor: Any) -> None:
    rect = transcript._link_focus.rects(anchor)[0]
    spot = QPoint(rect.center().x() + 6, rect.center().y())
    app_qtbot.mouseClick(transcript.viewport(), Qt.MouseButton.LeftButton, pos=spot)


# What the server reports of a thinking answer (the fake's default says no thinking tokens).
THINKING_USAGE = {
    "prompt_tokens": 12,
    "completion_tokens": 2930,
    "total_tokens": 2942,
    "cost": 0.0029,
    "completion_tokens_details": {"reasoning_tokens": 2900},
}


def test_thinking_streams_live_then_folds_to_one_line_above_the_answer(app: App) -> None:
    app.fake.push(
        Scenario(
            reasoning=THOUGHTS,
            text=ANSWER,
            token_delay=0.12,
            first_token_delay=0.2,
            usage_data=THINKING_USAGE,
        )
    )
    view = app.view
    transcript: Transcript = view.transcript
    app.send("A haiku about a pond, please")
    app.qtbot.waitUntil(lambda: "Waiting for the model" in plain(transcript), timeout=5000)
    app.qtbot.waitUntil(lambda: "The user asks about ponds" in plain(transcript), timeout=5000)
    text = plain(transcript)
    assert re.search(r"Thinking… (under a second|\d+ s)", text), text
    assert "Waiting for the model" not in text and "An old silent pond" not in text
    assert view.status.text() == "Thinking…"
    assert app.window.grab().save("/tmp/thinking-window-live.png")  # (to look at)
    # The thinking reads as secondary: muted and stood in from the answer.
    block = transcript.document().find("The user asks about ponds").block()
    assert block.blockFormat().leftMargin() >= 14
    shown = transcript.document().find("The user asks").charFormat().foreground().color()
    assert shown.name() == transcript.theme.muted
    app.qtbot.waitUntil(lambda: "An old silent pond" in plain(transcript), timeout=5000)
    text = plain(transcript)
    assert "The user asks about ponds" not in text  # folded as soon as the answer began
    assert re.search(r"Thought for (under a second|\d+ s) · \d+ tokens", text), text
    app.wait_idle()
    text = plain(transcript)
    assert "The user asks about ponds" not in text and "Splash! Silence again." in text
    line = re.search(r"▸ Thought for (under a second|\d+ s) · 2,900 tokens", text)
    assert line, text
    assert text.index(line.group(0)) < text.index("An old silent pond")
    assert app.window.grab().save("/tmp/thinking-window-done.png")
    answer = app.history.messages(view.conversation_id)[-1]
    assert answer.reasoning == "".join(THOUGHTS)
    assert thinking_anchor(transcript).href == f"action:thinking:{answer.id}"


def test_the_thinking_opens_and_closes_by_click_and_by_key(app: App) -> None:
    app.fake.push(Scenario(reasoning=THOUGHTS, text=ANSWER))
    view = app.view
    transcript: Transcript = view.transcript
    app.send("A haiku")
    app.wait_idle()
    answer_id = app.history.messages(view.conversation_id)[-1].id
    click_anchor(app.qtbot, transcript, thinking_anchor(transcript))
    app.qtbot.waitUntil(lambda: "The user asks about ponds" in plain(transcript), timeout=2000)
    text = plain(transcript)
    assert "▾ Thought for" in text and "Weighing it up." in text and ANSWER[:20] in text
    assert transcript.thinking_open(answer_id)
    # Shown again (a reload of the conversation): it stays open.
    view.reload()
    assert "The user asks about ponds" in plain(transcript)
    click_anchor(app.qtbot, transcript, thinking_anchor(transcript))
    assert "The user asks about ponds" not in plain(transcript)
    assert "▸ Thought" in plain(transcript)

    # By keyboard: Tab to the line, Enter opens it, Enter again closes it.
    transcript.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(10):
        if transcript.focused_link.startswith("action:thinking:"):
            break
        app.qtbot.keyClick(transcript, Qt.Key.Key_Tab)
    assert transcript.focused_link == f"action:thinking:{answer_id}"
    app.qtbot.keyClick(transcript, Qt.Key.Key_Return)
    assert "The user asks about ponds" in plain(transcript)
    app.qtbot.keyClick(transcript, Qt.Key.Key_Return)  # (the ring stays on the line)
    assert "The user asks about ponds" not in plain(transcript)


def test_private_thinking_says_how_many_tokens_were_billed(app: App) -> None:
    usage = {
        "prompt_tokens": 12,
        "completion_tokens": 3140,
        "total_tokens": 3152,
        "cost": 0.0031,
        "completion_tokens_details": {"reasoning_tokens": 3120},
    }
    app.fake.push(Scenario(text="Twenty.", usage_data=usage))
    transcript: Transcript = app.view.transcript
    app.send("What is four times five?")
    app.wait_idle()
    text = plain(transcript)
    assert "Thought privately: 3,120 thinking tokens billed" in text, text
    assert thinking_anchor(transcript) is None  # nothing to open


@dataclass
class FakeThinking:
    """A turn's thinking as a streaming answer reads it (app.services.turn.Turn)."""

    reasoning: str = ""
    thinking: bool = False
    thinking_seconds: float | None = None
    reasoning_tokens: int | None = None
    thought_privately: bool = False


def stream_with_thinking(
    qtbot: Any, *, blind: bool = False
) -> tuple[Transcript, FakeThinking, GrowingText, Message]:
    transcript = Transcript()
    transcript.blind = blind
    qtbot.addWidget(transcript)
    transcript.resize(700, 500)
    transcript.show()
    qtbot.waitExposed(transcript)
    transcript.show_messages([Message(1, 1, "user", "Think hard, please")])
    answer = Message(2, 1, "assistant", "", MessageStatus.STREAMING, model="vendor/thinker")
    thinking, so_far = FakeThinking(), GrowingText()
    transcript.begin_stream(answer, so_far, thinking)
    return transcript, thinking, so_far, answer


def flush(transcript: Transcript) -> None:
    transcript._flush_timer.stop()
    transcript._flush()


def test_the_seconds_count_on_while_it_thinks_and_the_line_keeps_its_place(qtbot: Any) -> None:
    transcript, thinking, so_far, answer = stream_with_thinking(qtbot)
    assert "Waiting for the model…" in plain(transcript)
    assert not transcript._thinking_timer.isActive()  # (no clock for a model not thinking)
    thinking.thinking, thinking.thinking_seconds, thinking.reasoning = True, 0.4, "Hmm. "
    transcript.stream_grew()
    flush(transcript)
    assert "Thinking… under a second" in plain(transcript)
    assert "Waiting for the model" not in plain(transcript)
    thinking.thinking_seconds = 14.2
    transcript._thinking_tick()  # (the one-second timer; no new text needed)
    assert "Thinking… 14 s" in plain(transcript)
    assert transcript._thinking_timer.isActive()
    assert transcript._thinking_timer.interval() <= 1000
    thinking.reasoning += "```python\nx = 1\n"  # an open code block inside the thinking
    transcript.stream_grew()
    flush(transcript)
    assert "x = 1" in plain(transcript)
    thinking.reasoning += "```\n\nSo the answer is two."
    flush(transcript)
    thinking.thinking, thinking.thinking_seconds, thinking.reasoning_tokens = False, 32.0, 2900
    so_far.add("Two.")
    transcript.stream_grew()
    flush(transcript)
    text = plain(transcript)
    assert "Thought for 32 s · 2,900 tokens" in text and "So the answer" not in text
    assert text.rstrip().endswith("Two.")
    transcript._thinking_tick()  # folded: the clock stops
    assert not transcript._thinking_timer.isActive()
    transcript.end_stream(
        answer.with_changes(
            content="Two.",
            status=MessageStatus.COMPLETE,
            reasoning=thinking.reasoning,
            completion_tokens=2910,
            cost=Decimal("0.01"),
        )
    )
    text = plain(transcript)
    # (the store keeps neither figure yet: the turn's are kept)
    assert "▸ Thought for 32 s · 2,900 tokens" in text, text
    assert not transcript._thinking_timer.isActive()


def test_the_folded_thinking_opens_while_the_answer_still_streams_below_it(qtbot: Any) -> None:
    transcript, thinking, so_far, answer = stream_with_thinking(qtbot)
    thinking.thinking, thinking.thinking_seconds = True, 5.0
    thinking.reasoning = "First I consider ponds.\n\n```python\nx = 1\n```\n\nThen frogs."
    transcript.stream_grew()
    flush(transcript)
    thinking.thinking, thinking.reasoning_tokens = False, 40
    so_far.add("Para one.\n\n```python\nprint(1)\n")
    transcript.stream_grew()
    flush(transcript)
    assert "consider ponds" not in plain(transcript)
    click_anchor(qtbot, transcript, thinking_anchor(transcript))
    text = plain(transcript)
    assert "▾ Thought for 5 s · 40 tokens" in text and "Then frogs." in text
    assert text.index("Then frogs.") < text.index("Para one.")
    so_far.add("print(2)\n```\n\nThe end.")  # the open code block grows, closes, text follows
    flush(transcript)
    text = plain(transcript)
    assert text.index("Then frogs.") < text.index("print(1)") < text.index("print(2)")
    assert text.rstrip().endswith("The end.")
    final = answer.with_changes(
        content=so_far(), status=MessageStatus.COMPLETE, reasoning=thinking.reasoning
    )
    transcript.end_stream(final)
    text = plain(transcript)
    assert "▾ Thought for 5 s · 40 tokens" in text and "Then frogs." in text
    assert text.count("Then frogs.") == 1 and text.count("print(2)") == 1
    transcript.toggle_thinking(final.id)
    assert "Then frogs." not in plain(transcript)


def test_encrypted_thinking_counts_its_seconds_then_says_it_was_private(qtbot: Any) -> None:
    transcript, thinking, so_far, answer = stream_with_thinking(qtbot)
    thinking.thinking, thinking.thinking_seconds = True, 6.0  # items arrive, no text
    transcript.stream_grew()
    flush(transcript)
    assert "Thinking… 6 s" in plain(transcript)
    thinking.thinking, thinking.thought_privately = False, True
    so_far.add("Twenty.")
    flush(transcript)
    assert "Thought privately" in plain(transcript)
    assert thinking_anchor(transcript) is None
    thinking.reasoning_tokens = 3120  # the usage came
    transcript.end_stream(answer.with_changes(content="Twenty.", status=MessageStatus.COMPLETE))
    text = plain(transcript)
    assert "Thought privately: 3,120 thinking tokens billed" in text
    assert thinking_anchor(transcript) is None


def test_thinking_and_the_first_answer_words_in_one_refresh_still_show_the_line(
    qtbot: Any,
) -> None:
    transcript, thinking, so_far, _answer = stream_with_thinking(qtbot)
    thinking.thinking_seconds, thinking.reasoning, thinking.reasoning_tokens = 0.2, "Quick.", 2
    so_far.add("Yes.")
    transcript.stream_grew()
    flush(transcript)
    text = plain(transcript)
    assert "▸ Thought for under a second · 2 tokens" in text and text.rstrip().endswith("Yes.")
    assert "Quick." not in text and "Waiting" not in text


def test_blind_judging_shows_that_it_thought_but_not_how_long_and_it_does_not_open(
    qtbot: Any,
) -> None:
    transcript, thinking, so_far, answer = stream_with_thinking(qtbot, blind=True)
    thinking.thinking, thinking.thinking_seconds = True, 9.0
    thinking.reasoning = "A long and telling chain of thought. " * 20
    transcript.stream_grew()
    flush(transcript)
    text = plain(transcript)
    assert "Thinking…" in text and "9 s" not in text and "telling" not in text
    thinking.thinking, thinking.reasoning_tokens = False, 1234
    so_far.add("Blue.")
    flush(transcript)
    text = plain(transcript)
    assert "Thought\n" in text + "\n" and "1,234" not in text and "9 s" not in text
    final = answer.with_changes(
        content="Blue.",
        status=MessageStatus.COMPLETE,
        reasoning=thinking.reasoning,
        reasoning_tokens=1234,
        thinking_s=9.0,
    )
    transcript.end_stream(final)
    assert thinking_anchor(transcript) is None
    transcript.toggle_thinking(final.id)
    text = plain(transcript)
    assert "telling" not in text and "1,234" not in text and "9 s" not in text
    assert "Thought" in text


def test_a_stored_answer_shows_its_thinking_line_and_opens_without_moving_the_view(
    qtbot: Any,
) -> None:
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.resize(700, 400)
    transcript.show()
    long_thought = "\n\n".join(f"Step {n}: consider option {n}." for n in range(60))
    messages = [
        Message(1, 1, "user", "First question"),
        Message(
            2,
            1,
            "assistant",
            "First answer. " * 80,
            reasoning=long_thought,
            reasoning_tokens=2900,
            thinking_s=32.4,
        ),
        Message(3, 1, "user", "Second question"),
        Message(4, 1, "assistant", "Second answer. " * 80),
    ]
    transcript.show_messages(messages)
    assert "▸ Thought for 32 s · 2,900 tokens" in plain(transcript)
    anchor = thinking_anchor(transcript)
    transcript._link_focus._focus(anchor)  # (scrolls it into view, as Tab does)
    before = transcript.cursorRect(transcript._link_focus._cursor).top()
    transcript.toggle_thinking(2)
    assert "Step 59: consider option 59." in plain(transcript)
    probe = transcript.document().find("▾ Thought for 32 s")
    assert abs(transcript.cursorRect(probe).top() - before) <= 2  # it stayed where it was
    transcript.toggle_thinking(2)
    assert "Step 59" not in plain(transcript)


def test_an_answer_its_thinking_left_empty_says_so_and_retries_with_changed_settings(
    app: App,
) -> None:
    view = app.view
    cid = view.conversation_id
    settings = ChatSettings(
        model=THINKER["id"],  # (a model that thinks: no thinking reaches one that does not)
        params=SamplingParams(max_tokens=300, reasoning=Thinking("effort", effort="high")),
    )
    app.services.conversations.update_settings(cid, settings)
    changed: list[int] = []
    view.settings_changed.connect(changed.append)
    app.fake.push(Scenario(reasoning=THOUGHTS, text="", finish_reason="length"))
    app.send("Prove it")
    app.wait_idle()
    transcript: Transcript = view.transcript
    text = plain(transcript)
    assert "used its whole length limit thinking" in text, text
    assert "Try again with less thinking" in text and "Try again without a length limit" in text
    assert "Cut off" not in text  # (said once, in plain words)
    body = app.fake.chat_requests[-1].json
    assert body["reasoning"] == {"effort": "high"} and body["max_tokens"] == 300

    less = next(a for a in anchors(transcript.document()) if "less-thinking" in a.href)
    app.fake.push(Scenario(reasoning=THOUGHTS, text="", finish_reason="length"))
    click_anchor(app.qtbot, transcript, less)
    app.qtbot.waitUntil(lambda: len(app.fake.chat_requests) == 2, timeout=5000)
    app.wait_idle()
    body = app.fake.chat_requests[-1].json
    assert body["reasoning"] == {"effort": "medium"} and body["max_tokens"] == 300
    stored = app.history.get_conversation(cid)
    assert stored is not None and stored.settings.params.reasoning == Thinking("effort", "medium")
    # The dock shows what was sent (its next edit cannot put the old thinking back).
    assert app.window.dock_link.dock.rows["reasoning"].value() == Thinking("effort", "medium")
    assert changed == [cid]
    assert len(app.history.messages(cid)) == 2  # the empty answer was replaced, not added to

    unlimited = next(a for a in anchors(transcript.document()) if "no-length-limit" in a.href)
    app.fake.push(Scenario(reasoning=THOUGHTS, text="Here is the proof."))
    click_anchor(app.qtbot, transcript, unlimited)
    app.qtbot.waitUntil(lambda: len(app.fake.chat_requests) == 3, timeout=5000)
    app.wait_idle()
    body = app.fake.chat_requests[-1].json
    assert "max_tokens" not in body and body["reasoning"] == {"effort": "medium"}
    assert "Here is the proof." in plain(transcript)
    assert "whole length limit" not in plain(transcript)

    # With no length limit set, only less thinking is offered (the other would change nothing).
    app.fake.push(Scenario(reasoning=THOUGHTS, text="", finish_reason="length"))
    view.regenerate()
    app.wait_idle()
    text = plain(transcript)
    assert "used its whole length limit thinking" in text
    assert "Try again with less thinking" in text and "without a length limit" not in text


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_screenshots_of_a_thinking_answer(qtbot: Any, dark: bool, tmp_path: Any) -> None:
    """Not a check of pixels: pictures in /tmp to look at (and proof the widget grabs)."""
    from PySide6.QtGui import QColor, QPalette

    transcript = Transcript()
    transcript.offers_thinking_retries = True
    qtbot.addWidget(transcript)
    if dark:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
        palette.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
        transcript.setPalette(palette)
    transcript.resize(760, 640)
    transcript.show()
    thought = (
        "**Weighing it up.** The user wants a haiku.\n\n- five syllables\n- seven syllables\n"
        "- five again\n\n```python\ncount = [5, 7, 5]\n```\n\nLet me write it."
    )
    base = replace(Message(0, 1, "assistant", ""), model="vendor/thinker", provider="Fake")
    transcript.show_messages(
        [
            Message(1, 1, "user", "A haiku about a pond"),
            replace(
                base,
                id=2,
                content=ANSWER,
                reasoning=thought,
                reasoning_tokens=2900,
                thinking_s=32.0,
                completion_tokens=2930,
            ),
            Message(3, 1, "user", "And a hidden one?"),
            replace(base, id=4, content="Twenty.", reasoning_tokens=3120, completion_tokens=3130),
            Message(5, 1, "user", "Prove it"),
            replace(
                base,
                id=6,
                content="",
                reasoning="Long proof…",
                reasoning_tokens=300,
                finish_reason="length",
                thinking_s=12.0,
            ),
        ]
    )
    transcript.toggle_thinking(2)
    transcript.scroll_to_bottom()
    name = "dark" if dark else "light"
    assert transcript.grab().save(f"/tmp/thinking-{name}.png")
    transcript.verticalScrollBar().setValue(0)
    assert transcript.grab().save(f"/tmp/thinking-{name}-top.png")
    # Live: thinking as it streams.
    transcript.append_message(Message(7, 1, "user", "One more, thinking aloud"))
    live = FakeThinking(reasoning=thought[:150], thinking=True, thinking_seconds=14.3)
    transcript.begin_stream(replace(base, id=8, status=MessageStatus.STREAMING), lambda: "", live)
    transcript.stream_grew()
    flush(transcript)
    transcript.scroll_to_bottom()
    assert transcript.grab().save(f"/tmp/thinking-{name}-live.png")


@pytest.mark.parametrize(
    ("figures", "said"),
    [
        ({"live": True, "seconds": 14.4, "tokens": None}, "Thinking… 14 s"),
        ({"live": True, "seconds": 0.3, "tokens": None}, "Thinking… under a second"),
        ({"live": True, "seconds": None, "tokens": None}, "Thinking…"),
        ({"live": False, "seconds": 32.0, "tokens": 2900}, "Thought for 32 s · 2,900 tokens"),
        ({"live": False, "seconds": 4210.0, "tokens": 1}, "Thought for 4,210 s · 1 token"),
        ({"live": False, "seconds": None, "tokens": 2900}, "Thought 2,900 tokens"),
        ({"live": False, "seconds": 32.0, "tokens": None}, "Thought for 32 s"),
        ({"live": False, "seconds": None, "tokens": None}, "Thought"),
        (
            {"live": False, "seconds": 3.0, "tokens": 3120, "private": True},
            "Thought privately: 3,120 thinking tokens billed",
        ),
        ({"live": False, "seconds": 3.0, "tokens": None, "private": True}, "Thought privately"),
        ({"live": True, "seconds": 14.0, "tokens": None, "blind": True}, "Thinking…"),
        ({"live": False, "seconds": 32.0, "tokens": 2900, "blind": True}, "Thought"),
        ({"live": False, "seconds": 1.0, "tokens": 9, "private": True, "blind": True}, "Thought"),
    ],
)
def test_the_thinking_line_says_what_is_known_and_nothing_else(
    figures: dict[str, Any], said: str
) -> None:
    assert thinking_label(**figures) == said


def test_a_long_answer_keeps_its_streamed_body_and_its_thinking_line_gets_the_final_figures(
    qtbot: Any,
) -> None:
    from app.ui.chat.transcript import FULL_RENDER_LIMIT

    transcript, thinking, so_far, answer = stream_with_thinking(qtbot)
    thinking.thinking, thinking.thinking_seconds, thinking.reasoning = True, 2.0, "Hmm."
    transcript.stream_grew()
    flush(transcript)
    thinking.thinking = False
    body = "A sentence that goes on. " * (FULL_RENDER_LIMIT // 20)
    so_far.add(body)
    flush(transcript)
    assert "▸ Thought for 2 s" in plain(transcript)
    final = answer.with_changes(
        content=body,
        status=MessageStatus.COMPLETE,
        reasoning="Hmm.",
        reasoning_tokens=700,
        thinking_s=2.0,
    )
    transcript.end_stream(final)
    text = plain(transcript)
    assert "▸ Thought for 2 s · 700 tokens" in text and text.count("Thought") == 1
    assert thinking_anchor(transcript).href == f"action:thinking:{final.id}"
    transcript.toggle_thinking(final.id)
    assert "Hmm." in plain(transcript)


def test_hostile_thinking_is_shown_as_text_and_loads_nothing(qtbot: Any) -> None:
    hostile = (
        "<script>alert(1)</script> <b>raw</b> ![pixel](http://tracker.example/p.png) "
        "[evil](javascript:alert(1))\n\n<img src=http://tracker.example/q.png>"
    )
    transcript, thinking, so_far, answer = stream_with_thinking(qtbot)
    asked: list[str] = []
    transcript.loadResource = lambda kind, name: asked.append(str(name))  # type: ignore[method-assign]
    thinking.thinking, thinking.thinking_seconds, thinking.reasoning = True, 1.0, hostile
    transcript.stream_grew()
    flush(transcript)
    assert "<script>alert(1)</script>" in plain(transcript)
    so_far.add("Fine.")
    flush(transcript)
    final = answer.with_changes(content="Fine.", status=MessageStatus.COMPLETE, reasoning=hostile)
    transcript.end_stream(final)
    transcript.toggle_thinking(final.id)
    text = plain(transcript)
    assert "<script>alert(1)</script>" in text and "<b>raw</b>" in text
    hrefs = [a.href for a in anchors(transcript.document())]
    assert not any(h.startswith("javascript:") for h in hrefs), hrefs
    assert asked == []


def test_screen_readers_hear_that_it_thinks_and_how_long_not_the_thinking(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.ui.chat.transcript as transcript_module

    heard: list[str] = []

    class Heard:
        @staticmethod
        def updateAccessibility(event: Any) -> None:  # noqa: N802 (Qt's name)
            heard.append(event.message())

    monkeypatch.setattr(transcript_module, "QAccessible", Heard)
    transcript, thinking, so_far, _answer = stream_with_thinking(qtbot)
    thinking.thinking, thinking.thinking_seconds = True, 3.0
    thinking.reasoning = "A private chain of thought. It goes on. "
    transcript.stream_grew()
    flush(transcript)
    thinking.reasoning += "And on."
    flush(transcript)
    thinking.thinking, thinking.thinking_seconds, thinking.reasoning_tokens = False, 8.0, 90
    so_far.add("The answer is here. And more")
    flush(transcript)
    assert heard == ["Thinking", "Thought for 8 s · 90 tokens", "The answer is here."]


def test_a_long_thinking_opens_piece_by_piece_muted_and_stood_in_and_stays_so(
    qtbot: Any,
) -> None:
    from app.ui.chat.transcript import PIECE_CHARS

    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.resize(700, 500)
    steps = [f"Step {n}: weigh option {n} against the rest." for n in range(400)]
    thought = "\n\n".join(steps) + "\n\n```python\nx = 1\n```\n\nDone."
    assert len(thought) > 3 * PIECE_CHARS
    answer = Message(2, 1, "assistant", "Option 7.", reasoning=thought, thinking_s=60.0)
    transcript.show_messages([Message(1, 1, "user", "Which option?"), answer])
    transcript.toggle_thinking(2)
    assert transcript.pieces_pending == 1  # the first piece now, the rest one per loop turn
    qtbot.waitUntil(lambda: transcript.pieces_pending == 0, timeout=5000)

    def look() -> None:
        document = transcript.document()
        text = transcript.toPlainText()
        assert text.index("Step 399:") < text.index("Done.") < text.index("Option 7.")
        for step in ("Step 0:", "Step 200:", "Step 399:", "Done."):
            block = document.find(step).block()
            assert block.blockFormat().leftMargin() >= 14, step
            found = document.find(step)
            assert found.charFormat().foreground().color().name() == transcript.theme.muted
        assert document.find("Option 7.").block().blockFormat().leftMargin() == 0
        assert text.count("Step 123:") == 1

    look()
    copy = [a.href for a in anchors(transcript.document()) if a.href.startswith("copy-code:")]
    assert copy == ["copy-code:2:1000000"]  # (numbered apart from the answer's own)
    transcript.anchorClicked.emit(QUrl(copy[0]))
    assert QGuiApplication.clipboard().text() == "x = 1"
    transcript.show_messages([Message(1, 1, "user", "Which option?"), answer])  # shown again
    qtbot.waitUntil(lambda: transcript.pieces_pending == 0, timeout=5000)
    look()
    transcript.show_messages([answer])  # and an earlier page put above it meanwhile
    transcript.prepend_messages([Message(1, 1, "user", "Which option?")], has_more_before=False)
    qtbot.waitUntil(lambda: transcript.pieces_pending == 0, timeout=5000)
    look()


def test_details_split_the_cost_between_the_answer_and_its_thinking(app: App) -> None:
    """With the model's prices from the catalogue, Details says what the thinking cost."""
    task = app.window.tasks.spawn(app.catalogue.refresh(force=True))
    app.qtbot.waitUntil(task.done, timeout=5000)
    cid = app.view.conversation_id
    app.services.conversations.update_settings(cid, ChatSettings(model=THINKER["id"]))
    app.fake.push(Scenario(reasoning=THOUGHTS, reasoning_tokens=2_900, text="Two."))
    app.send("Think hard, please")
    app.wait_idle()
    answer = app.history.messages(cid)[-1]
    app.view.transcript.action_requested.emit("details", answer.id)
    (details,) = [a.text for a in app.notices.of_kind("show_text")]
    assert "Thinking tokens: 2,900" in details
    assert "Thinking cost: $0.012" in details  # 2,900 × $4 per million
    assert "Answer cost (with the prompt)" in details


def test_a_version_made_with_other_settings_is_retried_for_that_version_only(app: App) -> None:
    """The empty answer came from "Regenerate with…": less thinking starts from what it was
    asked with, and the conversation keeps its own settings."""
    cid = app.view.conversation_id
    own = ChatSettings(
        model=THINKER["id"],
        params=SamplingParams(max_tokens=300, reasoning=Thinking("effort", effort="high")),
    )
    app.services.conversations.update_settings(cid, own)
    app.fake.push(Scenario(text="Fine."))
    app.send("Prove it")
    app.wait_idle()
    other = replace(own, params=replace(own.params, reasoning=Thinking("effort", "medium")))
    app.fake.push(Scenario(reasoning=THOUGHTS, text="", finish_reason="length"))
    app.view.regenerate_for_version(other)
    app.wait_idle()
    assert app.fake.chat_requests[-1].json["reasoning"] == {"effort": "medium"}
    less = next(a for a in anchors(app.view.transcript.document()) if "less-thinking" in a.href)
    app.fake.push(Scenario(text="Done."))
    click_anchor(app.qtbot, app.view.transcript, less)
    app.qtbot.waitUntil(lambda: len(app.fake.chat_requests) == 3, timeout=5000)
    app.wait_idle()
    assert app.fake.chat_requests[-1].json["reasoning"] == {"effort": "low"}
    stored = app.history.get_conversation(cid)
    assert stored is not None and stored.settings == own
