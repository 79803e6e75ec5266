"""Intake of attached files: what a file is, whether it may be sent, and its bytes stored.

Everything a person attaches is untrusted. The kind is read from the file's first bytes, not
its name; picture sizes come from the header, so a picture "bomb" is refused before anything
decodes it; sizes are capped before reading; a PDF is opened with pypdf (imported only when
one is attached) and any failure in it becomes a plain message. Every refusal is an
``AttachmentError`` whose ``user_message`` names the file and says what to do.

Blocking (reads files, parses PDFs, may downscale): the window calls it in a worker thread.
Qt-free: downscaling is a callable given by the window (``app.ui.image_scaling.downscale``).
"""

from __future__ import annotations

import contextlib
import io
import logging
import struct
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any

from app.core.attachments import (
    IMAGE_TYPES,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_PIXELS,
    MAX_IMAGE_SIDE,
    MAX_NAME,
    MAX_PDF_BYTES,
    MAX_TEXT_BYTES,
    Attachment,
    AttachmentKind,
)
from app.core.i18n import translate
from app.core.text_files import decode_text
from app.store.blobs import BlobStore
from app.store.files import UnsuitableFileError, read_regular_file

# (bytes, longest side) -> (new bytes, mime, width, height); raises on a picture it cannot read.
Downscale = Callable[[bytes, int], tuple[bytes, str, int, int]]

MAX_READ_BYTES = max(MAX_IMAGE_BYTES, MAX_PDF_BYTES, MAX_TEXT_BYTES)
MAX_IMAGE_SIDE_SAFE = 30_000  # a longer side is refused however few pixels it has
MAX_PDF_PAGES = 2_000
PDF_TEXT_PAGES = 5  # a text layer on any of the first pages means "not a scan"
# What looking for that text layer may cost (a 5 KB PDF once took pypdf 4 s, a crafted one
# could take minutes): compressed size of one content stream, decoded size of all looked at,
# streams on one page (the decoded size also bounds the characters extracted).
MAX_PDF_STREAM_BYTES = 2 * 1024 * 1024
MAX_PDF_INSPECT_BYTES = 1024 * 1024
MAX_PDF_PAGE_STREAMS = 64
MAX_PDF_FORM_DEPTH = 3
PDF_MIME = "application/pdf"
TEXT_MIME = "text/plain"

IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".webp", ".gif"})
PDF_EXTENSIONS = frozenset({".pdf"})
TEXT_EXTENSIONS = frozenset(
    {
        ".txt", ".md", ".markdown", ".csv", ".tsv", ".json", ".yaml", ".yml", ".xml",
        ".html", ".css", ".js", ".ts", ".py", ".java", ".c", ".h", ".cpp", ".go", ".rs",
        ".rb", ".php", ".sh", ".sql", ".toml", ".ini", ".log",
    }
)  # fmt: skip

MB = 1024 * 1024


class AttachmentError(Exception):
    """A file that cannot be attached; ``user_message`` says why in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message

    def __str__(self) -> str:
        return self.user_message


class AttachmentService:
    """Reads a file or pasted bytes into an ``Attachment`` whose bytes are in ``blobs``."""

    def __init__(self, blobs: BlobStore, downscale: Downscale | None = None) -> None:
        self.blobs = blobs
        self.downscale = downscale

    def read_file(self, path: Path) -> Attachment:
        """The file at ``path``, checked and stored; AttachmentError when it cannot be sent."""
        name = clean_name(path.name)
        try:
            data = read_regular_file(path, MAX_READ_BYTES)  # never a pipe, a device, 200 MB
        except FileNotFoundError:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” is no longer there: it may have been moved or deleted. Attach it "
                    "again from where it is now.",
                ).format(name=name)
            ) from None
        except PermissionError:
            raise AttachmentError(
                translate(
                    "attachments",
                    "Switchboard is not allowed to read “{name}”. Check who may open the file, or "
                    "copy it to your own folder and attach the copy.",
                ).format(name=name)
            ) from None
        except UnsuitableFileError:
            raise AttachmentError(_unsuitable(path, name)) from None
        except OSError:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” could not be read. Try again, or copy it to another folder and "
                    "attach the copy.",
                ).format(name=name)
            ) from None
        return self.read_bytes(name, data)

    def read_bytes(self, name: str, data: bytes, mime_hint: str | None = None) -> Attachment:
        """Pasted or dropped bytes called ``name``; ``mime_hint`` (from the clipboard) counts
        only when the name has no extension. AttachmentError when they cannot be sent."""
        name = clean_name(name)
        if not data:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” is empty: there is nothing in it to send.",
                ).format(name=name)
            )
        found = sniff(data)
        claimed = _claimed_kind(name, mime_hint)
        if found == PDF_MIME:
            if claimed not in (None, "pdf"):
                raise AttachmentError(_mismatch(name, claimed, data))
            return self._pdf(name, data)
        if found is not None:
            if claimed not in (None, "image"):
                raise AttachmentError(_mismatch(name, claimed, data))
            return self._image(name, data, found)
        if claimed in ("image", "pdf"):
            raise AttachmentError(_mismatch(name, claimed, data))
        if claimed == "text" or _extension(name) == "":
            return self._text(name, data)
        raise AttachmentError(
            translate(
                "attachments",
                "Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, "
                "GIF), PDFs and text files.",
            ).format(name=name)
        )

    def _image(self, name: str, data: bytes, mime: str) -> Attachment:
        if len(data) > MAX_IMAGE_BYTES:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” is too large: pictures can be at most {size} MB.",
                ).format(name=name, size=MAX_IMAGE_BYTES // MB)
            )
        size = image_size(data, mime)
        if size is None:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” looks like a picture but is damaged: Switchboard could not read its "
                    "size. Open it in another program and save it again.",
                ).format(name=name)
            )
        width, height = size
        if width * height > MAX_IMAGE_PIXELS or max(width, height) > MAX_IMAGE_SIDE_SAFE:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it "
                    "smaller in another program and attach it again.",
                ).format(name=name, width=width, height=height)
            )
        if max(width, height) <= MAX_IMAGE_SIDE or self.downscale is None:
            return self._store(name, data, mime, "image", width=width, height=height)
        new_data, new_mime, new_width, new_height = self._downscaled(name, data)
        return self._store(
            name,
            new_data,
            new_mime,
            "image",
            width=new_width,
            height=new_height,
            original_width=width,
            original_height=height,
        )

    def _downscaled(self, name: str, data: bytes) -> tuple[bytes, str, int, int]:
        assert self.downscale is not None
        damaged = AttachmentError(
            translate(
                "attachments",
                "“{name}” looks like a picture but could not be opened: it may be damaged, or "
                "too large to make smaller. Open it in another program, make it smaller or "
                "save it again, then attach it again.",
            ).format(name=name)
        )
        try:
            new_data, mime, width, height = self.downscale(data, MAX_IMAGE_SIDE)
        except Exception:  # the decoder's failure on a hostile file is the file's fault
            raise damaged from None
        if (
            not new_data
            or mime not in IMAGE_TYPES
            or not 0 < width <= MAX_IMAGE_SIDE
            or not 0 < height <= MAX_IMAGE_SIDE
        ):
            raise damaged
        return new_data, mime, width, height

    def _pdf(self, name: str, data: bytes) -> Attachment:
        if len(data) > MAX_PDF_BYTES:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” is too large: PDFs can be at most {size} MB.",
                ).format(name=name, size=MAX_PDF_BYTES // MB)
            )
        pages, text_layer = pdf_facts(name, data)
        return self._store(name, data, PDF_MIME, "pdf", pages=pages, text_layer=text_layer)

    def _text(self, name: str, data: bytes) -> Attachment:
        if len(data) > MAX_TEXT_BYTES:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” is too large: text files can be at most {size} MB.",
                ).format(name=name, size=MAX_TEXT_BYTES // MB)
            )
        text = decode_text(data)
        if text is None:
            raise AttachmentError(
                translate(
                    "attachments",
                    "“{name}” is not a text file Switchboard can send.",
                ).format(name=name)
            )
        # Stored as the UTF-8 that is sent, whatever it was on disk (UTF-16, a BOM).
        return self._store(name, text.encode("utf-8"), TEXT_MIME, "text")

    def _store(
        self,
        name: str,
        data: bytes,
        mime: str,
        kind: AttachmentKind,
        **facts: int | bool | None,
    ) -> Attachment:
        try:
            digest = self.blobs.put(data)
        except OSError:
            raise AttachmentError(
                translate(
                    "attachments",
                    "Switchboard could not keep a copy of “{name}” in its data folder. Check that "
                    "the disk is not full, then attach it again.",
                ).format(name=name)
            ) from None
        return Attachment(
            digest=digest,
            name=name,
            mime=mime,
            kind=kind,
            size=len(data),
            **facts,  # type: ignore[arg-type]  # only the keyword fields named above
        )


def clean_name(name: str) -> str:
    """The last part of a path or a pasted name, at most MAX_NAME characters (keeping its
    extension), never empty."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    base = "".join(ch for ch in base if ch.isprintable()) or "file"
    if len(base) > MAX_NAME:
        suffix = PurePath(base).suffix[:20]
        base = base[: MAX_NAME - len(suffix)] + suffix
    return base


def _extension(name: str) -> str:
    return PurePath(name).suffix.lower()


def _claimed_kind(name: str, mime_hint: str | None) -> AttachmentKind | None:
    """What the name (or, without an extension, the hint) says the file is."""
    ext = _extension(name)
    if ext in IMAGE_EXTENSIONS:
        return "image"
    if ext in PDF_EXTENSIONS:
        return "pdf"
    if ext in TEXT_EXTENSIONS:
        return "text"
    if ext or not mime_hint:
        return None
    hint = mime_hint.lower()
    if hint.startswith("image/"):
        return "image"
    if hint == PDF_MIME:
        return "pdf"
    if hint.startswith("text/"):
        return "text"
    return None


def sniff(data: bytes) -> str | None:
    """The mime type of a picture or PDF from its first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data.startswith(b"%PDF-"):
        return PDF_MIME
    return None


def _description(mime: str) -> str:
    """A sniffed format, in words ("a PNG picture")."""
    if mime == "image/png":
        return translate("attachments", "a PNG picture")
    if mime == "image/jpeg":
        return translate("attachments", "a JPEG picture")
    if mime == "image/webp":
        return translate("attachments", "a WebP picture")
    if mime == "image/gif":
        return translate("attachments", "a GIF picture")
    return translate("attachments", "a PDF")


def _contents(data: bytes) -> str | None:
    """What the contents are, in words, for the formats people most often misname."""
    found = sniff(data)
    if found is not None:
        return _description(found)
    if data.startswith(b"PK\x03\x04"):
        return translate(
            "attachments",
            "a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)",
        )
    if decode_text(data[:4096]) is not None:
        return translate("attachments", "text")
    return None


def _mismatch(name: str, claimed: AttachmentKind, data: bytes) -> str:
    contents = _contents(data)
    if claimed == "image":
        if contents is None:
            return translate(
                "attachments",
                "“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or "
                "GIF picture.",
            ).format(name=name)
        return translate(
            "attachments",
            "“{name}” is not a picture: its contents are {contents}. Rename it or attach "
            "the right file.",
        ).format(name=name, contents=contents)
    if claimed == "pdf":
        if contents is None:
            return translate(
                "attachments",
                "“{name}” is not a PDF Switchboard can read. Attach the right file.",
            ).format(name=name)
        return translate(
            "attachments",
            "“{name}” is not a PDF: its contents are {contents}. Rename it or attach the "
            "right file.",
        ).format(name=name, contents=contents)
    if contents is None:
        return translate(
            "attachments",
            "“{name}” is not a text file Switchboard can send.",
        ).format(name=name)
    return translate(
        "attachments",
        "“{name}” is not a text file: its contents are {contents}. Rename it or "
        "attach the right file.",
    ).format(name=name, contents=contents)


def _unsuitable(path: Path, name: str) -> str:
    """A refusal by read_regular_file: too large, or no ordinary file."""
    with contextlib.suppress(OSError):
        info = path.stat()
        if path.is_file() and info.st_size > MAX_READ_BYTES:
            return translate(
                "attachments",
                "“{name}” is too large: files can be at most {limit} MB (pictures "
                "{image_limit} MB, text files {text_limit} MB).",
            ).format(
                name=name,
                limit=MAX_READ_BYTES // MB,
                image_limit=MAX_IMAGE_BYTES // MB,
                text_limit=MAX_TEXT_BYTES // MB,
            )
    return translate(
        "attachments",
        "“{name}” is not an ordinary file (it may be a folder, a pipe or a device), "
        "so it cannot be attached.",
    ).format(name=name)


# -- picture sizes, from the header only ----------------------------------------------------


def image_size(data: bytes, mime: str) -> tuple[int, int] | None:
    """(width, height) read from the header of a PNG, JPEG, WebP or GIF; None if damaged."""
    try:
        if mime == "image/png":
            size = _png_size(data)
        elif mime == "image/jpeg":
            size = _jpeg_size(data)
        elif mime == "image/webp":
            size = _webp_size(data)
        elif mime == "image/gif":
            size = _gif_size(data)
        else:
            return None
    except (struct.error, IndexError):
        return None
    if size is None or size[0] <= 0 or size[1] <= 0:
        return None
    return size


def _png_size(data: bytes) -> tuple[int, int] | None:
    if data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}  # not DHT, JPG, DAC
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})  # TEM, RSTn: no length


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the markers to the first start-of-frame (the only one that says the size)."""
    i = 2
    end = len(data)
    while i + 4 <= end:
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte before a marker
            i += 1
            continue
        if marker in _JPEG_STANDALONE:
            i += 2
            continue
        if marker in (0xD8, 0xD9, 0xDA):  # a second SOI, the end, or data before any frame
            return None
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if length < 2:
            return None
        if marker in _JPEG_SOF:
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 ":
        if data[23:26] != b"\x9d\x01\x2a":
            return None
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        if data[20] != 0x2F:
            return None
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        if len(data) < 30:
            return None
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    return None


def _gif_size(data: bytes) -> tuple[int, int] | None:
    width, height = struct.unpack("<HH", data[6:10])
    return width, height


# -- PDFs --------------------------------------------------------------------------------------


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf complains about every small flaw through logging and warnings: not for people."""
    logger = logging.getLogger("pypdf")  # its modules log to children of this one
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def pdf_facts(name: str, data: bytes) -> tuple[int, bool]:
    """(pages, whether one of the first pages has text); AttachmentError for anything else.

    Bounded, as a hostile file can make pypdf work for minutes: at most PDF_TEXT_PAGES pages
    are looked at, stopping at the first with text; a page whose content is larger than
    MAX_PDF_STREAM_BYTES compressed, or than what is left of MAX_PDF_INSPECT_BYTES decoded
    (all pages together), or in a form only pypdf could unpack, counts as a page without
    text; content shared by several pages is read once."""
    damaged = AttachmentError(
        translate(
            "attachments",
            "“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF "
            "reader and save or print it to a new PDF, then attach that.",
        ).format(name=name)
    )
    try:
        from pypdf import PdfReader
    except ImportError:
        raise AttachmentError(
            translate(
                "attachments",
                "Switchboard cannot read PDFs: a part it needs is missing. Reinstall Switchboard.",
            )
        ) from None
    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise AttachmentError(
                    translate(
                        "attachments",
                        "“{name}” is locked with a password or encryption, so the model could not "
                        "read it. Save an unlocked copy (for example with “Print to PDF”) and "
                        "attach that.",
                    ).format(name=name)
                )
            pages = len(reader.pages)
            if pages > MAX_PDF_PAGES:
                raise AttachmentError(
                    translate(
                        "attachments",
                        "“{name}” has {pages:,} pages. Switchboard can send PDFs of at most "
                        "{MAX_PDF_PAGES:,} pages: split it and attach the part you need.",
                    ).format(name=name, pages=pages, MAX_PDF_PAGES=MAX_PDF_PAGES)
                )
            if pages == 0:
                raise AttachmentError(
                    translate(
                        "attachments",
                        "“{name}” has no pages: there is nothing in it to send.",
                    ).format(name=name)
                )
            text_layer = _has_text(
                reader.pages[index] for index in range(min(pages, PDF_TEXT_PAGES))
            )
    except AttachmentError:
        raise
    except Exception:  # pypdf's failures on a hostile file are many and not all its own
        raise damaged from None
    return pages, text_layer


def _has_text(pages: Iterable[Any]) -> bool:
    """Whether one of ``pages`` (pypdf pages) has extractable text, within the bounds."""
    budget = MAX_PDF_INSPECT_BYTES
    seen: set[tuple[int, ...]] = set()
    for page in pages:
        streams = _page_streams(page)
        if streams is None:
            continue  # too large or packed in a way we do not measure: no text, as far as we know
        key = tuple(sorted(ident for ident, _ in streams))
        if key in seen:
            continue  # the same content as a page already read: no text there either
        seen.add(key)
        size = 0
        for _, stream in streams:
            decoded = _decoded_size(stream, budget - size)
            if decoded is None:
                break
            size += decoded
        else:
            budget -= size
            if page.extract_text().strip():
                return True
            continue
        budget = max(0, budget - size)  # measuring cost something too
    return False


def _page_streams(page: Any) -> list[tuple[int, Any]] | None:
    """A page's content streams and those of the forms it draws (forms in forms too, a few
    levels deep), each with an identity (its object number, or its Python id when direct);
    None when there are too many or they nest too deep to be worth reading."""
    found: list[tuple[int, Any]] = []
    contents = page.raw_get("/Contents") if "/Contents" in page else None
    if contents is not None:
        resolved = contents.get_object()
        items = resolved[: MAX_PDF_PAGE_STREAMS + 1] if isinstance(resolved, list) else [contents]
        for item in items:
            _add(item, found)
    holders: list[Any] = [page]
    for _ in range(MAX_PDF_FORM_DEPTH):
        forms: list[Any] = []
        for holder in holders:
            for raw in _forms(holder):
                if len(found) > MAX_PDF_PAGE_STREAMS:
                    return None
                if _add(raw, found):
                    forms.append(raw.get_object())
        if not forms:
            return found if len(found) <= MAX_PDF_PAGE_STREAMS else None
        holders = forms
    return None  # forms nested deeper still


def _forms(holder: Any) -> list[Any]:
    """The (unresolved) form pictures in ``holder``'s resources."""
    resources = holder.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if isinstance(resources, Mapping) else None
    xobjects = xobjects.get_object() if xobjects is not None else None
    if not isinstance(xobjects, Mapping):
        return []
    keys = list(xobjects)[: MAX_PDF_PAGE_STREAMS + 1]
    raws = [xobjects.raw_get(key) for key in keys]  # type: ignore[attr-defined]  # pypdf's
    return [raw for raw in raws if raw.get_object().get("/Subtype") == "/Form"]


def _add(raw: Any, found: list[tuple[int, Any]]) -> bool:
    """Add the stream ``raw`` names to ``found`` unless it is there; whether it was added."""
    resolved = raw.get_object()
    ident = getattr(raw, "idnum", None)
    key = ident if isinstance(ident, int) else id(resolved)
    if any(known == key for known, _ in found):
        return False
    found.append((key, resolved))
    return True


def _decoded_size(stream: Any, allowed: int) -> int | None:
    """The stream's decoded size when it is at most ``allowed`` bytes (and at most
    MAX_PDF_STREAM_BYTES compressed); None otherwise or when it is packed in any way but
    plain or Flate (the only ones measured without unpacking them whole)."""
    raw = getattr(stream, "_data", None)
    if not isinstance(raw, bytes) or len(raw) > MAX_PDF_STREAM_BYTES or allowed < 0:
        return None
    filters = stream.get("/Filter")
    filters = filters.get_object() if filters is not None else None
    if isinstance(filters, list):
        filters = filters[0] if len(filters) == 1 else "/Several"
    if filters is None:
        return len(raw) if len(raw) <= allowed else None
    if filters not in ("/FlateDecode", "/Fl") or stream.get("/DecodeParms") is not None:
        return None
    unpacker = zlib.decompressobj()
    try:
        out = unpacker.decompress(raw, allowed + 1)
    except zlib.error:
        return None  # (pypdf may recover some of it; a broken page is no text layer to us)
    return len(out) if len(out) <= allowed else None


__all__ = [
    "MAX_PDF_PAGES",
    "AttachmentError",
    "AttachmentService",
    "Downscale",
    "clean_name",
    "decode_text",
    "image_size",
    "pdf_facts",
    "sniff",
]
