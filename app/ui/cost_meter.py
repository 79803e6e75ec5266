"""The cost meter: this answer, this conversation, today, this month, and credit left."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.money import format_usd

if TYPE_CHECKING:
    from app.api import KeyInfo
    from app.core.cost import CapKind
    from app.services.costs import Spending


def level_style(level: str) -> str:
    """How a cap's level reads: plain, amber (near it) or red (over it), AA on either theme."""
    from .theme import error_color, warning_color

    if level == "over":
        return f"color: {error_color()}; font-weight: bold"
    return f"color: {warning_color()}; font-weight: bold" if level == "warning" else ""


ANSWER_TIPS = {
    "estimate": "The answer being written now: an estimate until OpenRouter bills it",
    "billed": "What OpenRouter billed for the latest answer",
    "waiting": "Sent: no figure until the model starts writing",
    "not charged": "The request failed before the model wrote anything, so it was not billed",
    "unknown": "Stopped before the model wrote anything: OpenRouter may still bill the prompt",
}


class CostMeter(QWidget):
    """Always visible in the status bar. Shows figures only; the window feeds them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = QLabel("This answer: –")
        self.conversation = QLabel("Conversation: –")
        self.today = QLabel("Today: –")
        self.month = QLabel("Month: –")
        self.credit = QLabel("Credit: –")
        self.setAccessibleName("Cost meter")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(14)
        for label in (self.answer, self.conversation, self.today, self.month, self.credit):
            layout.addWidget(label)
        self.answer.setToolTip(ANSWER_TIPS["estimate"])
        self.credit.setToolTip("What your OpenRouter key may still spend (from openrouter.ai)")

    def set_answer(self, cost: Decimal | None, *, billed: bool) -> None:
        suffix = "" if billed or cost is None else " (est.)"
        self.answer.setText(f"This answer: {format_usd(cost)}{suffix}")
        self.answer.setToolTip(ANSWER_TIPS["billed" if billed else "estimate"])

    def set_answer_waiting(self) -> None:
        """Sent, nothing written yet (the model warms up, or the request is retried): no
        figure yet, and above all not "free"."""
        self.answer.setText("This answer: –")
        self.answer.setToolTip(ANSWER_TIPS["waiting"])

    def set_answer_taken_back(self, *, not_charged: bool) -> None:
        """The request ended before any word of the answer. ``not_charged``: the server
        refused it (402, 429, 500…), so it billed nothing; else it cannot be known ("–")."""
        self.answer.setText("This answer: not charged" if not_charged else "This answer: –")
        self.answer.setToolTip(ANSWER_TIPS["not charged" if not_charged else "unknown"])

    def set_spending(self, spending: Spending, kind: str = "Conversation") -> None:
        """``kind``: what the second figure totals ("Conversation" or "Comparison")."""
        self.conversation.setText(f"{kind}: {_total(spending.conversation or Decimal(0))}")
        caps = {cap.kind: cap for cap in spending.caps}
        rows: tuple[tuple[QLabel, str, Decimal, CapKind], ...] = (
            (self.today, "Today", spending.today, "daily"),
            (self.month, "Month", spending.month, "monthly"),
        )
        for label, name, amount, kind in rows:
            cap = caps.get(kind)
            text = f"{name}: {_total(amount)}"
            if cap is not None:
                text += f" of {format_usd(cap.cap)}"
                label.setToolTip(f"{cap.percent}% of your {kind} cap")
            label.setText(text)
            label.setStyleSheet(level_style(cap.level) if cap is not None else "")

    def set_credit(self, info: KeyInfo | None, *, problem: str | None = None) -> None:
        if info is None:
            self.credit.setText("Credit: –" if problem is None else "Credit: unknown")
            if problem:
                self.credit.setToolTip(problem)
            return
        if info.limit_remaining is None:
            self.credit.setText("Credit: no limit on this key")
        else:
            self.credit.setText(f"Credit: {format_usd(info.limit_remaining)} left")
        low = info.limit_remaining is not None and info.limit_remaining < Decimal("0.5")
        self.credit.setStyleSheet(level_style("warning") if low else "")


def _total(amount: Decimal) -> str:
    """Totals read as money even when nothing was spent ("$0.00", not "free")."""
    return "$0.00" if amount == 0 else format_usd(amount)
