"""Conversations out to Markdown or JSON, and back in from JSON. Pure: the caller does the I/O.

Only what a conversation holds goes out: its title, its ChatSettings and its messages. Nothing
else (no keys, no headers, no app settings) is within reach of these functions.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from .conversation import ChatSettings, Conversation, Message, MessageStatus, suggest_title
from .messages import ChatMessage, Role

FORMAT = "switchboard.conversation"
FORMAT_VERSION = 1
IMPORTABLE_ROLES = ("system", "developer", "user", "assistant")
_ROLE_HEADINGS = {
    "system": "System",
    "developer": "Developer",
    "user": "User",
    "assistant": "Assistant",
    "tool": "Tool",
}


class ImportFormatError(ValueError):
    """The data is not a conversation we can read. ``user_message`` says why, plainly."""

    def __init__(self, reason: str) -> None:
        self.user_message = (
            f"This file is not a Switchboard or OpenAI-style conversation: {reason}."
        )
        super().__init__(self.user_message)


@dataclass(frozen=True, slots=True)
class ImportedConversation:
    title: str
    settings: ChatSettings
    messages: list[ChatMessage]  # without the system prompt (that is in settings)


# Markdown


def to_markdown(conversation: Conversation, messages: Sequence[Message]) -> str:
    """A readable copy: title, model, parameters, system prompt, then each message."""
    settings = conversation.settings
    parts = [f"# {_one_line(conversation.title)}", f"**Model:** `{settings.model}`"]
    params = settings.params.to_dict()
    if params:
        shown = ", ".join(f"{name} = {json.dumps(value)}" for name, value in params.items())
        parts.append(f"**Parameters:** {shown}")
    if settings.system_prompt.strip():
        parts.append("**System prompt:**\n\n" + _quote(settings.system_prompt))
    parts.append("---")
    parts.extend(_message_markdown(message) for message in messages)
    return "\n\n".join(parts) + "\n"


def _message_markdown(message: Message) -> str:
    heading = f"## {_ROLE_HEADINGS.get(message.role, message.role.title())}"
    if message.role == "assistant" and message.model:
        heading += f" · `{message.model}`"
    blocks = [heading]
    if message.content.strip():
        blocks.append(message.content.rstrip())
    note = _incomplete_note(message)
    if note:
        blocks.append(f"*({note})*")
    return "\n\n".join(blocks)


def _incomplete_note(message: Message) -> str | None:
    status = message.status
    if status is MessageStatus.STREAMING:
        return "incomplete: still being written when exported"
    if status is MessageStatus.INTERRUPTED:
        return "incomplete: Switchboard closed while this was being written"
    if status is MessageStatus.STOPPED:
        return "incomplete: stopped before the end"
    if status is MessageStatus.FAILED:
        return "incomplete: failed" + (f" — {_one_line(message.error)}" if message.error else "")
    if message.finish_reason == "length":
        return "cut off: the answer reached the maximum length"
    return None


def _quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.strip().splitlines())


def _one_line(text: str) -> str:
    return " ".join(text.split())


# JSON out


def to_openai_json(conversation: Conversation, messages: Sequence[Message]) -> dict[str, Any]:
    """Our format: OpenAI-style ``messages`` (readable by other tools) plus our extras."""
    settings = conversation.settings
    out: list[dict[str, Any]] = []
    if settings.system_prompt.strip():
        out.append({"role": "system", "content": settings.system_prompt})
    out.extend(
        {"role": m.role, "content": m.content, "switchboard": _metadata(m)} for m in messages
    )
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "title": conversation.title,
        "model": settings.model,
        "settings": settings.to_dict(),
        "messages": out,
    }


def _metadata(message: Message) -> dict[str, Any]:
    values: dict[str, Any] = {
        "status": message.status.value,
        "created_at": message.created_at or None,
        "model": message.model,
        "provider": message.provider,
        "prompt_tokens": message.prompt_tokens,
        "completion_tokens": message.completion_tokens,
        "cost": None if message.cost is None else str(message.cost),
        "cost_is_billed": message.cost_is_billed if message.cost is not None else None,
        "finish_reason": message.finish_reason,
        "error": message.error,
        "reasoning": message.reasoning or None,
        "elapsed_s": message.elapsed_s,
    }
    return {key: value for key, value in values.items() if value is not None}


# JSON in


def from_openai_json(data: object) -> ImportedConversation:
    """Read our format, a bare ``{"messages": [...]}``, or a bare list of messages.

    ``data`` is parsed JSON (JSON text is accepted too). Raises ImportFormatError.
    """
    if isinstance(data, str | bytes | bytearray):
        data = _parse_json(data)
    if isinstance(data, list):
        return _conversation(data, None, ChatSettings())
    if not isinstance(data, dict):
        raise ImportFormatError("it holds neither a conversation nor a list of messages")
    if data.get("format") == FORMAT:
        _check_version(data.get("version"))
    raw_messages = data.get("messages")
    if not isinstance(raw_messages, list):
        raise ImportFormatError("it has no list of messages")
    settings = ChatSettings.from_dict(data.get("settings"))
    model = data.get("model")
    if isinstance(model, str) and model.strip():
        settings = replace(settings, model=model.strip())
    title = data.get("title")
    return _conversation(raw_messages, title if isinstance(title, str) else None, settings)


def _parse_json(text: str | bytes | bytearray) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise ImportFormatError("it is not valid JSON") from error


def _check_version(version: object) -> None:
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError("its version number is missing or invalid")
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            f"it was made by a newer version of Switchboard (format {version}); update "
            "Switchboard to import it"
        )


def _conversation(
    raw_messages: list[Any], title: str | None, settings: ChatSettings
) -> ImportedConversation:
    messages = [_chat_message(number, item) for number, item in enumerate(raw_messages, 1)]
    leading = 0
    while leading < len(messages) and messages[leading].role in ("system", "developer"):
        leading += 1
    if leading:
        prompt = "\n\n".join(m.content for m in messages[:leading] if m.content.strip())
        settings = replace(settings, system_prompt=prompt)
    messages = messages[leading:]
    if not messages:
        raise ImportFormatError("it holds no messages")
    if not title or not title.strip():
        first_user = next((m.content for m in messages if m.role == "user"), "")
        title = suggest_title(first_user)
    return ImportedConversation(_one_line(title), settings, messages)


def _chat_message(number: int, item: object) -> ChatMessage:
    if not isinstance(item, dict):
        raise ImportFormatError(f"message {number} is not a message object")
    role = item.get("role")
    if not isinstance(role, str):
        raise ImportFormatError(f"message {number} has no role")
    if role not in IMPORTABLE_ROLES:
        raise ImportFormatError(
            f"message {number} has the role “{role[:40]}”, but only system, user and "
            "assistant messages can be imported"
        )
    return ChatMessage(cast(Role, role), _content(number, item.get("content")))


def _content(number: int, content: object) -> str:
    """A string, or OpenAI's list of parts (text parts are joined; images and other
    attachments cannot be imported and are left out)."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise ImportFormatError(f"message {number} has no text content")
    texts = [_part_text(part) for part in content]
    found = [text for text in texts if text is not None]
    if content and not found:
        raise ImportFormatError(f"message {number} has no text, only attachments")
    return "\n\n".join(found)


def _part_text(part: object) -> str | None:
    if isinstance(part, str):
        return part
    if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
        return cast(str, part["text"])
    return None
