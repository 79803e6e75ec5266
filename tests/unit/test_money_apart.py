"""Costs shown side by side read differently when they differ (Compare's columns)."""

from __future__ import annotations

from decimal import Decimal

from app.core.money import format_usd, format_usd_apart


def test_amounts_that_read_the_same_get_more_digits() -> None:
    amounts = [Decimal("0.0000421"), Decimal("0.0000424"), Decimal("0.00004249")]
    texts = format_usd_apart(amounts)
    assert len(set(texts)) == 3
    assert texts == ["$0.0000421", "$0.0000424", "$0.0000425"]


def test_amounts_already_apart_read_as_everywhere_else() -> None:
    amounts = [Decimal("0.00093"), Decimal("0.0015"), None, Decimal(0)]
    assert format_usd_apart(amounts) == [format_usd(a) for a in amounts]


def test_equal_amounts_stay_equal_and_do_not_grow() -> None:
    amounts = [Decimal("0.0012"), Decimal("0.0012")]
    assert format_usd_apart(amounts) == ["$0.0012", "$0.0012"]


def test_dollars_get_more_places() -> None:
    texts = format_usd_apart([Decimal("1.2345"), Decimal("1.2349")])
    assert texts == ["$1.2345", "$1.2349"]


def test_every_column_reads_with_the_same_precision() -> None:
    texts = format_usd_apart([Decimal("0.00012"), Decimal("0.000121"), Decimal("0.0005")])
    assert texts == ["$0.000120", "$0.000121", "$0.000500"]


def test_amounts_too_close_to_tell_apart_end_at_a_limit() -> None:
    a, b = Decimal("0.001"), Decimal("0.001") + Decimal("1e-20")
    texts = format_usd_apart([a, b])
    assert texts[0] == texts[1] and len(texts[0]) < 20
