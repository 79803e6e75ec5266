"""The keychain, reached through a short-lived helper process (Linux).

keyring, and what it brings (its helpers, the metadata of every installed package, and with a
desktop keyring ``secretstorage``, ``jeepney`` and ``cryptography``), takes 5 to 9 MB that the
window would keep for its whole life in order to read one key once. ``KeyStoreProcess`` has
``KeyStore``'s interface, and runs each call in a new process of the app itself
(``command``): the helper reads one request (JSON) on its standard input, does it with a
``KeyStore``, writes the reply on its standard output and ends. The key travels only through
those two pipes: never in the command line, the environment or a file.

The helper words its messages itself, in the language the request names (the window's).
Should it not start or not answer sensibly (a broken installation), the call runs in this
process instead, as before, and keyring is loaded here after all: the key must stay
reachable. A helper that does not answer in time is a failure, not a reason to ask again.

Only where any program of the user may read the keychain's items anyway (the Secret Service,
KWallet): macOS lets only the app that saved an item read it without asking, and a helper
that any program can start would read it for them (see ``app.main``).
"""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Mapping, Sequence
from typing import Any

from .secrets import (
    SERVER_KEY_PREFIX,
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
_VERBS: dict[str, Action] = {"get": "read", "lookup": "read", "set": "save", "delete": "remove"}


class KeyStoreProcess:
    """``KeyStore`` (``service``, ``username``) run in ``command``'s process, one per call.

    ``language``: the code the helper words its messages in; ``cwd``: where it runs;
    ``trusted``: as ``KeyStore``'s (tests)."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        language: str = "en",
        service: str = SERVICE,
        username: str = USERNAME,
        cwd: str | None = None,
        trusted: Mapping[str, str] | None = None,
    ) -> None:
        self.service = service
        self.username = username
        self._command = list(command)
        self._language = language
        self._cwd = cwd
        self._trusted = dict(trusted or {})

    def for_address(self, address: str) -> KeyStoreProcess:
        """The entry for the server at ``address`` (see ``KeyStore.for_address``)."""
        return KeyStoreProcess(
            self._command,
            language=self._language,
            service=self.service,
            username=SERVER_KEY_PREFIX + address,
            cwd=self._cwd,
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
        return _status_from(reply["status"])

    def get(self) -> str | None:
        """The saved key, or None. Raises SecretStoreUnavailable."""
        return self._call({"action": "get"})["key"] or None

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
        error = _failure(reply)
        if "status" not in reply:  # (it did not answer in time)
            return unanswered_status(error.user_message if error else ""), None, error
        return _status_from(reply["status"]), reply.get("key") or None, error

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
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # (it could hold anything: not kept)
                text=True,
                encoding="utf-8",
                errors="replace",
                cwd=self._cwd,
                timeout=HELPER_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return _error_reply(
                f"the keychain did not answer within {HELPER_TIMEOUT_S:.0f} s",
                failed_message(_VERBS.get(request["action"], "read")),
                "failed",
            )
        except OSError as error:
            log.warning("the key helper could not start (%s): running here", type(error).__name__)
            return None
        reply = _parse_reply(done.stdout, request["action"])
        if reply is None:
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
    try:
        if action == "lookup":
            status, key, error = store.lookup()
            found = {"status": _status_fields(status)}
            return {**found, **_error_fields(error)} if error else {**found, "key": key}
        if action == "status":
            return {"status": _status_fields(store.backend_status())}
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
    return _error_reply(f"unknown request {action!r}", failed_message("read"), "failed")


def reply_line(reply: Mapping[str, Any]) -> str:
    """The line the helper writes."""
    return REPLY_MARK + json.dumps(reply) + "\n"


def _status_fields(status: BackendStatus) -> list[Any]:
    return [status.secure, status.description, status.reason]


def _status_from(fields: list[Any]) -> BackendStatus:
    return BackendStatus(fields[0], fields[1], fields[2])


def _error_reply(detail: str, user_message: str, kind: str) -> dict[str, Any]:
    return {"error": {"detail": detail, "user_message": user_message, "kind": kind}}


def _error_fields(error: SecretStoreUnavailable) -> dict[str, Any]:
    return _error_reply(str(error), error.user_message, error.kind)


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


def _parse_reply(output: str, action: str) -> dict[str, Any] | None:
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
