"""Dollar amounts in a language that writes numbers another way (German: "1,50 $").

Every amount shown is written the locale's way, and nothing shown is read back as a number.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.api.events import KeyInfo
from app.core.cost import check_caps
from app.core.i18n import NumberStyle, set_number_style
from app.core.models import price_per_million_text
from app.core.money import format_usd, format_usd_exact, parse_amount, smallest_text
from app.core.settings import AppSettings
from app.services.account import describe_key
from app.ui.prompt_sets.figures import exact_cost


@pytest.fixture
def german() -> Iterator[None]:
    set_number_style(NumberStyle(",", ".", "0", "{amount} $"))
    try:
        yield
    finally:
        set_number_style(None)


def reason(today: str, estimate: str, cap: str) -> tuple[str, str]:
    spent = Decimal(today)
    decision = check_caps(spent, spent, Decimal(estimate), Decimal(cap), None, None)
    return decision.action, decision.reason


def test_a_send_near_a_cap_is_warned_about_in_german_without_crashing(german: None) -> None:
    assert reason("0.50", "0.30", "1.00") == (
        "warn",
        "This send could bring today's spending to 0,80 $, 80% of your daily cap of 1,00 $.",
    )


def test_a_send_past_a_cap_is_held_in_german_with_the_digits_that_tell_them_apart(
    german: None,
) -> None:
    action, text = reason("0.796", "0.0056", "0.80")
    assert action == "hold"
    assert "today's spending to 0,802 $, past your daily cap of 0,80 $." in text
    action, text = reason("1234.5", "0.0001", "1000")
    assert action == "hold"
    assert text.startswith("You have already spent 1.234,50 $ today, reaching your daily cap")
    assert "of 1.000,00 $." in text


def test_a_cap_in_the_settings_file_is_read_the_english_way_whatever_the_language(
    german: None,
) -> None:
    assert parse_amount("1.50") == Decimal("1.50")  # the file: not $150
    assert parse_amount("1,000.50") == Decimal("1000.50")
    assert AppSettings.from_dict({"daily_cap": "1.50"}).daily_cap == Decimal("1.50")
    assert parse_amount("1,50", typed=True) == Decimal("1.50")  # what a person typed: German


def test_amounts_written_in_full_follow_the_locale(german: None) -> None:
    assert format_usd_exact(Decimal(0)) == "0,00 $"
    assert format_usd_exact(Decimal("1000")) == "1.000,00 $"
    assert format_usd_exact(Decimal("0.795"), 3) == "0,795 $"
    assert smallest_text() == "< 0,000000001 $"
    assert format_usd(Decimal("1e-12")) == "< 0,000000001 $"
    assert price_per_million_text(Decimal("0.00000062")) == "0,62 $/M"
    assert price_per_million_text(Decimal("0.000015")) == "15 $/M"
    assert exact_cost(Decimal("1234.000421")) == "Exactly 1234,000421 $."
    key = KeyInfo("k", Decimal("10"), Decimal("7.5"), None, Decimal("2.5"), None, None, False)
    assert describe_key(key) == "k · limit 10,00 $ (7,50 $ left) · used 2,50 $"


def test_english_amounts_are_unchanged() -> None:
    assert format_usd_exact(Decimal(0)) == "$0.00"
    assert format_usd_exact(Decimal("1000")) == "$1,000.00"
    assert smallest_text() == "< $0.000000001"
    assert price_per_million_text(Decimal("0.00000062")) == "$0.62/M"
    assert price_per_million_text(Decimal("0.000015")) == "$15/M"
    assert exact_cost(Decimal("1234.000421")) == "Exactly $1234.000421."
    key = KeyInfo("k", Decimal("10"), Decimal("7.5"), None, Decimal("2.5"), None, None, False)
    assert describe_key(key) == "k · limit $10.00 ($7.50 left) · used $2.50"
