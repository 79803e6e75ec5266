"""One answer as it arrives: the turn, and the events it publishes.

Every answer, in a chat or in a comparison column, is one ``Turn``. It owns what arrives (text,
reasoning, usage, served model and provider, generation id, finish reason, timings, the final
status), checkpoints the text to the history at least once per interval, and publishes
``TurnEvent`` values on ``events`` to any number of subscribers: the view draws, ``CostService``
settles. ``ChatService`` creates the turns and announces each new one on its ``turns`` hub before
the turn's first event. Qt-free.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.api import (
    AnnotationsDelta,
    Finished,
    OpenRouterError,
    ReasoningDelta,
    Served,
    StreamEvent,
    TextDelta,
    UsageReport,
    Waiting,
)
from app.core.attachments import Attachment
from app.core.conversation import Message, MessageStatus
from app.core.cost import count_ascii, tokens_for
from app.core.hub import Hub
from app.core.i18n import translate
from app.core.thinking import MAX_DETAILS_ITEMS
from app.core.usage import Usage
from app.store.history import HistoryStore, MessageUpdate

MIN_RATE_SECONDS = 0.2  # a speed over less time than this says nothing
THINKING_DIGITS = 2  # thinking seconds are stored to the hundredth

# -- events -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TurnStarted:
    """Both messages are stored; the answer is about to be requested."""

    user: Message
    answer: Message


@dataclass(frozen=True, slots=True)
class TurnWaiting:
    message_id: int


@dataclass(frozen=True, slots=True)
class TurnText:
    message_id: int
    text: str


@dataclass(frozen=True, slots=True)
class TurnReasoning:
    message_id: int
    text: str


@dataclass(frozen=True, slots=True)
class TurnServed:
    message_id: int
    model: str | None
    provider: str | None


@dataclass(frozen=True, slots=True)
class TurnAnnotations:
    """The answer's annotations changed: all of them so far, merged (sources to list)."""

    message_id: int
    annotations: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True, slots=True)
class TurnNotice:
    """Something the person should know about this answer's request, in one plain sentence
    (an earlier file is gone and was sent as a note instead)."""

    message_id: int
    text: str


@dataclass(frozen=True, slots=True)
class TurnFinished:
    """The answer is final and committed: complete, stopped, or failed with partial text."""

    message: Message
    error: OpenRouterError | None = None


@dataclass(frozen=True, slots=True)
class TurnUndone:
    """Nothing of the answer arrived, so the turn was taken back: both messages are gone
    from the history and ``prompt`` goes back to the composer."""

    user_message_id: int
    answer_message_id: int
    prompt: str
    error: OpenRouterError | None  # None when the user stopped it
    attachments: tuple[Attachment, ...] = ()  # the prompt's, back to the composer with it


TurnEvent = (
    TurnStarted
    | TurnWaiting
    | TurnText
    | TurnReasoning
    | TurnServed
    | TurnAnnotations
    | TurnNotice
    | TurnFinished
    | TurnUndone
)
Listener = Callable[[TurnEvent], None]


# -- the turn ---------------------------------------------------------------------------------


class Turn:
    """The answer being streamed: accumulates what arrives, saves the text at least once per
    interval, and publishes every step on ``events``.

    Timings are ``clock()`` readings (monotonic seconds): ``sent_at`` when the request went,
    ``first_event_at`` for the first event of the stream, ``first_token_at`` for the first
    visible text, ``finished_at`` when the turn ended (None until each happens).
    """

    def __init__(
        self,
        user: Message,
        message: Message,
        history: HistoryStore,
        interval: float,
        clock: Callable[[], float],
    ) -> None:
        self.user = user
        self.message = message
        self.events: Hub[TurnEvent] = Hub()
        self._history = history
        self._interval = interval
        self._clock = clock
        self._parts: list[str] = []
        self._chars = [0, 0]  # ascii and other characters of the text so far (for the rate)
        self._reasoning: list[str] = []
        self._reasoning_chars = [0, 0]  # ascii and other characters of the thinking so far
        self._details = ReasoningDetails()  # merged by index, as received
        self._annotations = Annotations()  # sources and parsed files, de-duplicated
        self._annotations_saved = 0  # the version of the annotations last written
        self._saved_at = clock()
        self._started = clock()
        self._pending: asyncio.TimerHandle | None = None
        self.sent_at: float | None = None
        self.first_event_at: float | None = None
        self.first_token_at: float | None = None
        self.first_reasoning_at: float | None = None
        self.finished_at: float | None = None
        self.model: str | None = message.model
        self.provider: str | None = None
        self.generation_id: str | None = None
        self.usage: Usage | None = None
        self.finish_reason: str | None = None
        self.finished = False  # the stream said it was done
        self.status: MessageStatus = MessageStatus.STREAMING  # final once the turn ended
        self.save_error: sqlite3.Error | None = None

    @property
    def text(self) -> str:
        if len(self._parts) > 1:  # joined once per read, not once per chunk
            self._parts[:] = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    @property
    def reasoning(self) -> str:
        if len(self._reasoning) > 1:  # joined once per read, not once per chunk
            self._reasoning[:] = ["".join(self._reasoning)]
        return self._reasoning[0] if self._reasoning else ""

    @property
    def annotations(self) -> tuple[Mapping[str, Any], ...]:
        """The answer's annotations so far, merged and de-duplicated."""
        return self._annotations.items()

    @property
    def web_searches(self) -> int | None:
        """The searches the server counted for this answer (None until it said)."""
        return self.usage.web_searches if self.usage is not None else None

    @property
    def did_paid_work(self) -> bool:
        """Something billed arrived even without a word of text: a PDF read (its ``file``
        annotation), sources found or searches counted."""
        return bool(self.annotations) or bool(self.web_searches)

    @property
    def reasoning_details(self) -> list[dict[str, Any]]:
        """The ``reasoning_details`` items so far, merged by index (a fresh list per read)."""
        return self._details.items()

    # -- figures: the only place a view's timings and speed come from --------------------

    @property
    def thinking(self) -> bool:
        """The model is thinking right now: thinking arrived, no answer text yet."""
        return self.first_reasoning_at is not None and self.first_token_at is None

    @property
    def thinking_seconds(self) -> float | None:
        """Seconds spent thinking: from the first thinking to the first answer text (to the
        end of the turn, or to now while it thinks); None when it did not think (visibly)."""
        start = self.first_reasoning_at
        if start is None:
            return None
        end = self.first_token_at or self.finished_at
        return max((end if end is not None else self._clock()) - start, 0.0)

    @property
    def time_to_first_thought(self) -> float | None:
        """Seconds from sending the request to the first thinking (None until both)."""
        if self.sent_at is None or self.first_reasoning_at is None:
            return None
        return self.first_reasoning_at - self.sent_at

    @property
    def reasoning_tokens(self) -> int | None:
        """Thinking tokens: the server's count once it reported usage, else an estimate from
        the thinking text so far; None when nothing says it thought."""
        usage = self.usage
        if usage is not None and usage.reasoning_tokens is not None:
            return usage.reasoning_tokens
        ascii_chars, other_chars = self._reasoning_chars
        return tokens_for(ascii_chars, other_chars) if ascii_chars or other_chars else None

    @property
    def thought_privately(self) -> bool:
        """It thought but sent no readable thinking (encrypted, withheld or hidden)."""
        return not self.reasoning and bool(self.reasoning_tokens or self._details)

    @property
    def time_to_first_token(self) -> float | None:
        """Seconds from sending the request to the first visible text (None until both)."""
        if self.sent_at is None or self.first_token_at is None:
            return None
        return self.first_token_at - self.sent_at

    @property
    def completion_tokens(self) -> int | None:
        """The answer's visible tokens: the server's count when it reported usage (less the
        reasoning tokens, which came before the first visible token), else an estimate from
        the text so far; None before any text."""
        usage = self.usage
        if usage is not None and usage.completion_tokens is not None:
            return max(usage.completion_tokens - (usage.reasoning_tokens or 0), 0)
        ascii_chars, other_chars = self._chars  # counted as text arrived: O(1) per refresh
        return tokens_for(ascii_chars, other_chars) if ascii_chars or other_chars else None

    def tokens_per_second(self) -> float | None:
        """Visible tokens per second from the first visible token to the end of the turn (to
        now while it streams); None with no text yet or too little time to say."""
        tokens = self.completion_tokens
        if self.first_token_at is None or tokens is None:
            return None
        end = self.finished_at if self.finished_at is not None else self._clock()
        elapsed = end - self.first_token_at
        if elapsed < MIN_RATE_SECONDS:
            return None
        return tokens / elapsed

    def publish(self, event: TurnEvent) -> None:
        self.events.publish(event)

    def mark_sent(self) -> None:
        self.sent_at = self._clock()

    def apply(self, event: StreamEvent) -> None:
        """Take one event of the stream; a failed timer checkpoint is raised here."""
        if self.save_error is not None:
            raise self.save_error
        if self.first_event_at is None:
            self.first_event_at = self._clock()
        message_id = self.message.id
        if isinstance(event, TextDelta):
            if self.first_token_at is None and event.text:
                self.first_token_at = self._clock()
            self._parts.append(event.text)
            ascii_chars = count_ascii(event.text)
            self._chars[0] += ascii_chars
            self._chars[1] += len(event.text) - ascii_chars
            self.publish(TurnText(message_id, event.text))
            self._checkpoint_soon()
        elif isinstance(event, ReasoningDelta):
            if self.first_reasoning_at is None and self.first_token_at is None:
                # (a signature item arriving after the answer began is not thinking time)
                self.first_reasoning_at = self._clock()
            if event.text:
                self._reasoning.append(event.text)
                ascii_chars = count_ascii(event.text)
                self._reasoning_chars[0] += ascii_chars
                self._reasoning_chars[1] += len(event.text) - ascii_chars
            if event.details:
                self._details.add(event.details)
            self.publish(TurnReasoning(message_id, event.text))
            self._checkpoint_soon()  # a kill mid-thinking keeps the (billed) thinking
        elif isinstance(event, AnnotationsDelta):
            if self._annotations.add(event.items):
                self.publish(TurnAnnotations(message_id, self.annotations))
        elif isinstance(event, Waiting):
            self.publish(TurnWaiting(message_id))
        elif isinstance(event, Served):
            self.model = event.model or self.model
            self.provider = event.provider
            self.generation_id = event.generation_id
            self._save_served()
            self.publish(TurnServed(message_id, self.model, self.provider))
        elif isinstance(event, UsageReport):
            self.usage = event.usage
        elif isinstance(event, Finished):
            self.finish_reason = event.finish_reason
            self.finished = True

    def _checkpoint_soon(self) -> None:
        due = self._saved_at + self._interval - self._clock()
        if due <= 0:
            self._save()
        elif self._pending is None:
            self._pending = asyncio.get_running_loop().call_later(due, self._save_later)

    def _save_later(self) -> None:
        """The timer's save: a failure is kept and raised on the stream's next event."""
        try:
            self._save()
        except sqlite3.Error as error:
            self.save_error = error

    def _save(self) -> None:
        self.cancel_checkpoint()
        self._saved_at = self._clock()
        fields = MessageUpdate(
            content=self.text,
            reasoning=self.reasoning,
            reasoning_details=self.reasoning_details,
            reasoning_tokens=self._usage_reasoning_tokens(),
            thinking_s=self._thinking_s(),
        )
        if self._annotations.version != self._annotations_saved:  # (parsed files can be big)
            fields["annotations"] = self.annotations
            self._annotations_saved = self._annotations.version
        self._history.update_message(self.message.id, **fields)

    def _usage_reasoning_tokens(self) -> int | None:
        """What is stored: the server's count only (an estimate is never written as one)."""
        return self.usage.reasoning_tokens if self.usage is not None else None

    def _thinking_s(self) -> float | None:
        seconds = self.thinking_seconds
        return None if seconds is None else round(seconds, THINKING_DIGITS)

    def _save_served(self) -> None:
        """Write who answers and the generation id at once: if the app dies mid-answer, the
        next start can still ask ``GET /generation`` what the interrupted answer cost."""
        if self.generation_id is None and self.provider is None:
            return
        with contextlib.suppress(KeyError):  # the answer was deleted meanwhile
            self._history.update_message(
                self.message.id,
                generation_id=self.generation_id,
                model=self.model,
                provider=self.provider,
            )

    def cancel_checkpoint(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def end(self, status: MessageStatus, now: float | None = None) -> None:
        """The turn is over (whether or not its message could be written)."""
        self.status = status
        if self.finished_at is None:
            self.finished_at = self._clock() if now is None else now

    def finish(self, status: MessageStatus, error: OpenRouterError | None) -> Message:
        """Write the final message (raises ``sqlite3.Error`` if it cannot) and return it."""
        now = self._clock()
        self.end(status, now)
        usage = self.usage
        if status is MessageStatus.FAILED and error is None:
            error_text: str | None = translate(
                "turn", "The connection ended before the answer was finished."
            )
        else:
            error_text = error.user_message if error is not None else None
        self.message = self._history.update_message(
            self.message.id,
            content=self.text,
            reasoning=self.reasoning,
            status=status,
            model=self.model,
            provider=self.provider,
            generation_id=self.generation_id,
            prompt_tokens=usage.prompt_tokens if usage else None,
            completion_tokens=usage.completion_tokens if usage else None,
            cost=usage.cost if usage else None,
            cost_is_billed=bool(usage and usage.cost is not None),
            finish_reason=self.finish_reason,
            error=error_text,
            elapsed_s=round(now - self._started, 3),
            first_token_s=_rounded(self.time_to_first_token),
            tokens_per_s=_rounded(self.tokens_per_second()),
            reasoning_tokens=self._usage_reasoning_tokens(),
            reasoning_details=self.reasoning_details,
            thinking_s=self._thinking_s(),
            annotations=self.annotations,
            web_searches=self.web_searches,
        )
        return self.message


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


class ReasoningDetails:
    """A turn's ``reasoning_details`` merged as OpenRouter's guide asks: a ``reasoning.text``
    item with the same ``index`` as the last one continues it (its text appended; its
    signature, id and format kept); anything else (summary and encrypted items) is added
    unchanged. Text pieces are kept apart and joined when read, so a long thinking
    stream costs linear time; past ``MAX_DETAILS_ITEMS`` items, new ones are left out (what
    was kept stays storable)."""

    _TEXT_KEYS: Mapping[str, str] = {"reasoning.text": "text"}

    def __init__(self) -> None:
        self._items: list[dict[str, Any]] = []
        self._texts: list[list[str]] = []  # each item's text pieces

    def __bool__(self) -> bool:
        return bool(self._items)

    def add(self, items: Sequence[Mapping[str, Any]]) -> None:
        for item in items:
            kind = item.get("type")
            key = self._TEXT_KEYS.get(str(kind))
            text = item.get(key) if key is not None else None
            last = self._items[-1] if self._items else None
            if (
                last is not None
                and key is not None
                and last.get("type") == kind
                and item.get("index") == last.get("index")
            ):
                if isinstance(text, str):
                    self._texts[-1].append(text)
                for name in ("signature", "id", "format"):
                    if item.get(name) is not None:
                        last[name] = item[name]
            elif len(self._items) < MAX_DETAILS_ITEMS:
                self._items.append(
                    {k: v for k, v in item.items() if not (k == key and isinstance(v, str))}
                )
                self._texts.append([text] if isinstance(text, str) else [])

    def items(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for item, pieces in zip(self._items, self._texts, strict=True):
            key = self._TEXT_KEYS.get(str(item.get("type")), "text")
            if len(pieces) > 1:
                pieces[:] = ["".join(pieces)]
            out.append({**item, key: pieces[0]} if pieces else dict(item))
        return out


MAX_SOURCES = 50  # url_citation sources kept per answer
MAX_FILES = 20  # parsed-file annotations kept per answer
MAX_OTHER = 20  # annotations of other types, kept as they came


class Annotations:
    """A turn's annotations merged as they arrive (in any chunk, repeated across chunks):
    ``url_citation`` de-duplicated by url (a later copy fills in a missing title), ``file``
    by ``file.hash``; anything else kept once as it came. Bounded per kind."""

    def __init__(self) -> None:
        self._items: list[dict[str, Any]] = []
        self._keys: dict[tuple[str, str], int] = {}  # (kind, url or hash) -> index
        self._counts: dict[str, int] = {}
        self.version = 0  # grows with every change

    def add(self, items: Sequence[Mapping[str, Any]]) -> bool:
        """Merge ``items``; whether anything changed."""
        before = self.version
        for item in items:
            self._add(item)
        return self.version != before

    def items(self) -> tuple[Mapping[str, Any], ...]:
        return tuple(self._items)

    def _add(self, item: Mapping[str, Any]) -> None:
        kind = item.get("type")
        if not isinstance(kind, str):
            return
        key = _annotation_key(kind, item)
        if key is not None and key in self._keys:
            self._fill_in(self._keys[key], item)
            return
        if key is None and any(item == kept for kept in self._items):
            return
        limit = {"url_citation": MAX_SOURCES, "file": MAX_FILES}.get(kind, MAX_OTHER)
        if self._counts.get(kind, 0) >= limit:
            return
        self._counts[kind] = self._counts.get(kind, 0) + 1
        if key is not None:
            self._keys[key] = len(self._items)
        self._items.append(dict(item))
        self.version += 1

    def _fill_in(self, index: int, item: Mapping[str, Any]) -> None:
        """A source seen again may say what its first copy did not (a title, an excerpt)."""
        kept = self._items[index]
        if kept.get("type") != "url_citation":
            return
        old, new = kept.get("url_citation"), item.get("url_citation")
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            return
        missing = {k: v for k, v in new.items() if old.get(k) in (None, "") and v not in (None, "")}
        if missing:
            self._items[index] = {**kept, "url_citation": {**old, **missing}}
            self.version += 1


def _annotation_key(kind: str, item: Mapping[str, Any]) -> tuple[str, str] | None:
    inner = item.get(kind)
    if not isinstance(inner, Mapping):
        return None
    name = {"url_citation": "url", "file": "hash"}.get(kind)
    value = inner.get(name) if name is not None else None
    return (kind, value) if isinstance(value, str) else None
