"""Conversations out to Markdown or JSON, and back in from JSON. Pure: the caller does the I/O.

Only what a conversation holds goes out: its title, its ChatSettings and its messages. Nothing
else (no keys, no headers, no app settings) is within reach of these functions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Protocol, TypeVar, cast

from .attachments import (
    DIGEST,
    MAX_ATTACHMENTS,
    MAX_IMAGE_BYTES,
    MAX_PDF_BYTES,
    MAX_TEXT_BYTES,
    Attachment,
    attachment_from_dict,
)
from .compare_settings import BLIND_TITLE, blind_order, blind_seed
from .conversation import ChatSettings, Conversation, Message, MessageStatus, suggest_title
from .cost import thinking_split
from .i18n import translate
from .messages import ChatMessage, Role, checked_annotations
from .money import format_usd_apart
from .params import drop_invalid
from .text import clean_surrogates
from .thinking import Details, checked_details
from .usage import MAX_SECONDS, checked_count, checked_float

_Number = TypeVar("_Number", int, Decimal)

FORMAT = "switchboard.conversation"
FORMAT_VERSION = 1
IMPORTABLE_ROLES = ("system", "developer", "user", "assistant")
_SYSTEM_ROLES = ("system", "developer")
# What an import takes at most. Far beyond a real conversation, and small enough that
# reading one never takes the machine's memory (attached files, in base64, included).
MAX_IMPORT_BYTES = 64 * 1024 * 1024
# An attached file's bytes, at most: the largest any kind may be.
MAX_FILE_BYTES = max(MAX_IMAGE_BYTES, MAX_PDF_BYTES, MAX_TEXT_BYTES)
_KIND_LIMITS = {"image": MAX_IMAGE_BYTES, "pdf": MAX_PDF_BYTES, "text": MAX_TEXT_BYTES}
MAX_IMPORT_MESSAGES = 20_000
# Values of any kind (texts, numbers, lists, objects), counted before parsing: our export of
# 20,000 messages holds about 540,000, while a file of millions of tiny ones ("{},{},…")
# would take a gigabyte of memory once parsed.
MAX_IMPORT_VALUES = 1_000_000
MAX_MESSAGE_PARTS = 1_000  # OpenAI-style content parts in one message
_MAX_DEPTH = 64  # our format nests 6 deep; a response-format schema a little more
_MAX_DIGITS = 40  # a seed has 20 at most; hundreds of digits is no number we can use
_TOO_LARGE = 10**_MAX_DIGITS
_TITLE_MAX = 200
# A JSON text's tokens that can start a value, with its strings skipped whole. Every string
# match succeeds (even an unterminated one runs to the end), so the scan is linear.
_VALUE_STARTS = re.compile(r'([\[:,])|"(?:[^"\\]++|\\.?)*+"?', re.DOTALL)
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
        self.user_message = translate(
            "export", "This file is not a conversation Switchboard can read: {reason}."
        ).format(reason=reason)
        super().__init__(self.user_message)


@dataclass(frozen=True, slots=True)
class ThinkingMessage(ChatMessage):
    """An imported message that carries more than its text (from our own JSON export): an
    answer's thinking (the text, the server's thinking tokens, the structured items as
    received and the seconds spent), its annotations (``ChatMessage.annotations``: sources
    and parsed files) and web searches; a prompt's attachments. Messages with none of these
    are plain ``ChatMessage`` values."""

    reasoning: str = ""
    reasoning_tokens: int | None = None
    reasoning_details: Details = ()
    thinking_s: float | None = None
    attachments: tuple[Attachment, ...] = ()
    web_searches: int | None = None


@dataclass(frozen=True, slots=True)
class VersionTree:
    """Every message of a conversation, every version included, as the history holds them:
    ``messages`` oldest first (each one's ``parent_id`` names the message it follows), and
    ``shown`` maps a message's id (None: the start) to the id of its child on screen."""

    messages: tuple[Message, ...]
    shown: Mapping[int | None, int]


@dataclass(frozen=True, slots=True)
class ImportedTree:
    """How the messages of an import form a tree, by their positions in its ``messages``:
    ``parents[i]`` is the position of the message that message i follows (None: the start;
    always an earlier position), ``shown[i]`` the position of its child on screen (None:
    none), ``root`` the position of the first message on screen."""

    parents: tuple[int | None, ...]
    shown: tuple[int | None, ...]
    root: int


@dataclass(frozen=True, slots=True)
class ImportedConversation:
    title: str
    settings: ChatSettings
    # User and assistant only (system text is in settings). Without ``tree``, one branch in
    # order; with it, every version, each after the message it follows.
    messages: list[ChatMessage]
    dropped_params: tuple[str, ...] = ()  # parameters left out: their values cannot be sent
    folded_system_messages: int = 0  # system messages after the start, added to the prompt
    tree: ImportedTree | None = None
    # Attached files' bytes by digest, each checked against its digest and its kind's limit.
    files: Mapping[str, bytes] | None = None


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
    blocks = [heading, *_thinking_markdown(message)]
    if message.content.strip():
        blocks.append(message.content.rstrip())
    if message.attachments:
        names = ", ".join(_attachment_label(a) for a in message.attachments)
        blocks.append(f"*Attached: {names}*")
    sources = _sources_markdown(message)
    if sources:
        blocks.append(sources)
    note = _incomplete_note(message)
    if note:
        blocks.append(f"*({note})*")
    return "\n\n".join(blocks)


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]<>#|])")


def _plain_markdown(text: str) -> str:
    """Text from elsewhere (a file name, a page title) shown as it is, on one line."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", _one_line(text))


def _attachment_label(attachment: Attachment) -> str:
    kind = {"image": "image", "pdf": "PDF", "text": "text file"}[attachment.kind]
    return f"{_plain_markdown(attachment.name)} ({kind})"


def _sources_markdown(message: Message) -> str:
    """An answer's sources as a numbered list: title (or address) and the address."""
    lines: list[str] = []
    for item in message.annotations:
        citation = item.get("url_citation") if item.get("type") == "url_citation" else None
        if not isinstance(citation, Mapping) or not isinstance(citation.get("url"), str):
            continue
        url = str(citation["url"])
        title = citation.get("title")
        label = _plain_markdown(title) if isinstance(title, str) and title.strip() else ""
        lines.append(f"{len(lines) + 1}. {label + ' — ' if label else ''}<{_escaped_url(url)}>")
    if not lines:
        return ""
    return "**Sources**\n\n" + "\n".join(lines)


def _escaped_url(url: str) -> str:
    """An address inside ``<…>``: nothing in it may end the link early."""
    return url.replace("<", "%3C").replace(">", "%3E")


_DETAILS_END = re.compile(r"</details", re.IGNORECASE)


def _thinking_markdown(message: Message) -> list[str]:
    """The thinking, collapsed in a ``<details>`` block (GitHub and most viewers fold it),
    and the split token counts; nothing for an answer that did not think."""
    if message.role != "assistant":
        return []
    split = thinking_split(message, None)
    facts = []
    if split is not None:
        about = "about " if split.thinking_estimated else ""
        facts.append(f"{about}{split.thinking_tokens:,} tokens")
    if message.thinking_s is not None:
        facts.append(f"{message.thinking_s:.1f} s")
    blocks = []
    text = message.reasoning.strip()
    if text:
        summary = "Thinking" + (f" ({', '.join(facts)})" if facts else "")
        # The thinking cannot close the block early: its own "</details" is escaped.
        body = _DETAILS_END.sub("&lt;/details", text)
        blocks.append(f"<details>\n<summary>{summary}</summary>\n\n{body}\n\n</details>")
    elif split is not None and not split.thinking_estimated:
        blocks.append(f"*Thought privately: {split.thinking_tokens:,} thinking tokens billed.*")
    if split is not None and split.answer_tokens is not None:
        tokens = f"answer {split.answer_tokens:,} + thinking {split.thinking_tokens:,}"
        blocks.append(f"*Tokens: {tokens}*")
    return blocks


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


def to_openai_json(
    conversation: Conversation,
    messages: Sequence[Message],
    tree: VersionTree | None = None,
    files: Mapping[str, bytes] | None = None,
) -> dict[str, Any]:
    """Our format: OpenAI-style ``messages`` (readable by other tools: the branch on screen)
    plus our extras. With ``tree``, every version is kept: each message's ``switchboard``
    object gets a local ``id``, its ``parent``'s id and, when it has children, the id of the
    one on screen (``shown_child``); the versions off screen go in ``versions``. A prompt's
    attachments are listed in its ``switchboard`` object; ``files`` (their bytes by digest)
    go once each, in base64, in ``files``."""
    settings = conversation.settings
    local = {m.id: number for number, m in enumerate(tree.messages, 1)} if tree else {}
    out: list[dict[str, Any]] = []
    if settings.system_prompt.strip():
        out.append({"role": "system", "content": settings.system_prompt})
    out.extend(_exported(m, tree, local) for m in messages)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "title": conversation.title,
        "model": settings.model,
        "settings": settings.to_dict(),
        "messages": out,
    }
    if tree is not None:
        on_screen = {m.id for m in messages}
        data["versions"] = [
            _exported(m, tree, local) for m in tree.messages if m.id not in on_screen
        ]
    if files:
        data["files"] = {
            digest: base64.b64encode(data).decode("ascii") for digest, data in files.items()
        }
    return data


def _exported(
    message: Message, tree: VersionTree | None, local: Mapping[int, int]
) -> dict[str, Any]:
    extras = _metadata(message)
    if tree is not None and message.id in local:
        extras["id"] = local[message.id]
        extras["parent"] = local.get(message.parent_id) if message.parent_id is not None else None
        shown = tree.shown.get(message.id)
        if shown is not None and shown in local:
            extras["shown_child"] = local[shown]
    return {"role": message.role, "content": message.content, "switchboard": extras}


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
        "reasoning_tokens": message.reasoning_tokens,
        "reasoning_details": [dict(item) for item in message.reasoning_details] or None,
        "thinking_s": message.thinking_s,
        "attachments": [a.to_dict() for a in message.attachments] or None,
        "annotations": [dict(item) for item in message.annotations] or None,
        "web_searches": message.web_searches,
    }
    return {key: value for key, value in values.items() if value is not None}


# JSON in


def parse_conversation(raw: bytes) -> ImportedConversation:
    """A conversation file's content: UTF-8 (a byte order mark is fine), at most
    MAX_IMPORT_BYTES, MAX_IMPORT_MESSAGES, MAX_IMPORT_VALUES and MAX_MESSAGE_PARTS. Raises
    ImportFormatError, and nothing else, whatever the bytes are."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise too_large_error()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(translate("export", "it is not UTF-8 text")) from None
    return from_openai_json(text)


def too_large_error() -> ImportFormatError:
    """The refusal for a file over MAX_IMPORT_BYTES (the caller may know without reading)."""
    limit = MAX_IMPORT_BYTES // (1024 * 1024)
    return ImportFormatError(
        translate("export", "it is larger than {limit} MB, the most Switchboard imports").format(
            limit=limit
        )
    )


def from_openai_json(data: object) -> ImportedConversation:
    """Read our format, a bare ``{"messages": [...]}``, or a bare list of messages.

    ``data`` is parsed JSON (JSON text is accepted too). Raises ImportFormatError. Every text
    comes out storable (no lone surrogates); parameters that cannot be sent are left out and
    named in ``dropped_params``.
    """
    if isinstance(data, str | bytes | bytearray):
        data = _parse_json(data)
    raw_messages = data.get("messages") if isinstance(data, dict) else data
    if isinstance(raw_messages, list) and len(raw_messages) > MAX_IMPORT_MESSAGES:
        raise ImportFormatError(
            translate(
                "export", "it holds more than {most} messages, the most Switchboard imports"
            ).format(most=f"{MAX_IMPORT_MESSAGES:,}")
        )
    _check_tree(data, 0)
    if isinstance(data, list):
        return _conversation(data, None, ChatSettings())
    if not isinstance(data, dict):
        raise ImportFormatError(
            translate("export", "it holds neither a conversation nor a list of messages")
        )
    if data.get("format") == FORMAT:
        _check_version(data.get("version"))
    raw_messages = data.get("messages")
    if not isinstance(raw_messages, list):
        raise ImportFormatError(translate("export", "it has no list of messages"))
    settings = ChatSettings.from_dict(_cleaned(data.get("settings")))
    model = data.get("model")
    if isinstance(model, str) and model.strip():
        settings = replace(settings, model=clean_surrogates(model.strip()))
    title = data.get("title")
    title = clean_surrogates(title) if isinstance(title, str) else None
    imported = _conversation(raw_messages, title, settings)
    files = _files(data.get("files"))
    if files:
        imported = replace(imported, files=files)
    versions = data.get("versions")
    if versions is not None or any("id" in _extras(item) for item in raw_messages):
        imported = _with_versions(imported, raw_messages, versions)
    # (else one branch: a file from before versions, or another tool's)
    _check_attached_sizes(imported)
    return imported


def _files(raw: object) -> dict[str, bytes]:
    """Attached files' bytes from our export, every one checked: its name is a digest, its
    base64 is valid and within the largest file's size (checked before decoding), and its
    bytes hash to its name."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ImportFormatError(
            translate("export", "its attached files are not in the expected form")
        )
    longest = 4 * -(-MAX_FILE_BYTES // 3)  # base64 of the largest file
    files: dict[str, bytes] = {}
    for digest, text in raw.items():
        if not isinstance(digest, str) or not DIGEST.match(digest) or not isinstance(text, str):
            raise ImportFormatError(
                translate("export", "one of its attached files is not in the expected form")
            )
        if len(text) > longest:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            raise ImportFormatError(
                translate(
                    "export",
                    "one of its attached files is larger than {limit} MB, the most Switchboard "
                    "takes",
                ).format(limit=limit)
            )
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise ImportFormatError(
                translate("export", "one of its attached files is damaged")
            ) from None
        if hashlib.sha256(data).hexdigest() != digest:
            raise ImportFormatError(
                "one of its attached files does not match its fingerprint (it was changed "
                "or damaged)"
            )
        files[digest] = data
    return files


def _check_attached_sizes(imported: ImportedConversation) -> None:
    """Every attachment's bytes in ``imported.files`` are within its kind's limit and its
    stated size; ImportFormatError otherwise."""
    files = imported.files or {}
    for message in imported.messages:
        for attachment in getattr(message, "attachments", ()):
            data = files.get(attachment.digest)
            if data is None:
                continue
            if len(data) > _KIND_LIMITS[attachment.kind] or len(data) != attachment.size:
                raise ImportFormatError(
                    translate(
                        "export",
                        "the attached file “{name}” is not the size it says or is larger than "
                        "Switchboard takes",
                    ).format(name=_one_line(attachment.name)[:80])
                )


def _parse_json(data: str | bytes | bytearray) -> object:
    try:
        text = (
            data
            if isinstance(data, str)
            else data.decode(json.detect_encoding(data), "surrogatepass")
        )
        _check_value_count(text)
        return json.loads(
            text,
            parse_int=_whole_number,
            parse_float=_decimal_number,
            parse_constant=_constant,
        )
    except ImportFormatError:
        raise
    except RecursionError:
        raise ImportFormatError(translate("export", "it is nested too deeply")) from None
    except ValueError as error:  # UnicodeDecodeError included
        raise ImportFormatError(translate("export", "it is not valid JSON")) from error


def _check_value_count(text: str) -> None:
    """Refuse more than MAX_IMPORT_VALUES values before parsing, when refusing costs little."""
    # Every value but the first follows a "[", ":" or ",": counting those is a quick upper
    # bound. Only when it is too high are the ones inside strings told apart (slower).
    if text.count("[") + text.count(":") + text.count(",") < MAX_IMPORT_VALUES:
        return
    starts = 0
    for tokens, match in enumerate(_VALUE_STARTS.finditer(text), 1):
        if match.lastindex:  # "[", ":" or "," outside a string
            starts += 1
            if starts >= MAX_IMPORT_VALUES:
                raise ImportFormatError(
                    translate(
                        "export",
                        "it holds more than {most} values (texts, numbers, lists and objects), "
                        "the most Switchboard imports",
                    ).format(most=f"{MAX_IMPORT_VALUES:,}")
                )
        elif tokens > 3 * MAX_IMPORT_VALUES:  # JSON has at most three per value start
            raise ImportFormatError(translate("export", "it is not valid JSON"))


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_DIGITS:
        raise ImportFormatError(translate("export", "it holds a number with too many digits"))
    return int(text)


def _decimal_number(text: str) -> float:
    if len(text) > 2 * _MAX_DIGITS:
        raise ImportFormatError(translate("export", "it holds a number with too many digits"))
    return float(text)  # "1e400" is infinite: a parameter with it is left out


def _constant(name: str) -> float:
    """NaN and Infinity are not JSON; they are read as what Python makes of them, so that a
    parameter holding one is left out (and anything else holding one is refused)."""
    return float(name)


def _check_tree(value: object, depth: int) -> None:
    """Refuse structures nested too deeply, and numbers too long (parsed elsewhere)."""
    if isinstance(value, int) and abs(value) >= _TOO_LARGE:
        raise ImportFormatError(translate("export", "it holds a number with too many digits"))
    if isinstance(value, dict | list):
        if depth >= _MAX_DEPTH:
            raise ImportFormatError(translate("export", "it is nested too deeply"))
        for item in value.values() if isinstance(value, dict) else value:
            if isinstance(item, dict | list | int):
                _check_tree(item, depth + 1)


def _cleaned(value: object) -> object:
    """``value`` with every text made storable; the same object when nothing needed it (only
    what is kept is cleaned, so a file's ignored parts cost no copy)."""
    if isinstance(value, str):
        return clean_surrogates(value)
    if isinstance(value, list):
        items = [_cleaned(item) for item in value]
        same = all(new is old for new, old in zip(items, value, strict=True))
        return value if same else items
    if isinstance(value, dict):
        pairs = [(_cleaned(key), _cleaned(item)) for key, item in value.items()]
        if all(
            k is old_k and v is old_v
            for (k, v), (old_k, old_v) in zip(pairs, value.items(), strict=True)
        ):
            return value
        return dict(pairs)
    return value


def _check_version(version: object) -> None:
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError(translate("export", "its version number is missing or invalid"))
    if version > FORMAT_VERSION:
        raise ImportFormatError(
            translate(
                "export",
                "it was made by a newer version of Switchboard (format {version}); update "
                "Switchboard to import it",
            ).format(version=version)
        )


def _conversation(
    raw_messages: list[Any], title: str | None, settings: ChatSettings
) -> ImportedConversation:
    messages = [_chat_message(number, item) for number, item in enumerate(raw_messages, 1)]
    leading = 0
    while leading < len(messages) and messages[leading].role in _SYSTEM_ROLES:
        leading += 1
    prompt = settings.system_prompt
    if leading:  # our own exports repeat the prompt here: it replaces, not adds
        prompt = "\n\n".join(m.content for m in messages[:leading] if m.content.strip())
    # A system message later on: the chat sends only the prompt and the user and assistant
    # messages, so it joins the prompt (what is shown and what is sent then agree).
    later = [m.content for m in messages[leading:] if m.role in _SYSTEM_ROLES]
    later = [text for text in later if text.strip()]
    if later:
        prompt = "\n\n".join(part for part in (prompt, *later) if part.strip())
    messages = [m for m in messages[leading:] if m.role not in _SYSTEM_ROLES]
    if not messages:
        raise ImportFormatError(translate("export", "it holds no messages"))
    params, dropped = drop_invalid(settings.params)
    settings = replace(settings, system_prompt=prompt, params=params)
    if not title or not title.strip():
        first_user = next((m.content for m in messages if m.role == "user"), "")
        title = suggest_title(first_user)
    return ImportedConversation(
        _one_line(title)[:_TITLE_MAX], settings, messages, dropped, len(later)
    )


def _with_versions(
    imported: ImportedConversation, raw_messages: list[Any], versions: object
) -> ImportedConversation:
    """The flat import with every version of our export's tree (see ``to_openai_json``),
    checked: unique ids, parents that exist, no cycle, and the flat list a branch of it."""
    if versions is None:
        versions = []
    if not isinstance(versions, list):
        raise ImportFormatError(translate("export", "its versions are not a list"))
    if len(imported.messages) + len(versions) > MAX_IMPORT_MESSAGES:
        raise ImportFormatError(
            translate(
                "export", "it holds more than {most} messages, the most Switchboard imports"
            ).format(most=f"{MAX_IMPORT_MESSAGES:,}")
        )
    # (_conversation has checked that every flat item is a message object.)
    flat = [item for item in raw_messages if item.get("role") not in _SYSTEM_ROLES]
    items: list[dict[str, Any]] = list(flat)
    messages = list(imported.messages)
    for number, item in enumerate(versions, 1):
        message = _chat_message(number, item)
        if message.role in _SYSTEM_ROLES:
            raise ImportFormatError(
                translate("export", "version {number} is a system message").format(number=number)
            )
        items.append(cast(dict[str, Any], item))
        messages.append(message)
    extras = [_extras(item) for item in items]
    ids: list[int] = []
    parents: dict[int, int | None] = {}
    for extra in extras:
        ident, parent = extra.get("id"), extra.get("parent")
        if not isinstance(ident, int) or isinstance(ident, bool) or ident in parents:
            raise ImportFormatError(
                translate("export", "its versions have a missing or repeated id")
            )
        if parent is not None and (not isinstance(parent, int) or isinstance(parent, bool)):
            raise ImportFormatError(
                translate("export", "its versions name a parent that is not an id")
            )
        ids.append(ident)
        parents[ident] = parent
    depth = _depths(parents)
    chain = ids[: len(flat)]
    if parents[chain[0]] is not None or any(
        parents[later] != earlier for earlier, later in itertools.pairwise(chain)
    ):
        raise ImportFormatError(
            translate("export", "its messages are not one branch of its versions")
        )
    order = sorted(range(len(ids)), key=lambda at: (depth[ids[at]], ids[at]))  # parents first
    position = {ids[at]: new for new, at in enumerate(order)}
    children: dict[int, list[int]] = {}
    for at in order:
        parent = parents[ids[at]]
        if parent is not None:
            children.setdefault(parent, []).append(ids[at])
    following = dict(itertools.pairwise(chain))
    shown: list[int | None] = []
    for at in order:
        kids = children.get(ids[at], [])
        wanted = following.get(ids[at], extras[at].get("shown_child"))
        # Else the newest: a message with children always shows one (none is out of reach).
        chosen = wanted if wanted in kids else (kids[-1] if kids else None)
        shown.append(None if chosen is None else position[chosen])
    tree = ImportedTree(
        tuple(_position(position, parents[ids[at]]) for at in order),
        tuple(shown),
        position[chain[0]],
    )
    return replace(imported, messages=[messages[at] for at in order], tree=tree)


def _extras(item: dict[str, Any]) -> dict[str, Any]:
    extras = item.get("switchboard")
    return extras if isinstance(extras, dict) else {}


def _position(position: Mapping[int, int], ident: int | None) -> int | None:
    return None if ident is None else position[ident]


def _depths(parents: Mapping[int, int | None]) -> dict[int, int]:
    """How far each message is from the start; ImportFormatError for a parent that is not
    there or a cycle."""
    depth: dict[int, int] = {}
    for start in parents:
        path: list[int] = []
        on_path: set[int] = set()
        ident: int | None = start
        while ident is not None and ident not in depth:
            if ident not in parents:
                raise ImportFormatError(
                    translate("export", "its versions name a parent that is not there")
                )
            if ident in on_path:
                raise ImportFormatError(translate("export", "its versions go round in a circle"))
            path.append(ident)
            on_path.add(ident)
            ident = parents[ident]
        known = -1 if ident is None else depth[ident]
        for step in reversed(path):
            known += 1
            depth[step] = known
    return depth


def _chat_message(number: int, item: object) -> ChatMessage:
    if not isinstance(item, dict):
        raise ImportFormatError(
            translate("export", "message {number} is not a message object").format(number=number)
        )
    role = item.get("role")
    if not isinstance(role, str):
        raise ImportFormatError(
            translate("export", "message {number} has no role").format(number=number)
        )
    if role not in IMPORTABLE_ROLES:
        shown = clean_surrogates(role[:40])
        raise ImportFormatError(
            translate(
                "export",
                "message {number} has the role “{role}”, but only system, user and assistant "
                "messages can be imported",
            ).format(number=number, role=shown)
        )
    extras = item.get("switchboard")
    attachments = _attachments(number, extras) if role == "user" else ()
    content = clean_surrogates(_content(number, item.get("content"), bool(attachments)))
    if role == "assistant":
        thinking = _thinking(content, extras)
        if thinking is not None:
            return thinking
    if attachments:
        return ThinkingMessage("user", content, attachments=attachments)
    return ChatMessage(cast(Role, role), content)


def _attachments(number: int, extras: object) -> tuple[Attachment, ...]:
    """A prompt's attachments from our export, each checked; a wrong one refuses the file
    (it would be sent with the prompt later)."""
    raw = extras.get("attachments") if isinstance(extras, dict) else None
    if raw is None:
        return ()
    if not isinstance(raw, list) or len(raw) > MAX_ATTACHMENTS:
        raise ImportFormatError(
            translate("export", "the attachments of message {number} are not a short list").format(
                number=number
            )
        )
    found = [attachment_from_dict(item) for item in raw]
    if any(a is None for a in found):
        raise ImportFormatError(
            translate("export", "message {number} has an attachment that is not valid").format(
                number=number
            )
        )
    return tuple(a for a in found if a is not None)


def _thinking(content: str, extras: object) -> ThinkingMessage | None:
    """An answer's thinking from our own export's ``switchboard`` object, every figure
    checked as the history checks it (a value out of range, or details too large, is left
    out); None when it holds none. Files from before thinking was kept have none."""
    if not isinstance(extras, dict):
        return None
    reasoning = extras.get("reasoning")
    reasoning = clean_surrogates(reasoning) if isinstance(reasoning, str) else ""
    tokens = checked_count(extras.get("reasoning_tokens"))
    details = checked_details(extras.get("reasoning_details"))
    seconds = checked_float(extras.get("thinking_s"), MAX_SECONDS)
    annotations = checked_annotations(extras.get("annotations"))
    searches = checked_count(extras.get("web_searches"))
    if not (reasoning or tokens is not None or details or seconds is not None) and not (
        annotations or searches is not None
    ):
        return None
    return ThinkingMessage(
        "assistant",
        content,
        reasoning,
        tokens,
        details,
        seconds,
        annotations=annotations,
        web_searches=searches,
    )


def _content(number: int, content: object, attached: bool = False) -> str:
    """A string, or OpenAI's list of parts (text parts are joined; images and other
    attachments in parts cannot be imported and are left out: our own export keeps them in
    ``switchboard.attachments``, ``attached`` then)."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise ImportFormatError(
            translate("export", "message {number} has no text content").format(number=number)
        )
    if len(content) > MAX_MESSAGE_PARTS:
        raise ImportFormatError(
            translate(
                "export",
                "message {number} has more than {most} parts, the most Switchboard imports",
            ).format(number=number, most=f"{MAX_MESSAGE_PARTS:,}")
        )
    texts = [_part_text(part) for part in content]
    found = [text for text in texts if text is not None]
    if content and not found and not attached:
        raise ImportFormatError(
            translate("export", "message {number} has no text, only attachments").format(
                number=number
            )
        )
    return "\n\n".join(found)


def _part_text(part: object) -> str | None:
    if isinstance(part, str):
        return part
    if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
        return cast(str, part["text"])
    return None


# Comparisons to Markdown


class ComparisonInfo(Protocol):
    """What the export needs of a comparison (``app.store.comparisons.Comparison`` has it)."""

    @property
    def title(self) -> str: ...
    @property
    def blind(self) -> bool: ...
    @property
    def revealed(self) -> bool: ...
    @property
    def shared_system_prompt(self) -> str: ...


@dataclass(frozen=True, slots=True)
class ColumnStats:
    """A column's answers, summed: what the stats table shows."""

    model: str | None  # the model that answered last
    prompt_tokens: int | None
    completion_tokens: int | None
    cost: Decimal | None
    finish_reason: str | None  # of the last answer (its status when it did not complete)


ComparisonColumn = tuple[str, ChatSettings, Sequence[Message]]  # (label, settings, messages)


def column_stats(messages: Sequence[Message]) -> ColumnStats:
    answers = [m for m in messages if m.role == "assistant"]
    if not answers:
        return ColumnStats(None, None, None, None, None)
    last = answers[-1]
    finish = last.finish_reason
    if last.status is not MessageStatus.COMPLETE:
        finish = last.status.value
    return ColumnStats(
        last.model,
        _sum_known(m.prompt_tokens for m in answers),
        _sum_known(m.completion_tokens for m in answers),
        _sum_known(m.cost for m in answers),
        finish,
    )


def comparison_to_markdown(
    comparison: ComparisonInfo,
    columns: Sequence[ComparisonColumn],
    stats: Sequence[ColumnStats] | None = None,
) -> str:
    """A readable copy of a comparison: a table of each column's settings and stats side by
    side, then each turn's prompt and every column's answer under its own heading.

    A blind comparison not yet revealed names its columns "Answer A", "Answer B"… and leaves
    out what would give the presets away (labels, models, parameters, system prompts).
    """
    hidden = comparison.blind and not comparison.revealed
    all_stats = list(stats) if stats is not None else [column_stats(c[2]) for c in columns]
    if hidden:  # in the order the screen shows (the stored order would give the presets away)
        order = blind_order(blind_seed(comparison), len(columns))
        columns = [columns[i] for i in order]
        all_stats = [all_stats[i] for i in order]
    labels = [
        f"Answer {chr(ord('A') + index)}" if hidden else _one_line(label) or f"Column {index + 1}"
        for index, (label, _settings, _messages) in enumerate(columns)
    ]
    # The title names the presets ("Precise vs Creative"): kept back until the pick.
    parts = [f"# {BLIND_TITLE if hidden else _one_line(comparison.title)}"]
    if hidden:
        parts.append("*Blind comparison: the presets are not revealed yet.*")
    else:
        parts.append(_settings_table(labels, [c[1] for c in columns]))
        shared = comparison.shared_system_prompt
        if shared.strip():
            parts.append("**Shared system prompt:**\n\n" + _quote(shared))
    parts.append(_stats_table(labels, all_stats, hidden=hidden))
    parts.append("---")
    parts.extend(_turns_markdown(labels, [list(c[2]) for c in columns]))
    return "\n\n".join(parts) + "\n"


def _sum_known(values: Iterable[_Number | None]) -> _Number | None:
    known = [value for value in values if value is not None]
    return sum(known[1:], known[0]) if known else None


def _cell(text: str) -> str:
    return _one_line(text).replace("|", "\\|") or "—"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header).strip() + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def _settings_table(labels: Sequence[str], settings: Sequence[ChatSettings]) -> str:
    params = [s.params.to_dict() for s in settings]
    names = list(dict.fromkeys(name for p in params for name in p))
    rows = [["Model", *(f"`{_cell(s.model)}`" for s in settings)]]
    rows.extend(
        [f"`{name}`", *(_cell(json.dumps(p[name])) if name in p else "—" for p in params)]
        for name in names
    )
    if any(s.system_prompt.strip() for s in settings):
        rows.append(["System prompt", *(_cell(_short(s.system_prompt)) for s in settings)])
    return "## Settings\n\n" + _table(["", *(_cell(label) for label in labels)], rows)


def _short(text: str, limit: int = 80) -> str:
    flat = _one_line(text)
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"


def _stats_table(labels: Sequence[str], stats: Sequence[ColumnStats], *, hidden: bool) -> str:
    """Blind (``hidden``): no model, no tokens in (a system prompt's length) and no cost (a
    model's price), which would tell the presets apart."""

    def number(value: int | None) -> str:
        return "—" if value is None else f"{value:,}"

    rows = []
    if not hidden:
        rows.append(["Answered by", *(f"`{_cell(s.model)}`" if s.model else "—" for s in stats)])
        rows.append(["Tokens in", *(number(s.prompt_tokens) for s in stats)])
    rows.append(["Tokens out", *(number(s.completion_tokens) for s in stats)])
    if not hidden:
        costs = format_usd_apart([s.cost for s in stats])
        rows.append(
            ["Cost", *(c if s.cost is not None else "—" for s, c in zip(stats, costs, strict=True))]
        )
    rows.append(["Finish", *(_cell(s.finish_reason or "") for s in stats)])
    return "## Stats\n\n" + _table(["", *(_cell(label) for label in labels)], rows)


def _turns(messages: Sequence[Message]) -> list[tuple[Message | None, list[Message]]]:
    """(prompt, answers) per turn; messages before the first prompt form a turn without one."""
    turns: list[tuple[Message | None, list[Message]]] = []
    for message in messages:
        if message.role == "user":
            turns.append((message, []))
        elif message.role == "assistant":
            if not turns:
                turns.append((None, []))
            turns[-1][1].append(message)
    return turns


def _turns_markdown(labels: Sequence[str], columns: Sequence[Sequence[Message]]) -> list[str]:
    per_column = [_turns(messages) for messages in columns]
    parts: list[str] = []
    for number in range(max((len(turns) for turns in per_column), default=0)):
        turn = [turns[number] if number < len(turns) else None for turns in per_column]
        prompts = {t[0].content for t in turn if t is not None and t[0] is not None}
        parts.append(f"## Turn {number + 1}")
        same_prompt = len(prompts) == 1
        if same_prompt:
            parts.append(_quote(next(iter(prompts))) or "> ")
        for label, column_turn in zip(labels, turn, strict=True):
            blocks = [f"### {label}"]
            if column_turn is None:
                blocks.append("*(no answer in this column)*")
            else:
                prompt, answers = column_turn
                if not same_prompt and prompt is not None:
                    blocks.append(_quote(prompt.content))
                blocks.extend(_answer_markdown(answer) for answer in answers)
                if not answers:
                    blocks.append("*(no answer)*")
            parts.append("\n\n".join(blocks))
    return parts


def _answer_markdown(message: Message) -> str:
    blocks = [message.content.rstrip()] if message.content.strip() else []
    note = _incomplete_note(message)
    if note:
        blocks.append(f"*({note})*")
    return "\n\n".join(blocks) or "*(empty answer)*"
