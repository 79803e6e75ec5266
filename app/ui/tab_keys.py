"""What names a tab: a typed key, and the open tabs as the history's state remembers them.

Qt-free. Older versions saved ``{"ids": ["12", "c:3"], "active": "12"}`` (a comparison as
``"c:ID"``); that still loads. Saved now: ``{"tabs": [["chat", 12], ["compare", 3], ["run", 2]],
"active": ["chat", 12]}`` (a prompt-set run as ``"run"``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, NamedTuple

TabKind = Literal["chat", "compare", "run"]
KINDS: tuple[TabKind, ...] = ("chat", "compare", "run")
OPEN_TABS_KEY = "open_tabs"  # in the history's state


class TabKey(NamedTuple):
    kind: TabKind
    id: int

    @classmethod
    def chat(cls, conversation_id: int) -> TabKey:
        return cls("chat", conversation_id)

    @classmethod
    def compare(cls, comparison_id: int) -> TabKey:
        return cls("compare", comparison_id)

    @classmethod
    def run(cls, run_id: int) -> TabKey:
        """A prompt-set run's results."""
        return cls("run", run_id)

    def saved(self) -> list[Any]:
        return [self.kind, self.id]


class SavedTabs(NamedTuple):
    keys: list[TabKey]
    active: TabKey | None


def parse_key(value: object) -> TabKey | None:
    """A saved key, in either format; None for anything else."""
    if isinstance(value, list | tuple) and len(value) == 2:
        kind, ident = value
        if kind in KINDS and _is_id(ident):
            return TabKey(kind, ident)
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):  # the oldest format: a bare conversation id
        return TabKey.chat(value) if value > 0 else None
    if isinstance(value, str):
        saved_kind: TabKind = "compare" if value.startswith("c:") else "chat"
        digits = value.removeprefix("c:")
        if digits.isascii() and digits.isdigit() and int(digits) > 0:
            return TabKey(saved_kind, int(digits))
    return None


def load_tabs(state: object) -> SavedTabs:
    """The open tabs from the history's state (either format; junk is skipped)."""
    if not isinstance(state, dict):
        return SavedTabs([], None)
    raw = state.get("tabs", state.get("ids", []))
    keys = [key for key in map(parse_key, raw if isinstance(raw, list) else []) if key]
    return SavedTabs(keys, parse_key(state.get("active")))


def save_tabs(keys: Sequence[TabKey], active: TabKey | None) -> dict[str, Any]:
    return {"tabs": [key.saved() for key in keys], "active": active.saved() if active else None}


def _is_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0
