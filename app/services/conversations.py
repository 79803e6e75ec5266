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
from typing import TYPE_CHECKING, Literal

from app.core.attachments import Attachment
from app.core.conversation import ChatSettings, Conversation, Message
from app.core.cost import attachment_cost, attachment_tokens, estimate_cost, estimate_prompt_tokens
from app.core.i18n import translate
from app.core.messages import ChatMessage
from app.core.models import ModelInfo
from app.core.params import SPECS_BY_NAME
from app.store.blobs import BlobMissingError, BlobStore
from app.store.comparisons import Comparison, ComparisonStore
from app.store.database import write_problem
from app.store.files import UnsuitableFileError, read_regular_file, write_text_atomic
from app.store.history import HistoryStore

from .attachments import AttachmentError, AttachmentService, Downscale
from .threads import off_thread

if TYPE_CHECKING:  # (the export module loads with the first export or import)
    from app.core.export import ImportedConversation

ExportKind = Literal["md", "json"]
RENAME_MAX = 200  # characters of a title a person types (the tab shows fewer)
FORK_SUFFIX = " (continued)"  # (English; fork_title uses the translated pattern)


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
        imported = translate("conversations", "Imported “{title}”.").format(
            title=self.conversation.title
        )
        return " ".join([imported, *self.notes])


def import_limits() -> str:
    """What an import accepts, for the file dialog's title."""
    from app.core.export import MAX_IMPORT_BYTES, MAX_IMPORT_MESSAGES

    return translate("conversations", "up to {size} MB, {messages} messages").format(
        size=MAX_IMPORT_BYTES // (1024 * 1024), messages=f"{MAX_IMPORT_MESSAGES:,}"
    )


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
        kept = self.kept(last_turns)
        sent.extend(ChatMessage(m.role, m.content) for m in kept)
        files = [a for m in kept if m.role == "user" for a in m.attachments]
        tokens = estimate_prompt_tokens(sent) + sum(attachment_tokens(a, model) for a in files)
        cost = estimate_cost(model, tokens, 0)
        if cost is not None:  # its images are sent again with every message too
            cost += sum((attachment_cost(model, a) for a in files if a.kind == "image"), Decimal(0))
        return tokens, cost


def fork_title(title: str) -> str:
    """The title of a conversation continued in a new tab ("Plan (continued)", once)."""
    before, _, after = translate("conversations", "{title} (continued)").partition("{title}")
    base = title
    for prefix, suffix in ((before, after), ("", FORK_SUFFIX)):  # (once, in either language)
        if (prefix or suffix) and base.startswith(prefix) and base.endswith(suffix):
            base = base[len(prefix) : len(base) - len(suffix)]
            break
    return before + clean_title(base)[: RENAME_MAX - len(before) - len(after)] + after


class ConversationService:
    """Use cases on conversations (and on comparisons, where the library treats them alike)."""

    def __init__(
        self,
        history: HistoryStore,
        comparisons: ComparisonStore | None = None,
        *,
        blobs: BlobStore | None = None,
        downscale: Downscale | None = None,
    ) -> None:
        self._history = history
        self._comparisons = comparisons
        self._blobs = blobs  # attachments' bytes: exported with them, imported into it
        # Imported pictures larger than MAX_IMAGE_SIDE are made smaller with it (the window
        # gives app.ui.image_scaling.downscale); without it they are kept as they are.
        self.downscale = downscale

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
            raise ConversationError(
                translate("conversations", "This conversation no longer exists.")
            )
        try:
            return self._history.copy_conversation(
                conversation_id,
                fork_title(conversation.title),
                upto=message_id,
                last_turns=last_turns,
            )
        except KeyError as error:
            raise ConversationError(
                translate(
                    "conversations",
                    "This message is no longer shown in the conversation. Nothing was copied.",
                )
            ) from error
        except sqlite3.Error as error:
            raise ConversationError(
                translate("conversations", "Could not save the new conversation: {reason}.").format(
                    reason=write_problem(error)
                )
            ) from error

    # -- import ------------------------------------------------------------------------------

    async def import_file(self, path: Path) -> ImportResult:
        """Read, check and store a conversation file in one transaction (on a worker thread).
        ConversationError (nothing imported) when the file or the history says no."""
        from app.core.export import ImportFormatError

        try:
            imported = await off_thread(read_conversation, path)
        except ImportFormatError as error:
            raise ConversationError(error.user_message) from error
        except OSError as error:
            raise ConversationError(
                translate(
                    "conversations", "Could not read {name}: {reason}. Nothing was imported."
                ).format(name=path.name, reason=error.strerror or error)
            ) from error
        try:
            imported, left_out = await off_thread(self._keep_files, imported)
        except OSError as error:
            raise ConversationError(
                translate(
                    "conversations",
                    "Could not save the attached files: {reason}. Nothing was imported.",
                ).format(reason=error.strerror or error)
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
                translate(
                    "conversations",
                    "Could not save the imported conversation to your history: "
                    "{reason}. Nothing was imported.",
                ).format(reason=write_problem(error))
            ) from error
        return ImportResult(conversation, _import_notes(imported, left_out))

    def _keep_files(self, imported: ImportedConversation) -> tuple[ImportedConversation, Left]:
        """Store the import's attached files (before its messages: no message may name a
        file that is not there), each through the same checks as a file attached by hand
        (what it is by its bytes, a picture's size, a PDF's pages, a text's encoding; a large
        picture made smaller). An attachment refused, or whose bytes are neither in the file
        nor kept already, is left out. Returns the import as it will be stored and what was
        left out. OSError when a file cannot be written."""
        from app.core.export import ThinkingMessage

        blobs = self._blobs
        files = imported.files or {}
        intake = AttachmentService(blobs, self.downscale) if blobs is not None else None
        checked: dict[tuple[str, str, str], Attachment | None] = {}
        left = Left()
        messages: list[ChatMessage] = []
        for message in imported.messages:
            attached: tuple[Attachment, ...] = getattr(message, "attachments", ())
            kept: list[Attachment] = []
            for attachment in attached:
                data = files.get(attachment.digest)
                if intake is None or (data is None and not intake.blobs.has(attachment.digest)):
                    left.missing += 1
                    continue
                if data is None:  # already here: checked when it came in
                    kept.append(attachment)
                    continue
                key = (attachment.digest, attachment.name, attachment.mime)
                if key not in checked:
                    checked[key] = _checked(intake, attachment, data)
                found = checked[key]
                if found is None:
                    left.refused += 1
                else:
                    kept.append(found)
            if isinstance(message, ThinkingMessage) and tuple(kept) != attached:
                message = replace(message, attachments=tuple(kept))
            messages.append(message)
        return replace(imported, messages=messages, files=None), left

    # -- export ------------------------------------------------------------------------------

    async def export(self, conversation_id: int, path: Path, kind: ExportKind = "json") -> None:
        """Write the conversation to ``path`` as Markdown ("md") or OpenAI-style JSON,
        atomically, on a worker thread. ConversationError when it cannot be written."""
        conversation = self._history.get_conversation(conversation_id)
        if conversation is None:
            raise ConversationError(
                translate(
                    "conversations", "This conversation no longer exists. Nothing was exported."
                )
            )
        messages = self._history.messages(conversation_id)  # the branch on screen
        tree = self._history.version_tree(conversation_id) if kind == "json" else None

        def write() -> None:
            from app.core.export import to_markdown, to_openai_json

            if kind == "md":
                text = to_markdown(conversation, messages)
            else:
                every = tree.messages if tree is not None else messages
                _check_importable(_base64_size(_attachment_sizes(every)))  # before reading them
                files = self._files(every)
                data = to_openai_json(conversation, messages, tree, files)
                text = json.dumps(data, indent=2, ensure_ascii=False)
                _check_importable(len(text.encode("utf-8")))
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
            raise ConversationError(
                translate(
                    "conversations", "This comparison no longer exists. Nothing was exported."
                )
            )
        columns = [
            (c.label, c.settings, self._history.messages(c.conversation_id))
            for c in self._comparisons.columns(comparison_id)
        ]

        def write() -> None:
            from app.core.export import comparison_to_markdown

            write_text_atomic(path, comparison_to_markdown(comparison, columns))

        await _write_export(write)


def read_conversation(path: Path) -> ImportedConversation:
    """Read and check a conversation file (on a worker thread). ImportFormatError for any
    content we cannot use; OSError when the file cannot be read at all."""
    from app.core.export import (
        MAX_IMPORT_BYTES,
        ImportFormatError,
        parse_conversation,
        too_large_error,
    )

    try:
        raw = read_regular_file(path, MAX_IMPORT_BYTES)  # not a pipe, a device or 100 MB
    except UnsuitableFileError:
        if path.is_file():
            raise too_large_error() from None
        raise ImportFormatError(translate("conversations", "it is not an ordinary file")) from None
    return parse_conversation(raw)


@dataclass
class Left:
    """Attachments an import left out: not in the file, or refused by the intake's checks."""

    missing: int = 0
    refused: int = 0


def _checked(intake: AttachmentService, attachment: Attachment, data: bytes) -> Attachment | None:
    """``attachment`` as the intake reads its bytes (stored, maybe made smaller); None when
    the intake refuses them or finds another kind than the file said."""
    try:
        found = intake.read_bytes(attachment.name, data, attachment.mime)
    except AttachmentError:
        return None
    if found.kind != attachment.kind:
        return None
    if found.original_width is None and found.digest == attachment.digest:
        # (made smaller before it was exported: that size is still worth saying)
        found = replace(
            found,
            original_width=attachment.original_width,
            original_height=attachment.original_height,
        )
    return found


def _attachment_sizes(messages: Sequence[Message]) -> dict[str, int]:
    """The size of every attachment of ``messages``, once per file."""
    return {a.digest: a.size for m in messages for a in m.attachments}


def _base64_size(sizes: dict[str, int]) -> int:
    return sum(4 * -(-size // 3) for size in sizes.values())


def _check_importable(size: int) -> None:
    """An export Switchboard could not import again is refused (review of #18, 12): its
    attached files, in base64, would pass the import's limit."""
    from app.core.export import MAX_IMPORT_BYTES

    if size <= MAX_IMPORT_BYTES:
        return
    megabytes = -(-size // (1024 * 1024))
    limit = MAX_IMPORT_BYTES // (1024 * 1024)
    raise ConversationError(
        translate(
            "conversations",
            "This conversation with its attached files would make a file of about {size} MB, "
            "more than the {limit} MB Switchboard can import again, so nothing was exported. "
            "Export it as Markdown instead (the files are then named but not included).",
        ).format(size=megabytes, limit=limit)
    )


def _import_notes(imported: ImportedConversation, left: Left | None = None) -> list[str]:
    said: list[str] = []
    left = left or Left()
    if left.missing:
        said.append(
            translate(
                "conversations",
                "%n attached files were left out: the file did not contain them.",
                "one: One attached file was left out: the file did not contain it.",
                left.missing,
            )
        )
    if left.refused:
        said.append(
            translate(
                "conversations",
                "%n attached files were left out: they are damaged, too large, or not what "
                "their names say.",
                "one: One attached file was left out: it is damaged, too large, or not what its "
                "name says.",
                left.refused,
            )
        )
    if imported.dropped_params:
        said.append(_dropped_sentence(imported.dropped_params))
    if imported.folded_system_messages:
        said.append(
            translate(
                "conversations",
                "%n system messages from later in the conversation were added to its system "
                "prompt.",
                "one: %n system message from later in the conversation was added to its system "
                "prompt.",
                imported.folded_system_messages,
            )
        )
    return said


def _dropped_sentence(dropped: Sequence[str]) -> str:
    """Which parameters an import left out, by their labels (as the dock shows them)."""
    names = [translate("params", SPECS_BY_NAME[name].label) for name in dropped]
    if len(names) == 1:
        return translate(
            "conversations", "{name} was left out: its value in the file cannot be sent."
        ).format(name=names[0])
    listed = translate("conversations", "{names} and {last}").format(
        names=", ".join(names[:-1]), last=names[-1]
    )
    return translate(
        "conversations", "{names} were left out: their values in the file cannot be sent."
    ).format(names=listed)


async def _write_export(write: Callable[[], None]) -> None:
    try:
        await off_thread(write)
    except OSError as error:
        raise ConversationError(
            translate("conversations", "Could not save the export: {reason}.").format(
                reason=error.strerror or error
            )
        ) from error
