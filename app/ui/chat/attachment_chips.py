"""Attachments as chips: in the composer before sending (removable), and what opens one in
the transcript (a picture full size in a window; a file with the system's program)."""

from __future__ import annotations

import re
import tempfile
import threading
from collections import OrderedDict
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

from app.core.attachments import (
    MAX_ATTACHMENTS,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_SIDE,
    MAX_PDF_BYTES,
    MAX_TEXT_BYTES,
    Attachment,
)
from app.core.i18n import translate
from app.render.sources import downscaled_text, size_text

from ..attach_flow import AttachFlow
from ..flow_layout import FlowLayout

if TYPE_CHECKING:
    import asyncio

    from ..notices import Notices
    from ..tasks import UiTasks

THUMB_SIDE = 40  # a chip's thumbnail
FOCUS_FRAME = 2  # the width of a focused chip's frame


def attach_filter() -> str:
    """The file dialog's choices of what to show."""
    return translate(
        "attachment_chips",
        "Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv "
        "*.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;"
        "All files (*)",
    )


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
        self.setAccessibleName(
            translate("attachment_chips", "Attachment {name}").format(name=attachment.name)
        )
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
        self.remove.setAccessibleName(
            translate("attachment_chips", "Remove {name}").format(name=attachment.name)
        )
        self.remove.setToolTip(translate("attachment_chips", "Remove this attachment"))
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

    def set_image(self, image: QImage | None) -> None:
        """Its thumbnail, once made (off the UI thread); until then its kind's icon."""
        if image is not None and not image.isNull():
            self.picture.setPixmap(QPixmap.fromImage(image))

    def set_cost(self, cost: str) -> None:
        """The size and, when known, "about $0.0012" to send it."""
        parts = [size_text(self.attachment.size)]
        if self.attachment.pages:
            pages = self.attachment.pages
            parts.append(translate("attachment_chips", "%n pages", "one: %n page", pages))
        if cost:
            parts.append(cost)
        if self.attachment.downscaled:
            parts.append(translate("attachment_chips", "reduced"))
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


class PendingChip(QFrame):
    """A file still being read: "Reading…" and a ✕ that stops it (Delete too).

    Signals:
        cancel_requested(): the person asked to stop reading it.
    """

    cancel_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_name = name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("attachment_chips", "Reading {name}").format(name=name))
        self.label = QLabel(
            translate("attachment_chips", "Reading “{name}”…").format(name=name), self
        )
        self.label.setMaximumWidth(260)
        self.cancel = QToolButton(self)
        self.cancel.setText("✕")
        self.cancel.setAccessibleName(
            translate("attachment_chips", "Stop reading {name}").format(name=name)
        )
        self.cancel.setToolTip(
            translate("attachment_chips", "Stop reading this file (it is not attached)")
        )
        self.cancel.clicked.connect(self.cancel_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 2, 2)
        row.addWidget(self.label)
        row.addWidget(self.cancel)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            event.accept()
            self.cancel_requested.emit()
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
        self.setAccessibleName(translate("attachment_chips", "Attachments"))
        self._layout = FlowLayout(self)
        self._chips: list[AttachmentChip] = []
        self.pending: list[PendingChip] = []  # files still being read
        self.cost_of: Callable[[Attachment], str] = lambda _a: ""
        self.hide()

    def add_pending(self, name: str) -> PendingChip:
        """A chip saying ``name`` is being read (``remove_pending`` once it is done)."""
        chip = PendingChip(name, self)
        self.pending.append(chip)
        self._layout.addWidget(chip)
        self.show()
        return chip

    def remove_pending(self, chip: PendingChip) -> None:
        if chip in self.pending:
            self.pending.remove(chip)
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self.setVisible(bool(self._chips or self.pending))

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
        self.setVisible(bool(self._chips or self.pending))
        self.changed.emit()

    def clear(self) -> None:
        for chip in list(self._chips):
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips.clear()
        self.setVisible(bool(self.pending))
        self.changed.emit()

    def refresh_costs(self) -> None:
        for chip in self._chips:
            chip.set_cost(self.cost_of(chip.attachment))


class Attacher:
    """Reads what a person attaches (off the UI thread) into ``chips``, each shown as
    "Reading…" with a ✕ that stops it meanwhile; a refusal is said in its plain words, and
    everything else stays as it was."""

    def __init__(
        self, flow: AttachFlow | None, chips: AttachmentChips, notices: Notices, tasks: UiTasks
    ) -> None:
        self.flow, self.chips, self._notices, self._tasks = flow, chips, notices, tasks

    @property
    def reading(self) -> int:
        """Files being read now (a send waits for them)."""
        return len(self.chips.pending)

    @property
    def available(self) -> bool:
        return self.flow is not None and self.flow.intake is not None

    def still_reading_text(self) -> str:
        """Why Send waits, and what to do."""
        pending = self.chips.pending
        if len(pending) == 1:
            return translate(
                "attachment_chips",
                "Not sent yet: “{name}” is still being read. Press Send again once it is "
                "attached, or remove it (✕) to send without it.",
            ).format(name=pending[0].file_name)
        return translate(
            "attachment_chips",
            "Not sent yet: %n files are still being read. Press Send again once they are "
            "attached, or remove them (✕) to send without them.",
            "one: Not sent yet: %n file is still being read. Press Send again once it is "
            "attached, or remove it (✕) to send without it.",
            len(pending),
        )

    def choose_files(self, parent: QWidget | None) -> None:
        path = self._notices.choose_path(
            "open",
            translate("attachment_chips", "Attach a file"),
            attach_filter(),
            Path.home(),
            parent=parent,
        )
        if path is not None:
            self.add_files([path])

    def add_files(self, paths: Sequence[Path]) -> None:
        for path in paths:
            self._take(_file_reader(Path(path)), Path(path).name)

    def add_image(self, data: bytes) -> None:
        """A pasted or dropped picture (PNG bytes)."""
        name = translate("attachment_chips", "Pasted picture.png")  # (its file name)
        self._take(lambda intake: intake.read_bytes(name, data, "image/png"), name)

    def show(self, attachments: Sequence[Attachment]) -> None:
        """Put ``attachments`` (stored already) in the box as chips; pictures get their
        thumbnails off the UI thread."""
        self.chips.clear()
        flow = self.flow
        if flow is None:
            return
        for attachment in attachments:
            self.chips.add(attachment)
            if attachment.kind == "image":
                self._tasks.spawn(self._thumbnail(flow, attachment))

    async def _thumbnail(self, flow: AttachFlow, attachment: Attachment) -> None:
        image = await self._tasks.run_blocking(thumbnail_of, flow, attachment)
        for chip in self.chips.chips:
            if chip.attachment.digest == attachment.digest:
                chip.set_image(image)

    def _take(self, read: Callable[[Any], Attachment], name: str) -> None:
        flow = self.flow
        if flow is None or flow.intake is None:
            self._notices.info(translate("attachment_chips", "Files cannot be attached here."))
            return
        if len(self.chips.attachments()) + self.reading >= MAX_ATTACHMENTS:
            self._notices.warning(
                translate(
                    "attachment_chips",
                    "A message can carry at most %n attachments. Remove one to attach another.",
                    "one: A message can carry at most %n attachment. Remove it to attach another.",
                    MAX_ATTACHMENTS,
                )
            )
            return
        pending = self.chips.add_pending(name)
        task = self._tasks.spawn(self._read(flow, read, pending))
        if task is None:
            self.chips.remove_pending(pending)
            return
        pending.cancel_requested.connect(lambda: self._stop(pending, task))

    def _stop(self, pending: PendingChip, task: asyncio.Task[None]) -> None:
        """Stop reading a file: its chip goes at once (the task may not have begun yet)."""
        self.chips.remove_pending(pending)
        task.cancel()

    async def _read(
        self, flow: AttachFlow, read: Callable[[Any], Attachment], pending: PendingChip
    ) -> None:
        from app.services.attachments import AttachmentError

        try:
            attachment, image = await self._tasks.run_blocking(_read_off_loop, flow, read)
        except AttachmentError as error:
            self._notices.warning(error.user_message)
            return
        finally:  # (also when stopped: the file is not attached)
            self.chips.remove_pending(pending)
        if len(self.chips.attachments()) >= MAX_ATTACHMENTS:
            self._notices.warning(
                translate(
                    "attachment_chips",
                    "“{name}” was not attached: a message can carry at most %n attachments.",
                    "one: “{name}” was not attached: a message can carry at most %n attachment.",
                    MAX_ATTACHMENTS,
                ).format(name=attachment.name)
            )
        elif not self.chips.add(attachment, image):
            self._notices.info(
                translate("attachment_chips", "“{name}” is attached already.").format(
                    name=attachment.name
                )
            )
        elif attachment.downscaled:
            self._notices.info(
                translate("attachment_chips", "“{name}”: {what}.").format(
                    name=attachment.name, what=downscaled_text(attachment)
                )
            )


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


THUMB_CACHE = 64  # thumbnails kept, by digest and size
_thumbs: OrderedDict[tuple[str, int], QImage | None] = OrderedDict()
_thumbs_lock = threading.Lock()


def cached_thumbnail(digest: str, side: int, make: Callable[[], QImage | None]) -> QImage | None:
    """A thumbnail from the small cache (by digest and size), else ``make``-d and kept.
    (Any thread: made off the UI thread.)"""
    key = (digest, side)
    with _thumbs_lock:
        if key in _thumbs:
            _thumbs.move_to_end(key)
            return _thumbs[key]
    image = make()
    with _thumbs_lock:
        _thumbs[key] = image
        while len(_thumbs) > THUMB_CACHE:
            _thumbs.popitem(last=False)
    return image


def known_thumbnail(digest: str, side: int) -> tuple[bool, QImage | None]:
    """(Whether the cache holds it, the thumbnail): nothing is made."""
    with _thumbs_lock:
        if (digest, side) in _thumbs:
            return True, _thumbs[(digest, side)]
    return False, None


def thumbnail_of(flow: AttachFlow, attachment: Attachment) -> QImage | None:
    """(A worker thread) a chip's thumbnail of a stored picture (None for files, or when its
    bytes are gone)."""
    reader = flow.read
    if attachment.kind != "image" or reader is None:
        return None

    def make() -> QImage | None:
        try:
            data = reader(attachment)
        except LookupError:  # (its bytes are gone)
            return None
        return thumbnail(data, THUMB_SIDE) if data else None

    return cached_thumbnail(attachment.digest, THUMB_SIDE, make)


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
    button.setText(translate("attachment_chips", "Attach"))  # (heard via the accessible name)
    button.setAccessibleName(translate("attachment_chips", "Attach files"))
    button.setToolTip(limits_tip())
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setVisible(attacher.available)
    button.clicked.connect(lambda: attacher.choose_files(parent))
    return button


def limits_tip() -> str:
    """The Attach button's tooltip: what can be attached, and how much."""
    return translate(
        "attachment_chips",
        "Attach pictures, PDFs or text files (you can also drop them here or paste them). "
        "Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to "
        "{pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.",
    ).format(
        image_mb=MAX_IMAGE_BYTES // 2**20,
        side=MAX_IMAGE_SIDE,
        pdf_mb=MAX_PDF_BYTES // 2**20,
        text_mb=MAX_TEXT_BYTES // 2**20,
        count=MAX_ATTACHMENTS,
    )


# -- opening an attachment shown in the transcript --------------------------------------------


class ImageViewer(QDialog):
    """A picture at full size, scaled down to fit the window (never up)."""

    def __init__(self, name: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setAccessibleName(translate("attachment_chips", "Picture {name}").format(name=name))
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
        return translate(
            "attachment_chips",
            "“{name}” could not be opened: Switchboard could not write a copy of it to open "
            "(the disk may be full, or the temporary folder not writable).",
        ).format(name=attachment.name)
    if not open_link(QUrl.fromLocalFile(str(path))):
        return translate("attachment_chips", "“{name}” could not be opened.").format(
            name=attachment.name
        )

    return None
