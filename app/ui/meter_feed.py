"""What the cost meter shows, kept current: spending against the caps, the streaming
answer's estimate, each settled answer's figure, and the credit left."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from .notices import Topic

if TYPE_CHECKING:
    from app.core.attachments import Attachment
    from app.core.conversation import Message
    from app.services.costs import CostService, TakenBack

    from .main_window import MainWindow

LIVE_COST_MS = 400  # the streaming answer's estimate in the meter
CREDIT_REFRESH_MS = 5 * 60 * 1000  # credit left, besides after every answer


class MeterFeed(QObject):
    """Follows ``CostService`` for the window and draws into its ``CostMeter``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.meter = window.cost_meter
        self._costs: CostService | None = None
        self._unfollow: list[Callable[[], None]] = []  # unsubscribes from ``CostService``
        self._live = self._timer(LIVE_COST_MS, self._show_live_cost)
        self._credit = self._timer(
            CREDIT_REFRESH_MS, lambda: window.tasks.spawn(self.refresh_credit())
        )

    def _timer(self, interval: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def follow(self, costs: CostService | None) -> None:
        """Draw what ``costs`` settles (None: stop following, as at shutdown)."""
        for unfollow in self._unfollow:
            unfollow()
        self._unfollow = []
        self._costs = costs
        if costs is None:
            self._live.stop()
            self._credit.stop()
            return
        self._unfollow = [
            costs.message_changed.subscribe(self._message_costed),
            costs.settled.subscribe(self._answer_settled),
            costs.taken_back.subscribe(self._taken_back),
        ]
        self.refresh()
        self._credit.start()

    def refresh(self) -> None:
        """Today, month and this conversation against the caps in the settings."""
        settings = self._window.settings
        if self._costs is not None and settings is not None:
            columns = self._window.current_columns()  # a comparison: what its columns cost
            chat = self._window.current_id()
            ids = columns or ([chat] if chat is not None else [])
            kind = "Comparison" if columns else "Conversation"
            self.meter.set_spending(self._costs.spending(settings, ids), kind)

    def busy_changed(self, busy: bool) -> None:
        if busy:
            # A send went out: its parameters were valid, and the last send's failure is
            # history. Messages saying otherwise are no longer true.
            self._window.notices.withdraw(Topic.PARAMETERS, Topic.SEND)
            self._live.start()
            self.meter.set_answer_waiting()
        else:
            self._live.stop()

    def estimate_text(
        self, conversation_id: int, draft: str, attachments: Sequence[Attachment] = ()
    ) -> str:
        """The composer's line: what sending ``draft`` (with ``attachments``) may cost."""
        costs = self._costs
        if costs is None:
            return ""
        return costs.chat_estimate_text(conversation_id, draft, attachments)

    def _show_live_cost(self) -> None:
        view, costs = self._window.current_view(), self._costs
        turn = view.current_turn if view is not None and view.busy else None
        if turn is None or costs is None:
            return
        if not (turn.completion_tokens or turn.reasoning_tokens):  # sent or warming up: no figure
            self.meter.set_answer_waiting()
        else:
            self.meter.set_answer(costs.live_turn_cost(turn), billed=False)

    def _taken_back(self, taken: TakenBack) -> None:
        """Nothing of an answer arrived: say whether it was billed, never "free" or
        "unknown" (a 402, 429 or 500 is not charged)."""
        if any(v.conversation_id == taken.conversation_id for v in self._window.chat_views()):
            self.meter.set_answer_taken_back(not_charged=taken.not_charged)

    def _answer_settled(self, message: Message) -> None:
        """``CostService`` settled an answer (of a chat or a comparison column): draw it."""
        if any(v.conversation_id == message.conversation_id for v in self._window.chat_views()):
            self.meter.set_answer(message.cost, billed=message.cost_is_billed)
            self._window.tasks.spawn(self.refresh_credit())
        self.refresh()

    def _message_costed(self, message: Message) -> None:
        for view in self._window.chat_views():
            if view.conversation_id == message.conversation_id:
                view.transcript.update_message(message)
                view.refresh_estimate()
        for compare_view in self._window.compare_views():
            compare_view.message_changed(message)
        self.refresh()

    async def refresh_credit(self) -> None:
        from app.api import OpenRouterError

        services = self._window.services
        account = services.account if services is not None else None
        if self._costs is None or account is None or not account.state.has_key:
            return
        try:
            info = await self._costs.remaining_credit()
        except OpenRouterError as error:
            self.meter.set_credit(None, problem=error.user_message)
            return
        self.meter.set_credit(info)

    async def explain_out_of_credit(self) -> None:
        if self._costs is not None:
            message = await self._costs.out_of_credit_message()
            self._window.notices.warning(message, topic=Topic.SEND)
