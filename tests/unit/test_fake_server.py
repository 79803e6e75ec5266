"""The fake OpenRouter server speaks the real wire protocol, byte for byte where it matters."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from tests.fakes.fake_openrouter import VALID_KEY, WIZARD, FakeOpenRouter, Scenario

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": f"Bearer {VALID_KEY}"}
PROMPT = "Say hello to the whole test suite please"  # 8 words -> 10 prompt tokens
BODY: dict[str, Any] = {
    "model": WIZARD["id"],
    "messages": [{"role": "user", "content": PROMPT}],
    "stream": True,
}
COMMENT = ": OPENROUTER PROCESSING"


# -- helpers ------------------------------------------------------------------------------------


@pytest.fixture
def fake() -> Any:
    with FakeOpenRouter() as server:
        yield server
    assert server.errors == []


@pytest.fixture
def client(fake: FakeOpenRouter) -> Any:
    with httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=5) as c:
        yield c


def parse_sse(raw: bytes) -> tuple[list[str], list[Any]]:
    """A small spec-following SSE parser: (comment lines, data payloads as JSON or "[DONE]")."""
    comments: list[str] = []
    payloads: list[Any] = []
    data: list[str] = []
    for line in re.split(r"\r\n|\r|\n", raw.decode("utf-8")):
        if line.startswith(":"):
            comments.append(line)
        elif line.startswith("data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(" ") else value)
        elif line == "" and data:
            text = "\n".join(data)
            payloads.append(text if text == "[DONE]" else json.loads(text))
            data = []
    assert data == [], "stream ended inside an event"
    return comments, payloads


def stream(
    client: httpx.Client, body: dict[str, Any] | None = None
) -> tuple[httpx.Response, bytes]:
    with client.stream("POST", "/chat/completions", json=body or BODY) as response:
        raw = response.read()
    return response, raw


def content_of(payloads: list[Any]) -> str:
    return "".join(
        p["choices"][0]["delta"].get("content") or ""
        for p in payloads
        if isinstance(p, dict) and p.get("choices")
    )


def expected_usage_cost(prompt_tokens: int, completion_tokens: int) -> float:
    return (prompt_tokens + completion_tokens) * 0.00000062


# -- streaming wire format ----------------------------------------------------------------------


def test_default_stream_wire_format(fake: FakeOpenRouter, client: httpx.Client) -> None:
    response, raw = stream(client)

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream"
    assert response.headers["cache-control"] == "no-cache"
    assert response.headers["transfer-encoding"] == "chunked"
    gen_id = response.headers["x-generation-id"]
    assert re.fullmatch(r"gen-\d+-[A-Za-z0-9]{20}", gen_id)

    comments, payloads = parse_sse(raw)
    assert comments == []
    assert payloads[-1] == "[DONE]"
    chunks = payloads[:-1]
    for chunk in chunks:
        assert chunk["id"] == gen_id
        assert chunk["object"] == "chat.completion.chunk"
        assert chunk["model"] == WIZARD["id"]
        assert chunk["provider"] == "FakeProvider"
        assert isinstance(chunk["created"], int)

    first, *content, finish, usage = chunks
    assert first["choices"] == [
        {
            "index": 0,
            "delta": {"role": "assistant", "content": ""},
            "finish_reason": None,
            "native_finish_reason": None,
            "logprobs": None,
        }
    ]
    pieces = [c["choices"][0]["delta"]["content"] for c in content]
    assert pieces == ["Hello", " from", " the", " fake", " model."]
    assert all(c["choices"][0]["delta"]["role"] == "assistant" for c in content)
    assert all(c["choices"][0]["finish_reason"] is None for c in content)
    assert finish["choices"][0]["delta"]["content"] == ""
    assert finish["choices"][0]["finish_reason"] == "stop"
    assert finish["choices"][0]["native_finish_reason"] == "stop"

    assert usage["choices"] == []
    assert usage["usage"]["prompt_tokens"] == 10
    assert usage["usage"]["completion_tokens"] == 5
    assert usage["usage"]["total_tokens"] == 15
    assert usage["usage"]["cost"] == pytest.approx(expected_usage_cost(10, 5))
    assert usage["usage"]["is_byok"] is False
    assert usage["usage"]["prompt_tokens_details"] == {"cached_tokens": 0}
    assert usage["usage"]["completion_tokens_details"] == {"reasoning_tokens": 0}
    assert "cost_details" in usage["usage"]

    # compact JSON like the real captures, UTF-8 on the wire, nothing after [DONE]
    assert b'"object":"chat.completion.chunk"' in raw
    assert raw.endswith(b"data: [DONE]\n\n")

    generation = fake.generations[gen_id]
    assert generation["total_cost"] == usage["usage"]["cost"]
    assert generation["streamed"] is True
    assert generation["cancelled"] is False
    assert generation["finish_reason"] == "stop"
    assert generation["tokens_completion"] == 5
    assert fake.disconnects == 0


def test_keepalive_comments_come_first(client: httpx.Client, fake: FakeOpenRouter) -> None:
    fake.push(Scenario(keepalives=3, first_token_delay=0.15))
    started = time.monotonic()
    _, raw = stream(client)
    assert time.monotonic() - started >= 0.15
    assert raw.startswith(((COMMENT + "\n\n") * 3 + "data: ").encode())
    comments, payloads = parse_sse(raw)
    assert comments == [COMMENT] * 3
    assert content_of(payloads) == "Hello from the fake model."


def test_keepalive_interval_keeps_an_idle_timer_alive(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(first_token_delay=0.6, keepalive_interval=0.1))
    fake.push(Scenario(first_token_delay=0.6))
    timeout = httpx.Timeout(5, read=0.3)
    with httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=timeout) as client:
        _, raw = stream(client)
        comments, payloads = parse_sse(raw)
        assert len(comments) >= 4
        assert content_of(payloads) == "Hello from the fake model."

        with pytest.raises(httpx.ReadTimeout):
            stream(client)


def test_one_byte_writes_reassemble_to_identical_bytes(fake: FakeOpenRouter) -> None:
    text = "héllo 世界 🎉"
    common = {"text": text, "gen_id": "gen-1-fixed", "created": 1700000000, "keepalives": 1}
    fake.push(Scenario(**common), Scenario(**common, write_size=1))
    with httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=5) as client:
        whole: list[bytes] = []
        split: list[bytes] = []
        for target in (whole, split):
            with client.stream("POST", "/chat/completions", json=BODY) as response:
                target.extend(response.iter_raw())

    assert b"".join(split) == b"".join(whole)
    assert len(whole) < 20  # one HTTP chunk per event
    assert all(len(piece) == 1 for piece in split)  # h11 keeps HTTP chunk boundaries
    assert any(0x80 <= piece[0] <= 0xBF for piece in split)  # UTF-8 continuation bytes alone
    assert text.encode("utf-8") not in b"".join(split)  # pieces are split into tokens...
    _, payloads = parse_sse(b"".join(split))
    assert content_of(payloads) == text  # ...but reassemble exactly


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_line_endings_on_the_wire(client: httpx.Client, fake: FakeOpenRouter, ending: str) -> None:
    fake.push(Scenario(line_ending=ending, keepalives=1))
    _, raw = stream(client)
    le = ending.encode()
    assert raw.startswith(COMMENT.encode() + le + le + b"data: {")
    assert raw.endswith(b"data: [DONE]" + le + le)
    if ending == "\r":
        assert b"\n" not in raw
    else:
        assert raw.count(b"\n") == raw.count(b"\r\n")
    _, payloads = parse_sse(raw)
    assert content_of(payloads) == "Hello from the fake model."


def test_data_field_without_space(client: httpx.Client, fake: FakeOpenRouter) -> None:
    fake.push(Scenario(data_space=False))
    _, raw = stream(client)
    assert b"data: " not in raw
    assert raw.startswith(b'data:{"id"')
    assert raw.endswith(b"data:[DONE]\n\n")


# -- the official openai client -----------------------------------------------------------------


def _openai_client(fake: FakeOpenRouter) -> openai.OpenAI:
    return openai.OpenAI(base_url=fake.base_url, api_key=VALID_KEY, max_retries=0, timeout=5)


@pytest.mark.parametrize(
    "scenario",
    [Scenario(), Scenario(keepalives=2, first_token_delay=0.1, text="Keep  alive, then talk.")],
    ids=["default", "keepalives"],
)
def test_openai_client_streams_exact_text(fake: FakeOpenRouter, scenario: Scenario) -> None:
    fake.push(scenario)
    with _openai_client(fake) as client:
        chunks = list(
            client.chat.completions.create(
                model=WIZARD["id"], messages=[{"role": "user", "content": PROMPT}], stream=True
            )
        )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == scenario.content
    assert len({c.id for c in chunks}) == 1
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == len(scenario.pieces())
    finish = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finish[-1] == "stop"
    (request,) = fake.chat_requests
    assert request.json["stream"] is True
    assert request.header("authorization") == f"Bearer {VALID_KEY}"


def test_async_openai_client_streams_exact_text(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(keepalives=1, first_token_delay=0.05, text="Async works too 🎉"))

    async def run() -> str:
        async with openai.AsyncOpenAI(
            base_url=fake.base_url, api_key=VALID_KEY, max_retries=0, timeout=5
        ) as client:
            response = await client.chat.completions.create(
                model=WIZARD["id"], messages=[{"role": "user", "content": PROMPT}], stream=True
            )
            parts = [c.choices[0].delta.content or "" async for c in response if c.choices]
            return "".join(parts)

    assert asyncio.run(run()) == "Async works too 🎉"


def test_openai_client_non_streaming(fake: FakeOpenRouter) -> None:
    with _openai_client(fake) as client:
        completion = client.chat.completions.create(
            model=WIZARD["id"], messages=[{"role": "user", "content": PROMPT}]
        )
    assert completion.choices[0].message.content == "Hello from the fake model."
    assert completion.choices[0].finish_reason == "stop"
    assert completion.model == WIZARD["id"]
    assert completion.usage is not None
    assert completion.usage.total_tokens == 15
    assert completion.id in fake.generations
    assert fake.generations[completion.id]["streamed"] is False


def test_openai_client_sees_mid_stream_error(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(mid_error="with_choices", mid_error_message="Provider melted"))
    received = []
    with _openai_client(fake) as client, pytest.raises(openai.APIError, match="Provider melted"):
        for chunk in client.chat.completions.create(
            model=WIZARD["id"], messages=[{"role": "user", "content": PROMPT}], stream=True
        ):
            received.append(chunk.choices[0].delta.content or "")
    assert "".join(received) == "Hello from"


# -- stream shape variants ----------------------------------------------------------------------


def run_scenario(client: httpx.Client, fake: FakeOpenRouter, **fields: Any) -> list[Any]:
    fake.push(Scenario(**fields))
    _, raw = stream(client)
    return parse_sse(raw)[1]


def finish_reasons(payloads: list[Any]) -> list[Any]:
    return [
        p["choices"][0]["finish_reason"]
        for p in payloads
        if isinstance(p, dict) and p.get("choices")
    ]


def test_finish_with_content_and_double_stop(client: httpx.Client, fake: FakeOpenRouter) -> None:
    payloads = run_scenario(client, fake, finish_with_content=True)
    last_content = payloads[-3]
    assert last_content["choices"][0]["delta"]["content"] == " model."
    assert last_content["choices"][0]["finish_reason"] == "stop"
    assert finish_reasons(payloads).count("stop") == 1

    payloads = run_scenario(client, fake, double_stop=True)
    assert finish_reasons(payloads).count("stop") == 2
    assert content_of(payloads) == "Hello from the fake model."


def test_usage_chunk_variants(client: httpx.Client, fake: FakeOpenRouter) -> None:
    payloads = run_scenario(client, fake, usage="dummy_choice")
    usage = payloads[-2]
    assert usage["usage"]["total_tokens"] == 15
    assert usage["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert usage["choices"][0]["finish_reason"] is None
    assert payloads[-3]["choices"][0]["finish_reason"] == "stop"

    payloads = run_scenario(client, fake, usage=None)
    assert not any("usage" in p for p in payloads if isinstance(p, dict))

    custom = {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
    payloads = run_scenario(client, fake, usage_data=custom)
    assert payloads[-2]["usage"] == custom


def test_reasoning_role_and_model_variants(client: httpx.Client, fake: FakeOpenRouter) -> None:
    payloads = run_scenario(client, fake, reasoning=["Think", "ing..."], model="x/served-model")
    assert all(p["model"] == "x/served-model" for p in payloads[:-1])
    reasoning = [p["choices"][0]["delta"] for p in payloads[1:3]]
    assert [d["reasoning"] for d in reasoning] == ["Think", "ing..."]
    assert reasoning[0]["reasoning_details"][0]["type"] == "reasoning.text"
    assert reasoning[0]["reasoning_details"][0]["text"] == "Think"
    assert payloads[3]["choices"][0]["delta"]["content"] == "Hello"

    payloads = run_scenario(client, fake, first_chunk_role=False, chunks=["A", "B"])
    deltas = [p["choices"][0]["delta"] for p in payloads if isinstance(p, dict) and p["choices"]]
    assert deltas[0] == {"content": "A"}
    assert not any("role" in d for d in deltas)


def test_error_finish_without_error_object(client: httpx.Client, fake: FakeOpenRouter) -> None:
    payloads = run_scenario(client, fake, error_finish_without_object=True)
    finish = payloads[-3]["choices"][0]
    assert finish["finish_reason"] == "error"
    assert finish["native_finish_reason"] == "MALFORMED_FUNCTION_CALL"
    assert not any("error" in p for p in payloads if isinstance(p, dict))


@pytest.mark.parametrize("shape", ["with_choices", "no_choices", "empty_choices"])
def test_mid_stream_error_shapes(client: httpx.Client, fake: FakeOpenRouter, shape: str) -> None:
    payloads = run_scenario(client, fake, mid_error=shape, mid_error_after=3, mid_error_code="x")
    assert payloads[-1] == "[DONE]"
    error_chunk = payloads[-2]
    assert error_chunk["error"]["code"] == "x"
    assert error_chunk["error"]["message"] == "Upstream provider disconnected"
    assert content_of(payloads) == "Hello from the"
    assert not any("usage" in p for p in payloads if isinstance(p, dict))
    if shape == "with_choices":
        assert error_chunk["choices"][0]["finish_reason"] == "error"
    elif shape == "no_choices":
        assert "choices" not in error_chunk
        assert error_chunk["user_id"].startswith("user_")
    else:
        assert error_chunk["choices"] == []


def test_done_and_after_done(client: httpx.Client, fake: FakeOpenRouter) -> None:
    payloads = run_scenario(client, fake, done=False)
    assert "[DONE]" not in payloads

    ghost = 'data: {"choices":[{"delta":{"content":"GHOST"}}]}\n\n'
    fake.push(Scenario(after_done=ghost))
    _, raw = stream(client)
    assert raw.endswith(b"data: [DONE]\n\n" + ghost.encode())


def test_token_delay_spaces_the_chunks(client: httpx.Client, fake: FakeOpenRouter) -> None:
    fake.push(Scenario(token_delay=0.05))
    started = time.monotonic()
    stream(client)
    assert time.monotonic() - started >= 0.05 * 6  # five content chunks and the finish chunk


# -- failures -----------------------------------------------------------------------------------

STATUSES = [400, 401, 402, 403, 404, 408, 413, 422, 429, 500, 502, 503, 524, 529]


@pytest.mark.parametrize("status", STATUSES)
def test_error_statuses_answer_json(
    client: httpx.Client, fake: FakeOpenRouter, status: int
) -> None:
    headers = {"Retry-After": "7"} if status in (429, 503) else {}
    fake.push(Scenario(status=status, headers=headers))
    response, raw = stream(client)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    error = json.loads(raw)["error"]
    assert error["code"] == status
    assert isinstance(error["message"], str)
    assert error["message"]
    assert isinstance(error["metadata"]["error_type"], str)
    if headers:
        assert response.headers["retry-after"] == "7"
    else:
        assert "retry-after" not in response.headers
    assert fake.generations == {}


def test_error_bodies_are_realistic(client: httpx.Client, fake: FakeOpenRouter) -> None:
    def error_for(**fields: Any) -> dict[str, Any]:
        fake.push(Scenario(**fields))
        return stream(client)[0].json()["error"]

    assert error_for(status=402)["message"].startswith("Insufficient credits")
    rate = error_for(status=429, headers={"Retry-After": "3"})
    assert rate["metadata"]["retry_after_seconds"] == 3
    assert rate["metadata"]["provider_name"] == "FakeProvider"
    overloaded = error_for(status=503)
    assert overloaded["message"].startswith("No available providers")
    assert overloaded["metadata"]["error_type"] == "provider_overloaded"
    assert error_for(status=403)["metadata"]["model_slug"] == WIZARD["id"]
    custom = {"error": {"code": 400, "message": "custom"}, "user_id": "u"}
    fake.push(Scenario(status=400, error_body=custom))
    assert stream(client)[0].json() == custom


def test_drop_after_breaks_the_body(client: httpx.Client, fake: FakeOpenRouter) -> None:
    fake.push(Scenario(drop_after=2))
    lines: list[str] = []
    with (
        pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)),
        client.stream("POST", "/chat/completions", json=BODY) as response,
    ):
        lines.extend(response.iter_lines())
    _, payloads = parse_sse("\n".join(lines).encode() + b"\n\n")
    assert content_of(payloads) == "Hello from"
    # the client recovers on a fresh connection
    assert content_of(parse_sse(stream(client)[1])[1]) == "Hello from the fake model."
    assert fake.disconnects == 0


def test_stall_ends_quickly_on_stop(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(stall_after=1))
    with (
        httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=5) as client,
        client.stream("POST", "/chat/completions", json=BODY) as response,
    ):
        lines = response.iter_lines()
        while '"content":"Hello"' not in next(lines):
            pass
        started = time.monotonic()
        fake.stop()
        assert time.monotonic() - started < 1.0
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            list(lines)


def test_stall_counts_a_disconnect_when_the_client_gives_up(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(stall_after=1, stall_seconds=5))
    timeout = httpx.Timeout(5, read=0.2)
    with (
        httpx.Client(base_url=fake.base_url, headers=AUTH, timeout=timeout) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        stream(client)
    assert fake.wait_for_disconnects(1, timeout=1.5) == 1


def test_disconnect_counted_when_client_closes_mid_stream(
    client: httpx.Client, fake: FakeOpenRouter
) -> None:
    fake.push(Scenario(text=" ".join(["word"] * 40), token_delay=0.05))
    started = time.monotonic()
    with client.stream("POST", "/chat/completions", json=BODY) as response:
        gen_id = response.headers["x-generation-id"]
        events = (line for line in response.iter_lines() if line.startswith("data:"))
        next(events)
        next(events)
    assert fake.wait_for_disconnects(1, timeout=1.5) == 1
    assert time.monotonic() - started < 1.0  # well before the 2 s the full stream would take
    deadline = time.monotonic() + 1
    while not fake.generations[gen_id]["cancelled"] and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fake.generations[gen_id]["cancelled"] is True


def test_delay_headers(client: httpx.Client, fake: FakeOpenRouter) -> None:
    fake.push(Scenario(delay_headers=0.2, status=429))
    started = time.monotonic()
    assert stream(client)[0].status_code == 429
    assert time.monotonic() - started >= 0.2


# -- non-streaming ------------------------------------------------------------------------------


def deltas(payloads: list[Any]) -> list[dict[str, Any]]:
    return [p["choices"][0]["delta"] for p in payloads if isinstance(p, dict) and p["choices"]]


def test_thinking_styles_on_the_wire(client: httpx.Client, fake: FakeOpenRouter) -> None:
    summary = deltas(run_scenario(client, fake, reasoning=["Plan."], reasoning_style="summary"))
    assert summary[1]["reasoning"] == "Plan."
    assert summary[1]["reasoning_details"] == [
        {
            "type": "reasoning.summary",
            "summary": "Plan.",
            "format": "openai-responses-v1",
            "index": 0,
        }
    ]

    payloads = run_scenario(client, fake, reasoning=["Secret."], reasoning_style="encrypted")
    encrypted = deltas(payloads)[1]
    assert encrypted["reasoning"] is None and encrypted["content"] == ""
    (item,) = encrypted["reasoning_details"]
    assert item["type"] == "reasoning.encrypted" and "Secret" not in json.dumps(payloads)
    assert payloads[-2]["usage"]["completion_tokens_details"] == {"reasoning_tokens": 1}

    claude = deltas(run_scenario(client, fake, reasoning=["A", "B"], reasoning_style="claude"))
    assert [d.get("reasoning") for d in claude[1:3]] == ["A", "B"]
    assert claude[3]["content"] == "Hello"  # the answer starts, then the signature arrives
    assert "reasoning" not in claude[4] and claude[4]["content"] == ""
    (signature,) = claude[4]["reasoning_details"]
    assert signature.keys() == {"type", "signature", "format", "index"}
    assert signature["type"] == "reasoning.text" and signature["index"] == 0


def test_the_length_trap_on_the_wire(client: httpx.Client, fake: FakeOpenRouter) -> None:
    payloads = run_scenario(
        client, fake, text="", reasoning=["x"], finish_reason="length", content_null=True
    )
    assert [d["content"] for d in deltas(payloads)] == [None, None, None]
    assert finish_reasons(payloads)[-1] == "length"
    usage = payloads[-2]["usage"]
    assert usage["completion_tokens"] == usage["completion_tokens_details"]["reasoning_tokens"] == 1
    gen_id = payloads[0]["id"]
    data = client.get("/generation", params={"id": gen_id}).json()["data"]
    assert data["native_tokens_reasoning"] == data["tokens_completion"] == 1

    fake.push(Scenario(text="", reasoning_style="encrypted", reasoning_tokens=7, content_null=True))
    message = client.post("/chat/completions", json={**BODY, "stream": False}).json()
    assert message["choices"][0]["message"]["content"] is None
    assert message["choices"][0]["message"]["reasoning"] is None
    assert message["usage"]["completion_tokens"] == 7


def test_openai_client_streams_a_thinking_answer(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(reasoning=["Hmm."], reasoning_style="claude"))
    with _openai_client(fake) as client:
        chunks = list(
            client.chat.completions.create(
                model=WIZARD["id"], messages=[{"role": "user", "content": PROMPT}], stream=True
            )
        )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Hello from the fake model."
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 6


def test_non_streaming_completion(client: httpx.Client, fake: FakeOpenRouter) -> None:
    fake.push(Scenario(reasoning=["Hmm."]))
    response = client.post("/chat/completions", json={**BODY, "stream": False})
    body = response.json()
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-generation-id"] == body["id"]
    assert body["object"] == "chat.completion"
    assert body["provider"] == "FakeProvider"
    assert body["model"] == WIZARD["id"]
    choice = body["choices"][0]
    assert choice["message"]["role"] == "assistant"
    assert choice["message"]["content"] == "Hello from the fake model."
    assert choice["message"]["reasoning"] == "Hmm."
    assert choice["finish_reason"] == choice["native_finish_reason"] == "stop"
    assert body["usage"]["total_tokens"] == 16  # 10 prompt + 5 answer + 1 thinking token
    assert body["usage"]["completion_tokens_details"] == {"reasoning_tokens": 1}
    assert choice["message"]["reasoning_details"] == [
        {"type": "reasoning.text", "text": "Hmm.", "format": "unknown", "index": 0}
    ]
    assert fake.generations[body["id"]]["total_cost"] == body["usage"]["cost"]


def test_non_streaming_errors_inside_200(client: httpx.Client, fake: FakeOpenRouter) -> None:
    fake.push(Scenario(nonstream_error="no_choices"), Scenario(nonstream_error="finish_error"))
    no_choices = client.post("/chat/completions", json={**BODY, "stream": False})
    assert no_choices.status_code == 200
    assert "choices" not in no_choices.json()
    assert no_choices.json()["error"] == {
        "message": "Upstream error from Nvidia: Service temporarily overloaded",
        "code": 502,
    }
    finish_error = client.post("/chat/completions", json={**BODY, "stream": False}).json()
    choice = finish_error["choices"][0]
    assert choice["finish_reason"] == "error"
    assert choice["error"]["code"] == 502
    assert choice["error"]["metadata"]["error_type"] == "provider_unavailable"
    assert choice["message"]["content"] == "Hello from"


# -- recording, auth and the other endpoints ----------------------------------------------------


def test_requests_are_recorded(client: httpx.Client, fake: FakeOpenRouter) -> None:
    stream(client)
    client.get("/generation", params={"id": "gen-x", "extra": "1"})
    first, second = fake.wait_for_requests(2)
    assert first.method == "POST"
    assert first.path == "/api/v1/chat/completions"
    assert first.route == "/chat/completions"
    assert first.json == BODY
    assert json.loads(first.body) == BODY
    assert first.header("CONTENT-TYPE") == "application/json"
    assert first.headers["authorization"] == f"Bearer {VALID_KEY}"
    assert first.header("X-Missing") is None
    assert second.query == {"id": "gen-x", "extra": "1"}
    assert second.json is None
    assert first.client == second.client  # one kept-alive connection
    assert fake.chat_requests == [first]
    with pytest.raises(TimeoutError):
        fake.wait_for_requests(3, timeout=0.05)


def test_models_need_no_auth(fake: FakeOpenRouter) -> None:
    response = httpx.get(f"{fake.base_url}/models")
    body = response.json()
    assert response.status_code == 200
    assert body["data"][0] == WIZARD
    assert body["total_count"] == len(body["data"]) >= 4
    assert body["links"] == {"next": None}
    assert any(m["pricing"]["prompt"] == "0" == m["pricing"]["completion"] for m in body["data"])
    assert any(m["context_length"] is None for m in body["data"])
    priced = [m for m in body["data"] if "tools" in m["supported_parameters"]]
    assert any(m["pricing"]["prompt"] != m["pricing"]["completion"] for m in priced)
    assert any("reasoning" in m["supported_parameters"] for m in priced)
    assert "tools" not in WIZARD["supported_parameters"]
    assert fake.requests[0].header("Authorization") is None


def test_key_endpoints_and_auth(fake: FakeOpenRouter) -> None:
    with httpx.Client(base_url=fake.base_url, timeout=5) as client:
        for path in ("/key", "/auth/key"):
            data = client.get(path, headers=AUTH).json()["data"]
            assert data["label"] == "sk-or-v1-fak...000"
            assert data["limit_remaining"] == 7.5
            assert data["is_free_tier"] is False
        missing = client.get("/key")
        assert missing.status_code == 401
        assert missing.json() == {"error": {"code": 401, "message": "No auth credentials found"}}
        bad = client.get("/key", headers={"Authorization": "Bearer sk-or-v1-nope"})
        assert bad.status_code == 401
        assert bad.json()["error"]["message"] == "User not found."

        # a rejected chat request does not use up the queued scenario
        fake.push(Scenario(text="Queued answer"))
        rejected = client.post("/chat/completions", json=BODY, headers={"Authorization": "x"})
        assert rejected.status_code == 401
        ok = client.post("/chat/completions", json={**BODY, "stream": False}, headers=AUTH)
        assert ok.json()["choices"][0]["message"]["content"] == "Queued answer"


def test_generation_is_eventually_consistent(client: httpx.Client, fake: FakeOpenRouter) -> None:
    response, raw = stream(client)
    gen_id = response.headers["x-generation-id"]
    cost = parse_sse(raw)[1][-2]["usage"]["cost"]
    fake.generation_404s = 2
    statuses = [client.get("/generation", params={"id": gen_id}).status_code for _ in range(3)]
    assert statuses == [404, 404, 200]
    data = client.get("/generation", params={"id": gen_id}).json()["data"]
    assert data["id"] == gen_id
    assert data["total_cost"] == cost
    assert data["model"] == WIZARD["id"]
    assert data["provider_name"] == "FakeProvider"
    assert data["tokens_prompt"] == 10
    assert isinstance(data["latency"], int)
    assert isinstance(data["generation_time"], int)
    assert client.get("/generation", params={"id": "gen-unknown"}).status_code == 404
    assert (
        client.get("/generation", params={"id": gen_id}, headers={"Authorization": ""}).status_code
        == 401
    )


def test_bad_requests_and_unknown_paths(client: httpx.Client, fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="kept"))
    assert client.post("/chat/completions", json={"model": "m"}).status_code == 400
    assert client.post("/chat/completions", json={**BODY, "messages": []}).status_code == 400
    missing = client.get("/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == 404
    assert client.get(f"http://127.0.0.1:{fake.port}/v1/models").status_code == 404
    assert content_of(parse_sse(stream(client)[1])[1]) == "kept"


def test_cost_follows_the_served_models_pricing(client: httpx.Client, fake: FakeOpenRouter) -> None:
    free = run_scenario(client, fake, model="meta-llama/llama-3.3-8b-instruct:free")
    assert free[-2]["usage"]["cost"] == 0.0
    unknown = run_scenario(client, fake, model="nobody/unknown")
    assert unknown[-2]["usage"]["cost"] == 0.0
    sonnet = run_scenario(client, fake, model="anthropic/claude-sonnet-4.5", chunks=["a", "b"])
    assert sonnet[-2]["usage"]["cost"] == pytest.approx(10 * 0.000003 + 2 * 0.000015)


def test_scenario_rejects_unknown_options() -> None:
    with pytest.raises(ValueError, match="usage"):
        Scenario(usage="sometimes")
    with pytest.raises(ValueError, match="line_ending"):
        Scenario(line_ending="\n\r")
    assert Scenario(text="a b").pieces() == ["a", " b"]
    assert Scenario(chunks=["x", "y"]).content == "xy"


def test_runs_by_hand_from_the_command_line() -> None:
    command = [sys.executable, "-m", "tests.fakes.fake_openrouter", "--port", "0", "--quiet"]
    proc = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/api/v1", base_url)
        assert httpx.get(f"{base_url}/models").json()["data"][0]["id"] == WIZARD["id"]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=5) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def test_openai_client_streams_a_pdf_and_web_search_answer(fake: FakeOpenRouter) -> None:
    pdf = b"%PDF-1.4\nBT (Hello PDF) Tj ET\n%%EOF\n"
    data = "data:application/pdf;base64," + base64.b64encode(pdf).decode("ascii")
    content = [
        {"type": "text", "text": "Read it."},
        {"type": "file", "file": {"filename": "a.pdf", "file_data": data}},
    ]
    with _openai_client(fake) as client:
        chunks = list(
            client.chat.completions.create(
                model=WIZARD["id"],
                messages=[{"role": "user", "content": content}],
                stream=True,
                extra_body={
                    "plugins": [{"id": "file-parser", "pdf": {"engine": "cloudflare-ai"}}],
                    "tools": [{"type": "openrouter:web_search", "parameters": {"max_results": 2}}],
                },
            )
        )
    notes = [
        note
        for c in chunks
        if c.choices
        for note in (c.choices[0].delta.model_extra or {}).get("annotations") or []
    ]
    assert [n["type"] for n in notes] == ["file", "url_citation", "url_citation"]
    assert notes[0]["file"]["content"] == [{"type": "text", "text": "Hello PDF"}]
    assert fake.parses == [("cloudflare-ai", hashlib.sha256(pdf).hexdigest())]
    usage = chunks[-1].usage
    assert usage is not None and (usage.model_extra or {})["server_tool_use"] == {
        "web_search_requests": 1
    }
