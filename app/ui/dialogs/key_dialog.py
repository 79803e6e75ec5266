"""Getting a key: sign in with OpenRouter in the browser, or paste one. Used by the welcome
page and by Settings."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.api import OpenRouterError
from app.services.account import SecretStoreUnavailable, describe_key

from ..labels import announce

if TYPE_CHECKING:
    from app.services.account import AccountService, KeyState

ERROR_STYLE = "color: #c62828"


class KeyPanel(QWidget):
    """Sign in or paste a key; checks it with OpenRouter before keeping it.

    While the API address is another server, "Sign in with OpenRouter" is not offered (the
    new key would go to that server) and the pasted key is that server's own.

    Signals:
        key_ready(object): a working key is in use (a KeyState).
    """

    key_ready = Signal(object)

    def __init__(self, account: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account = account
        self._task: asyncio.Task[None] | None = None
        self._pending_key: str | None = None
        self.sign_in_button = QPushButton("Sign in with OpenRouter")
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setMinimumHeight(36)
        self.sign_in_note = QLabel()
        self.sign_in_note.setWordWrap(True)
        self.sign_in_note.hide()
        self.cancel_button = QPushButton("Cancel sign-in")
        self.cancel_button.hide()
        self.key_field = QLineEdit()
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setPlaceholderText("sk-or-v1-…")
        self.key_field.setAccessibleName("OpenRouter key")
        self.show_key = QCheckBox("Show")
        self.check_button = QPushButton("Check and save")
        self.session_button = QPushButton("Use this key for this session only")
        self.session_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription("Key status")
        paste = QHBoxLayout()
        paste.addWidget(self.key_field, 1)
        paste.addWidget(self.show_key)
        paste.addWidget(self.check_button)
        sign_in = QHBoxLayout()
        sign_in.addWidget(self.sign_in_button)
        sign_in.addWidget(self.cancel_button)
        sign_in.addStretch(1)
        self.or_label = QLabel("Or paste a key you created at openrouter.ai/keys:")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(sign_in)
        layout.addWidget(self.sign_in_note)
        layout.addSpacing(8)
        layout.addWidget(self.or_label)
        layout.addLayout(paste)
        layout.addWidget(self.status)
        layout.addWidget(self.session_button)
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.cancel_button.clicked.connect(self.cancel)
        self.check_button.clicked.connect(lambda: self.start_check(session_only=False))
        self.key_field.returnPressed.connect(lambda: self.start_check(session_only=False))
        self.session_button.clicked.connect(lambda: self.start_check(session_only=True))
        self.show_key.toggled.connect(
            lambda on: self.key_field.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        self.follow_server()
        super().showEvent(event)

    def follow_server(self) -> None:
        """Offer signing in only while requests go to OpenRouter (the address can change in
        Settings while this panel exists)."""
        openrouter = self._account.server_is_openrouter
        self.sign_in_button.setVisible(openrouter)
        self.sign_in_note.setVisible(not openrouter)
        if openrouter:
            self.or_label.setText("Or paste a key you created at openrouter.ai/keys:")
            self.key_field.setAccessibleName("OpenRouter key")
            self.key_field.setPlaceholderText("sk-or-v1-…")
            return
        name = self._account.server_name
        self.sign_in_note.setText(
            f"The API address in Settings is another server ({name}), so Sign in with "
            "OpenRouter is not offered here: it would hand your new OpenRouter key to that "
            "server. Set the address back to OpenRouter to sign in."
        )
        self.or_label.setText(f"Paste the key for {name} (not your OpenRouter key):")
        self.key_field.setAccessibleName(f"Key for {name}")
        self.key_field.setPlaceholderText(f"The key {name} gave you")

    def show_problem(self, text: str | None) -> None:
        self._say(text or "", error=bool(text))
        self.session_button.setVisible(bool(text) and "session only" in (text or ""))

    # -- actions ------------------------------------------------------------------------------

    def start_sign_in(self) -> None:
        if not self._account.server_is_openrouter:
            self.follow_server()
            return
        self._run(self._sign_in())

    def start_check(self, *, session_only: bool) -> None:
        key = self.key_field.text().strip()
        if not key:
            self._say("Paste your key first.", error=True)
            return
        self._run(self._check(key, session_only))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _run(self, coroutine: Coroutine[Any, Any, None]) -> None:
        if self._task is not None and not self._task.done():
            return
        self._task = asyncio.ensure_future(coroutine)
        self._busy(True)
        self._task.add_done_callback(lambda _t: self._busy(False))

    def _busy(self, busy: bool) -> None:
        for widget in (self.sign_in_button, self.check_button, self.key_field, self.session_button):
            widget.setEnabled(not busy)
        self.cancel_button.setVisible(busy and self._signing_in)

    _signing_in = False

    async def _sign_in(self) -> None:
        self._signing_in = True
        self._say("Finish signing in in your browser; Switchboard waits here.")
        try:
            info = await self._account.sign_in(lambda url: QDesktopServices.openUrl(QUrl(url)))
        except asyncio.CancelledError:
            self._say("Sign-in cancelled.")
            return
        except OpenRouterError as error:
            self._say(error.user_message, error=True)
            return
        finally:
            self._signing_in = False
        self._done(describe_key(info))

    async def _check(self, key: str, session_only: bool) -> None:
        self._say(f"Checking the key with {self._account.server_name}…")
        try:
            saved = await self._account.save_key(key, session_only=session_only)
        except SecretStoreUnavailable as error:
            self._say(f"{error.user_message}", error=True)
            self.session_button.show()
            return
        except OpenRouterError as error:
            self._say(error.user_message, error=True)
            return
        self.key_field.clear()
        self.session_button.hide()
        self._done(describe_key(saved.info))  # (the address may have changed meanwhile)

    def _done(self, description: str) -> None:
        state: KeyState = self._account.state
        where = self._account.key_source_text
        extra = f"\n{state.problem}" if state.problem else ""
        self._say(f"Key accepted: {description}\n{where}{extra}")
        self.key_ready.emit(state)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        announce(self.status, text, assertive=error)  # heard, not only seen


class KeyDialog(QDialog):
    """Replace the key (from Settings)."""

    def __init__(self, account: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            "OpenRouter key" if account.server_is_openrouter else f"Key for {account.server_name}"
        )
        self.setMinimumWidth(520)
        intro = QLabel(account.key_source_text)
        intro.setWordWrap(True)
        self.panel = KeyPanel(account, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.panel.key_ready.connect(lambda _s: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)

    def reject(self) -> None:
        self.panel.cancel()
        super().reject()
