"""The Linux installers, built for real: packaging/build_linux.sh makes the PyInstaller bundle,
the .deb and the tarball once per session (about 90 s on 2 cores); the tests unpack the .deb
into a throwaway root with ``dpkg-deb -x`` and run the frozen app from there, install it with
dpkg into another throwaway root and start it from its menu entry on a real X server (Xvfb,
Qt's xcb platform: no ``QT_QPA_PLATFORM``), and unpack the portable tarball.

Needs PyInstaller (the ``build`` extra), dpkg, binutils, patchelf, desktop-file-utils,
appstream, Xvfb and xwininfo (x11-utils), and for the keychain test dbus-run-session,
gnome-keyring and secret-tool (.ci/run installs them all). Windows and macOS installers are
built and smoke-tested by .github/workflows/release.yml on their own runners.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
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
        r"Qt6?(Qml|Quick|WebEngine|Network|Pdf|Svg|Multimedia|3D)|libgtk-3|"
        r"platforms/libq(eglfs|vnc|linuxfb)|platformthemes/libqgtk3|tkinter"
    )
    assert [n for n in names if unwanted.search(n)] == []
    # Translations: the app's for each shipped language, and Qt's base ones for the same.
    languages = sorted(
        p.stem.removeprefix("switchboard_") for p in (ROOT / "translations").glob("*.ts")
    )
    assert len(languages) == 8
    own = sorted(n for n in names if n.startswith("_internal/translations/"))
    assert own == [f"_internal/translations/switchboard_{code}.qm" for code in languages]
    qt = sorted(n.rsplit("/", 1)[1] for n in names if "/Qt/translations/" in n)
    assert qt == sorted(f"qtbase_{code}.qm" for code in languages)
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
    assert fields["window_icon"] == "yes"  # the frozen app finds its icon
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


# -- what the .deb promises about the system it needs -----------------------------------------


def elf_files(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    yield path


def deb_depends(deb: Path) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_libc6_floor_is_the_newest_glibc_symbol_the_bundle_uses(built: Built) -> None:
    """Read here from the dynamic symbol tables (``objdump -T``), not the version references
    the build reads: the two must agree, or the package installs where it cannot start."""
    seen: set[tuple[int, ...]] = set()
    for path in elf_files(built.bundle):
        table = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=True
        ).stdout
        seen |= {tuple(map(int, v.split("."))) for v in re.findall(r"\(GLIBC_([\d.]+)\)", table)}
    newest = ".".join(map(str, max(seen)))
    depends = deb_depends(built.deb)
    assert f"libc6 (>= {newest})" in depends, depends
    print(f"\nDepends: {depends}")


def test_the_deb_brings_what_the_bundled_fontconfig_needs_to_draw_text(built: Built) -> None:
    depends = [part.strip() for part in deb_depends(built.deb).split(",")]
    assert "fontconfig-config" in depends  # /etc/fonts/fonts.conf
    fonts = next(part for part in depends if "fonts-dejavu-core" in part)
    assert all(choice.strip().startswith("fonts-") for choice in fonts.split("|"))
    # The bundled fontconfig is the one that reads them (it is not loaded from the system).
    assert (built.bundle / "_internal" / "libfontconfig.so.1").is_file()


def test_no_library_of_the_bundle_points_at_the_build_machine(built: Built) -> None:
    """Every RUNPATH/RPATH entry left is relative to the library (``$ORIGIN``)."""
    foreign = []
    for path in elf_files(built.bundle):
        dynamic = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for kind, value in re.findall(r"^\s+(RUNPATH|RPATH)\s+(\S+)", dynamic, re.MULTILINE):
            foreign += [
                f"{path.name}: {kind} {entry}"
                for entry in value.split(":")
                if entry and not entry.startswith(("$ORIGIN", "${ORIGIN}"))
            ]
    assert foreign == []
    assert "RUNPATH entries outside the bundle removed from" in built.log


# -- the installed app on a real X server ------------------------------------------------------


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A fresh X server (Xvfb) for this module; its DISPLAY."""
    for tool in ("Xvfb", "xwininfo"):
        assert shutil.which(tool), f"{tool} is not installed (.ci/run installs it)"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@dataclass(frozen=True)
class Installed:
    root: Path  # dpkg's --root: root/opt/switchboard, root/usr/bin/switchboard, ...

    def dpkg(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                "dpkg",
                f"--root={self.root}",
                "--force-not-root",
                "--force-script-chrootless",
                "--log=/dev/null",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )


@pytest.fixture(scope="module")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The .deb installed by dpkg into a root of its own (its dependencies are this
    machine's: --force-depends, since the throwaway root's package list is empty)."""
    root = tmp_path_factory.mktemp("sysroot")
    admin = root / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True)
    for name in ("status", "available"):
        (admin / name).touch()
    done = Installed(root).dpkg("--force-depends", "--install", str(built.deb))
    assert done.returncode == 0, done.stdout + done.stderr
    return Installed(root)


def desktop_exec(root: Path) -> list[str]:
    """The menu entry's command, as a launcher runs it (no field codes in ours)."""
    entry = root / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    line = next(ln for ln in entry.read_text().splitlines() if ln.startswith("Exec="))
    command = shlex.split(line.removeprefix("Exec="))
    assert not [arg for arg in command if arg.startswith("%")]
    return command


def desktop_env(display: str, home: Path, bin_dir: Path, **extra: str) -> dict[str, str]:
    """A desktop session's environment: the installed ``bin`` on PATH, nothing of Qt's."""
    home.mkdir(parents=True, exist_ok=True)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return {
        "PATH": f"{bin_dir}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(home),
        "DISPLAY": display,
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "SWITCHBOARD_HOME": str(home / "switchboard"),
        "SWITCHBOARD_BASE_URL": "http://127.0.0.1:9/api/v1",  # nothing answers: quiet notices
        "SWITCHBOARD_UPDATE_URL": "off",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the real keychain
        **extra,
    }


def top_windows(display: str) -> list[str]:
    """The X server's top-level windows, as ``xwininfo -root -children`` lists them."""
    listing = subprocess.run(
        ["xwininfo", "-root", "-children", "-display", display],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    ).stdout
    return [ln.strip() for ln in listing.splitlines() if re.match(r"\s+0x[0-9a-f]+ ", ln)]


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            return process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.communicate(timeout=10)


def test_the_installed_app_opens_its_window_from_the_menu_entry_on_x11(
    installed: Installed, display: str, tmp_path: Path
) -> None:
    """Started as a desktop launcher starts it: the .desktop's Exec, found on PATH, with no
    platform chosen for Qt, so the bundled xcb plugin (and everything it loads) must work."""
    command = desktop_exec(installed.root)
    assert command == ["switchboard"]
    env = desktop_env(display, tmp_path / "home", installed.root / "usr" / "bin")
    started = time.monotonic()
    app = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    window: list[str] = []
    try:
        while time.monotonic() - started < 60 and app.poll() is None and not window:
            window = [w for w in top_windows(display) if '"Switchboard' in w and '("' in w]
            time.sleep(0.05)
        shown_after = time.monotonic() - started
    finally:
        out, err = stop(app)
    assert window, f"no Switchboard window; exit {app.returncode}\n{out}\n{err[-3000:]}"
    print(f"\ninstalled app: window after {shown_after:.2f} s: {window[0]}")
    # The window's class names the menu entry's StartupWMClass (docks group windows by it).
    assert '("switchboard" "Switchboard")' in window[0], window[0]
    assert (
        "StartupWMClass=switchboard\n"
        in (installed.root / "usr" / "share" / "applications" / f"{APP_ID}.desktop").read_text()
    )
    size = re.search(r"\)\s+(\d+)x(\d+)\+", window[0])
    assert size and int(size.group(1)) >= 800 and int(size.group(2)) >= 600, window[0]
    assert "qt.qpa.plugin" not in err and "xcb" not in err.lower(), err[-3000:]
    assert app.returncode == 0, err[-3000:]  # SIGTERM: a clean exit


@pytest.fixture(scope="module")
def wayland(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A Wayland compositor with no screen (weston's headless backend): its runtime folder
    and socket name."""
    assert shutil.which("weston"), "weston is not installed (.ci/run installs it)"
    runtime = tmp_path_factory.mktemp("wayland-runtime")
    runtime.chmod(0o700)
    socket = "wayland-switchboard"
    compositor = subprocess.Popen(
        ["weston", "--backend=headless-backend.so", f"--socket={socket}", "--idle-time=0"],
        env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not (runtime / socket).exists() and time.monotonic() < deadline:
        assert compositor.poll() is None, "weston did not start"
        time.sleep(0.05)
    try:
        yield runtime, socket
    finally:
        compositor.terminate()
        compositor.wait(timeout=10)


def test_the_installed_app_paints_its_window_on_wayland(
    installed: Installed, wayland: tuple[Path, str], tmp_path: Path
) -> None:
    """In a Wayland session (no X server at all) Qt chooses its bundled Wayland plugin by
    itself, and the window reaches its first paint (what ``--selftest`` waits for)."""
    runtime, socket = wayland
    env = desktop_env("", tmp_path / "home", installed.root / "usr" / "bin")
    del env["DISPLAY"]
    env.update(XDG_RUNTIME_DIR=str(runtime), WAYLAND_DISPLAY=socket, XDG_SESSION_TYPE="wayland")
    done = subprocess.run(
        [*desktop_exec(installed.root), "--selftest"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert selftest_fields(done.stdout)["platform"] == "wayland", done.stdout


def test_a_link_opens_in_a_browser_that_gets_nothing_of_the_bundle(
    installed: Installed, display: str, tmp_path: Path
) -> None:
    """A stand-in ``xdg-open`` on PATH writes down the environment it was started with: no
    library or plugin path of the bundle may reach the browser (it would load the bundle's
    libraries and could fail to start), and the user's own values come back."""
    stand_in = tmp_path / "bin"
    stand_in.mkdir()
    seen = tmp_path / "browser-env.json"
    (stand_in / "xdg-open").write_text(
        "#!/bin/sh\n"
        f'exec "{sys.executable}" -c "import json, os, sys; '
        f"json.dump({{'argv': sys.argv[1:], 'env': dict(os.environ)}}, "
        f"open('{seen}', 'w'))\" \"$@\"\n"
    )
    (stand_in / "xdg-open").chmod(0o755)
    bin_dir = installed.root / "usr" / "bin"
    env = desktop_env(
        display,
        tmp_path / "home",
        bin_dir,
        LD_LIBRARY_PATH="/opt/users-own/lib",  # the user's own: it must come back as it was
    )
    env["PATH"] = f"{stand_in}:{env['PATH']}"
    url = "https://openrouter.ai/settings/credits"
    done = subprocess.run(
        ["switchboard", "--open-link", url, "--quit-when-done"],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    deadline = time.monotonic() + 20
    while not seen.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    browser = json.loads(seen.read_text())
    assert browser["argv"] == [url]
    bundle = str(installed.root / "opt" / "switchboard")
    leaked = {k: v for k, v in browser["env"].items() if bundle in v or "_MEI" in v}
    assert leaked == {}
    assert browser["env"]["LD_LIBRARY_PATH"] == "/opt/users-own/lib"
    assert not [k for k in browser["env"] if k.startswith(("QT_", "_PYI", "_MEI"))]
    assert browser["env"]["PATH"] == env["PATH"]


def test_dpkg_removes_everything_it_installed(installed: Installed, built: Built) -> None:
    listed = installed.dpkg("--listfiles", "switchboard")
    assert listed.returncode == 0, listed.stderr
    files = [Path(p) for p in listed.stdout.split() if p.startswith("/")]
    assert Path("/opt/switchboard/switchboard") in files
    # (after the window tests of this module, which ran the installed app)
    removed = installed.dpkg("--remove", "switchboard")
    assert removed.returncode == 0, removed.stdout + removed.stderr
    left = [
        p.relative_to(installed.root)
        for p in installed.root.rglob("*")
        if p.is_file() and "var" not in p.relative_to(installed.root).parts[:1]
    ]
    assert left == []
    assert not (installed.root / "opt" / "switchboard").exists()


# -- the portable tarball ----------------------------------------------------------------------


def test_the_portable_tarball_has_a_readme_an_icon_and_a_menu_entry_it_can_add(
    built: Built, tmp_path: Path
) -> None:
    place = tmp_path / "My Apps"  # (a space: the menu entry must quote the path)
    place.mkdir()
    subprocess.run(["tar", "-xzf", str(built.tarball), "-C", str(place)], check=True)
    folder = place / "switchboard"
    readme = (folder / "README.txt").read_text()
    floor = re.search(r"libc6 \(>= ([\d.]+)\)", deb_depends(built.deb))
    assert floor and f"glibc {floor.group(1)} or newer" in readme
    assert version() in readme and "./switchboard/add-to-menu.sh" in readme
    assert "@" not in readme  # every placeholder filled
    assert (folder / f"{APP_ID}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    data = tmp_path / "data"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    added = subprocess.run(
        [str(folder / "add-to-menu.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert added.returncode == 0, added.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    valid = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert valid.returncode == 0 and valid.stdout.strip() == "", valid.stdout
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    # The entry starts the program where it was unpacked.
    line = next(ln for ln in entry.read_text().splitlines() if ln.startswith("Exec="))
    command = shlex.split(line.removeprefix("Exec="))
    assert command == [str(folder / "switchboard")]
    done = subprocess.run(
        [*command, "--selftest"],
        env=clean_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert selftest_fields(done.stdout)["key"] == "none"

    removed = subprocess.run(
        [str(folder / "add-to-menu.sh"), "--remove"], env=env, capture_output=True, check=False
    )
    assert removed.returncode == 0
    assert not entry.exists()
