"""Attachments: images, PDFs and text files sent with a prompt, and web search.

An attachment is stored once, by the SHA-256 of its bytes as sent (an image downscaled
before sending is stored downscaled), and a message refers to it by that digest, so a
file attached to many prompts, versions or columns costs its bytes once. What the model
may take is read from the catalogue (``ModelInfo.input_modalities``), never guessed from
its name. Pure: reading files, sniffing and decoding live in the services and the window.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

AttachmentKind = Literal["image", "pdf", "text"]
KINDS: frozenset[str] = frozenset({"image", "pdf", "text"})
IMAGE_TYPES: frozenset[str] = frozenset({"image/png", "image/jpeg", "image/webp", "image/gif"})

# The limits people are told about ("Files up to 30 MB, at most 10 per message").
MAX_ATTACHMENTS = 10  # per message
MAX_IMAGE_BYTES = 20 * 1024 * 1024  # an image file as read (before any downscale)
MAX_PDF_BYTES = 30 * 1024 * 1024
MAX_TEXT_BYTES = 2 * 1024 * 1024
MAX_IMAGE_SIDE = 2048  # a longer side is downscaled to this before sending (and said so)
MAX_IMAGE_PIXELS = 100_000_000  # an image "bomb" beyond this is refused before decoding
MAX_NAME = 200
# Every turn sends the whole conversation's files again: past this many bytes of them (before
# base64) a send is refused with a plain message rather than left to the server's 413.
MAX_REQUEST_FILE_BYTES = 50 * 1024 * 1024

# The PDF engines of OpenRouter's file-parser plugin, as the API names them.
PdfEngine = Literal["native", "cloudflare-ai", "mistral-ocr"]
PDF_ENGINES: frozenset[str] = frozenset({"native", "cloudflare-ai", "mistral-ocr"})
FREE_PDF_ENGINE: PdfEngine = "cloudflare-ai"  # text extraction, free (never the paid default)
OCR_PDF_ENGINE: PdfEngine = "mistral-ocr"  # reads scanned pages, $2 per 1,000 pages
OCR_PRICE_PER_PAGE = Decimal("0.002")  # USD a page: the one figure estimates and questions use

DIGEST = re.compile(r"\A[0-9a-f]{64}\Z")  # (a trailing newline is not a digest)


@dataclass(frozen=True, slots=True)
class Attachment:
    """One file sent with a prompt, as stored with the message."""

    digest: str  # SHA-256 (hex) of the bytes as sent
    name: str  # the file's name as the person knows it
    mime: str  # image/png|jpeg|webp|gif, application/pdf, text/plain
    kind: AttachmentKind
    size: int  # bytes as sent
    width: int | None = None  # images
    height: int | None = None
    original_width: int | None = None  # an image downscaled before sending: its size before
    original_height: int | None = None
    pages: int | None = None  # PDFs
    text_layer: bool | None = None  # PDFs: False when no page has text (a scan: OCR reads it)

    @property
    def downscaled(self) -> bool:
        return self.original_width is not None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "digest": self.digest,
            "name": self.name,
            "mime": self.mime,
            "kind": self.kind,
            "size": self.size,
        }
        for key in (
            "width",
            "height",
            "original_width",
            "original_height",
            "pages",
            "text_layer",
        ):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


def attachment_from_dict(data: object) -> Attachment | None:
    """A stored or imported attachment; None when anything in it is wrong (untrusted)."""
    if not isinstance(data, Mapping):
        return None
    digest, name, mime, kind, size = (
        data.get(k) for k in ("digest", "name", "mime", "kind", "size")
    )
    if not (isinstance(digest, str) and DIGEST.match(digest)):
        return None
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
        return None
    if not isinstance(mime, str) or len(mime) > 100 or kind not in KINDS:
        return None
    if not _count(size):
        return None

    def number(key: str) -> int | None:
        value = data.get(key)
        return value if _count(value) else None

    layer = data.get("text_layer")
    return Attachment(
        digest=digest,
        name=name,
        mime=mime,
        kind=kind,  # (checked against KINDS)
        size=size,  # type: ignore[arg-type]  # checked by _count
        width=number("width"),
        height=number("height"),
        original_width=number("original_width"),
        original_height=number("original_height"),
        pages=number("pages"),
        text_layer=layer if isinstance(layer, bool) else None,
    )


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53


WEB_RESULTS_DEFAULT = 5
WEB_RESULTS_MAX = 25  # OpenRouter's range for max_results is 1 to 25
# The most searches one answer may run: sent as the tool's ``max_uses`` and the request's
# ``max_tool_calls`` (OpenRouter's default is 30), and what the "at most" figure prices.
MAX_SEARCHES = 5


@dataclass(frozen=True, slots=True)
class WebSearch:
    """Web search for a conversation (off by default): OpenRouter's web-search server tool,
    with at most ``max_results`` results per search."""

    enabled: bool = False
    max_results: int = WEB_RESULTS_DEFAULT

    def to_dict(self) -> dict[str, Any]:
        return {"enabled": self.enabled, "max_results": self.max_results}


def web_search_from_dict(data: object) -> WebSearch:
    """Tolerant: anything wrong reads as off, five results."""
    if not isinstance(data, Mapping):
        return WebSearch()
    enabled = data.get("enabled") is True
    results = data.get("max_results")
    if not _count(results) or not 1 <= results <= WEB_RESULTS_MAX:  # type: ignore[operator]
        results = WEB_RESULTS_DEFAULT
    return WebSearch(enabled, results)  # type: ignore[arg-type]


def pdf_engine_from(value: object) -> PdfEngine | None:
    return value if isinstance(value, str) and value in PDF_ENGINES else None  # type: ignore[return-value]
