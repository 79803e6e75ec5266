"""The API key in the operating system's keychain, and nowhere else.

``KeyStore`` wraps python-keyring under one service name. It only ever writes to a secure
backend (macOS Keychain, Windows Credential Manager, a Secret Service such as GNOME Keyring,
KWallet). keyring's ``fail`` and ``null`` backends, anything from ``keyrings.alt`` (plain-text
or weakly encrypted files) and backends it does not recognise count as "no secure place": the
store refuses to write there and says so in plain words, so the app can offer to use the key
for this session only. It never falls back to a file.

Every call is synchronous and may take 100 ms or more (D-Bus, an unlock prompt): the app runs
them in an executor, and on Linux in a helper process (``app.store.key_process``), so that
the window does not load keyring. keyring itself is imported on first use, and its backend is
chosen as keyring would choose it but without importing the backends this platform cannot
use (``current_keyring``).

Errors are ``SecretStoreUnavailable`` with a ``user_message``; neither it nor the exception
text ever contains the key.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Literal, Protocol

from app.core.i18n import translate
from app.core.redact import redact

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "Switchboard"
USERNAME = "openrouter-api-key"
SERVER_KEY_PREFIX = "api-key for "  # + the server's address: keys for servers not OpenRouter

# Backends that keep secrets encrypted by the operating system, by "module.Class".
_SECRET_SERVICE = "Secret Service"  # noqa: S105  (a name, not a password)
SECURE_BACKENDS: Mapping[str, str] = {
    "keyring.backends.SecretService.Keyring": _SECRET_SERVICE,
    "keyring.backends.libsecret.Keyring": _SECRET_SERVICE,
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
}

# Which program answers on the Secret Service bus name, by process name.
_SECRET_SERVICE_PROVIDERS = (
    ("gnome-keyring", "GNOME Keyring"),
    ("kwalletd", "KWallet"),
    ("ksecretd", "KWallet"),
    ("keepassxc", "KeePassXC"),
)

Action = Literal["read", "save", "remove"]
FailureKind = Literal["unavailable", "locked", "failed"]


@dataclass(frozen=True, slots=True)
class BackendStatus:
    """Where a key would be kept. ``reason`` says in plain words why it is not secure."""

    secure: bool
    description: str  # "GNOME Keyring (Secret Service)", "macOS Keychain", "No keyring"...
    reason: str | None = None


class SecretStoreUnavailable(Exception):  # noqa: N818  (the name the app and UI use)
    """The keychain could not be used. ``user_message`` says why and what to do next."""

    def __init__(self, detail: str, *, user_message: str, kind: FailureKind) -> None:
        super().__init__(detail)
        self.user_message = user_message
        self.kind = kind


class Keychain(Protocol):
    """What the app needs of the keychain: ``KeyStore``, or ``KeyStoreProcess`` (the same,
    run in a helper process)."""

    def for_address(self, address: str) -> Keychain: ...
    def backend_status(self) -> BackendStatus: ...
    def get(self) -> str | None: ...
    def set(self, key: str) -> None: ...
    def delete(self) -> None: ...
    def lookup(self) -> tuple[BackendStatus, str | None, SecretStoreUnavailable | None]: ...


class KeyStore:
    """The one place the API key is kept between runs.

    ``backend`` pins a keyring backend instance (tests); by default keyring's own choice is
    used. ``trusted`` adds "module.Class" names to the secure list (tests use an in-memory
    backend this way).
    """

    def __init__(
        self,
        service: str = SERVICE,
        username: str = USERNAME,
        *,
        backend: KeyringBackend | None = None,
        trusted: Mapping[str, str] | None = None,
    ) -> None:
        self.service = service
        self.username = username
        self._pinned = backend
        self._secure = {**SECURE_BACKENDS, **(trusted or {})}

    def for_address(self, address: str) -> KeyStore:
        """The same keychain, but the entry for the server at ``address`` (already normalized,
        see ``app.core.endpoint.address_id``). The OpenRouter key is never read or written
        through it, so a key for one server cannot reach another."""
        store = KeyStore(self.service, SERVER_KEY_PREFIX + address, backend=self._pinned)
        store._secure = self._secure
        return store

    def __repr__(self) -> str:
        return f"KeyStore(service={self.service!r}, username={self.username!r})"

    # -- status ------------------------------------------------------------------------------

    def backend_status(self) -> BackendStatus:
        """What keeps the key, in words for Settings. Never raises."""
        try:
            _usable, status = self._resolve()
        except Exception as error:  # a broken keyring configuration or plugin
            return BackendStatus(False, translate("secrets", "No keyring"), _broken_reason(error))
        if status.secure and status.description == _SECRET_SERVICE:
            provider = _secret_service_provider() or translate("secrets", "Desktop keyring")
            return BackendStatus(True, f"{provider} ({_SECRET_SERVICE})")
        return status

    # -- the key -----------------------------------------------------------------------------

    def get(self) -> str | None:
        """The saved key, or None if there is none. Raises SecretStoreUnavailable."""
        backend = self._secure_backend("read")
        try:
            value = backend.get_password(self.service, self.username)
        except Exception as error:
            raise _failure("read", error) from None
        return value or None

    def set(self, key: str) -> None:
        """Save ``key``, replacing any saved one. Raises SecretStoreUnavailable, also when the
        only keyring available is not a secure one (nothing is written then)."""
        if not key or not key.strip():
            raise ValueError("an empty key cannot be saved")
        backend = self._secure_backend("save")
        try:
            backend.set_password(self.service, self.username, key)
        except Exception as error:
            raise _failure("save", error) from None

    def lookup(self) -> tuple[BackendStatus, str | None, SecretStoreUnavailable | None]:
        """``backend_status`` and ``get`` at once: the status, the key (or None) and the
        failure that kept it from being read (or None)."""
        status = self.backend_status()
        try:
            return status, self.get(), None
        except SecretStoreUnavailable as error:
            return status, None, error

    def delete(self) -> None:
        """Remove the saved key. Nothing saved (or no secure keyring at all) is not an error."""
        try:
            backend, _status = self._resolve()
        except Exception as error:
            raise _failure("remove", error) from None
        if backend is None:
            return  # nothing can have been saved there
        errors = _keyring_errors()
        try:
            backend.delete_password(self.service, self.username)
        except errors.PasswordDeleteError:
            return  # not there
        except Exception as error:
            raise _failure("remove", error) from None

    # -- backends ----------------------------------------------------------------------------

    def _current_backend(self) -> KeyringBackend:
        if self._pinned is not None:
            return self._pinned
        return current_keyring()

    def _resolve(self) -> tuple[KeyringBackend | None, BackendStatus]:
        """The secure backend to use (None if there is none) and its status. For keyring's
        chainer, its best secure member is used directly, so that a write can never fall
        through to an insecure member."""
        backend = self._current_backend()
        name = _qualified_name(backend)
        if name == "keyring.backends.chainer.ChainerBackend":
            members = list(getattr(backend, "backends", []))
            for member in members:
                description = self._secure.get(_qualified_name(member))
                if description is not None:
                    return member, BackendStatus(True, description)
            if not members:
                return None, BackendStatus(
                    False, translate("secrets", "No keyring"), _no_keyring_reason()
                )
            names = ", ".join(_display_name(m) for m in members)
            return None, BackendStatus(
                False, translate("secrets", "No secure keyring"), _insecure_reason(names)
            )
        description = self._secure.get(name)
        if description is not None:
            return backend, BackendStatus(True, description)
        return None, _insecure_status(backend, name)

    def _secure_backend(self, action: Action) -> KeyringBackend:
        try:
            backend, status = self._resolve()
        except Exception as error:
            raise _failure(action, error) from None
        if backend is None:
            raise SecretStoreUnavailable(
                f"no secure keyring backend: {status.description}",
                user_message=_unavailable_message(action, status.reason),
                kind="unavailable",
            )
        return backend


# -- choosing keyring's backend ------------------------------------------------------------------

# The backends keyring ships, by entry-point module. Any other entry point is a plugin, and then
# keyring's own discovery decides (it imports every backend to weigh them).
_KEYRING_OWN_MODULES = frozenset(
    f"keyring.backends.{name}"
    for name in ("SecretService", "libsecret", "kwallet", "macOS", "Windows", "chainer")
)
_CHAINER = "keyring.backends.chainer.ChainerBackend"


def current_keyring() -> KeyringBackend:
    """The backend ``keyring.get_keyring()`` returns, found without importing the backends
    that cannot run on this platform (keyring's discovery imports them all, and with them
    ``secretstorage`` and ``cryptography`` even where no Secret Service can be reached).

    The user's choice comes first, as in keyring: ``PYTHON_KEYRING_BACKEND``, then
    ``keyringrc.cfg``. Without one, this platform's backends are weighed by keyring's own
    rule (the highest viable priority, keyring's fail backend when none is viable); when
    more than one is viable (keyring would chain them) or a plugin is installed, keyring's
    own discovery decides. The choice is kept in keyring (``keyring.set_keyring``), so it is
    made once per run, as keyring does, and a backend set there is used as is."""
    core = importlib.import_module("keyring.core")
    if getattr(core, "_keyring_backend", None) is None:
        chosen = core.load_env() or core.load_config() or _platform_choice(core)
        core.set_keyring(chosen)
    backend: KeyringBackend = core.get_keyring()
    return backend


def _platform_choice(core: ModuleType) -> KeyringBackend:
    """keyring's choice when nothing is configured; see ``current_keyring``."""
    if _has_keyring_plugins():
        return _keyring_discovery(core)
    for module in _platform_backend_modules():
        importlib.import_module(module)
    base = importlib.import_module("keyring.backend")
    viable = [backend for backend in _viable_backends(base) if _qualified_name(backend) != _CHAINER]
    if sum(1 for backend in viable if backend.priority > 0) > 1:
        return _keyring_discovery(core)  # keyring's chainer would win: let keyring build it
    fail = importlib.import_module("keyring.backends.fail")
    best: KeyringBackend = max(viable, default=fail.Keyring(), key=base.by_priority)
    return best


def _keyring_discovery(core: ModuleType) -> KeyringBackend:
    core.init_backend()
    backend: KeyringBackend = core.get_keyring()
    return backend


def _viable_backends(base: ModuleType) -> list[KeyringBackend]:
    """An instance of each backend class imported so far whose priority can be had, as
    keyring's ``get_all_keyring`` makes them (a class that needs arguments is left out)."""
    backends = []
    for cls in base.KeyringBackend.get_viable_backends():
        with contextlib.suppress(TypeError):
            backends.append(cls())
    return backends


def _platform_backend_modules() -> list[str]:
    """keyring's backend modules that can be viable on this platform."""
    modules = ["keyring.backends.libsecret", "keyring.backends.kwallet"]
    # SecretService needs secretstorage, which reaches the bus only through the address in
    # DBUS_SESSION_BUS_ADDRESS (jeepney has no other way): without either it is not viable,
    # and importing it would load cryptography for nothing.
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS") and _installed("secretstorage"):
        modules.insert(0, "keyring.backends.SecretService")
    if sys.platform == "darwin":
        modules.insert(0, "keyring.backends.macOS")
    if sys.platform == "win32":
        modules.insert(0, "keyring.backends.Windows")
    return modules


def _installed(module: str) -> bool:
    util = importlib.import_module("importlib.util")
    return util.find_spec(module) is not None


def _has_keyring_plugins() -> bool:
    """True when a package other than keyring registers keyring backends."""
    compat = importlib.import_module("keyring.compat.py312")
    entry_points = compat.metadata.entry_points(group="keyring.backends")
    return any(point.module not in _KEYRING_OWN_MODULES for point in entry_points)


# -- classification ----------------------------------------------------------------------------


def _qualified_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _display_name(backend: object) -> str:
    name = getattr(type(backend), "name", None)
    return name if isinstance(name, str) else type(backend).__name__


def _insecure_status(backend: object, name: str) -> BackendStatus:
    if name == "keyring.backends.fail.Keyring":
        return BackendStatus(False, translate("secrets", "No keyring"), _no_keyring_reason())
    if name == "keyring.backends.null.Keyring":
        return BackendStatus(
            False,
            translate("secrets", "Keyring turned off"),
            translate(
                "secrets",
                "The system keyring is turned off for Python programs (keyring's null backend).",
            ),
        )
    if name.startswith("keyrings.alt."):
        return BackendStatus(
            False,
            f"{type(backend).__name__} (keyrings.alt)",
            translate(
                "secrets",
                "The only keyring available keeps secrets in a file on disk that is not properly "
                "protected, so Switchboard will not use it.",
            ),
        )
    return BackendStatus(
        False,
        translate("secrets", "Unrecognised keyring ({name})").format(name=name),
        translate(
            "secrets",
            "Switchboard keeps your key only in the system's own keychain (Secret Service, "
            "KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.",
        ),
    )


def unanswered_status(reason: str) -> BackendStatus:
    """The status when the keychain did not answer at all; ``reason`` says so."""
    return BackendStatus(False, translate("secrets", "No keyring"), reason)


def _insecure_reason(names: str) -> str:
    return translate(
        "secrets",
        "None of the keyrings available ({names}) keeps secrets safely, "
        "so Switchboard will not use them.",
    ).format(names=names)


def _no_keyring_reason() -> str:
    if sys.platform == "win32" or sys.platform == "darwin":
        return translate("secrets", "No keyring service is available.")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not _default_bus_socket().exists():
        return translate(
            "secrets",
            "No desktop session bus (D-Bus) is running, so no keyring service such as "
            "GNOME Keyring or KWallet can be reached.",
        )
    return translate("secrets", "No keyring service (such as GNOME Keyring or KWallet) is running.")


def _broken_reason(error: Exception) -> str:
    return translate("secrets", "The keyring could not be set up ({error}).").format(
        error=type(error).__name__
    )


def _default_bus_socket() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    return Path(runtime) / "bus"


def _secret_service_provider() -> str | None:
    """Which program serves the Secret Service (GNOME Keyring, KWallet, KeePassXC), from the
    name of the process that owns ``org.freedesktop.secrets``. None when unknown."""
    try:
        jeepney = importlib.import_module("jeepney")
        blocking = importlib.import_module("jeepney.io.blocking")
        bus = jeepney.DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        call = jeepney.new_method_call(
            bus, "GetConnectionUnixProcessID", "s", ("org.freedesktop.secrets",)
        )
        with blocking.open_dbus_connection(bus="SESSION") as connection:
            reply = connection.send_and_get_reply(call, timeout=1.0)
        if reply.header.message_type != jeepney.MessageType.method_return:
            return None
        pid = int(reply.body[0])
        process = Path(f"/proc/{pid}/comm").read_text(encoding="utf-8").strip().lower()
    except Exception:
        return None
    for prefix, provider in _SECRET_SERVICE_PROVIDERS:
        if process.startswith(prefix):
            return provider
    return None


# -- errors ------------------------------------------------------------------------------------


def _keyring_errors() -> ModuleType:
    return importlib.import_module("keyring.errors")


def _unavailable_message(action: Action, reason: str | None) -> str:
    if reason:
        return _unavailable_with_reason(action).format(reason=reason)
    if action == "read":
        return translate(
            "secrets",
            "Switchboard has no secure place to keep your key on this computer. "
            "You can paste a key to use for this session only.",
        )
    if action == "remove":
        return translate(
            "secrets", "Switchboard has no secure place to keep your key on this computer."
        )
    return translate(
        "secrets",
        "There is no secure place to keep your key on this computer. "
        "You can use the key for this session only.",
    )


def _unavailable_with_reason(action: Action) -> str:
    if action == "read":
        return translate(
            "secrets",
            "Switchboard has no secure place to keep your key on this computer. {reason} "
            "You can paste a key to use for this session only.",
        )
    if action == "remove":
        return translate(
            "secrets",
            "Switchboard has no secure place to keep your key on this computer. {reason}",
        )
    return translate(
        "secrets",
        "There is no secure place to keep your key on this computer. {reason} "
        "You can use the key for this session only.",
    )


def _locked(action: Action) -> str:
    if action == "read":
        return translate(
            "secrets",
            "Your keyring is locked, so Switchboard cannot read your saved key. Unlock it "
            "(logging in again usually does), then restart Switchboard, or paste the key to use "
            "it for this session only.",
        )
    if action == "save":
        return translate(
            "secrets",
            "Your keyring is locked, so the key could not be saved. Unlock it (logging in "
            "again usually does) and try again, or use the key for this session only.",
        )
    return translate(
        "secrets",
        "Your keyring is locked, so the key could not be removed. Unlock it (logging in "
        "again usually does) and try again.",
    )


def failed_message(action: Action) -> str:
    if action == "read":
        return translate(
            "secrets",
            "The system keyring did not answer, so Switchboard cannot read your saved key. "
            "Try again later, or paste the key to use it for this session only.",
        )
    if action == "save":
        return translate(
            "secrets",
            "The system keyring did not answer, so the key could not be saved. Try again, or "
            "use the key for this session only.",
        )
    return translate(
        "secrets",
        "The system keyring did not answer, so the key could not be removed. Try again later.",
    )


def _failure(action: Action, error: Exception) -> SecretStoreUnavailable:
    """The plain-language error for a keyring exception. The detail names the exception type
    and its (redacted) text; the key is never part of either."""
    detail = f"could not {action} the key: {type(error).__name__}: {redact(str(error))}"
    errors: ModuleType | None = None
    with contextlib.suppress(ImportError):
        errors = _keyring_errors()
    if errors is not None and isinstance(error, errors.KeyringLocked):
        return SecretStoreUnavailable(detail, user_message=_locked(action), kind="locked")
    if errors is not None and isinstance(error, errors.NoKeyringError):
        message = _unavailable_message(action, _no_keyring_reason())
        return SecretStoreUnavailable(detail, user_message=message, kind="unavailable")
    return SecretStoreUnavailable(detail, user_message=failed_message(action), kind="failed")
