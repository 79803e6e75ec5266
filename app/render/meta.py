"""What is said around a message, as plain text: the header's meta line, notes for answers that
did not end normally, and the details shown in a tooltip and the details dialog."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.conversation import Message, MessageStatus
from app.core.money import format_usd

from .safe_text import shorten

__all__ = [
    "ERROR_LIMIT",
    "NAME_LIMIT",
    "details_text",
    "meta_line",
    "notes_for",
    "retry_answer_id",
    "short_model",
    "without_retry",
]

ERROR_LIMIT = 2_000  # an error text shows at most this much
NAME_LIMIT = 120  # a model or provider name in a header


def retry_answer_id(messages: Sequence[Message]) -> int | None:
    """The answer that may offer Regenerate (or Retry, when it did not finish): the
    conversation's last message, when that is an answer (nothing was sent after it)."""
    return messages[-1].id if messages and messages[-1].role == "assistant" else None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_PRESS_RETRY = re.compile(r"\bpress Retry\b", re.IGNORECASE)


def without_retry(text: str) -> str:
    """``text`` (an error's plain words) without the sentences or clauses that ask to press
    Retry, for a note or notice that offers no Retry: what happened, without an instruction
    that cannot be followed. ("What arrived is kept; press Retry to ask again." -> "What
    arrived is kept.") Empty when nothing else is said."""
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(text.strip()):
        clauses = sentence.split("; ")
        first = next((i for i, c in enumerate(clauses) if _PRESS_RETRY.search(c)), None)
        if first is None:
            kept.append(sentence)
        elif first:  # what follows the instruction hangs on it: it goes too
            kept.append("; ".join(clauses[:first]).rstrip(" ,;:") + ".")
    return " ".join(kept)


def short_model(model: str | None) -> str | None:
    """A model's name without its vendor ("openai/gpt-4o" -> "gpt-4o")."""
    return model.split("/", 1)[-1] if model else None


def meta_line(message: Message, *, with_provider: bool = True) -> str:
    """What a finished answer's header says after the model: provider, tokens, cost."""
    if message.role != "assistant" or message.status is MessageStatus.STREAMING:
        return ""
    parts: list[str] = []
    if message.provider and with_provider:
        parts.append(f"via {shorten(message.provider, NAME_LIMIT)}")
    if message.completion_tokens is not None:
        parts.append(f"{message.completion_tokens:,} tokens")
    if message.cost is not None:
        parts.append(format_usd(message.cost) + ("" if message.cost_is_billed else " est."))
    return " · ".join(parts)


def notes_for(message: Message, *, retry: bool = True) -> list[str]:
    """Visible notes for answers that did not end normally (``retry``: the answer offers
    Retry; without it, an error's plain words lose their "press Retry")."""
    notes: list[str] = []
    if message.status is MessageStatus.INTERRUPTED:
        notes.append("⚠ Incomplete: Switchboard closed while this answer was arriving.")
    elif message.status is MessageStatus.STOPPED:
        notes.append("⚠ Stopped: you stopped this answer; what arrived is kept.")
    elif message.status is MessageStatus.FAILED:
        error = message.error or ""
        if not retry:
            error = without_retry(error)
        error = shorten(error or "the answer did not finish.", ERROR_LIMIT)
        notes.append(f"⚠ Incomplete: {error}")
    if message.finish_reason == "length":
        notes.append("⚠ Cut off: the answer reached its maximum length (raise Maximum length).")
    elif message.finish_reason == "content_filter":
        notes.append("⚠ Filtered: the provider's content filter stopped this answer.")
    return notes


def details_text(message: Message) -> str:
    """Everything recorded about a message, as plain lines (tooltip and details dialog)."""
    if message.role != "assistant":
        return "Your message"
    settings = message.settings
    rows = [
        ("Model that answered", message.model or "unknown"),
        ("Model requested", settings.model if settings else "unknown"),
        ("Provider", message.provider or "unknown"),
        ("Prompt tokens", _num(message.prompt_tokens)),
        ("Answer tokens", _num(message.completion_tokens)),
        ("Cost", _cost_text(message)),
        ("Finish reason", message.finish_reason or "none"),
        ("Status", message.status.value),
    ]
    if message.elapsed_s:
        rows.append(("Time", f"{message.elapsed_s:.1f} s"))
    if settings and not settings.params.is_empty():
        params = ", ".join(f"{k}={v}" for k, v in settings.params.to_dict().items())
        rows.append(("Parameters", params))
    elif settings:
        rows.append(("Parameters", "provider defaults"))
    return "\n".join(f"{label}: {shorten(value, 4 * NAME_LIMIT)}" for label, value in rows)


def _cost_text(message: Message) -> str:
    if message.cost is None:
        return "unknown"
    how = "billed by OpenRouter" if message.cost_is_billed else "estimated from the model's price"
    return f"{format_usd(message.cost)} ({how})"


def _num(value: int | None) -> str:
    return f"{value:,}" if value is not None else "unknown"
