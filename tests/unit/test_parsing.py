"""Pure parsing of chunks and JSON bodies, including shapes the fake server does not script."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.api import (
    AuthenticationError,
    Finished,
    FinishedWithError,
    InsufficientCreditsError,
    ProviderError,
    RateLimitError,
    ServerError,
    TextDelta,
    ToolCall,
    TruncatedStreamError,
    UsageReport,
)
from app.api.parsing import (
    StreamParser,
    parse_completion,
    parse_generation,
    parse_key_info,
    parse_models,
    status_error,
)


def sse(*chunks: object) -> bytes:
    parts = [c if isinstance(c, str) else json.dumps(c) for c in chunks]
    return "".join(f"data: {p}\n\n" for p in parts).encode()


def choice(delta: dict[str, object], finish: str | None = None) -> dict[str, object]:
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def test_tool_call_deltas_are_joined_by_index() -> None:
    parser = StreamParser()
    events = parser.feed(
        sse(
            choice(
                {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "function": {"name": "get_weather", "arguments": ""},
                        }
                    ]
                }
            ),
            choice(
                {
                    "tool_calls": [
                        {
                            "index": 1,
                            "id": "call_2",
                            "function": {"name": "time", "arguments": "{}"},
                        }
                    ]
                }
            ),
            choice({"tool_calls": [{"index": 0, "function": {"arguments": '{"city":'}}]}),
            choice(
                {"tool_calls": [{"index": 0, "function": {"arguments": '"Paris"}'}}]}, "tool_calls"
            ),
            "[DONE]",
        )
    )
    assert events[-1] == Finished(
        "tool_calls",
        None,
        (ToolCall("call_1", "get_weather", '{"city":"Paris"}'), ToolCall("call_2", "time", "{}")),
    )


def test_null_and_empty_content_add_nothing_and_unknown_details_are_ignored() -> None:
    parser = StreamParser()
    events = parser.feed(
        sse(
            choice({"role": "assistant", "content": None}),
            choice({"role": "assistant", "content": ""}),
            choice(
                {
                    "role": "assistant",
                    "content": "A",
                    "reasoning_details": [{"type": "new.kind", "x": 1}, "junk"],
                }
            ),
            choice({"role": "assistant", "content": "B"}, "stop"),
            "[DONE]",
        )
    )
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["A", "B"]


def test_stream_that_ends_with_a_finish_reason_but_no_done_is_complete() -> None:
    parser = StreamParser()
    parser.feed(sse(choice({"content": "ok"}, "stop")))
    assert parser.close() == [Finished("stop", None, ())]


def test_stream_that_ends_without_finish_or_done_is_truncated() -> None:
    parser = StreamParser("gen-1")
    parser.feed(sse(choice({"content": "par"})))
    with pytest.raises(TruncatedStreamError) as caught:
        parser.close()
    assert caught.value.generation_id == "gen-1"


def test_usage_with_null_details_and_no_cost_is_unknown_cost() -> None:
    parser = StreamParser()
    events = parser.feed(
        sse(
            {
                "choices": [],
                "usage": {
                    "prompt_tokens": 5,
                    "completion_tokens": 2,
                    "prompt_tokens_details": None,
                },
            }
        )
    )
    (report,) = [e for e in events if isinstance(e, UsageReport)]
    assert report.usage.prompt_tokens == 5 and report.usage.cost is None


@pytest.mark.parametrize("code", [502, "server_error", None])
def test_error_code_may_be_a_number_a_string_or_null(code: object) -> None:
    parser = StreamParser()
    events = parser.feed(
        sse(choice({"content": "Hi"}), {"error": {"code": code, "message": "boom"}})
    )
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["Hi"]
    assert isinstance(parser.error, ProviderError)
    assert parser.error.code == code
    assert "boom" in parser.error.user_message


def test_non_json_data_is_a_provider_error_not_a_crash() -> None:
    parser = StreamParser()
    parser.feed(b"data: <html>502 Bad Gateway</html>\n\n")
    assert isinstance(parser.error, ProviderError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (401, AuthenticationError),
        (402, InsufficientCreditsError),
        (429, RateLimitError),
        (503, ServerError),
        (599, ServerError),
    ],
)
def test_status_errors_read_the_json_body(status: int, cls: type) -> None:
    body = json.dumps(
        {"error": {"code": status, "message": "server says", "metadata": {"provider_name": "X"}}}
    )
    error = status_error(status, body.encode())
    assert isinstance(error, cls)
    assert error.server_message == "server says" and error.metadata["provider_name"] == "X"


def test_status_error_with_non_json_body_and_retry_after_in_metadata() -> None:
    assert (
        status_error(502, b"<html>Bad gateway</html>").server_message == "<html>Bad gateway</html>"
    )
    body = {
        "error": {
            "message": "Provider returned error",
            "code": 429,
            "metadata": {"retry_after_seconds": 17},
        }
    }
    assert status_error(429, json.dumps(body).encode()).retry_after == 17.0


def test_availability_error_shape_is_understood() -> None:
    body = {
        "error": {
            "message": "acme/fake-1.0 is not a valid model ID",
            "error_type": "invalid_request",
            "http_status": 400,
        }
    }
    error = status_error(400, json.dumps(body).encode())
    assert "does not know this model" in error.user_message


def test_context_too_long_says_what_to_do() -> None:
    body = {
        "error": {
            "code": 400,
            "message": "This endpoint's maximum context length is 65536 tokens",
            "metadata": {"error_type": "context_length_exceeded"},
        }
    }
    assert "too long" in status_error(400, json.dumps(body).encode()).user_message


def test_non_stream_body_with_error_and_no_choices_is_an_error() -> None:
    body = {
        "id": "gen-9",
        "error": {
            "message": "Upstream error from Nvidia: Service temporarily overloaded",
            "code": 502,
        },
    }
    with pytest.raises(ProviderError) as caught:
        parse_completion(json.dumps(body).encode())
    assert caught.value.code == 502 and caught.value.generation_id == "gen-9"


def test_non_stream_finish_reason_error_is_an_error() -> None:
    body = {
        "id": "g",
        "choices": [
            {
                "message": {"content": "part"},
                "finish_reason": "error",
                "native_finish_reason": "SAFETY",
            }
        ],
    }
    with pytest.raises(FinishedWithError) as caught:
        parse_completion(json.dumps(body).encode())
    assert caught.value.native_finish_reason == "SAFETY"


def test_models_tolerate_nulls_missing_fields_and_extras() -> None:
    body = {
        "data": [
            {
                "id": "a/b",
                "name": "AB",
                "context_length": None,
                "pricing": {"prompt": "0.00000062", "completion": "0"},
                "surprise": {"x": 1},
            },
            {"id": "c/d"},
            {"name": "no id"},
        ]
    }
    models = parse_models(json.dumps(body).encode())
    assert [m.id for m in models] == ["a/b", "c/d"]
    assert models[0].context_length is None
    assert models[0].prompt_price == Decimal("0.00000062") and models[0].completion_price == 0
    assert models[1].name == "c/d" and models[1].prompt_price is None


def test_key_info_null_limits_mean_unlimited() -> None:
    body = {
        "data": {
            "label": "sk-or-v1-abc...",
            "limit": None,
            "limit_remaining": None,
            "usage": 1.25,
            "is_free_tier": True,
        }
    }
    info = parse_key_info(json.dumps(body).encode())
    assert info.limit is None and info.limit_remaining is None
    assert info.usage == Decimal("1.25") and info.is_free_tier


def test_generation_stats() -> None:
    body = {
        "data": {
            "id": "gen-1",
            "total_cost": 0.0015,
            "latency": 1250,
            "generation_time": 1200,
            "native_tokens_prompt": 10,
            "native_tokens_completion": 25,
            "model": "m",
            "provider_name": "P",
        }
    }
    stats = parse_generation(json.dumps(body).encode())
    assert stats.total_cost == Decimal("0.0015")
    assert (stats.latency_ms, stats.native_tokens_completion, stats.provider) == (1250.0, 25, "P")
