"""Attachment intake: what a file is, whether it may be sent, and where its bytes go.

Every file is made here, in a temporary folder: pictures by hand (PNG through zlib, JPEG,
WebP and GIF headers), PDFs by hand or with pypdf's writer. Qt-free: the real downscaler is
tested in tests/gui/test_image_scaling.py.
"""

from __future__ import annotations

import os
import struct
import time
import zlib
from pathlib import Path

import pytest

from app.core.attachments import MAX_IMAGE_SIDE, Attachment
from app.services.attachments import (
    AttachmentError,
    AttachmentService,
    image_size,
    sniff,
)
from app.store.blobs import BlobStore, digest_of

# -- files made by hand ------------------------------------------------------------------------


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def png(width: int, height: int, *, pixels: bool = True) -> bytes:
    """A real grey PNG; with ``pixels=False`` only the header (for a bomb's claim)."""
    header = b"\x89PNG\r\n\x1a\n" + _chunk(
        b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    )
    if not pixels:
        return header + _chunk(b"IDAT", zlib.compress(b"\x00" * 16)) + _chunk(b"IEND", b"")
    rows = b"".join(b"\x00" + bytes([128]) * width for _ in range(height))
    return header + _chunk(b"IDAT", zlib.compress(rows)) + _chunk(b"IEND", b"")


def jpeg_header(width: int, height: int) -> bytes:
    """SOI, an APP0 (JFIF), a DQT, padding fill bytes, then SOF0 with the size, then EOI."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes(64)
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + dqt + b"\xff\xff" + sof + b"\xff\xd9"


def webp_vp8x(width: int, height: int) -> bytes:
    body = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00"
    body += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def webp_vp8l(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    body = b"VP8L" + struct.pack("<I", 5) + b"\x2f" + struct.pack("<I", bits) + b"\x00"
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def webp_vp8(width: int, height: int) -> bytes:
    frame = b"\x00\x00\x00" + b"\x9d\x01\x2a" + struct.pack("<HH", width, height)
    body = b"VP8 " + struct.pack("<I", len(frame)) + frame
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def gif(width: int, height: int) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\x00\x00\x00" + b"\x3b"


def pdf(pages: list[bytes | None]) -> bytes:
    """A minimal, well-formed PDF; each page has the given content stream (None: none)."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids: list[str] = []
    font = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for content in pages:
        page_number = len(objects) + 1
        kids.append(f"{page_number} 0 R")
        if content is None:
            objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>")
            continue
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {page_number + 1}"
            f" 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


def pdf_file(objects: list[bytes]) -> bytes:
    """A PDF of these objects (numbered from 1; the first is the catalogue), with its
    cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


TEXT_PAGE = b"BT /F1 24 Tf 72 700 Td (Quarterly report) Tj ET"
IMAGE_ONLY_PAGE = b"q 612 0 0 792 0 0 cm /Im1 Do Q"  # draws a picture: no text at all


@pytest.fixture
def blobs(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "attachments")


@pytest.fixture
def service(blobs: BlobStore) -> AttachmentService:
    return AttachmentService(blobs)


def refused(call: object) -> str:
    assert callable(call)
    with pytest.raises(AttachmentError) as caught:
        call()
    return caught.value.user_message


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- each kind accepted ------------------------------------------------------------------------


def test_a_png_is_read_with_its_size_and_stored_by_digest(
    service: AttachmentService, blobs: BlobStore, tmp_path: Path
) -> None:
    data = png(30, 20)
    item = service.read_file(write(tmp_path, "chart.png", data))
    assert item == Attachment(
        digest=digest_of(data),
        name="chart.png",
        mime="image/png",
        kind="image",
        size=len(data),
        width=30,
        height=20,
    )
    assert blobs.get(item.digest) == data
    assert not item.downscaled


@pytest.mark.parametrize(
    ("data", "mime", "size"),
    [
        (jpeg_header(1024, 768), "image/jpeg", (1024, 768)),
        (webp_vp8x(640, 480), "image/webp", (640, 480)),
        (webp_vp8l(300, 200), "image/webp", (300, 200)),
        (webp_vp8(800, 600), "image/webp", (800, 600)),
        (gif(16, 9), "image/gif", (16, 9)),
    ],
)
def test_every_picture_kind_is_known_by_its_bytes_with_its_size(
    service: AttachmentService, data: bytes, mime: str, size: tuple[int, int]
) -> None:
    item = service.read_bytes("picture", data)  # no extension: the bytes say what it is
    assert (item.kind, item.mime, item.width, item.height) == ("image", mime, *size)
    assert item.size == len(data)


def test_a_picture_misnamed_as_another_picture_is_taken_as_what_it_is(
    service: AttachmentService,
) -> None:
    item = service.read_bytes("holiday.jpg", png(4, 4))
    assert item.mime == "image/png"


def test_a_pdf_with_text_counts_pages_and_has_a_text_layer(
    service: AttachmentService, blobs: BlobStore, tmp_path: Path
) -> None:
    data = pdf([TEXT_PAGE, None, TEXT_PAGE])
    item = service.read_file(write(tmp_path, "report.pdf", data))
    assert (item.kind, item.mime, item.pages, item.text_layer) == (
        "pdf",
        "application/pdf",
        3,
        True,
    )
    assert blobs.get(item.digest) == data


@pytest.mark.parametrize("pages", [[IMAGE_ONLY_PAGE, IMAGE_ONLY_PAGE], [None]])
def test_a_scanned_pdf_has_no_text_layer(
    service: AttachmentService, pages: list[bytes | None]
) -> None:
    item = service.read_bytes("scan.pdf", pdf(pages))
    assert (item.pages, item.text_layer) == (len(pages), False)


def test_a_pdf_written_by_pypdf_is_read(service: AttachmentService) -> None:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    item = service.read_bytes("blank.pdf", out.getvalue())
    assert (item.pages, item.text_layer) == (2, False)


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("notes.txt", "Café notes\n".encode(), "Café notes\n"),
        ("README", b"# Title\n", "# Title\n"),  # no extension, decodes as text
        ("data.csv", b"\xef\xbb\xbfa,b\n1,2\n", "a,b\n1,2\n"),  # a BOM is dropped
        ("main.py", "print('héllo')\n".encode("utf-16"), "print('héllo')\n"),
        ("config.yml", "k: ü\n".encode("utf-16-be").join([b"\xfe\xff", b""]), "k: ü\n"),
    ],
)
def test_text_files_are_kept_as_the_utf8_that_is_sent(
    service: AttachmentService, blobs: BlobStore, name: str, data: bytes, text: str
) -> None:
    item = service.read_bytes(name, data)
    assert (item.kind, item.mime, item.name) == ("text", "text/plain", name)
    assert blobs.get(item.digest) == text.encode("utf-8")
    assert item.size == len(text.encode("utf-8"))


def test_pasted_text_without_a_name_extension_follows_the_hint(
    service: AttachmentService,
) -> None:
    assert service.read_bytes("Pasted text", b"hello", "text/plain").kind == "text"
    message = refused(lambda: service.read_bytes("Pasted image", b"hello", "image/png"))
    assert message.startswith("“Pasted image” is not a picture: its contents are text.")


def test_a_path_in_a_name_keeps_only_the_file_name(service: AttachmentService) -> None:
    assert service.read_bytes("C:\\Users\\ann\\plan.txt", b"x").name == "plan.txt"
    long_name = "a" * 300 + ".txt"
    kept = service.read_bytes(long_name, b"x").name
    assert len(kept) == 200
    assert kept.endswith("a.txt")


def test_the_same_file_twice_is_stored_once(service: AttachmentService, blobs: BlobStore) -> None:
    first = service.read_bytes("a.txt", b"same")
    second = service.read_bytes("b.txt", b"same")
    assert first.digest == second.digest
    assert [p.name for p in blobs.folder.rglob("*") if p.is_file()] == [first.digest]


# -- pictures too large ------------------------------------------------------------------------


class RecordingDownscale:
    """Stands in for the window's Qt downscaler: records its calls, returns a small PNG."""

    def __init__(self, result: tuple[bytes, str, int, int] | Exception) -> None:
        self.result = result
        self.calls: list[tuple[bytes, int]] = []

    def __call__(self, data: bytes, side: int) -> tuple[bytes, str, int, int]:
        self.calls.append((data, side))
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def test_a_large_picture_is_downscaled_and_its_original_size_kept(blobs: BlobStore) -> None:
    small = png(2048, 1229, pixels=False)
    downscale = RecordingDownscale((small, "image/png", 2048, 1229))
    service = AttachmentService(blobs, downscale)
    original = png(5000, 3000, pixels=False)
    item = service.read_bytes("big.png", original)
    assert downscale.calls == [(original, MAX_IMAGE_SIDE)]
    assert (item.width, item.height, item.original_width, item.original_height) == (
        2048,
        1229,
        5000,
        3000,
    )
    assert item.downscaled
    assert (item.digest, item.size, item.mime) == (digest_of(small), len(small), "image/png")
    assert blobs.get(item.digest) == small
    assert not blobs.has(digest_of(original))  # only the bytes as sent are kept


def test_a_picture_within_the_side_is_not_downscaled(blobs: BlobStore) -> None:
    downscale = RecordingDownscale(ValueError("never called"))
    item = AttachmentService(blobs, downscale).read_bytes("ok.png", png(2048, 10))
    assert downscale.calls == []
    assert item.original_width is None


@pytest.mark.parametrize(
    "result",
    [ValueError("cannot decode"), (b"", "image/png", 10, 10), (b"x", "image/png", 4000, 10)],
)
def test_a_downscaler_failure_or_nonsense_becomes_a_plain_message(
    blobs: BlobStore, result: tuple[bytes, str, int, int] | Exception
) -> None:
    service = AttachmentService(blobs, RecordingDownscale(result))
    message = refused(lambda: service.read_bytes("odd.png", png(3000, 10, pixels=False)))
    assert message.startswith("“odd.png” looks like a picture but could not be opened")


@pytest.mark.parametrize(
    ("data", "shown"),
    [
        (png(100_000, 100_000, pixels=False), "100,000 × 100,000 pixels"),
        (png(40_000, 40_000, pixels=False), "40,000 × 40,000 pixels"),
        (png(31_000, 10, pixels=False), "31,000 × 10 pixels"),  # one side too long
        (jpeg_header(65_000, 65_000), "65,000 × 65,000 pixels"),
        (webp_vp8x(16_000_000, 16_000_000), "16,000,000 × 16,000,000 pixels"),
    ],
)
def test_a_picture_bomb_is_refused_from_its_header_without_decoding(
    blobs: BlobStore, data: bytes, shown: str
) -> None:
    downscale = RecordingDownscale(ValueError("must not be asked to decode"))
    service = AttachmentService(blobs, downscale)
    message = refused(lambda: service.read_bytes("bomb.png", data))
    assert message.startswith(f"“bomb.png” is too large to open safely: {shown}.")
    assert downscale.calls == []
    assert not blobs.folder.exists()


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 4,  # cut off before IHDR
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">II", 0, 5) + bytes(5)),
        b"\xff\xd8\xff\xe0\x00\x10JFIF",  # cut off before any frame
        b"\xff\xd8\xff\xe0\x00\x01",  # a length smaller than itself
        b"\xff\xd8\xff\xda\x00\x08" + bytes(8),  # scan data before the frame header
        b"\xff\xd8\xff\xe0\x00\x04\x00\x00\x00\x00",  # not a marker where one must be
        b"RIFF\x00\x00\x00\x00WEBPVP8 ",  # cut off
        b"RIFF\x00\x00\x00\x00WEBPJUNK" + bytes(20),
        b"GIF89a\x01",
    ],
)
def test_a_damaged_picture_header_is_a_plain_message(
    service: AttachmentService, data: bytes
) -> None:
    assert sniff(data) is not None
    assert image_size(data, sniff(data) or "") is None
    message = refused(lambda: service.read_bytes("broken", data))
    assert message.startswith("“broken” looks like a picture but is damaged")


# -- what the name says and what the file is ---------------------------------------------------


def test_a_png_name_on_a_pdf_is_refused_saying_what_it_is(service: AttachmentService) -> None:
    message = refused(lambda: service.read_bytes("x.png", pdf([TEXT_PAGE])))
    assert message == (
        "“x.png” is not a picture: its contents are a PDF. Rename it or attach the right file."
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "report.pdf",
            png(2, 2),
            "“report.pdf” is not a PDF: its contents are a PNG picture. "
            "Rename it or attach the right file.",
        ),
        (
            "notes.txt",
            gif(2, 2),
            "“notes.txt” is not a text file: its contents are a GIF picture. "
            "Rename it or attach the right file.",
        ),
        (
            "photo.jpg",
            b"PK\x03\x04" + bytes(40),
            "“photo.jpg” is not a picture: its contents are a ZIP archive (Word, Excel and "
            "PowerPoint files are ZIP archives too). Rename it or attach the right file.",
        ),
        (
            "photo.webp",
            bytes(range(256)),
            "“photo.webp” is not a picture Switchboard can read. "
            "Attach a PNG, JPEG, WebP or GIF picture.",
        ),
        (
            "letter.docx",
            b"PK\x03\x04" + bytes(40),
            "Switchboard cannot send “letter.docx”. It can send pictures (PNG, JPEG, WebP, "
            "GIF), PDFs and text files.",
        ),
        (
            "notes.txt",
            b"text\x00with a NUL",
            "“notes.txt” is not a text file Switchboard can send.",
        ),
        ("data", b"\xfa\x80 not utf", "“data” is not a text file Switchboard can send."),
        ("empty.txt", b"", "“empty.txt” is empty: there is nothing in it to send."),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(
    service: AttachmentService, blobs: BlobStore, name: str, data: bytes, message: str
) -> None:
    assert refused(lambda: service.read_bytes(name, data)) == message
    assert not blobs.folder.exists()


def test_a_utf16_text_with_a_nul_character_is_refused(service: AttachmentService) -> None:
    data = "a\x00b".encode("utf-16")
    message = refused(lambda: service.read_bytes("a.txt", data))
    assert message == "“a.txt” is not a text file Switchboard can send."


# -- sizes -------------------------------------------------------------------------------------


def test_a_200_mb_file_is_refused_quickly_without_reading_it(
    service: AttachmentService, tmp_path: Path
) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is written
    started = time.monotonic()
    message = refused(lambda: service.read_file(path))
    assert time.monotonic() - started < 1.0
    assert message.startswith("“huge.pdf” is too large: files can be at most 30 MB")


@pytest.mark.parametrize(
    ("name", "head", "limit_mb", "message"),
    [
        ("big.txt", b"a", 2, "“big.txt” is too large: text files can be at most 2 MB."),
        (
            "big.png",
            png(10, 10, pixels=False),
            20,
            "“big.png” is too large: pictures can be at most 20 MB.",
        ),
        ("big.pdf", b"%PDF-1.4\n", 30, None),  # 30 MB plus a byte: caught while reading
    ],
)
def test_each_kind_has_its_own_size_limit(
    service: AttachmentService,
    tmp_path: Path,
    name: str,
    head: bytes,
    limit_mb: int,
    message: str | None,
) -> None:
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(limit_mb * 1024 * 1024 + 1)
    text = refused(lambda: service.read_file(path))
    assert text == (
        message
        or "“big.pdf” is too large: files can be at most 30 MB (pictures 20 MB, text files 2 MB)."
    )


# -- files that cannot be read -----------------------------------------------------------------


def test_a_deleted_file_is_a_plain_message(service: AttachmentService, tmp_path: Path) -> None:
    path = write(tmp_path, "gone.png", png(2, 2))
    path.unlink()
    assert refused(lambda: service.read_file(path)) == (
        "“gone.png” is no longer there: it may have been moved or deleted. "
        "Attach it again from where it is now."
    )


def test_a_folder_is_not_a_file(service: AttachmentService, tmp_path: Path) -> None:
    folder = tmp_path / "photos.png"
    folder.mkdir()
    assert refused(lambda: service.read_file(folder)) == (
        "“photos.png” is not an ordinary file (it may be a folder, a pipe or a device), "
        "so it cannot be attached."
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_waiting_for_a_writer(
    service: AttachmentService, tmp_path: Path
) -> None:
    pipe = tmp_path / "stream.txt"
    os.mkfifo(pipe)
    assert "is not an ordinary file" in refused(lambda: service.read_file(pipe))


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may read any file"
)
def test_a_file_without_permission_is_a_plain_message(
    service: AttachmentService, tmp_path: Path
) -> None:
    path = write(tmp_path, "secret.txt", b"x")
    path.chmod(0)
    try:
        message = refused(lambda: service.read_file(path))
    finally:
        path.chmod(0o600)
    assert message.startswith("Switchboard is not allowed to read “secret.txt”.")


def test_a_full_data_folder_is_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "attachments"
    blocker.write_bytes(b"a file where the folder should be")
    service = AttachmentService(BlobStore(blocker))
    message = refused(lambda: service.read_bytes("a.txt", b"hello"))
    assert message.startswith("Switchboard could not keep a copy of “a.txt”")


# -- PDFs that cannot be sent ------------------------------------------------------------------


def test_an_encrypted_pdf_is_a_plain_message(service: AttachmentService) -> None:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt("secret", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    message = refused(lambda: service.read_bytes("locked.pdf", out.getvalue()))
    assert message.startswith("“locked.pdf” is locked with a password or encryption")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nthis is not a PDF at all",
        pdf([TEXT_PAGE])[:60],  # cut off
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R"
        b" >>\n%%EOF",  # its page tree is itself
        b"%PDF-" + bytes(range(256)) * 40,
    ],
)
def test_a_damaged_pdf_is_a_plain_message_and_nothing_else(
    service: AttachmentService, data: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    message = refused(lambda: service.read_bytes("broken.pdf", data))
    assert message.startswith("“broken.pdf” is a damaged PDF that Switchboard could not open.")
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]  # kept quiet


def test_a_pdf_of_too_many_pages_is_refused(service: AttachmentService) -> None:
    message = refused(lambda: service.read_bytes("phone-book.pdf", pdf([None] * 2001)))
    assert message == (
        "“phone-book.pdf” has 2,001 pages. Switchboard can send PDFs of at most 2,000 pages: "
        "split it and attach the part you need."
    )
