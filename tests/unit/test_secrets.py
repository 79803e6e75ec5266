"""KeyStore: secure backends are used, insecure ones refused (nothing written anywhere), and
keyring's errors become plain messages that never contain the key."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import InitError, KeyringLocked

from app.store.secrets import (
    SECURE_BACKENDS,
    BackendStatus,
    KeyStore,
    SecretStoreUnavailable,
)
from tests.helpers.keyrings import TRUSTED, FailingKeyring, MemoryKeyring

KEY = "sk-or-v1-" + "5e" * 32


def memory_store(backend: KeyringBackend | None = None) -> tuple[KeyStore, MemoryKeyring]:
    memory = backend if isinstance(backend, MemoryKeyring) else MemoryKeyring()
    return KeyStore(backend=backend or memory, trusted=TRUSTED), memory


def named_backend(module: str, qualname: str) -> MemoryKeyring:
    """A MemoryKeyring whose class claims another module and name (for the name mapping)."""
    cls = type(qualname, (MemoryKeyring,), {"__module__": module, "__qualname__": qualname})
    backend = cls()
    assert isinstance(backend, MemoryKeyring)
    return backend


def files_containing(secret: str, roots: Iterable[Path]) -> list[Path]:
    found = []
    for root in roots:
        if not root.exists():
            continue
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                try:
                    if secret.encode() in path.read_bytes():
                        found.append(path)
                except OSError:
                    pass
    return found


def writable_places(tmp_path: Path) -> list[Path]:
    """Everywhere a careless store could put the key: the app's home, the test's tmp, and
    the folders keyring (and keyrings.alt's file backends) write to."""
    from keyring.util import platform_

    return [
        Path(os.environ["SWITCHBOARD_HOME"]),
        tmp_path,
        Path(platform_.data_root()),
        Path(platform_.config_root()),
    ]


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


# -- a secure backend ------------------------------------------------------------------------


def test_round_trip_in_a_secure_backend() -> None:
    store, memory = memory_store()
    assert store.backend_status() == BackendStatus(True, "Test keyring")
    assert store.get() is None
    store.set(KEY)
    assert memory.items == {("Switchboard", "openrouter-api-key"): KEY}
    assert store.get() == KEY
    store.set(KEY + "2")
    assert store.get() == KEY + "2" and len(memory.items) == 1
    store.delete()
    assert store.get() is None and memory.items == {}
    store.delete()  # nothing there: not an error
    assert KEY not in repr(store)


def test_one_service_name_and_custom_names() -> None:
    store, memory = memory_store()
    other = KeyStore("Other", "me", backend=memory, trusted=TRUSTED)
    store.set(KEY)
    other.set("other-secret")
    assert memory.items == {
        ("Switchboard", "openrouter-api-key"): KEY,
        ("Other", "me"): "other-secret",
    }


def test_empty_keys_are_not_saved() -> None:
    store, memory = memory_store()
    for empty in ("", "   "):
        with pytest.raises(ValueError):
            store.set(empty)
    assert memory.items == {}


def test_the_default_backend_is_keyrings_choice(restore_keyring: None) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    store = KeyStore(trusted=TRUSTED)
    store.set(KEY)
    assert memory.items and store.get() == KEY


@pytest.mark.parametrize(
    ("module", "qualname", "description"),
    [
        ("keyring.backends.macOS", "Keyring", "macOS Keychain"),
        ("keyring.backends.Windows", "WinVaultKeyring", "Windows Credential Manager"),
        ("keyring.backends.kwallet", "DBusKeyring", "KWallet"),
        ("keyring.backends.kwallet", "DBusKeyringKWallet4", "KWallet"),
    ],
)
def test_native_backends_are_secure(module: str, qualname: str, description: str) -> None:
    store = KeyStore(backend=named_backend(module, qualname))
    assert store.backend_status() == BackendStatus(True, description)
    store.set(KEY)
    assert store.get() == KEY


@pytest.mark.parametrize("module", ["keyring.backends.SecretService", "keyring.backends.libsecret"])
def test_secret_service_names_its_provider(module: str) -> None:
    status = KeyStore(backend=named_backend(module, "Keyring")).backend_status()
    assert status.secure and status.reason is None
    assert status.description.endswith("(Secret Service)")  # "GNOME Keyring (…)" when known
    assert SECURE_BACKENDS[f"{module}.Keyring"] == "Secret Service"


def test_the_real_secret_service_class_is_recognised_without_touching_it() -> None:
    from keyring.backends import SecretService

    status = KeyStore(backend=SecretService.Keyring()).backend_status()
    assert status.secure and "Secret Service" in status.description


# -- insecure backends: refused, nothing written ---------------------------------------------


def assert_refused(store: KeyStore, tmp_path: Path) -> SecretStoreUnavailable:
    with pytest.raises(SecretStoreUnavailable) as caught:
        store.set(KEY)
    error = caught.value
    assert error.kind == "unavailable"
    assert "session only" in error.user_message
    assert KEY not in error.user_message and KEY not in str(error)
    with pytest.raises(SecretStoreUnavailable) as read:
        store.get()
    assert "session only" in read.value.user_message
    store.delete()  # nothing can be there: no error
    assert files_containing(KEY, writable_places(tmp_path)) == []
    return error


def test_the_fail_backend_means_no_secure_place(tmp_path: Path) -> None:
    store = KeyStore(backend=fail.Keyring())
    status = store.backend_status()
    assert not status.secure and status.description == "No keyring"
    assert status.reason and "keyring" in status.reason.lower()
    error = assert_refused(store, tmp_path)
    assert error.user_message.startswith("There is no secure place to keep your key")


def test_the_environment_default_here_is_the_fail_backend(
    tmp_path: Path, restore_keyring: None
) -> None:
    # tests/conftest.py sets PYTHON_KEYRING_BACKEND to the fail backend
    keyring.core.init_backend()
    store = KeyStore()
    assert not store.backend_status().secure
    assert_refused(store, tmp_path)


def test_no_dbus_is_said_in_plain_words(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no "bus" socket in there
    reason = KeyStore(backend=fail.Keyring()).backend_status().reason
    assert reason is not None and "D-Bus" in reason


def test_the_null_backend_is_not_secure(tmp_path: Path) -> None:
    store = KeyStore(backend=null.Keyring())
    assert store.backend_status().description == "Keyring turned off"
    assert_refused(store, tmp_path)


@pytest.mark.parametrize("qualname", ["PlaintextKeyring", "EncryptedKeyring", "RegistryKeyring"])
def test_keyrings_alt_backends_are_refused(qualname: str, tmp_path: Path) -> None:
    plaintext = named_backend("keyrings.alt.file", qualname)
    store = KeyStore(backend=plaintext, trusted=TRUSTED)
    status = store.backend_status()
    assert not status.secure and "keyrings.alt" in status.description
    assert status.reason and "not properly protected" in status.reason
    assert_refused(store, tmp_path)
    assert plaintext.items == {}


def test_unknown_backends_are_refused(tmp_path: Path) -> None:
    unknown = named_backend("some_plugin.backend", "FancyKeyring")
    store = KeyStore(backend=unknown)
    assert store.backend_status().description.startswith("Unrecognised keyring")
    assert_refused(store, tmp_path)
    assert unknown.items == {}


# -- keyring's chainer ------------------------------------------------------------------------


def chain(monkeypatch: pytest.MonkeyPatch, members: list[KeyringBackend]) -> KeyStore:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", members)
    return KeyStore(backend=chainer.ChainerBackend(), trusted=TRUSTED)


def test_a_chain_writes_only_to_its_secure_member(monkeypatch: pytest.MonkeyPatch) -> None:
    plaintext = named_backend("keyrings.alt.file", "PlaintextKeyring")
    memory = MemoryKeyring()
    store = chain(monkeypatch, [plaintext, memory])
    assert store.backend_status() == BackendStatus(True, "Test keyring")
    store.set(KEY)
    assert plaintext.items == {} and store.get() == KEY
    store.delete()
    assert memory.items == {}


def test_a_chain_without_a_secure_member_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plaintext = named_backend("keyrings.alt.file", "PlaintextKeyring")
    store = chain(monkeypatch, [plaintext])
    status = store.backend_status()
    assert (status.secure, status.description) == (False, "No secure keyring")
    assert status.reason and "PlaintextKeyring" in status.reason
    assert_refused(store, tmp_path)
    assert plaintext.items == {}
    empty = chain(monkeypatch, [])
    assert empty.backend_status().description == "No keyring"


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        (KeyringLocked("Failed to unlock the collection!"), "locked", "locked"),
        (InitError("Failed to create the collection"), "failed", "did not answer"),
        (RuntimeError(f"dbus said: {KEY}"), "failed", "did not answer"),
        (ConnectionRefusedError(111, "Connection refused"), "failed", "did not answer"),
    ],
)
def test_keyring_errors_become_plain_messages(error: Exception, kind: str, words: str) -> None:
    store, _ = memory_store(FailingKeyring(error))
    for action in (store.get, lambda: store.set(KEY), store.delete):
        with pytest.raises(SecretStoreUnavailable) as caught:
            action()
        raised = caught.value
        assert raised.kind == kind and words in raised.user_message
        assert KEY not in raised.user_message and KEY not in str(raised)
        assert raised.__cause__ is None and raised.__suppress_context__


def test_a_broken_keyring_setup_is_reported_not_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    store = KeyStore()

    def broken() -> KeyringBackend:
        raise ValueError("bad PYTHON_KEYRING_BACKEND")

    monkeypatch.setattr(store, "_current_backend", broken)
    status = store.backend_status()
    assert not status.secure and status.reason and "could not be set up" in status.reason
    with pytest.raises(SecretStoreUnavailable):
        store.get()


def test_each_server_address_has_its_own_entry() -> None:
    store, memory = memory_store()
    store.set("sk-or-v1-openrouter")
    local = store.for_address("http://127.0.0.1:8080/v1")
    assert local.get() is None  # the OpenRouter key is not the local server's
    local.set("local-key")
    assert store.get() == "sk-or-v1-openrouter" and local.get() == "local-key"
    assert memory.items == {
        ("Switchboard", "openrouter-api-key"): "sk-or-v1-openrouter",
        ("Switchboard", "api-key for http://127.0.0.1:8080/v1"): "local-key",
    }
    local.delete()
    assert store.get() == "sk-or-v1-openrouter" and local.get() is None
    assert local.backend_status().secure  # the same trusted keychain
