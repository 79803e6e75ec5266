"""Attachments as chips: in the composer before sending (removable), and what opens one in
the transcript (a picture full size in a window; a file with the system's program)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.attachments import MAX_ATTACHMENTS, Attachment
from app.render.sources import downscaled_text, size_text

from ..attach_flow import AttachFlow
from ..flow_layout import FlowLayout

if TYPE_CHECKING:
    from ..notices import Notices
    from ..tasks import UiTasks

THUMB_SIDE = 40  # a chip's thumbnail
FOCUS_FRAME = 2  # the width of a focused chip's frame
ATTACH_FILTER = (
    "Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv "
    "*.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;"
    "All files (*)"
)
PASTED_NAME = "Pasted picture.png"
ICONS = {"pdf": "📄", "text": "📝", "image": "🖼"}


def thumbnail(data: bytes, side: int) -> QImage | None:
    """A small picture of an image's bytes (None when they do not decode)."""
    from ..image_scaling import thumbnail as scaled

    image = scaled(data, side)
    return None if image.isNull() else image


class AttachmentChip(QFrame):
    """One attachment waiting to be sent: thumbnail or icon, name, size, estimated cost and
    a ✕ (Delete or Backspace on the chip removes it too).

    Signals:
        remove_requested(): the person asked to take it off the message.
    """

    remove_requested = Signal()

    def __init__(
        self, attachment: Attachment, image: QImage | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"Attachment {attachment.name}")
        self.picture = QLabel(self)
        if image is not None:
            self.picture.setPixmap(QPixmap.fromImage(image))
        else:
            self.picture.setText(ICONS.get(attachment.kind, "📎"))
        self.picture.setFixedSize(THUMB_SIDE, THUMB_SIDE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name = QLabel(attachment.name, self)
        self.name.setMaximumWidth(220)
        self.facts = QLabel(self)
        self.facts.setEnabled(False)  # (muted)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAccessibleName(f"Remove {attachment.name}")
        self.remove.setToolTip("Remove this attachment")
        self.remove.clicked.connect(self.remove_requested)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.name)
        words.addWidget(self.facts)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 2, 2)
        row.addWidget(self.picture)
        row.addLayout(words)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        self.setToolTip(downscaled_text(attachment) or attachment.name)
        self.set_cost("")

    def set_cost(self, cost: str) -> None:
        """The size and, when known, "about $0.0012" to send it."""
        parts = [size_text(self.attachment.size)]
        if self.attachment.pages:
            pages = self.attachment.pages
            parts.append(f"{pages:,} page" + ("" if pages == 1 else "s"))
        if cost:
            parts.append(cost)
        if self.attachment.downscaled:
            parts.append("reduced")
        self.facts.setText(" · ".join(parts))
        self.setAccessibleDescription(downscaled_text(self.attachment) or self.facts.text())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        super().paintEvent(event)
        if self.hasFocus():  # a frame in the theme's highlight says where the keyboard is
            painter = QPainter(self)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_FRAME)
            painter.setPen(pen)
            half = FOCUS_FRAME / 2
            painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt)
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class AttachmentChips(QWidget):
    """The attachments waiting to be sent with the next message (hidden while empty).

    Signals:
        changed(): one was added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Attachments")
        self._layout = FlowLayout(self)
        self._chips: list[AttachmentChip] = []
        self.cost_of: Callable[[Attachment], str] = lambda _a: ""
        self.hide()

    @property
    def chips(self) -> list[AttachmentChip]:
        return list(self._chips)

    def attachments(self) -> tuple[Attachment, ...]:
        return tuple(chip.attachment for chip in self._chips)

    def add(self, attachment: Attachment, image: QImage | None = None) -> bool:
        """Add one (False when the same file is attached already)."""
        if any(c.attachment.digest == attachment.digest for c in self._chips):
            return False
        chip = AttachmentChip(attachment, image, self)
        chip.set_cost(self.cost_of(attachment))
        chip.remove_requested.connect(lambda: self.remove(chip))
        self._chips.append(chip)
        self._layout.addWidget(chip)
        self.show()
        self.changed.emit()
        return True

    def remove(self, chip: AttachmentChip) -> None:
        if chip not in self._chips:
            return
        at = self._chips.index(chip)
        had_focus = chip.hasFocus() or chip.remove.hasFocus()
        self._chips.remove(chip)
        self._layout.removeWidget(chip)
        chip.deleteLater()
        if had_focus and self._chips:  # the keyboard stays among the chips
            self._chips[min(at, len(self._chips) - 1)].setFocus()
        self.setVisible(bool(self._chips))
        self.changed.emit()

    def clear(self) -> None:
        for chip in list(self._chips):
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips.clear()
        self.hide()
        self.changed.emit()

    def refresh_costs(self) -> None:
        for chip in self._chips:
            chip.set_cost(self.cost_of(chip.attachment))


class Attacher:
    """Reads what a person attaches (off the UI thread) into ``chips``; a refusal is said
    in its plain words, and everything else stays as it was."""

    def __init__(
        self, flow: AttachFlow | None, chips: AttachmentChips, notices: Notices, tasks: UiTasks
    ) -> None:
        self.flow, self.chips, self._notices, self._tasks = flow, chips, notices, tasks
        self.reading = 0  # files being read now (a send waits for them)

    @property
    def available(self) -> bool:
        return self.flow is not None and self.flow.intake is not None

    def choose_files(self, parent: QWidget | None) -> None:
        path = self._notices.choose_path(
            "open", "Attach a file", ATTACH_FILTER, Path.home(), parent=parent
        )
        if path is not None:
            self.add_files([path])

    def add_files(self, paths: Sequence[Path]) -> None:
        for path in paths:
            self._take(_file_reader(Path(path)))

    def add_image(self, data: bytes) -> None:
        """A pasted or dropped picture (PNG bytes)."""
        self._take(lambda intake: intake.read_bytes(PASTED_NAME, data, "image/png"))

    def _take(self, read: Callable[[Any], Attachment]) -> None:
        flow = self.flow
        if flow is None or flow.intake is None:
            self._notices.info("Files cannot be attached here.")
            return
        if len(self.chips.attachments()) + self.reading >= MAX_ATTACHMENTS:
            self._notices.warning(
                f"A message can carry at most {MAX_ATTACHMENTS} attachments. Remove one to "
                "attach another."
            )
            return
        self.reading += 1
        if self._tasks.spawn(self._read(flow, read)) is None:
            self.reading -= 1

    async def _read(self, flow: AttachFlow, read: Callable[[Any], Attachment]) -> None:
        from app.services.attachments import AttachmentError

        try:
            attachment, image = await self._tasks.run_blocking(_read_off_loop, flow, read)
        except AttachmentError as error:
            self._notices.warning(error.user_message)
            return
        finally:
            self.reading -= 1
        if len(self.chips.attachments()) >= MAX_ATTACHMENTS:
            self._notices.warning(
                f"“{attachment.name}” was not attached: a message can carry at most "
                f"{MAX_ATTACHMENTS} attachments."
            )
        elif not self.chips.add(attachment, image):
            self._notices.info(f"“{attachment.name}” is attached already.")
        elif attachment.downscaled:
            self._notices.info(f"“{attachment.name}”: {downscaled_text(attachment)}.")


def _file_reader(path: Path) -> Callable[[Any], Attachment]:
    def read(intake: Any) -> Attachment:
        attachment: Attachment = intake.read_file(path)
        return attachment

    return read


def _read_off_loop(
    flow: AttachFlow, read: Callable[[Any], Attachment]
) -> tuple[Attachment, QImage | None]:
    """(A worker thread) the file read and stored, and its thumbnail."""
    attachment = read(flow.intake)
    return attachment, thumbnail_of(flow, attachment)


def thumbnail_of(flow: AttachFlow, attachment: Attachment) -> QImage | None:
    """A chip's thumbnail of a stored picture (None for files, or when its bytes are gone)."""
    if attachment.kind != "image" or flow.read is None:
        return None
    try:
        data = flow.read(attachment)
    except LookupError:  # (its bytes are gone)
        return None
    return thumbnail(data, THUMB_SIDE) if data else None


def paperclip_icon(color: QColor) -> QIcon:
    """A paperclip drawn in ``color`` (no emoji font needed), sharp at twice the size."""
    icon = QIcon()
    for size in (20, 40):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(size / 24, size / 24)
        painter.translate(12, 12)
        painter.rotate(40)
        painter.translate(-12, -12)
        pen = QPen(color, 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        path = QPainterPath()
        path.moveTo(15.5, 8)
        path.lineTo(15.5, 17)
        path.arcTo(QRectF(8.5, 14, 7, 7), 0, -180)
        path.lineTo(8.5, 6)
        path.arcTo(QRectF(8.5, 2, 5, 5), 180, -180)
        path.lineTo(13.5, 16)
        path.arcTo(QRectF(10.5, 14.5, 3, 3), 0, -180)
        path.lineTo(10.5, 8)
        painter.drawPath(path)
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def attach_button(parent: QWidget, attacher: Attacher) -> QToolButton:
    """The paperclip beside Send (keyboard reachable); hidden where nothing can be attached."""
    button = QToolButton(parent)
    button.setIcon(paperclip_icon(parent.palette().color(QPalette.ColorRole.ButtonText)))
    button.setIconSize(QSize(20, 20))
    button.setText("Attach")  # (said by screen readers through the accessible name)
    button.setAccessibleName("Attach files")
    button.setToolTip(
        "Attach pictures, PDFs or text files (you can also drop them here or paste them)"
    )
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setVisible(attacher.available)
    button.clicked.connect(lambda: attacher.choose_files(parent))
    return button


# -- opening an attachment shown in the transcript --------------------------------------------


class ImageViewer(QDialog):
    """A picture at full size, scaled down to fit the window (never up)."""

    def __init__(self, name: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setAccessibleName(f"Picture {name}")
        self._image = image
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(name)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        screen = self.screen().availableGeometry().size() if self.screen() else QSize(1024, 768)
        self.resize(
            min(image.width() + 24, int(screen.width() * 0.9)),
            min(image.height() + 24, int(screen.height() * 0.9)),
        )

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt)
        room = self.size() - QSize(24, 24)
        image = self._image
        if image.width() > room.width() or image.height() > room.height():
            image = image.scaled(
                room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.picture.setPixmap(QPixmap.fromImage(image))
        super().resizeEvent(event)  # type: ignore[arg-type]


def show_image(attachment: Attachment, data: bytes, parent: QWidget | None) -> bool:
    """Open the picture in a window; False when its bytes do not decode."""
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        return False
    viewer = ImageViewer(attachment.name, image, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return True


# The extension a copy opened with the system's program gets, by what the file was read as
# (never its own: "invoice.js" or "notes.hta" would run rather than open).
OPEN_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "pdf": ".pdf",
    "text": ".txt",
}
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10))} | {
    f"lpt{i}" for i in range(10)
}
_copies: tempfile.TemporaryDirectory[str] | None = None  # removed at exit


def open_name(attachment: Attachment) -> str:
    """``<safe stem>.<extension by kind>`` for a copy to open: the stem without separators,
    characters Windows refuses or names like ".." (then "attachment")."""
    name = attachment.name.strip()
    stem = name if ("/" in name or "\\" in name) else Path(name).stem
    stem = _UNSAFE_NAME.sub("_", stem).strip(" .")
    if "/" in name or "\\" in name or not stem or stem.lower() in _RESERVED:
        stem = "attachment"
    key = attachment.mime if attachment.kind == "image" else attachment.kind
    return stem[:100] + OPEN_EXTENSIONS.get(key, ".txt")


def copies_folder() -> Path:
    """The folder copies are opened from: one for the session, removed when the app quits
    (and by Python at exit, should the quit be missed)."""
    global _copies
    if _copies is None:
        _copies = tempfile.TemporaryDirectory(prefix="switchboard-")
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(remove_copies)
    return Path(_copies.name)


def remove_copies() -> None:
    """Delete the copies opened this session."""
    global _copies
    if _copies is not None:
        _copies.cleanup()
        _copies = None


def open_with_system(attachment: Attachment, data: bytes) -> str | None:
    """Write a copy (named by ``open_name``) to a fresh folder among this session's copies
    and open it with the system's program (only ever on a click). None when it opened,
    else why not, in plain words."""
    from ..external import open_link

    try:
        folder = Path(tempfile.mkdtemp(dir=copies_folder()))
        path = folder / open_name(attachment)
        path.write_bytes(data)
    except OSError:
        return (
            f"“{attachment.name}” could not be opened: Switchboard could not write a copy of "
            "it to open (the disk may be full, or the temporary folder not writable)."
        )
    if not open_link(QUrl.fromLocalFile(str(path))):
        return f"“{attachment.name}” could not be opened."
    return None
