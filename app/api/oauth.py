"""Sign in with OpenRouter: OAuth PKCE with a loopback callback. Qt-free, asyncio.

The flow (https://openrouter.ai/docs/guides/overview/auth/oauth):

1. ``PkcePair.create()``: a random verifier and its S256 challenge (RFC 7636).
2. ``CallbackReceiver`` listens on 127.0.0.1 (a free port by default) with a fresh random
   ``state``; the browser is sent to ``auth_url(receiver.url, challenge)``, where the person
   logs in and allows Switchboard. The state is part of the callback URL's path
   (``…/callback/<state>``), which has no query of its own: however OpenRouter adds the code
   (its docs say only that the browser comes back "with a ``code`` parameter in the URL"),
   the state arrives with it.
3. OpenRouter redirects the browser to ``http://127.0.0.1:<port>/callback/<state>?code=…``;
   the receiver answers with a small page ("You can close this tab…") and hands over the
   code. A request to any other path (another page or program on this computer, a wrong or
   missing state) gets a 404 and changes nothing: it can neither end nor spoil the sign-in.
4. ``exchange_code`` posts ``{code, code_verifier, code_challenge_method: "S256"}`` to
   ``/api/v1/auth/keys`` and gets ``{"key": "sk-or-v1-…", "user_id": …}`` back.

Both the sign-in page and the exchange are always at OpenRouter (``site``, openrouter.ai
unless a test passes its fake), never at the API address configured for chatting: the code
and its verifier are enough to create a key, so they go nowhere else.

``sign_in`` runs all four and can be cancelled at any point (the listener closes). Failures
are ``OpenRouterError``s whose ``user_message`` says what to do ("The sign-in did not
complete. Please try again."). Neither the code nor the key is ever logged.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import hashlib
import html
import inspect
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import ClassVar
from urllib.parse import parse_qs, urlencode, urlsplit

from app.core.i18n import QT_TRANSLATE_NOOP, translate

from .client import OpenRouterClient
from .errors import (
    ApiStatusError,
    ConnectionFailedError,
    OpenRouterError,
    RateLimitError,
    ServerError,
)

log = logging.getLogger(__name__)

OPENROUTER_SITE = "https://openrouter.ai"
CALLBACK_PATH = "/callback"
DEFAULT_TIMEOUT_S = 300.0

# (English, marked: translated where an error is made from them)
SIGN_IN_FAILED = QT_TRANSLATE_NOOP("oauth", "The sign-in did not complete. Please try again.")
SIGN_IN_DECLINED = QT_TRANSLATE_NOOP(
    "oauth",
    "Switchboard was not given access to your OpenRouter account. "
    "Sign in again whenever you are ready.",
)
SIGN_IN_TIMED_OUT = QT_TRANSLATE_NOOP(
    "oauth",
    "The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.",
)
NO_BROWSER = QT_TRANSLATE_NOOP(
    "oauth",
    "Switchboard could not open your web browser. Paste a key instead, "
    "or try again once a browser is set up.",
)

_VERIFIER_RE = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


class SignInError(OpenRouterError):
    """The browser part of the sign-in failed: declined, timed out, no code came back."""

    user_message = SIGN_IN_FAILED

    def _default_message(self) -> str:
        return translate("oauth", type(self).user_message)


# -- PKCE --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PkcePair:
    """A PKCE code verifier and its S256 challenge. The verifier stays out of ``repr``."""

    verifier: str = field(repr=False)
    challenge: str
    method: ClassVar[str] = "S256"

    def __post_init__(self) -> None:
        if not _VERIFIER_RE.fullmatch(self.verifier):
            raise ValueError("a PKCE verifier is 43 to 128 unreserved characters (RFC 7636)")

    @classmethod
    def create(cls, length: int = 64) -> PkcePair:
        """A fresh random pair; ``length`` is the verifier's length (43 to 128)."""
        if not 43 <= length <= 128:
            raise ValueError("a PKCE verifier is 43 to 128 characters long")
        verifier = secrets.token_urlsafe(length)[:length]  # [A-Za-z0-9_-]: all unreserved
        return cls(verifier, cls.challenge_for(verifier))

    @classmethod
    def from_verifier(cls, verifier: str) -> PkcePair:
        return cls(verifier, cls.challenge_for(verifier))

    @staticmethod
    def challenge_for(verifier: str) -> str:
        """BASE64URL(SHA256(ASCII(verifier))) without padding."""
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def auth_url(callback_url: str, challenge: str, base: str = OPENROUTER_SITE) -> str:
    """The page to open in the browser: ``<base>/auth?callback_url=…&code_challenge=…``."""
    query = urlencode(
        {
            "callback_url": callback_url,
            "code_challenge": challenge,
            "code_challenge_method": PkcePair.method,
        }
    )
    return f"{base.rstrip('/')}/auth?{query}"


def api_base_for(site: str) -> str:
    """OpenRouter's API under its site: ``https://openrouter.ai`` -> ``…/api/v1``."""
    return site.rstrip("/") + "/api/v1"


# -- the loopback listener ---------------------------------------------------------------------


class CallbackReceiver:
    """A one-shot HTTP listener on the loopback interface that waits for ``?code=``.

    Use as ``async with CallbackReceiver() as receiver``; ``receiver.url`` is the callback URL,
    ``http://127.0.0.1:<port>/callback/<state>`` with the receiver's random ``state`` as the
    last part of its path (compared in constant time). The first request to that path decides
    the outcome: a code, or an error page (for ``?error=…`` or no code). Requests to any other
    path (no state, another one) get a 404 and leave the wait as it was; requests that are
    malformed, too large or too slow get a 400 and are closed after ``request_timeout``
    seconds at most. At most ``MAX_CONNECTIONS`` connections are served at once; more are
    closed at once, so a flood of idle connections from this computer cannot hold it.
    """

    MAX_REQUEST_BYTES = 16 * 1024
    MAX_CONNECTIONS = 16

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        path: str = CALLBACK_PATH,
        request_timeout: float = 10.0,
        state: str | None = None,
    ) -> None:
        self.host = host
        self._state = state or secrets.token_urlsafe(24)
        self.port = port
        self.path = path
        self.request_timeout = request_timeout
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[str] | None = None
        self._connections: set[asyncio.Task[None]] = set()

    def __repr__(self) -> str:
        return f"CallbackReceiver(host={self.host!r}, port={self.port!r})"

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the receiver is not listening; use it in 'async with'")
        return f"http://{self.host}:{self.port}{self._callback_path}"

    @property
    def _callback_path(self) -> str:
        return f"{self.path.rstrip('/')}/{self._state}"  # token_urlsafe: nothing to escape

    async def __aenter__(self) -> CallbackReceiver:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(
            self._serve, self.host, self.port, limit=self.MAX_REQUEST_BYTES
        )
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop listening and drop open connections. Idempotent."""
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        for task in list(self._connections):
            task.cancel()
        if self._connections:
            await asyncio.gather(*self._connections, return_exceptions=True)
        await server.wait_closed()
        result = self._result
        if result is not None:
            if not result.done():
                result.cancel()
            elif not result.cancelled():
                result.exception()  # mark it retrieved: no "never retrieved" noise

    async def wait_for_code(self, timeout: float = DEFAULT_TIMEOUT_S) -> str:  # noqa: ASYNC109
        """The code from the browser. Raises SignInError when the browser came back with an
        error or without a code, or when nothing came within ``timeout`` seconds."""
        if self._result is None or self._server is None:
            raise RuntimeError("the receiver is not listening; use it in 'async with'")
        try:
            async with asyncio.timeout(timeout):
                return await asyncio.shield(self._result)
        except TimeoutError:
            raise SignInError(
                f"no callback within {timeout:g} s",
                user_message=translate("oauth", SIGN_IN_TIMED_OUT),
            ) from None

    # -- one connection ----------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if len(self._connections) >= self.MAX_CONNECTIONS:
            writer.transport.abort()  # full: closed at once, not kept waiting
            writer.close()
            return
        task = asyncio.current_task()
        if task is not None:
            self._connections.add(task)
        try:
            async with asyncio.timeout(self.request_timeout):
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    head = b""
                if head:
                    status, page = self._answer(head)
                else:
                    status, page = (
                        400,
                        _page(
                            translate("oauth", "Bad request"),
                            translate("oauth", "This address only answers sign-ins."),
                        ),
                    )
                writer.write(_response(status, page))
                await writer.drain()
                await _linger(reader, writer)
        except (TimeoutError, ConnectionError):
            pass  # too slow, or the browser went away: just close
        except Exception:  # never let one odd request end the sign-in
            log.exception("sign-in listener: could not answer a request")
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()
            if task is not None:
                self._connections.discard(task)

    def _answer(self, head: bytes) -> tuple[int, str]:
        request_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split(" ")
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            return 400, _page(
                translate("oauth", "Bad request"),
                translate("oauth", "This address only answers sign-ins."),
            )
        method, target, _version = parts
        if method != "GET":
            return 405, _page(
                translate("oauth", "Not allowed"),
                translate("oauth", "This address only answers sign-ins."),
            )
        url = urlsplit(target)
        if not secrets.compare_digest(url.path.encode(), self._callback_path.encode()):
            # Not the browser coming back from our sign-in page (no state, a wrong one, or
            # another path): another local program or a page that guessed the port. It must
            # not end (or spoil) the sign-in.
            return 404, _page(
                translate("oauth", "Not found"),
                translate("oauth", "This address only answers sign-ins."),
            )
        query = parse_qs(url.query)
        code = (query.get("code") or [""])[0].strip()
        error = (query.get("error") or [""])[0].strip()
        result = self._result
        if result is None or result.done():
            return 200, _page(
                translate("oauth", "Sign-in already finished"),
                translate("oauth", "You can close this tab and return to Switchboard."),
            )
        if error or not code:
            detail = f"the browser came back with error {error!r}" if error else "no code"
            message = SIGN_IN_DECLINED if error == "access_denied" else SIGN_IN_FAILED
            result.set_exception(SignInError(detail, user_message=translate("oauth", message)))
            return 400, _page(
                translate("oauth", "The sign-in did not complete"),
                translate(
                    "oauth", "Return to Switchboard and try again, or paste a key there instead."
                ),
            )
        result.set_result(code)
        return 200, _page(
            translate("oauth", "Signed in"),
            translate("oauth", "You can close this tab and return to Switchboard."),
        )


async def _linger(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """Half-close and read what the client still sends before closing (a "lingering close").

    Closing a socket with unread input makes the kernel send a reset, and the client may then
    lose the answer it has not read yet (a request too large to read gets its 400 this way).
    Bounded by the caller's timeout and by ``_LINGER_BYTES``.
    """
    if writer.can_write_eof():
        writer.write_eof()
    left = _LINGER_BYTES
    while left > 0 and (data := await reader.read(min(left, 65536))):
        left -= len(data)


_LINGER_BYTES = 1 << 20
_REASONS = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}


def _page(title: str, text: str) -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{html.escape(title)} – Switchboard</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:32em;margin:15vh auto;"
        "padding:0 1em;line-height:1.5;color:#222}h1{font-size:1.4em}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>"
    )


def _response(status: int, page: str) -> bytes:
    body = page.encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
        "Content-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\n"
        "Referrer-Policy: no-referrer\r\n"
        "X-Content-Type-Options: nosniff\r\n"
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


# -- the exchange and the whole flow -----------------------------------------------------------


async def exchange_code(client: OpenRouterClient, code: str, verifier: str) -> str:
    """``POST /auth/keys``: the key for this code. Errors keep their place in the api error
    tree (a 403 stays a ForbiddenError) but say what went wrong with the sign-in."""
    try:
        return await client.exchange_auth_code(code, verifier)
    except ApiStatusError as error:
        raise type(error)(
            error.status,
            error.server_message,
            code=error.code,
            metadata=dict(error.metadata),
            retry_after=error.retry_after,
            user_message=_exchange_message(error),
        ) from None
    except ConnectionFailedError as error:
        raise ConnectionFailedError(
            error.detail,
            user_message=translate(
                "oauth",
                "Could not reach OpenRouter to finish signing in. Check your internet "
                "connection, then try again.",
            ),
        ) from None
    except OpenRouterError as error:
        raise SignInError(error.detail) from None


def _exchange_message(error: ApiStatusError) -> str:
    if isinstance(error, RateLimitError):
        return translate(
            "oauth", "Too many sign-in attempts right now. Wait a minute, then try again."
        )
    if isinstance(error, ServerError):
        return translate(
            "oauth",
            "OpenRouter could not finish the sign-in right now. Please try again in a minute.",
        )
    return translate("oauth", SIGN_IN_FAILED)


async def sign_in(
    client: OpenRouterClient,
    open_browser: Callable[[str], object],
    *,
    timeout: float = DEFAULT_TIMEOUT_S,  # noqa: ASYNC109  (a deadline for the person, not I/O)
    site: str = OPENROUTER_SITE,
    port: int = 0,
) -> str:
    """The whole PKCE flow; returns the new key. Cancel the task to give up (the listener
    closes at once).

    ``open_browser(url)`` shows the sign-in page; it may return an awaitable. If it raises,
    the sign-in fails with a plain message. A browser that never comes back ends in a
    SignInError after ``timeout`` seconds. The sign-in page and the exchange are both at
    ``site`` (openrouter.ai; tests pass their fake): ``client`` only lends its connection
    pool and identity, its ``base_url`` plays no part.
    """
    pkce = PkcePair.create()
    exchange_client = copy.copy(client)  # shares the connection pool, not the address or key
    exchange_client.base_url = api_base_for(site)
    exchange_client.set_api_key(None)
    async with CallbackReceiver(port=port) as receiver:
        url = auth_url(receiver.url, pkce.challenge, site)
        log.info("sign-in: waiting for the browser on port %s", receiver.port)  # not the state
        try:
            opened = open_browser(url)
            if inspect.isawaitable(opened):
                await opened
        except Exception as error:
            raise SignInError(
                f"could not open the browser: {type(error).__name__}",
                user_message=translate("oauth", NO_BROWSER),
            ) from None
        code = await receiver.wait_for_code(timeout)
    return await exchange_code(exchange_client, code, pkce.verifier)
