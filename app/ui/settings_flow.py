"""File → Settings…: the dialog, and what its key buttons do (change, remove) meanwhile."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.account import AccountService
    from app.store.settings_file import AppSettings

    from .dialogs.settings_dialog import SettingsDialog
    from .main_window import MainWindow


def run_settings(
    window: MainWindow, account: AccountService, data_folder: Path, settings: AppSettings | None
) -> AppSettings | None:
    """Show Settings; the settings chosen (already applied to the account), or None."""
    from .dialogs.key_dialog import KeyDialog
    from .dialogs.settings_dialog import SettingsDialog

    if settings is None:
        return None
    dialog = SettingsDialog(
        settings,
        key_source=account.key_source_text,
        has_stored_key=account.state.source == "keyring",
        data_folder=data_folder,
        parent=window,
        is_openrouter_address=account.is_openrouter_address,
        has_key_for=account.has_saved_key_for,
        address_override=account.address_override,
    )

    def change_key() -> None:
        KeyDialog(account, dialog).exec()
        _refresh_key(window, dialog, account)

    def remove_key() -> None:
        whose = (
            "your OpenRouter key"
            if account.server_is_openrouter
            else f"the key for {account.server_name}"
        )
        question = f"Remove {whose} from this computer's keychain?"
        if window.notices.confirm("Remove key", question, "Remove", parent=dialog):
            window.tasks.spawn(_remove_key(window, dialog, account))

    dialog.key_change_requested.connect(change_key)
    dialog.key_removal_requested.connect(remove_key)
    chosen: AppSettings | None = None
    if dialog.exec() and dialog.result_settings is not None:
        chosen = dialog.result_settings
        window.apply_settings(chosen)  # a new address brings its own key
        address, server_key = dialog.result_server_address, dialog.result_server_key
        if address and server_key:
            problem = account.save_address_key(address, server_key)
            if problem:
                window.notices.warning(problem)
        _refresh_key(window, dialog, account)
    window.follow_key()
    return chosen


async def _remove_key(window: MainWindow, dialog: SettingsDialog, account: AccountService) -> None:
    """The keychain can take seconds (or ask the person to unlock it): off the UI thread."""
    from app.store.secrets import SecretStoreUnavailable

    try:
        await window.tasks.run_blocking(account.remove_key)
    except SecretStoreUnavailable as error:
        window.notices.error(error.user_message)
    _refresh_key(window, dialog, account)
    if not dialog.isVisible():  # the dialog closed meanwhile: the window follows the key now
        window.follow_key()


def _refresh_key(window: MainWindow, dialog: SettingsDialog, account: AccountService) -> None:
    dialog.set_key_state(account.key_source_text, account.state.source == "keyring")
    window.set_key_source(account.key_source_text)
