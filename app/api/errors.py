"""Everything that can go wrong talking to OpenRouter, as one tree.

    OpenRouterError                      base; every error has ``user_message``
    ├── InvalidRequestError              a parameter out of range, caught before sending
    ├── ConnectionFailedError            no connection (offline, DNS, refused, TLS)      retried
    ├── WebPageError                     a web page (HTML) or a redirect came instead of an
    │                                    answer: a hotel or café Wi-Fi sign-in page, a proxy
    ├── ResponseTooLargeError            a line, an event or a body past the size limits
    ├── ApiStatusError                   an HTTP error status before the answer started
    │   ├── BadRequestError              400 (unknown model, context too long, bad value)
    │   ├── AuthenticationError          401 key missing, wrong or disabled
    │   ├── InsufficientCreditsError     402 credits ran out or the key's limit is reached
    │   ├── ForbiddenError               403 moderation, guardrail, region
    │   ├── NotFoundError                404 model or generation not found
    │   ├── RequestTimeoutError          408                                              retried
    │   ├── PayloadTooLargeError         413
    │   ├── UnprocessableError           422
    │   ├── RateLimitError               429 (``retry_after``)                             retried
    │   └── ServerError                  500, 502, 503, 504, 524, 529 and other 5xx        retried
    └── GenerationError                  the request was accepted, then the answer failed
        ├── ProviderError                an ``error`` object inside HTTP 200 (stream or body)
        ├── FinishedWithError            finish_reason "error" without an error object
        ├── TruncatedStreamError         the connection closed before the answer finished
        └── IdleTimeoutError             no bytes at all for too long

Retried means: automatically, with backoff, and only before the answer started. Messages
never contain the API key: errors are built from status codes and server text only, and all
server text (messages, metadata) is cleaned where it enters, in these constructors: keys
redacted, lone surrogates replaced, and cut to ``MAX_ERROR_TEXT`` characters plus "…", so
nothing downstream ever holds or shows megabytes of error text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.redact import REDACTED, SECRET_NAMES, redact
from app.core.text import clean_surrogates

MAX_ERROR_TEXT = 2_000  # characters of server text kept in an error
MAX_QUOTED_TEXT = 300  # characters of server text quoted inside a user_message
MAX_METADATA_ITEMS = 50  # keys of a dict, items of a list, in error metadata
MAX_METADATA_DEPTH = 4
MAX_METADATA_TEXT = 16_000  # characters of text in one error's metadata, all strings together
ELLIPSIS = "…"


def server_text(text: object, limit: int = MAX_ERROR_TEXT) -> str:
    """Text that came from a server, safe to keep, log and show: keys redacted, no lone
    surrogates, at most ``limit`` characters (plus "…" when cut)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    # Redact a bounded prefix (redaction only shortens text, so nothing past it can return).
    cleaned = redact(clean_surrogates(text[: limit * 2]))
    if len(cleaned) > limit or len(text) > limit * 2:
        return cleaned[:limit].rstrip() + ELLIPSIS
    return cleaned


def server_metadata(value: object) -> Any:
    """Error metadata from a server, cleaned like ``server_text`` and bounded in size: at most
    ``MAX_METADATA_ITEMS`` entries per dict or list, ``MAX_METADATA_DEPTH`` levels, and
    ``MAX_METADATA_TEXT`` characters of text in all (what is past these is left out)."""
    return _Metadata().clean(value, 0)


class _Metadata:
    def __init__(self) -> None:
        self.budget = MAX_METADATA_TEXT

    def text(self, value: object, limit: int = MAX_ERROR_TEXT) -> str:
        cleaned = server_text(value, max(min(limit, self.budget), 1))
        self.budget -= len(cleaned)
        return cleaned

    def clean(self, value: object, depth: int) -> Any:
        if value is None or isinstance(value, bool | int | float):
            return value
        if isinstance(value, str):
            return self.text(value)
        if depth >= MAX_METADATA_DEPTH or not isinstance(value, Mapping | list | tuple):
            return ELLIPSIS
        if isinstance(value, Mapping):
            out: dict[str, Any] = {}
            for key, item in list(value.items())[:MAX_METADATA_ITEMS]:
                if self.budget <= 0:
                    break
                name = self.text(key, MAX_QUOTED_TEXT)
                secret = isinstance(key, str) and key.strip().lower() in SECRET_NAMES
                out[name] = REDACTED if secret and item else self.clean(item, depth + 1)
            return out
        items: list[Any] = []
        for item in list(value)[:MAX_METADATA_ITEMS]:
            if self.budget <= 0:
                break
            items.append(self.clean(item, depth + 1))
        return items


class OpenRouterError(Exception):
    """Base of the tree. ``user_message`` is plain language with the next step to take."""

    user_message = QT_TRANSLATE_NOOP(
        "errors", "Something went wrong talking to OpenRouter. Please try again."
    )
    retryable = False

    def __init__(self, detail: str = "", *, user_message: str | None = None) -> None:
        detail = server_text(detail)
        if user_message is not None:
            self.user_message = server_text(user_message)
        else:
            self.user_message = self._default_message()
        super().__init__(detail or self.user_message)
        self.detail = detail

    def _default_message(self) -> str:
        """The class's ``user_message`` (English, marked) in the user's language. A subclass
        written in another module overrides this with its own module as the context."""
        return translate("errors", type(self).user_message)


class InvalidRequestError(OpenRouterError):
    user_message = QT_TRANSLATE_NOOP(
        "errors", "One of the settings is out of range. Check the parameter dock."
    )


class ConnectionFailedError(OpenRouterError):
    user_message = QT_TRANSLATE_NOOP(
        "errors", "Could not reach OpenRouter. Check your internet connection, then press Retry."
    )
    retryable = True


class WebPageError(OpenRouterError):
    """HTTP 200 with a web page (HTML) where JSON or a stream belongs, or a redirect (the API
    never redirects): a captive portal."""

    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "The network returned a web page instead of an answer. If you are on a hotel or café "
        "Wi-Fi, open a browser and sign in to the network, then press Retry.",
    )


class ResponseTooLargeError(OpenRouterError):
    """A stream line, a stream event or a whole body went past its size limit."""

    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "The server sent something far too large to be a real answer, so Switchboard stopped "
        "reading it. What arrived before is kept. Press Retry; if it happens again, the server "
        "or something on the network between is misbehaving.",
    )


class ApiStatusError(OpenRouterError):
    """An HTTP error status with OpenRouter's JSON error body."""

    status = 0

    def __init__(
        self,
        status: int,
        message: str = "",
        *,
        code: int | str | None = None,
        metadata: Mapping[str, Any] | None = None,
        retry_after: float | None = None,
        user_message: str | None = None,
    ) -> None:
        message = server_text(message)
        self.status = status
        self.code = _code(code) if code is not None else status
        self.server_message = message
        self.metadata: Mapping[str, Any] = server_metadata(metadata or {})
        self.retry_after = retry_after
        detail = f"HTTP {status}: {message}" if message else f"HTTP {status}"
        super().__init__(detail, user_message=user_message)

    @property
    def error_type(self) -> str | None:
        value = self.metadata.get("error_type")
        return value if isinstance(value, str) else None


class BadRequestError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "OpenRouter could not accept this request. Change the model or settings, then send again.",
    )

    def __init__(self, status: int, message: str = "", **kwargs: Any) -> None:
        super().__init__(status, message, **kwargs)
        if "user_message" not in kwargs:
            self.user_message = _bad_request_message(self.server_message, self.error_type)


class AuthenticationError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "OpenRouter did not accept your API key. It may be mistyped, disabled or expired. "
        "Paste a new key in Settings.",
    )


class InsufficientCreditsError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "Your OpenRouter credits ran out (or this key reached its spending limit). "
        "Add credits at https://openrouter.ai/settings/credits, then press Retry.",
    )


class ForbiddenError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "OpenRouter refused this request: the provider's moderation flagged it, or the model "
        "is not available to you. Rephrase it or choose another model.",
    )


class NotFoundError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "That model is not available any more (or no provider matches your routing settings). "
        "Choose another model.",
    )


class RequestTimeoutError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP("errors", "OpenRouter took too long to answer. Press Retry.")
    retryable = True


class PayloadTooLargeError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors", "This message is too large to send. Shorten it or remove attachments."
    )


class UnprocessableError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors", "OpenRouter could not process this request. Check the settings and retry."
    )


class RateLimitError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "Too many requests right now: this model or your account hit a rate limit. "
        "Wait a moment, then press Retry.",
    )
    retryable = True


class ServerError(ApiStatusError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "The model's provider is down or overloaded right now. Press Retry in a minute, "
        "or choose another model.",
    )
    retryable = True


class GenerationError(OpenRouterError):
    """The answer started (or was accepted) and then failed. ``partial`` answers are kept."""

    def __init__(
        self,
        detail: str = "",
        *,
        code: int | str | None = None,
        metadata: Mapping[str, Any] | None = None,
        native_finish_reason: str | None = None,
        generation_id: str | None = None,
        user_message: str | None = None,
    ) -> None:
        super().__init__(detail, user_message=user_message)
        self.code = _code(code)
        self.metadata: Mapping[str, Any] = server_metadata(metadata or {})
        self.native_finish_reason = (
            None if native_finish_reason is None else server_text(native_finish_reason, 200)
        )
        self.generation_id = generation_id


class ProviderError(GenerationError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "The model's provider failed while answering. What arrived is kept; "
        "press Retry to ask again.",
    )

    def __init__(self, detail: str = "", **kwargs: Any) -> None:
        super().__init__(detail, **kwargs)
        quoted = server_text(self.detail, MAX_QUOTED_TEXT)
        if "user_message" not in kwargs and quoted:
            self.user_message = translate(
                "errors",
                "The model's provider failed while answering ({reason}). What arrived is kept; "
                "press Retry to ask again.",
            ).format(reason=quoted)


class FinishedWithError(GenerationError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "The model stopped with an error before finishing its answer. What arrived is kept; "
        "press Retry to ask again.",
    )


class TruncatedStreamError(GenerationError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "The connection dropped before the answer was finished. What arrived is kept and "
        "marked incomplete; press Retry to ask again.",
    )


class IdleTimeoutError(GenerationError):
    user_message = QT_TRANSLATE_NOOP(
        "errors",
        "The model stopped sending anything for too long, so the request was given up. "
        "Press Retry, or choose a faster model.",
    )


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: ForbiddenError,
    404: NotFoundError,
    408: RequestTimeoutError,
    413: PayloadTooLargeError,
    422: UnprocessableError,
    429: RateLimitError,
}


def error_class_for_status(status: int) -> type[ApiStatusError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    if status >= 500:
        return ServerError
    return BadRequestError if 400 <= status < 500 else ApiStatusError


def _code(code: int | str | None) -> int | str | None:
    return server_text(code, 100) if isinstance(code, str) else code


def _bad_request_message(message: str, error_type: str | None) -> str:
    lowered = message.lower()
    if error_type == "context_length_exceeded" or "context length" in lowered:
        return translate(
            "errors",
            "This conversation is too long for the model's memory. Start a new conversation, "
            "shorten the text, or pick a model with a larger context.",
        )
    if "not a valid model" in lowered or error_type == "model_not_found":
        return translate(
            "errors", "OpenRouter does not know this model. Choose another one from the list."
        )
    quoted = server_text(message, MAX_QUOTED_TEXT).rstrip(" .")
    if not quoted:
        return translate(
            "errors", "OpenRouter could not accept this request. Change the settings and retry."
        )
    if quoted.endswith(ELLIPSIS):  # ("…" ends the sentence already)
        return translate(
            "errors",
            "OpenRouter could not accept this request: {reason} Change the settings and retry.",
        ).format(reason=quoted)
    return translate(
        "errors",
        "OpenRouter could not accept this request: {reason}. Change the settings and retry.",
    ).format(reason=quoted)
