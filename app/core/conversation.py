"""Conversations and their messages, as stored and as shown."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .attachments import (
    Attachment,
    PdfEngine,
    WebSearch,
    pdf_engine_from,
    web_search_from_dict,
)
from .i18n import translate
from .messages import ChatMessage, Role
from .models import DEFAULT_MODEL
from .params import (
    ProviderRouting,
    SamplingParams,
    drop_invalid,
    params_from_dict,
    routing_from_dict,
)

TITLE_MAX = 60


class MessageStatus(StrEnum):
    """Where a message is in its life. Only COMPLETE answers are shown as finished."""

    COMPLETE = "complete"
    STREAMING = "streaming"  # being written right now
    INTERRUPTED = "interrupted"  # the app stopped while it streamed (crash, kill)
    STOPPED = "stopped"  # the user pressed Stop
    FAILED = "failed"  # the stream broke or the server refused; ``error`` says why

    @property
    def is_partial(self) -> bool:
        return self in (MessageStatus.INTERRUPTED, MessageStatus.STOPPED, MessageStatus.FAILED)


@dataclass(frozen=True, slots=True)
class ChatSettings:
    """What a conversation sends: model, system prompt, parameters, routing, web search, and
    how a PDF is read where the model cannot read it itself (None: the free text reader)."""

    model: str = DEFAULT_MODEL
    system_prompt: str = ""
    params: SamplingParams = field(default_factory=SamplingParams)
    routing: ProviderRouting = field(default_factory=ProviderRouting)
    web_search: WebSearch = field(default_factory=WebSearch)
    pdf_engine: PdfEngine | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "model": self.model,
            "system_prompt": self.system_prompt,
            "params": self.params.to_dict(),
            "routing": self.routing.to_dict(),
        }
        if self.web_search != WebSearch():
            out["web_search"] = self.web_search.to_dict()
        if self.pdf_engine is not None:
            out["pdf_engine"] = self.pdf_engine
        return out

    @classmethod
    def from_dict(cls, data: object) -> ChatSettings:
        """Tolerant: unknown keys are ignored, bad values fall back to defaults."""
        if not isinstance(data, dict):
            return cls()
        model = data.get("model")
        prompt = data.get("system_prompt")
        return cls(
            model=model if isinstance(model, str) and model.strip() else DEFAULT_MODEL,
            system_prompt=prompt if isinstance(prompt, str) else "",
            params=params_from_dict(data.get("params")),
            routing=routing_from_dict(data.get("routing")),
            web_search=web_search_from_dict(data.get("web_search")),
            pdf_engine=pdf_engine_from(data.get("pdf_engine")),
        )

    @classmethod
    def from_stored(cls, data: object) -> ChatSettings:
        """Settings read back from storage, without any value that cannot be sent (a NaN
        temperature an older version stored): nothing stored can stop a conversation from
        opening."""
        settings = cls.from_dict(data)
        params, dropped = drop_invalid(settings.params)
        return replace(settings, params=params) if dropped else settings


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a conversation. Assistant messages carry what produced them."""

    id: int
    conversation_id: int
    role: Role
    content: str
    status: MessageStatus = MessageStatus.COMPLETE
    created_at: float = 0.0
    reasoning: str = ""
    model: str | None = None  # the model that actually answered
    provider: str | None = None
    generation_id: str | None = None
    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    cost: Decimal | None = None
    cost_is_billed: bool = False
    finish_reason: str | None = None
    error: str | None = None
    settings: ChatSettings | None = None  # the settings it was generated with
    elapsed_s: float | None = None
    # Thinking: the tokens the server counted (part of completion_tokens), the structured
    # items exactly as received (merged by index; encrypted ones included), and the seconds
    # from the first thinking to the first answer text (or to the end, with no answer).
    reasoning_tokens: int | None = None
    reasoning_details: tuple[Mapping[str, Any], ...] = ()
    thinking_s: float | None = None
    # Versions: the message this one follows (None: it starts the conversation). Messages
    # with the same parent are versions of one another.
    parent_id: int | None = None
    # The answer's speed as it streamed: seconds from sending to its first word, and its
    # words' rate (tokens per second), kept so a reopened comparison still shows them.
    first_token_s: float | None = None
    tokens_per_s: float | None = None
    # Attachments sent with a user's prompt (stored once each, by digest); an answer's
    # annotations as received and checked (url_citation sources; the parsed-file
    # annotations sent back on later turns so a PDF is not parsed and paid for again); and
    # the web searches the server counted for it.
    attachments: tuple[Attachment, ...] = ()
    annotations: tuple[Mapping[str, Any], ...] = ()
    web_searches: int | None = None

    def with_changes(self, **changes: Any) -> Message:
        return replace(self, **changes)

    def as_chat_message(self) -> ChatMessage:
        return ChatMessage(self.role, self.content)


@dataclass(frozen=True, slots=True)
class Conversation:
    id: int
    title: str
    settings: ChatSettings = field(default_factory=ChatSettings)
    created_at: float = 0.0
    updated_at: float = 0.0
    title_is_custom: bool = False


def plain_preview(markdown: str) -> str:
    """One line of readable text from Markdown: code blocks and markup characters go."""
    text = re.sub(r"```.*?(```|$)", " ", markdown, flags=re.DOTALL)
    text = re.sub(r"[#>*_`\[\]]", "", text)
    return " ".join(text.split())


def suggest_title(first_message: str) -> str:
    """A short title from the first thing a person wrote."""
    text = plain_preview(first_message)
    if not text:
        return translate("conversation", "New conversation")
    if len(text) <= TITLE_MAX:
        return text
    cut = text[:TITLE_MAX].rsplit(" ", 1)[0] or text[:TITLE_MAX]
    return cut.rstrip(",.;:") + "…"
