"""The request for the next answer: the one place it is assembled.

Sending (``ChatService``), "Show request…" and every estimate (a chat's composer, each column
of a comparison) call ``next_request``, so what is previewed, what is priced and what is sent
cannot disagree. ``app.api.build_chat_body`` is the one serialiser of its result. Pure: the
bytes of attachments come through ``read`` (``BlobStore.get`` when sending); without it a
placeholder of the right shape stands in for them (``data:image/png;base64,…``).
"""

from __future__ import annotations

import base64
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .attachments import (
    FREE_PDF_ENGINE,
    MAX_REQUEST_FILE_BYTES,
    MAX_SEARCHES,
    WEB_RESULTS_DEFAULT,
    Attachment,
    PdfEngine,
)
from .conversation import ChatSettings, Message
from .i18n import translate
from .messages import ChatMessage
from .models import ModelInfo
from .params import ProviderRouting, SamplingParams
from .text_files import decode_text_lenient


@dataclass(frozen=True, slots=True)
class ChatRequest:
    model: str
    messages: Sequence[ChatMessage]
    params: SamplingParams = field(default_factory=SamplingParams)
    routing: ProviderRouting | None = None
    # OpenRouter plugins (the PDF reader) and server tools (web search), sent as they are.
    plugins: tuple[Mapping[str, Any], ...] = ()
    tools: tuple[Mapping[str, Any], ...] = ()
    max_tool_calls: int | None = None  # the server tools' step budget (with web search)
    # What estimates price, so they and the request cannot disagree (not serialised):
    # every file the request carries (earlier prompts' first), the PDFs the PDF reader will
    # read in it (no earlier answer carries their reading back), and the earlier files whose
    # bytes were gone (a note stands in for each).
    attachments: tuple[Attachment, ...] = ()
    to_parse: tuple[Attachment, ...] = ()
    missing: tuple[Attachment, ...] = ()


Reader = Callable[[Attachment], bytes]
PLACEHOLDER = "…"  # stands in for bytes not read (estimates, "Show request…")
WEB_SEARCH_TOOL = "openrouter:web_search"
FILE_PARSER = "file-parser"
NATIVE_PDF_ENGINE: PdfEngine = "native"
MB = 1024 * 1024


def next_request(
    settings: ChatSettings,
    history: Sequence[Message],
    prompt: str,
    model: ModelInfo | None = None,
    *,
    attachments: Sequence[Attachment] = (),
    read: Reader | None = None,
) -> ChatRequest:
    """What asking ``prompt`` after ``history`` sends with ``settings``: the system prompt (if
    any), every earlier message that holds text (failed answers with no text are left out;
    partial answers are kept, they are what the person saw), then ``prompt`` as the user's.

    ``model``: the catalogue's entry for ``settings.model``, when known. Thinking is left out
    for a model that does not think (a preset or a conversation may carry it from another
    model): no ``reasoning`` key at all reaches it.

    Attachments (the prompt's and those of earlier prompts: every turn sends them again)
    make content arrays (``user_message``); an earlier answer's ``file`` annotations go back
    with it; a PDF always brings the PDF reader plugin with an engine named ("native" for a
    model that reads files; never OpenRouter's paid default); web search on brings its
    server tool, at most ``MAX_SEARCHES`` searches (not to a model whose catalogue entry
    lists the parameters it takes without ``tools``: it cannot search). ``read`` gives an
    attachment's bytes; None puts a placeholder in their place. An earlier prompt's file
    whose bytes are gone (``read`` raises ``LookupError``) becomes a note saying so (in
    ``missing``); the new prompt's own raises."""
    system = settings.system_prompt
    messages = [ChatMessage("system", system)] if system.strip() else []
    sent: list[Attachment] = []
    missing: list[Attachment] = []
    for message in history:
        if message.role == "user" and (message.content.strip() or message.attachments):
            messages.append(user_message(message.content, message.attachments, read, missing))
            sent.extend(a for a in message.attachments if a not in missing)
        elif message.role == "assistant" and message.content.strip():
            files = file_annotations(message.annotations)
            messages.append(ChatMessage("assistant", message.content, annotations=files))
    messages.append(user_message(prompt, attachments, read))
    sent.extend(attachments)
    params = settings.params
    thinks = model is None or model.id != settings.model or model.takes_reasoning
    if params.reasoning is not None and not thinks:
        params = replace(params, reasoning=None)
    known = model if model is not None and model.id == settings.model else None
    plugins = pdf_plugins(settings, known, sent)
    tools = web_search_tools(settings) if known is None or known.supports("tools") else ()
    return ChatRequest(
        settings.model,
        messages,
        params,
        settings.routing,
        plugins=plugins,
        tools=tools,
        max_tool_calls=MAX_SEARCHES if tools else None,
        attachments=tuple(sent),
        to_parse=pdfs_to_parse(messages, sent, plugins),
        missing=tuple(missing),
    )


def carried_files(history: Sequence[Message], attachments: Sequence[Attachment]) -> int:
    """Bytes of every file a request after ``history`` carries (the new ``attachments``
    too), before base64: known from what is stored, without reading anything."""
    earlier = (a.size for m in history if m.role == "user" for a in m.attachments)
    return sum(earlier) + sum(a.size for a in attachments)


def files_too_large(size: int) -> str | None:
    """The plain refusal for a request carrying ``size`` bytes of files, or None."""
    if size <= MAX_REQUEST_FILE_BYTES:
        return None
    return translate(
        "request",
        "This message would carry {size} MB of files, more than the "
        "{most} MB one message can take (every file of the "
        "conversation is sent again with each message). Remove some files, or start a new "
        "conversation.",
    ).format(size=math.ceil(size / MB), most=MAX_REQUEST_FILE_BYTES // MB)


def pdfs_to_parse(
    messages: Sequence[ChatMessage],
    sent: Sequence[Attachment],
    plugins: Sequence[Mapping[str, Any]],
) -> tuple[Attachment, ...]:
    """The PDFs the PDF reader will read (and bill, with OCR) in a request: none when it reads
    nothing (no reader, or "native"); else every PDF, once, that no assistant message of the
    request carries back a ``file`` annotation for (matched by hash, else by name)."""
    engine = pdf_engine(plugins)
    if engine is None or engine == NATIVE_PDF_ENGINE:
        return ()
    hashes: set[str] = set()
    names: set[str] = set()
    for message in messages:
        for note in message.annotations if message.role == "assistant" else ():
            file = note.get("file")
            if isinstance(file, Mapping):
                hashes.update(v for v in (file.get("hash"),) if isinstance(v, str))
                names.update(v for v in (file.get("name"),) if isinstance(v, str))
    out: dict[str, Attachment] = {}
    for item in sent:
        covered = item.digest in hashes or item.name in names
        if item.kind == "pdf" and not covered:
            out.setdefault(item.digest, item)
    return tuple(out.values())


def pdf_engine(plugins: Sequence[Mapping[str, Any]]) -> str | None:
    """The engine the request's PDF reader plugin names (None: no reader)."""
    for plugin in plugins:
        pdf = plugin.get("pdf") if plugin.get("id") == FILE_PARSER else None
        if isinstance(pdf, Mapping) and isinstance(pdf.get("engine"), str):
            return str(pdf["engine"])
    return None


def web_search_results(tools: Sequence[Mapping[str, Any]]) -> int | None:
    """``max_results`` of the request's web search tool (None: it does not search)."""
    for tool in tools:
        if tool.get("type") == WEB_SEARCH_TOOL:
            parameters = tool.get("parameters")
            found = parameters.get("max_results") if isinstance(parameters, Mapping) else None
            return found if isinstance(found, int) else WEB_RESULTS_DEFAULT
    return None


def user_message(
    prompt: str,
    attachments: Sequence[Attachment],
    read: Reader | None,
    missing: list[Attachment] | None = None,
) -> ChatMessage:
    """A prompt as sent: a plain string without attachments, else a content array with the
    text first (the prompt, then each text file), then the images, then the PDFs.
    ``missing``: given for an earlier prompt, a file whose bytes are gone is added to it
    and a note stands in its place (without it, ``read``'s ``LookupError`` is raised)."""
    if not attachments:
        return ChatMessage("user", prompt)
    if read is not None and missing is not None:
        read = _noting_missing(read, missing)
    parts: list[Mapping[str, Any]] = []
    if prompt.strip():
        parts.append({"type": "text", "text": prompt})
    makers = (("text", text_file_part), ("image", image_part), ("pdf", pdf_part))
    for kind, make in makers:
        for item in attachments:
            if item.kind == kind:
                try:
                    parts.append(make(item, read))
                except _GoneError:
                    parts.append({"type": "text", "text": gone_note(item)})
    return ChatMessage("user", prompt, parts=tuple(parts))


def gone_note(attachment: Attachment) -> str:
    """What stands in for an earlier file whose bytes are gone."""
    return f"[The file “{attachment.name}” is no longer available.]"


class _GoneError(Exception):
    """An earlier file's bytes are gone (noted in ``missing``)."""


def _noting_missing(read: Reader, missing: list[Attachment]) -> Reader:
    def reading(attachment: Attachment) -> bytes:
        try:
            return read(attachment)
        except LookupError:  # (the store's BlobMissingError)
            missing.append(attachment)
            raise _GoneError from None

    return reading


def text_file_part(attachment: Attachment, read: Reader | None) -> dict[str, Any]:
    text = PLACEHOLDER if read is None else decode_text_lenient(read(attachment))
    fence = _fence(text)
    return {"type": "text", "text": f"File {attachment.name}:\n{fence}\n{text}\n{fence}"}


def image_part(attachment: Attachment, read: Reader | None) -> dict[str, Any]:
    url = data_url(attachment.mime, None if read is None else read(attachment))
    return {"type": "image_url", "image_url": {"url": url}}


def pdf_part(attachment: Attachment, read: Reader | None) -> dict[str, Any]:
    data = data_url("application/pdf", None if read is None else read(attachment))
    return {"type": "file", "file": {"filename": attachment.name, "file_data": data}}


def data_url(mime: str, data: bytes | None) -> str:
    """``data:<mime>;base64,<bytes>``; with no bytes, the placeholder in their place."""
    encoded = PLACEHOLDER if data is None else base64.b64encode(data).decode("ascii")
    return f"data:{mime};base64,{encoded}"


def _fence(text: str) -> str:
    """Three backticks, or one more than the longest run of them inside the file, so a
    Markdown file with code blocks cannot close the fence early."""
    longest = run = 0
    for char in text:
        run = run + 1 if char == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def file_annotations(annotations: Iterable[Mapping[str, Any]]) -> tuple[Mapping[str, Any], ...]:
    """An answer's ``file`` annotations (a parsed PDF), to send back with it."""
    return tuple(a for a in annotations if a.get("type") == "file")


def pdf_plugins(
    settings: ChatSettings, model: ModelInfo | None, sent: Sequence[Attachment]
) -> tuple[Mapping[str, Any], ...]:
    """The PDF reader whenever a PDF is sent, always with an engine named: left unset,
    OpenRouter reads with its paid OCR. A model that reads files gets "native" (charged
    as input tokens); any other (or one the catalogue says nothing of) the chosen engine,
    the free reader by default."""
    if not any(a.kind == "pdf" for a in sent):
        return ()
    reads_files = model.takes_input("file") if model is not None else None
    engine = settings.pdf_engine or FREE_PDF_ENGINE
    if reads_files is True:
        engine = NATIVE_PDF_ENGINE
    elif engine == NATIVE_PDF_ENGINE and reads_files is False:
        engine = FREE_PDF_ENGINE  # "native" is for models that read files: it would fail
    return ({"id": FILE_PARSER, "pdf": {"engine": engine}},)


def web_search_tools(settings: ChatSettings) -> tuple[Mapping[str, Any], ...]:
    """The web search tool, capped at ``MAX_SEARCHES`` searches (the request's
    ``max_tool_calls`` caps them too: OpenRouter's default would be 30)."""
    search = settings.web_search
    if not search.enabled:
        return ()
    parameters = {"max_results": search.max_results, "max_uses": MAX_SEARCHES}
    return ({"type": WEB_SEARCH_TOOL, "parameters": parameters},)
