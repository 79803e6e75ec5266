"""fontconfig started on a helper thread at launch (``app.ui.font_warmup``): the library Qt
will use is loaded and initialised by the time the window is built, and nothing breaks where
fontconfig is absent or the platform has none."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from app.ui import font_warmup
from app.ui.font_warmup import FONTCONFIG, fontconfig_path, start_fontconfig, warm_fonts

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig")

PROBE = textwrap.dedent(
    """
    import sys, threading
    from app.ui.font_warmup import warm_fonts

    def loaded():
        with open("/proc/self/maps") as maps:
            return "libfontconfig" in maps.read()

    before = loaded()
    wait = warm_fonts()
    wait()
    names = [thread.name for thread in threading.enumerate()]
    print(before, loaded(), "fontconfig" in names, "PySide6" in sys.modules)
    """
)


@linux_only
def test_the_wait_returns_with_fontconfig_loaded_and_no_qt_imported() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "False", "False"]


@linux_only
def test_fontconfig_starts_from_its_name() -> None:
    assert start_fontconfig(FONTCONFIG) is True


def test_a_missing_library_is_left_to_qt(tmp_path: Path) -> None:
    assert start_fontconfig(str(tmp_path / FONTCONFIG)) is False


def test_the_frozen_bundles_own_copy_is_the_one_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fontconfig_path() == FONTCONFIG  # the bundle has none: the system's, by name
    (tmp_path / FONTCONFIG).write_bytes(b"")
    assert fontconfig_path() == str(tmp_path / FONTCONFIG)


def test_from_source_the_library_is_found_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert fontconfig_path() == FONTCONFIG


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_no_thread_where_qt_asks_the_system(platform: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(font_warmup.sys, "platform", platform)
    started = threading.active_count()
    wait = warm_fonts()
    assert threading.active_count() == started
    wait()  # (nothing to wait for)
