"""Which keyring backend the app uses: the user's configuration first, exactly as keyring
reads it, then the platform's backend, found without importing the backends that cannot run
here. Each case runs in a fresh interpreter (keyring keeps its choice for the whole run, and
the point is what gets imported)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.keyrings import reported

REPO = Path(__file__).resolve().parents[2]

# The app's choice, its status, and which heavy modules the choice brought in.
CHOOSE = r"""
import json, sys
from app.store.secrets import KeyStore, current_keyring
backend = current_keyring()
status = KeyStore().backend_status()
watched = ["cryptography", "secretstorage", "keyring.backends.SecretService",
           "keyring.backends.macOS", "keyring.backends.Windows", "keyring.backends.chainer"]
print("RESULT " + json.dumps({
    "backend": f"{type(backend).__module__}.{type(backend).__qualname__}",
    "description": status.description,
    "imported": [m for m in watched if m in sys.modules],
}))
"""

# keyring's own choice, for comparison.
KEYRING_CHOICE = r"""
import json, keyring
cls = type(keyring.get_keyring())
print("RESULT " + json.dumps({"backend": f"{cls.__module__}.{cls.__qualname__}"}))
"""

NULL = "keyring.backends.null.Keyring"
FAIL = "keyring.backends.fail.Keyring"
HEAVY = ["cryptography", "secretstorage", "keyring.backends.SecretService"]
OTHER_PLATFORMS = ["keyring.backends.macOS", "keyring.backends.Windows"]


def base_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No keyring configuration at all, no session bus, a throwaway config folder."""
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "SWITCHBOARD_HOME": str(tmp_path / "switchboard"),
        "PYTHONPATH": str(REPO),
        "LANG": "C.UTF-8",
    }
    return {**env, **extra}


def run(script: str, env: dict[str, str]) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )
    return reported(completed)


def write_keyringrc(env: dict[str, str], backend: str) -> None:
    """keyringrc.cfg where keyring looks for it on Linux (keyring.util.platform_)."""
    folder = Path(env["XDG_CONFIG_HOME"]) / "python_keyring"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "keyringrc.cfg").write_text(f"[backend]\ndefault-keyring={backend}\n")


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the platform choice checked here is Linux's"
)


def test_the_environment_variable_is_honoured(tmp_path: Path) -> None:
    env = base_env(tmp_path, PYTHON_KEYRING_BACKEND=NULL)
    write_keyringrc(env, FAIL)  # the variable wins over the file, as in keyring
    result = run(CHOOSE, env)
    assert result["backend"] == NULL
    assert result["description"] == "Keyring turned off"
    assert run(KEYRING_CHOICE, env)["backend"] == NULL


def test_keyringrc_is_honoured(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    write_keyringrc(env, NULL)
    result = run(CHOOSE, env)
    assert result["backend"] == NULL
    assert result["description"] == "Keyring turned off"
    assert result["imported"] == []  # nothing but the configured backend was loaded


def test_a_keyringrc_without_a_backend_leaves_the_choice_to_the_platform(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    folder = Path(env["XDG_CONFIG_HOME"]) / "python_keyring"
    folder.mkdir(parents=True)
    (folder / "keyringrc.cfg").write_text("[other]\nvalue=1\n")
    assert run(CHOOSE, env)["backend"] == run(KEYRING_CHOICE, env)["backend"]


@linux_only
def test_without_a_session_bus_nothing_heavy_is_imported(tmp_path: Path) -> None:
    env = base_env(tmp_path)
    result = run(CHOOSE, env)
    assert result["backend"] == FAIL
    assert result["description"] == "No keyring"
    assert result["imported"] == []  # no secretstorage, cryptography or other platforms
    assert run(KEYRING_CHOICE, env)["backend"] == FAIL


@linux_only
def test_an_unreachable_session_bus_gives_keyrings_choice(tmp_path: Path) -> None:
    env = base_env(tmp_path, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/no-bus")
    result = run(CHOOSE, env)
    assert result["backend"] == run(KEYRING_CHOICE, env)["backend"] == FAIL
    # The Secret Service had to be tried; the other platforms' backends were not loaded.
    assert "keyring.backends.SecretService" in result["imported"]
    assert not set(OTHER_PLATFORMS) & set(result["imported"])


def test_the_choice_on_this_machine_is_keyrings(tmp_path: Path) -> None:
    """The test runner's own environment (whatever keyring would find here), without the
    fail backend tests/conftest.py sets and without the user's real configuration."""
    env = {**os.environ, **base_env(tmp_path)}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    assert run(CHOOSE, env)["backend"] == run(KEYRING_CHOICE, env)["backend"]


def test_a_keyring_plugin_is_weighed_as_keyring_weighs_it(tmp_path: Path) -> None:
    """A package registering its own backend (as keyrings.alt does): keyring's discovery
    decides, so the app reports the same backend keyring would use."""
    plugins = tmp_path / "plugins"
    (plugins / "fake_plugin-1.0.dist-info").mkdir(parents=True)
    (plugins / "fake_plugin-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: fake-plugin\nVersion: 1.0\n"
    )
    (plugins / "fake_plugin-1.0.dist-info" / "entry_points.txt").write_text(
        "[keyring.backends]\nfake = fake_plugin\n"
    )
    (plugins / "fake_plugin.py").write_text(
        "from keyring.backend import KeyringBackend\n"
        "class PlainFile(KeyringBackend):\n"
        "    priority = 1\n"
        "    def get_password(self, service, username): return None\n"
        "    def set_password(self, service, username, password): pass\n"
        "    def delete_password(self, service, username): pass\n"
    )
    env = base_env(tmp_path)
    env["PYTHONPATH"] = f"{REPO}{os.pathsep}{plugins}"
    result = run(CHOOSE, env)
    assert result["backend"] == run(KEYRING_CHOICE, env)["backend"] == "fake_plugin.PlainFile"
    assert result["description"] == "Unrecognised keyring (fake_plugin.PlainFile)"
