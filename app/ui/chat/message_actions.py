"""What a message's Copy and Details links do, wherever a transcript shows it (chat or column)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.render.meta import details_text

if TYPE_CHECKING:
    from app.core.conversation import Message

    from ..notices import Notices


def copy_message(message: Message, notices: Notices) -> None:
    """Put the message's exact text on the clipboard."""
    QGuiApplication.clipboard().setText(message.content)
    notices.info("Message copied.")


def show_details(message: Message, notices: Notices, parent: QWidget | None = None) -> None:
    """Everything recorded about the message (model, provider, tokens, cost, parameters)."""
    notices.show_text("Message details", details_text(message), parent=parent)
