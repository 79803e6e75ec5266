"""Making attached pictures smaller: for sending (``downscale``) and for chips (``thumbnail``).

QImageReader with a scaled size lets the JPEG decoder read at a fraction of the size, so a
large photo never lives in memory whole. QImage only (no QPixmap): safe in a worker thread.
The attachment service has already refused pictures whose header claims too many pixels.
Qt's limit on what one decoded picture may take (QImageReader.allocationLimit, 256 MB by
default) is never raised: a picture that would need more to decode is refused instead.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QImageWriter

JPEG_QUALITY = 85
_BYTES_PER_PIXEL = 4  # what most decoders allocate (32-bit colour); Qt itself checks the rest
_MB = 1024 * 1024


def downscale(data: bytes, side: int) -> tuple[bytes, str, int, int]:
    """``data`` with its longer side made at most ``side`` pixels (aspect kept): (bytes, mime,
    width, height). JPEG in gives JPEG out (quality 85, a photo); anything else gives PNG.
    ValueError when the picture cannot be read."""
    reader, buffer = _reader(data)
    try:
        was_jpeg = bytes(reader.format().data()).lower() in (b"jpeg", b"jpg")
        image = _read_within(reader, side)
    finally:
        buffer.close()
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    if was_jpeg:
        writer = QImageWriter(out, QByteArray(b"jpeg"))
        writer.setQuality(JPEG_QUALITY)
        image = image.convertToFormat(QImage.Format.Format_RGB888)
        mime = "image/jpeg"
    else:
        writer = QImageWriter(out, QByteArray(b"png"))
        mime = "image/png"
    saved = writer.write(image)
    out.close()
    if not saved:
        raise ValueError(writer.errorString() or "the smaller picture could not be written")
    return bytes(out.data().data()), mime, image.width(), image.height()


def thumbnail(data: bytes, side: int) -> QImage:
    """A small picture (longer side at most ``side``) for a chip; a null QImage when the
    picture cannot be read (the chip then shows an icon)."""
    reader, buffer = _reader(data)
    try:
        return _read_within(reader, side)
    except ValueError:
        return QImage()
    finally:
        buffer.close()


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a phone photo's rotation, which re-encoding would drop
    return reader, buffer


def _read_within(reader: QImageReader, side: int) -> QImage:
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise ValueError(reader.errorString() or "the picture's size could not be read")
    width, height = size.width(), size.height()
    longest = max(width, height)
    if longest > side:
        scale = side / longest
        reader.setScaledSize(QSize(max(1, round(width * scale)), max(1, round(height * scale))))
    # Some decoders (PNG, WebP, GIF) decode the whole picture before scaling it: when that is
    # more than Qt allows, refuse before decoding (raising the limit would be for every
    # picture the process decodes, on any thread).
    whole = bytes(reader.format().data()).lower() not in (b"jpeg", b"jpg")
    limit_mb = QImageReader.allocationLimit()
    if whole and limit_mb > 0 and width * height * _BYTES_PER_PIXEL > limit_mb * _MB:
        raise ValueError(f"the picture is too large to open safely ({width} × {height})")
    image = reader.read()
    if image.isNull():
        raise ValueError(reader.errorString() or "the picture could not be read")
    if max(image.width(), image.height()) > side:  # a decoder that ignored the scaled size
        image = image.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image
