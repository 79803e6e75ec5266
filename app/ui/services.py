"""What the window is given once it may do real work (``MainWindow.attach``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.conversations import ConversationService

if TYPE_CHECKING:
    from app.services.account import AccountService
    from app.services.catalogue import CatalogueService
    from app.services.chat import ChatService
    from app.services.compare import CompareService
    from app.services.costs import CostService
    from app.services.presets import PresetService
    from app.store.history import HistoryStore
    from app.store.settings_file import AppSettings


@dataclass(frozen=True)
class Services:
    """The history, the services and the settings the window works with (built by
    ``app.main``). ``conversations`` is made from the history and comparisons when not given.
    Without ``costs`` there is no meter or spending guard; without ``account`` no Settings."""

    history: HistoryStore
    chat: ChatService
    settings: AppSettings
    catalogue: CatalogueService
    presets: PresetService
    compare: CompareService | None = None
    costs: CostService | None = None
    account: AccountService | None = None
    data_folder: Path | None = None
    conversations: ConversationService | None = None

    def __post_init__(self) -> None:
        if self.conversations is None:
            comparisons = self.compare.store if self.compare is not None else None
            made = ConversationService(self.history, comparisons)
            object.__setattr__(self, "conversations", made)

    @property
    def use_cases(self) -> ConversationService:
        assert self.conversations is not None  # made in __post_init__
        return self.conversations
