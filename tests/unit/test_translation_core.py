"""The texts app/core gives people go through translation: under a marking translator every
one of them is marked (no English left outside the marks), and English plurals read right."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from app.core.attachments import WebSearch
from app.core.compare_settings import ColumnTotals, blind_title, not_set, totals_text
from app.core.compare_settings import settings_rows as compare_rows
from app.core.conversation import ChatSettings, suggest_title
from app.core.cost import (
    SendCheck,
    check_caps,
    length_hint,
    out_of_credit_message,
)
from app.core.endpoint import EndpointError, host_label, normalize_base_url
from app.core.export import ImportFormatError, parse_conversation
from app.core.keys import foreign_key_hint
from app.core.models import ModelInfo, price_per_million_text
from app.core.money import format_usd
from app.core.params import (
    PARAM_SPECS,
    ParameterError,
    ProviderRouting,
    SamplingParams,
    params_summary,
    parse_number,
    shown_spec,
)
from app.core.presets import PresetError, check_preset_name, web_search_summary
from app.core.prompt_sets import PromptSetError, RunProgress, answer_letter_label, parse_prompt_set
from app.core.providers import no_provider_sentence, unreachable_sentence
from app.core.request import files_too_large
from app.core.routing_words import any_provider, routing_words
from app.core.settings import amount_problem
from app.core.thinking import ALL_CHOICES, Thinking, ThinkingChoices, effort_label, room_warning
from app.core.updates import UpdateNotice

_MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
# What may stand outside the marks: figures, money, the fields filled in, punctuation.
_NOT_WORDS = re.compile(r"^[\d\s.,:;·$%<>()“”\"'/…—–-]*$")


def _unmarked(text: str, *allowed: str) -> str:
    """What ``text`` says outside its marks, the ``allowed`` names (a model, a URL) taken out."""
    rest = text
    while _MARKED.search(rest):  # innermost first: a marked sentence may hold marked words
        rest = _MARKED.sub(" ", rest)
    for name in allowed:
        rest = rest.replace(name, " ")
    return "" if _NOT_WORDS.match(rest) else rest


def _assert_marked(text: str, *allowed: str) -> None:
    assert "⟦" in text, text
    assert _unmarked(text, *allowed) == "", text


def test_core_messages_are_marked(marked: None) -> None:
    texts = [
        foreign_key_hint("sk-ant-abcdef"),
        foreign_key_hint("sk-" + "x" * 30),
        foreign_key_hint("two words"),
        amount_problem(Decimal(-1)),
        amount_problem(Decimal("0.00001")),
        host_label(""),
        suggest_title(""),
        files_too_large(10**10),
        format_usd(Decimal(0)),
        format_usd(None),
        price_per_million_text(None),
        any_provider(),
        blind_title(),
        not_set(),
        effort_label("xhigh"),
    ]
    for text in texts:
        assert text is not None
        _assert_marked(text)
    for bad in ("ftp://x", "https://a@b.example", "http://far.example", "https://x.example/?a"):
        with pytest.raises(EndpointError) as caught:
            normalize_base_url(bad)
        _assert_marked(caught.value.user_message, "https://openrouter.ai/api/v1")


def test_parameter_texts_are_marked(marked: None) -> None:
    for spec in PARAM_SPECS:
        shown = shown_spec(spec)
        for text in (shown.label, shown.help, shown.when):
            _assert_marked(text)
    temperature = shown_spec("temperature")
    for typed in ("", "abc", "9"):
        with pytest.raises(ParameterError) as caught:
            parse_number(temperature, typed)
        _assert_marked(caught.value.user_message)
    with pytest.raises(ParameterError) as caught:
        SamplingParams(stop=("",)).validate()
    _assert_marked(caught.value.user_message)
    summary = params_summary(
        SamplingParams(temperature=0.5, stop=("x",), reasoning=Thinking("effort", effort="high"))
    )
    _assert_marked(summary)
    _assert_marked(params_summary(SamplingParams()))
    with pytest.raises(PresetError) as error:
        check_preset_name("x" * 200)
    _assert_marked(error.value.user_message)


def test_thinking_texts_are_marked(marked: None) -> None:
    for thinking in (
        Thinking("off"),
        Thinking("effort", effort="high", hide=True),
        Thinking("budget", budget=4000),
        Thinking("default", hide=True),
    ):
        _assert_marked(thinking.summary())
        _assert_marked(thinking.value_words(), "4,000")
    none = ThinkingChoices(off=False, efforts=(), budget=False)
    for thinking in (
        Thinking("off"),
        Thinking("effort", effort="low"),
        Thinking("budget", budget=9),
    ):
        sentence = none.support_sentence(thinking, "Claude")
        assert sentence is not None
        _assert_marked(sentence, "Claude")
    assert ALL_CHOICES.support_sentence(Thinking("off"), "Claude") is None
    warning = room_warning(Thinking("effort", effort="low"), 500)
    assert warning is not None
    _assert_marked(warning)


def test_cost_texts_are_marked(marked: None) -> None:
    for kind in ("daily", "monthly"):
        daily = Decimal(1) if kind == "daily" else None
        monthly = Decimal(1) if kind == "monthly" else None
        for spent, worst_case in ((Decimal("0.5"), True), (Decimal("0.5"), False), (1, True)):
            held = check_caps(
                Decimal(spent),
                Decimal(spent),
                Decimal("0.9"),
                daily,
                monthly,
                None,
                worst_case=worst_case,
            )
            assert held.action == "hold"
            _assert_marked(held.reason)
            _assert_marked(SendCheck(held).title)
        warned = check_caps(Decimal("0.7"), Decimal("0.7"), Decimal("0.2"), daily, monthly, None)
        assert warned.action == "warn"
        _assert_marked(warned.reason)
        unknown = check_caps(Decimal(1), Decimal(1), None, daily, monthly, None)
        _assert_marked(unknown.reason)
    confirm = check_caps(Decimal(0), Decimal(0), Decimal(2), None, None, Decimal(1))
    assert confirm.action == "confirm"
    _assert_marked(confirm.reason)
    _assert_marked(SendCheck(confirm).title)
    model = ModelInfo(
        id="a/b", name="B", prompt_price=Decimal("0.00001"), completion_price=Decimal("0.00001")
    )
    held = check_caps(Decimal("0.5"), Decimal(0), Decimal("0.9"), Decimal(1), None, None)
    _assert_marked(length_hint(model, 10, held))
    credit = out_of_credit_message(Decimal(1), Decimal(5))
    _assert_marked(credit, "https://openrouter.ai/settings/credits")


def test_model_words_and_sentences_are_marked(marked: None) -> None:
    model = ModelInfo(
        id="a/b",
        name="Bee",
        prompt_price=Decimal("0.000001"),
        completion_price=Decimal(0),
        request_price=Decimal("0.01"),
        context_length=65536,
        supported_parameters=frozenset({"seed"}),
    )
    _assert_marked(model.price_summary)
    _assert_marked(model.context_text, "65.5K")
    for name in ("temperature", "reasoning"):
        reason = model.parameter_support(name)
        assert reason is not None
        _assert_marked(reason, "Bee")
    for kind in ("json_object", "json_schema"):
        reason = model.response_format_support(kind)
        assert reason is not None
        _assert_marked(reason, "Bee")


def test_settings_rows_routing_and_providers_are_marked(marked: None) -> None:
    routing = ProviderRouting(
        order=("deepinfra", "together"),
        only=("a", "b"),
        ignore=("c",),
        allow_fallbacks=False,
        sort="price",
        data_collection="deny",
        require_parameters=True,
    )
    _assert_marked(routing_words(routing), "deepinfra", "together", "a", "b", "c")
    settings = [
        ChatSettings(model="a/b", system_prompt="Be brief.", routing=routing),
        ChatSettings(model="c/d", params=SamplingParams(temperature=0.5)),
    ]
    for row in compare_rows(settings):
        _assert_marked(row.label)
    _assert_marked(totals_text(ColumnTotals(2, 1500, Decimal(1), False), "$1.00"), "1,500")
    _assert_marked(no_provider_sentence("Bee", [], frozenset({"seed", "top_k"})), "Bee")
    _assert_marked(unreachable_sentence("Bee"), "Bee")
    _assert_marked(web_search_summary(WebSearch(True, 5)))
    _assert_marked(UpdateNotice("v2.0", "https://x.example", "").text, "2.0")


def test_english_plurals() -> None:
    def totals(answers: int, tokens: int) -> str:
        return totals_text(ColumnTotals(answers, tokens, None, True), None)

    assert totals(1, 1) == "In all: 1 answer · 1 token"
    assert totals(2, 1234) == "In all: 2 answers · 1,234 tokens"
    assert params_summary(SamplingParams(stop=("x",))) == "1 stop sequence"
    assert params_summary(SamplingParams(stop=("x", "y"))) == "2 stop sequences"
    assert web_search_summary(WebSearch(True, 1)) == "searches the web (up to 1 result)"
    assert web_search_summary(WebSearch(True, 5)) == "searches the web (up to 5 results)"


def test_english_unchanged_without_a_translator() -> None:
    assert [shown_spec(s) for s in PARAM_SPECS] == list(PARAM_SPECS)
    assert blind_title() == "Blind comparison" and not_set() == "not set"
    assert Thinking("budget", budget=4000, hide=True).value_words() == "budget 4,000 (hidden)"
    assert routing_words(ProviderRouting(order=("a", "b", "c"))) == "a, then b, then c first"


def test_prompt_set_texts_are_marked_and_counted(marked: None) -> None:
    _assert_marked(answer_letter_label(1))
    _assert_marked(RunProgress(1, 3, 7, 0, 0, "running").text)
    with pytest.raises(PromptSetError) as caught:
        parse_prompt_set(b"[]")
    _assert_marked(caught.value.user_message)


def test_prompt_set_plural() -> None:
    assert RunProgress(1, 0, 1, 0, 0, "running").text == "0 of 1 answer"
    assert RunProgress(1, 3, 40, 0, 0, "running").text == "3 of 40 answers"


def test_import_refusals_are_marked(marked: None) -> None:
    for raw in (b"\xff\xfe\x00", b"[1]", b'{"x": 1}'):
        with pytest.raises(ImportFormatError) as caught:
            parse_conversation(raw)
        _assert_marked(caught.value.user_message)
