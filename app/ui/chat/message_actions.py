"""What a message's Copy and Details links do, wherever a transcript shows it (chat or column)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.core.cost import answer_model
from app.core.i18n import translate
from app.render.meta import details_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.core.conversation import Message
    from app.core.models import ModelInfo

    from ..notices import Notices


def copy_message(message: Message, notices: Notices) -> None:
    """Put the message's exact text on the clipboard."""
    QGuiApplication.clipboard().setText(message.content)
    notices.info(translate("message_actions", "Message copied."))


def show_details(
    message: Message,
    notices: Notices,
    parent: QWidget | None = None,
    models: Callable[[str], ModelInfo | None] | None = None,
) -> None:
    """Everything recorded about the message (model, provider, tokens, cost, parameters);
    with the catalogue (``models``), the cost split between the answer and its thinking."""
    model = answer_model(message, models) if models is not None else None
    notices.show_text(
        translate("message_actions", "Message details"),
        details_text(message, model),
        parent=parent,
    )
