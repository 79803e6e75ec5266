"""The request for the next answer: the one place it is assembled.

Sending (``ChatService``), "Show request…" and every estimate (a chat's composer, each column
of a comparison) call ``next_request``, so what is previewed, what is priced and what is sent
cannot disagree. ``app.api.build_chat_body`` is the one serialiser of its result. Pure: the
bytes of attachments come through ``read`` (``BlobStore.get`` when sending); without it a
placeholder of the right shape stands in for them (``data:image/png;base64,…``).
"""

from __future__ import annotations

import base64
import codecs
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .attachments import FREE_PDF_ENGINE, Attachment
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
    # OpenRouter plugins (the PDF reader) and server tools (web search), sent as they are.
    plugins: tuple[Mapping[str, Any], ...] = ()
    tools: tuple[Mapping[str, Any], ...] = ()


Reader = Callable[[Attachment], bytes]
PLACEHOLDER = "…"  # stands in for bytes not read (estimates, "Show request…")
WEB_SEARCH_TOOL = "openrouter:web_search"


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
    with it; a PDF brings the PDF reader plugin where the model does not read files itself;
    web search on brings its server tool (not to a model whose catalogue entry lists the
    parameters it takes without ``tools``: it cannot search). ``read`` gives an
    attachment's bytes (it may raise ``BlobMissingError``); None puts a placeholder in
    their place."""
    system = settings.system_prompt
    messages = [ChatMessage("system", system)] if system.strip() else []
    sent: list[Attachment] = list(attachments)
    for message in history:
        if message.role == "user" and (message.content.strip() or message.attachments):
            messages.append(user_message(message.content, message.attachments, read))
            sent.extend(message.attachments)
        elif message.role == "assistant" and message.content.strip():
            files = file_annotations(message.annotations)
            messages.append(ChatMessage("assistant", message.content, annotations=files))
    messages.append(user_message(prompt, attachments, read))
    params = settings.params
    thinks = model is None or model.id != settings.model or model.takes_reasoning
    if params.reasoning is not None and not thinks:
        params = replace(params, reasoning=None)
    known = model if model is not None and model.id == settings.model else None
    return ChatRequest(
        settings.model,
        messages,
        params,
        settings.routing,
        plugins=pdf_plugins(settings, known, sent),
        tools=web_search_tools(settings) if known is None or known.supports("tools") else (),
    )


def user_message(
    prompt: str, attachments: Sequence[Attachment], read: Reader | None
) -> ChatMessage:
    """A prompt as sent: a plain string without attachments, else a content array with the
    text first (the prompt, then each text file), then the images, then the PDFs."""
    if not attachments:
        return ChatMessage("user", prompt)
    parts: list[Mapping[str, Any]] = []
    if prompt.strip():
        parts.append({"type": "text", "text": prompt})
    parts.extend(text_file_part(a, read) for a in attachments if a.kind == "text")
    parts.extend(image_part(a, read) for a in attachments if a.kind == "image")
    parts.extend(pdf_part(a, read) for a in attachments if a.kind == "pdf")
    return ChatMessage("user", prompt, parts=tuple(parts))


def text_file_part(attachment: Attachment, read: Reader | None) -> dict[str, Any]:
    text = PLACEHOLDER if read is None else decode_text(read(attachment))
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


def decode_text(data: bytes) -> str:
    """A text file's bytes as the intake accepted them: UTF-16 with a BOM, else UTF-8 (a
    UTF-8 BOM dropped). Anything undecodable becomes U+FFFD rather than failing a send."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


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
    """The PDF reader, when a PDF is sent to a model that does not read files itself
    (or may not: the catalogue did not say). Always with an engine: left unset,
    OpenRouter picks its paid OCR."""
    if not any(a.kind == "pdf" for a in sent):
        return ()
    reads_files = model.takes_input("file") if model is not None else None
    if reads_files is True:
        return ()  # read natively, charged as input tokens
    engine = settings.pdf_engine or FREE_PDF_ENGINE
    if engine == "native" and reads_files is False:
        engine = FREE_PDF_ENGINE  # "native" is for models that read files: it would fail
    return ({"id": "file-parser", "pdf": {"engine": engine}},)


def web_search_tools(settings: ChatSettings) -> tuple[Mapping[str, Any], ...]:
    search = settings.web_search
    if not search.enabled:
        return ()
    return ({"type": WEB_SEARCH_TOOL, "parameters": {"max_results": search.max_results}},)
