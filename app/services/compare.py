"""Running a comparison: one prompt to every column at once, each column a normal chat turn.

Qt-free. Each column is an ordinary conversation, so ``ChatService`` runs its turns unchanged
and every column keeps its own thread for follow-ups. ``send`` runs the columns concurrently,
one asyncio task each; the tasks of a running comparison are exposed (``running``) so the UI
can stop one column (cancel its task: what arrived is kept, marked stopped) or all of them
(``stop``, or cancel the task awaiting ``send``). A column that fails, whether the server
refused or something unexpected broke, never stops the others.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from app.api import OpenRouterError
from app.core.attachments import Attachment
from app.core.compare_settings import BLIND_TITLE
from app.core.conversation import ChatSettings, Conversation, Message, MessageStatus, suggest_title
from app.core.cost import (
    Asked,
    GuardDecision,
    SendCheck,
    SendEstimate,
    answer_model,
    combine_estimates,
    describe,
    estimate_tokens,
    thinking_split,
)
from app.core.hub import Hub
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.models import ModelInfo
from app.core.params import ProviderRouting
from app.core.providers import (
    FairReport,
    ModelFairness,
    ProviderEndpoint,
    allowed_endpoints,
    choose_provider,
    named_endpoint,
    no_provider_sentence,
    params_in_play,
    pinned_routing,
    pinned_tag,
    required_routing,
    unpinned_routing,
    unreachable_sentence,
)
from app.store.comparisons import (
    DEFAULT_COMPARISON_TITLE,
    Column,
    Comparison,
    ComparisonStore,
    tally_sentence,
)
from app.store.history import HistoryStore
from app.store.settings_file import AppSettings

from .chat import ChatService, Listener, Turn, TurnFinished
from .costs import CostService

log = logging.getLogger(__name__)

EndpointLister = Callable[[str], Awaitable[list[ProviderEndpoint]]]
PROVIDERS_LIFETIME_S = 600.0  # a model's providers are asked again after this long
PINNING_WAIT_S = 15.0  # a send waits this long for its providers, then goes unpinned

UNEXPECTED_ERROR_TEXT = QT_TRANSLATE_NOOP(
    "compare", "Something went wrong in Switchboard while this answer was written."
)


@dataclass(frozen=True, slots=True)
class CompareEstimate:
    """What sending a draft to every column may cost, summed over the columns."""

    count: int  # requests: one per column
    typical_total: Decimal | None  # None when any column's cost is unknown
    max_total: Decimal | None  # None when any column has no known upper bound
    text: str  # "4 requests, about $0.002, at most $0.02"
    combined: SendEstimate  # the sum, for the guard


@dataclass(frozen=True, slots=True)
class ColumnFigures:
    """What a column's stats line shows of its latest answer: live from its turn while it
    streams, from the stored message once it has ended or when the comparison is reopened.

    ``first_word_s`` and ``rate`` are stored when the answer ends (the same figures after a
    reopening or a blind pick); before, the live turn gives them. The thinking figures are
    None when the answer did not think (or nothing says it did);
    ``answer_tokens`` excludes the thinking tokens when the server counted them apart.
    """

    first_word_s: float | None = None
    rate: float | None = None
    thinking_s: float | None = None
    thinking_tokens: int | None = None
    thinking_cost: Decimal | None = None
    thought_privately: bool = False
    thinking_now: bool = False  # it is thinking at this moment (no answer text yet)
    answer_tokens: int | None = None
    cost: Decimal | None = None
    cost_is_billed: bool = False
    finish: str | None = None

    @property
    def thought(self) -> bool:
        return bool(self.thinking_s is not None or self.thinking_tokens or self.thought_privately)


def thinking_cost(
    answer: Message | None, model: ModelInfo | None, thinking_tokens: int | None
) -> Decimal | None:
    """The thinking part of a column's cost: the stored answer's split (``thinking_split``, as
    Details and the footer show it) once it has a cost, else the thinking so far at the
    model's thinking price (the live figure, as the meter counts it)."""
    if answer is not None and answer.cost is not None:
        split = thinking_split(answer, model)
        if split is not None:
            return split.thinking_cost
    price = model.thinking_price if model is not None else None
    if price is None or not thinking_tokens:
        return None
    return thinking_tokens * price


def _stored_or(stored: float | None, live: float | None) -> float | None:
    return stored if stored is not None else live


class CompareService:
    """Comparisons: create, send to every column, retry one, estimate, export, vote."""

    def __init__(
        self,
        chat: ChatService,
        store: ComparisonStore,
        history: HistoryStore,
        costs: CostService | None = None,
        *,
        endpoints: EndpointLister | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``endpoints``: where a model's providers come from (default: ``chat``'s client)."""
        self._chat = chat
        self._store = store
        self._history = history
        self._costs = costs
        self._running: dict[int, dict[int, asyncio.Task[None]]] = {}
        self._endpoints = endpoints or chat.list_endpoints
        self._clock = clock
        self._providers: dict[str, tuple[float, list[ProviderEndpoint]]] = {}
        self._pinning: dict[int, asyncio.Task[FairReport]] = {}  # make_fair under way
        # (comparison, column) -> (model, tag) of the pin fairness set there this session
        self._pins: dict[tuple[int, int], tuple[str, str]] = {}
        self._kept: set[tuple[int, int]] = set()  # columns whose pin is their preset's own

    # -- creating ----------------------------------------------------------------------------

    def create(
        self,
        title: str,
        columns: list[tuple[str, ChatSettings]],
        *,
        blind: bool = False,
        shared_system_prompt: str = "",
        fair: bool = True,
    ) -> Comparison:
        """A new comparison. ``fair`` is only stored here: ``make_fair`` pins the providers."""
        return self._store.create(
            title, columns, blind=blind, shared_system_prompt=shared_system_prompt, fair=fair
        )

    def _comparison(self, comparison_id: int) -> Comparison:
        comparison = self._store.get(comparison_id)
        if comparison is None:
            raise LookupError(f"comparison {comparison_id} does not exist")
        return comparison

    # -- running -----------------------------------------------------------------------------

    @property
    def turns(self) -> Hub[Turn]:
        """Every new turn, a column's among them (``ChatService.turns``)."""
        return self._chat.turns

    @property
    def store(self) -> ComparisonStore:
        return self._store

    def start(
        self,
        comparison_id: int,
        prompt: str,
        listener_for: Callable[[int], Listener],
        attachments: Sequence[Attachment] = (),
    ) -> dict[int, asyncio.Task[None]]:
        """Start sending ``prompt`` (with the same ``attachments``) to every column at once
        (needs a running loop); returns the column tasks by index. Cancel one to stop that
        column alone. ``listener_for(index)`` gives the listener of column ``index``.
        RuntimeError if a column is still running."""
        comparison = self._comparison(comparison_id)
        columns = self._store.columns(comparison_id)
        self._check_idle(comparison_id, [c.index for c in columns])
        default = (DEFAULT_COMPARISON_TITLE, translate("comparisons", DEFAULT_COMPARISON_TITLE))
        if comparison.title in default and not any(
            self._history.count_messages(c.conversation_id) for c in columns
        ):
            self._store.rename(comparison_id, suggest_title(prompt))
        tasks: dict[int, asyncio.Task[None]] = {}
        for column in columns:
            listener = listener_for(column.index)
            turn = self._chat.send(column.conversation_id, prompt, listener, attachments)
            tasks[column.index] = self._start_column(
                comparison_id, column.index, turn, column.conversation_id, listener
            )
        return tasks

    async def send(
        self,
        comparison_id: int,
        prompt: str,
        listener_for: Callable[[int], Listener],
        attachments: Sequence[Attachment] = (),
    ) -> None:
        """``start``, then wait until every column has ended. Cancelling the task that awaits
        this stops every column; one column's own end (stopped or failed) never stops the
        others."""
        await _wait_all(self.start(comparison_id, prompt, listener_for, attachments))

    async def retry(self, comparison_id: int, index: int, listener: Listener) -> None:
        """Ask one column again: a new version of its last answer takes its place on screen
        (``ChatService.regenerate``; the earlier one is kept)."""
        column = self._store.column(comparison_id, index)
        self._check_idle(comparison_id, [index])
        turn = self._chat.regenerate(column.conversation_id, listener)
        task = self._start_column(comparison_id, index, turn, column.conversation_id, listener)
        await _wait_all({index: task})

    def running(self, comparison_id: int) -> dict[int, asyncio.Task[None]]:
        """The tasks of the columns still running, by column index (a copy). Judged by the
        tasks themselves: a finished task may not have run its clean-up callback yet."""
        tasks = self._running.get(comparison_id, {})
        return {index: task for index, task in tasks.items() if not task.done()}

    def is_running(self, comparison_id: int) -> bool:
        return bool(self.running(comparison_id))

    def stop(self, comparison_id: int, index: int | None = None) -> None:
        """Stop one column, or every column of the comparison (index None)."""
        for column_index, task in self.running(comparison_id).items():
            if index is None or column_index == index:
                task.cancel()

    def _check_idle(self, comparison_id: int, indexes: list[int]) -> None:
        busy = sorted(set(indexes) & set(self.running(comparison_id)))
        if busy:
            raise RuntimeError(f"comparison {comparison_id}: columns {busy} are still running")

    def _start_column(
        self,
        comparison_id: int,
        index: int,
        turn: Coroutine[Any, Any, None],
        conversation_id: int,
        listener: Listener,
    ) -> asyncio.Task[None]:
        task = asyncio.create_task(
            self._column(comparison_id, index, turn, conversation_id, listener),
            name=f"compare-{comparison_id}-{index}",
        )
        running = self._running.setdefault(comparison_id, {})
        running[index] = task

        def forget(done: asyncio.Task[None]) -> None:
            tasks = self._running.get(comparison_id, {})
            if tasks.get(index) is done:
                del tasks[index]
            if not tasks:
                self._running.pop(comparison_id, None)

        task.add_done_callback(forget)
        # Stopped before it began (or while its providers were looked up), the turn never
        # ran: close it, so no "never awaited" warning (closing a finished one does nothing).
        task.add_done_callback(lambda _task: turn.close())
        return task

    async def _column(
        self,
        comparison_id: int,
        index: int,
        turn: Coroutine[Any, Any, None],
        conversation_id: int,
        listener: Listener,
    ) -> None:
        """One column's turn; an unexpected error is logged and the answer marked failed (its
        turn ends with it, so whoever follows the turn, such as the cost ledger, hears it)."""
        started: list[Turn] = []

        def mine(new: Turn) -> None:
            if new.user.conversation_id == conversation_id:
                started.append(new)

        unsubscribe = self._chat.turns.subscribe(mine)
        try:
            pinning = self._pinning.get(comparison_id)
            if pinning is not None:  # a send right after creating: its providers come first
                # Not for ever: after the limit it goes with every parameter required only.
                await asyncio.wait([pinning], timeout=PINNING_WAIT_S)
            await turn
        except Exception:
            log.exception("column %d of comparison %d failed", index, comparison_id)
            self._fail_streaming(conversation_id, listener, started[-1] if started else None)
        finally:
            unsubscribe()

    def _fail_streaming(self, conversation_id: int, listener: Listener, turn: Turn | None) -> None:
        try:
            for message in self._history.last_messages(conversation_id, 2):
                if message.status is not MessageStatus.STREAMING:
                    continue
                if turn is None or turn.message.id != message.id:
                    failed = self._history.update_message(
                        message.id,
                        status=MessageStatus.FAILED,
                        error=translate("compare", UNEXPECTED_ERROR_TEXT),
                    )
                    listener(TurnFinished(failed, None))
                    continue
                turn.cancel_checkpoint()  # what arrived is written now, with the failure
                turn.message = self._history.update_message(
                    message.id,
                    content=turn.text,
                    reasoning=turn.reasoning,
                    reasoning_details=turn.reasoning_details,
                    status=MessageStatus.FAILED,
                    error=translate("compare", UNEXPECTED_ERROR_TEXT),
                )
                turn.end(MessageStatus.FAILED)
                turn.publish(TurnFinished(turn.message, None))
        except Exception:
            log.exception("could not mark the answer of conversation %d failed", conversation_id)

    def start_column(
        self,
        comparison_id: int,
        index: int,
        prompt: str | None,
        listener: Listener,
        attachments: Sequence[Attachment] = (),
    ) -> asyncio.Task[None]:
        """Start one column alone (a prompt-set run paces its requests this way): send
        ``prompt`` (with ``attachments``), or with None ask its last prompt again (a new
        version, with that prompt's own attachments). The task is one of
        ``running``; a failure marks the answer failed. RuntimeError if the column runs."""
        column = self._store.column(comparison_id, index)
        self._check_idle(comparison_id, [index])
        conversation_id = column.conversation_id
        if prompt is None:
            turn = self._chat.regenerate(conversation_id, listener)
        else:
            turn = self._chat.send(conversation_id, prompt, listener, attachments)
        return self._start_column(comparison_id, index, turn, conversation_id, listener)

    # -- before sending ----------------------------------------------------------------------

    def estimate(
        self,
        comparison_id: int,
        draft: str,
        index: int | None = None,
        attachments: Sequence[Attachment] = (),
    ) -> CompareEstimate:
        """What sending ``draft`` (with ``attachments``) to every column may cost, summed; with
        ``index``, what asking that one column again (Retry, Regenerate: a new version of its
        last answer, with its prompt's own attachments) may cost."""
        if index is None:
            columns = self._store.columns(comparison_id)
        else:
            columns = [self._store.column(comparison_id, index)]
        count = len(columns)
        if self._costs is None:
            unknown = SendEstimate(0, None, None, 0, False)
            return CompareEstimate(count, None, None, requests_text(count, unknown), unknown)
        estimates = [
            self._estimate_column(c.settings, c.conversation_id, index, draft, attachments)
            for c in columns
        ]
        combined = combine_estimates(estimates)
        text = requests_text(count, combined)
        return CompareEstimate(count, combined.typical_cost, combined.max_cost, text, combined)

    def _estimate_column(
        self,
        settings: ChatSettings,
        conversation_id: int,
        index: int | None,
        draft: str,
        attachments: Sequence[Attachment],
    ) -> SendEstimate:
        assert self._costs is not None
        history, prompt = self.asked(conversation_id, None if index is not None else draft)
        if index is not None:  # asked again: the last prompt goes with its own attachments
            asked = self._history.messages(conversation_id)[len(history) : len(history) + 1]
            attachments = asked[0].attachments if asked else ()
        return self._costs.estimate_draft(
            settings,
            history,
            prompt,
            model_info=self._priced_model(settings),
            attachments=attachments,
        )

    def asked(self, conversation_id: int, prompt: str | None) -> tuple[list[Message], str]:
        """The history and prompt of a column's next request: ``prompt`` after everything,
        or, asked again (``prompt`` None), its last prompt after what came before it, as
        ``ChatService.regenerate`` sends it. A prompt-set run's requests are built the same."""
        messages = self._history.messages(conversation_id)
        if prompt is None:
            for position in range(len(messages) - 1, -1, -1):
                if messages[position].role == "user":
                    return messages[:position], messages[position].content
        return messages, prompt or ""

    def estimate_text(
        self, comparison_id: int, draft: str, attachments: Sequence[Attachment] = ()
    ) -> str:
        """The composer's line, e.g. "4 requests, about $0.002, at most $0.02"."""
        return self.estimate(comparison_id, draft, attachments=attachments).text

    def guard(self, estimate: CompareEstimate, settings: AppSettings) -> GuardDecision:
        """Whether the whole comparison send may go, against the caps (its summed worst case)."""
        if self._costs is None:
            return GuardDecision("send")
        return self._costs.guard(estimate.combined, settings)

    def check_send(
        self,
        comparison_id: int,
        draft: str,
        index: int | None,
        settings: AppSettings,
        attachments: Sequence[Attachment] = (),
    ) -> SendCheck:
        """May ``draft`` (with ``attachments``) go to every column (or column ``index`` be
        asked again)? The summed estimate against the caps; the question names the estimate
        and the reason."""
        estimate = self.estimate(comparison_id, draft, index, attachments)
        if self._costs is None:
            decision = self.guard(estimate, settings)
            question = translate("compare", "{estimate}. {reason}").format(
                estimate=estimate.text, reason=decision.reason
            )
            return SendCheck(decision, question)
        return self._costs.check_requests(
            estimate.combined,
            estimate.text,
            lambda: self._requests(comparison_id, draft, index, attachments),
            settings,
        )

    def _requests(
        self,
        comparison_id: int,
        draft: str,
        index: int | None,
        attachments: Sequence[Attachment] = (),
    ) -> list[Asked]:
        """Each request the send would make: its model and prompt tokens."""
        assert self._costs is not None
        columns = (
            self._store.columns(comparison_id)
            if index is None
            else [self._store.column(comparison_id, index)]
        )
        out: list[Asked] = []
        for c in columns:
            model = self._priced_model(c.settings)
            estimate = self._estimate_column(
                c.settings, c.conversation_id, index, draft, attachments
            )
            out.append((model, estimate.prompt_tokens))
        return out

    def column_model_info(self, comparison_id: int, index: int) -> ModelInfo | None:
        """The model entry to price column ``index``'s next request with: the catalogue's,
        with the prices of the one provider its routing pins when that provider's are known
        (a fair comparison may pin one dearer than the catalogue's price). None when the
        catalogue does not know the model. KeyError if there is no such column."""
        return self._priced_model(self._store.column(comparison_id, index).settings)

    def _priced_model(self, settings: ChatSettings) -> ModelInfo | None:
        lookup = self._costs.model_info if self._costs is not None else self.model_info
        info = lookup(settings.model)
        tag = pinned_tag(settings.routing)
        cached = self._providers.get(settings.model)
        if info is None or tag is None or cached is None:
            return info
        endpoint = named_endpoint(cached[1], tag)
        if endpoint is None or endpoint.prompt_price is None or endpoint.completion_price is None:
            return info
        return replace(
            info,
            prompt_price=endpoint.prompt_price,
            completion_price=endpoint.completion_price,
            reasoning_price=None,  # thinking is billed as the provider's output
            context_length=endpoint.context_length or info.context_length,
        )

    # -- after -------------------------------------------------------------------------------

    def continue_with(
        self, comparison_id: int, index: int, preset: ProviderRouting | None = None
    ) -> Conversation:
        """A normal conversation copied from one column: its settings and whole thread.

        A fair comparison's pin (one provider, no fallbacks, every parameter required) is not
        copied: a chat cannot show or clear it, and another model there would be refused
        every time. Its routing goes back to ``preset`` (the column's preset's routing, when
        known), else those three are cleared. ValueError while the comparison is judged blind
        and nothing is picked (the copy's title and settings would name the preset)."""
        comparison = self._comparison(comparison_id)
        if comparison.blind and not comparison.revealed:
            raise ValueError("a blind comparison's column cannot be continued before the pick")
        column = self._store.column(comparison_id, index)
        title = f"{comparison.title} — {column.label}"
        copy = self._history.copy_conversation(column.conversation_id, title)
        routing = copy.settings.routing
        if comparison.fair and pinned_tag(routing) is not None:
            settings = replace(copy.settings, routing=unpinned_routing(routing, preset))
            self._history.update_settings(copy.id, settings)
            copy = replace(copy, settings=settings)
        return copy

    def vote(self, comparison_id: int, winner_index: int) -> bool:
        """The person picked a winner in a blind comparison: one win for its preset over each
        other column's, and the presets are revealed. Counts once: False (nothing recorded)
        when the comparison is not blind or was already revealed."""
        comparison = self._comparison(comparison_id)
        columns = self._store.columns(comparison_id)
        winner = self._store.column(comparison_id, winner_index)
        if not comparison.blind or comparison.revealed:
            return False
        self._store.record_vote(winner.label, [c.label for c in columns if c.index != winner.index])
        self._store.set_winner(comparison_id, winner.index)
        self._store.set_revealed(comparison_id, True)
        blind_titles = (BLIND_TITLE, translate("compare_settings", BLIND_TITLE))
        if comparison.title in blind_titles:  # the names may show now: "Precise vs Creative"
            self._store.rename(
                comparison_id, _versus(list(dict.fromkeys(c.label for c in columns)))
            )
        return True

    def change_column(
        self, comparison_id: int, index: int, label: str, settings: ChatSettings
    ) -> None:
        """Put another preset or model in column ``index`` (its thread stays; the next answer
        uses the new settings). RuntimeError while that column runs, ValueError while the
        comparison is judged blind (the change would name the column)."""
        comparison = self._comparison(comparison_id)
        if comparison.blind and not comparison.revealed:
            raise ValueError("a blind comparison's columns cannot change before the pick")
        self._check_idle(comparison_id, [index])
        self._store.set_column_settings(comparison_id, index, settings, label=label)

    # -- figures -----------------------------------------------------------------------------

    def column_figures(self, answer: Message | None, turn: Turn | None) -> ColumnFigures:
        """A column's figures: ``answer`` as stored (None before any), and the live ``turn``
        that writes or wrote it (None when reopened, or when it is another answer's).

        Stored figures win once they exist (the server's counts, the settled cost); the turn
        gives them while the answer streams, and the timings it alone knows."""
        if turn is not None and (answer is None or turn.message.id != answer.id):
            turn = None
        if answer is None and turn is None:
            return ColumnFigures()
        # Thinking tokens: as stored (the server's count), else the turn's (the server's once
        # usage came, else an estimate from the text so far), else an estimate from the
        # stored thinking text (an answer stored before these counts were).
        server_thinking = answer.reasoning_tokens if answer is not None else None
        if server_thinking is None and turn is not None and turn.usage is not None:
            server_thinking = turn.usage.reasoning_tokens
        thinking_tokens = server_thinking
        if thinking_tokens is None and turn is not None:
            thinking_tokens = turn.reasoning_tokens
        if thinking_tokens is None and answer is not None and answer.reasoning:
            thinking_tokens = estimate_tokens(answer.reasoning)
        # Seconds thinking: the live turn's (a checkpoint stores a figure that is already
        # behind), else as stored.
        thinking_s = turn.thinking_seconds if turn is not None else None
        if thinking_s is None and answer is not None:
            thinking_s = answer.thinking_s
        private = turn.thought_privately if turn is not None else False
        if answer is not None and not answer.reasoning:
            private = private or bool(answer.reasoning_tokens or answer.reasoning_details)
        if answer is not None and answer.completion_tokens is not None:
            answer_tokens: int | None = max(answer.completion_tokens - (server_thinking or 0), 0)
        else:
            answer_tokens = turn.completion_tokens if turn is not None else None
        cost = answer.cost if answer is not None else None
        return ColumnFigures(
            first_word_s=_stored_or(
                answer.first_token_s if answer is not None else None,
                turn.time_to_first_token if turn is not None else None,
            ),
            rate=_stored_or(
                answer.tokens_per_s if answer is not None else None,
                turn.tokens_per_second() if turn is not None else None,
            ),
            thinking_s=thinking_s,
            thinking_tokens=thinking_tokens,
            thinking_cost=thinking_cost(answer, self._model_of(answer, turn), thinking_tokens),
            thought_privately=private,
            thinking_now=turn is not None and turn.thinking and turn.finished_at is None,
            answer_tokens=answer_tokens,
            cost=cost,
            cost_is_billed=bool(answer is not None and answer.cost_is_billed),
            finish=answer.finish_reason if answer is not None else None,
        )

    def model_info(self, model_id: str) -> ModelInfo | None:
        """What the catalogue knows of ``model_id``, or None."""
        return self._chat.model_info(model_id)

    def _model_of(self, answer: Message | None, turn: Turn | None) -> ModelInfo | None:
        """The catalogue entry of the model that answered, else of the one asked for."""
        costs = self._costs
        if costs is None:
            return None
        model = answer_model(answer, costs.model_info) if answer is not None else None
        if model is None and turn is not None and turn.model:
            model = costs.model_info(turn.model)
        return model

    def may_think(self, comparison_id: int) -> bool:
        """Some column sets thinking, or its model can think (its catalogue entry says so), or
        its last answer thought: in blind mode, the time to the first word and the cost would
        then tell the presets apart."""
        for column in self._store.columns(comparison_id):
            if column.settings.params.reasoning is not None:  # a preset that sets thinking
                return True
            model = self._costs.model_info(column.settings.model) if self._costs else None
            if model is not None and model.takes_reasoning:
                return True
            last = self._history.last_messages(column.conversation_id, 1)
            if last and (last[0].reasoning or last[0].reasoning_tokens):
                return True
        return False

    def tally_text(self, a: str, b: str) -> str:
        return self._store.tally_text(a, b)

    def tally_texts(self, comparison_id: int) -> list[str]:
        """A line per pair of this comparison's presets, e.g. "Precise beat Creative 7 to 3"."""
        labels = list(dict.fromkeys(c.label for c in self._store.columns(comparison_id)))
        tally = self._store.tally()
        out = []
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                first, second = sorted((a, b))
                wins = dict(zip((first, second), tally.get((first, second), (0, 0)), strict=True))
                out.append(tally_sentence(a, wins[a], b, wins[b]))
        return out

    # -- fairness ----------------------------------------------------------------------------

    async def make_fair(self, comparison_id: int) -> FairReport:
        """Pin one provider per model for every column of that model, chosen from those that
        take every parameter any of those columns sets, and require every parameter
        (``require_parameters``), so no column is served without its settings. Stores the
        routing in each column (what the next send uses) and ``fair`` on the comparison.

        Every parameter is required at once, before the providers are looked up; when they
        cannot be (offline, an error, bad data) or none fits, nothing is pinned and the
        report says so in plain words. A model's providers are kept for
        ``PROVIDERS_LIFETIME_S``. A column changed in place (``change_column``, or its
        settings edited) needs this again. A comparison deleted meanwhile: an empty report.

        Calls for one comparison run one after the other (a second, for a column changed
        while the first looked up, pins from the columns as they are then). A column sent
        while this runs waits for it, up to ``PINNING_WAIT_S`` (its settings are read when
        it starts), so not even the first answer of a new comparison goes out unpinned.
        Cancelling the caller leaves the pinning to finish; ``aclose`` cancels it."""
        previous = self._pinning.get(comparison_id)
        task = asyncio.ensure_future(self._make_fair_after(previous, comparison_id))
        self._pinning[comparison_id] = task

        def done(finished: asyncio.Task[FairReport]) -> None:
            if self._pinning.get(comparison_id) is finished:
                del self._pinning[comparison_id]

        task.add_done_callback(done)
        return await asyncio.shield(task)

    async def aclose(self) -> None:
        """At quit, before the database closes: cancel the pinnings under way."""
        tasks = list(self._pinning.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _make_fair_after(
        self, previous: asyncio.Task[FairReport] | None, comparison_id: int
    ) -> FairReport:
        if previous is not None:
            await asyncio.wait([previous])
        try:
            return await self._make_fair(comparison_id)
        except LookupError:  # the comparison or a column is gone: nothing to pin
            log.info("comparison %d went away while its providers were chosen", comparison_id)
            return FairReport()

    async def _make_fair(self, comparison_id: int) -> FairReport:
        self._comparison(comparison_id)
        columns = self._store.columns(comparison_id)
        self._store.set_fair(comparison_id, True)
        for column in columns:
            routing = required_routing(column.settings.routing)
            if routing != column.settings.routing:
                settings = replace(column.settings, routing=routing)
                self._store.set_column_settings(comparison_id, column.index, settings)
        by_model: dict[str, list[int]] = {}
        for column in columns:
            by_model.setdefault(column.settings.model, []).append(column.index)
        found = await asyncio.gather(*(self._providers_of(m) for m in by_model))
        outcomes = [
            self._pin_model(comparison_id, model, tuple(indexes), endpoints)
            for (model, indexes), endpoints in zip(by_model.items(), found, strict=True)
        ]
        return FairReport(tuple(outcomes))

    def _pin_model(
        self,
        comparison_id: int,
        model_id: str,
        indexes: tuple[int, ...],
        endpoints: list[ProviderEndpoint] | None,
    ) -> ModelFairness:
        # Read again: a column changed to another model during the lookup is not this one's.
        columns = [self._store.column(comparison_id, i) for i in indexes]
        columns = [c for c in columns if c.settings.model == model_id]
        indexes = tuple(c.index for c in columns)
        info = self.model_info(model_id)
        name = info.name if info is not None else model_id
        self._drop_stale_pins(comparison_id, columns, endpoints)
        if endpoints is None:
            return ModelFairness(model_id, indexes, problem=unreachable_sentence(name))
        columns = [self._store.column(comparison_id, i) for i in indexes]
        needed = frozenset().union(*(params_in_play(c.settings, info) for c in columns))
        own = [self._own_routing(comparison_id, c) for c in columns]
        usable = allowed_endpoints(endpoints, own)
        chosen = choose_provider(usable, needed)
        if chosen is None:
            # A pin stored in an earlier session cannot be told from a preset's "x only";
            # when one leaves no provider that fits, it is taken for fairness's old pin.
            pairs = zip(columns, own, strict=True)
            own = [self._unless_old_pin(comparison_id, c, r) for c, r in pairs]
            usable = allowed_endpoints(endpoints, own)
            chosen = choose_provider(usable, needed)
        if chosen is None:
            problem = no_provider_sentence(name, endpoints, needed, usable)
            return ModelFairness(model_id, indexes, problem=problem)
        for column, routing in zip(columns, own, strict=True):
            settings = replace(column.settings, routing=pinned_routing(routing, chosen.tag))
            self._store.set_column_settings(comparison_id, column.index, settings)
            key = (comparison_id, column.index)
            if pinned_tag(routing) is None:  # fairness's pin, not one the preset made
                self._pins[key] = (model_id, chosen.tag)
                self._kept.discard(key)
            else:
                self._pins.pop(key, None)
                self._kept.add(key)
        return ModelFairness(model_id, indexes, provider=chosen.provider, tag=chosen.tag)

    def _own_routing(self, comparison_id: int, column: Column) -> ProviderRouting:
        """The column's routing as its preset set it: without the pin fairness put there (a
        pin left in place names one provider only, as a preset's own may)."""
        routing = column.settings.routing
        ours = self._pins.get((comparison_id, column.index))
        if ours is not None and pinned_tag(routing) == ours[1]:
            return replace(routing, order=(), allow_fallbacks=None)
        return routing

    def _unless_old_pin(
        self, comparison_id: int, column: Column, routing: ProviderRouting
    ) -> ProviderRouting:
        """``routing`` without a pin that may be fairness's from an earlier session: one
        neither made nor seen as the preset's this session, that already requires every
        parameter (as fairness does; a new column's preset routing is untouched)."""
        key = (comparison_id, column.index)
        if key in self._kept or key in self._pins or not routing.require_parameters:
            return routing
        if pinned_tag(routing) is None:
            return routing
        return replace(routing, order=(), allow_fallbacks=None)

    def _drop_stale_pins(
        self,
        comparison_id: int,
        columns: list[Column],
        endpoints: list[ProviderEndpoint] | None,
    ) -> None:
        """A column whose model changed may still carry the pin of its old model's provider,
        which would refuse every answer: unpin it. A pin is stale when this model's providers
        (looked up now, else as last known) do not list it, or, not known, when fairness
        pinned it for another model."""
        known = endpoints
        if known is None and columns:
            cached = self._providers.get(columns[0].settings.model)
            known = cached[1] if cached is not None else None
        for column in columns:
            routing = column.settings.routing
            if len(routing.order) != 1:
                continue
            tag = routing.order[0]
            ours = self._pins.get((comparison_id, column.index))
            moved = ours is not None and ours[1] == tag and ours[0] != column.settings.model
            if (known is not None and named_endpoint(known, tag) is None) or (
                known is None and moved
            ):
                unpinned = replace(routing, order=(), allow_fallbacks=None)
                settings = replace(column.settings, routing=unpinned)
                self._store.set_column_settings(comparison_id, column.index, settings)
                self._pins.pop((comparison_id, column.index), None)

    async def _providers_of(self, model_id: str) -> list[ProviderEndpoint] | None:
        """The model's providers, from this session's cache while fresh; None when they
        cannot be had (failures are not kept: the next try asks again)."""
        cached = self._providers.get(model_id)
        now = self._clock()
        if cached is not None and now - cached[0] < PROVIDERS_LIFETIME_S:
            return cached[1]
        try:
            endpoints = await self._endpoints(model_id)
        except (OpenRouterError, ValueError) as error:
            log.info("providers of %s unavailable: %s", model_id, error)
            return None
        self._providers[model_id] = (now, endpoints)
        return endpoints


async def _wait_all(tasks: dict[int, asyncio.Task[None]]) -> None:
    """Wait for every column. Cancelling the waiter cancels them all; a column's own
    cancellation or failure is only a result here, so it never cancels the others."""
    await asyncio.gather(*tasks.values(), return_exceptions=True)


def requests_text(count: int, estimate: SendEstimate) -> str:
    """ "3 requests, about $0.01" (the estimate's own words after the count)."""
    return translate(
        "compare", "%n requests, {estimate}", "one: %n request, {estimate}", count
    ).format(estimate=describe(estimate))


def _versus(labels: list[str]) -> str:
    """ "Precise vs Creative vs Exact": the title a comparison gets once its names may show."""
    title = labels[0] if labels else ""
    for label in labels[1:]:
        title = translate("compare", "{first} vs {second}").format(first=title, second=label)
    return title
