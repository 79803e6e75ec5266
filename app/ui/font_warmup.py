"""fontconfig's start, on a helper thread while Python imports the app (Linux).

The first widget with text makes Qt start fontconfig (``FcInit``: its configuration and its
cache files read, 4-7 ms) on the UI thread, before the first paint; a bare window, with no
text, never pays it. Started first thing, the same work runs on another core while Python
imports the app (~100 ms), and Qt's own ``FcInit`` finds it done. fontconfig is thread-safe
and keeps its state in the library: the thread loads the very library Qt links to (the
bundle's own when frozen, else the system's), so Qt shares what it loaded. Imports no Qt.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

FONTCONFIG = "libfontconfig.so.1"


def warm_fonts() -> Callable[[], None]:
    """Start fontconfig on a thread (Linux; elsewhere Qt asks the system's font service);
    return the wait for it, called before the first widget is made."""
    if not sys.platform.startswith("linux"):
        return _nothing
    thread = threading.Thread(
        target=start_fontconfig, args=(fontconfig_path(),), name="fontconfig", daemon=True
    )
    thread.start()
    return thread.join


def fontconfig_path() -> str:
    """The library Qt will load: the frozen bundle's copy if it has one, else by name."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None and Path(bundle, FONTCONFIG).is_file():
        return str(Path(bundle, FONTCONFIG))
    return FONTCONFIG


def start_fontconfig(path: str) -> bool:
    """FcInit from ``path``; False when the library is missing (then Qt does without it, as
    it would have)."""
    import ctypes  # (here, off the UI thread)

    try:
        library = ctypes.CDLL(path)
    except OSError:
        return False
    return bool(library.FcInit())


def _nothing() -> None:
    return None
