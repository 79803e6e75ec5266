"""Token counts and billed cost of one generation."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

# The largest token count believed (a trillion: far beyond any context window, far below
# SQLite's 2**63 and a float's exact 2**53). Larger or negative counts are unknown (None).
MAX_TOKENS = 10**12
MAX_SECONDS = 10.0**7  # durations (latency, elapsed): about 115 days
MAX_TIMESTAMP = 32_503_680_000.0  # 1 January 3000: the last moment every platform can show


def checked_count(value: object, maximum: int = MAX_TOKENS) -> int | None:
    """A whole number from outside (JSON, a database row) if it is one and 0 ≤ n ≤ maximum;
    integral floats count (``12.0``); bools, fractions, NaN and infinities do not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():  # False for NaN and the infinities too
            return None
        value = int(value)
    if not isinstance(value, int):
        return None
    return value if 0 <= value <= maximum else None


def checked_timestamp(value: object) -> float:
    """A stored Unix time that every platform's ``localtime`` accepts; an impossible one
    (negative, past the year 3000, not a number) reads as 0.0, the epoch."""
    return checked_float(value, MAX_TIMESTAMP) or 0.0


def checked_float(value: object, maximum: float) -> float | None:
    """A finite number from outside with 0 ≤ x ≤ maximum, as a float; else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, int) and not 0 <= value <= maximum:
        return None
    number = float(value)
    return number if math.isfinite(number) and 0 <= number <= maximum else None


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
    web_searches: int | None = None  # searches the server ran (and billed) for it
