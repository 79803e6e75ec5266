"""What Compare shows of each column's settings, and which differ."""

from __future__ import annotations

from app.core.compare_settings import blind_order, routing_words, settings_rows
from app.core.conversation import ChatSettings
from app.core.params import ProviderRouting, SamplingParams
from app.core.thinking import Thinking

WIZARD = "microsoft/wizardlm-2-8x22b"


def _rows(settings: list[ChatSettings]) -> dict[str, tuple[tuple[str, ...], bool]]:
    return {row.label: (row.values, row.differs) for row in settings_rows(settings)}


def test_every_set_parameter_shows_in_the_docks_words_and_differences_are_flagged() -> None:
    precise = ChatSettings(model=WIZARD, params=SamplingParams(temperature=0.2, top_p=0.9))
    creative = ChatSettings(
        model=WIZARD,
        params=SamplingParams(temperature=1.1, min_p=0.05, reasoning=Thinking("effort", "high")),
    )
    rows = _rows([precise, creative])
    assert list(rows) == ["Model", "Thinking", "Temperature", "Top P", "Min P"]
    assert rows["Model"] == ((WIZARD, WIZARD), False)
    assert rows["Temperature"] == (("0.2", "1.1"), True)
    assert rows["Top P"] == (("0.9", "not set"), True)
    assert rows["Min P"] == (("not set", "0.05"), True)
    assert rows["Thinking"] == (("not set", "high"), True)


def test_the_same_values_do_not_differ() -> None:
    same = ChatSettings(params=SamplingParams(seed=42, max_tokens=4000))
    rows = _rows([same, same, same])
    assert rows["Seed"] == (("42",) * 3, False)
    assert rows["Maximum length"] == (("4,000",) * 3, False)


def test_a_long_system_prompt_is_shortened_with_the_full_text_kept() -> None:
    long = "You are a careful assistant. " * 10
    rows = settings_rows([ChatSettings(system_prompt=long), ChatSettings()])
    prompt = next(row for row in rows if row.label == "System prompt")
    assert prompt.values[0].endswith("…") and len(prompt.values[0]) <= 61
    assert prompt.full[0] == long.strip() and prompt.values[1] == "none"
    assert prompt.differs


def test_provider_pinning_reads_in_plain_words() -> None:
    pinned = ProviderRouting(order=("DeepInfra",), allow_fallbacks=False, require_parameters=True)
    every = "only providers that honour every setting"
    assert routing_words(pinned) == f"DeepInfra only, {every}"
    assert routing_words(ProviderRouting()) == ""
    assert routing_words(ProviderRouting(sort="price", data_collection="deny")) == (
        "cheapest provider first, only providers that keep no data"
    )
    rows = _rows([ChatSettings(routing=pinned), ChatSettings()])
    assert rows["Provider"] == ((f"DeepInfra only, {every}", "any provider"), True)
    assert "Provider" not in _rows([ChatSettings(), ChatSettings()])


def test_the_provider_row_names_a_provider_as_people_know_it_when_known() -> None:
    pinned = ProviderRouting(order=("deepinfra/turbo",), allow_fallbacks=False)
    avoid = ProviderRouting(ignore=("together", "novita"))
    names = {"deepinfra/turbo": "DeepInfra", "together": "Together"}
    rows = settings_rows([ChatSettings(routing=pinned), ChatSettings(routing=avoid)], names)
    provider = next(row for row in rows if row.label == "Provider")
    assert provider.values == ("DeepInfra only", "never Together, novita")
    assert routing_words(pinned) == "deepinfra/turbo only"  # no name known: its tag


def test_the_blind_order_is_shuffled_the_same_way_for_the_same_comparison() -> None:
    orders = {tuple(blind_order(f"{n}:1.5", 4)) for n in range(30)}
    assert len(orders) > 1  # not always the stored order
    assert all(sorted(order) == [0, 1, 2, 3] for order in orders)
    assert blind_order("7:1.5", 4) == blind_order("7:1.5", 4)


def test_a_columns_totals_add_up_every_answer() -> None:
    from decimal import Decimal

    from app.core.compare_settings import column_totals, totals_text
    from app.core.conversation import Message

    def answer(tokens: int | None, cost: str | None) -> Message:
        return Message(
            id=0,
            conversation_id=1,
            role="assistant",
            content="x",
            completion_tokens=tokens,
            cost=Decimal(cost) if cost else None,
        )

    prompt = Message(id=0, conversation_id=1, role="user", content="q")
    totals = column_totals([prompt, answer(120, "0.0001"), prompt, answer(30, "0.00002")])
    assert (totals.answers, totals.tokens, totals.cost) == (2, 150, Decimal("0.00012"))
    assert totals_text(totals, "$0.00012") == "In all: 2 answers · 150 tokens · $0.00012"
    assert totals_text(totals, None) == "In all: 2 answers · 150 tokens"
    partly = column_totals([answer(10, None), answer(5, "0.001")])
    assert not partly.cost_complete
    assert totals_text(partly, "$0.0010") == "In all: 2 answers · 15 tokens · at least $0.0010"
