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


# -- issue #12 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["1e30", "1000000.01", "123456789012345678901234567890"])
def test_a_cap_out_of_range_is_refused_with_a_plain_sentence(
    qtbot: Any, tmp_path: Path, typed: str
) -> None:
    box = dialog(qtbot, tmp_path)
    box.daily_cap.setText(typed)
    box._save()
    assert box.result_settings is None
    assert not box.money_error.isHidden()
    assert box.money_error.text().startswith("Caps go up to $1,000,000.00.")
    box.daily_cap.setText("1e-999999")  # a cap that tiny overflows every figure divided by it
    box._save()
    assert box.result_settings is None
    assert box.money_error.text().startswith("The smallest amount is $0.0001")
    box.daily_cap.setText("1000000")
    box._save()
    assert box.result_settings is not None


def test_whether_an_address_has_a_saved_key_is_said_once_the_keychain_answers(
    qtbot: Any, tmp_path: Path
) -> None:
    """The keychain is asked off the UI thread: until it answers, the words say neither."""
    asked: list[tuple[str, Any]] = []
    box = SettingsDialog(
        AppSettings(base_url="https://other.example/api/v1"),
        key_source="Stored in: GNOME Keyring (Secret Service)",
        has_stored_key=True,
        data_folder=tmp_path / "data",
        look_up_saved_key=lambda url, answer: asked.append((url, answer)),
    )
    qtbot.addWidget(box)
    ((url, answer),) = asked  # asked once, when the dialog opened
    assert url == "https://other.example/api/v1"
    assert box.key_route.text().endswith("to keep its saved key, if any, or send none.")
    box.base_url.setText("https://third.example/v1")
    box.base_url.editingFinished.emit()
    assert [u for u, _a in asked] == [url, "https://third.example/v1"]
    asked[1][1](False)  # the third address has none
    assert box.key_route.text().endswith("Leave it empty to send no key.")
    answer(True)  # a late answer for an address no longer typed: kept, not shown
    assert box.key_route.text().endswith("Leave it empty to send no key.")
    box.base_url.setText(url)
    box.base_url.editingFinished.emit()
    assert len(asked) == 2  # known already: not asked again
    assert box.key_route.text().endswith("Leave it empty to keep its saved key.")


def test_another_address_asks_for_its_own_key_and_says_which_key_goes_where(
    qtbot: Any, tmp_path: Path
) -> None:
    box = dialog(qtbot, tmp_path)
    assert box.key_route.text() == "Requests go to OpenRouter, with your OpenRouter key."
    assert box.server_key.isHidden()
    box.base_url.setText("https://other.example/api/v1")
    assert box.key_route.text().startswith(
        "Requests to other.example use the key below, never your OpenRouter key"
    )
    assert not box.server_key.isHidden() and box.server_key_label.text() == "Key for other.example"
    box.server_key.setText(" “other-key-123” ")
    box._save()
    assert box.result_settings is not None
    assert box.result_settings.base_url == "https://other.example/api/v1"
    assert box.result_server_key == "other-key-123"


def test_a_key_typed_for_another_server_is_checked_like_a_pasted_one(
    qtbot: Any, tmp_path: Path
) -> None:
    box = dialog(qtbot, tmp_path)
    box.base_url.setText("http://localhost:11434/v1")
    box.server_key.setText("two words")
    box._save()
    assert box.result_settings is None
    assert "without spaces" in box.server_key_error.text()
    box.server_key.clear()
    box._save()  # no key: nothing is sent to that server
    assert box.result_settings is not None and box.result_server_key is None


def test_an_address_set_by_the_environment_is_shown_read_only_with_the_reason(
    qtbot: Any, tmp_path: Path
) -> None:
    """Issue #12 review: with SWITCHBOARD_BASE_URL set, the dialog showed the saved address
    and could say "Requests go to OpenRouter…" while requests went elsewhere."""
    box = SettingsDialog(
        AppSettings(),  # saved: OpenRouter
        key_source="No key for 127.0.0.1:9",
        has_stored_key=False,
        data_folder=tmp_path / "data",
        address_override="http://127.0.0.1:9/v1",
    )
    qtbot.addWidget(box)
    assert box.base_url.text() == "http://127.0.0.1:9/v1" and box.base_url.isReadOnly()
    assert not box.base_url_fixed.isHidden()
    assert box.base_url_fixed.text().startswith("Set by SWITCHBOARD_BASE_URL for this session")
    assert "Requests go to OpenRouter" not in box.key_route.text()
    assert box.key_route.text().startswith("Requests to 127.0.0.1:9 use the key below")
    box.server_key.setText("local-key-1")
    box.title.setText("Mine")
    box._save()
    assert box.result_settings is not None
    assert box.result_settings.base_url is None  # the saved address is kept as it was
    assert box.result_settings.attribution_title == "Mine"
    assert (box.result_server_address, box.result_server_key) == (
        "http://127.0.0.1:9/v1",
        "local-key-1",
    )


def test_without_the_environment_the_address_field_is_editable(qtbot: Any, tmp_path: Path) -> None:
    box = dialog(qtbot, tmp_path, AppSettings(base_url="https://other.example/v1"))
    assert not box.base_url.isReadOnly() and box.base_url_fixed.isHidden()
    box._save()
    assert box.result_server_address == "https://other.example/v1"


def test_settings_name_the_address_in_use_not_the_default(qtbot: Any, tmp_path: Path) -> None:
    box = SettingsDialog(
        AppSettings(base_url="http://localhost:11434/v1"),
        key_source="No key for localhost:11434: requests to it are sent without one",
        has_stored_key=False,
        data_folder=tmp_path / "data",
        address_in_use="http://localhost:11434/v1",
    )
    qtbot.addWidget(box)
    assert not box.address_in_use.isHidden()
    assert box.address_in_use.text() == "In use now: localhost:11434 (http://localhost:11434/v1)."
    box.base_url.setText("")  # back to OpenRouter: only once saved
    assert "Save to use the address above instead" in box.address_in_use.text()
    assert "localhost:11434" in box.address_in_use.text()


def test_the_address_set_for_the_session_is_the_one_named_in_use(
    qtbot: Any, tmp_path: Path
) -> None:
    box = SettingsDialog(
        AppSettings(),  # nothing saved: the default would be OpenRouter
        key_source="test",
        has_stored_key=False,
        data_folder=tmp_path / "data",
        address_override="http://127.0.0.1:9/v1",
        address_in_use="http://127.0.0.1:9/v1",
    )
    qtbot.addWidget(box)
    assert box.base_url.text() == "http://127.0.0.1:9/v1"
    assert box.address_in_use.text() == "In use now: 127.0.0.1:9 (http://127.0.0.1:9/v1)."


def test_attribution_is_named_in_plain_words(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    box = dialog(qtbot, tmp_path)
    words = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "X-Title" not in words and "HTTP-Referer" not in words
    assert "App name given to OpenRouter" in words
    assert "comes from Switchboard" in words and "app rankings on openrouter.ai" in words


def test_the_language_is_chosen_from_the_shipped_ones_and_kept_for_the_next_start(
    qtbot: Any, tmp_path: Path
) -> None:
    box = dialog(qtbot, tmp_path)
    language = box.language
    choices = [language.itemData(i) for i in range(language.count())]
    assert choices == ["system", "en", "zh_CN", "es", "pt_BR", "de", "fr", "ja", "ru", "ar"]
    assert language.currentData() == "system"
    assert language.itemText(choices.index("de")) == "Deutsch"  # (each in its own language)
    assert "restart" in language.toolTip()
    language.setCurrentIndex(choices.index("ar"))
    box._save()
    assert box.result_settings is not None and box.result_settings.language == "ar"
    path = tmp_path / "settings.json"
    save_settings(path, box.result_settings)
    assert load_settings(path).settings.language == "ar"
    assert dialog(qtbot, tmp_path, load_settings(path).settings).language.currentData() == "ar"
    path.write_text('{"language": "tlh"}')  # (not a shipped language: as the system is)
    assert load_settings(path).settings.language == "system"


def test_caps_show_and_save_the_locale_way_without_changing_their_value(
    qtbot: Any, tmp_path: Path
) -> None:
    from decimal import Decimal

    from app.core.i18n import NumberStyle, set_number_style

    set_number_style(NumberStyle(",", ".", "0", "{amount} $"))  # German
    try:
        settings = AppSettings(daily_cap=Decimal("1.50"), monthly_cap=Decimal("1000"))
        box = dialog(qtbot, tmp_path, settings)
        assert box.daily_cap.text() == "1,50"
        assert box.monthly_cap.text() == "1000"
        box._save()  # OK pressed without touching the caps: they stay as they were
        result = box.result_settings
        assert result is not None
        assert (result.daily_cap, result.monthly_cap) == (Decimal("1.50"), Decimal("1000"))
        box.confirm_above.setText("0,25")  # typed the German way
        box._save()
        assert box.result_settings is not None
        assert box.result_settings.confirm_above == Decimal("0.25")
    finally:
        set_number_style(None)
