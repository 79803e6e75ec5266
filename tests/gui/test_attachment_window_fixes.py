"""Window fixes of the #18 review: opening a copy of an attachment safely, chips' focus
frame, reading chips that can be cancelled, thumbnails made off the UI thread, and the
model check and the scanned-PDF question over the whole request (chat and comparison)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
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
