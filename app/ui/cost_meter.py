"""The cost meter: this answer, this conversation, today, this month, and credit left."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.i18n import translate
from app.core.money import format_usd, format_usd_exact

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


def answer_tip(key: str) -> str:
    """What the answer's figure means now (``key``: estimate, billed, waiting, not charged,
    unknown)."""
    if key == "billed":
        return translate("cost_meter", "What OpenRouter billed for the latest answer")
    if key == "waiting":
        return translate("cost_meter", "Sent: no figure until the model starts writing")
    if key == "not charged":
        return translate(
            "cost_meter", "The request failed before the model wrote anything, so it was not billed"
        )
    if key == "unknown":
        return translate(
            "cost_meter",
            "Stopped before the model wrote anything: OpenRouter may still bill the prompt",
        )
    return translate(
        "cost_meter", "The answer being written now: an estimate until OpenRouter bills it"
    )


class CostMeter(QWidget):
    """Always visible in the status bar. Shows figures only; the window feeds them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = QLabel(translate("cost_meter", "This answer: –"))
        self.conversation = QLabel(translate("cost_meter", "Conversation: –"))
        self.today = QLabel(translate("cost_meter", "Today: –"))
        self.month = QLabel(translate("cost_meter", "Month: –"))
        self.credit = QLabel(translate("cost_meter", "Credit: –"))
        self.setAccessibleName(translate("cost_meter", "Cost meter"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(14)
        for label in (self.answer, self.conversation, self.today, self.month, self.credit):
            layout.addWidget(label)
        self._answer_tip("estimate")
        self.credit.setToolTip(
            translate("cost_meter", "What your OpenRouter key may still spend (from openrouter.ai)")
        )

    def _answer_tip(self, key: str) -> None:
        self.answer.setToolTip(answer_tip(key))

    def set_answer(self, cost: Decimal | None, *, billed: bool) -> None:
        if billed or cost is None:
            text = translate("cost_meter", "This answer: {cost}")
        else:
            text = translate("cost_meter", "This answer: {cost} (est.)")
        self.answer.setText(text.format(cost=format_usd(cost)))
        self._answer_tip("billed" if billed else "estimate")

    def set_answer_waiting(self) -> None:
        """Sent, nothing written yet (the model warms up, or the request is retried): no
        figure yet, and above all not "free"."""
        self.answer.setText(translate("cost_meter", "This answer: –"))
        self._answer_tip("waiting")

    def set_answer_taken_back(self, *, not_charged: bool) -> None:
        """The request ended before any word of the answer. ``not_charged``: the server
        refused it (402, 429, 500…), so it billed nothing; else it cannot be known ("–")."""
        if not_charged:
            self.answer.setText(translate("cost_meter", "This answer: not charged"))
        else:
            self.answer.setText(translate("cost_meter", "This answer: –"))
        self._answer_tip("not charged" if not_charged else "unknown")

    def set_spending(self, spending: Spending, kind: str = "Conversation") -> None:
        """``kind``: what the second figure totals ("Conversation" or "Comparison")."""
        total = _total(spending.conversation or Decimal(0))
        if kind == "Comparison":
            self.conversation.setText(
                translate("cost_meter", "Comparison: {cost}").format(cost=total)
            )
        else:
            self.conversation.setText(
                translate("cost_meter", "Conversation: {cost}").format(cost=total)
            )
        caps = {cap.kind: cap for cap in spending.caps}
        rows: tuple[tuple[QLabel, Decimal, CapKind], ...] = (
            (self.today, spending.today, "daily"),
            (self.month, spending.month, "monthly"),
        )
        for label, amount, cap_kind in rows:
            cap = caps.get(cap_kind)
            text, tip = _cap_texts(cap_kind, cap is not None)
            fields = {"cost": _total(amount), "cap": format_usd(cap.cap) if cap else ""}
            label.setText(text.format(**fields))
            if cap is not None:
                label.setToolTip(tip.format(percent=cap.percent))
            label.setStyleSheet(level_style(cap.level) if cap is not None else "")

    def set_credit(self, info: KeyInfo | None, *, problem: str | None = None) -> None:
        if info is None:
            if problem is None:
                self.credit.setText(translate("cost_meter", "Credit: –"))
            else:
                self.credit.setText(translate("cost_meter", "Credit: unknown"))
            if problem:
                self.credit.setToolTip(problem)
            return
        if info.limit_remaining is None:
            self.credit.setText(translate("cost_meter", "Credit: no limit on this key"))
        else:
            left = format_usd(info.limit_remaining)
            self.credit.setText(translate("cost_meter", "Credit: {cost} left").format(cost=left))
        low = info.limit_remaining is not None and info.limit_remaining < Decimal("0.5")
        self.credit.setStyleSheet(level_style("warning") if low else "")


def _cap_texts(kind: CapKind, capped: bool) -> tuple[str, str]:
    """The figure's text (fields ``cost``, ``cap``) and, when capped, its tooltip
    (``percent``): one whole sentence per case."""
    if kind == "daily":
        if capped:
            return translate("cost_meter", "Today: {cost} of {cap}"), translate(
                "cost_meter", "{percent}% of your daily cap"
            )
        return translate("cost_meter", "Today: {cost}"), ""
    if capped:
        return translate("cost_meter", "Month: {cost} of {cap}"), translate(
            "cost_meter", "{percent}% of your monthly cap"
        )
    return translate("cost_meter", "Month: {cost}"), ""


def _total(amount: Decimal) -> str:
    """Totals read as money even when nothing was spent ("$0.00", not "free")."""
    return format_usd_exact(amount) if amount == 0 else format_usd(amount)
