"""Render icons/switchboard.svg into an .iconset and turn it into build/switchboard.icns.

macOS only (iconutil): ``python packaging/macos/make_icns.py`` (build_macos.sh runs it).
Renders every size from the SVG, including the 1024 px @2x that icons/ has no PNG for.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_icons import ICONS, render  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402


def main() -> int:
    out = ROOT / "build" / "switchboard.icns"
    out.parent.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication(sys.argv)  # noqa: F841  (QImage painting needs an application)
    renderer = QSvgRenderer(str(ICONS / "switchboard.svg"))
    with tempfile.TemporaryDirectory() as tmp:
        iconset = Path(tmp) / "switchboard.iconset"
        iconset.mkdir()
        for size in (16, 32, 128, 256, 512):
            render(renderer, size).save(str(iconset / f"icon_{size}x{size}.png"))
            render(renderer, size * 2).save(str(iconset / f"icon_{size}x{size}@2x.png"))
        if shutil.which("iconutil") is None:
            print("iconutil not found: .icns needs macOS", file=sys.stderr)
            return 1
        iconutil = ["iconutil", "-c", "icns", str(iconset), "-o", str(out)]
        subprocess.run(iconutil, check=True)  # (Apple's tool, on PATH)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
