""" "Continue in a new tab": a small dialog (the whole conversation up to here, or only its last
turns, with what each choice resends), then the copy opens in a new tab, ready to type in.

The choice of messages and their estimate are ``ForkPlan``'s (``app.services.conversations``);
the copy is ``ConversationService.fork``. The dialog opens without blocking (``open``), so the
window keeps running and a test drives it as a person would."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate
from app.core.money import format_usd

from .tab_keys import TabKey

if TYPE_CHECKING:
    from app.core.models import ModelInfo
    from app.services.conversations import ForkPlan

    from .main_window import MainWindow


class ForkDialog(QDialog):
    """Asks how much of the conversation to continue with. ``last_turns`` is the choice
    (None: all of it) once accepted."""

    def __init__(
        self, plan: ForkPlan, model: ModelInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("forkDialog")
        self.setWindowTitle(translate("fork_flow", "Continue in a new tab"))
        self._plan = plan
        self._model = model
        turns = max(plan.turns, 1)
        intro = QLabel(
            translate(
                "fork_flow",
                "A new conversation starts with a copy of this one up to here. Everything it "
                "holds is sent again with each new message, so a shorter start costs less.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.whole = QRadioButton(self)
        self.last = QRadioButton(translate("fork_flow", "Only the last"), self)
        self.turns = TurnsBox(self)
        self.turns.setRange(1, turns)
        self.turns.setValue(min(2, turns))
        self.turns.setAccessibleName(translate("fork_flow", "How many of the last turns to keep"))
        self.last_note = QLabel(self)
        self.last_note.setWordWrap(True)
        self.whole_note = QLabel(self)
        self.whole_note.setWordWrap(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.last)
        self.whole.setChecked(True)
        self.last.setEnabled(plan.turns > 1)  # one turn: nothing to leave out
        self.turns.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = self.buttons.addButton(
            translate("fork_flow", "Continue in a new tab"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.last.toggled.connect(self.turns.setEnabled)
        self.turns.valueChanged.connect(self._describe)

        row = QHBoxLayout()
        row.addWidget(self.last)
        row.addWidget(self.turns)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.whole)
        layout.addWidget(self.whole_note)
        layout.addLayout(row)
        layout.addWidget(self.last_note)
        layout.addWidget(self.buttons)
        self._describe()

    @property
    def last_turns(self) -> int | None:
        return self.turns.value() if self.last.isChecked() else None

    def _describe(self) -> None:
        count = len(self._plan.messages)
        self.whole.setText(
            translate(
                "fork_flow",
                "The whole conversation up to here (%n messages)",
                "one: The whole conversation up to here (%n message)",
                count,
            )
        )
        self.whole_note.setText(self._cost_note(None))
        kept = len(self._plan.kept(self.turns.value()))
        messages = translate("fork_flow", "%n messages.", "one: %n message.", kept)
        self.last_note.setText(f"{messages} {self._cost_note(self.turns.value())}")

    def _cost_note(self, last_turns: int | None) -> str:
        tokens, cost = self._plan.context(last_turns, self._model)
        if cost is None:
            return translate(
                "fork_flow",
                "About %n tokens to send again with each message.",
                "one: About %n token to send again with each message.",
                tokens,
            )
        return translate(
            "fork_flow",
            "About %n tokens, about {cost} to send again with each message.",
            "one: About %n token, about {cost} to send again with each message.",
            tokens,
        ).format(cost=format_usd(cost, compact=True))


class TurnsBox(QSpinBox):
    """A count of turns shown as a whole phrase ("2 turns"), so each language can say it."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 (Qt)
        return translate("fork_flow", "%n turns", "one: %n turn", value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt)
        digits = "".join(c for c in text if c.isdigit())
        return int(digits) if digits else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = "".join(c for c in text if c.isdigit())
        state = QValidator.State
        if digits and self.minimum() <= int(digits) <= self.maximum():
            return state.Acceptable, text, pos
        return state.Intermediate, text, pos


def ask_fork(window: MainWindow, conversation_id: int, message_id: int) -> ForkDialog | None:
    """Offer to continue the conversation from ``message_id`` in a new tab (the dialog is
    returned, open; None when there is nothing to continue from)."""
    services = window.services
    if services is None:
        return None
    plan = services.conversations.fork_plan(conversation_id, message_id)
    if plan is None:
        window.notices.info(
            translate("fork_flow", "This message is no longer shown in the conversation.")
        )
        return None
    costs = services.costs
    model = costs.model_info(plan.conversation.settings.model) if costs is not None else None
    dialog = ForkDialog(plan, model, window)
    dialog.accepted.connect(lambda: fork(window, conversation_id, message_id, dialog.last_turns))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def fork(
    window: MainWindow, conversation_id: int, message_id: int, last_turns: int | None = None
) -> int | None:
    """Copy the conversation up to ``message_id`` (or its last turns) and open the copy in a
    new tab with the composer focused; the new conversation's id (None: a notice says why)."""
    services = window.services
    if services is None:
        return None
    from app.services.conversations import ConversationError

    try:
        copy = services.conversations.fork(conversation_id, message_id, last_turns)
    except ConversationError as error:
        window.notices.error(error.user_message)
        return None
    window.open_tab(TabKey.chat(copy.id))
    view = window.current_view()
    if view is not None and view.conversation_id == copy.id:
        view.focus_composer()
    window.library.refresh()
    return copy.id
