"""The chat window driven through its real widgets against the fake server."""

from __future__ import annotations

import asyncio
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app.core.conversation import MessageStatus
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

MARKDOWN_ANSWER = (
    "Here is **bold** text.\n\n```python\nprint('hi')\n```\n\n"
    "<script>alert(1)</script> <b>raw</b> ![pixel](http://tracker.example/p.png) "
    "[evil](javascript:alert(1)) [docs](https://example.org/docs)\n"
)


def plain(app: App) -> str:
    return app.view.transcript.toPlainText()


def test_enter_sends_and_the_answer_streams_in(app: App) -> None:
    app.fake.push(
        Scenario(
            text="The answer arrives word by word. " * 8,
            keepalives=2,
            first_token_delay=0.3,
            token_delay=0.03,
        )
    )
    view = app.view
    assert view.composer.hasFocus()
    app.qtbot.keyClicks(view.composer, "Hello")
    app.qtbot.keyClick(view.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    app.qtbot.keyClicks(view.composer, "second line")
    assert view.composer.toPlainText() == "Hello\nsecond line"
    app.qtbot.keyClick(view.composer, Qt.Key.Key_Return)
    app.qtbot.waitUntil(lambda: "Waiting for the model" in plain(app), timeout=5000)
    assert view.stop_button.isVisible() and not view.send_button.isVisible()
    app.qtbot.waitUntil(lambda: "tokens/s" in view.status.text(), timeout=5000)
    app.wait_idle()
    assert "word by word. The answer" in plain(app)
    assert view.composer.toPlainText() == ""
    user, answer = app.history.messages(view.conversation_id)
    assert user.content == "Hello\nsecond line" and answer.status is MessageStatus.COMPLETE
    assert app.window.tabs.tabText(app.window.tabs.currentIndex()) == "Hello second line"


def test_the_writing_speed_counts_tokens_not_chunks(app: App) -> None:
    # Chunks of many words each: about 60 tokens a chunk, 0.3 s apart.
    app.fake.push(Scenario(chunks=["many words in this one chunk " * 9] * 6, token_delay=0.3))
    view = app.view
    view.send("Go")
    rates: list[int] = []

    def rate_shown() -> bool:
        found = re.search(r"(\d+) tokens/s", view.status.text())
        if found:
            rates.append(int(found.group(1)))
        return bool(found)

    app.qtbot.waitUntil(rate_shown, timeout=5000)
    # Counting chunks would say at most 6 / 0.25 s = 24; the text says far more.
    assert rates[-1] >= 50, view.status.text()
    app.wait_idle()


def test_escape_stops_within_a_second_and_keeps_what_arrived(app: App) -> None:
    app.fake.push(Scenario(text="word " * 400, token_delay=0.02))
    app.send("Long please")
    app.qtbot.waitUntil(lambda: "word word word" in plain(app), timeout=5000)
    started = time.monotonic()
    app.qtbot.keyClick(app.view.composer, Qt.Key.Key_Escape)
    app.wait_idle(timeout=1000)
    assert time.monotonic() - started < 1.0
    _, answer = app.history.messages(app.view.conversation_id)
    assert answer.status is MessageStatus.STOPPED and answer.content.startswith("word word")
    assert "Stopped" in plain(app)


def test_a_refused_send_shows_an_inline_error_and_gives_the_prompt_back(app: App) -> None:
    app.fake.push(Scenario(status=402))
    app.send("Costly question")
    app.wait_idle()
    assert "credits ran out" in plain(app) and "Retry" in plain(app)
    assert app.view.composer.toPlainText() == "Costly question"
    assert app.history.messages(app.view.conversation_id) == []
    app.fake.push(Scenario(text="Now it works."))
    retry_id = next(iter(app.view._pending_prompts))
    app.view.transcript.action_requested.emit("retry-prompt", retry_id)
    app.wait_idle()
    assert "Now it works." in plain(app)
    assert [m.content for m in app.history.messages(app.view.conversation_id)] == [
        "Costly question",
        "Now it works.",
    ]


def test_a_broken_stream_keeps_the_partial_answer_marked_incomplete(app: App) -> None:
    app.fake.push(Scenario(chunks=["Partial ", "answer ", "lost"], drop_after=2))
    app.send("Go")
    app.wait_idle()
    assert "Partial answer" in plain(app) and "Incomplete" in plain(app)
    assert "Retry" in plain(app)


@pytest.mark.parametrize(
    ("reason", "note"), [("length", "Cut off"), ("content_filter", "Filtered")]
)
def test_length_and_content_filter_show_a_note(app: App, reason: str, note: str) -> None:
    app.fake.push(Scenario(text="Short", finish_reason=reason))
    app.send("Go")
    app.wait_idle()
    assert note in plain(app)


def test_model_output_is_untrusted(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    app.fake.push(Scenario(text=MARKDOWN_ANSWER))
    app.send("Show me")
    app.wait_idle()
    text = plain(app)
    assert "<script>alert(1)</script>" in text and "<b>raw</b>" in text  # shown, not run
    html = app.view.transcript.document().toHtml()
    assert "<img" not in html and "tracker.example" in html
    transcript = app.view.transcript
    transcript.anchorClicked.emit(QUrl("javascript:alert(1)"))
    transcript.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == []
    transcript.anchorClicked.emit(QUrl("https://example.org/docs"))
    assert opened == ["https://example.org/docs"]


def test_copy_a_code_block_and_a_message(app: App) -> None:
    app.fake.push(Scenario(text=MARKDOWN_ANSWER))
    app.send("Code please")
    app.wait_idle()
    answer = app.history.messages(app.view.conversation_id)[1]
    app.view.transcript.anchorClicked.emit(QUrl(f"copy-code:{answer.id}:0"))
    assert QGuiApplication.clipboard().text() == "print('hi')"
    app.view.transcript.action_requested.emit("copy", answer.id)
    assert QGuiApplication.clipboard().text() == answer.content


def test_regenerate_and_edit_and_resend_keep_every_version(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.fake.push(
        Scenario(text="First try."), Scenario(text="Second try."), Scenario(text="Edited answer.")
    )
    app.send("Question")
    app.wait_idle()
    cid = app.view.conversation_id
    answer = app.history.messages(cid)[1]
    app.view.transcript.action_requested.emit("regenerate", answer.id)
    app.wait_idle()
    assert "Second try." in plain(app) and "First try." not in plain(app)
    assert app.history.get_message(answer.id) is not None  # kept, one switch away
    user = app.history.messages(cid)[0]
    app.view.transcript.action_requested.emit("edit", user.id)
    assert app.notices.of_kind("confirm") == []  # nothing is removed: nothing to confirm
    assert app.view.composer.toPlainText() == "Question"
    app.view.composer.setPlainText("Better question")
    app.qtbot.keyClick(app.view.composer, Qt.Key.Key_Return)
    app.wait_idle()
    assert [m.content for m in app.history.messages(cid)] == ["Better question", "Edited answer."]
    assert app.fake.chat_requests[-1].json["messages"] == [
        {"role": "user", "content": "Better question"}
    ]
    # The original prompt and both its answers are still there.
    app.history.show_version(user.id)
    assert [m.content for m in app.history.messages(cid)] == ["Question", "Second try."]


def test_details_record_what_produced_the_answer(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    app.fake.push(
        Scenario(text="Hi", model="microsoft/wizardlm-2-8x22b-0416", provider="DeepInfra")
    )
    app.send("Hello")
    app.wait_idle()
    answer = app.history.messages(app.view.conversation_id)[1]
    app.view.transcript.action_requested.emit("details", answer.id)
    (details,) = [a.text for a in app.notices.of_kind("show_text")]
    assert "microsoft/wizardlm-2-8x22b-0416" in details and "DeepInfra" in details
    assert "Answer tokens" in details and "Cost" in details and "Finish reason: stop" in details


def test_tabs_new_close_rename_and_restore(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    tabs = app.window.tabs
    app.fake.default = Scenario(text="ok")
    app.send("First conversation")
    app.wait_idle()
    app.window.new_action.trigger()
    assert tabs.count() == 2 and app.view.composer.hasFocus()
    app.send("Second conversation")
    app.wait_idle()
    app.notices.answer("  Renamed \n")
    app.window.rename_tab(1)
    assert tabs.tabText(1) == "Renamed"
    tabs.tabBar().moveTab(0, 1)
    tabs.setCurrentIndex(0)
    expected = [tabs.tabText(i) for i in range(tabs.count())]
    assert expected == ["Renamed", "First conversation"]

    again = app.reopen()
    assert [again.tabs.tabText(i) for i in range(again.tabs.count())] == expected
    assert again.tabs.currentIndex() == 0

    app.window.new_action.trigger()
    empty_id = app.view.conversation_id
    app.window.close_current_tab()
    assert app.history.get_conversation(empty_id) is None  # an empty tab leaves nothing behind
    app.window.close_tab(0)
    assert tabs.count() == 1 and app.history.get_conversation(
        app.history.list_conversations()[0].id
    )


def test_library_searches_message_text_reopens_and_deletes(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.fake.default = Scenario(text="The capital of France is Paris.")
    app.send("Capital of France?")
    app.wait_idle()
    first = app.view.conversation_id
    app.window.new_action.trigger()
    app.send("Something else")
    app.wait_idle()
    app.window.close_tab(0)
    library = app.window.library
    library.search.setText("no such words")
    app.qtbot.waitUntil(lambda: library.list.count() == 0, timeout=2000)
    library.search.setText("paris")  # in both answers
    app.qtbot.waitUntil(lambda: library.list.count() == 2, timeout=2000)
    library.search.setText("France?")  # only the first question
    app.qtbot.waitUntil(lambda: library.list.count() == 1, timeout=2000)
    library.list.setCurrentRow(0)
    library.open_button.click()
    assert app.view.conversation_id == first and app.window.tabs.count() == 2
    app.notices.answer(True)
    library.delete_button.click()
    assert app.history.get_conversation(first) is None
    assert all(v.conversation_id != first for v in app.window.chat_views())


def test_enter_sends_can_be_switched_off(app: App) -> None:
    app.window.enter_sends_action.setChecked(False)
    composer = app.view.composer
    app.qtbot.keyClicks(composer, "line one")
    app.qtbot.keyClick(composer, Qt.Key.Key_Return)
    assert composer.toPlainText() == "line one\n" and not app.fake.chat_requests
    app.fake.push(Scenario(text="sent"))
    app.qtbot.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    app.wait_idle()
    assert app.fake.chat_requests


def test_pasting_a_megabyte_works(app: App) -> None:
    big = ("lorem ipsum dolor sit amet " * 40 + "\n") * 1000
    assert len(big) > 1_000_000
    mime = QMimeData()
    mime.setText(big)
    mime.setHtml("<img src='http://example.org/x.png'>")
    started = time.monotonic()
    app.view.composer.insertFromMimeData(mime)
    elapsed = time.monotonic() - started
    assert app.view.composer.toPlainText() == big
    print(f"pasting {len(big):,} characters took {elapsed * 1000:.0f} ms")


def imported(app: App, path: Path) -> int | None:
    task = asyncio.ensure_future(app.window.files.import_file(path))
    app.qtbot.waitUntil(task.done, timeout=10_000)
    return task.result()


def test_export_and_import_round_trip(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.fake.push(Scenario(text="An answer with `code`."))
    app.send("Export me")
    app.wait_idle()
    target = tmp_path / "out.json"
    app.notices.answer(target)
    app.window.files.export_current("json")
    app.qtbot.waitUntil(target.exists)  # written off the UI thread, atomically
    data = json.loads(target.read_text())
    assert [m["content"] for m in data["messages"]] == ["Export me", "An answer with `code`."]
    md = tmp_path / "out.md"
    app.notices.answer(md)
    app.window.files.export_current("md")
    app.qtbot.waitUntil(md.exists)
    assert "Export me" in md.read_text() and "An answer with `code`." in md.read_text()
    new_id = imported(app, target)
    assert new_id is not None and app.view.conversation_id == new_id
    assert [m.content for m in app.history.messages(new_id)] == [
        "Export me",
        "An answer with `code`.",
    ]
    bad = tmp_path / "bad.json"
    bad.write_text('{"messages": [{"role": "wizard", "content": "x"}]}')
    assert imported(app, bad) is None
    assert "not" in app.window.status_message.message()


def test_a_long_conversation_opens_at_its_end_and_loads_earlier_messages(app: App) -> None:
    conversation = app.history.create_conversation("Long one")
    for i in range(300):
        app.history.add_message(
            conversation.id,
            "user" if i % 2 == 0 else "assistant",
            f"Message number {i}\n\n```python\nx = {i}\n```",
        )
    app.window.open_conversation(conversation.id)
    transcript = app.view.transcript
    assert "Message number 299" in transcript.toPlainText()
    assert "Message number 0\n" not in transcript.toPlainText()
    bar = transcript.verticalScrollBar()
    assert bar.value() == bar.maximum()
    shown = len(transcript.message_ids)
    bar.triggerAction(bar.SliderAction.SliderToMinimum)  # as the reader would
    app.qtbot.waitUntil(lambda: len(transcript.message_ids) > shown, timeout=2000)
    assert bar.value() > bar.minimum()  # the view stays where the reader was
    text = transcript.toPlainText()
    first_shown = min(transcript.message_ids)
    numbers = [int(n) for n in re.findall(r"Message number (\d+)", text)]
    assert (
        numbers == sorted(numbers)
        and numbers[-1] == 299
        and len(numbers) == len(transcript.message_ids)
    )
    # Messages loaded later are as alive as the others: their links work.
    earliest = transcript.message(first_shown)
    transcript.action_requested.emit("copy", earliest.id)
    assert QGuiApplication.clipboard().text() == earliest.content
    transcript.update_message(earliest.with_changes(content="Rewritten first message"))
    assert "Rewritten first message" in transcript.toPlainText()
    assert "Message number 299" in transcript.toPlainText()


def test_a_streaming_answer_is_announced_per_sentence(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAccessible

    announced: list[str] = []
    monkeypatch.setattr(
        QAccessible, "updateAccessibility", lambda event: announced.append(event.message())
    )
    text = "First sentence here. Second one follows! Is this the third? Yes."
    app.fake.push(Scenario(text=text, token_delay=0.02))
    app.send("Talk")
    app.wait_idle()
    assert announced, "nothing was announced"
    assert len(announced) < len(text.split())  # sentences, not tokens
    assert " ".join(announced).startswith("First sentence here.")
    assert all(a.rstrip().endswith((".", "!", "?")) for a in announced)


def test_controls_are_named_for_screen_readers(app: App) -> None:
    view = app.view
    for widget in (
        view.transcript,
        view.composer,
        view.send_button,
        view.stop_button,
        app.window.tabs,
    ):
        assert widget.accessibleName(), widget


def test_the_conversation_follows_a_dark_palette(app: App) -> None:
    from PySide6.QtGui import QColor, QPalette

    app.fake.push(Scenario(text="```python\nx = 1\n```"))
    app.send("Code")
    app.wait_idle()
    transcript = app.view.transcript
    light_html = transcript.document().toHtml()
    palette = transcript.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#101418"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6edf3"))
    transcript.setPalette(palette)
    dark_html = transcript.document().toHtml()
    assert transcript.theme.background != "#ffffff"
    assert dark_html != light_html and "x = 1" in transcript.toPlainText()


def test_while_streaming_every_token_shows_exactly_once(app: App) -> None:
    words = [f"w{i}" for i in range(60)]
    app.fake.push(
        Scenario(chunks=[f"{w} " for w in words], token_delay=0.03, first_token_delay=0.3)
    )
    app.send("Count")
    transcript = app.view.transcript
    app.qtbot.waitUntil(lambda: "w20 " in transcript.streaming_text, timeout=5000)
    app.qtbot.wait(100)  # let a flush render what arrived
    text = transcript.toPlainText()
    assert "Waiting for the model" not in text
    shown = re.findall(r"w\d+", text)
    assert len(shown) == len(set(shown)) and shown == words[: len(shown)]
    app.wait_idle()


def test_a_long_answer_keeps_its_streamed_body_exactly(app: App) -> None:
    from app.ui.chat.transcript import FULL_RENDER_LIMIT

    paragraph = "A long paragraph of words to make the answer big. " * 8
    count = FULL_RENDER_LIMIT // len(paragraph) + 5
    app.fake.push(Scenario(chunks=[f"P{i}: {paragraph}\n\n" for i in range(count)]))
    app.send("Long")
    app.wait_idle()
    text = app.view.transcript.toPlainText()
    labels = re.findall(r"P(\d+):", text)
    assert labels == [str(i) for i in range(count)]
    assert "tokens" in text and "Regenerate" in text  # header and footer redone


def test_the_window_comes_back_with_its_size_and_docks_as_they_were_left(app: App) -> None:
    window = app.window
    window.show()
    window.resize(760, 560)  # (the offscreen screen is 800 wide)
    app.qtbot.waitExposed(window)
    window.parameters.hide()  # the person closed the parameter dock
    window.resizeDocks([window.library], [300], Qt.Orientation.Horizontal)
    app.qtbot.waitUntil(lambda: window.library.width() == 300)
    layout = window.saved_layout()

    again = app.reopen(layout)
    again.show()
    app.qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.library.isVisible() and not again.parameters.isVisible()
    assert again.library.width() == 300
    assert again.dockWidgetArea(again.library) == Qt.DockWidgetArea.LeftDockWidgetArea

    # A layout made with other docks (an older version) is not used: the default one is.
    other = layout._replace(docks=("library", "something else"))
    default = app.reopen(other)
    default.show()
    app.qtbot.waitExposed(default)
    assert default.library.isVisible()
    assert not default.parameters.isVisible()  # a first start narrower than 1300 px: closed
    assert default.dockWidgetArea(default.parameters) == Qt.DockWidgetArea.RightDockWidgetArea


@pytest.mark.parametrize("direction", ["left-to-right", "right-to-left"])
def test_a_first_start_places_the_docks_just_after_the_first_paint(
    qtbot: Any, direction: str
) -> None:
    """As the app starts: the window paints before the history arrives (attach), and on a
    first start (no saved layout) its docks take their places right after that paint, the
    library where reading starts."""
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow

    rtl = direction == "right-to-left"
    previous = QApplication.layoutDirection()
    QApplication.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    try:
        window = MainWindow(endpoint="https://openrouter.ai/api/v1", key_source="…")
        qtbot.addWidget(window)
        painted: list[bool] = []
        window.first_painted.connect(lambda: painted.append(True))
        assert window.library.isHidden()  # (not floating over the window before its place)
        window.show()
        qtbot.waitUntil(lambda: bool(painted) and window.library.isVisible())
        start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        if rtl:
            start, end = end, start
        assert window.dockWidgetArea(window.library) == start
        assert window.dockWidgetArea(window.parameters) == end
        assert not window.library.isFloating() and not window.parameters.isFloating()
        # a narrow screen (the offscreen one): the conversation gets the room
        assert window.parameters.isHidden() and window.parameters_button.isVisible()
        layout = window.saved_layout()
        assert layout.docks == ("library", "parameters")
    finally:
        QApplication.setLayoutDirection(previous)


def test_a_re_rendered_transcript_keeps_its_reading_column(qtbot: Any) -> None:
    """Regenerating or switching theme re-renders the transcript: a wide one keeps its centred
    column (each re-render starts on a fresh document, whose root frame holds it)."""
    from app.core.conversation import Message
    from app.ui.chat.transcript import Transcript

    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.resize(1400, 600)  # wider than the reading column
    transcript.show()
    qtbot.waitExposed(transcript)
    margin = transcript.document().rootFrame().frameFormat().leftMargin()
    assert margin > 0
    question = Message(id=1, conversation_id=1, role="user", content="Question")
    for step in range(5):
        answer = Message(id=2 + step, conversation_id=1, role="assistant", content="An answer")
        transcript.show_messages([question, answer])
        assert transcript.document().rootFrame().frameFormat().leftMargin() == margin
        transcript.resize(1400, 601 + step)  # (a resize looks at the root frame again)
        qtbot.wait(1)
    assert "An answer" in transcript.toPlainText()


def test_rename_offers_the_whole_title_though_the_tab_shows_it_shortened(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.fake.default = Scenario(text="ok")
    app.send("x")
    app.wait_idle()
    long_title = "A title far longer than a tab can show, " * 4
    app.history.rename_conversation(app.view.conversation_id, long_title.strip())
    app.notices.answer(long_title)
    app.window.rename_tab(app.window.tabs.currentIndex())
    assert [a.default for a in app.notices.of_kind("ask_text")] == [long_title.strip()]


def test_an_answer_drawn_again_keeps_its_header_close_to_its_text(app: App) -> None:
    """Sending again redraws the answer before it (its Regenerate goes); that redraw gave its
    header the footer's margins, a blank line between the model's name and the answer."""
    app.fake.push(Scenario(text="Autumn moonlight—\na worm digs silently\ninto the chestnut."))
    app.fake.push(Scenario(text="Three things:\n\n1. one\n2. two\n"))

    def header_margins() -> list[tuple[float, float]]:
        found, block = [], app.view.transcript.document().begin()
        while block.isValid():
            if block.text().startswith("wizardlm"):
                fmt = block.blockFormat()
                found.append((fmt.topMargin(), fmt.bottomMargin()))
            block = block.next()
        return found

    app.send("A haiku")
    app.wait_idle()
    (first,) = header_margins()
    app.send("Bread?")
    app.wait_idle()
    assert header_margins() == [first, first]
    conversation = app.view.conversation_id
    app.window.close_current_tab()
    app.window.open_conversation(conversation)
    assert header_margins() == [first, first]  # as it is drawn when reopened


def test_a_search_typed_just_before_closing_does_not_run_after_the_history_is_closed(
    app: App,
) -> None:
    library = app.window.library
    library.search.setText("paris")  # (the search waits a moment for more typing)
    app.window.detach()  # as at shutdown, then the database closes:
    app.history._db.close()
    app.qtbot.wait(400)  # the search's pause has passed: it did not run on the closed history
    assert not library._timer.isActive()
