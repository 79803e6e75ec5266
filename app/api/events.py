"""Typed events a chat stream produces, and the results of the other endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from app.core.usage import Usage


@dataclass(frozen=True, slots=True)
class Waiting:
    """A keep-alive comment arrived: the request is alive, the model has not answered yet."""


@dataclass(frozen=True, slots=True)
class Started:
    """The server accepted the request. ``generation_id`` is from X-Generation-Id if sent."""

    generation_id: str | None


@dataclass(frozen=True, slots=True)
class Served:
    """Which model and provider actually answer (may differ from the requested slug)."""

    generation_id: str | None
    model: str | None
    provider: str | None


@dataclass(frozen=True, slots=True)
class TextDelta:
    text: str


@dataclass(frozen=True, slots=True)
class ReasoningDelta:
    """Thinking that arrived: its readable text (may be empty: encrypted thinking has none)
    and the chunk's ``reasoning_details`` items as received (checked plain JSON objects;
    see ``parsing.checked_detail``). ``text`` is ``delta.reasoning``, else the text of the
    details: they carry the same thinking, so it is shown once."""

    text: str
    details: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class UsageReport:
    """Exactly once per generation, when the server reports usage."""

    usage: Usage


@dataclass(frozen=True, slots=True)
class ToolCall:
    id: str | None
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class Finished:
    """The answer ended normally. ``finish_reason`` may be stop, length, content_filter,
    tool_calls, or None when the server did not say (but did send [DONE])."""

    finish_reason: str | None
    native_finish_reason: str | None = None
    tool_calls: tuple[ToolCall, ...] = ()


@dataclass(frozen=True, slots=True)
class AnnotationsDelta:
    """Annotations of the answer, as they came (checked): ``url_citation`` sources, and
    ``file`` annotations of a parsed PDF (sent back on later turns so it is not parsed and
    paid for again). They may come in any chunk, text-less ones included; the turn merges
    and de-duplicates them."""

    items: tuple[Mapping[str, Any], ...]


StreamEvent = (
    Waiting
    | Started
    | Served
    | TextDelta
    | ReasoningDelta
    | AnnotationsDelta
    | UsageReport
    | Finished
)


@dataclass(frozen=True, slots=True)
class ChatCompletion:
    """A whole non-streamed answer."""

    generation_id: str | None
    model: str | None
    provider: str | None
    text: str
    reasoning: str | None
    finish_reason: str | None
    native_finish_reason: str | None
    usage: Usage | None
    tool_calls: tuple[ToolCall, ...] = ()
    # The message's ``reasoning_details`` items, checked, in order (kept to send back).
    reasoning_details: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """``GET /key``: what this key may spend. None limits mean unlimited."""

    label: str
    limit: Decimal | None
    limit_remaining: Decimal | None
    limit_reset: str | None
    usage: Decimal
    usage_daily: Decimal | None
    usage_monthly: Decimal | None
    is_free_tier: bool


@dataclass(frozen=True, slots=True)
class GenerationStats:
    """``GET /generation``: the billed figures of one generation."""

    id: str
    total_cost: Decimal | None
    model: str | None
    provider: str | None
    tokens_prompt: int | None
    tokens_completion: int | None
    native_tokens_prompt: int | None
    native_tokens_completion: int | None
    latency_ms: float | None
    generation_time_ms: float | None
    finish_reason: str | None
    cancelled: bool | None
    native_tokens_reasoning: int | None = None  # part of native_tokens_completion
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
