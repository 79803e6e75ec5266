"""Serialising OpenRouter requests (pure functions). Only what the user set is sent.

``app.core.request.next_request`` assembles a ``ChatRequest``; ``build_chat_body`` is the one
place it becomes the JSON body."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.core.endpoint import DEFAULT_BASE_URL as DEFAULT_BASE_URL  # re-exported
from app.core.i18n import translate
from app.core.messages import ChatMessage
from app.core.params import ParameterError
from app.core.request import ChatRequest as ChatRequest  # built by next_request; re-exported

from .errors import InvalidRequestError


@dataclass(frozen=True, slots=True)
class AppIdentity:
    """Attribution headers: who is calling, for OpenRouter's app rankings. Optional."""

    referer: str | None = "https://github.com/switchboard/switchboard"
    title: str | None = "Switchboard"


def build_chat_body(request: ChatRequest, *, stream: bool) -> dict[str, Any]:
    """The JSON body. Raises InvalidRequestError (with a plain message) before anything is sent."""
    if not request.model.strip():
        raise InvalidRequestError(
            "no model", user_message=translate("requests", "Choose a model first.")
        )
    if not request.messages:
        raise InvalidRequestError(
            "no messages", user_message=translate("requests", "Type a message first.")
        )
    try:
        params = request.params.to_body()
        routing = request.routing.to_body() if request.routing else {}
    except ParameterError as error:
        raise InvalidRequestError(str(error), user_message=error.user_message) from None
    body: dict[str, Any] = {
        "model": request.model,
        "messages": [message_body(m) for m in request.messages],
        "stream": stream,
    }
    body.update(params)
    if routing:
        body["provider"] = routing
    if request.plugins:
        body["plugins"] = [plain_json(p) for p in request.plugins]
    if request.tools:
        body["tools"] = [plain_json(t) for t in request.tools]
    if request.max_tool_calls is not None:
        body["max_tool_calls"] = request.max_tool_calls
    # NaN or Infinity would fail later, inside httpx. Only the settings can hold them (the
    # messages are text, and annotations are checked where they enter): the messages, which
    # may be megabytes of files, are not encoded an extra time here.
    settings = {k: v for k, v in body.items() if k != "messages"}
    try:
        json.dumps(settings, allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        raise InvalidRequestError(
            "body is not valid JSON",
            user_message=translate(
                "requests", "A setting holds a value JSON cannot carry (such as NaN). Fix it first."
            ),
        ) from None
    return body


def message_body(message: ChatMessage) -> dict[str, Any]:
    """One message: its content array when it has parts (a prompt with attachments), else
    its text; an answer's annotations (parsed PDFs) go back with it."""
    out: dict[str, Any] = {"role": message.role}
    out["content"] = [plain_json(p) for p in message.parts] if message.parts else message.content
    if message.annotations:
        out["annotations"] = [plain_json(a) for a in message.annotations]
    return out


def plain_json(value: Any) -> Any:
    """Mappings and sequences as dicts and lists, so the body serialises as JSON (stored
    annotations may come back as read-only mappings or tuples)."""
    if isinstance(value, Mapping):
        return {str(k): plain_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain_json(v) for v in value]
    return value


def build_headers(api_key: str | None, identity: AppIdentity | None) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"Bearer {api_key}"
    if identity is not None:
        referer = header_safe(identity.referer)
        title = header_safe(identity.title)
        if referer:
            headers["HTTP-Referer"] = referer
        if title:
            headers["X-Title"] = title
            headers["X-OpenRouter-Title"] = title
    return headers


def header_safe(value: str | None) -> str | None:
    """Header values must be ASCII: drop what is not, and control characters too."""
    if not value:
        return None
    cleaned = "".join(ch for ch in value if 32 <= ord(ch) < 127).strip()
    return cleaned or None
