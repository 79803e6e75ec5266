"""The first-run welcome: what OpenRouter is, what a key is, what it costs, and two ways in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from .dialogs.key_dialog import KeyPanel

if TYPE_CHECKING:
    from app.services.account import AccountService

CARD_WIDTH = 620
KEPT = (
    "Switchboard keeps it in your computer's keychain, the same place your browser keeps "
    "passwords, and nowhere else."
)
KEPT_FOR_SESSION = (
    "This computer has no password store Switchboard can use, so your key is kept only until "
    "you close the app (and nowhere else): you will paste it or sign in again next time."
)
INTRO = """
<h1>Welcome to Switchboard</h1>
<p><b>OpenRouter</b> is one account that reaches hundreds of AI models (from OpenAI, Anthropic,
Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep
your conversations on this computer.</p>
<p><b>A key</b> is like a password that lets Switchboard use your OpenRouter account. {keeping}</p>
<p><b>What it costs:</b> OpenRouter charges per use, from your prepaid credit. A typical answer
costs a fraction of a cent, some models are free, and Switchboard shows what every answer
cost.</p>
"""


class WelcomePage(QWidget):
    """Shown instead of the conversations until there is a key.

    Signals:
        key_ready(object): a working key is in use (a KeyState).
    """

    key_ready = Signal(object)

    def __init__(self, account: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = intro = QLabel(
            INTRO.format(keeping=KEPT if account.can_keep_key else KEPT_FOR_SESSION)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.panel = KeyPanel(account, self)
        self.panel.key_ready.connect(self.key_ready)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(CARD_WIDTH)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 24)
        # Rich text does not report its wrapped height to the layout: ask for it at our width.
        intro.setMinimumHeight(intro.heightForWidth(CARD_WIDTH - 56))
        inner.addWidget(intro)
        inner.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_problem(self, text: str | None) -> None:
        self.panel.show_problem(text)
