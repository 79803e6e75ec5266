from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.money import format_usd, parse_price, per_million


def test_prices_are_decimal_strings_per_token() -> None:
    price = parse_price("0.00000062")
    assert price == Decimal("0.00000062")
    assert per_million(price) == Decimal("0.62")
    assert (1000 + 500) * price == Decimal("0.00093")


@pytest.mark.parametrize("raw", [None, "", "abc", "-1", "NaN", True, "Infinity"])
def test_bad_prices_are_unknown(raw: object) -> None:
    assert parse_price(raw) is None


def test_float_costs_keep_their_shortest_form() -> None:
    assert parse_price(0.00014) == Decimal("0.00014")


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("0.00093", "$0.00093"),
        ("0.5", "$0.50"),
        ("0.0015", "$0.0015"),
        ("0.00001", "$0.000010"),
        ("0.000042", "$0.000042"),  # too small for cents, still comparable
        ("0.0000000042", "$0.0000000042"),
        ("0", "free"),
        ("12.5", "$12.50"),
    ],
)
def test_amounts_read_like_a_bill(amount: str, shown: str) -> None:
    assert format_usd(Decimal(amount)) == shown


def test_unknown_amount() -> None:
    assert format_usd(None) == "unknown"
