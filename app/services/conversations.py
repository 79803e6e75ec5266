"""Conversation use cases: create, open, close-if-empty, rename, delete, import and export.

The window asks; this decides and does. Failures a person can act on are raised as
``ConversationError`` with a plain-language ``user_message``; slow work (reading and parsing
an import, its one transaction, formatting and writing an export) runs on a worker thread."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Literal

from app.core.conversation import ChatSettings, Conversation, Message
from app.core.cost import estimate_cost, estimate_prompt_tokens
from app.core.export import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_MESSAGES,
    ImportedConversation,
    ImportFormatError,
    ThinkingMessage,
    comparison_to_markdown,
    parse_conversation,
    to_markdown,
    to_openai_json,
    too_large_error,
)
from app.core.messages import ChatMessage
from app.core.models import ModelInfo
from app.core.params import SPECS_BY_NAME
from app.store.blobs import BlobMissingError, BlobStore
from app.store.comparisons import Comparison, ComparisonStore
from app.store.database import write_problem
from app.store.files import UnsuitableFileError, read_regular_file, write_text_atomic
from app.store.history import HistoryStore

from .threads import off_thread

ExportKind = Literal["md", "json"]
RENAME_MAX = 200  # characters of a title a person types (the tab shows fewer)
FORK_SUFFIX = " (continued)"


class ConversationError(Exception):
    """A use case could not be done; ``user_message`` says what happened and what to do."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True)
class ImportResult:
    """The conversation an import made, and what to tell the person about it."""

    conversation: Conversation
    notes: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return " ".join([f"Imported “{self.conversation.title}”.", *self.notes])


def import_limits() -> str:
    """What an import accepts, for the file dialog's title."""
    return f"up to {MAX_IMPORT_BYTES // (1024 * 1024)} MB, {MAX_IMPORT_MESSAGES:,} messages"


def clean_title(title: str) -> str:
    """A typed title on one line, at most RENAME_MAX characters ("" when nothing is left)."""
    return " ".join(title.split())[:RENAME_MAX].strip()


def export_file_name(title: str, kind: ExportKind) -> str:
    """The file name offered for an export: the title's letters, digits, spaces, - and _."""
    safe = "".join(c for c in title if c.isalnum() or c in " -_").strip()
    return f"{safe or 'conversation'}{'.md' if kind == 'md' else '.json'}"


@dataclass(frozen=True)
class ForkPlan:
    """What "Continue in a new tab" from a message would copy: the branch on screen up to
    and including it (``messages``), and how the last turns of it can be taken instead."""

    conversation: Conversation
    message_id: int
    messages: tuple[Message, ...]

    @property
    def turns(self) -> int:
        """How many turns it holds (a turn starts at a prompt of yours)."""
        return sum(1 for m in self.messages if m.role == "user")

    def kept(self, last_turns: int | None = None) -> tuple[Message, ...]:
        """The messages copied: all of them, or only the last ``last_turns`` turns (the
        same rule as ``HistoryStore.copy_conversation``)."""
        if last_turns is None:
            return self.messages
        prompts = [at for at, m in enumerate(self.messages) if m.role == "user"]
        if len(prompts) <= max(last_turns, 1):
            return self.messages
        return self.messages[prompts[-max(last_turns, 1)] :]

    def context(
        self, last_turns: int | None = None, model: ModelInfo | None = None
    ) -> tuple[int, Decimal | None]:
        """About how many tokens the copied context is (with the system prompt), and what
        sending it costs at ``model``'s prompt price: the part of every later message's cost
        that is the context resent (None when the price is unknown)."""
        settings = self.conversation.settings
        sent: list[ChatMessage] = []
        if settings.system_prompt.strip():
            sent.append(ChatMessage("system", settings.system_prompt))
        sent.extend(ChatMessage(m.role, m.content) for m in self.kept(last_turns))
        tokens = estimate_prompt_tokens(sent)
        return tokens, estimate_cost(model, tokens, 0)


def fork_title(title: str) -> str:
    """The title of a conversation continued in a new tab ("Plan (continued)", once)."""
    base = title[: -len(FORK_SUFFIX)] if title.endswith(FORK_SUFFIX) else title
    return clean_title(base)[: RENAME_MAX - len(FORK_SUFFIX)] + FORK_SUFFIX


class ConversationService:
    """Use cases on conversations (and on comparisons, where the library treats them alike)."""

    def __init__(
        self,
        history: HistoryStore,
        comparisons: ComparisonStore | None = None,
        *,
        blobs: BlobStore | None = None,
    ) -> None:
        self._history = history
        self._comparisons = comparisons
        self._blobs = blobs  # attachments' bytes: exported with them, imported into it

    # -- one at a time -----------------------------------------------------------------------

    def create(self) -> Conversation:
        return self._history.create_conversation()

    def get(self, conversation_id: int) -> Conversation | None:
        return self._history.get_conversation(conversation_id)

    def get_comparison(self, comparison_id: int) -> Comparison | None:
        return self._comparisons.get(comparison_id) if self._comparisons else None

    def close_if_empty(self, conversation_id: int) -> bool:
        """A tab closed: a conversation with no message leaves no trace. True if deleted."""
        if self._history.count_messages(conversation_id):
            return False
        self._history.delete_conversation(conversation_id)
        return True

    def rename(self, conversation_id: int, title: str) -> str | None:
        """Give the conversation the title typed (cleaned); None (nothing changed) if blank."""
        cleaned = clean_title(title)
        if not cleaned:
            return None
        self._history.rename_conversation(conversation_id, cleaned)
        return cleaned

    def update_settings(self, conversation_id: int, settings: ChatSettings) -> bool:
        """Keep the settings edited for this conversation (its next send uses them). False
        (nothing stored) when the conversation no longer exists."""
        if self._history.get_conversation(conversation_id) is None:
            return False
        self._history.update_settings(conversation_id, settings)
        return True

    def delete(self, conversation_id: int) -> None:
        """The conversation and all its messages."""
        self._history.delete_conversation(conversation_id)

    def delete_comparison(self, comparison_id: int) -> None:
        """The comparison, its columns' conversations and all their answers."""
        if self._comparisons is not None:
            self._comparisons.delete(comparison_id)

    # -- continue in a new tab ---------------------------------------------------------------

    def fork_plan(self, conversation_id: int, message_id: int) -> ForkPlan | None:
        """What continuing from ``message_id`` would copy; None when the conversation is
        gone or the message is no longer on its branch on screen."""
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            return None
        branch = self._history.messages(conversation_id)
        end = next((at + 1 for at, m in enumerate(branch) if m.id == message_id), 0)
        if not end:
            return None
        return ForkPlan(conversation, message_id, tuple(branch[:end]))

    def fork(
        self, conversation_id: int, message_id: int, last_turns: int | None = None
    ) -> Conversation:
        """A new conversation (same settings, titled "… (continued)") holding a copy of the
        branch on screen up to ``message_id``, or only its last ``last_turns`` turns; the
        ledger is not copied. ConversationError when there is nothing to continue from."""
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            raise ConversationError("This conversation no longer exists.")
        try:
            return self._history.copy_conversation(
                conversation_id,
                fork_title(conversation.title),
                upto=message_id,
                last_turns=last_turns,
            )
        except KeyError as error:
            raise ConversationError(
                "This message is no longer shown in the conversation. Nothing was copied."
            ) from error
        except sqlite3.Error as error:
            raise ConversationError(
                f"Could not save the new conversation: {write_problem(error)}."
            ) from error

    # -- import ------------------------------------------------------------------------------

    async def import_file(self, path: Path) -> ImportResult:
        """Read, check and store a conversation file in one transaction (on a worker thread).
        ConversationError (nothing imported) when the file or the history says no."""
        try:
            imported = await off_thread(read_conversation, path)
        except ImportFormatError as error:
            raise ConversationError(error.user_message) from error
        except OSError as error:
            raise ConversationError(
                f"Could not read {path.name}: {error.strerror or error}. Nothing was imported."
            ) from error
        try:
            imported, left_out = await off_thread(self._keep_files, imported)
        except OSError as error:
            raise ConversationError(
                f"Could not save the attached files: {error.strerror or error}. "
                "Nothing was imported."
            ) from error
        try:
            conversation = await off_thread(
                self._history.import_conversation,
                imported.title,
                imported.settings,
                imported.messages,
                imported.tree,
            )
        except sqlite3.Error as error:  # a full disk, a locked database: one transaction, undone
            raise ConversationError(
                "Could not save the imported conversation to your history: "
                f"{write_problem(error)}. Nothing was imported."
            ) from error
        return ImportResult(conversation, _import_notes(imported, left_out))

    def _keep_files(self, imported: ImportedConversation) -> tuple[ImportedConversation, int]:
        """Store the import's attached files (before its messages: no message may name a
        file that is not there); an attachment whose bytes are neither in the file nor kept
        already is left out. Returns the import as it will be stored and how many were left
        out. OSError when a file cannot be written."""
        blobs = self._blobs
        files = imported.files or {}
        if blobs is not None:
            for data in files.values():
                blobs.put(data)
        left_out = 0
        messages: list[ChatMessage] = []
        for message in imported.messages:
            attached = getattr(message, "attachments", ())
            kept = tuple(a for a in attached if blobs is not None and blobs.has(a.digest))
            left_out += len(attached) - len(kept)
            if isinstance(message, ThinkingMessage) and len(kept) != len(attached):
                message = replace(message, attachments=kept)
            messages.append(message)
        return replace(imported, messages=messages, files=None), left_out

    # -- export ------------------------------------------------------------------------------

    async def export(self, conversation_id: int, path: Path, kind: ExportKind = "json") -> None:
        """Write the conversation to ``path`` as Markdown ("md") or OpenAI-style JSON,
        atomically, on a worker thread. ConversationError when it cannot be written."""
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            raise ConversationError("This conversation no longer exists. Nothing was exported.")
        messages = self._history.messages(conversation_id)  # the branch on screen
        tree = self._history.version_tree(conversation_id) if kind == "json" else None

        def write() -> None:
            if kind == "md":
                text = to_markdown(conversation, messages)
            else:
                files = self._files(tree.messages if tree is not None else messages)
                data = to_openai_json(conversation, messages, tree, files)
                text = json.dumps(data, indent=2, ensure_ascii=False)
            write_text_atomic(path, text)

        await _write_export(write)

    def _files(self, messages: Sequence[Message]) -> dict[str, bytes]:
        """The bytes of every attachment of ``messages`` still kept, by digest (blocking)."""
        files: dict[str, bytes] = {}
        if self._blobs is None:
            return files
        for message in messages:
            for attachment in message.attachments:
                if attachment.digest not in files:
                    try:
                        files[attachment.digest] = self._blobs.get(attachment.digest)
                    except BlobMissingError:
                        continue  # listed without its bytes: the import leaves it out
        return files

    async def export_comparison(self, comparison_id: int, path: Path) -> None:
        """Write the comparison (every column side by side) to ``path`` as Markdown."""
        comparison = self.get_comparison(comparison_id)
        if comparison is None or self._comparisons is None:
            raise ConversationError("This comparison no longer exists. Nothing was exported.")
        columns = [
            (c.label, c.settings, self._history.messages(c.conversation_id))
            for c in self._comparisons.columns(comparison_id)
        ]

        def write() -> None:
            write_text_atomic(path, comparison_to_markdown(comparison, columns))

        await _write_export(write)


def read_conversation(path: Path) -> ImportedConversation:
    """Read and check a conversation file (on a worker thread). ImportFormatError for any
    content we cannot use; OSError when the file cannot be read at all."""
    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)  # not a pipe, a device or 100 MB
    except UnsuitableFileError:
        if path.is_file():
            raise too_large_error() from None
        raise ImportFormatError("it is not an ordinary file") from None
    return parse_conversation(raw)


def _import_notes(imported: ImportedConversation, left_out: int = 0) -> list[str]:
    said: list[str] = []
    if left_out == 1:
        said.append("One attached file was left out: the file did not contain it.")
    elif left_out:
        said.append(f"{left_out} attached files were left out: the file did not contain them.")
    if imported.dropped_params:
        names = [SPECS_BY_NAME[name].label for name in imported.dropped_params]
        if len(names) == 1:
            said.append(f"{names[0]} was left out: its value in the file cannot be sent.")
        else:
            listed = ", ".join(names[:-1]) + " and " + names[-1]
            said.append(f"{listed} were left out: their values in the file cannot be sent.")
    if imported.folded_system_messages:
        count = imported.folded_system_messages
        what, were = ("system messages", "were") if count > 1 else ("system message", "was")
        said.append(
            f"{count} {what} from later in the conversation {were} added to its system prompt."
        )
    return said


async def _write_export(write: Callable[[], None]) -> None:
    try:
        await off_thread(write)
    except OSError as error:
        raise ConversationError(f"Could not save the export: {error.strerror or error}.") from error
