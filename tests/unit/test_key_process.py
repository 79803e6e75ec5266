"""The keychain through the app's own helper process (``app.store.key_process``): the window
never loads keyring, the key travels only through the helper's pipes, the helper speaks the
window's language, and a helper that is broken, hostile or silent changes nothing for the
person (the call runs in the window's process instead, or fails in plain words)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.main import key_helper_command
from app.store import key_process
from app.store.key_process import KeyStoreProcess
from app.store.secrets import KeyStore, SecretStoreUnavailable
from tests.helpers.keyrings import FileKeyring, trusting

ROOT = Path(__file__).resolve().parents[2]
KEY = "sk-or-v1-" + "5a" * 32
FILE_BACKEND = f"{FileKeyring.__module__}.{FileKeyring.__qualname__}"


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The helper (and this process) use a keyring kept in a file, trusted as secure."""
    import keyring.core

    path = tmp_path / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", FILE_BACKEND)
    monkeypatch.setenv("SWITCHBOARD_TEST_KEYRING", str(path))
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # chosen again, on this file
    return path


def helper_store(**kwargs: object) -> KeyStoreProcess:
    command, folder = key_helper_command()
    return KeyStoreProcess(command, cwd=folder, trusted=trusting(FileKeyring), **kwargs)  # type: ignore[arg-type]


def test_the_key_round_trips_through_the_helper(file_keyring: Path) -> None:
    store = helper_store()
    assert store.lookup() == (store.backend_status(), None, None)
    assert store.backend_status().secure
    store.set(KEY)
    assert store.get() == KEY
    status, key, error = store.lookup()
    assert (status.secure, key, error) == (True, KEY, None)
    written = json.loads(file_keyring.read_text())
    assert written["writer"] != os.getpid()  # written by the helper, not by this process
    assert [*written["items"][0]][2] == KEY
    other = store.for_address("example.org/v1")
    assert other.get() is None  # another server's entry: not the OpenRouter key
    store.delete()
    store.delete()  # nothing left: not an error
    assert store.get() is None


def test_the_window_process_never_loads_keyring(file_keyring: Path) -> None:
    script = textwrap.dedent(
        f"""
        import json, sys
        from app.main import key_helper_command
        from app.store.key_process import KeyStoreProcess

        command, folder = key_helper_command()
        trusted = {{{FILE_BACKEND!r}: "Test keyring"}}  # (named: importing it loads keyring)
        store = KeyStoreProcess(command, cwd=folder, trusted=trusted)
        store.set({KEY!r})
        status, key, error = store.lookup()
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("keyring", "jaraco"))
        print(json.dumps([status.secure, key == {KEY!r}, error, loaded]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == [True, True, None, []]


def test_the_key_goes_through_the_pipe_only(tmp_path: Path) -> None:
    """A stand-in helper records what it was given: the key is in its input, never in its
    command line or environment."""
    record = tmp_path / "record.json"
    script = textwrap.dedent(
        f"""
        import json, os, sys
        request = json.loads(sys.stdin.read())
        seen = {{"argv": sys.argv, "env": dict(os.environ), "request": request}}
        open({str(record)!r}, "w").write(json.dumps(seen))
        print({key_process.REPLY_MARK!r} + json.dumps({{}}))
        """
    )
    store = KeyStoreProcess([sys.executable, "-c", script, "--key-helper"])
    store.set(KEY)
    seen = json.loads(record.read_text())
    assert seen["request"]["key"] == KEY and seen["request"]["action"] == "set"
    assert KEY not in json.dumps(seen["argv"]) and KEY not in json.dumps(seen["env"])


def test_the_helper_words_its_messages_in_the_window_s_language() -> None:
    pytest.importorskip("PySide6")  # (the helper translates with Qt's translator)
    # tests/conftest.py sets keyring's fail backend: "no keyring", with its reason.
    english = helper_store().backend_status()
    german = helper_store(language="de").backend_status()
    assert not german.secure and german.description == "Kein Schlüsselbund"
    assert english.description == "No keyring" and german.reason != english.reason
    with pytest.raises(SecretStoreUnavailable) as failed:
        helper_store(language="de").set(KEY)
    assert failed.value.kind == "unavailable" and "Schlüssel" in failed.value.user_message


@pytest.mark.parametrize(
    "output",
    [
        "",  # crashed before answering
        "not a reply at all",
        key_process.REPLY_MARK + "{broken json",
        key_process.REPLY_MARK + json.dumps(["a", "list"]),
        key_process.REPLY_MARK + json.dumps({"status": "secure!"}),
        key_process.REPLY_MARK + json.dumps({"status": [True, 7, None], "key": KEY}),
        key_process.REPLY_MARK + json.dumps({"key": 12345, "status": [True, "x", None]}),
        key_process.REPLY_MARK + json.dumps({"error": {"kind": "locked"}}),
    ],
)
def test_a_helper_without_a_usable_reply_changes_nothing(output: str, file_keyring: Path) -> None:
    """The call runs in this process instead, with the same result."""
    KeyStore(trusted=trusting(FileKeyring)).set(KEY)
    script = f"import sys; sys.stdin.read(); print({output!r}); sys.exit(3)"
    store = KeyStoreProcess([sys.executable, "-c", script], trusted=trusting(FileKeyring))
    assert store.get() == KEY
    assert store.lookup()[1:] == (KEY, None)
    assert store.backend_status() == KeyStore(trusted=trusting(FileKeyring)).backend_status()


def test_a_helper_that_cannot_start_changes_nothing(file_keyring: Path) -> None:
    store = KeyStoreProcess(["/nonexistent/switchboard"], trusted=trusting(FileKeyring))
    store.set(KEY)
    assert store.get() == KEY


def test_a_failure_the_helper_reports_is_raised_as_is() -> None:
    error = {"detail": "no read", "user_message": "Your keyring is locked.", "kind": "locked"}
    reply = key_process.REPLY_MARK + json.dumps({"error": error, "status": [True, "K", None]})
    script = f"import sys; sys.stdin.read(); print({reply!r})"
    store = KeyStoreProcess([sys.executable, "-c", script])
    with pytest.raises(SecretStoreUnavailable) as failed:
        store.get()
    assert (failed.value.kind, failed.value.user_message) == ("locked", "Your keyring is locked.")
    status, key, found_error = store.lookup()
    assert status.description == "K" and key is None
    assert found_error is not None and found_error.kind == "locked"


def test_a_helper_that_never_answers_fails_in_plain_words(
    monkeypatch: pytest.MonkeyPatch, file_keyring: Path
) -> None:
    monkeypatch.setattr(key_process, "HELPER_TIMEOUT_S", 0.5)
    sleeper = [sys.executable, "-c", "import time; time.sleep(30)"]
    store = KeyStoreProcess(sleeper, trusted=trusting(FileKeyring))
    with pytest.raises(SecretStoreUnavailable) as failed:
        store.get()
    assert failed.value.kind == "failed" and "did not answer" in failed.value.user_message
    status = store.backend_status()  # never raises
    assert not status.secure and "did not answer" in (status.reason or "")
    assert store.lookup()[1] is None
    with pytest.raises(SecretStoreUnavailable):
        store.set(KEY)
    assert not file_keyring.exists()  # not done here instead: it may still be waiting there


def test_what_a_helper_says_on_its_error_output_is_not_kept(
    file_keyring: Path, caplog: pytest.LogCaptureFixture
) -> None:
    script = f"import sys; sys.stdin.read(); print({KEY!r}, file=sys.stderr); sys.exit(1)"
    store = KeyStoreProcess([sys.executable, "-c", script], trusted=trusting(FileKeyring))
    with caplog.at_level(logging.DEBUG):
        assert store.get() is None  # (run here instead: nothing saved)
    assert "gave no reply (exit 1)" in caplog.text and KEY not in caplog.text


def test_the_helper_ends_quietly_on_a_request_it_cannot_read() -> None:
    for given in ("", "not json", "[1, 2]"):
        done = subprocess.run(
            [sys.executable, "-m", "app", "--key-helper"],
            input=given,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert (done.returncode, done.stdout, done.stderr) == (2, "", "")


def test_how_the_app_starts_itself_as_the_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    command, folder = key_helper_command()
    assert command == [sys.executable, "-m", "app", "--key-helper"]
    assert folder is not None and (Path(folder) / "app" / "__main__.py").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed app
    assert key_helper_command() == ([sys.executable, "--key-helper"], None)


def test_the_helper_is_used_where_any_program_may_read_the_keychain_anyway(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.main import _keychain

    monkeypatch.setattr(sys, "platform", "linux")
    assert isinstance(_keychain("de"), KeyStoreProcess)
    for platform in ("darwin", "win32"):  # per-app keychain rules: read by the app itself
        monkeypatch.setattr(sys, "platform", platform)
        assert isinstance(_keychain("de"), KeyStore)
