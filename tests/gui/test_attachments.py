"""Attachments in the window, against the fake server: pasted, dropped and attached files as
chips, the exact request bodies, gating by what the model reads, the scanned-PDF question,
web search with sources, and screenshots."""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

from app.core.attachments import WebSearch
from app.core.conversation import ChatSettings
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App
from tests.unit.test_attachment_intake import IMAGE_ONLY_PAGE, TEXT_PAGE, pdf

VISION = "fakelab/vision-1"
FILES = "fakelab/files-1"


@pytest.fixture(autouse=True)
def live_catalogue(app: App) -> None:
    """The fake's model list (what each model reads, and its prices), as a refresh brings."""
    task = app.window.tasks.spawn(app.catalogue.refresh(force=True))
    assert task is not None
    app.qtbot.waitUntil(task.done, timeout=5000)
    assert app.catalogue.get(VISION) is not None


def use_model(app: App, model: str, **changes: Any) -> None:
    """The conversation's model (and other settings) as the dock would store them."""
    cid = app.view.conversation_id
    conversation = app.history.get_conversation(cid)
    assert conversation is not None
    app.history.update_settings(cid, replace(conversation.settings, model=model, **changes))
    app.window.dock_link.settings_changed(cid)


def wait_chips(app: App, count: int) -> None:
    app.qtbot.waitUntil(lambda: len(app.view.chips.attachments()) == count, timeout=5000)
    app.qtbot.waitUntil(lambda: app.view.attacher.reading == 0, timeout=5000)


def user_content(app: App, index: int = -1) -> Any:
    body = app.fake.chat_requests[index].json
    return [m for m in body["messages"] if m["role"] == "user"][-1]["content"]


def data_url(app: App, digest: str, mime: str) -> str:
    blobs = app.chat.blobs
    assert blobs is not None
    return f"data:{mime};base64," + base64.b64encode(blobs.get(digest)).decode()


def picture(width: int = 64, height: int = 48) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366cc"))
    return image


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def drop(app: App, paths: list[Path]) -> None:
    """Files dropped onto the chat view (not its composer)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    app.view.dropEvent(event)


def test_a_pasted_picture_is_sent_as_an_image_part(app: App) -> None:
    use_model(app, VISION)
    view = app.view
    mime = QMimeData()
    mime.setImageData(picture())
    view.composer.insertFromMimeData(mime)  # (what Ctrl+V does)
    wait_chips(app, 1)
    (chip,) = view.chips.chips
    assert chip.attachment.kind == "image" and chip.attachment.name == "Pasted picture.png"
    assert chip.picture.pixmap() is not None and not chip.picture.pixmap().isNull()
    assert "about $0.001" in chip.facts.text()  # the vision model's price per image
    assert view.composer.toPlainText() == ""  # a picture is never pasted as text
    app.fake.push(Scenario(text="A blue rectangle."))
    app.send("What is this?")
    app.wait_idle()
    assert view.chips.attachments() == ()
    assert user_content(app) == [
        {"type": "text", "text": "What is this?"},
        {
            "type": "image_url",
            "image_url": {"url": data_url(app, chip.attachment.digest, "image/png")},
        },
    ]
    user, _answer = app.history.messages(view.conversation_id)
    assert user.attachments == (chip.attachment,)
    html = view.transcript.document().toHtml()
    assert f"thumb:{chip.attachment.digest}" in html  # its thumbnail in the transcript


def test_a_dropped_pdf_goes_through_the_free_reader(app: App, tmp_path: Path) -> None:
    path = write(tmp_path, "report.pdf", pdf([TEXT_PAGE, TEXT_PAGE]))
    drop(app, [path])
    wait_chips(app, 1)
    (chip,) = app.view.chips.chips
    assert chip.attachment.pages == 2 and "2 pages" in chip.facts.text()
    app.fake.push(Scenario(text="It is a quarterly report."))
    app.send("Summarise it")
    app.wait_idle()
    body = app.fake.chat_requests[-1].json
    assert body["plugins"] == [{"id": "file-parser", "pdf": {"engine": "cloudflare-ai"}}]
    assert user_content(app) == [
        {"type": "text", "text": "Summarise it"},
        {
            "type": "file",
            "file": {
                "filename": "report.pdf",
                "file_data": data_url(app, chip.attachment.digest, "application/pdf"),
            },
        },
    ]
    assert [engine for engine, _hash in app.fake.parses] == ["cloudflare-ai"]


def test_an_attached_text_file_is_sent_inline_with_its_name(app: App, tmp_path: Path) -> None:
    path = write(tmp_path, "notes.txt", b"Buy milk.\nCall Ann.\n")
    app.notices.answer(path)
    app.qtbot.mouseClick(app.view.attach_button, Qt.MouseButton.LeftButton)
    wait_chips(app, 1)
    asked = app.notices.of_kind("choose_path")[-1]
    assert asked.title == "Attach a file"
    app.fake.push(Scenario(text="Two tasks."))
    app.send("What do I need to do?")
    app.wait_idle()
    content = user_content(app)
    assert content[0] == {"type": "text", "text": "What do I need to do?"}
    assert content[1]["type"] == "text"
    assert content[1]["text"].startswith("File notes.txt:\n```\nBuy milk.\nCall Ann.\n")
    assert len(content) == 2


def test_a_text_only_model_offers_models_that_can_see(app: App) -> None:
    view = app.view
    view.add_image(_png_bytes())
    wait_chips(app, 1)
    requests = len(app.fake.chat_requests)
    app.send("What is in the picture?")
    # Not sent, nothing dropped, nothing rerouted: the text and the picture stay
    assert len(app.fake.chat_requests) == requests and not view.busy
    assert view.composer.toPlainText() == "What is in the picture?"
    assert len(view.chips.attachments()) == 1
    banner = view.offer_banner
    assert banner.isVisible()
    said = banner.accessibleDescription()
    assert "cannot see pictures" in said and "“Pasted picture.png” is a picture" in said
    offered = [m.id for m in view._offered]
    assert VISION in offered and FILES in offered and "microsoft/wizardlm-2-8x22b" not in offered
    assert "Vision 1" in banner.text()
    view.offer_banner.chosen.emit(f"model-{offered.index(VISION)}")
    conversation = app.history.get_conversation(view.conversation_id)
    assert conversation is not None and conversation.settings.model == VISION
    assert app.window.parameters.model_id.text() == VISION  # the dock says what is sent
    assert not banner.isVisible()
    app.fake.push(Scenario(text="A blue rectangle."))
    view.send(view.composer.toPlainText())
    app.wait_idle()
    assert app.fake.chat_requests[-1].json["model"] == VISION
    assert user_content(app)[1]["type"] == "image_url"


def test_a_scanned_pdf_asks_before_paid_reading_and_says_the_price(
    app: App, tmp_path: Path
) -> None:
    scan = write(tmp_path, "scan.pdf", pdf([IMAGE_ONLY_PAGE] * 8))
    app.view.add_files([scan])
    wait_chips(app, 1)
    app.notices.answer(True)
    app.fake.push(Scenario(text="The scan says hello."))
    app.send("Read this")
    app.wait_idle()
    (asked,) = app.notices.of_kind("confirm")
    assert asked.text == (
        "This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages "
        "(about $0.016 for these 8 pages). Read them?"
    )
    assert asked.default == "Read them"
    body = app.fake.chat_requests[-1].json
    assert body["plugins"] == [{"id": "file-parser", "pdf": {"engine": "mistral-ocr"}}]
    conversation = app.history.get_conversation(app.view.conversation_id)
    assert conversation is not None and conversation.settings.pdf_engine == "mistral-ocr"
    assert app.window.parameters.pdf_reader.currentData() == "mistral-ocr"


def test_declining_paid_reading_sends_nothing_and_keeps_everything(
    app: App, tmp_path: Path
) -> None:
    app.view.add_files([write(tmp_path, "scan.pdf", pdf([IMAGE_ONLY_PAGE]))])
    wait_chips(app, 1)
    app.notices.answer(False)
    app.send("Read this")
    assert app.fake.chat_requests == [] or all(
        "Read this" not in json.dumps(r.json) for r in app.fake.chat_requests
    )
    assert app.view.composer.toPlainText() == "Read this"
    assert len(app.view.chips.attachments()) == 1
    assert app.notices.said("Not sent: your message and its attachments are still in the box.")


def test_a_removed_chip_is_not_sent(app: App, tmp_path: Path) -> None:
    view = app.view
    view.add_files([write(tmp_path, "a.txt", b"first"), write(tmp_path, "b.md", b"second")])
    wait_chips(app, 2)
    first = next(c for c in view.chips.chips if c.attachment.name == "a.txt")
    app.qtbot.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    assert [a.name for a in view.chips.attachments()] == ["b.md"]
    (second,) = view.chips.chips
    second.setFocus()
    app.qtbot.keyClick(second, Qt.Key.Key_Delete)  # the keyboard removes one too
    assert view.chips.attachments() == () and not view.chips.isVisible()
    app.fake.push(Scenario(text="Nothing attached."))
    app.send("Hello")
    app.wait_idle()
    assert user_content(app) == "Hello"  # a plain string, as before attachments


def test_a_refused_file_says_why_and_keeps_the_rest(app: App, tmp_path: Path) -> None:
    view = app.view
    view.composer.setPlainText("My draft")
    view.add_files([write(tmp_path, "ok.txt", b"fine")])
    wait_chips(app, 1)
    view.add_files([write(tmp_path, "photo.png", pdf([TEXT_PAGE]))])
    app.qtbot.waitUntil(lambda: app.notices.said("is not a picture"), timeout=5000)
    assert view.composer.toPlainText() == "My draft"
    assert [a.name for a in view.chips.attachments()] == ["ok.txt"]


def test_web_search_shows_numbered_sources_and_the_search_footer(app: App) -> None:
    dock = app.window.parameters
    # The default model takes no tools: it cannot search, and the dock says so.
    assert not dock.web_search.isEnabled()
    assert "cannot search the web" in dock.web_price.text()
    use_model(app, "openai/gpt-4o-mini")  # (its catalogue entry lists tools)
    assert dock.web_search.isEnabled()
    assert not dock.web_search.isChecked()  # off by default
    assert dock.web_price.text().startswith("Off. Up to 5 results a search")
    dock.web_search.setChecked(True)
    dock.flush()
    assert "about $0.007 per message" in dock.web_price.text()
    conversation = app.history.get_conversation(app.view.conversation_id)
    assert conversation is not None and conversation.settings.web_search == WebSearch(True, 5)
    app.fake.push(Scenario(text="Tides follow the moon [1], as measured daily [2]."))
    app.send("Why are there tides?")
    app.wait_idle()
    body = app.fake.chat_requests[-1].json
    search = {"type": "openrouter:web_search", "parameters": {"max_results": 5, "max_uses": 5}}
    assert body["tools"] == [search] and body["max_tool_calls"] == 5  # (at most 5 searches)
    text = app.view.transcript.toPlainText()
    assert "1. First source (example.org)" in text
    assert "2. example.com (example.com)" in text
    assert "1 search, $0.007" in text
    html = app.view.transcript.document().toHtml()
    assert html.count('href="https://example.org/fake-search/first"') == 2  # marker and list
    _user, answer = app.history.messages(app.view.conversation_id)
    assert answer.web_searches == 1
    app.view._action("details", answer.id)
    details = app.notices.of_kind("show_text")[-1].text
    assert "Web searches: 1 search, $0.007" in details
    assert "1. First source (https://example.org/fake-search/first)" in details


def test_compare_sends_the_same_attachment_to_every_column(app: App, tmp_path: Path) -> None:
    from app.ui.compare.compare_view import CompareView

    comparison = app.compare.create(
        "Notes", [("A", ChatSettings()), ("B", ChatSettings())], fair=False
    )
    app.window.open_tab(_compare_key(comparison.id))
    view = app.window.tabs.currentWidget()
    assert isinstance(view, CompareView)
    view.attacher.add_files([write(tmp_path, "notes.txt", b"Shared notes")])
    app.qtbot.waitUntil(lambda: len(view.chips.attachments()) == 1, timeout=5000)
    before = len(app.fake.chat_requests)
    app.fake.default = Scenario(text="Read.")
    view.send("Read the notes")
    app.qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    sent = app.fake.chat_requests[before:]
    assert len(sent) == 2
    for request in sent:
        content = [m for m in request.json["messages"] if m["role"] == "user"][-1]["content"]
        assert content[1]["text"].startswith("File notes.txt:\n```\nShared notes")


@pytest.mark.parametrize("size", [(1024, 700)])
def test_screenshots_of_an_image_question_and_an_answer_with_sources(
    app: App, size: tuple[int, int]
) -> None:
    window = app.window
    window.resize(*size)
    use_model(app, VISION, web_search=WebSearch(True, 5))
    app.view.add_image(_png_bytes(640, 400))
    wait_chips(app, 1)
    app.fake.push(
        Scenario(
            text="A calm blue picture: a single colour, no people or text in it. The "
            "colour is close to the blue of a clear sky [1], often used for calm [2]."
        )
    )
    app.send("What is in this picture?")
    app.wait_idle()
    app.qtbot.wait(200)
    grab = window.grab()
    assert not grab.isNull()
    grab.save("/tmp/mmui-image-and-sources.png")
    app.view.add_image(_png_bytes(300, 200, "#cc6633"))
    wait_chips(app, 1)
    app.view.composer.setPlainText("And this one?")
    app.qtbot.wait(200)
    window.grab().save("/tmp/mmui-composer-chip.png")
    dock = window.parameters
    dock.show()
    app.qtbot.wait(100)
    bar = dock.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    dock.grab().save("/tmp/mmui-dock-web-search.png")
    assert window.grab().size().width() == size[0]


def _png_bytes(width: int = 64, height: int = 48, color: str = "#3366cc") -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(buffer.data().data())


def _compare_key(comparison_id: int) -> Any:
    from app.ui.tab_keys import TabKey

    return TabKey.compare(comparison_id)


def test_a_model_whose_abilities_are_unknown_is_sent_to_with_a_quiet_note(app: App) -> None:
    mystery = "fakelab/mystery-model-1"  # its entry names no input modalities
    info = app.catalogue.get(mystery)
    assert info is not None and info.takes_input("image") is None
    use_model(app, mystery)
    app.view.add_image(_png_bytes())
    wait_chips(app, 1)
    app.fake.push(Scenario(text="Maybe a picture."))
    app.send("Can you see this?")
    app.wait_idle()
    assert user_content(app)[1]["type"] == "image_url"  # sent as it is: never refused on a guess
    assert app.notices.said("does not say whether this model can read pictures or files")
    assert not app.view.offer_banner.isVisible()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # (the offscreen platform, showing a window)
def test_attachments_in_the_transcript_open_only_on_click(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    from app.ui.chat.attachment_chips import ImageViewer

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    use_model(app, VISION)
    view = app.view
    view.add_image(_png_bytes(300, 200))
    view.add_files([write(tmp_path, "notes.md", b"# Notes\n")])
    wait_chips(app, 2)
    app.fake.push(Scenario(text="Seen."))
    app.send("Look")
    app.wait_idle()
    user = app.history.messages(view.conversation_id)[0]
    kinds = [a.kind for a in user.attachments]
    assert sorted(kinds) == ["image", "text"]
    image_at, file_at = kinds.index("image"), kinds.index("text")
    text = view.transcript.toPlainText()
    assert "notes.md" in text  # a file shows as a chip with its name
    assert opened == [] and not any(
        isinstance(w, ImageViewer) for w in QApplication.topLevelWidgets()
    )
    view.transcript.anchorClicked.emit(QUrl(f"attachment:{user.id}:{image_at}"))
    viewers = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImageViewer)]
    assert len(viewers) == 1 and viewers[0].windowTitle() == "Pasted picture.png"
    viewers[0].close()
    view.transcript.anchorClicked.emit(QUrl(f"attachment:{user.id}:{file_at}"))
    (url,) = opened
    path = Path(url.toLocalFile())
    assert path.name == "notes.txt" and path.read_bytes() == b"# Notes\n"  # (by its kind)


def test_a_huge_file_is_refused_quickly_in_plain_words(app: App, tmp_path: Path) -> None:
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is written
    app.view.composer.setPlainText("Keep me")
    app.view.add_files([huge])
    app.qtbot.waitUntil(lambda: app.view.attacher.reading == 0, timeout=5000)
    (said,) = [text for kind, text in app.notices.posts if kind == "warning"]
    assert "huge.pdf" in said and "MB" in said
    assert app.view.composer.toPlainText() == "Keep me" and app.view.chips.attachments() == ()


def test_a_huge_picture_is_reduced_before_sending_and_the_person_told(app: App) -> None:
    app.view.add_image(_png_bytes(4000, 3000))
    wait_chips(app, 1)
    (chip,) = app.view.chips.chips
    attachment = chip.attachment
    assert (attachment.width, attachment.height) == (2048, 1536)
    assert (attachment.original_width, attachment.original_height) == (4000, 3000)
    said = "Sent at 2048 × 1536, reduced from 4000 × 3000"
    assert app.notices.said(f"“Pasted picture.png”: {said}.")
    assert chip.toolTip() == said and "reduced" in chip.facts.text()


def test_compare_sends_no_picture_while_a_column_cannot_see(app: App) -> None:
    from app.ui.compare.compare_view import CompareView

    comparison = app.compare.create(
        "Pictures", [("A", ChatSettings(model=VISION)), ("B", ChatSettings())], fair=False
    )
    app.window.open_tab(_compare_key(comparison.id))
    view = app.window.tabs.currentWidget()
    assert isinstance(view, CompareView)
    view.attacher.add_image(_png_bytes())
    app.qtbot.waitUntil(lambda: len(view.chips.attachments()) == 1, timeout=5000)
    view.composer.setPlainText("What is it?")
    view.send(view.composer.toPlainText())
    assert app.fake.chat_requests == [] and not view.busy
    assert view.composer.toPlainText() == "What is it?" and len(view.chips.attachments()) == 1
    assert app.notices.said("cannot see pictures")


def test_the_spending_guard_and_the_estimate_count_the_attachments(app: App) -> None:
    """A cap the words alone fit under, but not the words with their pictures: the send
    waits for "Send anyway", and the composer's line includes the pictures."""
    from decimal import Decimal

    use_model(app, VISION)
    view = app.view
    for width in (64, 65, 66):  # three different pictures (the same one is attached once)
        mime = QMimeData()
        mime.setImageData(picture(width))
        view.composer.insertFromMimeData(mime)
        wait_chips(app, width - 63)
    text = "What are these?"
    cid = view.conversation_id
    words = app.costs.chat_estimate(cid, text)
    with_pictures = app.costs.chat_estimate(cid, text, view.chips.attachments())
    assert words is not None and with_pictures is not None
    assert words.max_cost is not None and with_pictures.max_cost is not None
    assert with_pictures.max_cost >= words.max_cost + Decimal("0.003")  # 3 × $0.001 a picture
    view.composer.setPlainText(text)
    view.refresh_estimate()
    assert "sent again with every later message" in view.estimate.text()
    cap = (words.max_cost + with_pictures.max_cost) / 2
    app.window.apply_settings(replace(app.window._settings, daily_cap=cap))
    app.notices.answer(False)

    view.send(view.composer.toPlainText())

    assert app.notices.of_kind("confirm"), "the pictures' cost passes the cap: it must ask"
    assert app.fake.chat_requests == []
    assert len(view.chips.attachments()) == 3 and view.composer.toPlainText() == text
