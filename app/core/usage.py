"""Token counts and billed cost of one generation."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Usage:
    """What one request used. ``cost`` is None when the server did not say (not zero)."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    cost: Decimal | None = None
    reasoning_tokens: int | None = None
    cached_tokens: int | None = None
    is_byok: bool = False
