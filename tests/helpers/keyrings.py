"""Keyring backends in memory, so no test touches the real keychain."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.store.secrets import KeyStore


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict. Trusted only where a test says so (``TRUSTED``)."""

    priority = -1  # type: ignore[assignment]  # keyring itself never picks it

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class FailingKeyring(MemoryKeyring):
    """Every call raises ``error`` (locked, denied, gone)."""

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class FileKeyring(MemoryKeyring):
    """A keyring in the JSON file named by ``SWITCHBOARD_TEST_KEYRING``: the same entries for
    every process (the key helper's tests). Never trusted unless a test says so."""

    def __init__(self) -> None:
        super().__init__()
        import os
        from pathlib import Path

        # (keyring makes one of every backend class it knows to weigh them: then unset)
        self.path = Path(os.environ.get("SWITCHBOARD_TEST_KEYRING") or os.devnull)
        if self.path.is_file():
            pairs = json.loads(self.path.read_text())["items"]
            self.items = {(service, user): value for service, user, value in pairs}

    def _save(self) -> None:
        """(With the process that wrote it: a test can tell the helper did.)"""
        if self.path == Path(os.devnull):
            return
        pairs = [[s, u, v] for (s, u), v in self.items.items()]
        self.path.write_text(json.dumps({"writer": os.getpid(), "items": pairs}))

    def set_password(self, service: str, username: str, password: str) -> None:
        super().set_password(service, username, password)
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        super().delete_password(service, username)
        self._save()


def trusting(*classes: type[KeyringBackend]) -> dict[str, str]:
    """A ``KeyStore(trusted=...)`` table that counts these backend classes as secure."""
    return {f"{cls.__module__}.{cls.__qualname__}": "Test keyring" for cls in classes}


TRUSTED = trusting(MemoryKeyring, FailingKeyring, FileKeyring)


def secure_store(memory: MemoryKeyring) -> KeyStore:
    """A KeyStore on ``memory``, trusted as a secure keychain."""
    return KeyStore(backend=memory, trusted=TRUSTED)


def reported(completed: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """The last ``RESULT {json}`` line a child keyring script printed (it must have ended
    well and printed one)."""
    lines = [line for line in completed.stdout.splitlines() if line.startswith("RESULT ")]
    assert completed.returncode == 0 and lines, (completed.stdout, completed.stderr)
    result: dict[str, Any] = json.loads(lines[-1].removeprefix("RESULT "))
    return result
