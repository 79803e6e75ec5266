"""Chat messages as the domain sees them."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .text import clean_surrogates

Role = Literal["system", "developer", "user", "assistant", "tool"]
ROLES: frozenset[str] = frozenset({"system", "developer", "user", "assistant", "tool"})


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message as sent. ``parts``, when not empty, is sent as the content array instead
    of ``content`` (a prompt with attachments); ``annotations`` are an earlier answer's
    ``file`` annotations, sent back so a PDF is not parsed and paid for again."""

    role: Role
    content: str
    # Keyword-only: subclasses (export's ThinkingMessage) add positional fields after content.
    parts: tuple[Mapping[str, Any], ...] = field(default=(), kw_only=True)
    annotations: tuple[Mapping[str, Any], ...] = field(default=(), kw_only=True)

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown message role {self.role!r}")


# Annotations of an answer, checked where they enter (the server's JSON, a stored or imported
# conversation). A ``url_citation`` is shown as a link: only http(s) addresses pass. A ``file``
# annotation (a parsed PDF) is sent back on later turns in place of the PDF's reading, so it
# is kept whole (strings cleaned) or not at all: one past the budget, or with a part that is
# not plain JSON, is dropped (the PDF is then read again, and estimated so), never cut.
MAX_ANNOTATIONS = 100  # items in one chunk, one answer or one message
MAX_URL = 2_000
MAX_TITLE = 300
MAX_EXCERPT = 2_000  # a citation's ``content``
MAX_TEXT_INDEX = 10**9
MAX_FILE_LABEL = 200  # a file annotation's hash and name
MAX_FILE_CONTENT = 2 * 1024 * 1024  # characters of one file annotation's content, as JSON
MAX_JSON_DEPTH = 20
_SCHEMES = ("http://", "https://")


def checked_annotations(raw: object) -> tuple[dict[str, Any], ...]:
    """The checked items of an ``annotations`` list (anything else: none)."""
    if not isinstance(raw, list | tuple):
        return ()
    items = (checked_annotation(entry) for entry in raw[:MAX_ANNOTATIONS])
    return tuple(item for item in items if item is not None)


def checked_annotation(raw: object) -> dict[str, Any] | None:
    """One annotation as it may be kept: a ``url_citation`` or a ``file`` of the right
    shape, with only the known keys; None for anything else."""
    if not isinstance(raw, Mapping):
        return None
    kind = raw.get("type")
    if kind == "url_citation":
        citation = _citation(raw.get("url_citation"))
        return None if citation is None else {"type": kind, "url_citation": citation}
    if kind == "file":
        parsed = _parsed_file(raw.get("file"))
        return None if parsed is None else {"type": kind, "file": parsed}
    return None


def _citation(raw: object) -> dict[str, Any] | None:
    if not isinstance(raw, Mapping) or not is_web_url(raw.get("url")):
        return None
    out: dict[str, Any] = {"url": raw["url"]}
    for key, longest in (("title", MAX_TITLE), ("content", MAX_EXCERPT)):
        value = raw.get(key)
        if isinstance(value, str):
            out[key] = clean_surrogates(value[:longest])
    for key in ("start_index", "end_index"):
        value = raw.get(key)
        if _whole(value) and 0 <= value <= MAX_TEXT_INDEX:  # type: ignore[operator]
            out[key] = value
    return out


def is_web_url(value: object) -> bool:
    """An http(s) address of sane length without spaces, control characters or halves
    of characters (a link that may be shown and, when clicked, opened)."""
    if not isinstance(value, str) or not 0 < len(value) <= MAX_URL:
        return False
    if not value.lower().startswith(_SCHEMES) or value.lower() in _SCHEMES:
        return False
    return not any(ch.isspace() or ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in value) and (
        clean_surrogates(value) == value
    )


def _parsed_file(raw: object) -> dict[str, Any] | None:
    if not isinstance(raw, Mapping):
        return None
    digest, name, content = raw.get("hash"), raw.get("name"), raw.get("content", [])
    if not isinstance(digest, str) or not 0 < len(digest) <= MAX_FILE_LABEL:
        return None
    if not isinstance(name, str) or len(name) > MAX_FILE_LABEL or not isinstance(content, list):
        return None
    kept: list[Any] = []
    budget = MAX_FILE_CONTENT
    for part in content:
        copy = _plain(part, MAX_JSON_DEPTH)
        if copy is None:
            return None  # a reading with a part missing would pass for the whole file
        budget -= len(json.dumps(copy))
        if budget < 0:
            return None  # too long to keep whole
        kept.append(copy)
    return {"hash": clean_surrogates(digest), "name": clean_surrogates(name), "content": kept}


def _plain(value: object, depth: int) -> Any:
    """A copy of a JSON value with its strings cleaned; None if it is not plain JSON (or
    nests deeper than ``depth``). Nulls inside are kept; a null part is not."""
    if isinstance(value, str):
        return clean_surrogates(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if depth <= 0:
        return None
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                return None
            copy = _plain(item, depth - 1)
            if copy is None and item is not None:
                return None
            out[clean_surrogates(key)] = copy
        return out
    if isinstance(value, list | tuple):
        items = []
        for item in value:
            copy = _plain(item, depth - 1)
            if copy is None and item is not None:
                return None
            items.append(copy)
        return items
    return None


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
