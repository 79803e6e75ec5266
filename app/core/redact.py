"""Taking secrets out of text before it is logged, shown in a crash report or copied.

``redact(text)`` replaces anything that looks like an API key, a bearer token or an
``Authorization`` value with ``[redacted]``; ``redact_value(obj)`` does the same through dicts
and lists, and blanks whole values under names such as ``authorization`` or ``api_key``.
Keys of any shape (a local server's key need not look like ``sk-…``) are caught too once they
are registered with ``add_known_secret``.

Pure string work: no I/O. The patterns err on the side of hiding too much.
"""

from __future__ import annotations

import re
import threading
import traceback
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any

REDACTED = "[redacted]"

# Names whose values are secrets wherever they appear (headers, JSON, dicts, query strings).
SECRET_NAMES = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-api-key",
        "api-key",
        "api_key",
        "apikey",
        "key",
        "token",
        "access_token",
        "refresh_token",
        "password",
        "secret",
        "code_verifier",
        "openrouter_api_key",
    }
)

_MIN_KNOWN_SECRET = 8  # shorter "secrets" would blank ordinary words

_NAME_ALTERNATIVES = "|".join(
    re.escape(name) for name in sorted(SECRET_NAMES, key=len, reverse=True)
)

_PATTERNS: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # OpenRouter keys (sk-or-v1-…), and other sk-… tokens of 20 characters or more.
    (re.compile(r"(?<![A-Za-z0-9])sk-or-[A-Za-z0-9_\-]{4,}"), REDACTED),
    (re.compile(r"(?<![A-Za-z0-9])sk-[A-Za-z0-9_\-]{17,}"), REDACTED),
    # "Bearer <token>" anywhere (header dumps, reprs, curl lines); 8+ characters, not prose.
    (re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=\-]{8,}"), rf"\1{REDACTED}"),
    # Quoted values: "authorization": "…", 'api_key': '…', "key":"…".
    (
        re.compile(
            rf"""(?i)(["'](?:{_NAME_ALTERNATIVES})["']\s*[:=]\s*)(["'])(?:(?!\2)[^\\]|\\.)*\2"""
        ),
        rf"\1\2{REDACTED}\2",
    ),
    # Header lines and key=value pairs: "Authorization: Basic abc", "x-api-key=abc".
    (
        re.compile(
            r"(?im)\b((?:proxy-)?authorization|x-api-key|api[-_]?key|openrouter_api_key)"
            r"(\s*[:=]\s*)(?![\"'])((?:bearer|basic|token)\s+)?[^\s\"',;&]+"
        ),
        lambda m: f"{m[1]}{m[2]}{m[3] or ''}{REDACTED}",
    ),
    # Query strings: ?key=…&code_verifier=…
    (
        re.compile(r"(?i)([?&](?:key|api_?key|token|access_token|code|code_verifier)=)[^&\s#\"']+"),
        rf"\1{REDACTED}",
    ),
)

_known_lock = threading.Lock()
_known: frozenset[str] = frozenset()


def add_known_secret(secret: str | None) -> None:
    """Redact this exact string from now on, whatever it looks like (ignored if very short)."""
    global _known
    if not secret or len(secret.strip()) < _MIN_KNOWN_SECRET:
        return
    with _known_lock:
        _known = _known | {secret.strip()}


def forget_known_secrets() -> None:
    """Stop redacting the registered strings (the patterns still apply)."""
    global _known
    with _known_lock:
        _known = frozenset()


def redact(text: str) -> str:
    """``text`` with keys, bearer tokens and authorization values replaced by ``[redacted]``."""
    if not text:
        return text
    for secret in sorted(_known, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REDACTED)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact_value(obj: Any) -> Any:
    """A copy of ``obj`` (dicts, lists, tuples, strings) with secrets replaced.

    Values stored under a secret name (``authorization``, ``api_key``, ``key``…) are replaced
    whole; every other string goes through ``redact``. Other objects are returned as they are.
    """
    if isinstance(obj, str):
        return redact(obj)
    if isinstance(obj, Mapping):
        return {
            key: (REDACTED if _is_secret_name(key) and value else redact_value(value))
            for key, value in obj.items()
        }
    if isinstance(obj, list):
        return [redact_value(item) for item in obj]
    if isinstance(obj, tuple):
        return tuple(redact_value(item) for item in obj)
    return obj


def crash_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """A traceback as text, redacted: what the crash dialog shows and "copy details" copies.
    (``traceback`` reads the source lines it quotes, as every traceback does.)"""
    return redact("".join(traceback.format_exception(kind, error, tb)))


def _is_secret_name(name: object) -> bool:
    return isinstance(name, str) and name.strip().lower() in SECRET_NAMES
