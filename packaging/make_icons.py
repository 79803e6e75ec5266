"""Render icons/switchboard.svg to the PNG sizes and the .ico the three systems want.

Run after editing the SVG: ``QT_QPA_PLATFORM=offscreen python packaging/make_icons.py``.
(.icns for macOS is made on macOS by packaging/macos/build_macos.sh with iconutil.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841  (QImage painting needs an application)
    renderer = QSvgRenderer(str(ICONS / "switchboard.svg"))
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"switchboard-{size}.png"))
    # QImage writes a single-size .ico; 256 px is what Windows shows large and scales down.
    render(renderer, 256).save(str(ICONS / "switchboard.ico"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
