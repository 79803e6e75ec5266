"""Settings: the key, the server, attribution, look, keyboard, where data lives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.api import OpenRouterError
from app.core.endpoint import (
    DEFAULT_BASE_URL,
    EndpointError,
    host_label,
    is_openrouter,
    normalize_base_url,
)
from app.core.i18n import LANGUAGES, SYSTEM, local_number, translate
from app.core.money import parse_amount
from app.core.settings import AppSettings, amount_problem
from app.services.account import clean_key
from app.ui.external import open_link
from app.ui.labels import WrappedLabel
from app.ui.theme import error_color


def _themes() -> tuple[tuple[str, str], ...]:
    """(what the person reads, the setting's value)."""
    return (
        (translate("settings_dialog", "Same as the system"), "system"),
        (translate("settings_dialog", "Light"), "light"),
        (translate("settings_dialog", "Dark"), "dark"),
    )


class SettingsDialog(QDialog):
    """Edits AppSettings. The OpenRouter key is handled by the key dialog (it never passes
    here). For an API address that is not OpenRouter, the dialog asks for that server's own
    key (``result_server_key``, for ``result_server_address``; None: none typed) and says
    which key goes where: the OpenRouter key is only ever sent to OpenRouter.

    ``address_override``: the address requests go to because ``SWITCHBOARD_BASE_URL`` is set
    for this session. It is shown (read-only, with a sentence saying why) in place of the
    saved one, which the dialog then keeps as it was.

    ``address_in_use``: where requests go now (the client's address), named under the field
    so the dialog never implies OpenRouter's default while another address is in use.

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
        is_openrouter_address: Callable[[str], bool] = is_openrouter,
        look_up_saved_key: Callable[[str, Callable[[bool], None]], None] | None = None,
        address_override: str | None = None,
        address_in_use: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("settings_dialog", "Settings"))
        self.setMinimumWidth(560)
        self._settings = settings
        self._data_folder = data_folder
        self.result_settings: AppSettings | None = None
        self.result_server_key: str | None = None
        self.result_server_address: str | None = None
        self._override = address_override
        self._in_use = address_in_use
        self._is_openrouter = is_openrouter_address
        # Asks whether the keychain holds a key for an address; answers later, off the UI
        # thread (a keychain call can take a while: it runs in a helper process).
        self._look_up = look_up_saved_key or (lambda _url, answer: answer(False))

        self.key_source = QLabel(key_source)
        self.key_source.setWordWrap(True)
        change_key = QPushButton(translate("settings_dialog", "Change key…"))
        change_key.clicked.connect(self.key_change_requested)
        self.remove_key = QPushButton(translate("settings_dialog", "Remove key"))
        self.remove_key.setEnabled(has_stored_key)
        self.remove_key.clicked.connect(self.key_removal_requested)
        key_box = QGroupBox(translate("settings_dialog", "Your key"))
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(change_key)
        key_buttons.addWidget(self.remove_key)
        key_buttons.addStretch(1)
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.key_source)
        key_layout.addLayout(key_buttons)

        self.base_url = QLineEdit(settings.base_url or "")
        self.base_url.setPlaceholderText(
            translate("settings_dialog", "Empty: OpenRouter ({address})").format(
                address=DEFAULT_BASE_URL
            )
        )
        self.base_url.setAccessibleName(translate("settings_dialog", "API address"))
        self.base_url.setToolTip(
            translate(
                "settings_dialog",
                "OpenRouter, or any OpenAI-compatible server such as a local model server.",
            )
        )
        self.base_url_fixed = WrappedLabel()  # why the address cannot be changed here
        self.base_url_fixed.setAccessibleDescription(
            translate("settings_dialog", "Why the address is fixed")
        )
        if address_override is None:
            self.base_url_fixed.hide()
        else:
            self.base_url.setText(address_override)
            self.base_url.setReadOnly(True)
            self.base_url.setToolTip("")
            self.base_url_fixed.setText(
                translate(
                    "settings_dialog",
                    "Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed "
                    "here. Without it, Switchboard uses the address saved in Settings.",
                )
            )
        self.base_url_error = _error_label()
        self.address_in_use = WrappedLabel()  # where requests go now, whatever is typed
        self.address_in_use.setAccessibleName(translate("settings_dialog", "Address in use"))
        self.address_in_use.setEnabled(False)  # quiet: it informs
        self.key_route = WrappedLabel()  # which key goes where, in one plain sentence
        self.key_route.setAccessibleName(translate("settings_dialog", "Which key is sent"))
        self.server_key = QLineEdit()
        self.server_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_key.setAccessibleName(translate("settings_dialog", "Key for this server"))
        self.server_key_label = QLabel(translate("settings_dialog", "Key for this server"))
        self.server_key_error = _error_label()
        self.title = QLineEdit(settings.attribution_title or "")
        self.title.setPlaceholderText("Switchboard")
        attribution_name = translate("settings_dialog", "App name given to OpenRouter")
        attribution_address = translate("settings_dialog", "App web page given to OpenRouter")
        self.title.setAccessibleName(attribution_name)
        self.title.setToolTip(
            translate("settings_dialog", "Sent with each request (as the X-Title header).")
        )
        self.referer = QLineEdit(settings.attribution_referer or "")
        self.referer.setPlaceholderText("https://github.com/switchboard/switchboard")
        self.referer.setAccessibleName(attribution_address)
        self.referer.setToolTip(
            translate("settings_dialog", "Sent with each request (as the HTTP-Referer header).")
        )
        server = QGroupBox(translate("settings_dialog", "Server"))
        server_form = QFormLayout()
        server_form.addRow(translate("settings_dialog", "API address"), self.base_url)
        server_form.addRow("", self.address_in_use)
        server_form.addRow("", self.base_url_fixed)
        server_form.addRow("", self.base_url_error)
        server_form.addRow("", self.key_route)
        server_form.addRow(self.server_key_label, self.server_key)
        server_form.addRow("", self.server_key_error)
        server_form.addRow(attribution_name, self.title)
        server_form.addRow(attribution_address, self.referer)
        hint = _hint(
            translate(
                "settings_dialog",
                "Each request tells OpenRouter that it comes from Switchboard, so Switchboard "
                "can appear in the app rankings on openrouter.ai. Change the name or web page "
                "given, or leave them empty for Switchboard's own. Only plain ASCII is sent.",
            )
        )
        _stack(server, server_form, hint)

        self.theme = QComboBox()
        self.theme.setAccessibleName(translate("settings_dialog", "Theme"))
        for label, value in _themes():
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.enter_sends = QCheckBox(
            translate("settings_dialog", "Enter sends the message (Shift+Enter for a new line)")
        )
        self.enter_sends.setChecked(settings.enter_sends)
        self.language = QComboBox()
        self.language.setAccessibleName(translate("settings_dialog", "Language"))
        self.language.addItem(translate("settings_dialog", "Same as the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # (each in its own language, to be found)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setToolTip(
            translate("settings_dialog", "Switchboard uses the new language after a restart.")
        )
        look = QGroupBox(translate("settings_dialog", "Look and keyboard"))
        look_form = QFormLayout(look)
        look_form.addRow(translate("settings_dialog", "Theme"), self.theme)
        look_form.addRow(translate("settings_dialog", "Language"), self.language)
        look_form.addRow(self.enter_sends)
        self.check_for_updates = QCheckBox(
            translate(
                "settings_dialog",
                "Tell me when a new version of Switchboard is out (asks GitHub once a day)",
            )
        )
        self.check_for_updates.setChecked(settings.check_for_updates)
        self.check_for_updates.setToolTip(
            translate(
                "settings_dialog",
                "Once a day Switchboard asks GitHub for its latest version. Nothing about you "
                "or your conversations is sent, and never your key.",
            )
        )
        updates = QGroupBox(translate("settings_dialog", "Updates"))
        QVBoxLayout(updates).addWidget(self.check_for_updates)

        self.daily_cap = _money_field(
            settings.daily_cap, translate("settings_dialog", "No daily cap")
        )
        self.monthly_cap = _money_field(
            settings.monthly_cap, translate("settings_dialog", "No monthly cap")
        )
        self.confirm_above = _money_field(
            settings.confirm_above, translate("settings_dialog", "Never ask")
        )
        self.money_error = _error_label()
        money = QGroupBox(translate("settings_dialog", "Spending guard"))
        money_form = QFormLayout()
        money_form.addRow(translate("settings_dialog", "Daily cap ($)"), self.daily_cap)
        money_form.addRow(translate("settings_dialog", "Monthly cap ($)"), self.monthly_cap)
        money_form.addRow(
            translate("settings_dialog", "Ask before a send above ($)"), self.confirm_above
        )
        money_form.addRow("", self.money_error)
        guard_hint = _hint(
            translate(
                "settings_dialog",
                "At 80% of a cap the meter turns orange. A send that could pass a cap waits "
                "for you to press “Send anyway”. Leave a box empty for no limit.",
            )
        )
        _stack(money, money_form, guard_hint)

        folder = QLabel(str(data_folder))
        folder.setWordWrap(True)
        open_folder = QPushButton(translate("settings_dialog", "Open folder"))
        open_folder.clicked.connect(self.open_data_folder)
        data = QGroupBox(translate("settings_dialog", "Your data"))
        data_layout = QHBoxLayout(data)
        data_layout.addWidget(folder, 1)
        data_layout.addWidget(open_folder)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        # The groups scroll inside the dialog, so a small screen (1024×700) shows every line
        # whole and the buttons stay in view, instead of a dialog taller than the screen.
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (key_box, server, money, look, updates, data):
            column.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._fit_to_screen(content, buttons)
        self.base_url.textChanged.connect(lambda _t: self._check_url())
        # Whether the keychain holds a key for an address: looked up (a keychain call) when
        # the dialog opens and when the address field is left, not on every keystroke; until
        # the answer comes, the words do not say either way.
        self._saved_key_cache: dict[str, bool] = {}
        self._asked: set[str] = set()
        self.base_url.editingFinished.connect(self._look_up_saved_key)
        self._look_up_saved_key()

    def _look_up_saved_key(self) -> None:
        url = self._check_url()
        if url is not None and not self._is_openrouter(url) and url not in self._asked:
            self._asked.add(url)
            self._look_up(url, lambda found: self._saved_key_found(url, found))

    def _saved_key_found(self, url: str, found: bool) -> None:
        self._saved_key_cache[url] = found
        if self._check_url() == url:  # (still the address typed)
            self._show_key_route(url)

    def _fit_to_screen(self, content: QWidget, buttons: QWidget) -> None:
        """As tall as the settings need, but no taller than the screen has room for."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() - 80 if screen is not None else 700
        wanted = content.sizeHint().height() + buttons.sizeHint().height() + 40
        self.resize(max(self.minimumWidth(), content.sizeHint().width() + 40), min(wanted, room))

    def set_key_state(self, key_source: str, has_stored_key: bool) -> None:
        self.key_source.setText(key_source)
        self.remove_key.setEnabled(has_stored_key)

    def _check_url(self) -> str | None:
        try:
            url = normalize_base_url(self.base_url.text())
        except EndpointError as error:
            self.base_url_error.setText(error.user_message)
            self.base_url_error.show()
            self._show_key_route(None)
            return None
        self.base_url_error.hide()
        self._show_key_route(url)
        self._show_in_use(url)
        return url

    def _show_in_use(self, typed: str | None) -> None:
        """Name the address requests go to now; say so when Save would change it."""
        in_use = self._in_use
        if in_use is None:
            self.address_in_use.hide()
            return
        where = "OpenRouter" if self._is_openrouter(in_use) else host_label(in_use)
        if typed is not None and typed.rstrip("/") != in_use.rstrip("/"):
            text = translate(
                "settings_dialog",
                "In use now: {where} ({address}). Save to use the address above instead.",
            )
        else:
            text = translate("settings_dialog", "In use now: {where} ({address}).")
        text = text.format(where=where, address=in_use)
        self.address_in_use.setText(text)
        self.address_in_use.show()

    def _show_key_route(self, url: str | None = DEFAULT_BASE_URL) -> None:
        """Say which key goes to the address typed; ask for a key when it is not OpenRouter."""
        if url is None or self._is_openrouter(url):
            self.key_route.setText(
                ""
                if url is None
                else translate(
                    "settings_dialog", "Requests go to OpenRouter, with your OpenRouter key."
                )
            )
            self.key_route.setVisible(url is not None)
            for widget in (self.server_key_label, self.server_key, self.server_key_error):
                widget.hide()
            return
        host = host_label(url)
        saved = self._saved_key_cache.get(url)
        if saved is None:
            route = translate(
                "settings_dialog",
                "Requests to {host} use the key below, never your OpenRouter key. Leave it "
                "empty to keep its saved key, if any, or send none.",
            )
        elif saved:
            route = translate(
                "settings_dialog",
                "Requests to {host} use the key below, never your OpenRouter key. Leave it "
                "empty to keep its saved key.",
            )
        else:
            route = translate(
                "settings_dialog",
                "Requests to {host} use the key below, never your OpenRouter key. Leave it "
                "empty to send no key.",
            )
        self.key_route.setText(route.format(host=host))
        self.server_key.setPlaceholderText(
            translate("settings_dialog", "Keep the saved key")
            if saved
            else translate("settings_dialog", "No key for {host}").format(host=host)
        )
        self.server_key_label.setText(
            translate("settings_dialog", "Key for {host}").format(host=host)
        )
        self.key_route.show()
        self.server_key_label.show()
        self.server_key.show()

    def _amounts(self) -> dict[str, Decimal | None] | None:
        amounts: dict[str, Decimal | None] = {}
        for name, field in (
            ("daily_cap", self.daily_cap),
            ("monthly_cap", self.monthly_cap),
            ("confirm_above", self.confirm_above),
        ):
            text = field.text().strip()
            value = parse_amount(text, typed=True) if text else None
            problem = amount_problem(value) if value is not None else None
            if text and (value is None or problem):
                self.money_error.setText(
                    problem
                    or translate(
                        "settings_dialog",
                        "“{text}” is not an amount in dollars, such as {example}.",
                    ).format(text=text, example=local_number("1.50"))
                )
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
        ok, server_key = self._server_key(url)
        if not ok:
            return
        self.result_server_key = server_key
        self.result_server_address = url
        if self._override is not None:
            base_url = self._settings.base_url  # the saved address stays as it was
        else:
            base_url = None if url == DEFAULT_BASE_URL else url
        self.result_settings = replace(
            self._settings,
            base_url=base_url,
            attribution_title=self.title.text().strip() or None,
            attribution_referer=self.referer.text().strip() or None,
            theme=self.theme.currentData(),
            enter_sends=self.enter_sends.isChecked(),
            check_for_updates=self.check_for_updates.isChecked(),
            language=self.language.currentData(),
            daily_cap=amounts["daily_cap"],
            monthly_cap=amounts["monthly_cap"],
            confirm_above=amounts["confirm_above"],
        )
        self.accept()

    def _server_key(self, url: str) -> tuple[bool, str | None]:
        """(True, the key typed for a server that is not OpenRouter, or None when none was
        typed); (False, None) when it cannot be a key (the field says why). Never used for
        OpenRouter."""
        text = self.server_key.text()
        if self._is_openrouter(url) or not text.strip():
            self.server_key_error.hide()
            return True, None
        try:
            return True, clean_key(text)
        except OpenRouterError as error:
            self.server_key_error.setText(error.user_message)
            self.server_key_error.show()
            self.server_key.setFocus()
            return False, None

    def open_data_folder(self) -> None:
        self._data_folder.mkdir(parents=True, exist_ok=True)
        open_link(QUrl.fromLocalFile(str(self._data_folder)))  # the user's environment


def _money_field(value: Decimal | None, placeholder: str) -> QLineEdit:
    # The locale's way ("1,50" in German), as the person types it and parse_amount reads it.
    field = QLineEdit("" if value is None else local_number(f"{value:f}"))
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
    label = WrappedLabel()
    label.setStyleSheet(f"color: {error_color()}")
    label.hide()
    return label
