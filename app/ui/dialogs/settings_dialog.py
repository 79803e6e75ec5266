"""Settings: the key, the server, attribution, look, keyboard, where data lives."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.endpoint import EndpointError, normalize_base_url
from app.core.models import DEFAULT_BASE_URL
from app.core.money import parse_amount
from app.store.settings_file import AppSettings

_THEMES = (("Same as the system", "system"), ("Light", "light"), ("Dark", "dark"))


class SettingsDialog(QDialog):
    """Edits AppSettings. The key itself is handled by the key dialog (it never passes here).

    Signals:
        key_change_requested(): the user wants to paste a new key or sign in.
        key_removal_requested(): the user wants the key deleted from the keyring.
    """

    key_change_requested = Signal()
    key_removal_requested = Signal()

    def __init__(
        self,
        settings: AppSettings,
        *,
        key_source: str,
        has_stored_key: bool,
        data_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self._settings = settings
        self._data_folder = data_folder
        self.result_settings: AppSettings | None = None

        self.key_source = QLabel(key_source)
        self.key_source.setWordWrap(True)
        change_key = QPushButton("Change key…")
        change_key.clicked.connect(self.key_change_requested)
        self.remove_key = QPushButton("Remove key")
        self.remove_key.setEnabled(has_stored_key)
        self.remove_key.clicked.connect(self.key_removal_requested)
        key_box = QGroupBox("OpenRouter key")
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(change_key)
        key_buttons.addWidget(self.remove_key)
        key_buttons.addStretch(1)
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.key_source)
        key_layout.addLayout(key_buttons)

        self.base_url = QLineEdit(settings.base_url or "")
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        self.base_url.setAccessibleName("API address")
        self.base_url.setToolTip(
            "OpenRouter, or any OpenAI-compatible server such as a local model server."
        )
        self.base_url_error = _error_label()
        self.title = QLineEdit(settings.attribution_title or "")
        self.title.setPlaceholderText("Switchboard")
        self.title.setAccessibleName("App name sent to OpenRouter")
        self.referer = QLineEdit(settings.attribution_referer or "")
        self.referer.setPlaceholderText("https://github.com/switchboard-app/switchboard")
        self.referer.setAccessibleName("App address sent to OpenRouter")
        server = QGroupBox("Server")
        server_form = QFormLayout()
        server_form.addRow("API address", self.base_url)
        server_form.addRow("", self.base_url_error)
        server_form.addRow("App name (X-Title)", self.title)
        server_form.addRow("App address (HTTP-Referer)", self.referer)
        hint = _hint("OpenRouter shows these in its app rankings. Only plain ASCII is sent.")
        _stack(server, server_form, hint)

        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for label, value in _THEMES:
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.enter_sends = QCheckBox("Enter sends the message (Shift+Enter for a new line)")
        self.enter_sends.setChecked(settings.enter_sends)
        look = QGroupBox("Look and keyboard")
        look_form = QFormLayout(look)
        look_form.addRow("Theme", self.theme)
        look_form.addRow(self.enter_sends)

        self.daily_cap = _money_field(settings.daily_cap, "No daily cap")
        self.monthly_cap = _money_field(settings.monthly_cap, "No monthly cap")
        self.confirm_above = _money_field(settings.confirm_above, "Never ask")
        self.money_error = _error_label()
        money = QGroupBox("Spending guard")
        money_form = QFormLayout()
        money_form.addRow("Daily cap ($)", self.daily_cap)
        money_form.addRow("Monthly cap ($)", self.monthly_cap)
        money_form.addRow("Ask before a send above ($)", self.confirm_above)
        money_form.addRow("", self.money_error)
        guard_hint = _hint(
            "At 80% of a cap the meter turns orange. A send that could pass a cap waits for "
            "you to press “Send anyway”. Leave a box empty for no limit."
        )
        _stack(money, money_form, guard_hint)

        folder = QLabel(str(data_folder))
        folder.setWordWrap(True)
        open_folder = QPushButton("Open folder")
        open_folder.clicked.connect(self.open_data_folder)
        data = QGroupBox("Your data")
        data_layout = QHBoxLayout(data)
        data_layout.addWidget(folder, 1)
        data_layout.addWidget(open_folder)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (key_box, server, money, look, data):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.base_url.textChanged.connect(lambda _t: self._check_url())

    def set_key_state(self, key_source: str, has_stored_key: bool) -> None:
        self.key_source.setText(key_source)
        self.remove_key.setEnabled(has_stored_key)

    def _check_url(self) -> str | None:
        try:
            url = normalize_base_url(self.base_url.text())
        except EndpointError as error:
            self.base_url_error.setText(error.user_message)
            self.base_url_error.show()
            return None
        self.base_url_error.hide()
        return url

    def _amounts(self) -> dict[str, Decimal | None] | None:
        amounts: dict[str, Decimal | None] = {}
        for name, field in (
            ("daily_cap", self.daily_cap),
            ("monthly_cap", self.monthly_cap),
            ("confirm_above", self.confirm_above),
        ):
            text = field.text().strip()
            value = parse_amount(text) if text else None
            if text and value is None:
                self.money_error.setText(f"“{text}” is not an amount in dollars, such as 1.50.")
                self.money_error.show()
                field.setFocus()
                return None
            amounts[name] = value
        self.money_error.hide()
        return amounts

    def _save(self) -> None:
        url = self._check_url()
        if url is None:
            self.base_url.setFocus()
            return
        amounts = self._amounts()
        if amounts is None:
            return
        self.result_settings = replace(
            self._settings,
            base_url=None if url == DEFAULT_BASE_URL else url,
            attribution_title=self.title.text().strip() or None,
            attribution_referer=self.referer.text().strip() or None,
            theme=self.theme.currentData(),
            enter_sends=self.enter_sends.isChecked(),
            daily_cap=amounts["daily_cap"],
            monthly_cap=amounts["monthly_cap"],
            confirm_above=amounts["confirm_above"],
        )
        self.accept()

    def open_data_folder(self) -> None:
        self._data_folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))


def _money_field(value: Decimal | None, placeholder: str) -> QLineEdit:
    field = QLineEdit("" if value is None else str(value))
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    return field


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)  # quieter than the fields it explains
    return label


def _stack(box: QGroupBox, form: QFormLayout, hint: QLabel) -> None:
    """The form, then its hint below it across the whole width (a wrapped label inside a form
    row gets one line of height and is cut off)."""
    layout = QVBoxLayout(box)
    layout.addLayout(form)
    layout.addWidget(hint)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828")
    label.hide()
    return label
