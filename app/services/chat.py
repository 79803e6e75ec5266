"""Running one chat turn: store the prompt, stream the answer, checkpoint it, finish it.

Qt-free. Progress is reported as ``TurnEvent`` values to a callback; cancelling the task that
runs a turn is how Stop works (what arrived is kept, marked stopped).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.api import (
    ChatRequest,
    Finished,
    OpenRouterClient,
    OpenRouterError,
    ReasoningDelta,
    Served,
    TextDelta,
    UsageReport,
    Waiting,
)
from app.api.events import StreamEvent
from app.core.conversation import (
    Conversation,
    Message,
    MessageStatus,
    request_messages,
    suggest_title,
)
from app.core.usage import Usage
from app.store.history import HistoryStore

CHECKPOINT_INTERVAL_S = 1.0
log = logging.getLogger(__name__)


class StorageError(OpenRouterError):
    """The answer could not be written to the history (not a server problem)."""


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


TurnEvent = (
    TurnStarted | TurnWaiting | TurnText | TurnReasoning | TurnServed | TurnFinished | TurnUndone
)
Listener = Callable[[TurnEvent], None]


class ChatService:
    """Sends prompts and streams answers into the history."""

    def __init__(
        self,
        client: OpenRouterClient,
        history: HistoryStore,
        *,
        checkpoint_interval: float = CHECKPOINT_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._history = history
        self._checkpoint_interval = checkpoint_interval
        self._clock = clock
        self._unsaved: list[tuple[_Turn, StorageError]] = []

    @property
    def endpoint(self) -> str:
        return self._client.base_url

    async def send(self, conversation_id: int, prompt: str, listener: Listener) -> None:
        """Store ``prompt`` and stream an answer to it."""
        conversation = self._conversation(conversation_id)
        is_first = self._history.count_messages(conversation_id) == 0
        user = self._history.add_message(conversation_id, "user", prompt)
        if is_first and not conversation.title_is_custom:
            self._history.rename_conversation(conversation_id, suggest_title(prompt), custom=False)
        await self._answer(conversation, user, listener)

    async def regenerate(self, conversation_id: int, listener: Listener) -> None:
        """Replace the last answer with a new one."""
        conversation = self._conversation(conversation_id)
        history = self._history.messages(conversation_id)
        last_user = next((m for m in reversed(history) if m.role == "user"), None)
        if last_user is None:
            return
        later = [m for m in history if m.id > last_user.id]
        if later:
            self._history.delete_messages_from(conversation_id, later[0].id)
        await self._answer(conversation, last_user, listener, undo_prompt=False)

    async def edit_and_resend(
        self, conversation_id: int, message_id: int, prompt: str, listener: Listener
    ) -> None:
        """Replace a user message (and everything after it) with new text, and ask again."""
        self._history.delete_messages_from(conversation_id, message_id)
        await self.send(conversation_id, prompt, listener)

    def _conversation(self, conversation_id: int) -> Conversation:
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            raise LookupError(f"conversation {conversation_id} does not exist")
        return conversation

    async def _answer(
        self,
        conversation: Conversation,
        user: Message,
        listener: Listener,
        *,
        undo_prompt: bool = True,
    ) -> None:
        self._retry_unsaved()
        settings = conversation.settings
        answer = self._history.add_message(
            conversation.id,
            "assistant",
            "",
            status=MessageStatus.STREAMING,
            settings=settings,
            model=settings.model,
        )
        listener(TurnStarted(user, answer))
        history = [m for m in self._history.messages(conversation.id) if m.id < answer.id]
        request = ChatRequest(
            settings.model,
            request_messages(settings.system_prompt, history),
            settings.params,
            settings.routing,
        )
        turn = _Turn(answer, self._history, self._checkpoint_interval, self._clock)
        try:
            async with contextlib.aclosing(self._client.stream_chat(request)) as events:  # type: ignore[type-var]
                async for event in events:
                    turn.apply(event, listener)
        except asyncio.CancelledError:
            self._end(turn, user, MessageStatus.STOPPED, None, listener, undo_prompt)
            raise
        except OpenRouterError as error:
            self._end(turn, user, MessageStatus.FAILED, error, listener, undo_prompt)
            return
        except sqlite3.Error as error:  # the disk is full or the database went away
            log.error("Could not save the answer while it streamed: %s", error)
            self._storage_failed(turn, listener)
            return
        self._end(turn, user, MessageStatus.COMPLETE, None, listener, undo_prompt)

    def _storage_failed(self, turn: _Turn, listener: Listener) -> None:
        """Saving failed mid-answer: stop there, show what arrived, and say why plainly."""
        turn.cancel_checkpoint()
        problem = StorageError(
            "history write failed",
            user_message=(
                "Switchboard could not save this answer (the disk may be full), so it stopped "
                "here. What arrived is shown; free some space, then press Retry."
            ),
        )
        message = turn.message.with_changes(
            content=turn.text, status=MessageStatus.FAILED, error=problem.user_message
        )
        try:
            message = turn.finish(MessageStatus.FAILED, problem)
        except sqlite3.Error:
            self._unsaved.append((turn, problem))  # written at the next turn, once space is back
        listener(TurnFinished(message, problem))

    def _retry_unsaved(self) -> None:
        pending, self._unsaved = self._unsaved, []
        for turn, problem in pending:
            try:
                turn.finish(MessageStatus.FAILED, problem)
            except sqlite3.Error:
                self._unsaved.append((turn, problem))

    def _end(
        self,
        turn: _Turn,
        user: Message,
        status: MessageStatus,
        error: OpenRouterError | None,
        listener: Listener,
        undo_prompt: bool,
    ) -> None:
        turn.cancel_checkpoint()
        if status is not MessageStatus.COMPLETE and not turn.text and undo_prompt:
            # Nothing arrived: take the turn back so retrying does not duplicate the prompt.
            self._history.delete_messages_from(user.conversation_id, user.id)
            listener(TurnUndone(user.id, turn.message.id, user.content, error))
            return
        if status is MessageStatus.COMPLETE and turn.finish_reason is None and not turn.finished:
            status = MessageStatus.FAILED
        message = turn.finish(status, error)
        listener(TurnFinished(message, error))


class _Turn:
    """The answer being streamed: accumulates text and saves it at least once per interval."""

    def __init__(
        self,
        message: Message,
        history: HistoryStore,
        interval: float,
        clock: Callable[[], float],
    ) -> None:
        self.message = message
        self._history = history
        self._interval = interval
        self._clock = clock
        self._parts: list[str] = []
        self._reasoning: list[str] = []
        self._saved_at = clock()
        self._started = clock()
        self._pending: asyncio.TimerHandle | None = None
        self.model: str | None = message.model
        self.provider: str | None = None
        self.generation_id: str | None = None
        self.usage: Usage | None = None
        self.finish_reason: str | None = None
        self.finished = False
        self.save_error: sqlite3.Error | None = None

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def apply(self, event: StreamEvent, listener: Listener) -> None:
        if self.save_error is not None:
            raise self.save_error
        message_id = self.message.id
        if isinstance(event, TextDelta):
            self._parts.append(event.text)
            listener(TurnText(message_id, event.text))
            self._checkpoint_soon()
        elif isinstance(event, ReasoningDelta):
            self._reasoning.append(event.text)
            listener(TurnReasoning(message_id, event.text))
        elif isinstance(event, Waiting):
            listener(TurnWaiting(message_id))
        elif isinstance(event, Served):
            self.model = event.model or self.model
            self.provider = event.provider
            self.generation_id = event.generation_id
            listener(TurnServed(message_id, self.model, self.provider))
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
        self._history.update_message(
            self.message.id, content=self.text, reasoning="".join(self._reasoning)
        )

    def cancel_checkpoint(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def finish(self, status: MessageStatus, error: OpenRouterError | None) -> Message:
        usage = self.usage
        if status is MessageStatus.FAILED and error is None:
            error_text: str | None = "The connection ended before the answer was finished."
        else:
            error_text = error.user_message if error is not None else None
        return self._history.update_message(
            self.message.id,
            content=self.text,
            reasoning="".join(self._reasoning),
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
            elapsed_s=round(self._clock() - self._started, 3),
        )
