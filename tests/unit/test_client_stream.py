"""The OpenRouter client against the fake server: the conformance checklist of
shared/reference/openrouter-api.md, item by item (numbers in the test names)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from decimal import Decimal

import pytest

from app.api import (
    AppIdentity,
    AuthenticationError,
    ChatRequest,
    Finished,
    FinishedWithError,
    IdleTimeoutError,
    OpenRouterClient,
    OpenRouterError,
    ProviderError,
    ReasoningDelta,
    Served,
    Started,
    StreamEvent,
    TextDelta,
    TruncatedStreamError,
    UsageReport,
    Waiting,
)
from app.core.params import SamplingParams
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import collect, hello, run, with_client

TEXT = "Hello there, héllo 世界 🎉 — fine."


def stream(
    fake: FakeOpenRouter, request: ChatRequest | None = None, **options: object
) -> list[StreamEvent]:
    async def use(client: OpenRouterClient) -> list[StreamEvent]:
        return await collect(client.stream_chat(request or hello()))

    return run(with_client(fake, use, **options))


def stream_failing(
    fake: FakeOpenRouter, **options: object
) -> tuple[list[StreamEvent], OpenRouterError]:
    events: list[StreamEvent] = []

    async def use(client: OpenRouterClient) -> None:
        async for event in client.stream_chat(hello()):
            events.append(event)

    with pytest.raises(OpenRouterError) as caught:
        run(with_client(fake, use, **options))
    return events, caught.value


def text_of(events: list[StreamEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def finish_of(events: list[StreamEvent]) -> Finished:
    finished = [e for e in events if isinstance(e, Finished)]
    assert len(finished) == 1
    return finished[0]


def usages(events: list[StreamEvent]) -> list[UsageReport]:
    return [e for e in events if isinstance(e, UsageReport)]


def test_01_request_line_auth_and_ascii_safe_attribution(fake: FakeOpenRouter) -> None:
    identity = AppIdentity(referer="https://example.org/app", title="Switchboard 交换机 ✓")
    stream(fake, identity=identity)
    (recorded,) = fake.chat_requests
    assert recorded.method == "POST" and recorded.path.endswith("/chat/completions")
    assert recorded.header("authorization") == f"Bearer {VALID_KEY}"
    assert recorded.header("content-type") == "application/json"
    assert recorded.header("http-referer") == "https://example.org/app"
    assert recorded.header("x-title") == "Switchboard"


def test_01_no_attribution_headers_when_not_configured(fake: FakeOpenRouter) -> None:
    stream(fake, identity=AppIdentity(referer=None, title=None))
    (recorded,) = fake.chat_requests
    assert recorded.header("http-referer") is None and recorded.header("x-title") is None


def test_02_body_carries_only_what_was_set(fake: FakeOpenRouter) -> None:
    stream(fake, hello(params=SamplingParams(temperature=0.2, max_tokens=64)))
    body = fake.chat_requests[0].json
    assert body["stream"] is True and body["model"] == "microsoft/wizardlm-2-8x22b"
    assert body["messages"] == [{"role": "user", "content": "Say hello"}]
    assert body["temperature"] == 0.2 and body["max_tokens"] == 64
    assert not {"top_p", "top_k", "seed", "stop", "frequency_penalty"} & set(body)


def test_03_out_of_range_parameters_never_reach_the_server(fake: FakeOpenRouter) -> None:
    with pytest.raises(OpenRouterError):
        stream(fake, hello(params=SamplingParams(temperature=3.0)))
    assert fake.chat_requests == []


def test_04_keepalive_comments_signal_waiting_and_are_never_parsed(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text=TEXT, keepalives=3))
    events = stream(fake)
    assert sum(isinstance(e, Waiting) for e in events) == 3
    first_text = next(i for i, e in enumerate(events) if isinstance(e, TextDelta))
    assert all(isinstance(e, Waiting | Started) for e in events[: first_text - 1])
    assert text_of(events) == TEXT


@pytest.mark.parametrize("line_ending", ["\n", "\r\n", "\r"])
def test_05_06_one_byte_writes_and_every_line_ending_give_the_same_transcript(
    fake: FakeOpenRouter, line_ending: str
) -> None:
    fake.push(
        Scenario(text=TEXT, keepalives=2),
        Scenario(text=TEXT, keepalives=2, write_size=1, line_ending=line_ending, data_space=False),
    )
    whole, split = stream(fake), stream(fake)
    assert text_of(whole) == text_of(split) == TEXT
    assert finish_of(split).finish_reason == "stop"
    assert len(usages(split)) == 1


def test_07_nothing_after_done_is_used(fake: FakeOpenRouter) -> None:
    after = 'data: {"choices":[{"index":0,"delta":{"content":"GHOST"},"finish_reason":null}]}\n\n'
    fake.push(Scenario(text="Real.", after_done=after))
    events = stream(fake)
    assert text_of(events) == "Real." and "GHOST" not in text_of(events)


def test_08_09_deltas_concatenate_and_content_with_finish_reason_renders(
    fake: FakeOpenRouter,
) -> None:
    fake.push(Scenario(chunks=["A", "", "B", "C"], finish_with_content=True))
    events = stream(fake)
    assert text_of(events) == "ABC"
    assert finish_of(events).finish_reason == "stop"


def test_10_12_dummy_usage_choice_keeps_finish_reason_and_usage_counts_once(
    fake: FakeOpenRouter,
) -> None:
    fake.push(Scenario(text=TEXT, usage="dummy_choice", double_stop=True))
    events = stream(fake)
    assert finish_of(events).finish_reason == "stop"
    assert len(usages(events)) == 1


def test_11_usage_chunk_with_empty_choices_is_recorded(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="One two three", usage="empty_choices"))
    events = stream(fake)
    (report,) = usages(events)
    assert report.usage.completion_tokens is not None and report.usage.completion_tokens > 0
    assert report.usage.prompt_tokens is not None and report.usage.prompt_tokens > 0
    assert isinstance(report.usage.cost, Decimal) and report.usage.cost > 0


def test_13_usage_with_nulls_and_no_cost_is_unknown_not_zero(fake: FakeOpenRouter) -> None:
    fake.push(
        Scenario(
            usage_data={
                "prompt_tokens": 3,
                "completion_tokens": 2,
                "total_tokens": 5,
                "prompt_tokens_details": None,
            }
        )
    )
    (report,) = usages(stream(fake))
    assert report.usage.cost is None and report.usage.total_tokens == 5


def test_14_no_usage_chunk_still_succeeds(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="Fine.", usage=None))
    events = stream(fake)
    assert text_of(events) == "Fine." and usages(events) == []
    assert finish_of(events).finish_reason == "stop"


@pytest.mark.parametrize(
    "status", [400, 401, 402, 403, 404, 408, 413, 422, 429, 500, 502, 503, 524, 529]
)
def test_15_http_errors_are_read_as_json_not_sse(fake: FakeOpenRouter, status: int) -> None:
    for _ in range(3):
        fake.push(Scenario(status=status))
    _, error = stream_failing(fake)
    assert getattr(error, "status", None) == status
    assert (
        error.user_message and VALID_KEY not in error.user_message and VALID_KEY not in str(error)
    )


@pytest.mark.parametrize("shape", ["with_choices", "no_choices", "empty_choices"])
def test_16_17_mid_stream_errors_fail_the_turn_and_keep_partial_text(
    fake: FakeOpenRouter, shape: str
) -> None:
    fake.push(Scenario(chunks=["Part ", "one ", "two"], mid_error=shape, mid_error_after=2))
    events, error = stream_failing(fake)
    assert isinstance(error, ProviderError)
    assert text_of(events) == "Part one "
    assert error.generation_id and error.generation_id.startswith("gen-")


@pytest.mark.parametrize("code", [429, "server_error"])
def test_18_error_code_number_or_string(fake: FakeOpenRouter, code: object) -> None:
    fake.push(Scenario(mid_error="with_choices", mid_error_code=code))
    _, error = stream_failing(fake)
    assert isinstance(error, ProviderError) and error.code == code


def test_19_finish_reason_error_without_object_is_a_failure(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="Some text", error_finish_without_object=True))
    events, error = stream_failing(fake)
    assert isinstance(error, FinishedWithError)
    assert error.native_finish_reason == "MALFORMED_FUNCTION_CALL"
    assert text_of(events) == "Some text"


@pytest.mark.parametrize(
    "scenario",
    [
        Scenario(text="a b c d", finish_reason=None, done=False),
        Scenario(text="a b c d", drop_after=2),
    ],
    ids=["closed-without-done", "connection-dropped"],
)
def test_20_stream_closing_early_is_truncated_not_success(
    fake: FakeOpenRouter, scenario: Scenario
) -> None:
    fake.push(scenario)
    events, error = stream_failing(fake)
    assert isinstance(error, TruncatedStreamError)
    assert not any(isinstance(e, Finished) for e in events)


@pytest.mark.parametrize("reason", ["length", "content_filter"])
def test_21_length_and_content_filter_are_reported(fake: FakeOpenRouter, reason: str) -> None:
    fake.push(Scenario(text="cut", finish_reason=reason))
    assert finish_of(stream(fake)).finish_reason == reason


def test_22_reasoning_is_kept_apart_from_the_answer(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="Answer.", reasoning=["Let me ", "think."]))
    events = stream(fake)
    assert "".join(e.text for e in events if isinstance(e, ReasoningDelta)) == "Let me think."
    assert text_of(events) == "Answer."


def test_24_generation_id_from_header_and_billed_cost_after_404s(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(gen_id="gen-123-abc", text="Hi"))
    events = stream(fake)
    assert events[0] == Started("gen-123-abc")
    fake.generation_404s = 2

    async def use(client: OpenRouterClient) -> object:
        return await client.get_generation("gen-123-abc", delay=0.01)

    stats = run(with_client(fake, use))
    assert stats.id == "gen-123-abc" and stats.total_cost is not None
    assert len([r for r in fake.requests if r.path.endswith("/generation")]) == 3


def test_24_stop_closes_the_connection_within_a_second(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="word " * 500, token_delay=0.05))

    async def use(client: OpenRouterClient) -> float:
        got_text = asyncio.Event()

        async def consume() -> None:
            async for event in client.stream_chat(hello()):
                if isinstance(event, TextDelta):
                    got_text.set()

        task = asyncio.ensure_future(consume())
        await asyncio.wait_for(got_text.wait(), 5)
        started = time.monotonic()
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        return time.monotonic() - started

    assert run(with_client(fake, use)) < 1.0
    deadline = time.monotonic() + 2
    while fake.disconnects < 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert fake.disconnects == 1  # the server saw the client go away


def test_30_served_model_and_provider_come_from_the_response(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(model="microsoft/wizardlm-2-8x22b-20240416", provider="DeepInfra"))
    served = [e for e in stream(fake) if isinstance(e, Served)]
    assert served and served[0].model == "microsoft/wizardlm-2-8x22b-20240416"
    assert served[0].provider == "DeepInfra"


def test_idle_stream_times_out_with_a_clear_error(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="a b c d e", stall_after=2))
    started = time.monotonic()
    events, error = stream_failing(fake, idle_timeout=0.5)
    assert isinstance(error, IdleTimeoutError) and "too long" in error.user_message
    assert text_of(events) == "a b"
    assert time.monotonic() - started < 5


def test_keepalives_reset_the_idle_timer(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="Late but fine.", first_token_delay=1.5, keepalive_interval=0.2))
    events = stream(fake, idle_timeout=0.6)
    assert text_of(events) == "Late but fine."
    assert sum(isinstance(e, Waiting) for e in events) >= 4


def test_a_bad_key_is_an_authentication_error(fake: FakeOpenRouter) -> None:
    _, error = stream_failing(fake, api_key="sk-or-v1-wrong")
    assert isinstance(error, AuthenticationError)
    assert "sk-or-v1-wrong" not in str(error) and "sk-or-v1-wrong" not in error.user_message
