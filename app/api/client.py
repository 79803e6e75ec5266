"""The OpenRouter client: one injected ``httpx.AsyncClient``, typed results, careful retries."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import quote

import httpx

from app.core.models import ModelInfo
from app.core.providers import ProviderEndpoint

from .errors import (
    ConnectionFailedError,
    IdleTimeoutError,
    NotFoundError,
    OpenRouterError,
    ResponseTooLargeError,
    TruncatedStreamError,
    WebPageError,
)
from .events import (
    AnnotationsDelta,
    ChatCompletion,
    Finished,
    GenerationStats,
    KeyInfo,
    ReasoningDelta,
    Served,
    Started,
    StreamEvent,
    TextDelta,
    UsageReport,
)
from .parsing import (
    StreamParser,
    parse_completion,
    parse_endpoints,
    parse_generation,
    parse_key_info,
    parse_models,
    parse_whole_answer,
    status_error,
)
from .requests import DEFAULT_BASE_URL, AppIdentity, ChatRequest, build_chat_body, build_headers
from .retry import RetryPolicy, retry_after_seconds

Sleep = Callable[[float], Awaitable[None]]

# Whole bodies are read through these caps (decoded bytes, counted while reading), so a
# gzip bomb or an endless answer stops early. A stream is capped per line and per event in
# ``sse`` instead: an answer may stream for as long as it likes.
MAX_BODY_BYTES = 32 * 1024 * 1024  # /models (about 1 MB today), /key, /generation, answers
MAX_ERROR_BODY_BYTES = 1024 * 1024  # an error body; only its start is read beyond this
MAX_KEY_CHARS = 1_000  # a key from the sign-in exchange (OpenRouter's are 73 characters)


class OpenRouterClient:
    """Talks to OpenRouter (or any OpenAI-compatible endpoint) over one shared AsyncClient.

    ``idle_timeout`` is the longest silence tolerated on an open request: any byte, keep-alive
    comments included, resets it. There is no cap on a whole streamed answer's length, only
    on its lines and events; whole bodies are capped at ``MAX_BODY_BYTES``. Compressed
    answers (gzip, deflate) are decoded, streams included.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        base_url: str = DEFAULT_BASE_URL,
        api_key: str | None = None,
        identity: AppIdentity | None = None,
        retry: RetryPolicy | None = None,
        idle_timeout: float = 120.0,
        connect_timeout: float = 10.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self._http = http
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self.identity = identity if identity is not None else AppIdentity()
        self.retry = retry if retry is not None else RetryPolicy()
        self._timeout = httpx.Timeout(
            connect=connect_timeout, read=idle_timeout, write=30.0, pool=10.0
        )
        self._sleep = sleep

    def __repr__(self) -> str:  # never show the key
        return f"OpenRouterClient(base_url={self.base_url!r}, has_key={self.has_key})"

    @property
    def has_key(self) -> bool:
        return bool(self._api_key)

    def set_api_key(self, api_key: str | None) -> None:
        self._api_key = api_key or None

    # -- chat -------------------------------------------------------------------------------

    async def stream_chat(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        """Stream one answer as events. Raises an ``OpenRouterError`` on failure, after
        delivering every event that arrived before it. Cancelling closes the connection.

        Use inside ``contextlib.aclosing`` when you may stop iterating early.
        """
        body = build_chat_body(request, stream=True)
        response = await self._send("POST", "/chat/completions", json=body)
        parser = StreamParser(response.headers.get("x-generation-id"))
        try:
            yield Started(parser.generation_id)
            if not _is_event_stream(response):
                # A JSON body where a stream was asked for: an error, or a whole answer.
                whole = await _read_capped(response, MAX_BODY_BYTES)
                for event in _completion_events(*parse_whole_answer(whole)):
                    yield event
                return
            # aclosing: leaving early must close the body iterator here, not in the GC.
            # aiter_bytes, not aiter_raw: a gzip-encoded stream arrives decoded.
            async with contextlib.aclosing(response.aiter_bytes()) as chunks:  # type: ignore[type-var]
                async for raw in chunks:
                    for event in parser.feed(raw):
                        yield event
                    if parser.error is not None:
                        raise parser.error
                    if parser.done:
                        return
            for event in parser.close():
                yield event
        except httpx.ReadTimeout:
            raise IdleTimeoutError(
                "no data for longer than the idle timeout", generation_id=parser.generation_id
            ) from None
        except httpx.TransportError as error:
            raise TruncatedStreamError(
                f"connection lost: {type(error).__name__}", generation_id=parser.generation_id
            ) from None
        except httpx.DecodingError:
            raise TruncatedStreamError(
                "the compressed stream was damaged", generation_id=parser.generation_id
            ) from None
        finally:
            await response.aclose()

    async def complete_chat(self, request: ChatRequest) -> ChatCompletion:
        body = build_chat_body(request, stream=False)
        response = await self._send("POST", "/chat/completions", json=body)
        try:
            raw = await _read_capped(response, MAX_BODY_BYTES)
        except httpx.ReadTimeout:
            raise IdleTimeoutError("no answer within the idle timeout") from None
        except httpx.TransportError as error:
            raise TruncatedStreamError(f"connection lost: {type(error).__name__}") from None
        except httpx.DecodingError:
            raise TruncatedStreamError("the compressed answer was damaged") from None
        finally:
            await response.aclose()
        return parse_completion(raw, response.headers.get("x-generation-id"))

    # -- account and catalogue ----------------------------------------------------------------

    async def list_models(self) -> list[ModelInfo]:
        return parse_models(await self.fetch_models_body())

    async def fetch_models_body(self) -> bytes:
        """``GET /models`` as received, for a cache that re-parses it with newer code."""
        return await self._get("/models")

    async def list_endpoints(self, model_id: str) -> list[ProviderEndpoint]:
        """The providers of ``model_id`` (``author/slug``), with their prices and the
        parameters each takes. ValueError for an id of another shape (nothing is sent)."""
        return parse_endpoints(await self._get(endpoints_path(model_id)))

    async def get_key_info(self) -> KeyInfo:
        return parse_key_info(await self._get("/key"))

    async def get_generation(
        self, generation_id: str, *, attempts: int = 6, delay: float = 1.0
    ) -> GenerationStats:
        """Billed figures of one generation. Stats are written asynchronously, so a 404 right
        after an answer is normal: ask again ``attempts`` times, ``delay`` seconds apart."""
        for attempt in range(attempts):
            try:
                return parse_generation(await self._get("/generation", {"id": generation_id}))
            except NotFoundError:
                if attempt == attempts - 1:
                    raise
                await self._sleep(delay)
        raise AssertionError("unreachable")

    async def exchange_auth_code(self, code: str, verifier: str) -> str:
        """OAuth PKCE: trade the code the browser brought back for a user key
        (``POST /auth/keys``). Sent without any key (the person has none yet) and never
        retried: a code works once."""
        body = {"code": code, "code_verifier": verifier, "code_challenge_method": "S256"}
        request = self._http.build_request(
            "POST",
            self.base_url + "/auth/keys",
            json=body,
            headers=build_headers(None, self.identity),
            timeout=self._timeout,
        )
        try:
            response = await self._http.send(request, stream=True)
            try:
                raw = await _read_capped(response, MAX_ERROR_BODY_BYTES, truncate=True)
            finally:
                await response.aclose()
        except httpx.TimeoutException:
            raise ConnectionFailedError(f"no answer from {self.base_url}") from None
        except httpx.TransportError as error:
            raise ConnectionFailedError(
                f"{type(error).__name__} connecting to {self.base_url}"
            ) from None
        except httpx.DecodingError:
            raise ConnectionFailedError("the sign-in answer was damaged") from None
        if not response.is_success:
            raise status_error(response.status_code, raw, retry_after_seconds(response.headers))
        try:
            payload = json.loads(raw)
        except (ValueError, RecursionError):
            payload = None
        key = payload.get("key") if isinstance(payload, dict) else None
        if not isinstance(key, str) or not key.strip() or len(key) > MAX_KEY_CHARS:
            raise OpenRouterError("the sign-in answer had no key")
        return key.strip()

    # -- transport --------------------------------------------------------------------------

    async def _get(self, path: str, params: dict[str, str] | None = None) -> bytes:
        response = await self._send("GET", path, params=params)
        try:
            return await _read_capped(response, MAX_BODY_BYTES)
        except httpx.TransportError as error:
            raise ConnectionFailedError(f"connection lost: {type(error).__name__}") from None
        except httpx.DecodingError:
            raise ConnectionFailedError(f"the compressed answer to {path} was damaged") from None
        finally:
            await response.aclose()

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send with retries; return an open, successful response (the caller closes it).

        Retries only what may succeed later (408, 429, 5xx, no connection), only before any
        answer has arrived, and never 400/401/402/403.
        """
        attempt = 0
        while True:
            try:
                return await self._send_once(method, path, **kwargs)
            except OpenRouterError as error:
                retry_after = getattr(error, "retry_after", None)
                wait = self.retry.delay(attempt, retry_after) if error.retryable else None
                if wait is None:
                    raise
            attempt += 1
            await self._sleep(wait)

    async def _send_once(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        request = self._http.build_request(
            method,
            self.base_url + path,
            headers=build_headers(self._api_key, self.identity),
            timeout=self._timeout,
            **kwargs,
        )
        try:
            response = await self._http.send(request, stream=True)
        except httpx.TimeoutException as error:
            if isinstance(error, httpx.ConnectTimeout | httpx.PoolTimeout):
                raise ConnectionFailedError(f"connection timed out ({self.base_url})") from None
            raise IdleTimeoutError("no answer within the idle timeout") from None
        except httpx.TransportError as error:
            raise ConnectionFailedError(
                f"{type(error).__name__} connecting to {self.base_url}"
            ) from None
        if response.is_success:
            if _is_web_page(response):
                await response.aclose()
                raise WebPageError(f"HTTP {response.status_code} with a web page ({path})")
            return response
        if response.is_redirect:  # the API never redirects; a Wi-Fi sign-in page does
            await response.aclose()
            location = response.headers.get("location", "")
            raise WebPageError(f"HTTP {response.status_code} redirect to {location[:200]}")
        try:
            body = await _read_capped(response, MAX_ERROR_BODY_BYTES, truncate=True)
        except (httpx.TransportError, httpx.DecodingError):
            body = b""
        finally:
            await response.aclose()
        raise status_error(response.status_code, body, retry_after_seconds(response.headers))


async def _read_capped(response: httpx.Response, limit: int, *, truncate: bool = False) -> bytes:
    """The decoded body, counted while it is read: past ``limit`` bytes reading stops, and
    ``ResponseTooLargeError`` is raised (or, with ``truncate``, the first ``limit`` bytes are
    returned)."""
    parts: list[bytes] = []
    size = 0
    async with contextlib.aclosing(response.aiter_bytes()) as chunks:  # type: ignore[type-var]
        async for chunk in chunks:
            size += len(chunk)
            if size > limit:
                if truncate:
                    parts.append(chunk[: len(chunk) - (size - limit)])
                    break
                raise ResponseTooLargeError(f"{response.request.url.path}: more than {limit} bytes")
            parts.append(chunk)
    return b"".join(parts)


def endpoints_path(model_id: str) -> str:
    """``/models/{author}/{slug}/endpoints`` with both segments quoted; ValueError unless
    ``model_id`` is ``author/slug`` (a variant suffix such as ``:free`` belongs to the slug)."""
    parts = model_id.split("/")
    if len(parts) != 2 or not all(p.strip() and p not in (".", "..") for p in parts):
        raise ValueError(f"not a model id of the form author/slug: {model_id[:200]!r}")
    author, slug = (quote(p, safe=":") for p in parts)  # "/", "?", "#", "%" are escaped
    return f"/models/{author}/{slug}/endpoints"


def _is_web_page(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "").lower()
    return "text/html" in content_type or "application/xhtml" in content_type


def _is_event_stream(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "")
    return "json" not in content_type.lower()


def _completion_events(
    completion: ChatCompletion, annotations: tuple[dict[str, Any], ...] = ()
) -> list[StreamEvent]:
    events: list[StreamEvent] = [
        Served(completion.generation_id, completion.model, completion.provider)
    ]
    if completion.reasoning or completion.reasoning_details:
        events.append(ReasoningDelta(completion.reasoning or "", completion.reasoning_details))
    if completion.text:
        events.append(TextDelta(completion.text))
    if annotations:
        events.append(AnnotationsDelta(annotations))
    if completion.usage is not None:
        events.append(UsageReport(completion.usage))
    events.append(
        Finished(completion.finish_reason, completion.native_finish_reason, completion.tool_calls)
    )
    return events
