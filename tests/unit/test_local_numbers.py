"""Counts and decimals shown in the user's locale: grouped with its separator, its decimal
mark and its digits (German "1.234,5", Arabic "١٬٢٣٤٫٥"); English stays "1,234.5"."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.core.compare_settings import ColumnTotals, totals_text
from app.core.conversation import Message
from app.core.i18n import NumberStyle, grouped, local_decimal, local_int, set_number_style
from app.core.thinking import Thinking, room_warning
from app.render.meta import details_text
from app.render.sources import size_text

GERMAN = NumberStyle(",", ".", "0", "{amount} $")
ARABIC = NumberStyle("٫", "٬", "٠", "{amount} US$")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_number_style(None)


def test_local_int_and_decimal_in_english_german_and_arabic() -> None:
    assert (local_int(1234567), local_decimal(1234.56, 1), local_decimal(3, 0)) == (
        "1,234,567",
        "1234.6",
        "3",
    )
    set_number_style(GERMAN)
    assert (local_int(1234567), local_decimal(Decimal("2.25"), 1)) == ("1.234.567", "2,2")
    set_number_style(ARABIC)
    assert (local_int(1234), local_decimal(12.5, 1), local_int(-7)) == ("١٬٢٣٤", "١٢٫٥", "-٧")


def test_a_count_said_with_percent_n_is_grouped_and_in_the_locales_digits() -> None:
    assert grouped("1234 tokens", 1234) == "1,234 tokens"
    assert grouped("12 tokens", 12) == "12 tokens"
    set_number_style(GERMAN)
    assert grouped("1234 Tokens", 1234) == "1.234 Tokens"
    set_number_style(ARABIC)
    assert grouped("12 رمزًا", 12) == "١٢ رمزًا"


def test_totals_sizes_and_thinking_budgets_are_written_the_locales_way() -> None:
    totals = ColumnTotals(answers=3, tokens=12345, cost=None, cost_complete=False)
    english = (totals_text(totals, None), size_text(1536), size_text(3 * 1024 * 1024 // 2))
    assert english == ("In all: 3 answers · 12,345 tokens", "2 KB", "1.5 MB")
    set_number_style(GERMAN)
    assert totals_text(totals, None) == "In all: 3 answers · 12.345 tokens"
    assert size_text(3 * 1024 * 1024 // 2) == "1,5 MB"
    assert Thinking(mode="budget", budget=4000).summary() == "Thinking budget 4.000"
    warning = room_warning(Thinking(mode="budget", budget=4000), 2000)
    assert warning is not None and "2.000" in warning and "4.000" in warning
    set_number_style(ARABIC)
    assert size_text(12) == "١٢ bytes"
    assert totals_text(totals, None) == "In all: ٣ answers · ١٢٬٣٤٥ tokens"


def test_the_details_of_an_answer_show_counts_and_seconds_the_locales_way() -> None:
    message = Message(
        id=1,
        conversation_id=1,
        role="assistant",
        content="Hi",
        prompt_tokens=1234,
        completion_tokens=56,
        elapsed_s=2.5,
    )
    assert "1,234" in details_text(message) and "2.5 s" in details_text(message)
    set_number_style(GERMAN)
    assert "1.234" in details_text(message) and "2,5 s" in details_text(message)
