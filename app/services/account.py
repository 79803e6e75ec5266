"""The API key: where it comes from, checking it, keeping it, signing in.

Sources, in order: ``OPENROUTER_API_KEY`` in the environment (used for the session, never
stored), then the OS keychain.

Which key goes where. The OpenRouter key (from the keychain, from signing in, or from
``OPENROUTER_API_KEY``) is only ever sent to OpenRouter. Any other API address has its own key,
kept in the keychain under that address (``KeyStore.for_address``), or none: changing the
address in Settings never takes a key along. One exception, chosen by whoever starts the app:
when ``SWITCHBOARD_BASE_URL`` and ``OPENROUTER_API_KEY`` are both set in the environment (tests,
scripts), that key goes to that address for the session, because both were given together for
this run. A key saved in the keychain for OpenRouter never follows a changed address.

A key the person pastes is checked with ``GET /key`` before anything is saved; a key that
cannot be saved securely can still be used for this session only. The key itself lives in
the client and in local variables only: never in an attribute here, never in a message, and
every key that is used is registered for log redaction.

``load()`` and ``remove_key()`` are synchronous (keychain calls can take 100 ms or wait for an
unlock prompt): the app runs them in an executor. The async methods do their own keychain
calls in the loop's default executor.

Races with an address change. Reading the keychain, checking a key and signing in all take
time, and the address can change in Settings meanwhile. Every such step notes the address
(and a generation number that ``use_address`` bumps) when it starts, and uses what it found
only if the address is still the same when it ends: a key read, pasted or signed in for
OpenRouter is kept under OpenRouter's entry and never put on a client that now points
elsewhere. A new key from signing in is checked with OpenRouter itself, never through the
configured address.
"""

from __future__ import annotations

import copy
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Literal
from urllib.parse import urlsplit

from app.api import (
    OPENROUTER_SITE,
    ApiStatusError,
    AuthenticationError,
    ForbiddenError,
    InvalidRequestError,
    KeyInfo,
    OpenRouterClient,
    OpenRouterError,
    SignInError,
    api_base_for,
)
from app.api import sign_in as oauth_sign_in
from app.core.endpoint import (
    EndpointError,
    address_id,
    host_label,
    is_openrouter,
    normalize_base_url,
    same_address,
)
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.money import format_usd_exact
from app.core.redact import add_known_secret, forget_known_secrets
from app.store.secrets import BackendStatus, Keychain

# Re-exported: saving or removing a key raises it, and the UI catches it from here.
from app.store.secrets import SecretStoreUnavailable as SecretStoreUnavailable

from .threads import off_thread

ENV_VAR = "OPENROUTER_API_KEY"
BASE_URL_ENV_VAR = "SWITCHBOARD_BASE_URL"
NOT_OPENROUTER_SIGN_IN = QT_TRANSLATE_NOOP(
    "account",
    "Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings "
    "is another server: enter that server's key in Settings, or set the address back to "
    "OpenRouter to sign in.",
)

KeySource = Literal["environment", "keyring", "session", "none"]

# No keychain at all, said without "D-Bus", "Secret Service" or "backend".
NO_PASSWORD_STORE = QT_TRANSLATE_NOOP(
    "account", "This computer has no password store Switchboard can use"
)


def _no_store_say(action: Literal["read", "save"]) -> str:
    if action == "read":
        return translate(
            "account",
            "This computer has no password store Switchboard can use, so a key can be kept "
            "only until you close the app. Paste your key to use it for this session only.",
        )
    return translate(
        "account",
        "This computer has no password store Switchboard can use, so your key can be kept "
        "only until you close the app. You can use it for this session only (you will paste "
        "it again next time).",
    )


def plain_store_problem(error: SecretStoreUnavailable, action: Literal["read", "save"]) -> str:
    """What to tell the person when the keychain could not be used: for "no keychain at
    all", words anyone knows; otherwise the store's own (already plain) sentence."""
    if error.kind == "unavailable":
        return _no_store_say(action)
    return error.user_message


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


_NOT_LOADED = BackendStatus(False, QT_TRANSLATE_NOOP("account", "Not checked yet"))


class AccountService:
    """Owns the key's life cycle for one client. See the module docstring."""

    def __init__(
        self,
        client: OpenRouterClient,
        keystore: Keychain,
        *,
        environ: Mapping[str, str] = os.environ,
        sign_in_timeout: float = 300.0,
        openrouter_site: str = OPENROUTER_SITE,
    ) -> None:
        """``keystore`` is the OpenRouter key's entry; other addresses get theirs from it.
        ``environ`` holds ``OPENROUTER_API_KEY`` and ``SWITCHBOARD_BASE_URL`` as the app was
        started (main takes the key out of the process environment). ``openrouter_site`` is
        where OpenRouter is: tests pass their fake's, so that it counts as OpenRouter."""
        self._client = client
        self._keystore = keystore
        self._environ = environ
        self.sign_in_timeout = sign_in_timeout
        self._site = openrouter_site.rstrip("/")
        self._state = KeyState("none", _NOT_LOADED)
        # Bumped by use_address (the address) and whenever a key is put in use (the key):
        # a keychain read that started before either changed is thrown away. The lock makes
        # "still current? then use it" one step against load() in an executor thread.
        self._address_generation = 0
        self._key_generation = 0
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return (
            f"AccountService(source={self._state.source!r}, "
            f"backend={self._state.backend.description!r})"
        )

    @property
    def state(self) -> KeyState:
        return self._state

    @property
    def base_url(self) -> str:
        return self._client.base_url

    def is_openrouter_address(self, base_url: str) -> bool:
        """True for openrouter.ai (and for the site a test put in its place)."""
        return is_openrouter(base_url) or same_address(base_url, api_base_for(self._site))

    @property
    def address_override(self) -> str | None:
        """The address ``SWITCHBOARD_BASE_URL`` fixes for this session (checked), or None:
        while it is set, the address saved in Settings is not used."""
        try:
            value = self._environ.get(BASE_URL_ENV_VAR)
            return normalize_base_url(value) if value and value.strip() else None
        except EndpointError:
            return None

    @property
    def server_is_openrouter(self) -> bool:
        """Whether requests go to OpenRouter now; only then is the OpenRouter key used and
        "Sign in with OpenRouter" offered."""
        return self.is_openrouter_address(self._client.base_url)

    @property
    def server_name(self) -> str:
        return "OpenRouter" if self.server_is_openrouter else host_label(self._client.base_url)

    @property
    def key_source_text(self) -> str:
        """One line for Settings: "Stored in: GNOME Keyring (Secret Service)" and so on."""
        source = self._state.source
        if not self.server_is_openrouter:
            return self._server_key_source_text()
        if source == "keyring":
            return translate("account", "Stored in: {store}").format(
                store=self._state.backend.description
            )
        if source == "environment":
            return translate("account", "From the environment ({variable}), not stored").format(
                variable=ENV_VAR
            )
        if source == "session":
            return translate("account", "For this session only")
        return translate("account", "No key yet")

    def _server_key_source_text(self) -> str:
        """``key_source_text`` for a server that is not OpenRouter."""
        source, server = self._state.source, self.server_name
        if source == "keyring":
            return translate(
                "account", "Stored in: {store} (the key for {server}, not your OpenRouter key)"
            ).format(store=self._state.backend.description, server=server)
        if source == "environment":
            return translate(
                "account",
                "From the environment ({variable}), not stored (the key for {server}, not your "
                "OpenRouter key)",
            ).format(variable=ENV_VAR, server=server)
        if source == "session":
            return translate(
                "account", "For this session only (the key for {server}, not your OpenRouter key)"
            ).format(server=server)
        return translate(
            "account", "No key for {server}: requests to it are sent without one"
        ).format(server=server)

    def has_saved_key_for(self, base_url: str) -> bool:
        """Whether the keychain holds a key for ``base_url`` (False when it cannot tell).
        Synchronous."""
        try:
            return self._store_for(base_url).get() is not None
        except SecretStoreUnavailable:
            return False

    # -- start-up ----------------------------------------------------------------------------

    def load(self) -> KeyState:
        """Find the key for the client's address (environment first, then the keychain) and
        give it to the client. Synchronous: run it in an executor after the window is shown.
        Never raises for a keychain problem: ``state.problem`` says what went wrong.

        The key found is used only if the address (and the key in use) did not change while
        the keychain was read: otherwise the newer state stands and is returned."""
        address, generations = self._begin_load()
        return self._finish_load(generations, self._find_key(address))

    async def load_async(self) -> KeyState:
        """``load`` with the keychain read in the loop's default executor and the result
        applied on the loop's thread (with the same check that nothing changed meanwhile)."""
        address, generations = self._begin_load()
        found = await off_thread(self._find_key, address)
        return self._finish_load(generations, found)

    def _begin_load(self) -> tuple[str, tuple[int, int]]:
        with self._lock:
            return self._client.base_url, (self._address_generation, self._key_generation)

    def _finish_load(self, generations: tuple[int, int], found: _Found) -> KeyState:
        with self._lock:
            if generations != (self._address_generation, self._key_generation):
                return self._state  # the address or the key changed meanwhile: stale
            return self._apply_found(found)

    def use_address(self, base_url: str) -> KeyState:
        """Point the client at ``base_url`` and use that address's own key (or none).
        Synchronous (a keychain read). The same address again changes nothing (a key kept
        for this session only stays in use). No key is on the client while the new address's
        key is looked up, and a look-up still running for an earlier address is ignored."""
        return self.load() if self._switch_address(base_url) else self._state

    async def use_address_async(self, base_url: str) -> KeyState:
        """``use_address`` with the keychain read off the loop's thread (it can take seconds,
        or ask the user to unlock it)."""
        return await self.load_async() if self._switch_address(base_url) else self._state

    def _switch_address(self, base_url: str) -> bool:
        """Point the client at ``base_url`` with no key; False if it is already there."""
        with self._lock:
            if same_address(base_url, self._client.base_url):
                return False
            self._client.base_url = base_url.rstrip("/")
            self._client.set_api_key(None)  # nothing follows an address change
            self._address_generation += 1
            self._key_generation += 1
            self._state = KeyState("none", self._state.backend)
            return True

    def _find_key(self, address: str) -> _Found:
        """What ``load`` would use for ``address``; changes nothing. Any thread."""
        env_key, env_problem = self._env_key_for(address)
        if env_key:
            return _Found(env_key, KeyState("environment", self._keystore.backend_status()))
        backend, key, error = self._store_for(address).lookup()  # (one trip to the keychain)
        if error is not None:
            problems = (env_problem, plain_store_problem(error, "read"))
            return _Found(None, KeyState("none", backend, " ".join(p for p in problems if p)))
        if key:
            return _Found(key, KeyState("keyring", backend))
        return _Found(None, KeyState("none", backend, env_problem))

    def _apply_found(self, found: _Found) -> KeyState:
        """Use what ``_find_key`` found (under the lock, for the current address)."""
        if found.key:
            self._use(found.key)
        else:
            self._client.set_api_key(None)
        self._state = found.state
        self._key_generation += 1
        return self._state

    @property
    def can_keep_key(self) -> bool:
        """False when it is known that the keychain cannot keep a key (a new key would last
        for this session only); True while that is not known yet."""
        backend = self._state.backend
        return backend is _NOT_LOADED or backend.secure

    @property
    def needs_key(self) -> bool:
        """True when the app cannot work without a key: OpenRouter, and none is in use. Any
        other server may take requests without one."""
        return self.server_is_openrouter and not self._state.has_key

    def save_address_key(self, base_url: str, key: str) -> str | None:
        """Keep ``key`` in the keychain as the key for the server at ``base_url`` (not
        OpenRouter), and use it now if that is where requests go. The key is not checked:
        such servers have no common way to describe a key. Returns a plain sentence when the
        keychain could not take it (it is then used for this session only). Raises
        InvalidRequestError for text that cannot be a key. Synchronous."""
        if self.is_openrouter_address(base_url):
            raise ValueError("the OpenRouter key is saved with save_key or sign_in")
        cleaned = clean_key(key)
        add_known_secret(cleaned)
        problem: str | None = None
        stored = True
        try:
            self._store_for(base_url).set(cleaned)
        except SecretStoreUnavailable as error:
            problem, stored = plain_store_problem(error, "save"), False
        with self._lock:
            if same_address(base_url, self._client.base_url):
                self._use(cleaned)
                backend = self._state.backend
                self._state = KeyState("keyring" if stored else "session", backend, problem)
                self._key_generation += 1
        return problem

    def backend_status(self) -> BackendStatus:
        """The keychain's current status (synchronous; may talk to D-Bus)."""
        return self._keystore.backend_status()

    # -- checking ----------------------------------------------------------------------------

    async def check_key(self, key: str, *, base_url: str | None = None) -> KeyInfo | None:
        """Ask ``GET /key`` at ``base_url`` (default: the client's address now) about ``key``
        without touching the key in use.

        Returns the key's label, limit and usage. Returns None only for a server that is not
        OpenRouter and has no ``/key``: such keys cannot be checked and are taken as they are.
        Raises InvalidRequestError for something that cannot be a key, AuthenticationError
        (or ForbiddenError) when the server refuses it, and other OpenRouterErrors when the
        server cannot be reached; each with a plain ``user_message``.
        """
        cleaned = clean_key(key)
        address = (base_url or self._client.base_url).rstrip("/")
        probe = copy.copy(self._client)  # shares the connection pool, not the key or address
        probe.base_url = address
        probe.set_api_key(cleaned)
        openrouter = speaks_openrouter(address)
        try:
            return await probe.get_key_info()
        except (AuthenticationError, ForbiddenError) as error:
            raise type(error)(
                error.status,
                error.server_message,
                code=error.code,
                metadata=dict(error.metadata),
                user_message=_refused_message(cleaned, address, openrouter),
            ) from None
        except ApiStatusError as error:
            if not openrouter and error.status in (404, 405, 501):
                return None
            raise
        except OpenRouterError as error:
            if not openrouter and type(error) is OpenRouterError:
                return None  # it answered, but not with OpenRouter's key details
            raise

    async def refresh_info(self) -> KeyInfo:
        """``GET /key`` for the key in use; the details are kept in ``state.info``."""
        generation = self._key_generation
        info = await self._client.get_key_info()
        with self._lock:
            if generation == self._key_generation:  # still the same key (and address)
                self._state = replace(self._state, info=info)
        return info

    # -- changing the key --------------------------------------------------------------------

    async def save_key(self, key: str, *, session_only: bool = False) -> KeyState:
        """Check ``key``, then keep it in the keychain (or, with ``session_only``, in memory
        for this run only) and start using it.

        Raises what ``check_key`` raises, and SecretStoreUnavailable when the keychain cannot
        take the key (no secure backend, locked, not answering): nothing is stored and the
        key in use does not change, so the UI can offer ``session_only=True``.

        The key is for the address in use when this starts: it is checked with that address,
        kept under that address's entry, and used only if the address has not changed
        meanwhile (the returned state then describes the key saved, not the one in use).
        """
        cleaned = clean_key(key)
        with self._lock:
            address, generation = self._client.base_url, self._address_generation
        store = self._store_for(address)
        info = await self.check_key(cleaned, base_url=address)
        if not session_only:
            await off_thread(store.set, cleaned)
        backend = await self._backend_for_state()
        state = KeyState("session" if session_only else "keyring", backend, None, info)
        with self._lock:
            if generation == self._address_generation:
                self._use(cleaned)
                self._state = state
                self._key_generation += 1
        return state

    def remove_key(self) -> KeyState:
        """Delete the key from the keychain and stop using it. Synchronous (run it in an
        executor). A key from the environment stays in use: it cannot be removed from here.
        Raises SecretStoreUnavailable if the keychain is locked or not answering."""
        with self._lock:
            address, generation = self._client.base_url, self._address_generation
        self._store_for(address).delete()
        forget_known_secrets()
        env_key, _problem = self._env_key_for(address)
        with self._lock:
            if generation != self._address_generation:
                return self._state  # another address now: its key stays
            backend = self._state.backend
            if env_key:
                self._use(env_key)
                self._state = KeyState("environment", backend)
            else:
                self._client.set_api_key(None)
                self._state = KeyState("none", backend)
            self._key_generation += 1
            return self._state

    async def sign_in(
        self, open_browser: Callable[[str], object], *, session_only: bool = False
    ) -> KeyInfo | None:
        """Sign in with OpenRouter in the browser (OAuth PKCE), then keep the new key like
        ``save_key``. Cancel the task to give up.

        If the keychain cannot take the key, it is used for this session only and
        ``state.problem`` says why (the key exists nowhere else, so it is not thrown away).
        Raises OpenRouterError (SignInError and the api errors) when the sign-in fails, and
        SignInError at once while the API address is not OpenRouter: the new key would
        otherwise go to that other server.

        The new key is an OpenRouter key whatever happens to the address meanwhile: it is
        checked with OpenRouter's API (the site the sign-in used), kept under OpenRouter's
        entry, and put in use only if requests still go to OpenRouter when it arrives.
        """
        if not self.server_is_openrouter:
            raise SignInError(
                "the API address is not OpenRouter",
                user_message=translate("account", NOT_OPENROUTER_SIGN_IN),
            )
        key = await oauth_sign_in(
            self._client, open_browser, timeout=self.sign_in_timeout, site=self._site
        )
        add_known_secret(key)
        info = await self.check_key(key, base_url=api_base_for(self._site))
        problem: str | None = None
        stored = False
        if not session_only:
            try:
                await off_thread(self._keystore.set, key)
                stored = True
            except SecretStoreUnavailable as error:
                problem = plain_store_problem(error, "save")
        backend = await self._backend_for_state()
        with self._lock:
            if self.server_is_openrouter:
                self._use(key)
                self._state = KeyState("keyring" if stored else "session", backend, problem, info)
                self._key_generation += 1
        return info

    # -- helpers -----------------------------------------------------------------------------

    def _env_key_for(self, address: str) -> tuple[str | None, str | None]:
        """``OPENROUTER_API_KEY``, cleaned, if it may go to ``address``: OpenRouter, or the
        address given with it in ``SWITCHBOARD_BASE_URL`` (see the module docstring); and
        why a value that cannot be a key is not used (or None)."""
        value = self._environ.get(ENV_VAR) or ""
        if not value.strip():
            return None, None
        if not (
            self.is_openrouter_address(address) or same_address(address, self.address_override)
        ):
            return None, None
        try:
            cleaned = clean_key(value)
        except InvalidRequestError as error:
            return None, translate(
                "account", "The key in {variable} cannot be used: {reason}"
            ).format(variable=ENV_VAR, reason=error.user_message)
        add_known_secret(cleaned)
        return cleaned, None

    def _store_for(self, base_url: str) -> Keychain:
        if self.is_openrouter_address(base_url):
            return self._keystore
        return self._keystore.for_address(address_id(base_url))

    def _use(self, key: str) -> None:
        add_known_secret(key)
        self._client.set_api_key(key)

    async def _backend_for_state(self) -> BackendStatus:
        if self._state.backend is not _NOT_LOADED:
            return self._state.backend
        return await off_thread(self._keystore.backend_status)


@dataclass(frozen=True, slots=True)
class _Found:
    """What a keychain read found for one address: the key (kept out of ``repr``) and the
    state to show if it is used."""

    key: str | None = field(repr=False)
    state: KeyState


def _refused_message(key: str, address: str, openrouter: bool) -> str:
    if not openrouter:
        return translate(
            "account",
            "The server at {server} did not accept this key. Check that you "
            "copied all of it, then try again.",
        ).format(server=host_label(address))
    if not key.startswith("sk-or-"):
        return translate(
            "account",
            "OpenRouter did not accept this key, and it does not look like an OpenRouter "
            "key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.",
        )
    return translate(
        "account",
        "OpenRouter did not accept this key. It may be mistyped, disabled or expired: "
        "check that you copied all of it, or create a new one at openrouter.ai/keys.",
    )


def clean_key(key: str) -> str:
    """The key as pasted, trimmed; raises InvalidRequestError (plain message) for text that
    cannot be a key. The message never repeats the key."""
    # Pasted (or set in a shell profile) with quotes around it: plain or typographic ones.
    cleaned = (key or "").strip().strip(_QUOTES).strip()
    if not cleaned:
        raise InvalidRequestError(
            "empty key", user_message=translate("account", "Paste your key first.")
        )
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in cleaned):
        raise InvalidRequestError(
            "key with spaces or line breaks",
            user_message=translate(
                "account",
                "A key is one line without spaces. Copy it again, all of it, and paste it here.",
            ),
        )
    if not cleaned.isascii():
        raise InvalidRequestError(
            "key with non-ASCII characters",
            user_message=translate(
                "account",
                "This key contains characters that keys never have. Copy it again from where "
                "you created it (for OpenRouter: openrouter.ai/keys).",
            ),
        )
    return cleaned


_QUOTES = "\"'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a`"


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
        return translate(
            "account", "This server does not describe its keys, so the key was taken as it is."
        )
    parts = [info.label or translate("account", "Unnamed key"), _limit_text(info)]
    parts.append(translate("account", "used {amount}").format(amount=_usd(info.usage)))
    if info.is_free_tier:
        parts.append(translate("account", "free tier"))
    return " · ".join(parts)


# How often OpenRouter resets a key's limit (``limit_reset``), in the user's language.
_RESETS = {
    "daily": QT_TRANSLATE_NOOP("account", "daily"),
    "weekly": QT_TRANSLATE_NOOP("account", "weekly"),
    "monthly": QT_TRANSLATE_NOOP("account", "monthly"),
}


def _limit_text(info: KeyInfo) -> str:
    if info.limit is None:
        return translate("account", "no spending limit")
    limit, reset = _usd(info.limit), info.limit_reset
    if reset and reset.lower() in _RESETS:
        reset = translate("account", _RESETS[reset.lower()])
    if info.limit_remaining is None:
        if reset:
            return translate("account", "limit {limit}, resets {reset}").format(
                limit=limit, reset=reset
            )
        return translate("account", "limit {limit}").format(limit=limit)
    left = _usd(info.limit_remaining)
    if reset:
        return translate("account", "limit {limit} ({left} left), resets {reset}").format(
            limit=limit, left=left, reset=reset
        )
    return translate("account", "limit {limit} ({left} left)").format(limit=limit, left=left)


def _usd(amount: Decimal) -> str:
    return format_usd_exact(amount)
