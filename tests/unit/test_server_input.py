"""What comes back from a server is checked where it enters (issue #12, items 4, 6, 7, 11, 12):
surrogates split across chunks, numbers out of any sane range, keys quoted in error texts,
megabytes of error text, lines and bodies without end, gzip, and a captive portal's page."""

from __future__ import annotations

import gzip
import json
import time
from decimal import Decimal

import pytest

from app.api import OpenRouterClient, OpenRouterError, TextDelta, UsageReport
from app.api.parsing import (
    StreamParser,
    parse_generation,
    parse_key_info,
    parse_model,
    parse_usage,
    provider_error,
    status_error,
)
from app.api.sse import SSEDecoder
from app.core.text import REPLACEMENT
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import collect, hello, run, with_client

HTML_PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Hotel Wi-Fi</title></head>"
    b"<body><form>Sign in to continue</form></body></html>\n"
)


def sse(*chunks: str) -> bytes:
    return "".join(f"data: {chunk}\n\n" for chunk in chunks).encode()


def delta(content: str) -> str:
    # ensure_ascii: a lone surrogate goes out as \ud83d, the way a UTF-16 server writes it
    return json.dumps({"choices": [{"index": 0, "delta": {"content": content}}]})


FINISH = json.dumps({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
SPLIT_EMOJI = sse(delta("before \ud83d"), delta("\ude00 after"), FINISH, "[DONE]")


def text_of(events: list[object]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def stream_with(fake: FakeOpenRouter, scenario: Scenario) -> list[object]:
    fake.push(scenario)

    async def use(client: OpenRouterClient) -> list[object]:
        return list(await collect(client.stream_chat(hello())))

    return run(with_client(fake, use))


def stream_error(fake: FakeOpenRouter, scenario: Scenario) -> OpenRouterError:
    with pytest.raises(OpenRouterError) as caught:
        stream_with(fake, scenario)
    return caught.value


# -- item 6: surrogates --------------------------------------------------------------------------


def test_an_emoji_split_across_two_chunks_is_joined() -> None:
    parser = StreamParser()
    events = parser.feed(SPLIT_EMOJI)
    text = text_of(events)
    assert text == "before \U0001f600 after"
    for event in events:
        if isinstance(event, TextDelta):
            event.text.encode("utf-8")  # every piece, not only the whole, is valid


def test_a_lone_surrogate_becomes_a_replacement_character() -> None:
    parser = StreamParser()
    text = text_of(parser.feed(sse(delta("a\ude00b"), delta("c\ud83d"), FINISH, "[DONE]")))
    assert text == f"a{REPLACEMENT}bc{REPLACEMENT}"


def test_a_split_emoji_through_the_client(fake: FakeOpenRouter) -> None:
    events = stream_with(fake, Scenario(body=SPLIT_EMOJI))
    assert text_of(events) == "before \U0001f600 after"


# -- item 7: numbers -----------------------------------------------------------------------------


@pytest.mark.parametrize("cost", [1e30, "1e30", -1, "NaN", "Infinity", 10_000_001])
def test_an_impossible_cost_is_unknown(cost: object) -> None:
    assert parse_usage({"cost": cost, "prompt_tokens": 3}).cost is None


@pytest.mark.parametrize("tokens", [2**63, 2**64 + 5, 1e30, -1, float("inf")])
def test_impossible_token_counts_are_unknown(tokens: object) -> None:
    usage = parse_usage(
        {
            "prompt_tokens": tokens,
            "completion_tokens": tokens,
            "total_tokens": tokens,
            "prompt_tokens_details": {"cached_tokens": tokens},
            "completion_tokens_details": {"reasoning_tokens": tokens},
            "cost": 0.001,
        }
    )
    assert usage.prompt_tokens is None and usage.completion_tokens is None
    assert usage.total_tokens is None and usage.cached_tokens is None
    assert usage.reasoning_tokens is None
    assert usage.cost == Decimal("0.001")


def test_ordinary_numbers_pass() -> None:
    usage = parse_usage({"prompt_tokens": 1000, "completion_tokens": 500, "cost": 0.00093})
    assert (usage.prompt_tokens, usage.completion_tokens) == (1000, 500)
    assert usage.cost == Decimal("0.00093")


def test_impossible_model_figures_are_unknown() -> None:
    model = parse_model(
        {
            "id": "x/y",
            "context_length": 1e30,
            "top_provider": {"max_completion_tokens": 2**70},
            "pricing": {"prompt": "1e30", "completion": "-0.1", "request": "1e300"},
            "created": 1e300,
        }
    )
    assert model is not None
    assert model.context_length is None and model.max_completion_tokens is None
    assert model.prompt_price is None and model.completion_price is None
    assert model.request_price is None and model.created is None


def test_impossible_key_and_generation_figures_are_unknown() -> None:
    key = parse_key_info(
        json.dumps(
            {"data": {"limit": 1e30, "limit_remaining": "1e40", "usage": 1e30, "usage_daily": -5}}
        ).encode()
    )
    assert key.limit is None and key.limit_remaining is None and key.usage_daily is None
    assert key.usage == 0
    stats = parse_generation(
        b'{"data": {"id": "gen-1", "total_cost": 1e30, "tokens_prompt": 1e300,'
        b' "native_tokens_completion": 18446744073709551616, "latency": NaN,'
        b' "generation_time": Infinity}}'
    )
    assert stats.total_cost is None and stats.tokens_prompt is None
    assert stats.native_tokens_completion is None
    assert stats.latency_ms is None and stats.generation_time_ms is None


def test_a_usage_report_with_huge_numbers_through_the_client(fake: FakeOpenRouter) -> None:
    events = stream_with(
        fake, Scenario(usage_data={"prompt_tokens": 2**64, "completion_tokens": 3, "cost": 1e30})
    )
    usage = next(e.usage for e in events if isinstance(e, UsageReport))
    assert usage.prompt_tokens is None and usage.completion_tokens == 3 and usage.cost is None


# -- item 4 and 11: error texts ------------------------------------------------------------------


def assert_clean(error: OpenRouterError, limit: int = 3000) -> None:
    for text in (str(error), error.user_message, error.detail, repr(error.args)):
        assert VALID_KEY not in text
        assert len(text) < limit
    metadata = getattr(error, "metadata", {})
    assert VALID_KEY not in json.dumps(metadata)
    assert len(json.dumps(metadata)) < 20_000


def test_a_status_error_quoting_the_key_is_redacted() -> None:
    body = {"error": {"code": 400, "message": f"Invalid key {VALID_KEY} for this model"}}
    error = status_error(400, json.dumps(body).encode())
    assert_clean(error)
    assert VALID_KEY not in error.server_message  # type: ignore[attr-defined]
    assert "Invalid key" in error.user_message


def test_a_provider_error_quoting_the_key_is_redacted() -> None:
    raw = {"message": f"upstream said: Authorization: Bearer {VALID_KEY}", "code": 502}
    raw["metadata"] = {"raw": f"key={VALID_KEY}", "provider_name": "P"}
    assert_clean(provider_error(raw))


def test_an_html_error_body_quoting_the_key_is_redacted() -> None:
    assert_clean(status_error(502, f"<html>bad gateway {VALID_KEY}</html>".encode()))


def test_megabytes_of_error_text_are_cut_where_they_enter() -> None:
    huge = "x" * 4_000_000
    error = status_error(400, json.dumps({"error": {"code": 400, "message": huge}}).encode())
    assert_clean(error)
    assert error.server_message.endswith("…")  # type: ignore[attr-defined]
    assert_clean(provider_error({"message": huge, "metadata": {"raw": huge}}))


def test_a_huge_mid_stream_error_through_the_client(fake: FakeOpenRouter) -> None:
    error = stream_error(fake, Scenario(mid_error="no_choices", mid_error_message="y" * 3_000_000))
    assert_clean(error)


def test_a_401_quoting_the_key_through_the_client(fake: FakeOpenRouter) -> None:
    body = {"error": {"code": 400, "message": f"Key {VALID_KEY} is not valid here"}}
    assert_clean(stream_error(fake, Scenario(status=400, error_body=body)))


# -- item 12: sizes, gzip, web pages -------------------------------------------------------------


def test_an_endless_line_is_refused_quickly() -> None:
    decoder = SSEDecoder()
    piece = b"x" * 65536
    started = time.perf_counter()
    with pytest.raises(OpenRouterError) as caught:
        decoder.feed(b"data: ")
        for _ in range(16 * 16):  # 16 MiB
            decoder.feed(piece)
    assert time.perf_counter() - started < 2.0
    assert "too large" in caught.value.user_message.lower()


def test_a_long_line_under_the_cap_is_read_in_linear_time() -> None:
    decoder = SSEDecoder()
    started = time.perf_counter()
    decoder.feed(b"data: ")
    for _ in range(900):
        assert decoder.feed(b"y" * 1000) == []
    events = decoder.feed(b"\n\n")
    assert time.perf_counter() - started < 1.0
    assert len(events) == 1 and len(events[0].data) == 900_000  # type: ignore[union-attr]


def test_an_endless_event_of_short_lines_is_refused() -> None:
    decoder = SSEDecoder()
    with pytest.raises(OpenRouterError):
        for _ in range(20_000):
            decoder.feed(b"data: " + b"z" * 1000 + b"\n")


def test_an_endless_line_through_the_client(fake: FakeOpenRouter) -> None:
    started = time.perf_counter()
    error = stream_error(fake, Scenario(body=b"data: " + b"q" * (16 * 1024 * 1024)))
    assert time.perf_counter() - started < 5.0
    assert "too large" in error.user_message.lower()


def test_a_gzip_encoded_stream_is_decoded(fake: FakeOpenRouter) -> None:
    body = gzip.compress(sse(delta("Hello "), delta("gzip"), FINISH, "[DONE]"))
    events = stream_with(fake, Scenario(body=body, headers={"Content-Encoding": "gzip"}))
    assert text_of(events) == "Hello gzip"


def test_a_web_page_instead_of_a_stream_says_so(fake: FakeOpenRouter) -> None:
    error = stream_error(
        fake, Scenario(body=HTML_PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    )
    assert "web page" in error.user_message
    assert "dropped" not in error.user_message


def test_a_web_page_labelled_as_a_stream_says_so(fake: FakeOpenRouter) -> None:
    error = stream_error(fake, Scenario(body=HTML_PAGE))
    assert "web page" in error.user_message


def test_a_web_page_instead_of_the_model_list_says_so(fake: FakeOpenRouter) -> None:
    fake.models_body = (HTML_PAGE, {"Content-Type": "text/html"})

    async def use(client: OpenRouterClient) -> object:
        return await client.list_models()

    with pytest.raises(OpenRouterError) as caught:
        run(with_client(fake, use))
    assert "web page" in caught.value.user_message


def test_a_gzip_bomb_instead_of_the_model_list_is_refused_while_reading(
    fake: FakeOpenRouter,
) -> None:
    bomb = gzip.compress(b'{"data": [], "pad": "' + b"a" * (48 * 1024 * 1024) + b'"}')
    assert len(bomb) < 200_000
    fake.models_body = (bomb, {"Content-Encoding": "gzip"})

    async def use(client: OpenRouterClient) -> object:
        return await client.list_models()

    with pytest.raises(OpenRouterError) as caught:
        run(with_client(fake, use))
    assert "too large" in caught.value.user_message.lower()


def test_a_gzip_encoded_model_list_is_read(fake: FakeOpenRouter) -> None:
    body = json.dumps({"data": [{"id": "a/b", "name": "AB"}]}).encode()
    fake.models_body = (gzip.compress(body), {"Content-Encoding": "gzip"})

    async def use(client: OpenRouterClient) -> list[str]:
        return [m.id for m in await client.list_models()]

    assert run(with_client(fake, use)) == ["a/b"]


def test_a_damaged_gzip_stream_is_a_plain_error(fake: FakeOpenRouter) -> None:
    body = gzip.compress(sse(delta("Hello"), FINISH, "[DONE]"))[:12] + b"\x00garbage" * 8
    error = stream_error(fake, Scenario(body=body, headers={"Content-Encoding": "gzip"}))
    assert error.user_message


def test_the_new_errors_are_in_the_curated_api() -> None:
    import app.api

    assert {"WebPageError", "ResponseTooLargeError"} <= set(app.api.__all__)


def test_served_names_and_ids_are_cleaned_and_short() -> None:
    chunk = {
        "id": "gen-" + "9" * 5000,
        "model": f"m {VALID_KEY}",
        "provider": "p\ud83d",
        "choices": [{"index": 0, "delta": {"content": "x"}, "finish_reason": "s" * 9000}],
    }
    parser = StreamParser()
    parser.feed(sse(json.dumps(chunk)))
    assert parser.model is not None and VALID_KEY not in parser.model
    assert parser.provider == f"p{REPLACEMENT}"
    assert len(parser.generation_id or "") <= 201 and len(parser.finish_reason or "") <= 201


def test_a_redirect_to_a_sign_in_page_says_so(fake: FakeOpenRouter) -> None:
    headers = {"Location": "http://login.hotel.example/portal?from=openrouter"}
    error = stream_error(fake, Scenario(status=302, headers=headers))
    assert "web page" in error.user_message


def test_error_metadata_is_bounded_however_it_is_shaped() -> None:
    wide = {f"k{i}": ["v" * 3000] * 60 for i in range(60)}
    deep: object = "bottom"
    for _ in range(500):
        deep = {"down": deep}
    for metadata in (wide, deep):
        error = provider_error({"message": "m", "metadata": metadata})
        assert len(json.dumps(error.metadata)) < 40_000


def test_a_long_quoted_error_ends_its_sentence_once() -> None:
    from app.api.parsing import status_error

    body = json.dumps({"error": {"code": 400, "message": "Bad request: " + "x" * 5000}})
    message = status_error(400, body.encode(), None).user_message
    assert "…. " not in message and "… Change the settings and retry." in message
    short = status_error(400, b'{"error": {"code": 400, "message": "Bad value."}}', None)
    assert short.user_message.endswith("Bad value. Change the settings and retry.")
