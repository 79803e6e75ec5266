"""Refuse to start on a Qt / Python pair known to crash, and spare the start a slow scan."""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def broken_stack_reason(pyside_version: str, python: tuple[int, int]) -> str | None:
    """PySide6 6.12.0 on Python < 3.12 leaks a reference to None on every Python
    ``timerEvent``; qasync runs every callback through one, so the app aborts within seconds
    of streaming (``Fatal Python error: none_dealloc``)."""
    if pyside_version.startswith("6.12.0") and python < (3, 12):
        return (
            f"PySide6 {pyside_version} crashes on Python {python[0]}.{python[1]} "
            "(none_dealloc). Install PySide6-Essentials 6.11 or use Python 3.12 or newer."
        )
    return None


def check_stack() -> None:
    import PySide6

    reason = broken_stack_reason(PySide6.__version__, sys.version_info[:2])
    if reason:
        raise SystemExit(f"Switchboard cannot start: {reason}")
    import PySide6.QtCore  # (installs the import hook replaced below)

    quicken_feature_scan()


def quicken_feature_scan() -> None:
    """PySide6's import hook asks, of every module imported after Qt, whether its source
    mentions "PySide6" (PYSIDE-2029, for ``from __feature__ import …``), with
    ``inspect.getsource``: each file is decoded, split into lines and kept in Python's line
    cache for good (500 modules, 15 MB, 20 ms before the first paint). The same question is
    answered from the file's bytes, kept nowhere. Anything unexpected keeps PySide6's own."""
    feature: Any = sys.modules.get("shibokensupport.feature")  # (untyped, private)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "quick", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass  # (a frozen app's modules: PySide6's answer, which is "no")
        return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
