"""Money is Decimal end to end: prices arrive as decimal strings per token."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

MILLION = Decimal(1_000_000)


def parse_price(value: object) -> Decimal | None:
    """Read an OpenRouter price (a decimal string in USD per token); None when absent or bad.

    Floats are accepted only through their shortest repr, so 0.62e-6 stays 0.00000062.
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        price = Decimal(value) if isinstance(value, str) else Decimal(repr(value))
    except (InvalidOperation, ValueError):
        return None
    return price if price.is_finite() and price >= 0 else None


def per_million(price_per_token: Decimal) -> Decimal:
    return price_per_token * MILLION


def format_usd(amount: Decimal | None) -> str:
    """Show an amount the way a person reads a bill: $0.00093, < $0.0001, free, unknown."""
    if amount is None:
        return "unknown"
    if amount == 0:
        return "free"
    if amount < Decimal("0.0001"):
        return "< $0.0001"
    if amount < 1:
        # Two significant digits: $0.00093, $0.0015, $0.12, $0.50.
        places = max(2, 1 - amount.adjusted())
        return f"${amount:.{places}f}"
    return f"${amount:,.2f}"
