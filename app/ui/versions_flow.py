"""Versions of an answer made on request: "Regenerate with…" (another preset or model, for
that version only) and "Compare these versions" (side by side, to pick the one shown).

The chat view asks (``regenerate_with_requested``, ``compare_versions_requested``); these
answer with the window's presets, catalogue, spending guard and notices.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QCursor, QTextCursor
from PySide6.QtWidgets import QMenu

from app.core.i18n import translate
from app.core.version_settings import recent_models, with_model
from app.render.message_html import REGENERATE_WITH_ACTION
from app.render.safe_text import plain_tooltip, shorten

from .send_gate import consent

if TYPE_CHECKING:
    from app.core.conversation import ChatSettings, Message
    from app.services.compare import ColumnFigures

    from .chat.chat_view import ChatView
    from .chat.transcript import Transcript
    from .chat.versions_view import VersionsDialog
    from .main_window import MainWindow

Change = Callable[["ChatSettings"], "ChatSettings"]

MENU_NAME = "regenerate_with_menu"
# The menu's note, in English (tests look for it; the menu shows it translated).
ONLY_THIS_VERSION = "For this answer only: the conversation keeps its own settings"
NAME_LIMIT = 60


def _busy() -> str:
    return translate(
        "versions_flow",
        "Wait until the answer being written has finished (or press Stop), then try again.",
    )


# -- Regenerate with… ------------------------------------------------------------------------


def regenerate_with(window: MainWindow, view: ChatView, message_id: int) -> QMenu | None:
    """The menu of presets and recent models at the answer's "Regenerate with…" link; each
    makes a new version of the last answer with those settings. None when nothing can be
    regenerated now (the conversation streams, or it is gone)."""
    services = window.services
    if services is None:
        return None
    if view.busy:
        window.notices.info(_busy())
        return None
    conversation = services.history.get_conversation(view.conversation_id)
    if conversation is None:
        return None
    menu = QMenu(view)
    menu.setObjectName(MENU_NAME)
    menu.setTitle(translate("versions_flow", "Regenerate with…"))
    menu.setToolTipsVisible(True)
    menu.setAccessibleName(translate("versions_flow", "Regenerate with"))
    only_this = translate(
        "versions_flow", "For this answer only: the conversation keeps its own settings"
    )
    menu.setAccessibleDescription(only_this)
    note = menu.addAction(only_this)
    note.setEnabled(False)
    menu.addSection(translate("versions_flow", "Presets"))
    first: QAction | None = None
    for preset in services.presets.presets():
        action = _add(menu, shorten(preset.name, NAME_LIMIT), preset.summary)
        action.setData(f"preset:{preset.name}")
        first = first or action
        action.triggered.connect(
            lambda _on=False, change=preset.apply_to: _regenerate(window, view, change)
        )
    menu.addSection(translate("versions_flow", "Models"))
    answers = [m for m in services.history.messages(view.conversation_id) if m.role == "assistant"]
    answers += services.chat.versions_of(message_id)
    answers.sort(key=lambda m: m.id, reverse=True)
    own = conversation.settings.model
    for model_id in recent_models(own, answers):
        info = services.catalogue.get(model_id)
        name = info.name if info is not None and info.name else model_id
        label = shorten(name, NAME_LIMIT)
        if model_id == own:
            label = translate("versions_flow", "{model} (this conversation's)").format(model=label)

        def change(settings: ChatSettings, model: str = model_id) -> ChatSettings:
            return with_model(settings, model)

        action = _add(menu, label, model_id)
        action.setData(f"model:{model_id}")
        action.triggered.connect(lambda _on=False, c=change: _regenerate(window, view, c))
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(_link_point(view.transcript, f"action:{REGENERATE_WITH_ACTION}:{message_id}"))
    if first is not None:
        menu.setActiveAction(first)  # the keyboard starts on the first preset
    return menu


def _add(menu: QMenu, label: str, tooltip: str) -> QAction:
    action = menu.addAction(label.replace("&", "&&"))
    note = translate(
        "versions_flow", "For this answer only: the conversation keeps its own settings."
    )
    action.setToolTip(plain_tooltip(f"{tooltip}\n{note}"))
    return action


def _regenerate(window: MainWindow, view: ChatView, change: Change) -> None:
    """A new version of the last answer with ``change`` applied to the conversation's
    settings, through the send checks, never while the conversation streams."""
    services = window.services
    if services is None:
        return
    if view.busy:
        window.notices.info(_busy())
        return
    if window.dock_link.blocking_problem():  # (also saves the dock's pending edits)
        return
    conversation = services.history.get_conversation(view.conversation_id)
    if conversation is None:
        return
    settings = change(conversation.settings)
    if not may_send(window, view.conversation_id, settings):
        return
    view.regenerate_for_version(settings)


def may_send(window: MainWindow, conversation_id: int, settings: ChatSettings) -> bool:
    """The spending guard, for the request asking the last prompt again with ``settings``
    would make (its model's prices): a version made with other settings, a retry."""
    from app.api import OpenRouterError

    services, app_settings = window.services, window.settings
    if services is None or services.costs is None or app_settings is None:
        return True
    try:
        check = services.costs.check_asking_again(conversation_id, settings, app_settings)
    except OpenRouterError as error:  # (settings that cannot be sent, said plainly)
        window.notices.warning(error.user_message)
        return False
    return check is not None and consent(window.notices, check) is None


def _link_point(transcript: Transcript, href: str) -> QPoint:
    """Where the menu opens: under the link (searched from the end, where the last answer
    is), else at the mouse."""
    document = transcript.document()
    block = document.lastBlock()
    for _ in range(400):  # the last answer's footer is among the last blocks
        if not block.isValid():
            break
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid() and fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                rect = transcript.cursorRect(cursor)
                if transcript.viewport().rect().contains(rect.bottomLeft()):
                    return transcript.viewport().mapToGlobal(rect.bottomLeft())
                return QCursor.pos()
            fragments += 1
        block = block.previous()
    return QCursor.pos()


# -- Compare these versions ------------------------------------------------------------------


def compare_versions(window: MainWindow, view: ChatView, message_id: int) -> VersionsDialog | None:
    """The versions of this answer side by side; "Show this one" puts a version on screen."""
    from .chat.versions_view import VersionsDialog

    services = window.services
    if services is None:
        return None
    answers = services.chat.versions_of(message_id)
    if len(answers) < 2:
        window.notices.info(
            translate(
                "versions_flow", "This answer has only one version: Regenerate makes another."
            )
        )
        return None
    on_screen = {m.id: m for m in services.history.messages(view.conversation_id)}
    shown = next((a.id for a in answers if a.id in on_screen), message_id)
    asked = on_screen.get(answers[0].parent_id) if answers[0].parent_id is not None else None
    question = asked.content if asked is not None else ""
    dialog = VersionsDialog(
        answers, shown, lambda a: _figures(window, a), window, question=question
    )
    dialog.chosen.connect(
        lambda chosen: dialog.set_shown(chosen) if show_version(window, view, chosen) else None
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _figures(window: MainWindow, answer: Message) -> ColumnFigures:
    from app.services.compare import ColumnFigures

    compare = window.services.compare if window.services is not None else None
    if compare is not None:
        return compare.column_figures(answer, None)
    return ColumnFigures(
        answer_tokens=answer.completion_tokens,
        cost=answer.cost,
        cost_is_billed=answer.cost_is_billed,
        finish=answer.finish_reason,
    )


def show_version(window: MainWindow, view: ChatView, message_id: int) -> bool:
    """Make this version the one the conversation shows (only that part of the chat is drawn
    again); False when it cannot now."""
    if window.services is None:
        return False
    family = view.transcript.versions.get(message_id, ())
    on_screen = next((i for i in family if i in view.transcript.message_ids), None)
    if on_screen is None:
        return False
    if on_screen != message_id:
        view.switch_version(on_screen, family.index(message_id) - family.index(on_screen))
    return message_id in view.transcript.message_ids
