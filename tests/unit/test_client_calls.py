"""Retries, non-streamed answers, the model list and the key, against the fake server."""

from __future__ import annotations

import socket
import time
from decimal import Decimal

import httpx
import pytest

from app.api import (
    AuthenticationError,
    ConnectionFailedError,
    FinishedWithError,
    InsufficientCreditsError,
    OpenRouterClient,
    OpenRouterError,
    ProviderError,
    RateLimitError,
    RetryPolicy,
    TextDelta,
)
from app.api.retry import retry_after_seconds
from tests.fakes.fake_openrouter import FakeOpenRouter, Scenario

from .conftest import collect, hello, run, with_client


def stream_text(fake: FakeOpenRouter, **options: object) -> str:
    async def use(client: OpenRouterClient) -> str:
        return "".join(
            e.text for e in await collect(client.stream_chat(hello())) if isinstance(e, TextDelta)
        )

    return run(with_client(fake, use, **options))


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 524, 529])
def test_25_retryable_statuses_are_retried_before_the_answer(
    fake: FakeOpenRouter, status: int
) -> None:
    fake.push(Scenario(status=status), Scenario(text="Recovered."))
    assert stream_text(fake) == "Recovered."
    assert len(fake.chat_requests) == 2


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, OpenRouterError),
        (401, AuthenticationError),
        (402, InsufficientCreditsError),
        (403, OpenRouterError),
    ],
)
def test_25_client_errors_are_never_retried(fake: FakeOpenRouter, status: int, error: type) -> None:
    fake.push(Scenario(status=status), Scenario(text="should not be reached"))
    with pytest.raises(error):
        stream_text(fake)
    assert len(fake.chat_requests) == 1


def test_25_retry_after_is_waited_for(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(status=429, headers={"Retry-After": "1"}), Scenario(text="After the wait."))
    started = time.monotonic()
    assert stream_text(fake) == "After the wait."
    assert time.monotonic() - started >= 1.0
    assert len(fake.chat_requests) == 2


def test_25_a_long_retry_after_is_reported_not_waited(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(status=429, headers={"Retry-After": "3600"}), Scenario(text="no"))
    with pytest.raises(RateLimitError) as caught:
        stream_text(fake)
    assert caught.value.retry_after == 3600 and len(fake.chat_requests) == 1


def test_retries_give_up_after_the_policy_limit(fake: FakeOpenRouter) -> None:
    for _ in range(5):
        fake.push(Scenario(status=503))
    with pytest.raises(OpenRouterError):
        stream_text(fake, retry=RetryPolicy(max_retries=2, initial_delay=0.01))
    assert len(fake.chat_requests) == 3


def test_mid_stream_errors_are_not_retried(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(mid_error="with_choices", mid_error_code=502), Scenario(text="no"))
    with pytest.raises(ProviderError):
        stream_text(fake)
    assert len(fake.chat_requests) == 1


def test_no_server_is_a_connection_error_after_retries() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once closed

    async def use() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http,
                base_url=f"http://127.0.0.1:{port}/api/v1",
                retry=RetryPolicy(initial_delay=0.01),
            )
            await collect(client.stream_chat(hello()))

    with pytest.raises(ConnectionFailedError) as caught:
        run(use())
    assert "internet" in caught.value.user_message


def test_retry_after_header_forms() -> None:
    assert retry_after_seconds({"retry-after": "17"}) == 17.0
    assert retry_after_seconds({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5
    assert retry_after_seconds({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}) == 0.0
    assert retry_after_seconds({}) is None
    assert retry_after_seconds({"retry-after": "soon"}) is None


def test_backoff_doubles_with_jitter_and_stops() -> None:
    policy = RetryPolicy()
    assert policy.delay(0, None, rand=lambda: 0.0) == 0.5
    assert policy.delay(1, None, rand=lambda: 0.0) == 1.0
    assert policy.delay(1, None, rand=lambda: 1.0) == 0.75
    assert policy.delay(2, None) is None


def test_non_streamed_answer(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="Whole answer.", model="served/model"))

    async def use(client: OpenRouterClient) -> object:
        return await client.complete_chat(hello())

    completion = run(with_client(fake, use))
    assert completion.text == "Whole answer." and completion.model == "served/model"
    assert completion.finish_reason == "stop" and completion.usage is not None
    assert fake.chat_requests[0].json["stream"] is False


@pytest.mark.parametrize(
    ("shape", "error"), [("no_choices", ProviderError), ("finish_error", ProviderError)]
)
def test_26_non_streamed_200_with_an_error_is_an_error(
    fake: FakeOpenRouter, shape: str, error: type
) -> None:
    fake.push(Scenario(nonstream_error=shape))

    async def use(client: OpenRouterClient) -> object:
        return await client.complete_chat(hello())

    with pytest.raises((error, FinishedWithError)):
        run(with_client(fake, use))


def test_27_28_models_with_decimal_prices(fake: FakeOpenRouter) -> None:
    async def use(client: OpenRouterClient) -> object:
        return await client.list_models()

    models = {m.id: m for m in run(with_client(fake, use, api_key=None))}
    wizard = models["microsoft/wizardlm-2-8x22b"]
    assert wizard.prompt_price == Decimal("0.00000062") and wizard.completion_price == Decimal(
        "0.00000062"
    )
    assert wizard.prompt_price * 1_000_000 == Decimal("0.62")
    assert wizard.context_length == 65536
    assert wizard.supports("temperature") and not wizard.supports("tools")
    assert not wizard.supports("structured_outputs")
    assert any(m.is_free for m in models.values())
    assert any(m.context_length is None for m in models.values())
    assert fake.requests[-1].header("authorization") is None


def test_29_key_info_and_bad_key(fake: FakeOpenRouter) -> None:
    async def use(client: OpenRouterClient) -> object:
        return await client.get_key_info()

    info = run(with_client(fake, use))
    assert info.limit == Decimal("10.0") and info.limit_remaining == Decimal("7.5")
    with pytest.raises(AuthenticationError):
        run(with_client(fake, use, api_key="sk-or-v1-nope"))


def test_client_repr_never_shows_the_key() -> None:
    client = OpenRouterClient(httpx.AsyncClient(), api_key="sk-or-v1-secret")
    assert "secret" not in repr(client)
    run(client._http.aclose())
