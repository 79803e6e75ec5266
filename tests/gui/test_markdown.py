"""Markdown rendering for the chat view: safe for untrusted model output, readable in Qt.

Set ``SWITCHBOARD_MD_SCREENSHOTS=DIR`` to keep the rendered screenshots (md_light.png,
md_dark.png) for a look by eye.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from app.render.markdown import render_markdown, render_piece
from app.render.stable_prefix import StablePrefixTracker, split_for_display
from app.render.theme import Theme
from tests.helpers.documents import GrowingText
from tests.unit.test_render_markdown import CODE_MESSAGE, SAMPLE

LIGHT = Theme.light()
DARK = Theme.dark()

# --- Qt ---------------------------------------------------------------------------------------

HOSTILE = """\
![a](http://evil.example/a.png) ![b](https://evil.example/b.png "title")
![c](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==)
![d](file:///etc/passwd) ![e](pixel.png) ![f][ref]
<img src="http://evil.example/raw.png"> <link rel="stylesheet" href="http://evil.example/s.css">
[link](http://example.com) <https://example.com/auto> [rel](other.html)
<table background="http://evil.example/bg.png"><tr><td>x</td></tr></table>

[ref]: http://evil.example/ref.png

```html
<img src="http://evil.example/in-code.png">
```
"""


def _paint(doc: Any) -> None:
    from PySide6.QtGui import QImage, QPainter

    doc.setTextWidth(600)
    image = QImage(600, max(1, int(doc.size().height())), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()


def _recording_document() -> Any:
    from PySide6.QtGui import QTextDocument

    class RecordingDocument(QTextDocument):
        def __init__(self) -> None:
            super().__init__()
            self.requests: list[str] = []

        def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 - Qt override
            self.requests.append(name.toString())
            return None

    return RecordingDocument()


def test_qt_is_never_asked_to_load_a_resource(qapp: Any) -> None:
    # The recorder works: Qt does ask for an image given raw HTML.
    control = _recording_document()
    control.setHtml('<p><img src="http://evil.example/raw.png"></p>')
    _paint(control)
    assert control.requests

    for theme in (LIGHT, DARK):
        doc = _recording_document()
        doc.setHtml(render_markdown(HOSTILE, theme=theme, message_id=2))
        _paint(doc)
        assert doc.requests == []
        text = doc.toPlainText()
        assert "Image: a" in text and "Image: f" in text
        assert '<img src="http://evil.example/raw.png">' in text


def test_rendered_html_survives_insert_html_into_a_document(qapp: Any) -> None:
    from PySide6.QtGui import QTextCursor

    doc = _recording_document()
    cursor = QTextCursor(doc)
    cursor.insertHtml(render_markdown(SAMPLE, theme=LIGHT, message_id=1))
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertHtml(render_markdown(CODE_MESSAGE, theme=LIGHT, message_id=2))
    _paint(doc)
    assert doc.requests == []
    text = doc.toPlainText()
    assert "asyncio.run(main(3))" in text
    assert "plain & simple" in text


def test_code_keeps_leading_blank_lines_and_indentation_in_qt(qapp: Any) -> None:
    from PySide6.QtGui import QTextDocument

    for source in ("```\n\n\n  indented\n\tx\n```", "```python\n\n\n  indented\n\tx\n```"):
        doc = QTextDocument()
        doc.setHtml(render_markdown(source, theme=LIGHT))
        assert "Copy\n\n\n  indented\n    x\n" in doc.toPlainText()


def _screenshot(theme: Theme, path: Path) -> Any:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    palette = browser.palette()
    for role, color in (
        (QPalette.ColorRole.Base, theme.background),
        (QPalette.ColorRole.Window, theme.background),
        (QPalette.ColorRole.Text, theme.text),
        (QPalette.ColorRole.Link, theme.link),
    ):
        palette.setColor(role, QColor(color))
    browser.setPalette(palette)
    browser.setOpenLinks(False)
    browser.document().setDocumentMargin(12)
    browser.document().setIndentWidth(20)
    browser.resize(600, 880)
    browser.setHtml(render_markdown(SAMPLE, theme=theme, message_id=1))
    image = browser.grab().toImage()
    assert image.save(str(path))
    browser.deleteLater()
    return image


def _share_of(image: Any, color: str) -> float:
    from PySide6.QtGui import QColor

    target = QColor(color).rgb()
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            hits += image.pixel(x, y) == target
    return hits / total


@pytest.mark.parametrize("name", ["light", "dark"])
def test_screenshot_shows_shaded_code_on_the_theme_background(
    qapp: Any, tmp_path: Path, name: str
) -> None:
    theme = Theme.light() if name == "light" else Theme.dark()
    keep = os.environ.get("SWITCHBOARD_MD_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path
    image = _screenshot(theme, folder / f"md_{name}.png")
    assert _share_of(image, theme.background) > 0.5
    assert _share_of(image, theme.code_bg) > 0.03  # the code box is shaded


_SPLIT_CASES = {
    "bullets": "\n".join(f"- item {i}" for i in range(250)),
    "numbers": "Intro:\n\n" + "\n".join(f"{i + 3}. item {i}\n   more {i}" for i in range(250)),
    "ones": "\n".join(f"1. item {i}" for i in range(130)),
    "table": "Head\n\n| a | b |\n|---|:-:|\n"
    + "\n".join(f"| r{i} | v{i} |" for i in range(250))
    + "\n\ntext\n",
    # Line breaks inside paragraphs, list items (lazy lines too) and quotes.
    "poem": "\n\n".join(f"Stanza {i}, line one\nline two\nline three" for i in range(5))
    + "\n\n- item\n  goes on\nlazily\n- next\n2. not an item\n\n> quoted\n> lines\n\nEnd.\n",
    "mixed": "- a\n  - b\n- c\n\n  para\n- d\n```\ncode\n```\n* e\n* f\n+ g\n2) h\n1) i\n2) j\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\nfoo\n- x\n- y\n\n1. a\n2. b\n> q\n3. c\n",
}


def _shown(qapp: Any, htmls: list[str]) -> list[tuple[str, str]]:
    """What a reader sees, block by block (list marker, text), with the pieces inserted the
    way the transcript inserts them."""
    from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

    from tests.helpers.documents import blocks

    document = QTextDocument()
    cursor = QTextCursor(document)
    for index, html_text in enumerate(htmls):
        if index:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(html_text)
    return blocks(document)


@pytest.mark.parametrize("name", sorted(_SPLIT_CASES))
def test_lists_and_tables_split_while_streaming_read_like_the_whole(qapp: Any, name: str) -> None:
    text = _SPLIT_CASES[name]
    whole = _shown(qapp, [render_markdown(text, theme=LIGHT)])
    for step in (1, 7, 64):
        tracker = StablePrefixTracker()
        frozen, context, htmls = 0, None, []
        for k in range(0, len(text), step):
            tracker.feed(text[k : k + step])
            stable = tracker.stable_length
            if stable > frozen:
                after = tracker.stable_context
                htmls.append(
                    render_piece(
                        text[frozen:stable], theme=LIGHT, continues=context, open_end=bool(after)
                    )[0]
                )
                frozen, context = stable, after
        htmls.append(render_piece(text[frozen:], theme=LIGHT, continues=context)[0])
        assert len(htmls) > 2 or name == "mixed"
        assert _shown(qapp, htmls) == whole, (name, step)
    pieces = split_for_display(text, 100)
    rendered = [
        render_piece(p.text, theme=LIGHT, continues=p.continues, open_end=p.open_end)[0]
        for p in pieces
    ]
    assert len(pieces) > 1 and _shown(qapp, rendered) == whole


def test_a_refresh_asks_the_streaming_answer_once_however_many_pieces_arrived(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.conversation import Message, MessageStatus
    from app.render.stream import AnswerStream
    from app.ui.chat.transcript import Transcript

    seen: list[str] = []
    update = AnswerStream.update

    def counted(self: AnswerStream, text: str, *, final: bool = False) -> Any:
        seen.append(text)
        return update(self, text, final=final)

    monkeypatch.setattr(AnswerStream, "update", counted)
    transcript = Transcript()
    qtbot.addWidget(transcript)
    answer = Message(1, 1, "assistant", "", status=MessageStatus.STREAMING)
    so_far = GrowingText()
    transcript.begin_stream(answer, so_far)
    text = "Para one.\n\n```python\nx = 1\n" + "word " * 50
    for k in range(0, len(text), 3):
        so_far.add(text[k : k + 3])
        transcript.stream_grew()
    transcript._flush_timer.stop()
    transcript._flush()
    assert seen == [text]
    assert "Para one." in transcript.toPlainText() and "x = 1" in transcript.toPlainText()
    transcript.end_stream(answer.with_changes(content=text, status=MessageStatus.COMPLETE))
    assert "word word" in transcript.toPlainText()


# --- line breaks as the model wrote them --------------------------------------------------------

HAIKU_LINES = ["An old silent pond", "A frog jumps into the pond", "Splash! Silence again."]
POEM = (
    "\n".join(HAIKU_LINES)
    + "\n\n- first\n  goes on\n- second\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    + "```\nx = 1\ny = 2\n```\n\nThe end,\nfor now.\n"
)
# What a reader sees of POEM, block by block (a line break stays inside its block).
POEM_SHOWN = [
    ("", "\u2028".join(HAIKU_LINES)),
    (".", "first\u2028goes on"),
    (".", "second"),
    *[("", cell) for cell in ("a", "b", "1", "2", "code", "Copy", "x = 1", "y = 2")],
    ("", "The end,\u2028for now."),
]


def test_a_haiku_shows_as_three_lines_and_copies_as_three(qtbot: Any) -> None:
    from PySide6.QtGui import QTextDocument

    from app.core.conversation import Message, MessageStatus
    from app.ui.chat.transcript import Transcript
    from tests.helpers.documents import blocks

    document = QTextDocument()
    document.setHtml(render_markdown("\n".join(HAIKU_LINES), theme=LIGHT))
    ((_, text),) = blocks(document)
    assert text.split("\u2028") == HAIKU_LINES
    document.setTextWidth(2000)  # wide enough for any line: only the breaks make lines
    document.documentLayout().blockBoundingRect(document.begin())  # (lays the block out)
    assert document.begin().layout().lineCount() == 3
    assert _shown(None, [render_markdown(POEM, theme=LIGHT)]) == POEM_SHOWN

    transcript = Transcript()
    qtbot.addWidget(transcript)
    prompt = Message(1, 1, "user", "Write me a haiku\nabout a pond")
    answer = Message(2, 1, "assistant", POEM, status=MessageStatus.COMPLETE)
    transcript.show_messages([prompt, answer])
    assert ("", "Write me a haiku\u2028about a pond") in blocks(transcript.document())
    transcript.selectAll()
    copied = transcript.createMimeDataFromSelection().text()
    assert "\n".join(HAIKU_LINES) in copied and "The end,\nfor now." in copied
    assert "\u2028" not in copied


@pytest.mark.parametrize("repeat", [1, 80], ids=["short", "long"])
def test_a_streamed_answer_keeps_its_line_breaks_and_reads_like_the_final_render(
    qtbot: Any, repeat: int
) -> None:
    """Streamed (settled pieces and tail), ended (a long answer keeps its streamed body),
    and shown again (a long answer piece by piece): the same lines every time."""
    from app.core.conversation import Message, MessageStatus
    from app.ui.chat.transcript import FULL_RENDER_LIMIT, PIECE_CHARS, Transcript
    from tests.helpers.documents import blocks

    text = "\n\n".join([POEM] * repeat)
    assert (len(text) > max(FULL_RENDER_LIMIT, 3 * PIECE_CHARS)) == (repeat > 1)
    streaming = Transcript()
    qtbot.addWidget(streaming)
    answer = Message(1, 1, "assistant", "", status=MessageStatus.STREAMING)
    so_far = GrowingText()
    streaming.begin_stream(answer, so_far)
    for k in range(0, len(text), 7):
        so_far.add(text[k : k + 7])
        streaming.stream_grew()
        streaming._flush_timer.stop()
        streaming._flush()
    assert blocks(streaming.document())[1:] == POEM_SHOWN * repeat  # (after the header)
    final = answer.with_changes(content=text, status=MessageStatus.COMPLETE)
    streaming.end_stream(final)
    ended = blocks(streaming.document())

    reopened = Transcript()
    qtbot.addWidget(reopened)
    reopened.show_messages([final])
    qtbot.waitUntil(lambda: reopened.pieces_pending == 0)
    assert ended == blocks(reopened.document())
    assert ended[1:-1] == POEM_SHOWN * repeat  # (between the header and the footer)
