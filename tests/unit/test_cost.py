"""Cost arithmetic, to the exact Decimal: estimates, the composer's line, the meter, the guard."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.api.parsing import parse_model
from app.core.cost import (
    CREDITS_URL,
    MESSAGE_OVERHEAD_TOKENS,
    REPLY_PRIMING_TOKENS,
    CapStatus,
    SendEstimate,
    cap_statuses,
    check_caps,
    completion_bound,
    describe,
    estimate_cost,
    estimate_prompt_tokens,
    estimate_send,
    estimate_tokens,
    length_hint,
    length_hint_for_all,
    live_cost,
    max_tokens_for_all,
    max_tokens_within,
    meter_level,
    out_of_credit_message,
    worst_level,
)
from app.core.messages import ChatMessage
from app.core.models import ModelInfo
from app.core.money import format_usd, parse_amount
from tests.fakes.fake_openrouter import WIZARD

D = Decimal


def wizard() -> ModelInfo:
    """WizardLM-2 8x22B exactly as the catalogue parser reads it: "0.00000062" per token."""
    model = parse_model(WIZARD)
    assert model is not None
    return model


SONNET = ModelInfo(  # different prices in and out: $3/M prompt, $15/M completion
    "anthropic/claude-sonnet",
    "Sonnet",
    context_length=200_000,
    prompt_price=D("0.000003"),
    completion_price=D("0.000015"),
    max_completion_tokens=64_000,
)
FREE = ModelInfo("meta/free:free", "Free", 128_000, D(0), D(0), D(0), 4028)
UNPRICED = ModelInfo("odd/model", "Odd", 32_000)


def user(text: str) -> ChatMessage:
    return ChatMessage("user", text)


# -- the cost of one request -------------------------------------------------------------------


def test_wizardlm_1000_prompt_and_500_completion_tokens_cost_exactly_0_00093() -> None:
    model = wizard()
    assert model.prompt_price == model.completion_price == D("0.00000062")
    cost = estimate_cost(model, 1000, 500)
    assert isinstance(cost, Decimal)
    assert cost == D("0.00093")
    assert cost == 1500 * D("0.00000062")
    assert format_usd(cost) == "$0.00093"


def test_different_prices_in_and_out_are_applied_to_their_own_tokens() -> None:
    assert estimate_cost(SONNET, 1000, 500) == D("0.0105")  # 0.003 + 0.0075
    assert estimate_cost(SONNET, 500, 1000) == D("0.0165")  # 0.0015 + 0.015
    assert estimate_cost(SONNET, 0, 1) == D("0.000015")
    assert estimate_cost(SONNET, 1, 0) == D("0.000003")


def test_a_per_request_price_is_added_once() -> None:
    fee = ModelInfo("a/b", "B", prompt_price=D("0.000001"), completion_price=D("0.000002"))
    with_fee = ModelInfo(
        "a/b",
        "B",
        prompt_price=D("0.000001"),
        completion_price=D("0.000002"),
        request_price=D("0.005"),
    )
    assert estimate_cost(fee, 1000, 1000) == D("0.003")
    assert estimate_cost(with_fee, 1000, 1000) == D("0.008")


def test_free_models_cost_exactly_zero() -> None:
    assert estimate_cost(FREE, 100_000, 4000) == 0


@pytest.mark.parametrize(
    "model",
    [
        None,
        UNPRICED,
        ModelInfo("a/b", "B", prompt_price=D("0.000001")),  # completion price unknown
        ModelInfo("a/b", "B", completion_price=D("0.000001")),  # prompt price unknown
    ],
)
def test_an_unknown_price_gives_no_cost_rather_than_a_wrong_one(model: ModelInfo | None) -> None:
    assert estimate_cost(model, 1000, 500) is None
    assert live_cost(model, 10, 10) is None


def test_the_live_figure_grows_with_the_answer() -> None:
    assert live_cost(wizard(), 0, 1000) == D("0.00062")
    assert live_cost(wizard(), 250, 1000) == D("0.000775")
    assert live_cost(wizard(), 500, 1000) == D("0.00093")


# -- token estimates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("", 0),
        ("a", 1),
        ("abcd", 1),
        ("abcde", 2),
        ("Hello, world!", 4),  # 13 ASCII characters
        ("日本語", 3),  # one token per non-ASCII character
        ("café", 2),  # ceil(3 / 4) + 1
        ("🙂🙂", 2),
    ],
)
def test_token_estimate_heuristic(text: str, tokens: int) -> None:
    assert estimate_tokens(text) == tokens


def test_each_message_adds_its_overhead_and_the_reply_its_priming() -> None:
    assert estimate_prompt_tokens([]) == 0
    messages = [ChatMessage("system", "Be brief."), user("x" * 400)]
    expected = 3 + 100 + 2 * MESSAGE_OVERHEAD_TOKENS + REPLY_PRIMING_TOKENS
    assert estimate_prompt_tokens(messages) == expected


# -- before sending ----------------------------------------------------------------------------


def prompt_of(tokens: int) -> list[ChatMessage]:
    """Messages estimated at exactly ``tokens`` prompt tokens."""
    content = tokens - MESSAGE_OVERHEAD_TOKENS - REPLY_PRIMING_TOKENS
    messages = [user("x" * (4 * content))]
    assert estimate_prompt_tokens(messages) == tokens
    return messages


def test_the_estimate_with_max_tokens_set() -> None:
    estimate = estimate_send(wizard(), prompt_of(1000), max_tokens=2000)
    assert estimate.prompt_tokens == 1000
    assert estimate.assumed_completion_tokens == 500
    assert estimate.typical_cost == D("0.00093")
    assert estimate.max_cost == D("0.00186")  # 3000 tokens at $0.62/M
    assert estimate.uses_max_tokens and estimate.max_completion_tokens == 2000
    assert estimate.guard_figure == D("0.00186")
    assert describe(estimate) == "about $0.00093, at most $0.0019"


def test_without_max_tokens_the_model_limit_bounds_the_answer() -> None:
    estimate = estimate_send(wizard(), prompt_of(1000), max_tokens=None)
    assert not estimate.uses_max_tokens and estimate.max_completion_tokens == 8000
    assert estimate.max_cost == 9000 * D("0.00000062") == D("0.00558")
    assert describe(estimate) == "about $0.00093, at most $0.0056"


def test_without_a_model_limit_the_rest_of_the_context_bounds_the_answer() -> None:
    model = ModelInfo("a/b", "B", 4000, D("0.000003"), D("0.000015"))
    estimate = estimate_send(model, prompt_of(1000), None)
    assert estimate.max_completion_tokens == 3000
    assert estimate.max_cost == D("0.003") + 3000 * D("0.000015") == D("0.048")
    # A prompt larger than the context leaves no room for an answer at all.
    assert completion_bound(model, 5000, None) == (0, False)


def test_the_smallest_bound_wins_and_says_whether_it_is_max_tokens() -> None:
    assert completion_bound(wizard(), 1000, 20_000) == (8000, False)
    assert completion_bound(wizard(), 60_000, None) == (5536, False)  # 65,536 - 60,000
    assert completion_bound(wizard(), 1000, 300) == (300, True)
    assert completion_bound(None, 1000, 300) == (300, True)
    assert completion_bound(None, 1000, None) == (None, False)


def test_a_short_max_tokens_also_shortens_the_typical_answer() -> None:
    estimate = estimate_send(SONNET, prompt_of(1000), max_tokens=100)
    assert estimate.assumed_completion_tokens == 100
    assert estimate.typical_cost == estimate.max_cost == D("0.0045")
    assert describe(estimate) == "at most $0.0045"


def test_the_composer_line_for_the_brief_example() -> None:
    model = ModelInfo("a/b", "B", prompt_price=D("0.0000002"), completion_price=D("0.0000006"))
    estimate = SendEstimate(
        prompt_tokens=500,
        typical_cost=estimate_cost(model, 500, 500),
        max_cost=estimate_cost(model, 500, 8000),
        assumed_completion_tokens=500,
        uses_max_tokens=False,
        max_completion_tokens=8000,
    )
    assert estimate.typical_cost == D("0.0004") and estimate.max_cost == D("0.0049")
    assert describe(estimate) == "about $0.0004, at most $0.0049"


def test_a_typical_length_can_be_stated() -> None:
    estimate = estimate_send(wizard(), prompt_of(1000), None, typical_completion=1000)
    assert estimate.assumed_completion_tokens == 1000
    assert estimate.typical_cost == D("0.00124")


def test_no_known_bound_means_no_at_most() -> None:
    model = ModelInfo("a/b", "B", prompt_price=D("0.000003"), completion_price=D("0.000015"))
    estimate = estimate_send(model, prompt_of(1000), None)
    assert estimate.max_cost is None and estimate.max_completion_tokens is None
    assert estimate.guard_figure == estimate.typical_cost == D("0.0105")
    assert describe(estimate) == "about $0.011"


def test_free_and_unknown_and_tiny() -> None:
    free = estimate_send(FREE, prompt_of(1000), None)
    assert free.typical_cost == free.max_cost == 0 and free.is_free
    assert describe(free) == "free"
    unknown = estimate_send(UNPRICED, prompt_of(1000), None)
    assert unknown.typical_cost is None and unknown.max_cost is None and not unknown.is_known
    assert describe(unknown) == "cost unknown for this model"
    assert describe(estimate_send(None, prompt_of(1000), None)) == "cost unknown for this model"
    cheap = ModelInfo("a/b", "B", 1000, D("0.00000001"), D("0.00000002"), max_completion_tokens=50)
    assert describe(estimate_send(cheap, prompt_of(20), None)) == "at most $0.0000012"


# -- the meter ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spent", "level"),
    [
        ("0", "ok"),
        ("0.79", "ok"),
        ("0.7999", "ok"),
        ("0.80", "warning"),
        ("0.99", "warning"),
        ("1.00", "over"),
        ("1.50", "over"),
    ],
)
def test_the_meter_warns_from_80_percent_of_a_cap(spent: str, level: str) -> None:
    assert meter_level(D(spent), D("1.00")) == level


def test_no_cap_never_warns_and_a_zero_cap_warns_before_anything_is_spent() -> None:
    assert meter_level(D("1000"), None) == "ok"
    assert meter_level(D(0), D(0)) == "warning"
    assert meter_level(D("0.0001"), D(0)) == "over"


def test_cap_statuses() -> None:
    statuses = cap_statuses(D("0.85"), D("3"), D("1"), D("10"))
    daily, monthly = statuses
    assert (daily.kind, daily.level, daily.percent, daily.remaining) == (
        "daily",
        "warning",
        85,
        D("0.15"),
    )
    assert (monthly.kind, monthly.level, monthly.percent) == ("monthly", "ok", 30)
    assert worst_level(statuses) == "warning"
    assert worst_level(()) == "ok"
    assert cap_statuses(D(1), D(1), None, None) == ()
    assert CapStatus("daily", D(2), D(1)).remaining == 0


# -- the guard ---------------------------------------------------------------------------------


def guard(today: str, estimate: str | None, cap: str = "1.00", **kw: str | None) -> tuple[str, str]:
    decision = check_caps(
        D(today),
        D(kw.get("month") or today),
        None if estimate is None else D(estimate),
        D(cap),
        None if kw.get("monthly") is None else D(str(kw["monthly"])),
        None if kw.get("confirm") is None else D(str(kw["confirm"])),
    )
    return decision.action, decision.reason


def test_well_under_a_cap_sends() -> None:
    assert guard("0.50", "0.29") == ("send", "")  # 79%


def test_at_80_percent_of_a_cap_it_sends_with_a_warning() -> None:
    assert guard("0.50", "0.30") == (
        "warn",
        "This send could bring today's spending to $0.80, 80% of your daily cap of $1.00.",
    )


def test_reaching_the_cap_exactly_is_allowed_with_a_warning() -> None:
    action, reason = guard("0.50", "0.50")
    assert action == "warn" and "100% of your daily cap" in reason


def test_a_send_that_could_pass_the_daily_cap_is_held_and_says_why() -> None:
    assert guard("0.79", "0.23") == (
        "hold",
        "If the answer runs to its full length, this send could take today's spending to "
        "$1.02, past your daily cap of $1.00.",
    )


def test_the_monthly_cap_holds_too_and_both_reasons_are_given() -> None:
    action, reason = guard("0.10", "0.20", cap="5", month="9.90", monthly="10")
    assert action == "hold"
    assert reason.endswith("this month's spending to $10.10, past your monthly cap of $10.00.")
    action, reason = guard("0.90", "0.20", cap="1", month="9.90", monthly="10")
    assert action == "hold" and "daily cap" in reason and "monthly cap" in reason


def test_rounding_never_blurs_the_comparison_with_a_cap() -> None:
    action, reason = guard("0.796", "0.0056", cap="0.80")
    assert action == "hold"
    assert "today's spending to $0.802, past your daily cap of $0.80." in reason
    action, reason = guard("1.004", "0.1", cap="1.004")  # a cap is shown as it was set
    assert reason.startswith(
        "You have already spent $1.004 today, reaching your daily cap of $1.004."
    )
    action, reason = guard("0.79", "0.2099", cap="1.00")
    assert action == "warn" and "spending to $0.9999, 99% of your daily cap of $1.00." in reason


def test_once_over_a_cap_every_paid_send_is_held() -> None:
    assert guard("1.05", "0.0001") == (
        "hold",
        "You have already spent $1.05 today, reaching your daily cap of $1.00. "
        "This send could cost up to $0.0001 more.",
    )


def test_a_free_send_is_never_held() -> None:
    assert guard("5.00", "0") == ("send", "")


def test_a_typical_figure_is_not_called_the_full_length() -> None:
    decision = check_caps(D("0.9"), D("0.9"), D("0.2"), D(1), None, None, worst_case=False)
    assert decision.action == "hold"
    assert decision.reason == (
        "This send could take today's spending to $1.10, past your daily cap of $1.00."
    )


def test_confirm_above_a_chosen_amount() -> None:
    decision = check_caps(D(0), D(0), D("0.12"), None, None, D("0.10"))
    assert decision.action == "confirm" and decision.needs_consent
    assert decision.reason == (
        "This send could cost up to $0.12. You asked to confirm any send that may cost more "
        "than $0.10."
    )
    assert check_caps(D(0), D(0), D("0.10"), None, None, D("0.10")).action == "send"
    # A cap that would be passed is the stronger reason.
    assert guard("0.95", "0.12", confirm="0.10")[0] == "hold"


def test_an_unknown_cost_cannot_be_checked() -> None:
    assert guard("0.10", None) == (
        "warn",
        "The price of this model is unknown, so this send cannot be checked against your caps.",
    )
    assert check_caps(D(0), D(0), None, None, None, D("0.10")).action == "send"
    action, reason = guard("1.00", None)
    assert action == "hold" and reason.endswith("The cost of this send is unknown.")


def test_a_decision_carries_what_it_checked() -> None:
    decision = check_caps(D("0.5"), D("2"), D("0.1"), D(1), D(10), None)
    assert decision.figure == D("0.1") and not decision.needs_consent
    assert [c.kind for c in decision.caps] == ["daily", "monthly"]


# -- out of credit -----------------------------------------------------------------------------


def test_out_of_credit_says_the_balance_and_where_to_add_credit() -> None:
    text = out_of_credit_message(D("0.02"), D("10"))
    assert "This key has $0.02 left of its $10.00 limit." in text
    assert CREDITS_URL in text and "your message is kept" in text
    assert "This key has $0.00 left." in out_of_credit_message(D(0))
    assert "left" not in out_of_credit_message()


# -- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("0.00125", "$0.0013"),  # half-up, not banker's rounding
        ("0.000995", "$0.0010"),
        ("0.996", "$1.00"),
        ("2.665", "$2.67"),
        ("1234.565", "$1,234.57"),
        ("0.00009999", "$0.00010"),
        ("-0.5", "-$0.50"),
    ],
)
def test_display_rounds_half_up(amount: str, shown: str) -> None:
    assert format_usd(D(amount)) == shown


@pytest.mark.parametrize(
    ("amount", "shown"),
    [("0.005", "$0.005"), ("0.0004", "$0.0004"), ("0.5", "$0.50"), ("0.01", "$0.01")],
)
def test_compact_display_drops_a_trailing_zero_below_a_cent(amount: str, shown: str) -> None:
    assert format_usd(D(amount), compact=True) == shown


@pytest.mark.parametrize(
    ("raw", "amount"),
    [
        ("1.50", D("1.50")),
        (" $1,000 ", D("1000")),
        (2, D(2)),
        (0.1, D("0.1")),
        (D("3"), D("3")),
        ("0", D(0)),
        ("-1", None),
        ("abc", None),
        ("", None),
        ("$", None),
        ("NaN", None),
        (True, None),
        (None, None),
        (D("-2"), None),
        ([], None),
    ],
)
def test_amounts_people_type(raw: object, amount: Decimal | None) -> None:
    assert parse_amount(raw) == amount


# -- a Maximum length that fits a cap --------------------------------------------------------


def test_the_longest_answer_that_fits_a_budget_is_rounded_down() -> None:
    # $0.02 left, 1,000 prompt tokens at $3/M = $0.003: $0.017 / $15 per M = 1,133 tokens.
    assert max_tokens_within(SONNET, 1000, D("0.02")) == 1100
    assert max_tokens_within(SONNET, 1000, D("0.003")) is None  # the prompt alone uses it all
    assert max_tokens_within(SONNET, 1000, D("0.0040")) is None  # 66 tokens: too short to offer
    assert max_tokens_within(UNPRICED, 1000, D("1")) is None
    assert max_tokens_within(FREE, 1000, D("1")) is None  # free: nothing to fit


def test_one_maximum_length_for_several_requests_keeps_their_sum_within_the_budget() -> None:
    # Two Sonnet columns of 1,000 prompt tokens: $0.006 base, $30/M for each answer token.
    # $0.04 left: $0.034 / $30 per M = 1,133 tokens each, rounded down to 1,100.
    assert max_tokens_for_all([(SONNET, 1000), (SONNET, 1000)], D("0.04")) == 1100
    assert max_tokens_for_all([(SONNET, 1000)], D("0.02")) == max_tokens_within(
        SONNET, 1000, D("0.02")
    )
    # A free column adds no price; an unpriced one makes any figure a guess: none is offered.
    assert max_tokens_for_all([(SONNET, 1000), (FREE, 1000)], D("0.02")) == 1100
    assert max_tokens_for_all([(SONNET, 1000), (UNPRICED, 1000)], D("1")) is None
    assert max_tokens_for_all([], D("1")) is None
    estimate = estimate_send(SONNET, prompt_of(1000), None)
    assert estimate.max_cost is not None
    both = estimate.max_cost * 2
    decision = check_caps(D("0.30"), D("0.30"), both, D("0.50"), None, None)
    hint = length_hint_for_all([(SONNET, 1000), (SONNET, 1000)], decision)
    # $0.20 left, $0.006 of prompts: $0.194 / $30 per M = 6,466 tokens each, down to 6,400.
    assert hint == (
        "Set Maximum length to 6,400 or less in every column to stay under your daily cap."
    )
    fitted = estimate_send(SONNET, prompt_of(1000), 6_400)
    assert fitted.max_cost is not None and D("0.30") + 2 * fitted.max_cost <= D("0.50")


def test_a_held_send_says_which_maximum_length_keeps_it_under_the_cap() -> None:
    estimate = estimate_send(SONNET, prompt_of(1000), None)  # worst case: 64,000 tokens
    assert estimate.max_cost is not None
    decision = check_caps(D("0.30"), D("0.30"), estimate.max_cost, D("0.50"), None, None)
    assert decision.action == "hold"
    hint = length_hint(SONNET, estimate.prompt_tokens, decision)
    assert hint == "Set Maximum length to 13,000 or less to stay under your daily cap."
    fitted = estimate_send(SONNET, prompt_of(1000), 13_000)
    assert fitted.max_cost is not None and D("0.30") + fitted.max_cost <= D("0.50")
    # The monthly cap is the tighter one: it is named.
    decision = check_caps(D("0.30"), D("9.95"), estimate.max_cost, D("0.50"), D("10"), None)
    assert length_hint(SONNET, estimate.prompt_tokens, decision).endswith("your monthly cap.")
    # A cap already reached: no length fits, so none is offered.
    decision = check_caps(D("0.50"), D("0.50"), estimate.max_cost, D("0.50"), None, None)
    assert decision.action == "hold" and length_hint(SONNET, 1000, decision) == ""
