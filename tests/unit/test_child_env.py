"""Programs we start get the user's environment back, not the frozen bundle's."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from app.core.child_env import restored_environment
from app.services import launcher

BUNDLE = "/opt/Switchboard/_internal"

FROZEN = {
    "HOME": "/home/ada",
    "PATH": "/usr/bin:/bin",
    "LD_LIBRARY_PATH": f"{BUNDLE}:/home/ada/lib",
    "LD_LIBRARY_PATH_ORIG": "/home/ada/lib",
    "QT_PLUGIN_PATH": f"{BUNDLE}/PySide6/Qt/plugins",
    "QT_QPA_PLATFORM_PLUGIN_PATH": f"{BUNDLE}/PySide6/Qt/plugins/platforms",
    "QML2_IMPORT_PATH": f"{BUNDLE}/PySide6/Qt/qml",
    "SSL_CERT_FILE": f"{BUNDLE}/certifi/cacert.pem",
    "_PYI_APPLICATION_HOME_DIR": BUNDLE,
    "XDG_CURRENT_DESKTOP": "GNOME",
}


def test_the_saved_library_path_comes_back_and_the_bundles_own_variables_go() -> None:
    env = restored_environment(FROZEN, frozen=True, bundle_dir=BUNDLE)
    assert env == {
        "HOME": "/home/ada",
        "PATH": "/usr/bin:/bin",
        "LD_LIBRARY_PATH": "/home/ada/lib",
        "XDG_CURRENT_DESKTOP": "GNOME",
    }


def test_a_library_path_the_bundle_added_goes_entirely() -> None:
    environ = {"HOME": "/home/ada", "LD_LIBRARY_PATH": BUNDLE}  # no _ORIG: none before
    assert restored_environment(environ, frozen=True) == {"HOME": "/home/ada"}


def test_the_users_own_settings_outside_the_bundle_stay() -> None:
    environ = {"SSL_CERT_FILE": "/etc/ssl/mine.pem", "LD_LIBRARY_PATH_ORIG": "", "PATH": "/bin"}
    env = restored_environment(environ, frozen=True, bundle_dir=BUNDLE)
    assert env == {"SSL_CERT_FILE": "/etc/ssl/mine.pem", "LD_LIBRARY_PATH": "", "PATH": "/bin"}


def test_not_frozen_the_environment_is_passed_on_unchanged() -> None:
    assert restored_environment(FROZEN, frozen=False) == FROZEN


def test_the_frozen_app_on_linux_opens_links_with_xdg_open_and_the_restored_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[tuple[list[str], dict[str, str]]] = []

    class Started:
        def __init__(self, args: list[str], *, env: dict[str, str], **_kw: Any) -> None:
            started.append((args, env))

        def wait(self) -> int:
            return 0

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", BUNDLE, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(launcher.os, "environ", dict(FROZEN))
    monkeypatch.setattr(launcher.shutil, "which", lambda name, path=None: f"/usr/bin/{name}")
    monkeypatch.setattr(subprocess, "Popen", Started)
    assert launcher.uses_own_opener()
    assert launcher.open_with_system("https://openrouter.ai/keys")
    ((args, env),) = started
    assert args == ["/usr/bin/xdg-open", "https://openrouter.ai/keys"]
    assert env["LD_LIBRARY_PATH"] == "/home/ada/lib" and "QT_PLUGIN_PATH" not in env


def test_only_the_frozen_app_on_linux_uses_its_own_opener() -> None:
    assert not launcher.uses_own_opener(frozen=False, platform="linux")
    assert not launcher.uses_own_opener(frozen=True, platform="win32")
    assert launcher.uses_own_opener(frozen=True, platform="linux")


def test_without_xdg_open_the_link_is_reported_as_not_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(launcher.shutil, "which", lambda name, path=None: None)
    assert not launcher.open_with_system("https://openrouter.ai/keys")
