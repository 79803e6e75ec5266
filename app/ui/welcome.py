"""The first-run welcome: what OpenRouter is, what a key is, what it costs, and two ways in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.core.i18n import translate

from .dialogs.key_dialog import KeyPanel

if TYPE_CHECKING:
    from app.services.account import AccountService

CARD_WIDTH = 620


def intro_html(can_keep_key: bool) -> str:
    """What OpenRouter is, what a key is and what it costs (in the user's language)."""
    if can_keep_key:
        keeping = translate(
            "welcome",
            "Switchboard keeps it in your computer's keychain, the same place your browser "
            "keeps passwords, and nowhere else.",
        )
    else:
        keeping = translate(
            "welcome",
            "This computer has no password store Switchboard can use, so your key is kept only "
            "until you close the app (and nowhere else): you will paste it or sign in again "
            "next time.",
        )
    paragraphs = (
        translate(
            "welcome",
            "<b>OpenRouter</b> is one account that reaches hundreds of AI models (from OpenAI, "
            "Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you "
            "chat, compare and keep your conversations on this computer.",
        ),
        translate(
            "welcome",
            "<b>A key</b> is like a password that lets Switchboard use your OpenRouter account. "
            "{keeping}",
        ).format(keeping=keeping),
        translate(
            "welcome",
            "<b>What it costs:</b> OpenRouter charges per use, from your prepaid credit. A "
            "typical answer costs a fraction of a cent, some models are free, and Switchboard "
            "shows what every answer cost.",
        ),
    )
    title = translate("welcome", "Welcome to Switchboard")
    return f"<h1>{title}</h1>" + "".join(f"<p>{text}</p>" for text in paragraphs)


class WelcomePage(QWidget):
    """Shown instead of the conversations until there is a key.

    Signals:
        key_ready(object): a working key is in use (a KeyState).
    """

    key_ready = Signal(object)

    def __init__(self, account: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = intro = QLabel(intro_html(account.can_keep_key))
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
        """Why the keychain cannot keep the key: a key can still be used for this session."""
        self.panel.show_problem(text, offer_session=bool(text))
