"""The stream parser's fast path for text-only chunks (app/api/content_template.py) gives
exactly the events, errors and state of the general path (every chunk through json.loads),
on tricky streams, whole and cut into reads."""

from __future__ import annotations

import json
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api import parsing
from app.api.content_template import learn, text_only
from app.api.errors import ProviderError
from app.api.events import StreamEvent, TextDelta
from app.api.parsing import StreamParser
from app.api.sse import SSEDecoder

PROPS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
DONE = "[DONE]"
Outcome = tuple[list[StreamEvent], str | None, tuple[object, ...]]


def chunk(content: object = "", *, finish: str | None = None, **extra: Any) -> dict[str, Any]:
    """A chunk as OpenRouter writes it (the fake server's shape)."""
    delta: dict[str, Any] = {"role": "assistant", "content": content}
    return {
        "id": "gen-1",
        "provider": "P",
        "model": "m/x",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "choices": [
            {
                "index": 0,
                "delta": delta,
                "finish_reason": finish,
                "native_finish_reason": None,
                "logprobs": None,
            }
        ],
        **extra,
    }


def dump(obj: object, *, ascii_only: bool = False) -> str:
    return json.dumps(obj, ensure_ascii=ascii_only, separators=(",", ":"))


def wire(payloads: list[str], ending: str = "\n") -> bytes:
    """``data:`` events (a payload starting with ":" is a comment line), as bytes."""
    lines = [p if p.startswith(":") else f"data: {p}" for p in payloads]
    return "".join(line + ending + ending for line in lines).encode("utf-8", "surrogatepass")


def texts(*pieces: str, ascii_only: bool = False) -> list[str]:
    return [dump(chunk(p), ascii_only=ascii_only) for p in pieces]


def run(pieces: list[bytes], *, fast: bool) -> Outcome:
    with mock.patch.object(parsing, "MAX_LEARNING", parsing.MAX_LEARNING if fast else 0):
        parser = StreamParser()
    events: list[StreamEvent] = []
    error: str | None = None
    for piece in pieces:
        events.extend(parser.feed(piece))
        if parser.error is not None or parser.done:
            break
    else:
        try:
            events.extend(parser.close())
        except Exception as exc:  # the outcome being compared, whatever it is
            error = repr(exc)
    if parser.error is not None:
        error = f"{type(parser.error).__name__}: {parser.error} {vars(parser.error)}"
    state = (
        parser.done,
        parser.finish_reason,
        parser.native_finish_reason,
        parser.generation_id,
        parser.model,
        parser.provider,
    )
    return events, error, state


def cut(raw: bytes, size: int) -> list[bytes]:
    return [raw[i : i + size] for i in range(0, len(raw), size)] or [b""]


def assert_same(raw: bytes) -> Outcome:
    """Fast and general paths agree on ``raw``, whole and cut at every size up to 7 bytes."""
    expected = run([raw], fast=False)
    for size in (len(raw) or 1, 1, 2, 3, 7, 64):
        assert run(cut(raw, size), fast=True) == expected, f"reads of {size} bytes"
    return expected


STREAMS: dict[str, list[str]] = {
    "escapes": [
        *texts('say "hi"', "back\\slash", "line\nbreak\ttab", "a/b", "\u2028\u2029", "\x7f"),
        *texts("é", "snow ☃", 'q"uote', ascii_only=True),
        dump(chunk(finish="stop")),
        DONE,
    ],
    "unicode": [
        *texts("😀", "漢字", "שלום", "e\u0301", "\U0010ffff", "x" * 5000),
        dump(chunk(finish="stop")),
        DONE,
    ],
    "surrogates": [
        *texts("a", "😀", "b", ascii_only=True),
        *texts("\ud83d", "\ude00", "lone \ude00 low", "\ud83d", "x", ascii_only=True),
        *texts("end \ud83d", ascii_only=True),
        DONE,  # a high surrogate still waiting at the end: U+FFFD
    ],
    "extra fields": [
        *texts("one", "two"),
        dump(chunk("")),
        dump(chunk("fingerprint", system_fingerprint="fp_1")),
        dump({**chunk("other id"), "id": "gen-2"}),
        dump(chunk({"not": "text"})),
        dump(chunk(None)),
        dump(chunk("")),
        *texts("three"),
        dump({"choices": [{"delta": {"content": "bare"}}]}),
        dump(chunk(finish="stop")),
        DONE,
    ],
    "usage": [
        *texts("one", "two"),
        dump(chunk("with usage", usage={"prompt_tokens": 3, "completion_tokens": 2})),
        dump(chunk(finish="stop")),
        dump({**chunk(), "choices": [], "usage": {"prompt_tokens": 9, "cost": 0.5}}),
        DONE,
    ],
    "reasoning": [
        dump({**chunk(), "choices": [{"delta": {"reasoning": "think "}}]}),
        *texts("answer "),
        dump({**chunk(), "choices": [{"delta": {"content": "and", "reasoning": "more"}}]}),
        dump(
            {
                **chunk(),
                "choices": [
                    {
                        "delta": {
                            "content": "",
                            "reasoning_details": [{"type": "reasoning.text", "text": "t"}],
                        }
                    }
                ],
            }
        ),
        *texts("text"),
        dump(chunk(finish="stop")),
        DONE,
    ],
    "error mid-stream": [
        *texts("partial ", "answer"),
        dump(chunk("last", error={"code": 502, "message": "Upstream disconnected"})),
        *texts("never shown"),
        DONE,
    ],
    "finish error": [
        *texts("partial"),
        dump(chunk("x", finish="error")),
        DONE,
    ],
    "finish then more text": [
        *texts("a"),
        dump(chunk("b", finish="length")),
        *texts("after"),
    ],
    "tools and annotations": [
        *texts("a"),
        dump(
            {
                **chunk(),
                "choices": [
                    {
                        "delta": {
                            "content": "",
                            "tool_calls": [{"index": 0, "function": {"name": "f"}}],
                        }
                    }
                ],
            }
        ),
        *texts("b"),
        dump(
            {
                **chunk(),
                "choices": [
                    {
                        "delta": {"content": "c"},
                        "annotations": [
                            {
                                "type": "url_citation",
                                "url_citation": {"url": "https://example.com", "title": "E"},
                            }
                        ],
                    }
                ],
            }
        ),
        dump(chunk(finish="tool_calls")),
        DONE,
    ],
    "comments and done variants": [
        ": OPENROUTER PROCESSING",
        *texts("a"),
        ": OPENROUTER PROCESSING",
        *texts("b"),
        " [DONE] ",
        *texts("after done"),
    ],
    "no done, finish reason": [*texts("a", "b"), dump(chunk(finish="stop"))],
    "truncated": [*texts("a", "b")],
    "duplicate content keys": [
        *texts("a"),
        dump(chunk("b")).replace('"content":"b"', '"content":"b","content":"c"'),
        '{"choices":[{"delta":{"content":"hidden"}}],"choices":[{"delta":{"content" : "shown"}}]}',
        '{"note":{"content":"decoy"},"choices":[{"delta":{"content" :"real"}}]}',
        '{"choices":[{"delta":{"content":"same"}}],"choices":[{"delta":{"content" : "same"}}]}',
        '{"choices":[{"delta":{"content":"other"}}],"choices":[{"delta":{"content" : "same"}}]}',
        '{"note":{"content":"same"},"choices":[{"delta":{"content" :"same"}}]}',
        '{"note":{"content":"other"},"choices":[{"delta":{"content" :"same"}}]}',
        *texts('"content":"inside'),
        DONE,
    ],
}


@pytest.mark.parametrize("name", sorted(STREAMS))
@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_fast_path_matches_the_general_path(name: str, ending: str) -> None:
    assert_same(wire(STREAMS[name], ending))


BROKEN = {  # after the template is learned: the prefix matches, the rest is not valid JSON
    "raw control character": '"a\x01b"',
    "unterminated string": '"abc',
    "bad escape": '"a\\xb"',
    "short unicode escape": '"\\u12"',
    "garbage after": '"abc"}]}x',
    "trailing comma": '"abc"},]}',
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_json_after_the_template_fails_as_before(name: str) -> None:
    template = dump(chunk("a"))
    prefix = template[: template.index('"content":') + len('"content":')]
    suffix = template[template.index('"a"') + len('"a"') :]
    literal = BROKEN[name]
    payload = prefix + literal + ("" if literal.endswith(("}", "x")) else suffix)
    events, error, _ = assert_same(wire([*texts("one", "two"), payload, *texts("three")]))
    assert error is not None and error.startswith("ProviderError")
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["one", "two"]


def test_trailing_whitespace_and_nan_take_the_general_path() -> None:
    nan_chunk = dump(chunk("n")).replace("1700000000", "NaN")
    raw = wire([*texts("a"), dump(chunk("b")) + "  ", nan_chunk, nan_chunk, *texts("c"), DONE])
    events, error, _ = assert_same(raw)
    assert error is None
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["a", "b", "n", "n", "c"]


def test_deep_nesting_is_still_not_json() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    _, error, _ = assert_same(wire([*texts("a", "b"), deep]))
    assert error is not None and "not JSON" in error


def test_the_fast_path_is_taken_for_a_plain_answer() -> None:
    """Not vacuous: 200 text chunks need only a few json.loads calls."""
    raw = wire([*texts(*(f"w{i} " for i in range(200))), dump(chunk(finish="stop")), DONE])
    loads = mock.Mock(wraps=json.loads)
    with mock.patch.object(parsing.json, "loads", loads):
        events, error, _ = run([raw], fast=True)
    assert error is None and len(events) == 1 + 200 + 1  # Served, the texts, Finished
    assert loads.call_count <= 5


def test_learn_refuses_a_literal_it_cannot_place() -> None:
    two = '{"choices":[{"delta":{"content":"a","content":"b"}}]}'
    assert learn(two, json.loads(two)) is None  # two literals: which one counts is not checked
    decoy = '{"x":{"content":"a"},"choices":[{"delta":{"content" : "a"}}]}'
    assert learn(decoy, json.loads(decoy)) is None  # the one literal belongs to another field
    plain = dump(chunk("a"))
    template = learn(plain, json.loads(plain))
    assert template is not None
    assert template.content(dump(chunk('b"\\é'))) == 'b"\\é'
    assert template.content(dump(chunk("b", usage={}))) is None
    assert template.content(dump(chunk(7))) is None


@pytest.mark.parametrize(
    "changed",
    [
        {"usage": {"prompt_tokens": 1}},
        {"error": None},
    ],
)
def test_text_only_is_false_for_chunks_that_do_more(changed: dict[str, Any]) -> None:
    assert text_only(chunk("a"))
    assert not text_only({**chunk("a"), **changed})
    assert not text_only(chunk("a", finish="stop"))
    assert not text_only(chunk(None))


PIECES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\ud83d", "\ude00", "\ud83d\ude00", '"', "\\", "\n", "\x00", "é"]),
)


@PROPS
@given(
    st.lists(PIECES, max_size=12),
    st.booleans(),
    st.sampled_from(["\n", "\r\n", "\r"]),
    st.lists(st.integers(1, 400), min_size=1, max_size=8),
)
def test_any_texts_any_reads_give_the_same_events(
    pieces: list[str], ascii_only: bool, ending: str, sizes: list[int]
) -> None:
    payloads = [dump(chunk(p), ascii_only=ascii_only) for p in pieces]
    raw = wire([*payloads, dump(chunk(finish="stop")), DONE], ending)
    reads, start = [], 0
    for size in sizes * (len(raw) // sum(sizes) + 1):
        reads.append(raw[start : start + size])
        start += size
    reads = [r for r in reads if r]
    assert run(reads, fast=True) == run([raw], fast=False)


def test_an_error_object_is_a_provider_error_on_both_paths() -> None:
    raw = wire([*texts("a", "b"), dump(chunk("c", error={"message": "boom", "code": 500}))])
    events, error, _ = assert_same(raw)
    assert error is not None and error.startswith(ProviderError.__name__)
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["a", "b", "c"]


SSE_PIECES = st.lists(
    st.sampled_from(
        [
            *(b"data: {}\n\n", b"data: x\n", b"\n", b"data:y\n\n", b": c\n\n", b"event: e\n"),
            *(b"\r", b"data: \xff\xc3\n\n", b"data: a\r\n\r\n", b"data: a\nb\n\n", b"da"),
            b"ta: z\n\n",
        ]
    ),
    max_size=20,
)


@PROPS
@given(SSE_PIECES)
def test_one_event_is_what_feed_raw_would_give(pieces: list[bytes]) -> None:
    """SSEDecoder.one_event (the usual read, whole) agrees with feed_raw, state included."""
    plain, quick = SSEDecoder(), SSEDecoder()
    for piece in pieces:
        single = quick.one_event(piece)
        got = quick.feed_raw(piece) if single is None else [single]
        assert got == plain.feed_raw(piece)
    assert quick.feed_raw(b"\n\n") == plain.feed_raw(b"\n\n")  # nothing left pending differs


def test_one_event_takes_only_a_whole_plain_event() -> None:
    decoder = SSEDecoder()
    assert decoder.one_event(b'data: {"a":1}\n\n') == ('{"a":1}', "message")
    for other in (b"data: a\r\n\r\n", b"data: a\n", b"data:a\n\n", b"data: a\nb\n\n", b": c\n\n"):
        assert decoder.one_event(other) is None
    decoder.feed_raw(b"event: e\n")
    assert decoder.one_event(b"data: a\n\n") is None  # a named event is pending


def test_a_deeply_nested_chunk_is_never_learned() -> None:
    """json.loads's depth limit depends on the caller's stack; a template would not have one,
    so such chunks always take the general path (and its judgement)."""
    from app.api.content_template import learn

    nested = "[" * 100 + "]" * 100
    data = '{"x":' + nested + ',"choices":[{"delta":{"content":"a"}}]}'
    assert learn(data, json.loads(data)) is None
    plain = '{"x":[1],"choices":[{"delta":{"content":"a"}}]}'
    assert learn(plain, json.loads(plain)) is not None
