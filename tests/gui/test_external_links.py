"""Every link and folder the app opens goes through ``open_link`` (the frozen app's opener
gives the program the user's environment back, not the bundle's)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.store.settings_file import AppSettings
from app.ui import external
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.helpers.windows import App


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """As in the frozen app on Linux: our own opener, never Qt's."""
    handed: list[str] = []

    def qt_opener(url: Any) -> bool:
        raise AssertionError(f"Qt's opener was used for {url.toString()}")

    monkeypatch.setattr(QDesktopServices, "openUrl", qt_opener)
    monkeypatch.setattr(external, "uses_own_opener", lambda: True)
    monkeypatch.setattr(external, "open_with_system", lambda url: handed.append(url) or True)
    return handed


def test_the_data_folder_opens_through_our_opener(
    qtbot: Any, tmp_path: Path, opened: list[str]
) -> None:
    box = SettingsDialog(
        AppSettings(), key_source="", has_stored_key=False, data_folder=tmp_path / "data"
    )
    qtbot.addWidget(box)
    box.open_data_folder()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "data")).toString()]


def test_a_link_in_a_conversation_opens_through_our_opener(app: App, opened: list[str]) -> None:
    app.view.transcript.anchorClicked.emit(QUrl("https://example.com/page"))
    assert opened == ["https://example.com/page"]
