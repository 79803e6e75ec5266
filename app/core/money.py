"""Money is Decimal end to end: prices arrive as decimal strings per token.

Every amount that comes from a server, a file or the database is range-checked where it
enters: outside the named limits below it is unknown (None), never kept raw. No real figure
comes near them; they are there so that a broken or hostile server cannot make a figure that
crashes arithmetic or formatting (``Decimal("1e30").quantize(...)`` raises).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .i18n import english_number, local_money, translate

MILLION = Decimal(1_000_000)
SMALLEST_SHOWN = Decimal("1e-9")  # below this a figure reads "< $0.000000001"
_CENT = Decimal("0.01")

MAX_PRICE_PER_TOKEN = Decimal(1_000)  # USD per token (real prices are below $0.001)
MAX_REQUEST_COST = Decimal(1_000_000)  # USD for one request: a billed cost, a per-request price
MAX_ACCOUNT_AMOUNT = Decimal(1_000_000_000)  # USD: a key's limit, usage or credits
MAX_SHOWN = Decimal(10) ** 15  # format_usd shows "unknown" beyond this (a sum of bad rows)


def parse_price(value: object, *, maximum: Decimal | None = None) -> Decimal | None:
    """Read an OpenRouter price (a decimal string in USD per token); None when absent or bad.

    Floats are accepted only through their shortest repr, so 0.62e-6 stays 0.00000062.
    With ``maximum``, anything above it is None too (see the module docstring).
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, Decimal):
            price = value
        elif isinstance(value, str):
            price = Decimal(value.strip()) if len(value) <= 100 else Decimal("NaN")
        elif isinstance(value, int | float):
            price = Decimal(repr(value))
        else:
            return None
    except (InvalidOperation, ValueError):
        return None
    if not price.is_finite() or price < 0:
        return None
    return None if maximum is not None and price > maximum else price


def parse_cost(value: object) -> Decimal | None:
    """The cost of one request (``usage.cost``, a generation's ``total_cost``, a stored
    figure): 0 to ``MAX_REQUEST_COST`` dollars, else None (unknown)."""
    return parse_price(value, maximum=MAX_REQUEST_COST)


def parse_amount(value: object, *, typed: bool = False) -> Decimal | None:
    """An amount a settings file holds or a person typed (``"1.50"``, ``"$1,000"``, ``2``):
    None when absent, garbage, negative or not finite. Never rounds.

    A file is always written the English way, whatever the language; only what a person
    ``typed`` is read the locale's way too (``"1,50 $"`` where a comma marks the cents).
    """
    if isinstance(value, str):
        value = value.strip().removeprefix("$").strip().removesuffix("$")
        value = (english_number(value) if typed else value).strip().replace(",", "")
        if not value:
            return None
    if isinstance(value, Decimal):
        return value if value.is_finite() and value >= 0 else None
    return parse_price(value)


def per_million(price_per_token: Decimal) -> Decimal:
    return price_per_token * MILLION


def format_usd(amount: Decimal | None, *, compact: bool = False) -> str:
    """Show an amount the way a person reads a bill: $0.00093, $0.000042, free, unknown.

    Under a dollar: two significant digits ($0.000042, $0.00093, $0.0050, $0.50), however
    small, so two tiny figures can still be compared; from a dollar: cents.
    Rounding is half-up (as on a bill), never banker's rounding: $0.00125 is $0.0013.
    ``compact`` drops a trailing zero below a cent ($0.005, $0.0004; cents stay $0.50), for
    running text such as "about $0.0004, at most $0.005".
    """
    if amount is None or not amount.is_finite() or abs(amount) > MAX_SHOWN:
        return translate("money", "unknown")
    if amount == 0:
        return translate("money", "free")
    if amount < 0:
        return "-" + format_usd(-amount, compact=compact)
    if amount < SMALLEST_SHOWN:
        return smallest_text()
    rounded = shown_amount(amount)
    if rounded < 1:
        places = max(2, 1 - rounded.adjusted())
        text = f"{rounded:.{places}f}"
        return local_money(text.rstrip("0") if compact and places > 2 else text)
    return local_money(f"{rounded:,.2f}")


def shown_amount(amount: Decimal) -> Decimal:
    """The figure ``format_usd`` shows for a positive ``amount`` (from ``SMALLEST_SHOWN`` to
    ``MAX_SHOWN``), as a Decimal to compare with: under a dollar two significant digits
    ($0.00093, $0.0015, $0.50), from a dollar cents; half-up."""
    if amount < 1:
        rounded = amount.quantize(Decimal(1).scaleb(amount.adjusted() - 1), ROUND_HALF_UP)
        if rounded < 1:  # 0.996 rounds up to a dollar: shown in cents
            return rounded
    return amount.quantize(_CENT, ROUND_HALF_UP)


def format_usd_exact(amount: Decimal, places: int | None = 2, *, grouped: bool = True) -> str:
    """``amount`` written in full with ``places`` decimals (half-up; None: every digit it
    has), the locale's way: "$0.00" (zero is no "free" here), "$1,000.00", "$0.795";
    ``grouped=False``: no thousands marks ("$1234.5")."""
    if not amount.is_finite() or abs(amount) > MAX_SHOWN:
        return format_usd(amount)  # "unknown" (quantize would raise)
    group = "," if grouped else ""
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        return local_money(f"{amount:{group}.{places}f}")
    return local_money(f"{amount:{group}f}")


def smallest_text() -> str:
    """ "< $0.000000001": what a figure too small to show reads (the locale's way)."""
    return "< " + local_money("0.000000001")


_MAX_EXTRA_DIGITS = 8  # format_usd_apart stops here (two amounts this close read the same)


def format_usd_apart(amounts: Sequence[Decimal | None]) -> list[str]:
    """Each amount as ``format_usd`` shows it, with more digits (the same number for all)
    until amounts that differ read differently: $0.000042 and $0.000043, not "$0.000042"
    twice. Unknown, free and tiny amounts read as ``format_usd`` says."""
    for extra in range(_MAX_EXTRA_DIGITS + 1):
        texts = [_usd_with(amount, extra) for amount in amounts]
        if _apart(amounts, texts):
            return texts
    return texts


def _apart(amounts: Sequence[Decimal | None], texts: list[str]) -> bool:
    seen: dict[str, Decimal | None] = {}
    for amount, text in zip(amounts, texts, strict=True):
        if text in seen and seen[text] != amount:
            return False
        seen[text] = amount
    return True


def _usd_with(amount: Decimal | None, extra: int) -> str:
    """``format_usd`` with ``extra`` more significant digits (under a dollar) or decimal
    places (from a dollar)."""
    plain = format_usd(amount)
    shown = amount is not None and amount.is_finite() and SMALLEST_SHOWN <= abs(amount) <= MAX_SHOWN
    if extra == 0 or amount is None or not shown:
        return plain
    if amount < 0:
        return "-" + _usd_with(-amount, extra)
    if amount < 1:
        rounded = amount.quantize(Decimal(1).scaleb(amount.adjusted() - 1 - extra), ROUND_HALF_UP)
        if rounded < 1:
            return local_money(f"{rounded:.{max(2, 1 + extra - rounded.adjusted())}f}")
    places = 2 + extra
    return local_money(f"{amount.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP):,.{places}f}")
