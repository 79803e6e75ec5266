"""The cost meter and the spending guard, below the UI: estimates, the ledger, billed figures.

How a turn's cost is settled. ``follow`` subscribes to a ``ChatService``'s turns (chat answers
and comparison columns alike); every turn that ends with an answer (finished, stopped, failed
with partial text) is settled here, in a task, whatever view started it, and ``settled``
publishes the answer as stored once its figure stands. A turn taken back (nothing arrived)
costs nothing and books nothing. ``settle`` does the work:

1. ``record_answer`` books the answer in the ledger at once: OpenRouter's ``usage.cost`` when
   the stream delivered it (billed), else catalogue price × tokens (estimated; the completion
   tokens are counted from the text when the stream never said). The figure is also written
   onto the message (``cost``, ``cost_is_billed``), so its bubble shows it.
2. If the figure is only an estimate and the answer has a generation id (a stopped or broken
   stream, or one without a usage chunk), ``reconcile`` asks ``GET /generation``, retrying
   while it answers 404 (stats are written asynchronously), and replaces the estimate with the
   billed ``total_cost`` and native token counts, in the ledger and on the message. A network
   failure is logged and the estimate stays: nothing here raises into the UI for it.

An answer that was streaming when the app died never ends, so it is settled at the next start
instead: ``settle_interrupted`` (started in the background by ``settle_interrupted_soon``)
books each interrupted answer once, billed from ``GET /generation`` when it has a generation
id (``Turn`` stores it as soon as the stream names it), else as an estimate.

Whenever a message's stored cost changes, ``message_changed`` publishes the message as stored
to every subscriber, so a view can redraw it. Qt-free; the guard's rules are in ``app.core.cost``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Unpack, cast

from app.api import (
    ApiStatusError,
    ConnectionFailedError,
    GenerationStats,
    InvalidRequestError,
    KeyInfo,
    OpenRouterClient,
    OpenRouterError,
)
from app.core.attachments import WEB_RESULTS_DEFAULT, Attachment
from app.core.conversation import ChatSettings, Message
from app.core.cost import (
    DEFAULT_TYPICAL_COMPLETION,
    Asked,
    CapStatus,
    Extras,
    GuardDecision,
    MeterLevel,
    SendCheck,
    SendEstimate,
    ThinkingSplit,
    answer_model,
    cap_statuses,
    check_caps,
    describe,
    estimate_cost,
    estimate_extras,
    estimate_prompt_tokens,
    estimate_send,
    estimate_tokens,
    length_hint,
    length_hint_for_all,
    live_cost,
    out_of_credit_message,
    search_price,
    thinking_split,
    worst_level,
)
from app.core.hub import Hub
from app.core.i18n import translate
from app.core.models import ModelInfo
from app.core.request import ChatRequest, next_request, web_search_results
from app.store.history import HistoryStore, MessageUpdate
from app.store.ledger import Ledger, LedgerEntry
from app.store.settings_file import AppSettings

from .turn import Turn, TurnEvent, TurnFinished, TurnUndone

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TakenBack:
    """A turn taken back because nothing of its answer arrived (see ``CostService.taken_back``).

    ``not_charged``: the server refused the request before any answer (an HTTP error status
    such as 402, 429 or 500) or it never reached the server, so nothing was billed. False when
    that cannot be known: the person pressed Stop, or the stream broke before its first word.
    """

    conversation_id: int
    not_charged: bool


def _refused_empty(event: TurnFinished) -> bool:
    message = event.message
    nothing = not message.content and not message.reasoning and not message.generation_id
    return nothing and _not_charged(event.error)


def _not_charged(error: OpenRouterError | None) -> bool:
    return isinstance(error, ApiStatusError | ConnectionFailedError | InvalidRequestError)


GENERATION_ATTEMPTS = 6
GENERATION_DELAY_S = 1.0

CatalogueLookup = Callable[[str], ModelInfo | None]


@dataclass(frozen=True, slots=True)
class Spending:
    """What the meter shows besides the answer streaming now."""

    conversation: Decimal | None  # None: no conversation asked about
    today: Decimal
    month: Decimal
    caps: tuple[CapStatus, ...]  # the caps that are set, daily first

    @property
    def level(self) -> MeterLevel:
        """The worst of the caps: ``warning`` from 80% of any cap, ``over`` once one is hit."""
        return worst_level(self.caps)


@dataclass(frozen=True, slots=True)
class _Figure:
    """A cost for one answer and what it is based on."""

    cost: Decimal
    billed: bool
    prompt_tokens: int | None
    completion_tokens: int | None
    model: str | None = None
    provider: str | None = None
    reasoning_tokens: int | None = None  # the thinking part of completion_tokens
    web_searches: int | None = None  # searches the server counted (its usage said)


class CostService:
    """Estimates before a send, the guard, the ledger of what answers cost, and the balance."""

    def __init__(
        self,
        ledger: Ledger,
        catalogue_lookup: CatalogueLookup,
        client: OpenRouterClient,
        *,
        history: HistoryStore | None = None,
        clock: Callable[[], float] = time.time,
        typical_completion: int = DEFAULT_TYPICAL_COMPLETION,
        generation_attempts: int = GENERATION_ATTEMPTS,
        generation_delay: float = GENERATION_DELAY_S,
    ) -> None:
        self._ledger = ledger
        self._lookup = catalogue_lookup
        self._client = client
        self._history = history
        self._clock = clock
        self.typical_completion = typical_completion
        self._attempts = generation_attempts
        self._delay = generation_delay
        self._key_info: KeyInfo | None = None
        self._key_info_at: float | None = None
        self.settled: Hub[Message] = Hub()  # an answer's figure stands (the message as stored)
        self.message_changed: Hub[Message] = Hub()  # a message's stored cost changed
        self.taken_back: Hub[TakenBack] = Hub()  # a turn ended with nothing to settle
        self._settling: set[asyncio.Task[None]] = set()

    # -- following turns ---------------------------------------------------------------------

    def follow(self, turns: Hub[Turn]) -> Callable[[], None]:
        """Settle every turn announced on ``turns`` (``ChatService.turns``) once it ends with
        an answer. Returns the function that stops following."""
        return turns.subscribe(self._turn_started)

    def _turn_started(self, turn: Turn) -> None:
        turn.events.subscribe(lambda event: self._turn_event(turn, event))

    def _turn_event(self, turn: Turn, event: TurnEvent) -> None:
        if isinstance(event, TurnUndone):
            conversation = turn.user.conversation_id
            self.taken_back.publish(TakenBack(conversation, _not_charged(event.error)))
        elif isinstance(event, TurnFinished) and _refused_empty(event):
            # A regenerate the server refused (402, 429, 500…) before any answer: the empty
            # answer stays to be retried, but nothing was billed, so nothing is booked.
            conversation = event.message.conversation_id
            self.taken_back.publish(TakenBack(conversation, not_charged=True))
        elif isinstance(event, TurnFinished):
            # In a task, after every other subscriber has had the event (the view draws the
            # final answer before its cost changes), and because a billed figure may need
            # ``GET /generation``.
            task = asyncio.ensure_future(self._settle_turn(event.message))
            self._settling.add(task)
            task.add_done_callback(self._settling.discard)

    async def _settle_turn(self, message: Message) -> None:
        await self.settle(message)
        self.settled.publish(self._stored(message) or message)

    async def wait_settled(self) -> None:
        """Wait until every turn that has ended so far is settled (for tests and scripts)."""
        while self._settling:
            await asyncio.gather(*list(self._settling))

    async def aclose(self) -> None:
        """Stop settling (at quit, before the HTTP client closes): what is booked stays, an
        estimate waiting for its billed figure stays an estimate."""
        tasks = list(self._settling)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # -- before sending ----------------------------------------------------------------------

    def estimate_send(
        self,
        request: ChatRequest,
        *,
        model_info: ModelInfo | None = None,
        extras: Extras | None = None,
    ) -> SendEstimate:
        """What sending ``request`` may cost: its messages, its model's price, its max_tokens.
        ``model_info``: the entry to price it with instead of the catalogue's (a pinned
        provider's prices). ``extras``: what its attachments and web search add
        (``estimate_extras`` of the same request: ``estimate_draft`` does both)."""
        return estimate_send(
            model_info if model_info is not None else self._lookup(request.model),
            request.messages,
            request.params.max_tokens,
            self.typical_completion,
            request.params.reasoning,
            extras,
        )

    def estimate_draft(
        self,
        settings: ChatSettings,
        history: Sequence[Message],
        draft: str,
        *,
        model_info: ModelInfo | None = None,
        attachments: Sequence[Attachment] = (),
    ) -> SendEstimate:
        """The composer's estimate: the request sending ``draft`` with ``attachments`` would
        make (``next_request``, as ``ChatService`` and "Show request…" build it), with what
        its images, PDFs, text files (the earlier prompts' too: every turn sends them again)
        and web search add. ``model_info``: as ``estimate_send``
        (``CompareService.column_model_info`` gives a fair column's)."""
        model = model_info if model_info is not None else self._lookup(settings.model)
        request = next_request(settings, history, draft, model, attachments=tuple(attachments))
        extras = estimate_extras(model, request)
        return self.estimate_send(request, model_info=model, extras=extras)

    def thinking_split(self, message: Message) -> ThinkingSplit | None:
        """``message``'s tokens and cost split between its answer and its thinking, priced
        with the model that answered (else the one asked for); None when it did not think."""
        return thinking_split(message, self._model_for(message))

    def answer_model(self, message: Message) -> ModelInfo | None:
        """The catalogue entry an answer is priced with: the served model's, else the
        requested one's (what ``app.render.meta.details_text`` and ``thinking_notes`` take
        to split the cost)."""
        return self._model_for(message)

    def model_info(self, model_id: str) -> ModelInfo | None:
        """What the catalogue knows of ``model_id`` (its prices), or None."""
        return self._lookup(model_id)

    def guard(self, estimate: SendEstimate, settings: AppSettings) -> GuardDecision:
        """Whether a send may go, against the caps in ``settings`` (see ``check_caps``: the
        worst case of the send is checked)."""
        return check_caps(
            self._ledger.today(),
            self._ledger.this_month(),
            estimate.guard_figure,
            settings.daily_cap,
            settings.monthly_cap,
            settings.confirm_above,
            worst_case=estimate.max_cost is not None,
        )

    def check_requests(
        self,
        combined: SendEstimate,
        text: str,
        requests: Callable[[], list[Asked]],
        settings: AppSettings,
    ) -> SendCheck:
        """May several requests go at once (a comparison's columns, a prompt-set run)? Their
        summed estimate against the caps; held, the reason says which Maximum length would
        make them fit (``requests()``: each one's model and prompt tokens, asked only then).
        The question names the estimate (``text``) and the reason."""
        decision = self.guard(combined, settings)
        if decision.action == "hold":
            hint = length_hint_for_all(requests(), decision)
            if hint:
                decision = replace(decision, reason=f"{decision.reason} {hint}")
        question = translate("costs", "{estimate}. {reason}").format(
            estimate=text, reason=decision.reason
        )
        return SendCheck(decision, question)

    # -- the send check of a chat ---------------------------------------------------------------

    def check_chat_send(
        self,
        conversation_id: int,
        draft: str,
        settings: AppSettings,
        attachments: Sequence[Attachment] = (),
    ) -> SendCheck:
        """May ``draft`` (with ``attachments``) be sent in the conversation now? The estimate
        of the request it would make, against the caps in ``settings`` (a comparison's is
        ``CompareService.check_send``)."""
        estimate = self._chat_estimate(conversation_id, draft, attachments)
        if estimate is None:
            return SendCheck(GuardDecision("send"))
        decision = self.guard(estimate, settings)
        conversation = self._history.get_conversation(conversation_id) if self._history else None
        if conversation is not None:  # a held send says how to make it fit the cap
            model = self._lookup(conversation.settings.model)
            hint = length_hint(model, estimate.prompt_tokens, decision)
            if hint:
                decision = replace(decision, reason=f"{decision.reason} {hint}")
        return SendCheck(decision, decision.reason)

    def check_asking_again(
        self, conversation_id: int, chat_settings: ChatSettings, settings: AppSettings
    ) -> SendCheck | None:
        """May the conversation's last prompt be asked again with ``chat_settings`` (a
        version made with other settings, a retry)? None when there is no prompt to ask.
        Raises OpenRouterError for settings that cannot be sent."""
        history = self._history
        messages = history.messages(conversation_id) if history else []
        last_user = next(
            (i for i in range(len(messages) - 1, -1, -1) if messages[i].role == "user"), None
        )
        if last_user is None:
            return None
        asked = messages[last_user]
        estimate = self.estimate_draft(
            chat_settings, messages[:last_user], asked.content, attachments=asked.attachments
        )
        decision = self.guard(estimate, settings)
        return SendCheck(decision, decision.reason)

    def chat_estimate_text(
        self, conversation_id: int, draft: str, attachments: Sequence[Attachment] = ()
    ) -> str:
        """The composer's line for ``draft``, e.g. "about $0.002, at most $0.02"."""
        estimate = self._chat_estimate(conversation_id, draft, attachments)
        return "" if estimate is None else describe(estimate)

    def live_turn_cost(self, turn: Turn) -> Decimal | None:
        """The streaming answer's cost so far, from the turn's own token counts (the server's
        once it reported usage) at the price of the model it asked for: its visible tokens
        at the completion price and its thinking, as it streams, at the thinking price."""
        model = turn.message.model or turn.model
        if model is None:
            return None
        return live_cost(
            self._lookup(model), turn.completion_tokens or 0, 0, turn.reasoning_tokens or 0
        )

    def chat_estimate(
        self, conversation_id: int, draft: str, attachments: Sequence[Attachment] = ()
    ) -> SendEstimate | None:
        """The estimate behind ``chat_estimate_text`` (its files and search parts apart);
        None when the conversation is gone."""
        return self._chat_estimate(conversation_id, draft, attachments)

    def _chat_estimate(
        self, conversation_id: int, draft: str, attachments: Sequence[Attachment] = ()
    ) -> SendEstimate | None:
        history = self._history
        conversation = history.get_conversation(conversation_id) if history else None
        if history is None or conversation is None:
            return None
        return self.estimate_draft(
            conversation.settings,
            history.messages(conversation_id),
            draft,
            attachments=attachments,
        )

    # -- while streaming ---------------------------------------------------------------------

    def live_estimate(self, model_id: str, text_so_far: str, prompt_tokens: int) -> Decimal | None:
        """The streaming answer's cost so far, from its text and the model's price."""
        return live_cost(self._lookup(model_id), estimate_tokens(text_so_far), prompt_tokens)

    # -- after an answer ---------------------------------------------------------------------

    def record_answer(
        self, message: Message, *, prompt_tokens: int | None = None
    ) -> Decimal | None:
        """Book a finished answer in the ledger (once: calling again updates its row) and
        store the figure on the message. Returns the figure, or None when it cannot be known
        (no usage cost and no catalogue price): then nothing is booked.

        ``prompt_tokens``: the estimate made before sending, used when the server did not
        report the prompt's size; without it the prompt is estimated from the history.
        """
        if message.role != "assistant":
            return None
        if message.cost is not None and message.cost_is_billed:
            figure = _Figure(
                message.cost,
                True,
                message.prompt_tokens,
                message.completion_tokens,
                reasoning_tokens=message.reasoning_tokens,
                web_searches=message.web_searches,
            )
        else:
            estimate = self._estimate(message, prompt_tokens)
            if estimate is None:
                return None
            figure = estimate
        return self._book(message, figure)

    async def reconcile(self, message: Message) -> Decimal | None:
        """Replace an answer's estimate with what OpenRouter billed (``GET /generation``).

        Returns the billed figure, or None when there is none to be had (no generation id,
        the lookup failed, or the server did not say): then the estimate stays. Never raises
        for a network or server error; it is logged.
        """
        if message.cost is not None and message.cost_is_billed:
            return message.cost
        if not message.generation_id:
            return None
        try:
            stats = await self._client.get_generation(
                message.generation_id, attempts=self._attempts, delay=self._delay
            )
        except OpenRouterError as error:
            log.warning("No billed cost for %s: %s", message.generation_id, error.detail or error)
            return None
        if stats.total_cost is None:
            log.warning("GET /generation for %s had no total_cost", message.generation_id)
            return None
        current = self._stored(message) or message
        return self._book(current, _billed_figure(stats))

    async def settle(self, message: Message, *, prompt_tokens: int | None = None) -> Decimal | None:
        """``record_answer``, then ``reconcile`` when the figure is only an estimate. Returns
        the final figure (billed when it could be had). Never raises for a network error."""
        figure = self.record_answer(message, prompt_tokens=prompt_tokens)
        if message.cost_is_billed or not message.generation_id:
            return figure
        billed = await self.reconcile(self._stored(message) or message)
        return billed if billed is not None else figure

    # -- answers interrupted by a crash or a kill -------------------------------------------

    def settle_interrupted_soon(self) -> None:
        """Start ``settle_interrupted`` in the background (at startup, once the window shows
        and the key is loaded): ``wait_settled`` waits for it, ``aclose`` stops it."""
        task = asyncio.ensure_future(self._settle_interrupted_task())
        self._settling.add(task)
        task.add_done_callback(self._settling.discard)

    async def _settle_interrupted_task(self) -> None:
        await self.settle_interrupted()

    async def settle_interrupted(self) -> int:
        """Book what the answers cut off by a crash or a kill cost: their turn never ended, so
        nothing settled them (``HistoryStore.mark_interrupted`` marks them at startup).

        For each interrupted answer not yet booked as billed: with a generation id, the
        billed figure from ``GET /generation``; without one, or when that lookup fails, the
        estimate (marked estimated; the billed figure is asked for again at the next start).
        Idempotent: one ledger row per answer (found by message or generation id), so a
        second start, or one after a crash half-way through, books nothing twice. An answer
        with no text and no generation id books nothing (no request is known to have been
        answered). Never raises for one answer; returns how many rows were added or billed.
        A changed figure is published on ``message_changed`` (the bubble and the totals redraw);
        ``settled`` is not published: that is for the answer just written.
        """
        if self._history is None:
            return 0
        done = 0
        for message in self._history.unsettled_interrupted():
            try:
                done += await self._settle_interrupted(message)
            except Exception:  # one damaged answer must not keep the others unsettled
                log.exception("Could not settle the interrupted answer %d", message.id)
        if done:
            log.info("Booked the cost of %d interrupted answer(s)", done)
        return done

    async def _settle_interrupted(self, message: Message) -> bool:
        entry = self._ledger.by_message(message.id)
        if entry is None and message.generation_id:
            entry = self._ledger.by_generation(message.generation_id)
        if entry is not None and (entry.billed or not message.generation_id):
            return False  # booked already, and nothing better to learn
        if entry is None and not message.generation_id and message.cost is not None:
            return False  # a figure without a row: a copy of an answer booked as another
        if message.generation_id:
            stats = await self._interrupted_generation(message.generation_id)
            if stats is not None and stats.total_cost is not None:
                self._book(message, _billed_figure(stats), at=message.created_at)
                return True
        if entry is not None or not (message.generation_id or message.content or message.reasoning):
            return False  # its estimate stands; or nothing arrived, so nothing was spent
        estimate = self._estimate(message, None)
        if estimate is None:
            return False
        self._book(message, estimate, at=message.created_at)
        return True

    async def _interrupted_generation(self, generation_id: str) -> GenerationStats | None:
        try:
            return await self._client.get_generation(
                generation_id, attempts=self._attempts, delay=self._delay
            )
        except OpenRouterError as error:
            log.warning("No billed cost for %s: %s", generation_id, error.detail or error)
            return None

    # -- totals and balance ------------------------------------------------------------------

    def today_total(self) -> Decimal:
        return self._ledger.today()

    def month_total(self) -> Decimal:
        return self._ledger.this_month()

    def spending(self, settings: AppSettings, conversation_ids: Sequence[int] = ()) -> Spending:
        """Totals and caps for the meter, in one call. ``conversation_ids``: the conversation
        in the current tab, or a comparison's columns (their sum); none: no such total."""
        today, month = self._ledger.today(), self._ledger.this_month()
        conversation = (
            sum((self._ledger.total_for_conversation(i) for i in conversation_ids), Decimal(0))
            if conversation_ids
            else None
        )
        caps = cap_statuses(today, month, settings.daily_cap, settings.monthly_cap)
        return Spending(conversation, today, month, caps)

    def export_csv(self, path: Path, since: float | None = None, until: float | None = None) -> int:
        """The ledger as CSV (see ``Ledger.export_csv``); returns how many rows."""
        return self._ledger.export_csv(path, since, until)

    async def remaining_credit(self) -> KeyInfo:
        """``GET /key``: what this key may still spend. Raises ``OpenRouterError`` (with a
        ``user_message``); the last answer is kept in ``last_key_info``."""
        info = await self._client.get_key_info()
        self._key_info, self._key_info_at = info, self._clock()
        return info

    @property
    def last_key_info(self) -> KeyInfo | None:
        return self._key_info

    def key_info_age(self) -> float | None:
        """Seconds since ``remaining_credit`` last succeeded; None if it never did."""
        return None if self._key_info_at is None else max(self._clock() - self._key_info_at, 0.0)

    async def out_of_credit_message(self) -> str:
        """What to show for a 402: the balance (fetched now, else the last one known) and
        where to add credit. Never raises."""
        info = self._key_info
        try:
            info = await self.remaining_credit()
        except OpenRouterError as error:
            log.info("Could not fetch the balance after a 402: %s", error.detail or error)
        if info is None:
            return out_of_credit_message()
        return out_of_credit_message(info.limit_remaining, info.limit)

    # -- internals ---------------------------------------------------------------------------

    def _model_for(self, message: Message) -> ModelInfo | None:
        return answer_model(message, self._lookup)

    def _estimate(self, message: Message, prompt_tokens: int | None) -> _Figure | None:
        """An answer's figure from prices when none was billed: its tokens, and what its
        request's files (pictures, OCR) and its searches cost, paid whatever the answer."""
        request = self._request_for(message)
        model = self._model_for(message)
        extras = estimate_extras(model, request) if request is not None else Extras()
        if message.prompt_tokens is not None:
            prompt = message.prompt_tokens
        elif prompt_tokens is not None:
            prompt = prompt_tokens
        elif request is not None:
            prompt = estimate_prompt_tokens(request.messages) + extras.prompt_tokens
        else:
            prompt = 0
        completion = message.completion_tokens
        thinking = message.reasoning_tokens
        if completion is None:
            # Thinking is billed as completion tokens too.
            if thinking is None:
                thinking = estimate_tokens(message.reasoning)
            completion = thinking + estimate_tokens(message.content)
        thinking = min(thinking or 0, completion)
        cost = estimate_cost(model, prompt, completion - thinking, thinking_tokens=thinking)
        if cost is None:
            return None
        searches = _searches_run(message, request)
        if searches and request is not None:
            results = web_search_results(request.tools) or WEB_RESULTS_DEFAULT
            cost += searches * search_price(model, results)
        cost += extras.files_cost
        return _Figure(
            cost,
            False,
            prompt,
            completion,
            reasoning_tokens=thinking or None,
            web_searches=message.web_searches,  # the server's count only
        )

    def _request_for(self, message: Message) -> ChatRequest | None:
        """The request an answer was asked with, built again as ``ChatService`` built it
        (files as placeholders): its own branch, on screen or not."""
        if self._history is None:
            return None
        earlier = self._history.messages_leading_to(message.id)
        asked = max((i for i, m in enumerate(earlier) if m.role == "user"), default=None)
        if asked is None:
            return None
        settings = message.settings or ChatSettings(system_prompt="")
        return next_request(
            settings,
            earlier[:asked],
            earlier[asked].content,
            self._lookup(settings.model),
            attachments=earlier[asked].attachments,
        )

    def _book(self, message: Message, figure: _Figure, *, at: float | None = None) -> Decimal:
        """Write ``figure`` to the ledger (one row per answer) and onto the message. A billed
        row is never downgraded to an estimate; returns the figure that stands. ``at``: when
        the money was spent, for a new row (None: now)."""
        entry = self._ledger.by_message(message.id)
        if entry is None and message.generation_id:
            entry = self._ledger.by_generation(message.generation_id)
        if entry is not None and entry.billed and not figure.billed:
            return entry.cost
        model = message.model or figure.model
        provider = message.provider or figure.provider
        if entry is None:
            self._ledger.record(
                LedgerEntry(
                    cost=figure.cost,
                    billed=figure.billed,
                    conversation_id=message.conversation_id,
                    message_id=message.id,
                    generation_id=message.generation_id,
                    model=model,
                    provider=provider,
                    prompt_tokens=figure.prompt_tokens,
                    completion_tokens=figure.completion_tokens,
                    created_at=at,
                    reasoning_tokens=figure.reasoning_tokens,
                    web_searches=_searches(figure, message),
                )
            )
        else:
            assert entry.id is not None
            self._ledger.update(
                entry.id,
                cost=figure.cost,
                billed=figure.billed,
                generation_id=message.generation_id or entry.generation_id,
                model=model,
                provider=provider,
                prompt_tokens=figure.prompt_tokens,
                completion_tokens=figure.completion_tokens,
                reasoning_tokens=figure.reasoning_tokens,
                web_searches=_searches(figure, message, entry.web_searches),
            )
        update = MessageUpdate(
            cost=figure.cost,
            cost_is_billed=figure.billed,
            prompt_tokens=figure.prompt_tokens,
            completion_tokens=figure.completion_tokens,
            model=model,
            provider=provider,
        )
        if figure.billed and figure.reasoning_tokens is not None:
            update["reasoning_tokens"] = figure.reasoning_tokens  # the server's count only
        self._update_message(message, **update)
        return figure.cost

    def _update_message(self, message: Message, **fields: Unpack[MessageUpdate]) -> None:
        """Store the changed fields on the message and publish it; a message deleted
        meanwhile (regenerated, conversation removed) is left alone: the ledger keeps it."""
        changes = {name: v for name, v in fields.items() if getattr(message, name) != v}
        if self._history is None or not changes:
            return
        try:
            stored = self._history.update_message(message.id, **cast(MessageUpdate, changes))
        except KeyError:
            return
        self.message_changed.publish(stored)

    def _stored(self, message: Message) -> Message | None:
        return None if self._history is None else self._history.get_message(message.id)


def _searches_run(message: Message, request: ChatRequest | None) -> int:
    """The searches an answer ran: the server's count, else one when it cites sources from
    a request that could search (its usage never came: stopped, broken), else none."""
    if message.web_searches is not None:
        return message.web_searches
    if request is None or web_search_results(request.tools) is None:
        return 0
    cited = any(a.get("type") == "url_citation" for a in message.annotations)
    return 1 if cited else 0


def _searches(figure: _Figure, message: Message, booked: int | None = None) -> int | None:
    """The searches a row keeps: the figure's, else the answer's (the stream's usage), else
    what the row had."""
    for count in (figure.web_searches, message.web_searches, booked):
        if count is not None:
            return count
    return None


def _billed_figure(stats: GenerationStats) -> _Figure:
    """The billed cost and the native token counts (the billed basis), else normalised ones."""
    assert stats.total_cost is not None
    prompt = stats.native_tokens_prompt
    completion = stats.native_tokens_completion
    return _Figure(
        stats.total_cost,
        True,
        prompt if prompt is not None else stats.tokens_prompt,
        completion if completion is not None else stats.tokens_completion,
        stats.model,
        stats.provider,
        stats.native_tokens_reasoning,
    )
