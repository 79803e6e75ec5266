"""The request for the next answer: the one place it is assembled.

Sending (``ChatService``), "Show request…" and every estimate (a chat's composer, each column
of a comparison) call ``next_request``, so what is previewed, what is priced and what is sent
cannot disagree. ``app.api.build_chat_body`` is the one serialiser of its result. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from .attachments import Attachment
from .conversation import ChatSettings, Message
from .messages import ChatMessage
from .models import ModelInfo
from .params import ProviderRouting, SamplingParams


@dataclass(frozen=True, slots=True)
class ChatRequest:
    model: str
    messages: Sequence[ChatMessage]
    params: SamplingParams = field(default_factory=SamplingParams)
    routing: ProviderRouting | None = None


def next_request(
    settings: ChatSettings,
    history: Sequence[Message],
    prompt: str,
    model: ModelInfo | None = None,
    *,
    attachments: Sequence[Attachment] = (),
    read: Callable[[Attachment], bytes] | None = None,
) -> ChatRequest:
    """What asking ``prompt`` after ``history`` sends with ``settings``: the system prompt (if
    any), every earlier message that holds text (failed answers with no text are left out;
    partial answers are kept, they are what the person saw), then ``prompt`` as the user's.

    ``model``: the catalogue's entry for ``settings.model``, when known. Thinking is left out
    for a model that does not think (a preset or a conversation may carry it from another
    model): no ``reasoning`` key at all reaches it."""
    system = settings.system_prompt
    messages = [ChatMessage("system", system)] if system.strip() else []
    for message in history:
        if message.role in ("user", "assistant") and message.content.strip():
            messages.append(message.as_chat_message())
    messages.append(ChatMessage("user", prompt))
    params = settings.params
    thinks = model is None or model.id != settings.model or model.takes_reasoning
    if params.reasoning is not None and not thinks:
        params = replace(params, reasoning=None)
    return ChatRequest(settings.model, messages, params, settings.routing)
