"""The main window's size, place and dock layout between runs.

Qt makes the two blobs (``saveGeometry`` and ``saveState``); this keeps them in a small JSON
file in the config folder, with the names of the docks they were made with, so that a layout
from a version with other docks is not applied. A missing, damaged or foreign file is simply
not used: the window then opens at its default layout, and the next quit writes a good file.
"""

from __future__ import annotations

import binascii
import json
from pathlib import Path

from app.core.window_layout import WindowLayout

from .files import read_regular_file, write_text_atomic

LAYOUT_FILE_NAME = "window-layout.json"
_MAX_BYTES = 256 * 1024  # Qt's blobs are a few hundred bytes


def load_layout(path: Path) -> WindowLayout | None:
    try:
        raw = read_regular_file(path, _MAX_BYTES)  # not a pipe, a device or a huge file
        data = json.loads(raw)
        docks = data["docks"]
        if not (isinstance(docks, list) and all(isinstance(name, str) for name in docks)):
            return None
        return WindowLayout(
            geometry=binascii.a2b_base64(data["geometry"], strict_mode=True),
            state=binascii.a2b_base64(data["state"], strict_mode=True),
            docks=tuple(docks),
            library_folded=data.get("library_folded") is True,
        )
    except (OSError, ValueError, KeyError, TypeError, RecursionError, binascii.Error):
        return None


def save_layout(path: Path, layout: WindowLayout) -> None:
    data = {
        "geometry": binascii.b2a_base64(layout.geometry, newline=False).decode("ascii"),
        "state": binascii.b2a_base64(layout.state, newline=False).decode("ascii"),
        "docks": list(layout.docks),
        "library_folded": layout.library_folded,
    }
    write_text_atomic(path, json.dumps(data, indent=1) + "\n")


__all__ = ["LAYOUT_FILE_NAME", "WindowLayout", "load_layout", "save_layout"]
