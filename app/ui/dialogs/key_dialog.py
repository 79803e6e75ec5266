"""Getting a key: sign in with OpenRouter in the browser, or paste one. Used by the welcome
page and by Settings."""

from __future__ import annotations

import asyncio
import html
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
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
from app.core.i18n import translate
from app.core.keys import foreign_key_hint
from app.core.links import OPENROUTER_KEYS_URL, is_openrouter_link, linkify_openrouter
from app.services.account import (
    SecretStoreUnavailable,
    describe_key,
    plain_store_problem,
)

from ..external import open_link
from ..labels import announce
from ..theme import error_color

if TYPE_CHECKING:
    from app.services.account import AccountService, KeyState


def sign_in_text(keeps_key: bool = True) -> str:
    """The sign-in button's words (the key lasts for this session only without a keychain)."""
    if keeps_key:
        return translate("key_dialog", "Sign in with OpenRouter")
    return translate("key_dialog", "Sign in with OpenRouter (for this session only)")


def waiting_text(opened: bool) -> str:
    """What to do while the sign-in waits for the browser (or could not open it)."""
    if opened:
        return translate(
            "key_dialog",
            "Finish signing in in your browser; Switchboard waits here. No browser window? "
            "Copy the sign-in link below into your browser.",
        )
    return translate(
        "key_dialog",
        "Switchboard could not open your web browser. To sign in, copy the link below, open "
        "it in your browser and sign in there; Switchboard waits here. Or paste a key below.",
    )


KEYS_LINK = f'<a href="{OPENROUTER_KEYS_URL}">openrouter.ai/keys</a>'


class KeyPanel(QWidget):
    """Sign in or paste a key; checks it with OpenRouter before keeping it.

    While the API address is another server, "Sign in with OpenRouter" is not offered (the
    new key would go to that server) and the pasted key is that server's own.

    While a sign-in waits for the browser, the key field and "Check and save" stay usable
    (checking a pasted key ends the sign-in) and Cancel is shown; the sign-in link is shown
    to copy, in plain words when the browser could not be opened. Each result is shown after
    the controls are usable again, so whatever the person does next is taken.

    Signals:
        key_ready(object): a working key is in use (a KeyState).
    """

    key_ready = Signal(object)

    def __init__(self, account: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account = account
        self._task: asyncio.Task[None] | None = None
        self._signing_in = False
        self.sign_in_button = QPushButton(sign_in_text())
        # Never the default: Enter in the key field checks the key. Enter on the focused
        # button (the welcome page focuses it) still signs in.
        self.sign_in_button.setAutoDefault(True)
        self.sign_in_button.setMinimumHeight(36)
        self.sign_in_note = QLabel()
        self.sign_in_note.setWordWrap(True)
        self.sign_in_note.hide()
        self.cancel_button = QPushButton(translate("key_dialog", "Cancel sign-in"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.hide()
        self.link_field = QLineEdit()
        self.link_field.setReadOnly(True)
        self.link_field.setAccessibleName(translate("key_dialog", "Sign-in link"))
        self.copy_link_button = QPushButton(translate("key_dialog", "Copy link"))
        self.copy_link_button.setAutoDefault(False)
        self.link_row = QWidget()
        link_layout = QHBoxLayout(self.link_row)
        link_layout.setContentsMargins(0, 0, 0, 0)
        link_layout.addWidget(self.link_field, 1)
        link_layout.addWidget(self.copy_link_button)
        self.link_row.hide()
        self.key_field = QLineEdit()
        self.key_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_field.setPlaceholderText("sk-or-v1-…")
        self.key_field.setAccessibleName(translate("key_dialog", "OpenRouter key"))
        self.show_key = QCheckBox(translate("key_dialog", "Show"))
        self.check_button = QPushButton(translate("key_dialog", "Check and save"))
        self.session_button = QPushButton(
            translate("key_dialog", "Use this key for this session only")
        )
        self.session_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(translate("key_dialog", "Key status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.setOpenExternalLinks(False)
        paste = QHBoxLayout()
        paste.addWidget(self.key_field, 1)
        paste.addWidget(self.show_key)
        paste.addWidget(self.check_button)
        sign_in = QHBoxLayout()
        sign_in.addWidget(self.sign_in_button)
        sign_in.addWidget(self.cancel_button)
        sign_in.addStretch(1)
        self.or_label = QLabel()
        self.or_label.setTextFormat(Qt.TextFormat.RichText)
        self.or_label.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(sign_in)
        layout.addWidget(self.sign_in_note)
        layout.addWidget(self.link_row)
        layout.addSpacing(8)
        layout.addWidget(self.or_label)
        layout.addLayout(paste)
        layout.addWidget(self.status)
        layout.addWidget(self.session_button)
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.cancel_button.clicked.connect(self.cancel)
        self.copy_link_button.clicked.connect(self.copy_link)
        self.check_button.clicked.connect(lambda: self.start_check(session_only=False))
        self.key_field.returnPressed.connect(lambda: self.start_check(session_only=False))
        self.key_field.textChanged.connect(self._follow_key_text)
        self.session_button.clicked.connect(lambda: self.start_check(session_only=True))
        self.or_label.linkActivated.connect(open_openrouter_link)
        self.status.linkActivated.connect(open_openrouter_link)
        self.show_key.toggled.connect(
            lambda on: self.key_field.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.follow_server()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        self.follow_server()
        super().showEvent(event)

    def follow_server(self) -> None:
        """Offer signing in only while requests go to OpenRouter (the address can change in
        Settings while this panel exists), and say when its key could last for this session
        only (no keychain)."""
        openrouter = self._account.server_is_openrouter
        self.sign_in_button.setVisible(openrouter)
        self.sign_in_note.setVisible(not openrouter)
        if openrouter:
            keeps = self._account.can_keep_key
            self.sign_in_button.setText(sign_in_text(keeps))
            self.sign_in_button.setToolTip(
                ""
                if keeps
                else translate(
                    "key_dialog",
                    "This computer has no password store Switchboard can use, so the key you "
                    "get by signing in lasts only until you close Switchboard.",
                )
            )
            self.or_label.setText(
                translate("key_dialog", "Or paste a key you created at {link}:").format(
                    link=KEYS_LINK
                )
            )
            self.key_field.setAccessibleName(translate("key_dialog", "OpenRouter key"))
            self.key_field.setPlaceholderText("sk-or-v1-…")
            return
        name = self._account.server_name
        self.sign_in_note.setText(
            translate(
                "key_dialog",
                "The API address in Settings is another server ({name}), so Sign in with "
                "OpenRouter is not offered here: it would hand your new OpenRouter key to that "
                "server. Set the address back to OpenRouter to sign in.",
            ).format(name=name)
        )
        self.or_label.setText(
            html.escape(
                translate("key_dialog", "Paste the key for {name} (not your OpenRouter key):")
            ).format(name=html.escape(name))
        )
        self.key_field.setAccessibleName(
            translate("key_dialog", "Key for {name}").format(name=name)
        )
        self.key_field.setPlaceholderText(
            translate("key_dialog", "The key {name} gave you").format(name=name)
        )

    def show_problem(self, text: str | None, *, offer_session: bool = False) -> None:
        """Show a problem; ``offer_session``: it is the keychain's, so offer "Use this key
        for this session only"."""
        self._say(text or "", error=bool(text))
        self.session_button.setVisible(bool(text) and offer_session)

    @property
    def signing_in(self) -> bool:
        return self._signing_in

    # -- actions ------------------------------------------------------------------------------

    def start_sign_in(self) -> None:
        if not self._account.server_is_openrouter:
            self.follow_server()
            return
        if self._task is not None:
            return  # a sign-in or a check is running
        self._signing_in = True  # before _busy: Cancel shows at once
        self._busy(True)
        self._say(translate("key_dialog", "Opening your browser…"))
        self._start(self._sign_in())

    def start_check(self, *, session_only: bool) -> None:
        key = self.key_field.text().strip()
        if not key:
            if not self._signing_in:  # (while signing in, the status says what to do)
                self._say(translate("key_dialog", "Paste your key first."), error=True)
            return
        hint = foreign_key_hint(key) if self._account.server_is_openrouter else None
        if hint:  # before it is sent anywhere
            self._say(hint, error=True)
            return
        signing_in = self._task if self._signing_in else None
        if self._task is not None and signing_in is None:
            return  # a check is running
        self._signing_in = False
        self._busy(True)
        self._start(self._check(key, session_only))
        if signing_in is not None:
            signing_in.cancel()  # a pasted key ends the sign-in

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link_field.text())
        self.copy_link_button.setText(translate("key_dialog", "Copied"))

    def _start(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._task = task
        task.add_done_callback(self._task_ended)

    def _task_ended(self, task: asyncio.Task[None]) -> None:
        if task is self._task:  # it ended without _ready (cancelled, or an unexpected error)
            self._ready()

    def _is_current(self) -> bool:
        return self._task is not None and asyncio.current_task() is self._task

    def _ready(self) -> None:
        """The panel takes input again; called before a result is shown."""
        self._task = None
        self._signing_in = False
        self._busy(False)
        self.link_row.hide()

    def _busy(self, busy: bool) -> None:
        checking = busy and not self._signing_in
        self.sign_in_button.setEnabled(not busy)
        self.check_button.setEnabled(not checking)
        self.session_button.setEnabled(not checking)
        self.cancel_button.setVisible(busy and self._signing_in)

    def _follow_key_text(self, text: str) -> None:
        """With a key typed, Enter (in a dialog, from any field) checks it."""
        self.check_button.setDefault(bool(text.strip()))

    def _open_browser(self, url: str) -> bool:
        self.link_field.setText(url)
        self.link_field.setCursorPosition(0)
        self.copy_link_button.setText(translate("key_dialog", "Copy link"))
        self.link_row.show()
        opened = open_link(url)
        if self._is_current():
            self._say(waiting_text(opened), error=not opened)
        return opened

    async def _sign_in(self) -> None:
        try:
            info = await self._account.sign_in(self._open_browser)
        except asyncio.CancelledError:
            if self._is_current():
                self._ready()
                self._say(translate("key_dialog", "Sign-in cancelled."))
            return
        except OpenRouterError as error:
            if self._is_current():
                self._ready()
                self._say(error.user_message, error=True)
            return
        if self._is_current():
            self._ready()
            self._done(describe_key(info))

    async def _check(self, key: str, session_only: bool) -> None:
        self._say(
            translate("key_dialog", "Checking the key with {server}…").format(
                server=self._account.server_name
            )
        )
        try:
            saved = await self._account.save_key(key, session_only=session_only)
        except SecretStoreUnavailable as error:
            self._ready()
            self._say(plain_store_problem(error, "save"), error=True)
            self.session_button.show()
            return
        except OpenRouterError as error:
            self._ready()
            self._say(error.user_message, error=True)
            return
        self._ready()
        self.key_field.clear()
        self.session_button.hide()
        self._done(describe_key(saved.info))  # (the address may have changed meanwhile)

    def _done(self, description: str) -> None:
        state: KeyState = self._account.state
        where = self._account.key_source_text
        accepted = translate("key_dialog", "Key accepted: {description}").format(
            description=description
        )
        self._say("\n".join(line for line in (accepted, where, state.problem) if line))
        self.key_ready.emit(state)

    def _say(self, text: str, *, error: bool = False) -> None:
        """Plain text, or rich text when it names an openrouter.ai page (made a link)."""
        marked = linkify_openrouter(text)
        rich = "<a " in marked
        self.status.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.status.setText(marked if rich else text)
        self.status.setStyleSheet(f"color: {error_color()}" if error else "")
        announce(self.status, text, assertive=error)  # heard, not only seen


def open_openrouter_link(url: str) -> None:
    """Open a link from our own text: only https links to openrouter.ai."""
    if is_openrouter_link(url):
        open_link(url)


class KeyDialog(QDialog):
    """Replace the key (from Settings)."""

    def __init__(self, account: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("key_dialog", "OpenRouter key")
            if account.server_is_openrouter
            else translate("key_dialog", "Key for {name}").format(name=account.server_name)
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
