"""Prompt sets: keep them, share them as files, run one against 2–4 presets, and read the run.

Qt-free. A run makes one ordinary comparison per prompt, so every answer is a column turn
that ``CompareService`` starts (``start_column``) and ``ChatService`` runs: the cost ledger
settles it, a failure marks that answer failed and never stops the others, and each prompt
opens as a normal comparison (where the blind pick happens). ``run`` sends what is missing,
at most ``concurrency`` requests at once; cancelling the task that awaits it is Stop, and
awaiting it again is Resume.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from app.core.compare_settings import blind_order, blind_seed
from app.core.conversation import ChatSettings, Message, MessageStatus, suggest_title
from app.core.cost import (
    Asked,
    GuardDecision,
    SendCheck,
    SendEstimate,
    combine_estimates,
)
from app.core.hub import Hub
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.prompt_sets import (
    MAX_FILE_BYTES,
    PresetResult,
    PromptRow,
    PromptRun,
    PromptRunSummary,
    PromptSet,
    PromptSetError,
    RunProgress,
    RunResults,
    check_prompt_set,
    dump_prompt_set,
    parse_prompt_set,
)
from app.store.comparisons import MAX_COLUMNS, MIN_COLUMNS, Comparison, ComparisonStore
from app.store.history import HistoryStore
from app.store.prompt_sets import ColumnState, PromptSetStore
from app.store.settings_file import AppSettings

from .chat import ChatService, TurnEvent, TurnFinished, TurnUndone
from .compare import CompareEstimate, CompareService, requests_text
from .costs import CostService

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.1  # progress is published at most ~10 times a second
NOTHING_LEFT_TEXT = QT_TRANSLATE_NOOP(
    "prompt_sets", "Every answer is in, so nothing is left to send."
)


@dataclass(slots=True)
class _Tally:
    """What ``results`` adds up over the prompts (per preset: only the prompts it counts)."""

    presets: int
    answers: list[list[Message]] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    wins: list[int] = field(default_factory=list)
    judged: int = 0
    counted: int = 0
    shown: list[Message] = field(default_factory=list)  # every answer shown, any prompt

    def __post_init__(self) -> None:
        self.answers = [[] for _ in range(self.presets)]
        self.failed = [0] * self.presets
        self.wins = [0] * self.presets


@dataclass(frozen=True, slots=True)
class _Work:
    """One request a run still has to make: ``prompt`` None asks the last prompt again."""

    comparison_id: int
    index: int
    prompt: str | None
    conversation_id: int


class PromptSetService:
    """Prompt sets and their runs."""

    def __init__(
        self,
        chat: ChatService,
        compare: CompareService,
        store: PromptSetStore,
        comparisons: ComparisonStore,
        history: HistoryStore,
        costs: CostService | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._chat = chat
        self._compare = compare
        self._store = store
        self._comparisons = comparisons
        self._history = history
        self._costs = costs
        self._clock = clock
        self.progress: Hub[RunProgress] = Hub()
        self._runners: dict[int, asyncio.Task[None]] = {}
        self._in_flight: dict[int, int] = {}
        self._failed: dict[int, set[tuple[int, int]]] = {}  # (comparison, column) this session
        self._published_at: dict[int, float] = {}
        self._pending: dict[int, asyncio.TimerHandle] = {}
        self._fair_locks: dict[int, asyncio.Lock] = {}
        self._fair_done: set[int] = set()  # comparisons made fair this session

    # -- sets --------------------------------------------------------------------------------

    def sets(self) -> list[PromptSet]:
        return self._store.list_sets()

    def save_set(self, s: PromptSet) -> PromptSet:
        """Adds or replaces a set; PromptSetError (plain message) when it breaks a rule."""
        return self._store.save_set(s)

    def delete_set(self, set_id: int) -> None:
        self._store.delete_set(set_id)

    def import_set(self, path: Path) -> PromptSet:
        """Read a shared prompt set file and keep it as a new set."""
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise PromptSetError(
                    translate(
                        "prompt_sets",
                        "“{name}” is too large to be a prompt set (more than {size} MB).",
                    ).format(name=path.name, size=MAX_FILE_BYTES // (1024 * 1024))
                )
            with path.open("rb") as file:
                raw = file.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise PromptSetError(
                translate(
                    "prompt_sets",
                    "The file “{name}” does not exist any more.",
                ).format(name=path.name)
            ) from None
        except OSError as error:
            raise PromptSetError(
                translate(
                    "prompt_sets",
                    "Could not open “{name}” ({reason}).",
                ).format(name=path.name, reason=error.strerror or error)
            ) from None
        return self._store.save_set(parse_prompt_set(raw))

    def export_set(self, s: PromptSet, path: Path) -> None:
        """Write ``s`` as a file others can import; PromptSetError when it cannot."""
        text = dump_prompt_set(check_prompt_set(s))
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as error:
            raise PromptSetError(
                translate(
                    "prompt_sets",
                    "Could not write “{name}” ({reason}). Choose another folder and try again.",
                ).format(name=path.name, reason=error.strerror or error)
            ) from None

    # -- runs --------------------------------------------------------------------------------

    def create_run(
        self,
        s: PromptSet,
        columns: list[tuple[str, ChatSettings]],
        *,
        blind: bool,
        fair: bool = True,
        concurrency: int = 4,
        title: str = "",
    ) -> PromptRun:
        """A run of ``s`` against ``columns`` (label, settings), with its comparisons, one per
        prompt, ready to ``run``. ValueError unless there are 2 to 4 columns."""
        s = check_prompt_set(s)
        if not MIN_COLUMNS <= len(columns) <= MAX_COLUMNS:
            raise ValueError(f"a run has {MIN_COLUMNS} to {MAX_COLUMNS} presets")
        run = self._store.create_run(
            title or s.name, s, columns, blind=blind, fair=fair, concurrency=concurrency
        )
        self._comparisons_of(run)
        return run

    def get_run(self, run_id: int) -> PromptRun | None:
        """The run; a run stored as running that is not running now (the app quit while it
        ran) reads as stopped."""
        run = self._store.get_run(run_id)
        if run is not None and run.state == "running" and not self.is_running(run_id):
            run = replace(run, state="stopped")
        return run

    def runs(self, query: str = "") -> list[PromptRunSummary]:
        return [
            replace(s, state="stopped") if s.state == "running" and not self.is_running(s.id) else s
            for s in self._store.list_runs(query)
        ]

    def delete_run(self, run_id: int) -> None:
        """Stops it first; its comparisons and their conversations go (the ledger keeps what
        was spent)."""
        self.stop(run_id)
        self._store.delete_run(run_id)

    def rename_run(self, run_id: int, title: str) -> None:
        self._store.rename_run(run_id, title)

    def _run(self, run_id: int) -> PromptRun:
        run = self.get_run(run_id)
        if run is None:
            raise LookupError(f"prompt-set run {run_id} does not exist")
        return run

    def _comparisons_of(self, run: PromptRun) -> list[Comparison]:
        """The run's comparisons in prompt order, making any that is missing (a run whose
        making was cut short) in one transaction."""
        have = {c.run_position: c for c in self._comparisons.of_run(run.id)}
        missing = [
            (position, suggest_title(item.prompt))
            for position, item in enumerate(run.prompt_set.items)
            if position not in have
        ]
        if missing:
            columns = list(zip(run.labels, run.settings, strict=True))
            self._comparisons.create_for_run(
                run.id, missing, columns, blind=run.blind, fair=run.fair
            )
            have = {c.run_position: c for c in self._comparisons.of_run(run.id)}
        return [have[position] for position in range(len(run.prompt_set.items))]

    # -- running -----------------------------------------------------------------------------

    def is_running(self, run_id: int) -> bool:
        task = self._runners.get(run_id)
        return task is not None and not task.done()

    def stop(self, run_id: int) -> None:
        """Stop the run: requests under way end with what arrived (kept, marked stopped)."""
        task = self._runners.get(run_id)
        if task is not None and not task.done():
            task.cancel()

    async def run(self, run_id: int) -> None:
        """Send every unanswered (prompt, preset), at most ``concurrency`` at once. Cancel
        the awaiting task (or ``stop``) to stop; await again to resume: only what is missing,
        failed or stopped is sent (a partial answer is asked again as a new version).
        RuntimeError if the run is running already."""
        run = self._run(run_id)
        if self.is_running(run_id):
            raise RuntimeError(f"prompt-set run {run_id} is running already")
        me = asyncio.current_task()
        assert me is not None  # run() is always awaited in a task
        self._runners[run_id] = me
        self._failed[run_id] = set()
        try:
            work = self._work(run)
            self._store.set_state(run_id, "running")
            self._publish(run_id)
            await self._send_all(run, work)
        finally:
            self._runners.pop(run_id, None)
            self._finish(run_id)

    async def _send_all(self, run: PromptRun, work: list[_Work]) -> None:
        limit = asyncio.Semaphore(run.concurrency)
        fair = self._make_fair if run.fair else None
        tasks = [
            asyncio.create_task(self._send_one(run.id, limit, item, fair), name=f"run-{run.id}")
            for item in work
        ]
        try:
            await asyncio.gather(*tasks, return_exceptions=True)
        except asyncio.CancelledError:
            for task in tasks:  # Stop: each ends with what arrived before the run ends
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def _send_one(
        self,
        run_id: int,
        limit: asyncio.Semaphore,
        item: _Work,
        fair: Callable[[int], Awaitable[None]] | None,
    ) -> None:
        async with limit:
            if fair is not None:
                await fair(item.comparison_id)
            try:
                task = self._compare.start_column(
                    item.comparison_id, item.index, item.prompt, self._listener(run_id, item)
                )
            except (RuntimeError, LookupError):  # someone is running it in its comparison
                log.info(
                    "run %d: column %d of comparison %d is busy",
                    run_id,
                    item.index,
                    item.comparison_id,
                )
                return
            self._failed[run_id].discard((item.comparison_id, item.index))
            self._in_flight[run_id] = self._in_flight.get(run_id, 0) + 1
            self._changed(run_id)
            try:
                await task
            except asyncio.CancelledError:
                current = asyncio.current_task()
                if current is not None and current.cancelling():
                    raise  # the run was stopped
                # else only this column was stopped (from its comparison): the others go on
            finally:
                self._in_flight[run_id] -= 1
                self._changed(run_id)

    def _listener(self, run_id: int, item: _Work) -> Callable[[TurnEvent], None]:
        key = (item.comparison_id, item.index)

        def listen(event: TurnEvent) -> None:
            if isinstance(event, TurnUndone) or (
                isinstance(event, TurnFinished)
                and event.message.status is not MessageStatus.COMPLETE
            ):
                self._failed.setdefault(run_id, set()).add(key)
            if isinstance(event, TurnFinished | TurnUndone):
                self._changed(run_id)

        return listen

    async def _make_fair(self, comparison_id: int) -> None:
        """``CompareService.make_fair`` once per comparison, when CompareService has it (it
        comes with the fair-comparison work). A failure is logged and the answers still go."""
        make_fair: Callable[[int], Awaitable[object]] | None = getattr(
            self._compare, "make_fair", None
        )
        if make_fair is None:
            return
        lock = self._fair_locks.setdefault(comparison_id, asyncio.Lock())
        async with lock:  # its other columns wait until it is fair
            if comparison_id in self._fair_done:
                return
            try:
                await make_fair(comparison_id)
            except Exception:
                log.exception("could not make comparison %d fair", comparison_id)
            self._fair_done.add(comparison_id)

    def _work(self, run: PromptRun) -> list[_Work]:
        """What is still to be sent, prompt by prompt, column by column."""
        self._comparisons_of(run)  # (makes any that is missing)
        items = run.prompt_set.items
        running: dict[int, dict[int, object]] = {}
        out = []
        for state in self._store.column_states(run.id):
            if state.position >= len(items):
                continue
            if state.comparison_id not in running:
                running[state.comparison_id] = dict(self._compare.running(state.comparison_id))
            if state.index in running[state.comparison_id]:
                continue
            if state.role is None:
                prompt: str | None = items[state.position].prompt
            elif not _state_answered(state):
                prompt = None
            else:
                continue
            out.append(_Work(state.comparison_id, state.index, prompt, state.conversation_id))
        return out

    def _finish(self, run_id: int) -> None:
        try:
            progress = self._count(run_id, "done")
            state = "done" if progress.done == progress.total else "stopped"
            self._store.set_state(run_id, state)
        except (KeyError, LookupError):
            return  # deleted while it ran
        except Exception:
            log.exception("could not store the state of run %d", run_id)
        self._publish(run_id)

    # -- progress ----------------------------------------------------------------------------

    def progress_of(self, run_id: int) -> RunProgress:
        run = self._run(run_id)
        return self._count(run_id, run.state)

    def _count(self, run_id: int, state: str) -> RunProgress:
        """One query for every column's last message (this runs up to ~10 times a second)."""
        done = failed = total = 0
        failed_now = self._failed.get(run_id, set())
        running: dict[int, dict[int, object]] = {}
        for column in self._store.column_states(run_id):
            total += 1
            if _state_answered(column):
                done += 1
                continue
            if column.comparison_id not in running:
                running[column.comparison_id] = dict(self._compare.running(column.comparison_id))
            if column.index in running[column.comparison_id]:
                continue
            if column.role == "assistant" or (column.comparison_id, column.index) in failed_now:
                failed += 1
        running_now = self._in_flight.get(run_id, 0)
        return RunProgress(run_id, done, total, failed, running_now, state)

    def _changed(self, run_id: int) -> None:
        """Publish now, or a little later so that no more than ~10 a second go out."""
        wait = PROGRESS_INTERVAL_S - (self._clock() - self._published_at.get(run_id, -1e9))
        if wait <= 0:
            self._publish(run_id)
        elif run_id not in self._pending:
            loop = asyncio.get_running_loop()
            self._pending[run_id] = loop.call_later(wait, self._publish, run_id)

    def _publish(self, run_id: int) -> None:
        pending = self._pending.pop(run_id, None)
        if pending is not None:
            pending.cancel()
        self._published_at[run_id] = self._clock()
        try:
            progress = self.progress_of(run_id)
        except LookupError:
            return  # deleted
        try:
            self.progress.publish(progress)
        except Exception:  # a subscriber's bug must not stop the run
            log.exception("a progress subscriber failed")

    # -- before running ----------------------------------------------------------------------

    def estimate(self, run_id: int) -> CompareEstimate:
        """What the requests still to be sent may cost, summed (remaining requests only)."""
        run = self._run(run_id)
        work = self._work(run)
        count = len(work)
        if self._costs is None:
            unknown = SendEstimate(0, None, None, 0, False)
            return CompareEstimate(count, None, None, requests_text(count, unknown), unknown)
        combined = combine_estimates([self._estimate_one(item) for item in work])
        if count:
            text = requests_text(count, combined)
        else:
            text = translate("prompt_sets", NOTHING_LEFT_TEXT)
        return CompareEstimate(count, combined.typical_cost, combined.max_cost, text, combined)

    def _estimate_one(self, item: _Work) -> SendEstimate:
        assert self._costs is not None  # callers check
        settings = self._comparisons.column(item.comparison_id, item.index).settings
        model = self._compare.column_model_info(item.comparison_id, item.index)
        return self._costs.estimate_draft(
            settings, *self._compare.asked(item.conversation_id, item.prompt), model_info=model
        )

    def check_run(self, run_id: int, settings: AppSettings) -> SendCheck:
        """May the run start (or resume)? Its summed remaining estimate against the caps, as
        ``CompareService.check_send``; the question names the estimate and the reason."""
        estimate = self.estimate(run_id)
        if self._costs is None:
            return SendCheck(GuardDecision("send"))
        return self._costs.check_requests(
            estimate.combined, estimate.text, lambda: self._requests(run_id), settings
        )

    def _requests(self, run_id: int) -> list[Asked]:
        assert self._costs is not None  # callers check
        out: list[Asked] = []
        for item in self._work(self._run(run_id)):
            model = self._compare.column_model_info(item.comparison_id, item.index)
            out.append((model, self._estimate_one(item).prompt_tokens))
        return out

    # -- results -----------------------------------------------------------------------------

    def results(self, run_id: int) -> RunResults:
        """Per prompt its answers' state and pick; per preset its wins, speed and cost. While
        the run is blind, a prompt not picked yet is left out of the per-preset figures (they
        would tell which answer is whose); the totals count every answer shown."""
        run = self._run(run_id)
        labels = run.labels
        states: dict[int, list[ColumnState]] = {}
        for state in self._store.column_states(run_id):
            states.setdefault(state.comparison_id, []).append(state)
        tally = _Tally(len(labels))
        rows = [
            self._prompt_row(run, comparison, states.get(comparison.id, []), tally)
            for comparison in self._comparisons.of_run(run_id)
        ]
        presets = [
            _preset_result(label, tally.wins[i], tally.judged, tally.answers[i], tally.failed[i])
            for i, label in enumerate(labels)
        ]
        return RunResults(
            run,
            rows,
            presets,
            _sum_or_none([a.cost for a in tally.shown]),
            counted=tally.counted,
            total_answers=len(tally.shown),
            total_tokens=sum(a.completion_tokens or 0 for a in tally.shown),
            spent=self._store.spent(run_id),
            total_billed=bool(tally.shown)
            and all(a.cost is not None and a.cost_is_billed for a in tally.shown),
        )

    def _prompt_row(
        self, run: PromptRun, comparison: Comparison, columns: list[ColumnState], tally: _Tally
    ) -> PromptRow:
        """One prompt's row, its answers added to ``tally``."""
        labels = run.labels
        position = comparison.run_position or 0
        items = run.prompt_set.items
        item = items[position] if position < len(items) else None
        hidden = comparison.blind and not comparison.revealed
        counted = not hidden
        failed_now = self._failed.get(run.id, set())
        running = self._compare.running(comparison.id)
        answered = 0
        for column in columns:
            if column.index >= len(labels):
                continue
            last = self._last_answer(column.conversation_id) if column.role == "assistant" else None
            if last is not None and _answered(last):
                answered += 1
                tally.shown.append(last)
                if counted:
                    tally.answers[column.index].append(last)
            elif (
                counted
                and (last is not None or (comparison.id, column.index) in failed_now)
                and column.index not in running
            ):
                tally.failed[column.index] += 1
        tally.counted += counted
        winner = comparison.winner_index
        winner_label = None
        if winner is not None and 0 <= winner < len(labels):
            tally.judged += 1
            tally.wins[winner] += 1
            winner_label = None if hidden else labels[winner]
        count = len(columns)
        order = blind_order(blind_seed(comparison), count) if hidden else list(range(count))
        return PromptRow(
            position,
            item.prompt if item else "",
            item.notes if item else "",
            comparison.id,
            answered,
            count,
            winner_label,
            hidden,
            None if winner_label is None else winner,
            tuple(order),
        )

    def answer(self, comparison_id: int, index: int) -> Message | None:
        """The answer shown in a column of a run's comparison (its latest), or None."""
        try:
            column = self._comparisons.column(comparison_id, index)
        except KeyError:
            return None
        return self._last_answer(column.conversation_id)

    def _last_answer(self, conversation_id: int) -> Message | None:
        last = self._history.last_messages(conversation_id, 1)
        return last[0] if last and last[0].role == "assistant" else None

    def export_markdown(self, run_id: int) -> str:
        from app.core.prompt_run_export import run_to_markdown

        return run_to_markdown(self.results(run_id), self.answer)

    def export_csv(self, run_id: int) -> str:
        from app.core.prompt_run_export import run_to_csv

        return run_to_csv(self.results(run_id), self.answer)


def _answered(message: Message) -> bool:
    return message.role == "assistant" and message.status is MessageStatus.COMPLETE


def _state_answered(state: ColumnState) -> bool:
    return state.role == "assistant" and state.status == MessageStatus.COMPLETE.value


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _sum_or_none(values: list[Decimal | None]) -> Decimal | None:
    known = [v for v in values if v is not None]
    return sum(known, Decimal(0)) if known else None


def _preset_result(
    label: str, wins: int, judged: int, answers: list[Message], failed: int
) -> PresetResult:
    costs = [a.cost for a in answers]
    return PresetResult(
        label=label,
        wins=wins,
        judged=judged,
        answers=len(answers),
        failed=failed,
        avg_first_word_s=_mean([a.first_token_s for a in answers if a.first_token_s is not None]),
        avg_tokens_per_s=_mean([a.tokens_per_s for a in answers if a.tokens_per_s is not None]),
        tokens=sum(a.completion_tokens or 0 for a in answers),
        cost=_sum_or_none(costs),
        all_billed=bool(answers) and all(a.cost is not None and a.cost_is_billed for a in answers),
    )
