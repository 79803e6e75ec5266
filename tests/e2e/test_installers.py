"""The Linux installers, built for real: packaging/build_linux.sh makes the PyInstaller bundle,
the .deb and the tarball once per session (about 70 s on 2 cores); the tests unpack the .deb
into a throwaway root with ``dpkg-deb -x`` and run the frozen app from there.

Needs PyInstaller (the ``build`` extra), dpkg-deb, binutils, desktop-file-utils, appstream,
and for the keychain test dbus-run-session, gnome-keyring and secret-tool (.ci/run installs
them all). Windows and macOS installers are built and smoke-tested by
.github/workflows/release.yml on their own runners.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.switchboard.Switchboard"
DEB_BUDGET_MB = 60
BUNDLE_BUDGET_MB = 160
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SELFTEST_RE = re.compile(r"^switchboard selftest ok: (.*)$", re.MULTILINE)


@dataclass(frozen=True)
class Built:
    out: Path  # build_linux.sh's output folder
    deb: Path
    tarball: Path
    root: Path  # the .deb unpacked: root/opt/switchboard, root/usr/...
    log: str

    @property
    def launcher(self) -> Path:
        return self.root / "usr" / "bin" / "switchboard"

    @property
    def bundle(self) -> Path:
        return self.root / "opt" / "switchboard"


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text()
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match
    return match.group(1)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None:
        pytest.skip("the .deb is built on Debian-like Linux (Windows/macOS: the CI workflow)")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail('PyInstaller is missing: pip install -e ".[test,build]" (scripts/test.sh does)')
    for tool in ("strip", "desktop-file-validate", "appstreamcli"):
        assert shutil.which(tool), f"{tool} is not installed (.ci/run installs it)"
    out = tmp_path_factory.mktemp("installers")
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_linux.sh"), str(out)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=840,
        check=False,
    )
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-5000:]
    (deb,) = out.glob("switchboard_*.deb")
    (tarball,) = out.glob("switchboard-*-linux-*.tar.gz")
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=120)
    return Built(out, deb, tarball, root, log)


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OPENROUTER_API_KEY", "SWITCHBOARD_BASE_URL", "PYTHON_KEYRING_BACKEND")
        and not k.startswith("PYTHON")
    }
    env.update(
        SWITCHBOARD_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # never the real keychain
    )
    env.update(extra)
    return env


def selftest_fields(stdout: str) -> dict[str, str]:
    match = SELFTEST_RE.search(stdout)
    assert match, stdout
    return dict(part.split("=", 1) for part in match.group(1).split())


def megabytes(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def test_the_deb_installs_the_bundle_launcher_desktop_file_icons_and_metainfo(
    built: Built,
) -> None:
    assert built.deb.name == f"switchboard_{version()}_{built.deb.name.split('_')[2]}"
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(built.deb), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: switchboard" in fields and f"Version: {version()}" in fields
    assert built.launcher.is_symlink()
    assert os.readlink(built.launcher) == "../../opt/switchboard/switchboard"
    assert built.launcher.resolve() == (built.bundle / "switchboard").resolve()
    share = built.root / "usr" / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert desktop.is_file() and metainfo.is_file()
    for size in ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert icon.read_bytes() == (ROOT / "icons" / f"switchboard-{size}.png").read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    # One id everywhere: desktop file name, its Icon=, the metainfo, and Qt's desktop file name.
    assert f"Icon={APP_ID}\n" in desktop.read_text()
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo.read_text()
    assert f'<release version="{version()}"' in metainfo.read_text()
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "app" / "main.py").read_text()
    # The portable tarball holds the same bundle.
    listing = subprocess.run(
        ["tar", "-tzf", str(built.tarball)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert "switchboard/switchboard" in listing and "switchboard/_internal/resources/" in listing


def test_the_desktop_file_and_metainfo_validate(built: Built) -> None:
    share = built.root / "usr" / "share"
    desktop = subprocess.run(
        ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert desktop.returncode == 0 and desktop.stdout.strip() == "", desktop.stdout
    appstream = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            "--pedantic",
            str(share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr


def test_sizes_stay_within_budget_and_unused_qt_is_left_out(built: Built) -> None:
    deb_mb, bundle_mb = megabytes(built.deb), megabytes(built.bundle)
    print(f"\n.deb {deb_mb:.1f} MB, installed bundle {bundle_mb:.1f} MB")
    assert deb_mb <= DEB_BUDGET_MB
    assert bundle_mb <= BUNDLE_BUDGET_MB
    names = [str(p.relative_to(built.bundle)) for p in built.bundle.rglob("*")]
    unwanted = re.compile(
        r"translations/|Qt6?(Qml|Quick|WebEngine|Network|Pdf|Svg|Multimedia|3D)|libgtk-3|"
        r"platforms/libq(eglfs|vnc|linuxfb)|platformthemes/libqgtk3|tkinter"
    )
    assert [n for n in names if unwanted.search(n)] == []
    internal = built.bundle / "_internal"
    for needed in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
        assert (internal / "PySide6" / "Qt" / "plugins" / "platforms" / needed).is_file()
    assert (internal / "certifi" / "cacert.pem").is_file()
    assert list(internal.glob("keyring-*.dist-info/entry_points.txt"))  # backend discovery
    assert sorted(p.name for p in (internal / "icons").iterdir()) == sorted(
        p.name for p in (ROOT / "icons").iterdir()
    )


def test_every_library_in_the_bundle_finds_its_dependencies(built: Built) -> None:
    """The spec drops libraries only removed plugins needed: nothing may be left dangling."""
    internal = built.bundle / "_internal"
    env = {
        **os.environ,
        "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}",
    }
    missing = []
    for path in [built.bundle / "switchboard", *internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        ldd = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        missing += [
            f"{path.name}: {line.strip()}"
            for line in ldd.stdout.splitlines()
            if "not found" in line
        ]
    assert missing == []


def test_the_installed_app_passes_its_selftest(built: Built, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(built.launcher), "--selftest"],
        env=clean_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    fields = selftest_fields(done.stdout)
    print("\n" + SELFTEST_RE.search(done.stdout).group(0))  # type: ignore[union-attr]
    assert fields["resources"] == str(len(list((ROOT / "resources").iterdir())))
    assert fields["icons"] == str(len(list((ROOT / "icons").iterdir())))
    assert fields["python"].startswith("3.") and fields["qt"].startswith("6.")
    assert fields["database"].startswith("schema") and fields["notices"] == "0"
    assert fields["key"] == "none" and fields["home"] == str(tmp_path / "home")
    assert (tmp_path / "home" / "data" / "history.sqlite3").is_file()


def test_the_installed_app_reaches_the_fake_server_on_loopback(
    built: Built, tmp_path: Path
) -> None:
    export = tmp_path / "export.json"
    with FakeOpenRouter() as fake:
        fake.push(Scenario(text="Hello from the fake server."))
        done = subprocess.run(
            [str(built.launcher), "--send", "hello", "--export", str(export), "--quit-when-done"],
            env=clean_env(
                tmp_path / "home", SWITCHBOARD_BASE_URL=fake.base_url, OPENROUTER_API_KEY=VALID_KEY
            ),
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        requests = list(fake.chat_requests)
        assert fake.errors == []
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(requests) == 1
    assert requests[0].client[0] == "127.0.0.1"
    assert requests[0].header("authorization") == f"Bearer {VALID_KEY}"
    assert requests[0].json["messages"][-1]["content"] == "hello"
    contents = [m["content"] for m in json.loads(export.read_text())["messages"]]
    assert contents[-2:] == ["hello", "Hello from the fake server."]


def test_the_frozen_app_reads_the_key_from_the_secret_service(built: Built, tmp_path: Path) -> None:
    """keyring finds its SecretService backend inside the bundle (entry points, jeepney,
    secretstorage, cryptography): a key put into gnome-keyring by secret-tool is the one the
    frozen app reports at start."""
    for tool in ("dbus-run-session", "gnome-keyring-daemon", "secret-tool"):
        assert shutil.which(tool), f"{tool} is not installed (.ci/run installs it)"
    home, runtime = tmp_path / "home", tmp_path / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "SWITCHBOARD_HOME": str(tmp_path / "switchboard"),
        "SWITCHBOARD_BASE_URL": "http://127.0.0.1:9/api/v1",  # --selftest makes no request
        "APP": str(built.launcher),
        "KEY": "sk-or-v1-" + "5e" * 32,
    }
    shell = (
        'eval "$(printf throwaway | gnome-keyring-daemon --unlock --components=secrets)"\n'
        "export GNOME_KEYRING_CONTROL\n"
        # The entry for the address in use (the OpenRouter key never goes to another one).
        'printf %s "$KEY" | secret-tool store --label=Switchboard'
        ' service Switchboard username "api-key for $SWITCHBOARD_BASE_URL"\n'
        'exec "$APP" --selftest\n'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert selftest_fields(done.stdout)["key"] == "keyring", done.stdout
    assert env["KEY"] not in done.stdout + done.stderr


def test_the_windows_installer_script_compiles(tmp_path: Path) -> None:
    """makensis (Debian's nsis) compiles packaging/windows/switchboard.nsi around a dummy
    bundle; the real payload is built on a Windows runner by the CI workflow."""
    if shutil.which("makensis") is None:
        pytest.skip("makensis is not installed (Debian: nsis; .ci/run installs it)")
    bundle = tmp_path / "switchboard"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "switchboard.exe").write_bytes(b"MZ dummy")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"dummy")
    setup = tmp_path / "Switchboard-setup.exe"
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",  # warnings are errors
            f"-DVERSION={version()}",
            f"-DBUNDLE_DIR={bundle}",
            f"-DOUTFILE={setup}",
            str(ROOT / "packaging" / "windows" / "switchboard.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert setup.read_bytes()[:2] == b"MZ"
    script = (ROOT / "packaging" / "windows" / "switchboard.nsi").read_text()
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in script
