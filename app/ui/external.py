"""Opening links and folders outside the app: every call site goes through ``open_link``
so that the program started gets the user's environment, not the frozen bundle's."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.services.launcher import open_with_system, uses_own_opener


def open_link(url: str | QUrl) -> bool:
    """Open ``url`` (web link or local file URL) with the system's program; False if it
    could not be opened."""
    qurl = url if isinstance(url, QUrl) else QUrl(url)
    if uses_own_opener():
        return open_with_system(qurl.toString(QUrl.ComponentFormattingOption.FullyEncoded))
    return bool(QDesktopServices.openUrl(qurl))
