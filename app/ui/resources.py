"""Icons and stylesheets loaded from the bundled folders."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app.store.paths import bundled_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(bundled_path("icons", f"switchboard-{size}.png")))
    return icon
