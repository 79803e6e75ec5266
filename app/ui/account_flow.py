"""The key, as the window shows it: the welcome page until there is one, and File → Settings…
with what its key buttons do (change, remove) while it is open."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from app.services.account import AccountService, KeyState

    from .dialogs.settings_dialog import SettingsDialog
    from .main_window import MainWindow
    from .welcome import WelcomePage


class AccountFlow(QObject):
    """Switches the window between the welcome page and the conversations as the key comes
    and goes, and runs the Settings dialog."""

    def __init__(self, window: MainWindow, stack: QStackedWidget) -> None:
        super().__init__(window)
        self._window, self._stack = window, stack
        self.welcome: WelcomePage | None = None

    @property
    def account(self) -> AccountService | None:
        services = self._window.services
        return services.account if services is not None else None

    @property
    def welcome_shown(self) -> bool:
        return self.welcome is not None and self._stack.currentWidget() is self.welcome

    def key_loaded(self, state: KeyState) -> None:
        """The key look-up finished (after the first paint): welcome, or straight in."""
        if self.account is None:
            return
        self._window.set_key_source(self.account.key_source_text)
        if state.has_key or not self.account.needs_key:
            self.show_conversations()
        else:
            self.show_welcome(state.problem)

    def show_welcome(self, problem: str | None = None) -> None:
        from .welcome import WelcomePage

        assert self.account is not None
        if self.welcome is None:
            self.welcome = WelcomePage(self.account, self._window)
            self.welcome.key_ready.connect(lambda _state: self._key_ready())
            self._stack.addWidget(self.welcome)
        self.welcome.show_problem(problem)
        self._stack.setCurrentWidget(self.welcome)
        self._window.set_docks_visible(False)  # nothing to show in them before there is a key
        self.welcome.panel.sign_in_button.setFocus()

    def show_conversations(self) -> None:
        tabs = self._window.tabs
        if self._stack.currentWidget() is not tabs:
            self._window.set_docks_visible(True)
        self._stack.setCurrentWidget(tabs)
        view = self._window.current_view()
        if view is not None:
            view.focus_composer()

    def _key_ready(self) -> None:
        if self.account is not None:
            self._window.set_key_source(self.account.key_source_text)
        self.show_conversations()
        self._window.notices.info(
            translate("account_flow", "You are ready: type a message and press Enter.")
        )

    def follow_key(self) -> None:
        """After Settings: no key, the welcome page; a key again, the conversations."""
        if self.account is not None and self.account.needs_key:
            self.show_welcome()
        elif self.welcome_shown:
            self.show_conversations()

    # -- Settings ------------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Show Settings; what is chosen is applied (a new address brings its own key)."""
        from .dialogs.key_dialog import KeyDialog
        from .dialogs.settings_dialog import SettingsDialog

        window, account = self._window, self.account
        services, settings = window.services, window.settings
        if account is None or services is None or services.data_folder is None or not settings:
            return
        dialog = SettingsDialog(
            settings,
            key_source=account.key_source_text,
            has_stored_key=account.state.source == "keyring",
            data_folder=services.data_folder,
            parent=window,
            is_openrouter_address=account.is_openrouter_address,
            look_up_saved_key=self._look_up_saved_key,
            address_override=account.address_override,
            address_in_use=account.base_url,
        )

        def change_key() -> None:
            KeyDialog(account, dialog).exec()
            self._refresh_key(dialog, account)

        def remove_key() -> None:
            if account.server_is_openrouter:
                question = translate(
                    "account_flow", "Remove your OpenRouter key from this computer's keychain?"
                )
            else:
                question = translate(
                    "account_flow", "Remove the key for {server} from this computer's keychain?"
                ).format(server=account.server_name)
            title = translate("account_flow", "Remove key")
            go = translate("account_flow", "Remove")
            if window.notices.confirm(title, question, go, parent=dialog):
                window.tasks.spawn(self._remove_key(dialog, account))

        dialog.key_change_requested.connect(change_key)
        dialog.key_removal_requested.connect(remove_key)
        if dialog.exec() and dialog.result_settings is not None:
            window.apply_settings(dialog.result_settings)  # a new address brings its own key
            address, server_key = dialog.result_server_address, dialog.result_server_key
            if address and server_key:  # into the keychain, off the UI thread
                window.tasks.spawn(self._save_address_key(dialog, account, address, server_key))
                return
            self._refresh_key(dialog, account)
        self.follow_key()

    async def _save_address_key(
        self, dialog: SettingsDialog, account: AccountService, address: str, key: str
    ) -> None:
        problem = await self._window.tasks.run_blocking(account.save_address_key, address, key)
        self._refresh_key(dialog, account)  # the window shows the key in use before the note
        self.follow_key()
        if problem:
            self._window.notices.warning(problem)

    async def _remove_key(self, dialog: SettingsDialog, account: AccountService) -> None:
        """The keychain can take seconds (or ask to be unlocked): off the UI thread."""
        from app.services.account import SecretStoreUnavailable

        problem: str | None = None
        try:
            await self._window.tasks.run_blocking(account.remove_key)
        except SecretStoreUnavailable as error:
            problem = error.user_message
        self._refresh_key(dialog, account)  # ready (and truthful) before anything is said
        if not dialog.isVisible():  # Settings closed meanwhile: follow the key now
            self.follow_key()
        if problem:
            self._window.notices.error(problem)

    def _look_up_saved_key(self, url: str, answer: Callable[[bool], None]) -> None:
        """Whether the keychain holds a key for ``url``, told to ``answer`` once known (the
        keychain is asked on a worker thread; a Settings dialog closed meanwhile is not)."""
        account = self.account
        if account is None:
            return

        async def look_up() -> None:
            found = await self._window.tasks.run_blocking(account.has_saved_key_for, url)
            with contextlib.suppress(RuntimeError):  # (the dialog is gone)
                answer(found)

        self._window.tasks.spawn(look_up())

    def _refresh_key(self, dialog: SettingsDialog, account: AccountService) -> None:
        dialog.set_key_state(account.key_source_text, account.state.source == "keyring")
        self._window.set_key_source(account.key_source_text)
