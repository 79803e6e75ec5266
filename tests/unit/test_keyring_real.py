"""The key in a real Secret Service: gnome-keyring on a private D-Bus session.

Each test runs a subprocess under its own ``dbus-run-session`` with a throwaway HOME and XDG
folders (a stale ``login.keyring`` with another password would make the keyring locked), starts
``gnome-keyring-daemon`` unlocked with a throwaway password, and drives
``app.store.secrets.KeyStore`` there. The daemon ends with the session. See
/work/shared/reference/desktop-engineering.md §C1.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.keyrings import reported

pytestmark = pytest.mark.keyring

REPO = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, os, pathlib, secrets, sys
from app.store.secrets import KeyStore, SecretStoreUnavailable

if sys.argv[1] == "helper":  # the window's way: through the helper, keyring not loaded here
    from app.main import key_helper_command
    from app.store.key_process import KeyStoreProcess
    command, folder = key_helper_command()
    helper = KeyStoreProcess(command, cwd=folder, service="Switchboard-test")
    key = "sk-or-v1-" + secrets.token_hex(32)
    helper.set(key)
    status, found, failure = helper.lookup()
    out = {"key": key, "lookup": [status.secure, status.description, found, failure]}
    out["keyring_loaded_here"] = "keyring" in sys.modules
    out["read_here"] = KeyStore(service="Switchboard-test").get()  # the same keychain
    helper.delete()
    out["after_delete"] = KeyStore(service="Switchboard-test").get()
    print("RESULT " + json.dumps(out))
    sys.exit(0)

store = KeyStore(service="Switchboard-test")
status = store.backend_status()
out = {"secure": status.secure, "description": status.description, "reason": status.reason}
keyrings = pathlib.Path(os.environ["XDG_DATA_HOME"]) / "keyrings"

def files():
    return sorted(p for p in keyrings.rglob("*") if p.is_file()) if keyrings.exists() else []

try:
    if sys.argv[1] == "round-trip":
        key = "sk-or-v1-" + secrets.token_hex(32)
        out["key"] = key
        out["before"] = store.get()
        store.set(key)
        out["after_set"] = store.get()
        out["files"] = [p.name for p in files()]
        out["sizes"] = [p.stat().st_size for p in files()]
        out["plaintext_while_stored"] = [p.name for p in files() if key.encode() in p.read_bytes()]
        store.delete()
        out["after_delete"] = store.get()
        store.delete()  # nothing left: not an error
    elif sys.argv[1] == "store-only":
        store.set(sys.stdin.read().strip())
        out["stored"] = True
    elif sys.argv[1] == "choice":
        import subprocess
        from app.store.secrets import current_keyring
        name = (
            "import keyring; b = keyring.get_keyring(); "
            "print(type(b).__module__, type(b).__qualname__)"
        )
        chosen = current_keyring()
        out["ours"] = f"{type(chosen).__module__} {type(chosen).__qualname__}"
        out["keyrings"] = subprocess.run(
            [sys.executable, "-c", name], capture_output=True, text=True, check=True
        ).stdout.strip()
        others = ("keyring.backends.macOS", "keyring.backends.Windows")
        out["other_platforms"] = [m for m in others if m in sys.modules]
    else:
        out["got"] = store.get()
except SecretStoreUnavailable as error:
    out["error"] = {"kind": error.kind, "user_message": error.user_message, "text": str(error)}
print("RESULT " + json.dumps(out))
"""


def needs(*programs: str) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the Secret Service is a Linux desktop service")
    for program in programs:
        if shutil.which(program) is None:
            pytest.skip(f"{program} is not installed (.ci/run installs it)")


def fresh_env(root: Path) -> dict[str, str]:
    home = root / "home"
    runtime = root / "runtime"
    for folder in (home, runtime):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "PYTHONPATH": str(REPO),
        "LANG": "C.UTF-8",
    }
    # Deliberately absent: PYTHON_KEYRING_BACKEND (tests/conftest.py sets it to the fail
    # backend), DBUS_SESSION_BUS_ADDRESS (the session comes from dbus-run-session), DISPLAY.
    return env


def run_script(
    env: dict[str, str], mode: str, *, password: str = "throwaway", stdin: str = ""
) -> dict[str, Any]:
    shell = (
        'eval "$(printf \'%s\' "$KEYRING_PASSWORD" | '
        'gnome-keyring-daemon --unlock --components=secrets)"\n'
        "export GNOME_KEYRING_CONTROL\n"
        'exec "$PYTHON" -c "$SCRIPT" "$MODE"\n'
    )
    completed = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env={
            **env,
            "KEYRING_PASSWORD": password,
            "PYTHON": sys.executable,
            "SCRIPT": SCRIPT,
            "MODE": mode,
        },
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )
    return reported(completed)


def files_with(secret: str, folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_the_key_round_trips_through_gnome_keyring(tmp_path: Path) -> None:
    needs("dbus-run-session", "gnome-keyring-daemon")
    env = fresh_env(tmp_path)
    result = run_script(env, "round-trip")
    key = result["key"]
    assert "error" not in result, result
    assert result["secure"] is True
    assert result["description"] == "GNOME Keyring (Secret Service)"
    assert result["before"] is None
    assert result["after_set"] == key
    assert "login.keyring" in result["files"] and all(result["sizes"])
    assert result["plaintext_while_stored"] == []
    assert result["after_delete"] is None
    keyrings = Path(env["XDG_DATA_HOME"]) / "keyrings"
    assert keyrings.is_dir()
    assert files_with(key, tmp_path) == []  # nowhere in the throwaway home, in plain text
    if shutil.which("grep"):
        grep = subprocess.run(
            ["grep", "-rlF", key, str(keyrings)], capture_output=True, text=True, check=False
        )
        assert grep.returncode == 1 and grep.stdout == ""  # 1: no match


def test_the_key_helper_process_reaches_the_same_keychain(tmp_path: Path) -> None:
    """The window's own path (app.store.key_process): the helper saves, reads and removes the
    key in gnome-keyring, the same entry a direct KeyStore sees."""
    needs("dbus-run-session", "gnome-keyring-daemon")
    result = run_script(fresh_env(tmp_path), "helper")
    key = result["key"]
    assert "error" not in result, result
    assert result["keyring_loaded_here"] is False
    assert result["read_here"] == key
    assert result["lookup"] == [True, "GNOME Keyring (Secret Service)", key, None]
    assert result["after_delete"] is None
    assert files_with(key, tmp_path) == []


def test_the_app_chooses_the_secret_service_as_keyring_does(tmp_path: Path) -> None:
    needs("dbus-run-session", "gnome-keyring-daemon")
    result = run_script(fresh_env(tmp_path), "choice")
    assert result["ours"] == result["keyrings"] == "keyring.backends.SecretService Keyring"
    assert result["other_platforms"] == []  # found without loading macOS or Windows backends


def test_a_keyring_locked_with_another_password_is_reported(tmp_path: Path) -> None:
    needs("dbus-run-session", "gnome-keyring-daemon")
    env = fresh_env(tmp_path)
    key = "sk-or-v1-" + "7a" * 32
    assert run_script(env, "store-only", password="first", stdin=key)["stored"] is True
    result = run_script(env, "get", password="another")  # cannot unlock; no display to ask
    assert result["error"]["kind"] == "locked", result
    assert "locked" in result["error"]["user_message"]
    assert key not in json.dumps(result)
    assert files_with(key, tmp_path) == []


def test_without_dbus_there_is_no_secure_place(tmp_path: Path) -> None:
    needs()
    env = fresh_env(tmp_path)
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT, "get"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )
    result = reported(completed)
    assert result["secure"] is False and result["description"] == "No keyring"
    assert "D-Bus" in result["reason"]
    assert result["error"]["kind"] == "unavailable"
    assert "session only" in result["error"]["user_message"]
