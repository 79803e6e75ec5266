"""Window fixes of the #18 review: opening a copy of an attachment safely, chips' focus
frame, reading chips that can be cancelled, thumbnails made off the UI thread, and the
model check and the scanned-PDF question over the whole request (chat and comparison)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices

from app.core.attachments import Attachment
from app.ui.chat import attachment_chips
from app.ui.chat.attachment_chips import open_name, open_with_system, remove_copies

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DIGEST = "ab" * 32


def attachment(name: str, kind: str = "text", mime: str = "text/plain") -> Attachment:
    return Attachment(DIGEST, name, mime, kind, 5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "kind", "mime", "expected"),
    [
        ("invoice.js", "text", "text/plain", "invoice.txt"),
        ("run.bat", "text", "text/plain", "run.txt"),
        ("page.hta", "pdf", "application/pdf", "page.pdf"),
        ("photo.html", "image", "image/jpeg", "photo.jpg"),
        ("..", "text", "text/plain", "attachment.txt"),
        (".", "text", "text/plain", "attachment.txt"),
        ("../../etc/passwd", "text", "text/plain", "attachment.txt"),
        ("a\\b.txt", "text", "text/plain", "attachment.txt"),
        ("CON.txt", "text", "text/plain", "attachment.txt"),
        ("what?<now>.md", "text", "text/plain", "what__now_.txt"),
    ],
)
def test_a_copy_to_open_is_named_by_its_kind_never_its_own_extension(
    name: str, kind: str, mime: str, expected: str
) -> None:
    assert open_name(attachment(name, kind, mime)) == expected


def test_copies_open_from_a_session_folder_removed_at_exit(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert open_with_system(attachment(".."), b"hello") is None
    assert open_with_system(attachment("x.js"), b"alert(1)") is None
    first, second = (Path(u.toLocalFile()) for u in opened)
    assert (first.name, second.name) == ("attachment.txt", "x.txt")
    assert first.read_bytes() == b"hello"
    root = first.parent.parent
    assert second.parent.parent == root
    remove_copies()  # (what quitting the app does)
    assert not root.exists()


def test_a_copy_that_cannot_be_written_is_said_plainly(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(attachment_chips, "copies_folder", lambda: blocked)
    said = open_with_system(attachment("notes.md"), b"x")
    assert said is not None and "could not write a copy" in said


@pytest.mark.parametrize("highlight", ["#2a82da", "#ffb000"])
def test_a_focused_chip_shows_a_frame_in_the_themes_highlight(qtbot: Any, highlight: str) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from app.ui.chat.attachment_chips import AttachmentChips

    holder = QWidget()
    qtbot.addWidget(holder)
    palette = holder.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(highlight))
    holder.setPalette(palette)
    chips = AttachmentChips(holder)
    other = QLineEdit(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(chips)
    layout.addWidget(other)
    chips.add(attachment("notes.txt"))
    holder.show()
    qtbot.waitExposed(holder)
    (chip,) = chips.chips

    def edge() -> QColor:
        image = chip.grab().toImage()
        return image.pixelColor(image.width() // 2, 0)

    other.setFocus()
    qtbot.waitUntil(lambda: not chip.hasFocus())
    assert edge() != QColor(highlight)
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    assert edge() == QColor(highlight)


def test_the_window_attaches_through_the_intake_it_is_given(app: Any) -> None:
    from dataclasses import replace

    from app.ui.main_window import MainWindow
    from tests.helpers.notices import RecordingNotices

    given = app.services.attachments
    assert given is not None and app.view.attacher.flow.intake is given
    assert app.view.attach_button.isVisibleTo(app.view)
    window = MainWindow(endpoint=app.fake.base_url, key_source="test", notices=RecordingNotices())
    app.qtbot.addWidget(window)
    window.attach(replace(app.services, attachments=None, costs=None))
    window.open_conversation(app.view.conversation_id)
    view = window.current_view()
    assert view is not None and not view.attacher.available
    assert not view.attach_button.isVisibleTo(view)
    window.detach()


# -- in the window, against the fake server ---------------------------------------------------

VISION = "fakelab/vision-1"
TEXT_ONLY = "microsoft/wizardlm-2-8x22b"  # (the default model: it reads text only)


@pytest.fixture
def live(app: Any) -> Any:
    """The fake's model list (what each model reads, and its prices), as a refresh brings."""
    task = app.window.tasks.spawn(app.catalogue.refresh(force=True))
    assert task is not None
    app.qtbot.waitUntil(task.done, timeout=5000)
    assert app.catalogue.get(VISION) is not None
    return app


def use_model(app: Any, model: str, **changes: Any) -> None:
    from dataclasses import replace

    cid = app.view.conversation_id
    conversation = app.history.get_conversation(cid)
    assert conversation is not None
    app.history.update_settings(cid, replace(conversation.settings, model=model, **changes))
    app.window.dock_link.settings_changed(cid)


def wait_chips(app: Any, count: int, view: Any = None) -> None:
    view = view if view is not None else app.view
    app.qtbot.waitUntil(lambda: len(view.chips.attachments()) == count, timeout=5000)
    app.qtbot.waitUntil(lambda: view.attacher.reading == 0, timeout=5000)


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def pdf_engine(app: Any, conversation_id: int | None = None) -> Any:
    cid = conversation_id if conversation_id is not None else app.view.conversation_id
    return app.history.get_conversation(cid).settings.pdf_engine


def test_the_scanned_pdf_question_prices_every_pdf_paid_reading_reads(
    live: Any, tmp_path: Path
) -> None:
    from tests.fakes.fake_openrouter import Scenario
    from tests.unit.test_attachment_intake import IMAGE_ONLY_PAGE, TEXT_PAGE, pdf

    app = live
    app.view.add_files(
        [
            write(tmp_path, "scan.pdf", pdf([IMAGE_ONLY_PAGE] * 8)),
            write(tmp_path, "report.pdf", pdf([TEXT_PAGE] * 2)),  # read by OCR too, then
        ]
    )
    wait_chips(app, 2)
    app.notices.answer(True)
    app.fake.push(Scenario(text="Read."))
    app.send("Read these")
    app.wait_idle()
    (asked,) = app.notices.of_kind("confirm")
    assert "2 PDFs, 10 pages: about $0.02" in asked.text  # 10 pages × $0.002, not 8
    body = app.fake.chat_requests[-1].json
    assert body["plugins"] == [{"id": "file-parser", "pdf": {"engine": "mistral-ocr"}}]


def test_each_send_with_a_new_scan_asks_again(live: Any, tmp_path: Path) -> None:
    from tests.fakes.fake_openrouter import Scenario
    from tests.unit.test_attachment_intake import IMAGE_ONLY_PAGE, pdf

    app = live
    app.view.add_files([write(tmp_path, "one.pdf", pdf([IMAGE_ONLY_PAGE] * 2))])
    wait_chips(app, 1)
    app.notices.answer(True)
    app.fake.push(Scenario(text="One."))
    app.send("First")
    app.wait_idle()
    assert pdf_engine(app) == "mistral-ocr"
    app.view.add_files([write(tmp_path, "two.pdf", pdf([IMAGE_ONLY_PAGE] * 3))])
    wait_chips(app, 1)
    app.notices.answer(False)
    requests = len(app.fake.chat_requests)
    app.send("Second")
    assert len(app.notices.of_kind("confirm")) == 2  # asked again: a new scan
    assert len(app.fake.chat_requests) == requests  # (declined: nothing sent)
    # The earlier scan's reading went back with its answer: only the new one is priced
    assert "about $0.006 for these 3 pages" in app.notices.of_kind("confirm")[-1].text


def test_paid_reading_is_stored_only_once_the_spending_guard_let_the_send_go(
    live: Any, tmp_path: Path
) -> None:
    from dataclasses import replace
    from decimal import Decimal

    from tests.unit.test_attachment_intake import IMAGE_ONLY_PAGE, pdf

    app = live
    app.window.apply_settings(replace(app.window._settings, daily_cap=Decimal("0.01")))
    app.view.add_files([write(tmp_path, "scan.pdf", pdf([IMAGE_ONLY_PAGE] * 20))])
    wait_chips(app, 1)
    app.notices.answer(True, False)  # read them: yes; send anyway (past the cap): no
    app.send("Read this")
    confirms = app.notices.of_kind("confirm")
    assert len(confirms) == 2, "the guard must price the paid reading ($0.04) and ask"
    assert app.fake.chat_requests == []
    assert pdf_engine(app) is None  # not sent: paid reading is not left on
    assert app.window.parameters.pdf_reader.currentData() is None  # and the dock says so
    assert app.view.composer.toPlainText() == "Read this"


def test_pictures_of_earlier_prompts_are_checked_too(live: Any) -> None:
    from tests.fakes.fake_openrouter import Scenario
    from tests.gui.test_attachments import _png_bytes

    app = live
    use_model(app, VISION)
    app.view.add_image(_png_bytes())
    wait_chips(app, 1)
    app.fake.push(Scenario(text="A blue box."))
    app.send("What is it?")
    app.wait_idle()
    sent = len(app.fake.chat_requests)
    use_model(app, TEXT_ONLY)
    app.send("And its colour?")
    assert len(app.fake.chat_requests) == sent and not app.view.busy
    said = app.view.offer_banner.accessibleDescription()
    assert "earlier messages of this conversation carry pictures" in said
    assert app.view.composer.toPlainText() == "And its colour?"
    # Regenerate and Regenerate with… a text-only model are refused too
    app.view.regenerate()
    assert len(app.fake.chat_requests) == sent and not app.view.busy
    use_model(app, VISION)
    conversation = app.history.get_conversation(app.view.conversation_id)
    from dataclasses import replace

    app.view.regenerate_for_version(replace(conversation.settings, model=TEXT_ONLY))
    assert len(app.fake.chat_requests) == sent and not app.view.busy
    assert app.notices.said("earlier messages of this conversation carry pictures")


def test_pending_dock_edits_are_saved_before_the_attachment_checks(
    live: Any, tmp_path: Path
) -> None:
    from app.ui.docks.param_rows import NumberRow
    from tests.fakes.fake_openrouter import Scenario
    from tests.unit.test_attachment_intake import IMAGE_ONLY_PAGE, pdf

    app = live
    app.view.add_files([write(tmp_path, "scan.pdf", pdf([IMAGE_ONLY_PAGE]))])
    wait_chips(app, 1)
    row = app.window.parameters.rows["temperature"]
    assert isinstance(row, NumberRow)
    row.field.clear()
    app.qtbot.keyClicks(row.field, "0.3")  # (saved after a pause: still pending)
    app.notices.answer(True)
    app.fake.push(Scenario(text="Read."))
    app.send("Read this")
    app.wait_idle()
    body = app.fake.chat_requests[-1].json
    assert body["temperature"] == 0.3  # the dock's edit is kept
    assert body["plugins"] == [{"id": "file-parser", "pdf": {"engine": "mistral-ocr"}}]
    assert pdf_engine(app) == "mistral-ocr"


def test_a_file_being_read_shows_a_chip_that_stops_it_and_send_says_it_waits(
    live: Any, tmp_path: Path
) -> None:
    import threading

    app = live
    intake = app.services.attachments
    release = threading.Event()
    real = intake.read_file

    def slow(path: Path) -> Any:
        release.wait(5)
        return real(path)

    intake.read_file = slow
    try:
        view = app.view
        view.add_files([write(tmp_path, "slow.txt", b"slow")])
        (pending,) = view.chips.pending
        assert view.chips.isVisible() and pending.label.text() == "Reading “slow.txt”…"
        app.send("Hello")
        assert app.fake.chat_requests == []
        assert app.notices.said("“slow.txt” is still being read")
        assert app.notices.said("remove it (✕) to send without it")
        app.qtbot.mouseClick(pending.cancel, Qt.MouseButton.LeftButton)
        app.qtbot.waitUntil(lambda: view.attacher.reading == 0, timeout=5000)
        assert view.chips.pending == [] and view.chips.attachments() == ()
        release.set()
        app.qtbot.wait(100)
        assert view.chips.attachments() == ()  # stopped: never attached
    finally:
        release.set()
        intake.read_file = real


def test_thumbnails_are_made_off_the_ui_thread_and_kept(qtbot: Any, qloop: Any) -> None:
    import threading

    from PySide6.QtGui import QImage

    from app.core.conversation import Message
    from app.ui.chat.transcript import Transcript
    from app.ui.tasks import UiTasks
    from tests.gui.test_attachments import _png_bytes

    data = _png_bytes(300, 200, "#aa3300")
    picture = Attachment("cd" * 32, "p.png", "image/png", "image", len(data), 300, 200)
    reads: list[threading.Thread] = []

    def read(_a: Attachment) -> bytes:
        reads.append(threading.current_thread())
        return data

    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.tasks = UiTasks()
    transcript.attachment_reader = read
    user = Message(id=1, conversation_id=1, role="user", content="Look", attachments=(picture,))
    transcript.resize(600, 400)
    transcript.show()
    qtbot.waitExposed(transcript)
    transcript.show_messages([user])
    url = QUrl(f"thumb:{picture.digest}")
    qtbot.waitUntil(lambda: bool(reads), timeout=5000)
    assert all(t is not threading.main_thread() for t in reads)

    def shown() -> Any:
        return transcript.document().resource(1, url)  # (1: an image)

    qtbot.waitUntil(lambda: isinstance(shown(), QImage) and shown().width() > 8, timeout=5000)
    assert shown().pixelColor(5, 5).name() == "#aa3300"
    transcript.show_messages([user])  # drawn again: the thumbnail comes from the cache
    assert len(reads) == 1


def open_comparison(app: Any, *models: str) -> Any:
    from app.core.conversation import ChatSettings
    from app.ui.compare.compare_view import CompareView
    from app.ui.tab_keys import TabKey

    columns = [(f"C{i}", ChatSettings(model=m)) for i, m in enumerate(models)]
    comparison = app.compare.create("Files", columns, fair=False)
    app.window.open_tab(TabKey.compare(comparison.id))
    view = app.window.tabs.currentWidget()
    assert isinstance(view, CompareView)
    return view


def test_a_comparison_asks_before_paid_reading_and_stores_it_per_column(
    live: Any, tmp_path: Path
) -> None:
    from tests.fakes.fake_openrouter import Scenario
    from tests.unit.test_attachment_intake import IMAGE_ONLY_PAGE, pdf

    app = live
    view = open_comparison(app, TEXT_ONLY, TEXT_ONLY)
    view.attacher.add_files([write(tmp_path, "scan.pdf", pdf([IMAGE_ONLY_PAGE] * 4))])
    wait_chips(app, 1, view)
    app.notices.answer(False)
    view.send("Read it")
    (asked,) = app.notices.of_kind("confirm")
    assert "each of the 2 columns pays for its own reading" in asked.text
    assert "8 pages in all: about $0.016" in asked.text
    assert app.fake.chat_requests == [] and len(view.chips.attachments()) == 1
    app.notices.answer(True)
    app.fake.default = Scenario(text="Read.")
    view.send("Read it")
    app.qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    sent = app.fake.chat_requests
    assert len(sent) == 2
    for request in sent:
        assert request.json["plugins"] == [{"id": "file-parser", "pdf": {"engine": "mistral-ocr"}}]
    for column in view.columns:
        assert pdf_engine(app, column.conversation_id) == "mistral-ocr"


def test_a_comparison_says_when_a_columns_model_may_not_read_the_attachments(
    live: Any,
) -> None:
    from tests.fakes.fake_openrouter import Scenario
    from tests.gui.test_attachments import _png_bytes

    app = live
    view = open_comparison(app, VISION, "fakelab/mystery-model-1")
    view.attacher.add_image(_png_bytes())
    wait_chips(app, 1, view)
    app.fake.default = Scenario(text="Seen.")
    view.send("What is it?")
    app.qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    assert len(app.fake.chat_requests) == 2
    assert app.notices.said("does not say whether this model can read pictures or files")


def test_a_comparison_says_send_waits_for_a_file_being_read(live: Any, tmp_path: Path) -> None:
    import threading

    app = live
    view = open_comparison(app, TEXT_ONLY, TEXT_ONLY)
    intake = app.services.attachments
    release = threading.Event()
    real = intake.read_file
    intake.read_file = lambda path: release.wait(5) and real(path)
    try:
        view.attacher.add_files([write(tmp_path, "slow.txt", b"slow")])
        view.send("Hello")
        assert app.fake.chat_requests == []
        assert app.notices.said("“slow.txt” is still being read")
    finally:
        release.set()
        intake.read_file = real
    wait_chips(app, 1, view)
