"""Refuse to start on a Qt / Python pair known to crash."""

from __future__ import annotations

import sys


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
