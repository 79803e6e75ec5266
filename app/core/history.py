"""The history as the views read it: the rows of the library and the reads a view makes.

``app.store.history.HistoryStore`` and ``app.store.comparisons.ComparisonStore`` satisfy
these protocols (checked by mypy where the window hands a store to a view), so views type
against them and the UI never imports the store. Pure: no I/O here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from app.core.conversation import ChatSettings, Conversation, Message


@dataclass(frozen=True, slots=True)
class ConversationSummary:
    """One row of the conversation list."""

    id: int
    title: str
    updated_at: float
    message_count: int
    preview: str  # where the search matched, or else the last message


@dataclass(frozen=True, slots=True)
class ComparisonSummary:
    """One row of the comparison list."""

    id: int
    title: str
    updated_at: float
    labels: tuple[str, ...]  # the columns' labels, in order
    blind: bool
    revealed: bool
    preview: str  # where the search matched, or else the latest prompt


class ConversationHistory(Protocol):
    """What a chat view, a comparison view and the library read of the stored conversations
    (changes go through the services)."""

    def get_conversation(self, conversation_id: int) -> Conversation | None: ...

    def list_conversations(
        self, query: str = "", limit: int = 500
    ) -> list[ConversationSummary]: ...

    def messages(self, conversation_id: int) -> list[Message]: ...

    def last_messages(self, conversation_id: int, n: int) -> list[Message]: ...

    def messages_before(self, conversation_id: int, before_id: int, n: int) -> list[Message]: ...

    def count_messages(self, conversation_id: int) -> int: ...

    def versions(self, conversation_id: int) -> dict[int, tuple[int, ...]]: ...


class WindowHistory(ConversationHistory, Protocol):
    """What the window itself keeps in the history: a tab's settings and its own state
    (which tabs were open)."""

    def update_settings(self, conversation_id: int, settings: ChatSettings) -> None: ...

    def get_state(self, key: str) -> Any | None: ...

    def set_state(self, key: str, value: Any) -> None: ...


class ComparisonList(Protocol):
    """What the library reads of the stored comparisons."""

    def list(self, query: str = "", limit: int = 500) -> list[ComparisonSummary]: ...
