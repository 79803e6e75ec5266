"""SSE decoding: any byte split, every line ending, comments never parsed as data."""

from __future__ import annotations

import pytest

from app.api.sse import Comment, Event, SSEDecoder

WIRE = (
    ": OPENROUTER PROCESSING\n\n"
    ": OPENROUTER PROCESSING\n\n"
    'data: {"text": "héllo 世界 🎉"}\n\n'
    "event: ignored-name\nid: 7\nretry: 100\n"
    'data:{"no_space": true}\n\n'
    "data: line one\ndata: line two\n\n"
    "data: [DONE]\n\n"
)


def decode(chunks: list[bytes]) -> list[Comment | Event]:
    decoder = SSEDecoder()
    out: list[Comment | Event] = []
    for chunk in chunks:
        out.extend(decoder.feed(chunk))
    return out


def expected() -> list[Comment | Event]:
    return [
        Comment("OPENROUTER PROCESSING"),
        Comment("OPENROUTER PROCESSING"),
        Event('{"text": "héllo 世界 🎉"}'),
        Event('{"no_space": true}', "ignored-name"),
        Event("line one\nline two"),
        Event("[DONE]"),
    ]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_every_line_ending_gives_the_same_events(ending: str) -> None:
    wire = WIRE.replace("\n", ending).encode()
    assert decode([wire]) == expected()


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_one_byte_reads_give_the_same_events(ending: str) -> None:
    wire = WIRE.replace("\n", ending).encode()
    assert decode([wire[i : i + 1] for i in range(len(wire))]) == expected()


def test_every_single_split_point_gives_the_same_events() -> None:
    wire = WIRE.replace("\n", "\r\n").encode()
    for cut in range(1, len(wire)):
        assert decode([wire[:cut], wire[cut:]]) == expected(), f"split at byte {cut}"


def test_a_comment_is_not_data_even_when_it_looks_like_json() -> None:
    events = decode([b': {"choices": []}\n\ndata: {"a": 1}\n\n'])
    assert events == [Comment('{"choices": []}'), Event('{"a": 1}')]


def test_unfinished_event_is_not_dispatched() -> None:
    assert decode([b'data: {"partial": ']) == []
