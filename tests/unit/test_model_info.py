"""What a model accepts, and how its price and context read (checklist items 27 and 28)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.api.parsing import parse_model
from app.core.models import (
    PARAMETER_TAGS,
    ModelInfo,
    price_per_million_text,
    token_count_text,
)
from app.core.params import PARAM_SPECS, SamplingParams
from tests.fakes.fake_openrouter import WIZARD, default_models

# The fact sheet's list for microsoft/wizardlm-2-8x22b (section 7).
WIZARD_TAGS = {
    "frequency_penalty",
    "logit_bias",
    "max_tokens",
    "min_p",
    "presence_penalty",
    "repetition_penalty",
    "response_format",
    "seed",
    "stop",
    "temperature",
    "top_k",
    "top_p",
}


def wizard() -> ModelInfo:
    model = parse_model(WIZARD)
    assert model is not None
    return model


def test_every_dock_parameter_has_a_tag() -> None:
    assert set(PARAMETER_TAGS) == {spec.name for spec in PARAM_SPECS}


def test_wizardlm_offers_exactly_what_its_catalogue_entry_lists() -> None:
    model = wizard()
    assert model.supported_parameters == WIZARD_TAGS
    offered = {spec.name for spec in PARAM_SPECS if model.parameter_support(spec.name) is None}
    assert offered == {
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
        "repetition_penalty",
        "min_p",
        "seed",
        "max_tokens",
        "stop",
        "response_format",
    }
    assert model.parameter_support("top_a") == "WizardLM-2 8x22B does not accept a Top A value."
    assert model.parameter_support("seed") is None


def test_wizardlm_has_json_mode_but_no_schema_no_tools_no_reasoning() -> None:
    model = wizard()
    assert model.response_format_support("text") is None
    assert model.response_format_support("json_object") is None
    assert model.response_format_support("json_schema") == (
        "WizardLM-2 8x22B cannot be held to a JSON schema."
    )
    assert model.parameter_support("tools") == "WizardLM-2 8x22B does not accept tools."
    assert model.parameter_support("reasoning") is not None
    assert model.parameter_support("logprobs") is not None
    with pytest.raises(ValueError, match="grammar"):
        model.response_format_support("grammar")


def test_reasons_use_the_models_own_name() -> None:
    model = ModelInfo("x/tiny", "Tiny Model", supported_parameters=frozenset({"max_tokens"}))
    assert model.parameter_support("seed") == "Tiny Model does not accept a seed."
    assert model.parameter_support("stop") == "Tiny Model does not accept stop sequences."
    assert model.response_format_support("json_object") == "Tiny Model has no JSON mode."


def test_an_empty_list_means_unknown_so_everything_but_thinking_is_offered() -> None:
    """Thinking is offered only where the catalogue says the model thinks."""
    model = ModelInfo("local/model", "Local model")
    offered = {spec.name for spec in PARAM_SPECS if model.parameter_support(spec.name) is None}
    assert offered == {spec.name for spec in PARAM_SPECS} - {"reasoning"}
    assert model.parameter_support("reasoning") == "Local model does not think before answering."
    assert model.response_format_support("json_schema") is None


def test_unsupported_settings_names_what_would_be_dropped() -> None:
    params = SamplingParams(
        temperature=0.5,
        top_a=0.1,
        response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": {}}},
    )
    assert wizard().unsupported_settings(params) == {
        "top_a": "WizardLM-2 8x22B does not accept a Top A value.",
        "response_format": "WizardLM-2 8x22B cannot be held to a JSON schema.",
    }
    assert wizard().unsupported_settings(SamplingParams(seed=1, temperature=0.0)) == {}


@pytest.mark.parametrize(
    ("price", "text"),
    [
        ("0.00000062", "$0.62/M"),
        ("0", "free"),
        ("0.000003", "$3/M"),
        ("0.0000006", "$0.60/M"),
        ("0.000015", "$15/M"),
        ("0.000000075", "$0.075/M"),
        ("0.00000012345", "$0.1235/M"),
        ("0.0012", "$1,200/M"),
        ("0.000000000001", "$0.000001/M"),
    ],
)
def test_prices_per_million_are_exact(price: str, text: str) -> None:
    assert price_per_million_text(Decimal(price)) == text


def test_unknown_prices() -> None:
    assert price_per_million_text(None) == "unknown"
    assert price_per_million_text(Decimal("-1")) == "unknown"  # OpenRouter's "varies" marker
    assert price_per_million_text(Decimal("NaN")) == "unknown"


def test_price_summary() -> None:
    assert wizard().price_summary == "$0.62/M in · $0.62/M out"
    models = {m.id: m for m in map(parse_model, default_models()) if m is not None}
    assert models["meta-llama/llama-3.3-8b-instruct:free"].price_summary == "free"
    assert models["openai/gpt-4o-mini"].price_summary == "$0.15/M in · $0.60/M out"
    assert ModelInfo("a/b", "B").price_summary == "price unknown"
    half = ModelInfo("a/b", "B", prompt_price=Decimal("0.000001"))
    assert half.price_summary == "$1/M in · unknown out"
    fee = ModelInfo("a/b", "B", Decimal(0), Decimal(0), Decimal(0), request_price=Decimal("0.005"))
    assert fee.price_summary == "free · $0.0050 per request"


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (512, "512"),
        (1000, "1K"),
        (8192, "8.19K"),
        (32768, "32.8K"),
        (65536, "65.5K"),
        (65535, "65.5K"),
        (131072, "131K"),
        (200000, "200K"),
        (999_999, "1M"),
        (1_000_000, "1M"),
        (1_048_576, "1.05M"),
    ],
)
def test_token_counts(count: int, text: str) -> None:
    assert token_count_text(count) == text


def test_context_text() -> None:
    assert wizard().context_text == "65.5K context"
    assert ModelInfo("a/b", "B").context_text == "unknown context"
    odd = parse_model(default_models()[-1])  # context_length null, unknown extra fields
    assert odd is not None and odd.context_text == "unknown context"


def test_thinking_choices_follow_the_catalogues_reasoning_object() -> None:
    from app.core.thinking import ModelReasoning, Thinking, ThinkingChoices

    # As Claude's /models entry says it (efforts highest first; "none" is Off, not an effort).
    claude = ModelInfo(
        "anthropic/claude-sonnet-4.5",
        "Claude",
        supported_parameters=frozenset({"reasoning", "max_tokens"}),
        reasoning=ModelReasoning(efforts=("high", "medium", "low", "none"), supports_budget=True),
    )
    assert claude.takes_reasoning and claude.parameter_support("reasoning") is None
    assert claude.thinking_choices == ThinkingChoices(
        off=True, efforts=("high", "medium", "low"), budget=True
    )
    listed_only = ModelInfo("x/y", "Y", supported_parameters=frozenset({"reasoning"}))
    assert listed_only.thinking_choices is not None  # no object: every choice (cannot know)
    assert listed_only.thinking_choices.budget and listed_only.thinking_choices.off
    wizard = parse_model(WIZARD)
    assert not wizard.takes_reasoning and wizard.thinking_choices is None
    always = ModelInfo(
        "x/always", "Always", reasoning=ModelReasoning(efforts=("high",), mandatory=True)
    )
    careful = SamplingParams(reasoning=Thinking("effort", effort="high"))
    assert always.unsupported_settings(careful) == {}
    assert always.unsupported_settings(SamplingParams(reasoning=Thinking("off"))) == {
        "reasoning": "Always cannot turn its thinking off."
    }
    assert always.unsupported_settings(
        SamplingParams(reasoning=Thinking("effort", effort="low"))
    ) == {"reasoning": "Always does not offer the low thinking effort."}
    assert wizard.unsupported_settings(careful) == {
        "reasoning": f"{wizard.name} does not think before answering."
    }
