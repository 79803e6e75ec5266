"""The API key: where it comes from, checking it, keeping it, signing in.

Sources, in order: ``OPENROUTER_API_KEY`` in the environment (used for the session, never
stored), then the OS keychain. A key the person pastes is checked with ``GET /key`` before
anything is saved; a key that cannot be saved securely can still be used for this session
only. The key itself lives in the client and in local variables only: never in an attribute
here, never in a message, and every key that is used is registered for log redaction.

``load()`` and ``remove_key()`` are synchronous (keychain calls can take 100 ms or wait for an
unlock prompt): the app runs them in an executor. The async methods do their own keychain
calls in the loop's default executor.
"""

from __future__ import annotations

import asyncio
import copy
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal, TypeVar
from urllib.parse import urlsplit

from app.api import (
    ApiStatusError,
    AuthenticationError,
    ForbiddenError,
    InvalidRequestError,
    KeyInfo,
    OpenRouterClient,
    OpenRouterError,
)
from app.api import sign_in as oauth_sign_in
from app.core.redact import add_known_secret, forget_known_secrets
from app.store.secrets import BackendStatus, KeyStore, SecretStoreUnavailable

ENV_VAR = "OPENROUTER_API_KEY"

KeySource = Literal["environment", "keyring", "session", "none"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class KeyState:
    """Where the key in use came from. ``problem``: why the keychain could not be used, in
    plain words (None when all is well). ``info``: the key's details, when checked."""

    source: KeySource
    backend: BackendStatus
    problem: str | None = None
    info: KeyInfo | None = None

    @property
    def has_key(self) -> bool:
        return self.source != "none"


_NOT_LOADED = BackendStatus(False, "Not checked yet")


class AccountService:
    """Owns the key's life cycle for one client. See the module docstring."""

    def __init__(
        self,
        client: OpenRouterClient,
        keystore: KeyStore,
        *,
        environ: Mapping[str, str] = os.environ,
        sign_in_timeout: float = 300.0,
    ) -> None:
        self._client = client
        self._keystore = keystore
        self._environ = environ
        self.sign_in_timeout = sign_in_timeout
        self._state = KeyState("none", _NOT_LOADED)

    def __repr__(self) -> str:
        return (
            f"AccountService(source={self._state.source!r}, "
            f"backend={self._state.backend.description!r})"
        )

    @property
    def state(self) -> KeyState:
        return self._state

    @property
    def key_source_text(self) -> str:
        """One line for Settings: "Stored in: GNOME Keyring (Secret Service)" and so on."""
        source = self._state.source
        if source == "keyring":
            return f"Stored in: {self._state.backend.description}"
        if source == "environment":
            return f"From the environment ({ENV_VAR}), not stored"
        if source == "session":
            return "For this session only"
        return "No key yet"

    # -- start-up ----------------------------------------------------------------------------

    def load(self) -> KeyState:
        """Find the key (environment first, then the keychain) and give it to the client.
        Synchronous: run it in an executor after the window is shown. Never raises for a
        keychain problem: ``state.problem`` says what went wrong."""
        backend = self._keystore.backend_status()
        env_key = self._env_key()
        if env_key:
            self._use(env_key)
            self._state = KeyState("environment", backend)
            return self._state
        try:
            key = self._keystore.get()
        except SecretStoreUnavailable as error:
            self._client.set_api_key(None)
            self._state = KeyState("none", backend, error.user_message)
            return self._state
        if key:
            self._use(key)
            self._state = KeyState("keyring", backend)
        else:
            self._client.set_api_key(None)
            self._state = KeyState("none", backend)
        return self._state

    def backend_status(self) -> BackendStatus:
        """The keychain's current status (synchronous; may talk to D-Bus)."""
        return self._keystore.backend_status()

    # -- checking ----------------------------------------------------------------------------

    async def check_key(self, key: str) -> KeyInfo | None:
        """Ask ``GET /key`` about ``key`` without touching the key in use.

        Returns the key's label, limit and usage. Returns None only for a server that is not
        OpenRouter and has no ``/key``: such keys cannot be checked and are taken as they are.
        Raises InvalidRequestError for something that cannot be a key, AuthenticationError
        (or ForbiddenError) when the server refuses it, and other OpenRouterErrors when the
        server cannot be reached; each with a plain ``user_message``.
        """
        cleaned = clean_key(key)
        probe = copy.copy(self._client)  # shares the connection pool, not the key
        probe.set_api_key(cleaned)
        openrouter = speaks_openrouter(self._client.base_url)
        try:
            return await probe.get_key_info()
        except (AuthenticationError, ForbiddenError) as error:
            raise type(error)(
                error.status,
                error.server_message,
                code=error.code,
                metadata=dict(error.metadata),
                user_message=self._refused_message(cleaned, openrouter),
            ) from None
        except ApiStatusError as error:
            if not openrouter and error.status in (404, 405, 501):
                return None
            raise
        except OpenRouterError as error:
            if not openrouter and type(error) is OpenRouterError:
                return None  # it answered, but not with OpenRouter's key details
            raise

    def _refused_message(self, key: str, openrouter: bool) -> str:
        if not openrouter:
            host = urlsplit(self._client.base_url).netloc or "the server"
            return (
                f"The server at {host} did not accept this key. Check that you copied all of "
                "it, then try again."
            )
        if not key.startswith("sk-or-"):
            return (
                "OpenRouter did not accept this key, and it does not look like an OpenRouter "
                "key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys."
            )
        return (
            "OpenRouter did not accept this key. It may be mistyped, disabled or expired: "
            "check that you copied all of it, or create a new one at openrouter.ai/keys."
        )

    async def refresh_info(self) -> KeyInfo:
        """``GET /key`` for the key in use; the details are kept in ``state.info``."""
        info = await self._client.get_key_info()
        self._state = replace(self._state, info=info)
        return info

    # -- changing the key --------------------------------------------------------------------

    async def save_key(self, key: str, *, session_only: bool = False) -> KeyState:
        """Check ``key``, then keep it in the keychain (or, with ``session_only``, in memory
        for this run only) and start using it.

        Raises what ``check_key`` raises, and SecretStoreUnavailable when the keychain cannot
        take the key (no secure backend, locked, not answering): nothing is stored and the
        key in use does not change, so the UI can offer ``session_only=True``.
        """
        cleaned = clean_key(key)
        info = await self.check_key(cleaned)
        if not session_only:
            await _in_executor(self._keystore.set, cleaned)
        self._use(cleaned)
        backend = await self._backend_for_state()
        self._state = KeyState("session" if session_only else "keyring", backend, None, info)
        return self._state

    def remove_key(self) -> KeyState:
        """Delete the key from the keychain and stop using it. Synchronous (run it in an
        executor). A key from the environment stays in use: it cannot be removed from here.
        Raises SecretStoreUnavailable if the keychain is locked or not answering."""
        self._keystore.delete()
        forget_known_secrets()
        backend = self._state.backend
        env_key = self._env_key()
        if env_key:
            self._use(env_key)
            self._state = KeyState("environment", backend)
        else:
            self._client.set_api_key(None)
            self._state = KeyState("none", backend)
        return self._state

    async def sign_in(
        self, open_browser: Callable[[str], object], *, session_only: bool = False
    ) -> KeyInfo | None:
        """Sign in with OpenRouter in the browser (OAuth PKCE), then keep the new key like
        ``save_key``. Cancel the task to give up.

        If the keychain cannot take the key, it is used for this session only and
        ``state.problem`` says why (the key exists nowhere else, so it is not thrown away).
        Raises OpenRouterError (SignInError and the api errors) when the sign-in fails.
        """
        key = await oauth_sign_in(self._client, open_browser, timeout=self.sign_in_timeout)
        add_known_secret(key)
        info = await self.check_key(key)
        problem: str | None = None
        stored = False
        if not session_only:
            try:
                await _in_executor(self._keystore.set, key)
                stored = True
            except SecretStoreUnavailable as error:
                problem = error.user_message
        self._use(key)
        backend = await self._backend_for_state()
        self._state = KeyState("keyring" if stored else "session", backend, problem, info)
        return info

    # -- helpers -----------------------------------------------------------------------------

    def _env_key(self) -> str | None:
        value = (self._environ.get(ENV_VAR) or "").strip()
        return value or None

    def _use(self, key: str) -> None:
        add_known_secret(key)
        self._client.set_api_key(key)

    async def _backend_for_state(self) -> BackendStatus:
        if self._state.backend is not _NOT_LOADED:
            return self._state.backend
        return await _in_executor(self._keystore.backend_status)


def clean_key(key: str) -> str:
    """The key as pasted, trimmed; raises InvalidRequestError (plain message) for text that
    cannot be a key. The message never repeats the key."""
    cleaned = (key or "").strip()
    if len(cleaned) >= 2 and cleaned[0] == cleaned[-1] and cleaned[0] in "\"'":
        cleaned = cleaned[1:-1].strip()  # pasted with the quotes around it
    if not cleaned:
        raise InvalidRequestError("empty key", user_message="Paste your key first.")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in cleaned):
        raise InvalidRequestError(
            "key with spaces or line breaks",
            user_message=(
                "A key is one line without spaces. Copy it again, all of it, and paste it here."
            ),
        )
    if not cleaned.isascii():
        raise InvalidRequestError(
            "key with non-ASCII characters",
            user_message=(
                "This key contains characters that keys never have. Copy it again from where "
                "you created it (for OpenRouter: openrouter.ai/keys)."
            ),
        )
    return cleaned


def speaks_openrouter(base_url: str) -> bool:
    """True for openrouter.ai and for servers laid out like it (``…/api/v1``, the fake)."""
    parts = urlsplit(base_url)
    host = (parts.hostname or "").lower()
    if host == "openrouter.ai" or host.endswith(".openrouter.ai"):
        return True
    return parts.path.rstrip("/").endswith("/api/v1")


def describe_key(info: KeyInfo | None) -> str:
    """The key's details in one line: "sk-or-v1-abc...xyz · limit $10.00 ($7.50 left) ·
    used $2.50". For None: the server cannot describe its keys."""
    if info is None:
        return "This server does not describe its keys, so the key was taken as it is."
    parts = [info.label or "Unnamed key"]
    if info.limit is None:
        parts.append("no spending limit")
    else:
        left = f" ({_usd(info.limit_remaining)} left)" if info.limit_remaining is not None else ""
        reset = f", resets {info.limit_reset}" if info.limit_reset else ""
        parts.append(f"limit {_usd(info.limit)}{left}{reset}")
    parts.append(f"used {_usd(info.usage)}")
    if info.is_free_tier:
        parts.append("free tier")
    return " · ".join(parts)


def _usd(amount: Decimal) -> str:
    return f"${amount:,.2f}"


async def _in_executor(function: Callable[..., T], *args: object) -> T:
    return await asyncio.get_running_loop().run_in_executor(None, function, *args)
