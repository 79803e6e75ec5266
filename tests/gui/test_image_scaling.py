"""The Qt downscaler and thumbnails for attached pictures, alone and behind the intake."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter

from app.core.attachments import MAX_IMAGE_SIDE
from app.services.attachments import AttachmentError, AttachmentService, image_size
from app.store.blobs import BlobStore
from app.ui.image_scaling import downscale, thumbnail


def encoded(width: int, height: int, fmt: bytes, *, alpha: bool = False) -> bytes:
    """A picture of two colours (left half red, right half blue) in ``fmt``."""
    kind = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    image = QImage(width, height, kind)
    image.fill(QColor(255, 0, 0, 128 if alpha else 255))
    for x in range(width // 2, width):
        for y in (0, height // 2, height - 1):
            image.setPixelColor(x, y, QColor("blue"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, QByteArray(fmt)).write(image)
    return bytes(buffer.data().data())


def decoded(data: bytes) -> QImage:
    image = QImage.fromData(data)
    assert not image.isNull()
    return image


def test_a_large_photo_becomes_a_jpeg_of_2048_on_its_long_side(qapp: Any) -> None:
    photo = encoded(5000, 3000, b"JPEG")
    data, mime, width, height = downscale(photo, MAX_IMAGE_SIDE)
    assert (mime, width, height) == ("image/jpeg", 2048, 1229)
    assert data.startswith(b"\xff\xd8\xff")
    image = decoded(data)
    assert (image.width(), image.height()) == (2048, 1229)
    assert image.pixelColor(10, 600).red() > 200  # still the same picture
    assert len(data) < len(photo)


@pytest.mark.parametrize("fmt", [b"PNG", b"WEBP"])
def test_other_pictures_become_png_keeping_transparency(qapp: Any, fmt: bytes) -> None:
    picture = encoded(2100, 3500, fmt, alpha=True)
    data, mime, width, height = downscale(picture, MAX_IMAGE_SIDE)
    assert (mime, width, height) == ("image/png", 1229, 2048)
    assert data.startswith(b"\x89PNG")
    assert image_size(data, "image/png") == (1229, 2048)
    assert decoded(data).hasAlphaChannel()


def test_something_that_is_no_picture_is_a_value_error(qapp: Any) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        downscale(b"\x89PNG\r\n\x1a\n not really", MAX_IMAGE_SIDE)


def test_a_thumbnail_is_small_and_nothing_readable_gives_a_null_image(qapp: Any) -> None:
    picture = encoded(800, 400, b"PNG")
    small = thumbnail(picture, 64)
    assert (small.width(), small.height()) == (64, 32)
    tiny = thumbnail(encoded(20, 10, b"PNG"), 64)
    assert (tiny.width(), tiny.height()) == (20, 10)  # never made larger
    assert thumbnail(b"junk", 64).isNull()


def test_downscaling_works_in_a_worker_thread(qapp: Any) -> None:
    photo = encoded(4000, 1000, b"JPEG")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda side: downscale(photo, side)[1:], [2048, 1000]))
    assert results == [("image/jpeg", 2048, 512), ("image/jpeg", 1000, 250)]


def test_the_intake_stores_a_huge_photo_downscaled_with_its_real_size(
    qapp: Any, tmp_path: Path
) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    service = AttachmentService(blobs, downscale)
    path = tmp_path / "beach.jpg"
    path.write_bytes(encoded(5000, 3000, b"JPEG"))
    item = service.read_file(path)
    assert (item.mime, item.width, item.height) == ("image/jpeg", 2048, 1229)
    assert (item.original_width, item.original_height) == (5000, 3000)
    stored = decoded(blobs.get(item.digest))
    assert (stored.width(), stored.height()) == (2048, 1229)
    assert item.size == len(blobs.get(item.digest))


def test_the_intake_turns_a_picture_qt_cannot_decode_into_a_plain_message(
    qapp: Any, tmp_path: Path
) -> None:
    # A valid header claiming 3000 × 3000, then nothing: Qt fails, the person reads why.
    header = encoded(3000, 3000, b"PNG")[:33]
    service = AttachmentService(BlobStore(tmp_path / "attachments"), downscale)
    with pytest.raises(AttachmentError) as caught:
        service.read_bytes("cut.png", header)
    assert caught.value.user_message.startswith(
        "“cut.png” looks like a picture but could not be opened"
    )


@pytest.fixture
def small_qt_limit(qapp: Any) -> Any:
    """Qt's allocation limit made 16 MB for one test (so a 36 MB picture is over it)."""
    from PySide6.QtGui import QImageReader

    before = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(16)
    yield 16
    QImageReader.setAllocationLimit(before)


def test_a_picture_over_qts_limit_is_refused_without_raising_the_limit(
    small_qt_limit: int, tmp_path: Path
) -> None:
    """Review of #18, finding 9: the limit is for every picture of the process."""
    from PySide6.QtGui import QImageReader

    big = encoded(3000, 3000, b"PNG")  # 36 MB once decoded
    with pytest.raises(ValueError, match="too large"):
        downscale(big, MAX_IMAGE_SIDE)
    assert thumbnail(big, 64).isNull()
    assert QImageReader.allocationLimit() == small_qt_limit
    service = AttachmentService(BlobStore(tmp_path / "attachments"), downscale)
    with pytest.raises(AttachmentError, match="too large to make smaller"):
        service.read_bytes("big.png", big)
    photo = encoded(3000, 3000, b"JPEG")  # read at a fraction of its size: no need to refuse
    assert downscale(photo, 1000)[2:] == (1000, 1000)
    assert QImageReader.allocationLimit() == small_qt_limit
