"""The key panel as a newcomer meets it: no browser, Enter, links, foreign keys, no keychain."""

from __future__ import annotations

from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication

from app.api import InsufficientCreditsError
from app.store.secrets import KeyStore
from app.ui.dialogs.key_dialog import KeyDialog
from tests.fakes.fake_openrouter import VALID_KEY
from tests.gui.test_key_flows import with_account
from tests.helpers.keyrings import TRUSTED, MemoryKeyring
from tests.helpers.windows import App


def browsers(monkeypatch: pytest.MonkeyPatch, *, opens: bool) -> list[str]:
    """Replace the system's opener; returns the addresses it was asked to open."""
    visited: list[str] = []

    def open_url(url: Any) -> bool:
        visited.append(url.toString())
        return opens

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return visited


def test_without_a_browser_cancel_shows_at_once_and_the_link_is_offered_to_copy(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    visited = browsers(monkeypatch, opens=False)
    memory = MemoryKeyring()
    account = with_account(app, KeyStore(backend=memory, trusted=TRUSTED))
    panel = app.window.account_flow.welcome.panel
    panel.sign_in_button.click()
    assert panel.cancel_button.isVisibleTo(panel)  # at once, not after the browser
    assert panel.key_field.isEnabled() and panel.check_button.isEnabled()

    app.qtbot.waitUntil(lambda: "could not open your web browser" in panel.status.text())
    app.qtbot.keyClick(panel.key_field, Qt.Key.Key_Return)  # nothing typed: the advice stays
    assert "could not open your web browser" in panel.status.text()
    assert panel.link_row.isVisibleTo(panel) and panel.link_field.isReadOnly()
    assert visited and panel.link_field.text() == visited[0]
    panel.copy_link_button.click()
    assert QGuiApplication.clipboard().text() == visited[0]
    assert panel.cancel_button.isVisibleTo(panel) and panel.key_field.isEnabled()

    # Pasting a key instead ends the sign-in and keeps the key.
    panel.key_field.setText(VALID_KEY)
    panel.check_button.click()
    app.qtbot.waitUntil(lambda: not app.window.welcome_shown, timeout=5000)
    assert account.state.source == "keyring" and list(memory.items.values()) == [VALID_KEY]
    assert not panel.signing_in and not panel.cancel_button.isVisibleTo(panel)
    assert app.fake.issued_keys == []


def test_enter_on_the_focused_sign_in_button_of_the_welcome_page_signs_in(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    visited = browsers(monkeypatch, opens=True)
    with_account(app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))
    panel = app.window.account_flow.welcome.panel
    app.qtbot.keyClick(panel.sign_in_button, Qt.Key.Key_Return)
    app.qtbot.waitUntil(lambda: bool(visited))
    assert panel.signing_in
    panel.cancel()


def test_cancel_ends_a_sign_in_and_the_panel_is_ready_again(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    browsers(monkeypatch, opens=True)
    with_account(app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))
    panel = app.window.account_flow.welcome.panel
    panel.sign_in_button.click()
    app.qtbot.waitUntil(lambda: "Finish signing in" in panel.status.text())
    assert panel.link_field.text().startswith(app.fake.base_url.removesuffix("/api/v1"))
    panel.cancel_button.click()
    app.qtbot.waitUntil(lambda: "cancelled" in panel.status.text())
    assert panel.sign_in_button.isEnabled() and not panel.cancel_button.isVisibleTo(panel)
    assert not panel.link_row.isVisibleTo(panel)


def test_enter_in_the_key_field_checks_the_key_instead_of_signing_in(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    visited = browsers(monkeypatch, opens=True)
    memory = MemoryKeyring()
    account = with_account(app, KeyStore(backend=memory, trusted=TRUSTED))
    dialog = KeyDialog(account, app.window)
    app.qtbot.addWidget(dialog)
    panel = dialog.panel
    assert not panel.sign_in_button.isDefault()
    app.qtbot.keyClick(panel.key_field, Qt.Key.Key_Return)  # nothing typed yet
    assert "Paste your key first" in panel.status.text() and not panel.signing_in
    panel.key_field.setText(VALID_KEY)
    assert panel.check_button.isDefault() and not panel.sign_in_button.isDefault()
    app.qtbot.keyClick(panel.key_field, Qt.Key.Key_Return)
    app.qtbot.waitUntil(lambda: dialog.result() == KeyDialog.DialogCode.Accepted, timeout=5000)
    assert visited == [] and list(memory.items.values()) == [VALID_KEY]


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("sk-proj-" + "a" * 40, "OpenAI key"),
        ("sk-ant-api03-" + "b" * 40, "Anthropic"),
        ("AIzaSy" + "c" * 33, "Google key"),
        ("sk-or-v1-abc def", "without spaces"),
    ],
)
def test_a_key_for_another_service_gets_a_hint_before_it_is_sent(
    app: App, pasted: str, words: str
) -> None:
    with_account(app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))
    panel = app.window.account_flow.welcome.panel
    before = len(app.fake.requests)
    panel.key_field.setText(pasted)
    panel.check_button.click()
    assert words in panel.status.text() and "sk-or-" in panel.status.text()
    assert panel.check_button.isEnabled() and app.window.welcome_shown
    app.qtbot.wait(100)
    assert len(app.fake.requests) == before  # nothing was sent


def test_openrouter_pages_named_on_the_panel_are_links_that_open(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    visited = browsers(monkeypatch, opens=True)
    with_account(app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))
    panel = app.window.account_flow.welcome.panel
    assert 'href="https://openrouter.ai/keys"' in panel.or_label.text()
    panel.or_label.linkActivated.emit("https://openrouter.ai/keys")
    panel.show_problem(InsufficientCreditsError(402, "no credits").user_message)
    assert 'href="https://openrouter.ai/settings/credits"' in panel.status.text()
    panel.status.linkActivated.emit("https://openrouter.ai/settings/credits")
    panel.status.linkActivated.emit("https://openrouter.ai.example.com/keys")  # not OpenRouter
    panel.status.linkActivated.emit("http://openrouter.ai/keys")  # not https
    assert visited == ["https://openrouter.ai/keys", "https://openrouter.ai/settings/credits"]


def test_the_credits_page_in_an_out_of_credit_error_is_a_link_that_opens(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QUrl

    from tests.fakes.fake_openrouter import Scenario

    visited = browsers(monkeypatch, opens=True)
    app.fake.push(Scenario(status=402))
    app.send("Costly question")
    app.wait_idle()
    transcript = app.view.transcript
    assert 'href="https://openrouter.ai/settings/credits"' in transcript.toHtml()
    transcript.anchorClicked.emit(QUrl("https://openrouter.ai/settings/credits"))
    assert visited == ["https://openrouter.ai/settings/credits"]


def test_without_a_keyring_the_welcome_says_so_in_plain_words(app: App) -> None:
    with_account(app, KeyStore(backend=fail.Keyring()))
    panel = app.window.account_flow.welcome.panel
    said = panel.status.text()
    assert "no password store" in said and "session only" in said
    for jargon in ("D-Bus", "Secret Service", "backend", "keyring"):
        assert jargon not in said
    assert "this session only" in panel.sign_in_button.text()
    intro = app.window.account_flow.welcome.intro.text()
    assert "no password store" in intro and "keeps it in your computer's keychain" not in intro
    assert "until you close" in panel.sign_in_button.toolTip()


def test_the_panel_is_ready_before_it_shows_a_refusal(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic form of the once-flaky welcome test: at the moment the refusal is
    shown, "Check and save" already takes the next click."""
    with_account(app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))
    panel = app.window.account_flow.welcome.panel
    ready_when_said: list[tuple[str, bool]] = []
    say = panel._say

    def recording_say(text: str, *, error: bool = False) -> None:
        ready_when_said.append((text, panel.check_button.isEnabled()))
        say(text, error=error)

    monkeypatch.setattr(panel, "_say", recording_say)
    panel.key_field.setText("sk-or-v1-not-a-real-key")
    panel.check_button.click()
    app.qtbot.waitUntil(lambda: "did not accept" in panel.status.text(), timeout=5000)
    refusal = [ready for text, ready in ready_when_said if "did not accept" in text]
    assert refusal == [True]
