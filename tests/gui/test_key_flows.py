"""Getting a key in the real window: welcome, paste, sign-in, no keyring, environment, removal."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
from keyring.backends import fail

from app.services.account import AccountService
from app.store.secrets import KeyStore
from app.ui.dialogs import settings_dialog
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, default_key_info
from tests.helpers.keyrings import TRUSTED, MemoryKeyring
from tests.helpers.windows import App


def with_account(
    app: App, store: KeyStore, environ: dict[str, str] | None = None
) -> AccountService:
    site = app.fake.base_url.removesuffix("/api/v1")  # the fake plays openrouter.ai
    account = AccountService(app.client, store, environ=environ or {}, openrouter_site=site)
    app.window.attach(replace(app.services, account=account, data_folder=Path(app.db_path).parent))
    app.window.key_loaded(account.load())
    return account


def test_no_key_shows_the_welcome_and_a_pasted_key_is_checked_then_kept(app: App) -> None:
    memory = MemoryKeyring()
    account = with_account(app, KeyStore(backend=memory, trusted=TRUSTED))
    window = app.window
    assert window.welcome_shown
    panel = window.account_flow.welcome.panel
    assert "OpenRouter" in window.account_flow.welcome.findChildren(type(panel.status))[0].text()

    panel.key_field.setText("sk-or-v1-not-a-real-key")
    panel.check_button.click()
    # What a person waits for: the refusal. Then they paste again at once.
    app.qtbot.waitUntil(lambda: "did not accept" in panel.status.text(), timeout=5000)
    assert window.welcome_shown and memory.items == {}
    assert panel.check_button.isEnabled()  # ready before the result is shown

    panel.key_field.setText(f"  {VALID_KEY}\n")
    panel.check_button.click()
    app.qtbot.waitUntil(lambda: not window.welcome_shown, timeout=5000)
    assert list(memory.items.values()) == [VALID_KEY]
    assert account.state.source == "keyring"
    assert "limit $10.00" in panel.status.text()  # label, credit limit and usage shown
    assert "Stored in:" in window.key_status
    assert app.view.composer.hasFocus()


def test_sign_in_with_openrouter_plays_the_browser(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    visited: list[str] = []

    def browser(url: Any) -> bool:
        address = url.toString()
        visited.append(address)
        # The person agrees on OpenRouter's page; it redirects to our loopback callback.
        threading.Thread(
            target=lambda: httpx.get(address, follow_redirects=True), daemon=True
        ).start()
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", browser)
    memory = MemoryKeyring()
    account = with_account(app, KeyStore(backend=memory, trusted=TRUSTED))
    panel = app.window.account_flow.welcome.panel
    panel.sign_in_button.click()
    app.qtbot.waitUntil(lambda: not app.window.welcome_shown, timeout=10_000)
    assert visited and "code_challenge_method=S256" in visited[0]
    assert "callback_url=http%3A%2F%2F127.0.0.1" in visited[0]
    (issued,) = app.fake.issued_keys
    assert list(memory.items.values()) == [issued]
    assert account.state.source == "keyring"


def test_without_a_secure_keyring_the_key_is_for_this_session_only(
    app: App, tmp_path: Path
) -> None:
    account = with_account(app, KeyStore(backend=fail.Keyring()))
    panel = app.window.account_flow.welcome.panel
    panel.key_field.setText(VALID_KEY)
    panel.check_button.click()
    app.qtbot.waitUntil(
        lambda: panel.session_button.isVisible() and panel.session_button.isEnabled(), timeout=5000
    )
    assert "no secure place" in panel.status.text().lower() or "session only" in panel.status.text()
    assert app.window.welcome_shown
    panel.session_button.click()
    app.qtbot.waitUntil(lambda: not app.window.welcome_shown, timeout=5000)
    assert account.state.source == "session"
    assert "this session only" in app.window.key_status
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert VALID_KEY.encode() not in path.read_bytes(), path


def test_a_key_from_the_environment_opens_straight_into_a_conversation(app: App) -> None:
    account = with_account(app, KeyStore(backend=fail.Keyring()), {"OPENROUTER_API_KEY": VALID_KEY})
    assert not app.window.welcome_shown
    assert account.state.source == "environment"
    assert "environment" in app.window.key_status


def test_removing_the_key_deletes_it_from_the_keyring(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    memory = MemoryKeyring()
    memory.items[("Switchboard", "openrouter-api-key")] = VALID_KEY
    account = with_account(app, KeyStore(backend=memory, trusted=TRUSTED))
    assert not app.window.welcome_shown and account.state.source == "keyring"
    deleting_on: list[threading.Thread] = []
    delete = memory.delete_password

    def slow_keychain(service: str, username: str) -> None:
        deleting_on.append(threading.current_thread())
        delete(service, username)

    memory.delete_password = slow_keychain  # type: ignore[method-assign]

    def press_remove(dialog: Any) -> int:
        assert "Stored in:" in dialog.key_source.text()
        dialog.key_removal_requested.emit()
        return 0

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", press_remove)
    app.notices.answer(False)  # first the person changes their mind: the key stays
    app.window.open_settings()
    assert app.notices.of_kind("confirm")[-1].title == "Remove key"
    assert memory.items and not deleting_on and not app.window.welcome_shown
    app.notices.answer(True)
    app.window.open_settings()
    app.qtbot.waitUntil(lambda: app.window.welcome_shown, timeout=5000)
    assert memory.items == {}
    assert account.state.source == "none"
    # The keychain was called on a worker thread: the window kept responding meanwhile.
    assert deleting_on and deleting_on[0] is not threading.main_thread()


def test_a_layout_saved_on_the_welcome_page_still_shows_the_docks_next_time(app: App) -> None:
    with_account(app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))
    window = app.window
    window.show()
    app.qtbot.waitExposed(window)
    assert window.welcome_shown and not window.library.isVisible()
    layout = window.saved_layout()
    assert window.welcome_shown and not window.library.isVisible()  # unchanged on screen
    again = app.reopen(layout)  # the next start, with a key by then
    again.show()
    app.qtbot.waitExposed(again)
    assert again.library.isVisible() and again.parameters.isVisible()


# -- issue #12: which key goes where, through the window -----------------------------------------

LOCAL_KEY = "local-server-key-4321"


def follow_settings_like_main(
    app: App, account: AccountService, override: str | None = None
) -> None:
    """The app's own wiring of a settings change (as main.py connects it)."""
    from app.main import Environment, follow_settings
    from app.store.paths import AppPaths

    env = Environment(paths=AppPaths.from_environment(), base_url_override=override, debug=False)
    app.window.settings_changed.connect(follow_settings(app.window, account, app.client, env))


def set_address_in_settings(
    monkeypatch: pytest.MonkeyPatch, address: str, server_key: str = ""
) -> list[str]:
    """Settings -> API address -> (the server's key) -> Save; returns what the dialog said."""
    said: list[str] = []

    def fill_in_and_save(dialog: Any) -> int:
        dialog.base_url.setText(address)
        said.append(dialog.key_route.text())
        if server_key:
            dialog.server_key.setText(server_key)
        dialog._save()
        return 1 if dialog.result_settings is not None else 0

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", fill_in_and_save)
    return said


@pytest.mark.parametrize("server_key", ["", LOCAL_KEY])
def test_a_new_api_address_never_gets_the_openrouter_key(
    app: App, monkeypatch: pytest.MonkeyPatch, server_key: str
) -> None:
    from tests.fakes.fake_openrouter import Scenario

    memory = MemoryKeyring()
    memory.items[("Switchboard", "openrouter-api-key")] = VALID_KEY
    account = with_account(app, KeyStore(backend=memory, trusted=TRUSTED))
    follow_settings_like_main(app, account)
    assert not app.window.welcome_shown
    saving_on: list[threading.Thread] = []
    store = memory.set_password

    def keychain(service: str, username: str, password: str) -> None:
        saving_on.append(threading.current_thread())
        store(service, username, password)

    memory.set_password = keychain  # type: ignore[method-assign]
    reading_on: list[threading.Thread] = []
    read = memory.get_password

    def reading(service: str, username: str) -> str | None:
        reading_on.append(threading.current_thread())
        return read(service, username)

    memory.get_password = reading  # type: ignore[method-assign]
    with FakeOpenRouter() as other:
        other.keys[LOCAL_KEY] = default_key_info(LOCAL_KEY)
        other.push(Scenario(text="Hello from the other server."))
        said = set_address_in_settings(monkeypatch, other.base_url, server_key)
        app.window.open_settings()
        host = f"127.0.0.1:{other.port}"
        # The keychain is read (and written) off the UI thread: wait for the new address's key.
        shown = "not your OpenRouter key" if server_key else f"No key for {host}"
        app.qtbot.waitUntil(lambda: shown in app.window.key_status)
        assert said[0].startswith(
            f"Requests to {host} use the key below, never your OpenRouter key"
        )
        assert not app.window.welcome_shown  # another server may need no key at all
        app.send("Hello")
        app.wait_idle()
        (request,) = other.chat_requests
        expected = f"Bearer {LOCAL_KEY}" if server_key else None
        assert request.header("authorization") == expected
        assert all(VALID_KEY not in str(r.headers) for r in other.requests)
    assert app.fake.chat_requests == []
    if server_key:
        assert f"the key for {host}, not your OpenRouter key" in app.window.key_status
    else:
        assert f"No key for {host}" in app.window.key_status
    saved = {("Switchboard", "openrouter-api-key"): VALID_KEY}
    if server_key:
        saved[("Switchboard", f"api-key for {other.base_url}")] = LOCAL_KEY
    assert memory.items == saved
    assert all(thread is not threading.main_thread() for thread in saving_on)
    assert len(saving_on) == (1 if server_key else 0)
    assert reading_on and all(thread is not threading.main_thread() for thread in reading_on)


def test_sign_in_is_not_offered_while_another_server_is_configured(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    visited: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: visited.append(url) or True)
    memory = MemoryKeyring()
    with FakeOpenRouter() as other:  # its address ends in /api/v1, like OpenRouter's
        app.client.base_url = other.base_url
        account = with_account(app, KeyStore(backend=memory, trusted=TRUSTED))
        app.window.show_welcome()
        panel = app.window.account_flow.welcome.panel
        assert panel.sign_in_button.isHidden()
        assert "Sign in with OpenRouter is not offered" in panel.sign_in_note.text()
        assert f"127.0.0.1:{other.port}" in panel.or_label.text()
        panel.start_sign_in()  # even if something still asks for it
        app.qtbot.wait(100)
        assert visited == [] and other.requests == [] and app.fake.requests == []
    assert account.state.source == "none" and memory.items == {}


def test_an_environment_key_that_cannot_be_a_key_is_a_plain_sentence_not_a_crash(
    app: App,
) -> None:
    account = with_account(
        app, KeyStore(backend=fail.Keyring()), {"OPENROUTER_API_KEY": "sk-or-v1-abc–def"}
    )
    assert app.window.welcome_shown and account.state.source == "none"
    status = app.window.account_flow.welcome.panel.status.text()
    assert status.startswith("The key in OPENROUTER_API_KEY cannot be used:")
    assert "abc–def" not in status


def test_settings_show_the_address_the_environment_sets_not_the_saved_one(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #12 review: with SWITCHBOARD_BASE_URL set, Settings said "Requests go to
    OpenRouter…" (the saved address) while requests went to the environment's."""
    memory = MemoryKeyring()
    memory.items[("Switchboard", "openrouter-api-key")] = VALID_KEY
    with FakeOpenRouter() as other:
        app.client.base_url = other.base_url
        account = with_account(
            app,
            KeyStore(backend=memory, trusted=TRUSTED),
            {"SWITCHBOARD_BASE_URL": other.base_url},
        )
        follow_settings_like_main(app, account, other.base_url)
        shown: list[tuple[str, bool, str, str]] = []

        def look_and_save(dialog: Any) -> int:
            shown.append(
                (
                    dialog.base_url.text(),
                    dialog.base_url.isReadOnly(),
                    dialog.base_url_fixed.text(),
                    dialog.key_route.text(),
                )
            )
            dialog.server_key.setText(LOCAL_KEY)
            dialog._save()
            return 1

        monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", look_and_save)
        app.window.open_settings()
        ((address, read_only, why, route),) = shown
        assert (address, read_only) == (other.base_url, True)
        assert why.startswith("Set by SWITCHBOARD_BASE_URL for this session")
        assert "Requests go to OpenRouter" not in route
        assert route.startswith(f"Requests to 127.0.0.1:{other.port} use the key below")
        assert app.client.base_url == other.base_url
        assert app.window._settings is not None and app.window._settings.base_url is None
        app.qtbot.waitUntil(lambda: len(memory.items) == 2)  # saved off the UI thread
    assert memory.items == {
        ("Switchboard", "openrouter-api-key"): VALID_KEY,
        ("Switchboard", f"api-key for {other.base_url}"): LOCAL_KEY,
    }
