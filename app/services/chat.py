"""Running one chat turn: store the prompt, stream the answer, checkpoint it, finish it.

Qt-free. Each answer is a ``Turn`` (see ``turn.py``): ``turns`` announces every new one, so a
party such as ``CostService`` can follow them all, and the listener given to ``send`` receives
the events of its own turn. Cancelling the task that runs a turn is how Stop works (what
arrived is kept, marked stopped).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Coroutine, Sequence
from dataclasses import replace
from typing import Any

from app.api import InvalidRequestError, OpenRouterClient, OpenRouterError, build_chat_body
from app.core.attachments import Attachment
from app.core.conversation import (
    ChatSettings,
    Conversation,
    Message,
    MessageStatus,
    suggest_title,
)
from app.core.hub import Hub
from app.core.i18n import translate
from app.core.models import ModelInfo
from app.core.params import without_length_limit
from app.core.providers import ProviderEndpoint
from app.core.request import ChatRequest, carried_files, files_too_large, next_request
from app.core.thinking import ALL_CHOICES
from app.core.thinking import less_thinking as lower_thinking
from app.store.blobs import BlobMissingError, BlobStore
from app.store.history import HistoryStore, TakenVersion

from .turn import (
    Listener,
    Turn,
    TurnAnnotations,
    TurnEvent,
    TurnFinished,
    TurnNotice,
    TurnReasoning,
    TurnServed,
    TurnStarted,
    TurnText,
    TurnUndone,
    TurnWaiting,
)

__all__ = [
    "AttachmentMissingError",
    "ChatService",
    "FilesTooLargeError",
    "Listener",
    "StorageError",
    "TakenVersion",
    "Turn",
    "TurnAnnotations",
    "TurnEvent",
    "TurnFinished",
    "TurnNotice",
    "TurnReasoning",
    "TurnServed",
    "TurnStarted",
    "TurnText",
    "TurnUndone",
    "TurnWaiting",
]

CHECKPOINT_INTERVAL_S = 1.0
log = logging.getLogger(__name__)


class StorageError(OpenRouterError):
    """The answer could not be written to the history (not a server problem)."""


class AttachmentMissingError(InvalidRequestError):
    """An attachment's bytes are gone from the data folder: nothing was sent."""


class FilesTooLargeError(InvalidRequestError):
    """The conversation's files are more than one request may carry: nothing was sent."""


class ChatService:
    """Sends prompts and streams answers into the history."""

    def __init__(
        self,
        client: OpenRouterClient,
        history: HistoryStore,
        *,
        checkpoint_interval: float = CHECKPOINT_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
        models: Callable[[str], ModelInfo | None] | None = None,
        blobs: BlobStore | None = None,
    ) -> None:
        self._client = client
        self._history = history
        self._blobs = blobs  # attachments' bytes (None: a chat that cannot carry any)
        # The catalogue's entry for a model id: what the one request builder leaves out for it
        self._models = models or (lambda _model_id: None)
        self._checkpoint_interval = checkpoint_interval
        self._clock = clock
        self._unsaved: list[tuple[Turn, StorageError]] = []
        self.turns: Hub[Turn] = Hub()  # every new turn, before its first event
        self._deleted: dict[int, list[TakenVersion]] = {}  # this session's, for Undo
        self._told_gone: set[tuple[int, str]] = set()  # (conversation, digest) said once

    def model_info(self, model_id: str) -> ModelInfo | None:
        """What the catalogue knows of ``model_id``, or None."""
        return self._models(model_id)

    @property
    def endpoint(self) -> str:
        return self._client.base_url

    async def list_endpoints(self, model_id: str) -> list[ProviderEndpoint]:
        """The providers of ``model_id`` (``OpenRouterClient.list_endpoints``), for fair
        comparisons."""
        return await self._client.list_endpoints(model_id)

    @property
    def blobs(self) -> BlobStore | None:
        """Where attachments' bytes are kept (None: nowhere, none can be sent): what the
        window gives ``AttachmentService`` (the window may not import the store)."""
        return self._blobs

    def attachment_bytes(self, attachment: Attachment) -> bytes | None:
        """A stored attachment's bytes (a thumbnail, opening it); None when they are gone.
        Blocking: read large files off the UI loop."""
        try:
            return self._read(attachment)
        except BlobMissingError:
            return None

    async def send(
        self,
        conversation_id: int,
        prompt: str,
        listener: Listener,
        attachments: Sequence[Attachment] = (),
    ) -> None:
        """Store ``prompt`` with its ``attachments`` (their bytes already in the blob store)
        and stream an answer to it."""
        conversation = self._conversation(conversation_id)
        is_first = self._history.count_messages(conversation_id) == 0
        user = self._history.add_message(
            conversation_id, "user", prompt, attachments=tuple(attachments)
        )
        if is_first and not conversation.title_is_custom:
            self._history.rename_conversation(conversation_id, suggest_title(prompt), custom=False)
        await self._answer(conversation, user, listener)

    async def regenerate(
        self, conversation_id: int, listener: Listener, settings: ChatSettings | None = None
    ) -> None:
        """A new version of the last answer (the one it replaces on screen is kept, one
        switch away). ``settings``: made with these for this version only ("Regenerate
        with…"); the conversation keeps its own."""
        conversation = self._conversation(conversation_id)
        history = self._history.messages(conversation_id)
        last_user = next((m for m in reversed(history) if m.role == "user"), None)
        if last_user is None:
            return
        await self._answer(conversation, last_user, listener, undo_prompt=False, settings=settings)

    def versions_of(self, message_id: int) -> list[Message]:
        """The versions of a message (itself included), oldest first; [] when it is gone."""
        message = self._history.get_message(message_id)
        if message is None:
            return []
        family = self._history.versions(message.conversation_id).get(message_id, (message_id,))
        found = (self._history.get_message(i) for i in family)
        return [m for m in found if m is not None]

    def regenerate_with(
        self, conversation_id: int, settings: ChatSettings, listener: Listener
    ) -> Coroutine[Any, Any, None]:
        """Keep ``settings`` as the conversation's own at once (what the dock then shows), and
        return the regeneration of the last answer asked with them: the one step behind "Try
        again with less thinking" and "… without a length limit" (``retry_settings``).
        LookupError when the conversation no longer exists."""
        self._conversation(conversation_id)
        self._history.update_settings(conversation_id, settings)
        return self.regenerate(conversation_id, listener)

    def retry_settings(
        self,
        conversation_id: int,
        *,
        less_thinking: bool,
        base: ChatSettings | None = None,
    ) -> ChatSettings | None:
        """Settings changed for a retry after thinking used the whole length limit: one step
        less thinking for the model (``less_thinking``), or no length limit. ``base``: what
        the empty answer was asked with (a version made with other settings), else the
        conversation's. None when there is nothing lower to offer. LookupError when the
        conversation is gone."""
        settings = self._conversation(conversation_id).settings if base is None else base
        params = settings.params
        if not less_thinking:
            return replace(settings, params=without_length_limit(params))
        model = self._models(settings.model)
        choices = model.thinking_choices if model is not None else None
        less = lower_thinking(params.reasoning, choices or ALL_CHOICES, params.max_tokens)
        return None if less is None else replace(settings, params=replace(params, reasoning=less))

    async def edit_and_resend(
        self,
        conversation_id: int,
        message_id: int,
        prompt: str,
        listener: Listener,
        attachments: Sequence[Attachment] | None = None,
    ) -> None:
        """A new version of a prompt of yours, asked again: the original and what followed
        it stay, one switch away. ``attachments``: the new version's (None: the original's
        are kept). KeyError if the message is gone."""
        conversation = self._conversation(conversation_id)
        original = self._history.get_message(message_id)
        if original is None or original.conversation_id != conversation_id:
            raise KeyError(message_id)
        kept = original.attachments if attachments is None else tuple(attachments)
        user = self._history.add_message(
            conversation_id, "user", prompt, parent=original.parent_id, attachments=kept
        )
        await self._answer(conversation, user, listener)

    def preview_request(
        self,
        conversation_id: int,
        settings: ChatSettings,
        draft: str,
        attachments: Sequence[Attachment] = (),
    ) -> tuple[str, dict[str, Any]]:
        """For "Show request…": the URL and the JSON body that sending ``draft`` (with
        ``attachments``) next, with ``settings``, would post, built as a send builds it
        (``next_request``, then the streaming body; files' bytes shown as placeholders).
        InvalidRequestError (plain message) when it could not be sent."""
        request = next_request(
            settings,
            self._history.messages(conversation_id),
            draft,
            self._models(settings.model),
            attachments=tuple(attachments),
        )
        return self.endpoint + "/chat/completions", build_chat_body(request, stream=True)

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
        settings: ChatSettings | None = None,
    ) -> None:
        self._retry_unsaved()
        settings = settings or conversation.settings  # (another's: for this version only)
        answer = self._history.add_message(
            conversation.id,
            "assistant",
            "",
            parent=user.id,  # (a regenerated answer: a new version beside the others)
            status=MessageStatus.STREAMING,
            settings=settings,
            model=settings.model,
        )
        turn = Turn(user, answer, self._history, self._checkpoint_interval, self._clock)
        turn.events.subscribe(listener)
        self.turns.publish(turn)
        turn.publish(TurnStarted(user, answer))
        earlier = [m for m in self._history.messages(conversation.id) if m.id < user.id]
        try:
            request = await self._build(settings, earlier, user)
        except asyncio.CancelledError:
            self._end(turn, MessageStatus.STOPPED, None, undo_prompt)
            raise
        except InvalidRequestError as refused:  # nothing sent: a plain failure, the prompt kept
            self._end(turn, MessageStatus.FAILED, refused, undo_prompt)
            return
        self._tell_gone(turn, request)
        turn.mark_sent()
        try:
            async with contextlib.aclosing(self._client.stream_chat(request)) as events:  # type: ignore[type-var]
                async for event in events:
                    turn.apply(event)
        except asyncio.CancelledError:
            self._end(turn, MessageStatus.STOPPED, None, undo_prompt)
            raise
        except OpenRouterError as error:
            self._end(turn, MessageStatus.FAILED, error, undo_prompt)
            return
        except sqlite3.Error as error:  # the disk is full or the database went away
            log.error("Could not save the answer while it streamed: %s", error)
            self._storage_failed(turn)
            return
        self._end(turn, MessageStatus.COMPLETE, None, undo_prompt)

    async def _build(
        self, settings: ChatSettings, earlier: list[Message], user: Message
    ) -> ChatRequest:
        """The request for ``user``'s answer, its files read and encoded on a worker thread
        (megabytes of them would stall the window). Raises ``FilesTooLargeError`` before
        reading anything past the limit, ``AttachmentMissingError`` when the prompt's own
        file is gone (an earlier prompt's becomes a note instead)."""
        refusal = files_too_large(carried_files(earlier, user.attachments))
        if refusal is not None:
            raise FilesTooLargeError("files too large", user_message=refusal)
        try:
            return await asyncio.to_thread(
                next_request,
                settings,
                earlier,
                user.content,
                self._models(settings.model),
                attachments=user.attachments,
                read=self._read,
            )
        except BlobMissingError as gone:
            raise AttachmentMissingError(
                "attachment missing", user_message=gone.user_message
            ) from None

    def _tell_gone(self, turn: Turn, request: ChatRequest) -> None:
        """Say once per conversation that an earlier file is gone and went as a note."""
        conversation = turn.user.conversation_id
        for item in request.missing:
            if (conversation, item.digest) in self._told_gone:
                continue
            self._told_gone.add((conversation, item.digest))
            text = translate(
                "chat",
                "The file “{name}” is no longer in Switchboard's data folder, so the "
                "model was told it is no longer available. Attach it again if the model "
                "needs it.",
            ).format(name=item.name)
            turn.publish(TurnNotice(turn.message.id, text))

    def _read(self, attachment: Attachment) -> bytes:
        """An attachment's bytes for the request; BlobMissingError when they are gone."""
        if self._blobs is None:
            raise BlobMissingError(attachment.name)
        return self._blobs.get(attachment.digest, attachment.name)

    def _storage_failed(self, turn: Turn) -> None:
        """Saving failed mid-answer: stop there, show what arrived, and say why plainly."""
        turn.cancel_checkpoint()
        problem = StorageError(
            "history write failed",
            user_message=translate(
                "chat",
                "Switchboard could not save this answer (the disk may be full), so it stopped "
                "here. What arrived is shown; free some space, then press Retry.",
            ),
        )
        message = turn.message.with_changes(
            content=turn.text, status=MessageStatus.FAILED, error=problem.user_message
        )
        try:
            message = turn.finish(MessageStatus.FAILED, problem)
        except sqlite3.Error:
            turn.end(MessageStatus.FAILED)
            self._unsaved.append((turn, problem))  # written at the next turn, once space is back
        turn.publish(TurnFinished(message, problem))

    def _retry_unsaved(self) -> None:
        pending, self._unsaved = self._unsaved, []
        for turn, problem in pending:
            try:
                turn.finish(MessageStatus.FAILED, problem)
            except sqlite3.Error:
                self._unsaved.append((turn, problem))

    def _end(
        self,
        turn: Turn,
        status: MessageStatus,
        error: OpenRouterError | None,
        undo_prompt: bool,
    ) -> None:
        turn.cancel_checkpoint()
        user = turn.user
        arrived = turn.text or turn.reasoning or turn.reasoning_details or turn.did_paid_work
        if status is not MessageStatus.COMPLETE and not arrived and undo_prompt:
            # Nothing arrived: take the turn back so retrying does not duplicate the prompt.
            # (Thinking, a PDF read or a search that arrived was billed: it stays, with the
            # answer it became, to be booked.)
            self._history.delete_messages_from(user.conversation_id, user.id)
            turn.end(status)
            turn.publish(
                TurnUndone(user.id, turn.message.id, user.content, error, user.attachments)
            )
            return
        if status is MessageStatus.COMPLETE and turn.finish_reason is None and not turn.finished:
            status = MessageStatus.FAILED
        message = turn.finish(status, error)
        turn.publish(TurnFinished(message, error))

    # -- versions ---------------------------------------------------------------------------

    def show_version(self, message_id: int) -> list[Message] | None:
        """Show this version in place of its siblings; returns it and what follows it on
        screen now (what a view draws again). None while an answer of that conversation is
        being written (the branch on screen is the one it answers). KeyError if it is gone."""
        message = self._history.get_message(message_id)
        if message is None:
            raise KeyError(message_id)
        if self._history.is_streaming(message.conversation_id):
            return None
        self._history.show_version(message_id)
        return self._history.branch_from(message_id)

    def delete_version(self, message_id: int) -> TakenVersion | None:
        """Delete this version and everything that followed it; the newest version left shows
        in its place. Returns what was taken (for ``restore_version``, Undo for the session),
        None while an answer of that conversation is being written. The cost ledger keeps its
        rows. KeyError if it is gone."""
        message = self._history.get_message(message_id)
        if message is None:
            raise KeyError(message_id)
        if self._history.is_streaming(message.conversation_id):
            return None
        taken = self._history.take_out_version(message_id)
        self._deleted.setdefault(taken.conversation_id, []).append(taken)
        return taken

    def deleted_versions(self, conversation_id: int) -> list[TakenVersion]:
        """The versions of this conversation deleted in this session and not brought back,
        newest last: what Undo offers (a tab closed and opened again offers it still)."""
        return list(self._deleted.get(conversation_id, ()))

    def restore_version(self, taken: TakenVersion) -> list[Message] | None:
        """Undo ``delete_version``: the version and what followed it come back as they were,
        shown again. Returns it and what follows it on screen; None while an answer of that
        conversation is being written. KeyError when what it followed is gone too."""
        if self._history.is_streaming(taken.conversation_id):
            return None
        try:
            self._history.put_back(taken)
        finally:  # back, or never coming back: Undo offers it no more
            left = self._deleted.get(taken.conversation_id, [])
            if taken in left:
                left.remove(taken)
        return self._history.branch_from(taken.message_id)
