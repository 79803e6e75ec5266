"""What the window is given once it may do real work (``MainWindow.attach``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.history import WindowHistory
    from app.core.settings import AppSettings
    from app.services.account import AccountService
    from app.services.attachments import AttachmentService
    from app.services.catalogue import CatalogueService
    from app.services.chat import ChatService
    from app.services.compare import CompareService
    from app.services.conversations import ConversationService
    from app.services.costs import CostService
    from app.services.presets import PresetService
    from app.services.prompt_sets import PromptSetService


@dataclass(frozen=True)
class Services:
    """The history, the services and the settings the window works with (built by
    ``app.main``). Without ``costs`` there is no meter or spending guard; without
    ``account`` no Settings; without
    ``attachments`` nothing can be attached."""

    history: WindowHistory
    conversations: ConversationService
    chat: ChatService
    settings: AppSettings
    catalogue: CatalogueService
    presets: PresetService
    compare: CompareService | None = None
    costs: CostService | None = None
    account: AccountService | None = None
    data_folder: Path | None = None
    prompt_sets: PromptSetService | None = None  # prompt sets and their runs
    attachments: AttachmentService | None = None  # reads attached files (none: none attach)
