"""The settings dialog: address checks, attribution, theme, Enter-to-send, data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from app.store.settings_file import AppSettings, load_settings, save_settings
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.theme import apply_theme


def dialog(qtbot: Any, tmp_path: Path, settings: AppSettings | None = None) -> SettingsDialog:
    box = SettingsDialog(
        settings or AppSettings(),
        key_source="Stored in: GNOME Keyring (Secret Service)",
        has_stored_key=True,
        data_folder=tmp_path / "data",
    )
    qtbot.addWidget(box)
    return box


@pytest.mark.parametrize(
    ("typed", "accepted"),
    [
        ("", True),
        ("https://openrouter.ai/api/v1/", True),
        ("http://localhost:11434/v1", True),
        ("http://127.0.0.1:8080/v1", True),
        ("http://192.168.1.20:8080/v1", False),
        ("http://example.com/v1", False),
        ("openrouter.ai", False),
    ],
)
def test_the_api_address_allows_plain_http_only_on_this_computer(
    qtbot: Any, tmp_path: Path, typed: str, accepted: bool
) -> None:
    box = dialog(qtbot, tmp_path)
    box.base_url.setText(typed)
    box._save()
    assert (box.result_settings is not None) == accepted
    assert box.base_url_error.isHidden() == accepted


def test_saved_settings_round_trip_through_the_file(qtbot: Any, tmp_path: Path) -> None:
    box = dialog(qtbot, tmp_path)
    box.base_url.setText("http://localhost:11434/v1/")
    box.title.setText("My Switchboard")
    box.theme.setCurrentIndex(box.theme.findData("dark"))
    box.enter_sends.setChecked(False)
    box._save()
    result = box.result_settings
    assert result is not None
    assert (
        result.base_url == "http://localhost:11434/v1"
        and result.attribution_title == "My Switchboard"
    )
    assert result.theme == "dark" and result.enter_sends is False
    path = tmp_path / "settings.json"
    save_settings(path, result)
    assert load_settings(path).settings == result
    assert "sk-or" not in path.read_text()  # no key field exists at all


def test_open_folder_opens_the_data_folder(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    dialog(qtbot, tmp_path).open_data_folder()
    assert opened == [str(tmp_path / "data")] and (tmp_path / "data").is_dir()


def test_the_dark_theme_darkens_the_palette(qapp: QApplication) -> None:
    from PySide6.QtGui import QPalette

    try:
        apply_theme(qapp, "dark")
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 80
        apply_theme(qapp, "light")
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() > 200
    finally:
        apply_theme(qapp, "system")
