"""Property tests for the bytes-in/JSON-out edges: the SSE decoder, the stream parser and the
request builder. Whatever arrives or whatever is typed, only documented errors escape.

Qt-free (runs in the no-Qt environment). Modest example counts, no deadline: a few seconds.
"""

from __future__ import annotations

import contextlib
import json
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api.errors import InvalidRequestError, OpenRouterError
from app.api.events import Finished, StreamEvent, TextDelta, UsageReport, Waiting
from app.api.parsing import StreamParser
from app.api.requests import ChatRequest, build_chat_body
from app.api.sse import Comment, Event, SSEDecoder
from app.core.messages import ChatMessage
from app.core.params import (
    PARAM_SPECS,
    ParameterError,
    ProviderRouting,
    SamplingParams,
    parse_schema_format,
)

PROPS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)

# -- building wire streams --------------------------------------------------------------------

# Any text a model may send: every plane, combining marks, RTL, emoji; no lone surrogates
# (they cannot be UTF-8 encoded, so no server can send them).
TEXT = st.text(st.characters(codec="utf-8"), min_size=1, max_size=40)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])


def content_event(text: str, *, space: bool = True) -> list[str]:
    chunk = {
        "id": "gen-1",
        "model": "m/x",
        "provider": "P",
        "choices": [{"delta": {"content": text}}],
    }
    return [("data: " if space else "data:") + json.dumps(chunk, ensure_ascii=False)]


def split_content_event(text: str) -> list[str]:
    """One event whose JSON is spread over two ``data:`` lines (joined with a newline)."""
    chunk = json.dumps({"choices": [{"delta": {"content": text}}]}, ensure_ascii=False)
    head, tail = chunk.split('"choices":', 1)
    return [f'data: {head}"choices":', f"data: {tail}"]


@st.composite
def junk_block(draw: st.DrawFn) -> list[str]:
    """Blocks a tolerant client must skip: comments (OpenRouter's keep-alives, or anything),
    fields that are not data, lines without a colon, events without data."""
    kind = draw(st.sampled_from(["comment", "id", "retry", "event", "nocolon", "unknown"]))
    value = draw(
        st.text(alphabet=st.characters(codec="utf-8", blacklist_characters="\r\n"), max_size=30)
    )
    line = {
        "comment": f":{value}",
        "id": f"id: {value}",
        "retry": f"retry: {value}",
        "event": f"event: {value}",
        "nocolon": "x" + value.replace(":", ""),
        "unknown": f"x-field: {value}",
    }[kind]
    return [line]


@st.composite
def wire_stream(draw: st.DrawFn) -> tuple[bytes, list[str]]:
    """A valid stream with interleaved junk; returns (bytes, the content texts in order)."""
    ending = draw(ENDINGS)
    texts: list[str] = []
    blocks: list[list[str]] = []
    for _ in range(draw(st.integers(0, 8))):
        for _ in range(draw(st.integers(0, 2))):
            blocks.append(draw(junk_block()))
        text = draw(TEXT)
        texts.append(text)
        shape = draw(st.sampled_from(["space", "nospace", "split"]))
        if shape == "split":
            blocks.append(split_content_event(text))
        else:
            blocks.append(content_event(text, space=shape == "space"))
    finish = {"choices": [{"delta": {"content": ""}, "finish_reason": "stop"}]}
    blocks.append([f"data: {json.dumps(finish)}"])
    blocks.append(["data: [DONE]"])
    wire = "".join(ending.join(lines) + ending + ending for lines in blocks)
    # Invalid UTF-8 inside a comment must not disturb anything.
    raw = wire.encode("utf-8")
    if draw(st.booleans()):
        raw = b": \xff\xfe\xc3 broken\n\n".replace(b"\n", ending.encode()) + raw
    return raw, texts


@st.composite
def cuts(draw: st.DrawFn, data: bytes) -> list[bytes]:
    """``data`` cut at arbitrary points (including mid-UTF-8 and between \\r and \\n)."""
    points = sorted(draw(st.lists(st.integers(0, len(data)), max_size=20)))
    pieces = []
    last = 0
    for point in points:
        pieces.append(data[last:point])
        last = point
    pieces.append(data[last:])
    return [p for p in pieces if p]  # see test_an_empty_read_… for empty reads


def parse_all(pieces: list[bytes]) -> tuple[list[StreamEvent], StreamParser]:
    parser = StreamParser()
    events: list[StreamEvent] = []
    for piece in pieces:
        events.extend(parser.feed(piece))
        if parser.error is not None or parser.done:
            break
    if not parser.done:
        events.extend(parser.close())
    return events, parser


# -- SSEDecoder ----------------------------------------------------------------------------------


@PROPS
@given(st.data())
def test_decoder_gives_the_same_items_for_any_split(data: st.DataObject) -> None:
    raw, _ = data.draw(wire_stream())
    whole = SSEDecoder().feed(raw)
    decoder = SSEDecoder()
    split: list[Comment | Event] = []
    for piece in data.draw(cuts(raw)):
        split.extend(decoder.feed(piece))
    assert split == whole


@PROPS
@given(st.binary(max_size=2000), st.lists(st.integers(0, 2000), max_size=10))
def test_decoder_never_raises_on_arbitrary_bytes(raw: bytes, points: list[int]) -> None:
    decoder = SSEDecoder()
    last = 0
    for point in [*sorted(p for p in points if p <= len(raw)), len(raw)]:
        for item in decoder.feed(raw[last:point]):
            assert isinstance(item, Comment | Event)
        last = point


def test_decoder_handles_a_huge_line_cut_in_many_reads() -> None:
    big = "é" * 300_000  # 600 KB of two-byte characters, cut mid-character below
    raw = f"data: {big}\r\n\r\n".encode()
    decoder = SSEDecoder()
    out: list[Comment | Event] = []
    for start in range(0, len(raw), 8191):
        out.extend(decoder.feed(raw[start : start + 8191]))
    assert out == [Event(big)]


def test_an_empty_read_between_cr_and_lf_changes_nothing() -> None:
    raw = "".join(line + "\r\n" for line in split_content_event("hi")).encode() + b"\r\n"
    cut = raw.index(b"\r\n") + 1
    decoder = SSEDecoder()
    items = decoder.feed(raw[:cut]) + decoder.feed(b"") + decoder.feed(raw[cut:])
    assert items == SSEDecoder().feed(raw)


# -- StreamParser ------------------------------------------------------------------------------


@PROPS
@given(st.data())
def test_parser_text_reassembles_identically_for_any_split(data: st.DataObject) -> None:
    raw, texts = data.draw(wire_stream())
    whole, whole_parser = parse_all([raw])
    split, split_parser = parse_all(data.draw(cuts(raw)))
    assert split == whole
    assert whole_parser.error is None and split_parser.error is None
    assert "".join(e.text for e in split if isinstance(e, TextDelta)) == "".join(texts)
    assert [e.text for e in split if isinstance(e, TextDelta)] == [t for t in texts if t]
    assert isinstance(split[-1], Finished) and split[-1].finish_reason == "stop"
    comments = sum(1 for e in split if isinstance(e, Waiting))
    assert comments == len(SSEDecoder().feed(raw)) - sum(
        1 for i in SSEDecoder().feed(raw) if isinstance(i, Event)
    )


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
CHUNKISH = st.fixed_dictionaries(
    {},
    optional={
        "id": JSONISH,
        "model": JSONISH,
        "provider": JSONISH,
        "choices": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "delta": st.fixed_dictionaries(
                        {},
                        optional={
                            "content": JSONISH,
                            "reasoning": JSONISH,
                            "reasoning_details": JSONISH,
                            "tool_calls": JSONISH,
                        },
                    )
                    | JSONISH,
                    "finish_reason": st.sampled_from(["stop", "length", "error", None, ""])
                    | JSONISH,
                    "native_finish_reason": JSONISH,
                },
            )
            | JSONISH,
            max_size=2,
        )
        | JSONISH,
        "usage": st.fixed_dictionaries(
            {},
            optional={
                "prompt_tokens": JSONISH,
                "completion_tokens": JSONISH,
                "cost": JSONISH | st.sampled_from(["NaN", "-1", "1e999999", "0.0001"]),
                "prompt_tokens_details": JSONISH,
                "completion_tokens_details": JSONISH,
            },
        )
        | JSONISH,
        "error": JSONISH,
    },
)


@st.composite
def hostile_stream(draw: st.DrawFn) -> bytes:
    """Anything a broken or hostile server could send: random JSON shapes, non-JSON data,
    invalid UTF-8, huge lines, stray [DONE]s, raw bytes."""
    parts: list[bytes] = []
    for _ in range(draw(st.integers(0, 10))):
        kind = draw(
            st.sampled_from(["chunk", "json", "text", "bytes", "done", "comment", "huge", "blank"])
        )
        if kind == "chunk":
            payload = json.dumps(draw(CHUNKISH), ensure_ascii=draw(st.booleans())).encode()
            parts.append(b"data: " + payload + b"\n\n")
        elif kind == "json":
            parts.append(b"data: " + json.dumps(draw(JSONISH)).encode() + b"\n\n")
        elif kind == "text":
            parts.append(b"data: " + draw(st.text(max_size=50)).encode() + b"\n\n")
        elif kind == "bytes":
            parts.append(draw(st.binary(max_size=200)))
        elif kind == "done":
            parts.append(b"data: [DONE]\n\n")
        elif kind == "comment":
            parts.append(b":" + draw(st.binary(max_size=50)).replace(b"\n", b"") + b"\n")
        elif kind == "huge":
            size = draw(st.sampled_from([70_000, 1_000_000]))
            body = json.dumps({"choices": [{"delta": {"content": "x" * size}}]}).encode()
            parts.append(b"data: " + body + b"\n\n")
        else:
            parts.append(draw(st.sampled_from([b"\n", b"\r", b"\r\n"])))
    return b"".join(parts)


@PROPS
@given(st.data())
def test_parser_lets_only_documented_errors_escape(data: st.DataObject) -> None:
    raw = data.draw(hostile_stream())
    parser = StreamParser()
    try:
        for piece in data.draw(cuts(raw)):
            for event in parser.feed(piece):
                if isinstance(event, TextDelta):
                    assert isinstance(event.text, str) and event.text
                if isinstance(event, UsageReport):
                    cost = event.usage.cost
                    assert cost is None or (cost.is_finite() and cost >= 0)
            if parser.error is not None:
                assert isinstance(parser.error, OpenRouterError)
                assert parser.error.user_message and "Traceback" not in parser.error.user_message
                break
        parser.close()
    except OpenRouterError as error:
        assert error.user_message
    # Once finished or failed, further bytes are ignored instead of crashing.
    assert parser.feed(b"data: {}\n\n") == [] or not parser.done


def test_deeply_nested_json_is_a_documented_error() -> None:
    parser = StreamParser()
    with contextlib.suppress(OpenRouterError):
        parser.feed(b"data: " + b"[" * 100_000 + b"\n\n")
    assert parser.error is None or isinstance(parser.error, OpenRouterError)


# -- build_chat_body ---------------------------------------------------------------------------

NUMBERISH = (
    st.none()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.floats(-3, 3)
    | st.integers()
    | st.integers(-5, 1100)
    | st.booleans()
)
FINITE_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**60), 2**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
RESPONSE_FORMATS = (
    st.none()
    | st.fixed_dictionaries(
        {"type": st.sampled_from(["text", "json_object", "json_schema", "xml"])}
    )
    | st.fixed_dictionaries(
        {
            "type": st.just("json_schema"),
            "json_schema": st.fixed_dictionaries(
                {
                    "name": st.text(max_size=70)
                    | st.from_regex(r"[a-zA-Z0-9_-]{1,64}", fullmatch=True),
                    "schema": st.dictionaries(st.text(max_size=6), FINITE_JSON, max_size=3)
                    | FINITE_JSON,
                    "strict": st.booleans(),
                }
            ),
        }
    )
    | FINITE_JSON
)
STOPS = (
    st.none()
    | st.lists(st.text(max_size=10), max_size=6).map(tuple)
    | st.lists(st.text(max_size=10), max_size=6)
    | st.text(max_size=5)
)
NAMES = st.lists(st.text(max_size=12), max_size=3).map(tuple)


@st.composite
def sampling_params(draw: st.DrawFn) -> SamplingParams:
    values: dict[str, Any] = {}
    for spec in PARAM_SPECS:
        if spec.kind in ("float", "int"):
            values[spec.name] = draw(NUMBERISH)
        elif spec.kind == "stop":
            values[spec.name] = draw(STOPS)
        else:
            values[spec.name] = draw(RESPONSE_FORMATS)
    return SamplingParams(**values)


ROUTINGS = st.none() | st.builds(
    ProviderRouting,
    require_parameters=st.none() | st.booleans(),
    allow_fallbacks=st.none() | st.booleans(),
    sort=st.sampled_from([None, "price", "throughput", "latency", "fastest", ""]),
    data_collection=st.sampled_from([None, "allow", "deny", "maybe"]),
    order=NAMES,
    only=NAMES,
    ignore=NAMES,
)


def strict_encode(body: dict[str, Any]) -> bytes:
    """What httpx does with ``json=``: no NaN/Infinity, UTF-8."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


@PROPS
@given(
    sampling_params(),
    ROUTINGS,
    st.text(max_size=20),
    st.lists(st.text(max_size=30), max_size=3),
    st.booleans(),
)
def test_build_chat_body_raises_only_invalid_request_and_sends_exactly_what_is_set(
    params: SamplingParams,
    routing: ProviderRouting | None,
    model: str,
    texts: list[str],
    stream: bool,
) -> None:
    messages = tuple(ChatMessage("user", t) for t in texts)
    try:
        body = build_chat_body(ChatRequest(model, messages, params, routing), stream=stream)
    except InvalidRequestError as error:
        assert error.user_message and "Traceback" not in error.user_message
        return
    assert json.loads(strict_encode(body)) == body
    set_params = {f for f in params.to_dict()}
    expected_keys = {"model", "messages", "stream"} | set_params
    if routing is not None and routing.to_dict():
        expected_keys.add("provider")
        assert body["provider"] == routing.to_dict()
    assert set(body) == expected_keys
    assert body["stream"] is stream and body["model"] == model
    assert [m["content"] for m in body["messages"]] == texts
    for name in set_params:
        value = getattr(params, name)
        sent = body[name]
        if name == "stop":
            assert sent == list(value)
        elif isinstance(value, float):
            assert math.isfinite(sent) and sent == value
        else:
            assert sent == value
    # The body is detached: changing it does not change the request's parameters.
    if "response_format" in body:
        body["response_format"]["mutated"] = True
        assert "mutated" not in (params.response_format or {})


def test_a_schema_with_nan_is_refused_before_sending() -> None:
    try:
        fmt = parse_schema_format("answer", '{"type": "number", "maximum": NaN}')
    except ParameterError:
        return  # refused where it was typed: fixed
    request = ChatRequest("m/x", (ChatMessage("user", "hi"),), SamplingParams(response_format=fmt))
    try:
        body = build_chat_body(request, stream=True)
    except InvalidRequestError:
        return
    strict_encode(body)


# -- importing a conversation file -------------------------------------------------------------

# JSON-ish leaves an import may meet: any text (lone surrogates included), numbers of any size
# and kind, and the names our format uses.
IMPORT_LEAF = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["system", "user", "assistant", "developer", "tool", "text", "NaN"])
)
IMPORT_KEYS = st.sampled_from(
    [
        "role",
        "content",
        "messages",
        "settings",
        "params",
        "title",
        "model",
        "format",
        "version",
        "temperature",
        "seed",
        "stop",
        "response_format",
        "type",
        "text",
    ]
) | st.text(max_size=8)
IMPORT_JSON = st.recursive(
    IMPORT_LEAF,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(IMPORT_KEYS, inner, max_size=6),
    max_leaves=30,
)


IMPORT_MESSAGE = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["system", "user", "assistant", "developer"]),
        "content": st.text(max_size=20) | IMPORT_JSON,
    }
)
IMPORT_CONVERSATION = st.fixed_dictionaries(
    {
        "messages": st.lists(IMPORT_MESSAGE, min_size=1, max_size=6),
        "settings": st.fixed_dictionaries(
            {"params": st.dictionaries(st.sampled_from([s.name for s in PARAM_SPECS]), IMPORT_JSON)}
        ),
        "title": IMPORT_LEAF,
    }
)


def _import_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=True)  # NaN and Infinity written as Python does


@PROPS
@given(IMPORT_JSON | IMPORT_CONVERSATION)
def test_an_import_raises_only_the_plain_refusal_and_keeps_only_sendable_values(
    value: Any,
) -> None:
    from app.core.export import ImportFormatError, parse_conversation

    for raw in (_import_text(value).encode(), _import_text({"messages": value}).encode()):
        try:
            imported = parse_conversation(raw)
        except ImportFormatError as error:
            assert error.user_message.startswith("This file is not a conversation")
            continue
        imported.settings.params.validate()  # whatever was kept can be sent
        for text in (imported.title, imported.settings.system_prompt, imported.settings.model):
            text.encode("utf-8")
        for message in imported.messages:
            assert message.role in ("user", "assistant")
            message.content.encode("utf-8")


@PROPS
@given(st.binary(max_size=200))
def test_an_import_of_any_bytes_is_a_conversation_or_a_plain_refusal(raw: bytes) -> None:
    from app.core.export import ImportFormatError, parse_conversation

    with contextlib.suppress(ImportFormatError):
        parse_conversation(raw)
