"""The keychain, reached through a short-lived helper process.

keyring, and what it brings (its helpers, the metadata of every installed package, and with a
desktop keyring ``secretstorage``, ``jeepney`` and ``cryptography``), takes 5 to 9 MB that the
window would keep for its whole life in order to read one key once. ``KeyStoreProcess`` has
``KeyStore``'s interface, and runs each call in a new process of the app itself
(``command``): the helper reads one request (JSON) on its standard input, does it with a
``KeyStore``, writes the reply on its standard output and ends. The key travels only through
those two pipes: never in the command line, the environment or a file.

The helper words its messages itself, in the language the request names (the window's).
Should it not start or not answer sensibly (a broken installation), the call runs in this
process instead, as before: the key must stay reachable.
"""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Mapping, Sequence
from typing import Any

from .secrets import (
    SERVICE,
    USERNAME,
    Action,
    BackendStatus,
    KeyStore,
    SecretStoreUnavailable,
    failed_message,
    unanswered_status,
)

log = logging.getLogger(__name__)

REPLY_MARK = "switchboard-key-helper "  # the reply's line starts with this
HELPER_TIMEOUT_S = 300.0  # an unlock prompt waits for the person
_KINDS = ("unavailable", "locked", "failed")


class KeyStoreProcess:
    """``KeyStore`` (``service``, ``username``) run in ``command``'s process, one per call.

    ``language``: the code the helper words its messages in; ``cwd`` and ``env``: where and
    with what it runs (None: this process's)."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        language: str = "en",
        service: str = SERVICE,
        username: str = USERNAME,
        cwd: str | None = None,
        env: Mapping[str, str] | None = None,
        trusted: Mapping[str, str] | None = None,
    ) -> None:
        self.service = service
        self.username = username
        self._command = list(command)
        self._language = language
        self._cwd = cwd
        self._env = dict(env) if env is not None else None
        self._trusted = dict(trusted or {})

    def for_address(self, address: str) -> KeyStoreProcess:
        """The entry for the server at ``address`` (see ``KeyStore.for_address``)."""
        username = KeyStore(self.service, self.username).for_address(address).username
        return KeyStoreProcess(
            self._command,
            language=self._language,
            service=self.service,
            username=username,
            cwd=self._cwd,
            env=self._env,
            trusted=self._trusted,
        )

    def __repr__(self) -> str:
        return f"KeyStoreProcess(service={self.service!r}, username={self.username!r})"

    # -- KeyStore's interface ----------------------------------------------------------------

    def backend_status(self) -> BackendStatus:
        """What keeps the key, in words for Settings. Never raises."""
        try:
            reply = self._call({"action": "status"})
        except SecretStoreUnavailable as error:  # (it did not answer in time)
            return unanswered_status(error.user_message)
        status = reply["status"]
        return BackendStatus(status[0], status[1], status[2])

    def get(self) -> str | None:
        """The saved key, or None. Raises SecretStoreUnavailable."""
        value = self._call({"action": "get"}).get("key")
        return value if isinstance(value, str) and value else None

    def set(self, key: str) -> None:
        """Save ``key``. Raises SecretStoreUnavailable (ValueError for an empty key)."""
        if not key or not key.strip():
            raise ValueError("an empty key cannot be saved")
        self._call({"action": "set", "key": key})

    def delete(self) -> None:
        """Remove the saved key (nothing saved is not an error)."""
        self._call({"action": "delete"})

    def lookup(self) -> tuple[BackendStatus, str | None, SecretStoreUnavailable | None]:
        """``backend_status`` and ``get`` in one trip: the status, the key (or None) and the
        failure that kept it from being read (or None)."""
        reply = self._reply({"action": "lookup"})
        status = reply.get("status")
        if status is None:  # (it did not answer in time)
            error = _failure(reply)
            return unanswered_status(error.user_message if error else ""), None, error
        key = reply.get("key")
        found = key if isinstance(key, str) and key else None
        return BackendStatus(status[0], status[1], status[2]), found, _failure(reply)

    # -- the helper --------------------------------------------------------------------------

    def _call(self, request: dict[str, Any]) -> dict[str, Any]:
        """The reply to ``request``; a reported failure raised as SecretStoreUnavailable."""
        reply = self._reply(request)
        error = _failure(reply)
        if error is not None:
            raise error
        return reply

    def _reply(self, request: dict[str, Any]) -> dict[str, Any]:
        """The helper's reply to ``request``, or this process's when the helper gives no
        usable one (see the module's note)."""
        request = {
            **request,
            "service": self.service,
            "username": self.username,
            "language": self._language,
            "trusted": self._trusted,
        }
        reply = self._ask(request)
        return answer(request) if reply is None else reply

    def _ask(self, request: dict[str, Any]) -> dict[str, Any] | None:
        try:
            done = subprocess.run(  # noqa: S603  (our own program, a fixed command)
                self._command,
                input=json.dumps(request),
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                cwd=self._cwd,
                env=self._env,
                timeout=HELPER_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return {"error": _no_answer(request["action"])}
        except OSError as error:
            log.warning("the key helper could not start (%s): running here", type(error).__name__)
            return None
        reply = _reply(done.stdout, request["action"])
        if reply is None:  # (its error output is not logged: it could hold anything)
            log.warning("the key helper gave no reply (exit %s): running here", done.returncode)
        return reply


def answer(request: Mapping[str, Any]) -> dict[str, Any]:
    """The reply to one request, done with a ``KeyStore`` in this process (the helper's
    work). Failures are in the reply, worded in the language installed here."""
    trusted = request.get("trusted")
    store = KeyStore(
        str(request.get("service", "")),
        str(request.get("username", "")),
        trusted=trusted if isinstance(trusted, dict) else None,
    )
    action = request.get("action")
    if action == "lookup":
        status, key, error = store.lookup()
        found: dict[str, Any] = {"status": [status.secure, status.description, status.reason]}
        return {**found, **_error_fields(error)} if error else {**found, "key": key}
    try:
        if action == "status":
            status = store.backend_status()
            return {"status": [status.secure, status.description, status.reason]}
        if action == "get":
            return {"key": store.get()}
        if action == "set":
            store.set(str(request.get("key", "")))
            return {}
        if action == "delete":
            store.delete()
            return {}
    except SecretStoreUnavailable as error:
        return _error_fields(error)
    detail = f"unknown request {action!r}"
    return {"error": {"detail": detail, "user_message": failed_message("read"), "kind": "failed"}}


def _error_fields(error: SecretStoreUnavailable) -> dict[str, Any]:
    return {"error": {"detail": str(error), "user_message": error.user_message, "kind": error.kind}}


def _failure(reply: Mapping[str, Any]) -> SecretStoreUnavailable | None:
    """The failure a reply reports, if any."""
    error = reply.get("error")
    if not isinstance(error, dict):
        return None
    kind = error.get("kind")
    return SecretStoreUnavailable(
        str(error.get("detail", "")),
        user_message=str(error.get("user_message", "")),
        kind=kind if kind in _KINDS else "failed",
    )


def reply_line(reply: Mapping[str, Any]) -> str:
    """The line the helper writes."""
    return REPLY_MARK + json.dumps(reply) + "\n"


def _reply(output: str, action: str) -> dict[str, Any] | None:
    """The helper's reply to ``action`` in its ``output``; None when there is no well-formed
    one (the helper's output is not trusted to be anything)."""
    lines = [line for line in output.splitlines() if line.startswith(REPLY_MARK)]
    try:
        reply = json.loads(lines[-1][len(REPLY_MARK) :]) if lines else None
    except ValueError:
        return None
    if not isinstance(reply, dict):
        return None
    error = reply.get("error")
    if error is not None and not (
        isinstance(error, dict)
        and all(isinstance(error.get(f), str) for f in ("detail", "user_message", "kind"))
    ):
        return None
    if action == "lookup" or (action == "status" and error is None):
        status = reply.get("status")
        if not (
            isinstance(status, list)
            and len(status) == 3
            and isinstance(status[0], bool)
            and isinstance(status[1], str)
            and (status[2] is None or isinstance(status[2], str))
        ):
            return None
    if action in ("get", "lookup") and error is None and "key" not in reply:
        return None
    key = reply.get("key")
    return reply if key is None or isinstance(key, str) else None


def _no_answer(action: str) -> dict[str, str]:
    verbs: dict[str, Action] = {"get": "read", "set": "save", "delete": "remove"}
    return {
        "detail": f"the keychain did not answer within {HELPER_TIMEOUT_S:.0f} s",
        "user_message": failed_message(verbs.get(action, "read")),
        "kind": "failed",
    }
