"""Looking for a PDF's text layer is bounded (review of #18, finding 10): a few KB of PDF
once kept pypdf busy for seconds. At most five pages are looked at, stopping at the first
with text; content shared by pages is read once; a page whose content is too large to read
quickly counts as a page without text. PDFs are made by hand here."""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from app.services.attachments import (
    MAX_PDF_INSPECT_BYTES,
    PDF_TEXT_PAGES,
    AttachmentService,
    pdf_facts,
)
from app.store.blobs import BlobStore
from tests.unit.test_attachment_intake import pdf_file

TEXT = b"BT /F1 24 Tf 72 700 Td (Quarterly report) Tj ET\n"
NO_TEXT = b"BT ET\n"  # text operators that show nothing: slow for pypdf, no text at all


def _stream(content: bytes, *, flate: bool = True, filter_name: bytes = b"/FlateDecode") -> bytes:
    if not flate:
        return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    packed = zlib.compress(content, 9)
    return (
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(packed), filter_name)
        + packed
        + b"\nendstream"
    )


def _form(content: bytes, inner: int | None = None) -> bytes:
    """A form picture object drawing ``content`` (which may draw form object ``inner``)."""
    packed = zlib.compress(content, 9)
    more = b" /XObject << /Fm %d 0 R >>" % inner if inner is not None else b""
    return (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 3 0 R"
        b" >>%s >> /Length %d /Filter /FlateDecode >>\nstream\n"
        % (more, len(packed))
        + packed
        + b"\nendstream"
    )


def build_pdf(streams: list[bytes], page_streams: list[int], forms: Sequence[bytes] = ()) -> bytes:
    """A PDF whose page i draws the stream object ``streams[page_streams[i]]``; ``forms``
    are objects after the streams (numbered from 4 + len(streams)), the first one in every
    page's resources as /Fm."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    first_stream = len(objects) + 1
    objects.extend(streams)
    objects.extend(forms)
    page_forms = f" /XObject << /Fm {first_stream + len(streams)} 0 R >>" if forms else ""
    kids: list[str] = []
    for index in page_streams:
        kids.append(f"{len(objects) + 1} 0 R")
        page = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {first_stream + index}"
            f" 0 R /Resources << /Font << /F1 3 0 R >>{page_forms} >> >>"
        )
        objects.append(page.encode())
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    return pdf_file(objects)


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many times pypdf extracts a page's text (the slow part), counted."""
    from pypdf import PageObject

    calls: list[int] = []
    real = PageObject.extract_text

    def counted(self: PageObject, *args: Any, **kwargs: Any) -> str:
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", counted)
    yield calls


def test_the_crafted_5_kb_pdf_of_20_pages_sharing_one_stream_is_read_once(
    extractions: list[int],
) -> None:
    data = build_pdf([_stream(NO_TEXT * (700_000 // len(NO_TEXT)))], [0] * 20)
    assert len(data) < 6_000
    assert pdf_facts("crafted.pdf", data) == (20, False)
    assert len(extractions) == 1  # (was 20: about 4 s on the review machine)


def test_at_most_five_pages_are_looked_at(extractions: list[int]) -> None:
    streams = [_stream(NO_TEXT + b"%% page %d\n" % n) for n in range(8)] + [_stream(TEXT)]
    data = build_pdf(streams, list(range(9)))
    assert pdf_facts("late.pdf", data) == (9, False)  # text only on page 9: a scan, to us
    assert len(extractions) == PDF_TEXT_PAGES == 5


def test_looking_stops_at_the_first_page_with_text(extractions: list[int]) -> None:
    data = build_pdf([_stream(NO_TEXT), _stream(TEXT), _stream(TEXT)], [0, 1, 2])
    assert pdf_facts("report.pdf", data) == (3, True)
    assert len(extractions) == 2


def test_a_page_too_large_to_read_quickly_counts_as_no_text_and_the_next_is_read(
    extractions: list[int],
) -> None:
    huge = TEXT * (MAX_PDF_INSPECT_BYTES // len(TEXT) + 10)  # text, but over the budget
    assert pdf_facts("huge.pdf", build_pdf([_stream(huge)], [0])) == (1, False)
    assert extractions == []
    small = 200_000
    data = build_pdf([_stream(NO_TEXT * (small // len(NO_TEXT))), _stream(TEXT)], [0, 1])
    assert pdf_facts("fine.pdf", data) == (2, True)


def test_a_stream_over_2_mb_compressed_is_not_read(extractions: list[int]) -> None:
    import random

    noise = random.Random(7).randbytes(2 * 1024 * 1024 + 10)
    content = TEXT + b"%" + noise.replace(b"\n", b" ").replace(b"\r", b" ") + b"\n"
    data = build_pdf([_stream(content, flate=False)], [0])
    assert pdf_facts("big.pdf", data) == (1, False)
    assert extractions == []


def test_plain_and_flate_content_are_read_other_packings_count_as_no_text(
    extractions: list[int],
) -> None:
    assert pdf_facts("plain.pdf", build_pdf([_stream(TEXT, flate=False)], [0])) == (1, True)
    assert pdf_facts("flate.pdf", build_pdf([_stream(TEXT)], [0])) == (1, True)
    lzw = build_pdf([_stream(TEXT, filter_name=b"/LZWDecode")], [0])
    assert pdf_facts("old.pdf", lzw) == (1, False)


def test_the_intake_uses_the_bounded_reading(tmp_path: Path, extractions: list[int]) -> None:
    service = AttachmentService(BlobStore(tmp_path / "attachments"))
    data = build_pdf([_stream(NO_TEXT * 100_000)], [0] * 30)
    item = service.read_bytes("crafted.pdf", data)
    assert (item.pages, item.text_layer) == (30, False)
    assert len(extractions) == 1


def test_forms_a_page_draws_count_towards_the_bounds(extractions: list[int]) -> None:
    draw = _stream(b"q /Fm Do Q\n")
    huge = TEXT * (MAX_PDF_INSPECT_BYTES // len(TEXT) + 10)
    assert pdf_facts("form.pdf", build_pdf([draw], [0], [_form(huge)])) == (1, False)
    assert extractions == []
    small = build_pdf([draw], [0], [_form(TEXT)])
    assert pdf_facts("small.pdf", small) == (1, True)
    # A form in a form: the inner one (object 6) is measured too.
    nested = build_pdf([draw], [0], [_form(b"q /Fm Do Q\n", inner=6), _form(huge)])
    assert pdf_facts("nested.pdf", nested) == (1, False)
