"""Icons loaded from the bundled folders.

The folder comes from the composition root (``app.main`` resolves it with
``app.store.paths.bundled_path``, the one function that knows where bundled files are).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon(icons: Path) -> QIcon:
    """The app icon in every size found in ``icons`` (the bundled ``icons/`` folder)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icons / f"switchboard-{size}.png"))
    return icon
