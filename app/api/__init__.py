"""OpenRouter over httpx: request building, stream parsing, the client, the error tree.

No Qt, no keyring, no sqlite here. See ``errors`` for the error tree.

Code outside this package imports from ``app.api`` only, never from its modules (an
import-linter contract in ``pyproject.toml``): what it needs is exported here.
"""

from app.core.providers import ProviderEndpoint as ProviderEndpoint  # re-exported

from .client import OpenRouterClient, endpoints_path
from .errors import (
    ApiStatusError,
    AuthenticationError,
    BadRequestError,
    ConnectionFailedError,
    FinishedWithError,
    ForbiddenError,
    GenerationError,
    IdleTimeoutError,
    InsufficientCreditsError,
    InvalidRequestError,
    NotFoundError,
    OpenRouterError,
    PayloadTooLargeError,
    ProviderError,
    RateLimitError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServerError,
    TruncatedStreamError,
    UnprocessableError,
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
    ToolCall,
    UsageReport,
    Waiting,
)
from .oauth import (
    OPENROUTER_SITE,
    CallbackReceiver,
    PkcePair,
    SignInError,
    api_base_for,
    auth_url,
    exchange_code,
    sign_in,
)
from .parsing import parse_endpoints, parse_models
from .requests import DEFAULT_BASE_URL, AppIdentity, ChatRequest, build_chat_body, build_headers
from .retry import RetryPolicy

__all__ = [
    "DEFAULT_BASE_URL",
    "OPENROUTER_SITE",
    "AnnotationsDelta",
    "ApiStatusError",
    "AppIdentity",
    "AuthenticationError",
    "BadRequestError",
    "CallbackReceiver",
    "ChatCompletion",
    "ChatRequest",
    "ConnectionFailedError",
    "Finished",
    "FinishedWithError",
    "ForbiddenError",
    "GenerationError",
    "GenerationStats",
    "IdleTimeoutError",
    "InsufficientCreditsError",
    "InvalidRequestError",
    "KeyInfo",
    "NotFoundError",
    "OpenRouterClient",
    "OpenRouterError",
    "PayloadTooLargeError",
    "PkcePair",
    "ProviderEndpoint",
    "ProviderError",
    "RateLimitError",
    "ReasoningDelta",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "Served",
    "ServerError",
    "SignInError",
    "Started",
    "StreamEvent",
    "TextDelta",
    "ToolCall",
    "TruncatedStreamError",
    "UnprocessableError",
    "UsageReport",
    "Waiting",
    "WebPageError",
    "api_base_for",
    "auth_url",
    "build_chat_body",
    "build_headers",
    "endpoints_path",
    "exchange_code",
    "parse_endpoints",
    "parse_models",
    "sign_in",
]
