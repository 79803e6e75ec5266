"""The main window's size, place and dock layout, as a value (``app.store.window_layout`` keeps
it in a file between runs; the window makes and applies it)."""

from __future__ import annotations

from typing import NamedTuple


class WindowLayout(NamedTuple):  # (not a dataclass: made before the first paint, 0.5 ms)
    geometry: bytes  # QWidget.saveGeometry()
    state: bytes  # QMainWindow.saveState(): docks and toolbars
    docks: tuple[str, ...]  # object names of the docks ``state`` places
    library_folded: bool = False  # the library shown as a narrow strip
