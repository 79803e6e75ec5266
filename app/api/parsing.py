"""Turning OpenRouter's bytes and JSON into typed values (pure functions, no I/O)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from app.core.i18n import translate
from app.core.messages import checked_annotations
from app.core.models import ModelInfo
from app.core.money import (
    MAX_ACCOUNT_AMOUNT,
    MAX_PRICE_PER_TOKEN,
    MAX_REQUEST_COST,
    parse_cost,
    parse_price,
)
from app.core.providers import ProviderEndpoint
from app.core.text import SurrogateJoiner, clean_surrogates
from app.core.thinking import EFFORTS, ModelReasoning
from app.core.usage import MAX_SECONDS, Usage, checked_count, checked_float

from .content_template import ContentTemplate, learn, text_only
from .errors import (
    ApiStatusError,
    FinishedWithError,
    OpenRouterError,
    ProviderError,
    TruncatedStreamError,
    WebPageError,
    error_class_for_status,
    server_text,
)
from .events import (
    AnnotationsDelta,
    ChatCompletion,
    Finished,
    GenerationStats,
    KeyInfo,
    ReasoningDelta,
    Served,
    StreamEvent,
    TextDelta,
    ToolCall,
    UsageReport,
    Waiting,
)
from .sse import Comment, SSEDecoder

DONE = "[DONE]"
MAX_LABEL = 200  # characters of a model name, provider, id or finish reason

# ``reasoning_details`` items as they enter (stream chunks and whole answers). Items are kept
# to be sent back unmodified, so an item that breaks a rule is dropped whole, never trimmed.
DETAIL_TYPES = frozenset({"reasoning.text", "reasoning.summary", "reasoning.encrypted"})
MAX_DETAILS = 64  # items in one chunk or one answer; the rest are dropped
MAX_DETAIL_TEXT = 1_000_000  # characters of one item's text or summary
MAX_DETAIL_DATA = 1_000_000  # characters of one item's encrypted data or signature
MAX_DETAIL_INDEX = 100_000
# Known key -> (required, longest string); ``index`` is the one integer.
_DETAIL_STRINGS: Mapping[str, Mapping[str, tuple[bool, int]]] = {
    "reasoning.text": {"text": (False, MAX_DETAIL_TEXT), "signature": (False, MAX_DETAIL_DATA)},
    "reasoning.summary": {"summary": (True, MAX_DETAIL_TEXT)},
    "reasoning.encrypted": {"data": (True, MAX_DETAIL_DATA)},
}
_DETAIL_COMMON = {"id": (False, MAX_LABEL), "format": (False, MAX_LABEL)}
MAX_SEARCHES = 1_000_000  # web searches counted for one answer
# What a model may read, as /models names it (architecture.input_modalities).
MODALITIES = frozenset({"text", "image", "file", "audio", "video"})
_BOM = b"\xef\xbb\xbf"
MAX_LEARNING = 16  # text-only chunks that may try to become the fast path's template


class StreamParser:
    """Bytes of a chat completion stream in, typed events out (sans-I/O).

    Keeps the last non-null finish_reason, reports usage once, stops at ``[DONE]``, checks
    every chunk for an ``error`` before touching ``choices``, and on ``close()`` tells a
    finished stream from a truncated one. Text is joined across chunks where a server split
    a surrogate pair (``"\\ud83d"`` then ``"\\ude00"``); lone surrogates become U+FFFD.
    A body that starts like a web page (``<``) is a ``WebPageError``, not a stream.
    Text-only chunks shaped like one already decoded skip json (see ``content_template``).
    """

    def __init__(self, generation_id: str | None = None) -> None:
        self._decoder = SSEDecoder()
        self.generation_id = generation_id
        self.model: str | None = None
        self.provider: str | None = None
        self.finish_reason: str | None = None
        self.native_finish_reason: str | None = None
        self.done = False
        self.error: OpenRouterError | None = None
        self._sniffed = False
        self._text = SurrogateJoiner()
        self._reasoning = SurrogateJoiner()
        self._served = False
        self._usage_seen = False
        self._tools: dict[int, dict[str, str | None]] = {}
        self._template: ContentTemplate | None = None  # see content_template
        self._learning = MAX_LEARNING

    def feed(self, data: bytes) -> list[StreamEvent]:
        """Events decoded so far. If the stream failed, ``error`` is set after these events:
        what arrived before (and with) an error chunk is still delivered."""
        events: list[StreamEvent] = []
        if self.done:
            return events
        try:
            if not self._sniffed:
                self._sniff(data)
            single = self._decoder.one_event(data)
            for item in self._decoder.feed_raw(data) if single is None else (single,):
                if isinstance(item, Comment):
                    events.append(Waiting())
                elif (text := item[0])[:1] != "{" and text.strip() == DONE:  # ({: a chunk)
                    self.done = True
                    events.extend(self._flush())
                    events.append(self._finished())
                    break
                else:
                    self._chunk(text, events)
            if self._decoder.failed is not None and not self.done:
                raise self._decoder.failed
        except OpenRouterError as error:
            self.done = True
            self.error = error
        return events

    def _sniff(self, data: bytes) -> None:
        """The first bytes of a stream are ``data:`` or ``:``; ``<`` is a web page."""
        start = data.lstrip().removeprefix(_BOM).lstrip()
        if start:
            self._sniffed = True
            if start[:1] == b"<":
                raise WebPageError("HTTP 200 with a web page instead of an event stream")

    def _flush(self) -> list[StreamEvent]:
        """A high surrogate still waiting for its other half at the end: U+FFFD."""
        events: list[StreamEvent] = []
        if reasoning := self._reasoning.flush():
            events.append(ReasoningDelta(reasoning))
        if text := self._text.flush():
            events.append(TextDelta(text))
        return events

    def close(self) -> list[StreamEvent]:
        """The connection ended. A stream that finished without [DONE] still counts."""
        if self.done:
            return []
        if self.finish_reason is not None:
            self.done = True
            return [*self._flush(), self._finished()]
        raise TruncatedStreamError(
            "stream closed before [DONE] and without a finish reason",
            generation_id=self.generation_id,
        )

    def _chunk(self, data: str, events: list[StreamEvent]) -> None:
        if self._template is not None and (content := self._template.content(data)) is not None:
            if not content:
                return
            if content.isascii() and not self._text.pending:  # as _choice would, sooner
                events.append(TextDelta(content))
            elif text := self._text.feed(content):
                events.append(TextDelta(text))
            return
        try:
            chunk = json.loads(data)
        except (ValueError, RecursionError):  # nesting deep enough to exhaust the stack too
            raise ProviderError(
                "the server sent something that is not JSON", generation_id=self.generation_id
            ) from None
        if not isinstance(chunk, dict):
            return
        self._note_served(chunk, events)
        choices = chunk.get("choices")
        choice = choices[0] if isinstance(choices, list) and choices else None
        if isinstance(choice, dict):
            events.extend(self._choice(choice))
        if "error" in chunk:
            # Render what came with it first (PDFs read before every provider failed: their
            # reading was paid, and is kept); then the turn fails.
            if found := error_file_annotations(chunk["error"]):
                events.append(AnnotationsDelta(found))
            raise provider_error(chunk["error"], generation_id=self.generation_id)
        usage = chunk.get("usage")
        if isinstance(usage, dict) and not self._usage_seen:
            self._usage_seen = True
            events.append(UsageReport(parse_usage(usage)))
        if self.finish_reason == "error":
            raise FinishedWithError(
                f"finish_reason error ({self.native_finish_reason or 'no details'})",
                native_finish_reason=self.native_finish_reason,
                generation_id=self.generation_id,
            )
        if self._learning and text_only(chunk):
            self._learning -= 1
            self._template = learn(data, chunk) or self._template

    def _note_served(self, chunk: dict[str, Any], events: list[StreamEvent]) -> None:
        if self._served:
            return
        self._served = True
        if self.generation_id is None and isinstance(chunk.get("id"), str):
            self.generation_id = _label(chunk["id"])
        self.model = _label(chunk.get("model"))
        self.provider = _label(chunk.get("provider"))
        events.append(Served(self.generation_id, self.model, self.provider))

    def _choice(self, choice: dict[str, Any]) -> list[StreamEvent]:
        events: list[StreamEvent] = []
        delta = choice.get("delta")
        if isinstance(delta, dict):
            details, raw_text = reasoning_details(delta.get("reasoning_details"))
            shown = delta.get("reasoning")
            if not (isinstance(shown, str) and shown):
                shown = raw_text  # the same text; show one, never both
            reasoning = self._reasoning.feed(shown)
            if reasoning or details:  # encrypted thinking has details and no text
                events.append(ReasoningDelta(reasoning, details))
            content = delta.get("content")
            if isinstance(content, str) and content and (text := self._text.feed(content)):
                events.append(TextDelta(text))
            self._tool_deltas(delta.get("tool_calls"))
        # Sources and parsed files: in the delta, or (some providers) on the choice itself.
        found = checked_annotations(delta.get("annotations")) if isinstance(delta, dict) else ()
        found += checked_annotations(choice.get("annotations"))
        if found:
            events.append(AnnotationsDelta(found))
        reason = choice.get("finish_reason")
        if isinstance(reason, str) and reason:
            self.finish_reason = _label(reason)
            self.native_finish_reason = _label(choice.get("native_finish_reason"))
        return events

    def _tool_deltas(self, calls: object) -> None:
        if not isinstance(calls, list):
            return
        for call in calls:
            if not isinstance(call, dict):
                continue
            index = call.get("index", 0)
            slot = self._tools.setdefault(
                index if isinstance(index, int) else 0, {"id": None, "name": "", "arguments": ""}
            )
            if isinstance(call.get("id"), str):
                slot["id"] = call["id"]
            function = call.get("function")
            if isinstance(function, dict):
                if isinstance(function.get("name"), str):
                    slot["name"] = (slot["name"] or "") + function["name"]
                if isinstance(function.get("arguments"), str):
                    slot["arguments"] = (slot["arguments"] or "") + function["arguments"]

    def _finished(self) -> Finished:
        if self.finish_reason == "error":
            raise FinishedWithError(
                native_finish_reason=self.native_finish_reason, generation_id=self.generation_id
            )
        tools = tuple(  # pieces were joined raw: a surrogate pair split across them is whole now
            ToolCall(
                slot["id"],
                clean_surrogates(slot["name"] or ""),
                clean_surrogates(slot["arguments"] or ""),
            )
            for _, slot in sorted(self._tools.items())
        )
        return Finished(self.finish_reason, self.native_finish_reason, tools)


def reasoning_details(raw: object) -> tuple[tuple[dict[str, Any], ...], str]:
    """The checked items of a ``reasoning_details`` list and the readable text they carry
    (text and summary pieces joined, surrogates not yet cleaned so a pair split across
    chunks can still be joined). Anything that is not a known item of the right shape is
    dropped; see ``checked_detail``."""
    if not isinstance(raw, list):
        return (), ""
    items: list[dict[str, Any]] = []
    parts: list[str] = []
    for entry in raw[:MAX_DETAILS]:
        item = checked_detail(entry)
        if item is None:
            continue
        key = {"reasoning.text": "text", "reasoning.summary": "summary"}.get(item["type"])
        piece = entry.get(key) if key else None
        if isinstance(piece, str):
            parts.append(piece)
        items.append(item)
    return tuple(items), "".join(parts)


def checked_detail(raw: object) -> dict[str, Any] | None:
    """One ``reasoning_details`` item as it may be kept and sent back: a JSON object of a
    known ``type`` with only the known keys, each of its JSON type (strings may be null
    unless required; ``index`` a small non-negative integer) and strings within their caps,
    surrogates cleaned. Unknown keys are left out; any other breach drops the item."""
    if not isinstance(raw, dict):
        return None
    kind = raw.get("type")
    if not isinstance(kind, str) or kind not in DETAIL_TYPES:
        return None
    item: dict[str, Any] = {"type": kind}
    for key, (required, longest) in {**_DETAIL_STRINGS[kind], **_DETAIL_COMMON}.items():
        if key not in raw:
            if required:
                return None
            continue
        value = raw[key]
        if value is None and not required:
            item[key] = None
        elif isinstance(value, str) and len(value) <= longest:
            item[key] = clean_surrogates(value)
        else:
            return None
    if "index" in raw:
        index = raw["index"]
        if index is not None and (
            isinstance(index, bool)
            or not isinstance(index, int)
            or not 0 <= index <= MAX_DETAIL_INDEX
        ):
            return None
        item["index"] = index
    return item


def error_file_annotations(error: object) -> tuple[dict[str, Any], ...]:
    """The PDFs read before every provider failed (``error.metadata.file_annotations``),
    checked like an answer's; read before the metadata is trimmed for keeping."""
    metadata = error.get("metadata") if isinstance(error, dict) else None
    found = metadata.get("file_annotations") if isinstance(metadata, dict) else None
    return tuple(a for a in checked_annotations(found) if a["type"] == "file")


def provider_error(error: object, *, generation_id: str | None = None) -> ProviderError:
    """An ``error`` object found inside an HTTP 200 (a stream chunk or a response body)."""
    if not isinstance(error, dict):
        return ProviderError(str(error)[:200], generation_id=generation_id)
    message = _str(error.get("message")) or translate("parsing", "unknown error")  # (shown)
    code = error.get("code")
    metadata = error.get("metadata") if isinstance(error.get("metadata"), dict) else None
    return ProviderError(
        message,
        code=code if isinstance(code, int | str) else None,
        metadata=metadata,
        generation_id=generation_id,
    )


def status_error(status: int, body: bytes, retry_after: float | None = None) -> ApiStatusError:
    """An HTTP error response, read as ``{error: {code, message, metadata}}`` if possible."""
    message, code, metadata = "", None, None
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        payload = None
    error = payload.get("error") if isinstance(payload, dict) else None
    if isinstance(error, dict):
        message = _str(error.get("message")) or ""
        raw_code = error.get("code")
        code = raw_code if isinstance(raw_code, int | str) else None
        metadata = dict(error["metadata"]) if isinstance(error.get("metadata"), dict) else {}
        if isinstance(error.get("error_type"), str):  # availability errors put it here
            metadata.setdefault("error_type", error["error_type"])
        if retry_after is None:
            retry_after = _retry_after_from_metadata(metadata)
    elif body:
        message = body[:200].decode("utf-8", errors="replace").strip()
    cls = error_class_for_status(status)
    return cls(status, message, code=code, metadata=metadata, retry_after=retry_after)


def _retry_after_from_metadata(metadata: Mapping[str, Any]) -> float | None:
    value = metadata.get("retry_after_seconds")
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None


def parse_usage(raw: Mapping[str, Any]) -> Usage:
    """Tolerates missing and null subfields. A missing cost stays None (unknown), not 0.
    Reasoning tokens are part of the completion tokens: never more than them."""
    prompt_details = raw.get("prompt_tokens_details")
    completion_details = raw.get("completion_tokens_details")
    completion = _int(raw.get("completion_tokens"))
    reasoning = (
        _int(completion_details.get("reasoning_tokens"))
        if isinstance(completion_details, dict)
        else None
    )
    if reasoning is not None and completion is not None:
        reasoning = min(reasoning, completion)  # thinking is part of the completion tokens
    return Usage(
        prompt_tokens=_int(raw.get("prompt_tokens")),
        completion_tokens=completion,
        total_tokens=_int(raw.get("total_tokens")),
        cost=parse_cost(raw.get("cost")),
        reasoning_tokens=reasoning,
        cached_tokens=_int(prompt_details.get("cached_tokens"))
        if isinstance(prompt_details, dict)
        else None,
        is_byok=raw.get("is_byok") is True,
        web_searches=_web_searches(raw),
    )


def _web_searches(raw: Mapping[str, Any]) -> int | None:
    """Searches the server ran: ``server_tool_use`` as the docs and traffic name it, or
    ``server_tool_use_details`` as the spec does (the first that holds a count)."""
    for key in ("server_tool_use", "server_tool_use_details"):
        tools = raw.get(key)
        if isinstance(tools, dict):
            count = checked_count(tools.get("web_search_requests"), MAX_SEARCHES)
            if count is not None:
                return count
    return None


def parse_completion(body: bytes, generation_id: str | None = None) -> ChatCompletion:
    """A non-streamed answer. An error inside HTTP 200 raises, never returns empty text."""
    return parse_whole_answer(body, generation_id)[0]


def parse_whole_answer(
    body: bytes, generation_id: str | None = None
) -> tuple[ChatCompletion, tuple[dict[str, Any], ...]]:
    """``parse_completion`` and the answer's checked annotations (``message.annotations``
    and the choice's own): sources, and parsed files to send back on later turns."""
    payload = _json_object(body)
    gen_id = _label(payload.get("id")) or generation_id
    choices = payload.get("choices")
    choice = choices[0] if isinstance(choices, list) and choices else None
    if "error" in payload or (isinstance(choice, dict) and "error" in choice):
        error = payload.get("error") or (choice or {}).get("error")
        raise provider_error(error, generation_id=gen_id)
    if not isinstance(choice, dict):
        raise ProviderError("the answer had no choices", generation_id=gen_id)
    message = _dict(choice.get("message"))
    finish = _label(choice.get("finish_reason"))
    native = _label(choice.get("native_finish_reason"))
    if finish == "error":
        raise FinishedWithError(native_finish_reason=native, generation_id=gen_id)
    usage = payload.get("usage")
    details, detail_text = reasoning_details(message.get("reasoning_details"))
    reasoning = _str(message.get("reasoning")) or clean_surrogates(detail_text) or None
    found = checked_annotations(message.get("annotations"))
    found += checked_annotations(choice.get("annotations"))
    completion = ChatCompletion(
        generation_id=gen_id,
        model=_label(payload.get("model")),
        provider=_label(payload.get("provider")),
        text=_str(message.get("content")) or "",
        reasoning=reasoning,
        reasoning_details=details,
        finish_reason=finish,
        native_finish_reason=native,
        usage=parse_usage(usage) if isinstance(usage, dict) else None,
        tool_calls=_message_tool_calls(message.get("tool_calls")),
    )
    return completion, found


def _message_tool_calls(calls: object) -> tuple[ToolCall, ...]:
    out: list[ToolCall] = []
    for call in calls if isinstance(calls, list) else []:
        function = call.get("function") if isinstance(call, dict) else None
        if isinstance(function, dict):
            out.append(
                ToolCall(
                    _str(call.get("id")),
                    _str(function.get("name")) or "",
                    _str(function.get("arguments")) or "",
                )
            )
    return tuple(out)


def parse_models(body: bytes) -> list[ModelInfo]:
    """``GET /models``. Entries without an id are skipped; unknown fields are ignored."""
    payload = _json_object(body)
    data = payload.get("data")
    if not isinstance(data, list):
        raise OpenRouterError("the model list had no data")
    return [model for raw in data if (model := parse_model(raw)) is not None]


def parse_model(raw: object) -> ModelInfo | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        return None
    pricing = _dict(raw.get("pricing"))
    reads = _dict(raw.get("architecture")).get("input_modalities")
    top = _dict(raw.get("top_provider"))
    params = raw.get("supported_parameters")
    completion_price = parse_price(pricing.get("completion"), maximum=MAX_PRICE_PER_TOKEN)
    reasoning_price = parse_price(pricing.get("internal_reasoning"), maximum=MAX_PRICE_PER_TOKEN)
    if reasoning_price == 0 and completion_price:
        # OpenRouter lists "0" for models whose thinking is billed as output (o4-mini,
        # Gemini 2.5 Flash, Claude): not free thinking, no separate price. Never estimate low.
        reasoning_price = None
    return ModelInfo(
        id=raw["id"],
        name=_str(raw.get("name")) or raw["id"],
        context_length=_int(raw.get("context_length")) or _int(top.get("context_length")),
        prompt_price=parse_price(pricing.get("prompt"), maximum=MAX_PRICE_PER_TOKEN),
        completion_price=completion_price,
        request_price=parse_price(pricing.get("request"), maximum=MAX_REQUEST_COST),
        max_completion_tokens=_int(top.get("max_completion_tokens")),
        supported_parameters=frozenset(
            p for p in (params if isinstance(params, list) else []) if isinstance(p, str)
        ),
        description=_str(raw.get("description")) or "",
        created=_int(raw.get("created")),
        reasoning=parse_model_reasoning(raw.get("reasoning")),
        reasoning_price=reasoning_price,
        input_modalities=_modalities(reads),
        image_price=parse_price(pricing.get("image"), maximum=MAX_REQUEST_COST),
        web_search_price=parse_price(pricing.get("web_search"), maximum=MAX_REQUEST_COST),
    )


def _modalities(listed: object) -> frozenset[str]:
    names = listed[:50] if isinstance(listed, list) else []
    return frozenset(m for m in names if isinstance(m, str) and m in MODALITIES)


MAX_ENDPOINTS = 200  # providers of one model (real models have at most a few dozen)
MAX_PARAMETERS = 200  # names in one supported_parameters list
MAX_PARAMETER_NAME = 100
MAX_STATUS = 1_000  # |status|: an open enum of small integers (0, -1, -2, -3, -5, -10)
_TAG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:")


def parse_endpoints(body: bytes) -> list[ProviderEndpoint]:
    """``GET /models/{author}/{slug}/endpoints``: the model's providers. An endpoint with a
    missing or malformed name or tag is skipped; any other bad field is unknown (None)."""
    data = _json_object(body).get("data")
    if not isinstance(data, dict):
        raise OpenRouterError("the provider list had no data")
    endpoints = data.get("endpoints")
    if not isinstance(endpoints, list):
        raise OpenRouterError("the provider list had no endpoints")
    parsed = (parse_endpoint(raw) for raw in endpoints[:MAX_ENDPOINTS])
    return [endpoint for endpoint in parsed if endpoint is not None]


def parse_endpoint(raw: object) -> ProviderEndpoint | None:
    if not isinstance(raw, dict):
        return None
    name = raw.get("provider_name")
    tag = raw.get("tag")
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_LABEL:
        return None
    # The tag goes back to the server in provider.order: only slug characters pass.
    if not isinstance(tag, str) or not 0 < len(tag) <= MAX_LABEL or set(tag) - _TAG_CHARS:
        return None
    pricing = _dict(raw.get("pricing"))
    listed = raw.get("supported_parameters")
    names = listed[:MAX_PARAMETERS] if isinstance(listed, list) else []
    quantization = raw.get("quantization")
    return ProviderEndpoint(
        provider=server_text(name.strip(), MAX_LABEL),
        tag=tag,
        supported_parameters=frozenset(
            n for n in names if isinstance(n, str) and 0 < len(n) <= MAX_PARAMETER_NAME
        ),
        prompt_price=parse_price(pricing.get("prompt"), maximum=MAX_PRICE_PER_TOKEN),
        completion_price=parse_price(pricing.get("completion"), maximum=MAX_PRICE_PER_TOKEN),
        context_length=_int(raw.get("context_length")),
        quantization=_label(quantization) if isinstance(quantization, str) else None,
        status=_status(raw.get("status")),
        uptime=_uptime(raw),
    )


def _uptime(raw: dict[str, Any]) -> float | None:
    """The last half hour's uptime (percent), else the last day's, else the last 5 minutes'."""
    for key in ("uptime_last_30m", "uptime_last_1d", "uptime_last_5m"):
        value = checked_float(raw.get(key), 100.0)
        if value is not None:
            return value
    return None


def _status(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if abs(value) <= MAX_STATUS else None


def parse_model_reasoning(raw: object) -> ModelReasoning | None:
    """A ``/models`` entry's ``reasoning`` object; None when absent or not an object.

    ``supported_efforts``: known levels only, highest first ("none" is Off, not a level);
    JSON null means every level (None), a missing key or a wrong type no choice of level
    (()). ``supports_max_tokens`` and ``mandatory`` count only when exactly ``true``.
    """
    if not isinstance(raw, dict):
        return None
    efforts: tuple[str, ...] | None = ()
    if "supported_efforts" in raw:
        listed = raw["supported_efforts"]
        if listed is None:
            efforts = None
        elif isinstance(listed, list):
            names = {e for e in listed[:100] if isinstance(e, str)}
            efforts = tuple(e for e in EFFORTS if e in names)
    default = raw.get("default_effort")
    enabled = raw.get("default_enabled")
    return ModelReasoning(
        efforts=efforts,
        default_effort=default if default in EFFORTS or default == "none" else None,
        default_enabled=enabled if isinstance(enabled, bool) else None,
        supports_budget=raw.get("supports_max_tokens") is True,
        mandatory=raw.get("mandatory") is True,
    )


def parse_key_info(body: bytes) -> KeyInfo:
    data = _json_object(body).get("data")
    if not isinstance(data, dict):
        raise OpenRouterError("the key details had no data")
    return KeyInfo(
        # Not redacted: OpenRouter's label is the key's own elided form (sk-or-v1-124...ab1),
        # shown so the person can tell keys apart; it holds no usable secret.
        label=(_str(data.get("label")) or "")[:MAX_LABEL],
        limit=_account(data.get("limit")),
        limit_remaining=_account(data.get("limit_remaining")),
        limit_reset=_label(data.get("limit_reset")),
        usage=_account(data.get("usage")) or Decimal(0),
        usage_daily=_account(data.get("usage_daily")),
        usage_monthly=_account(data.get("usage_monthly")),
        is_free_tier=data.get("is_free_tier") is True,
    )


def parse_generation(body: bytes) -> GenerationStats:
    data = _json_object(body).get("data")
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise OpenRouterError("the generation details had no data")
    return GenerationStats(
        id=data["id"],
        total_cost=parse_cost(data.get("total_cost")),
        model=_label(data.get("model")),
        provider=_label(data.get("provider_name")),
        tokens_prompt=_int(data.get("tokens_prompt")),
        tokens_completion=_int(data.get("tokens_completion")),
        native_tokens_prompt=_int(data.get("native_tokens_prompt")),
        native_tokens_completion=_int(data.get("native_tokens_completion")),
        native_tokens_reasoning=_int(data.get("native_tokens_reasoning")),
        latency_ms=_float(data.get("latency")),
        generation_time_ms=_float(data.get("generation_time")),
        finish_reason=_label(data.get("finish_reason")),
        cancelled=data.get("cancelled") if isinstance(data.get("cancelled"), bool) else None,
        raw=data,
    )


def _json_object(body: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        if body.lstrip().removeprefix(_BOM).lstrip()[:1] == b"<":
            raise WebPageError("HTTP 200 with a web page instead of JSON") from None
        raise OpenRouterError("the server's answer was not JSON") from None
    if not isinstance(payload, dict):
        raise OpenRouterError("the server's answer was not a JSON object")
    return payload


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: object) -> str | None:
    return clean_surrogates(value) if isinstance(value, str) else None


def _label(value: object) -> str | None:
    """A short server string that is stored or shown (a model, a provider, an id, a finish
    reason): cleaned like error text (``server_text``: keys redacted, surrogates fixed) and
    at most ``MAX_LABEL`` characters."""
    return server_text(value, MAX_LABEL) if isinstance(value, str) else None


def _int(value: object) -> int | None:
    """A count (tokens, a context length, a timestamp): see ``checked_count``."""
    return checked_count(value)


def _float(value: object) -> float | None:
    """A duration in milliseconds, 0 to ``MAX_SECONDS``."""
    return checked_float(value, MAX_SECONDS * 1000)


def _account(value: object) -> Decimal | None:
    """An amount on a key or an account (a limit, what is left, usage)."""
    return parse_price(value, maximum=MAX_ACCOUNT_AMOUNT)
