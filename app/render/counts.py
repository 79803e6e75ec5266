"""Counts in translated text shown the way the rest of the app shows figures ("2,900")."""

from __future__ import annotations

__all__ = ["grouped"]


def grouped(text: str, count: int) -> str:
    """``text`` (a translated string whose ``%n`` gave ``count``) with the count grouped by
    thousands. Qt's ``%n`` gives bare digits; call this before filling any ``{field}``, so
    the only figures in ``text`` are the count's."""
    if abs(count) < 1000:
        return text
    return text.replace(str(count), f"{count:,}")
