"""Thinking: the setting's wire form, what a model offers, the room it leaves, and that a
model that does not think is sent none of it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from app.core.conversation import ChatSettings
from app.core.models import ModelInfo
from app.core.params import SamplingParams
from app.core.request import next_request
from app.core.thinking import (
    ALL_CHOICES,
    EFFORTS,
    ModelReasoning,
    Thinking,
    ThinkingChoices,
    ThinkingError,
    choices_for,
    room_warning,
    thinking_from_body,
)


@pytest.mark.parametrize(
    ("thinking", "body", "summary"),
    [
        (Thinking("off"), {"enabled": False}, "Thinking off"),
        (Thinking("off", hide=True), {"enabled": False}, "Thinking off"),  # nothing to hide
        (Thinking("effort", effort="high"), {"effort": "high"}, "Thinking high"),
        (Thinking("effort", effort="xhigh"), {"effort": "xhigh"}, "Thinking very high"),
        (Thinking("budget", budget=4000), {"max_tokens": 4000}, "Thinking budget 4,000"),
        (
            Thinking("budget", budget=4000, hide=True),
            {"max_tokens": 4000, "exclude": True},
            "Thinking budget 4,000 (hidden)",
        ),
        (Thinking("default", hide=True), {"exclude": True}, "Thinking: model default (hidden)"),
        (Thinking("default"), {}, "Thinking: model default"),
    ],
)
def test_wire_form_and_summary(thinking: Thinking, body: dict[str, Any], summary: str) -> None:
    assert thinking.to_body() == body
    assert thinking.summary() == summary
    assert thinking_from_body(body, strict=True) == (
        None if thinking.sends_nothing else Thinking("off") if thinking.mode == "off" else thinking
    )


@pytest.mark.parametrize(
    ("thinking", "message"),
    [
        (Thinking("effort", effort="none"), "The thinking effort must be one of"),
        (Thinking("budget", budget=0), "between 1 and 1,000,000 tokens"),
        (Thinking("budget", budget=None), "a whole number of tokens"),
    ],
)
def test_values_that_cannot_be_sent_say_why(thinking: Thinking, message: str) -> None:
    with pytest.raises(ThinkingError, match=message):
        thinking.to_body()
    params = SamplingParams(reasoning=thinking)
    assert params.to_dict() == {}  # stored as the person left it: nothing sendable


def test_tolerant_reading_drops_what_strict_reading_refuses() -> None:
    for bad in ("high", {"effort": "extreme"}, {"max_tokens": "9"}, {"budget": 9}):
        assert thinking_from_body(bad) is None
        with pytest.raises(ThinkingError):
            thinking_from_body(bad, strict=True)


def test_what_a_model_offers() -> None:
    claude = choices_for(
        ModelReasoning(efforts=("high", "medium", "low", "none"), supports_budget=True)
    )
    assert claude == ThinkingChoices(off=True, efforts=("high", "medium", "low"), budget=True)
    always = choices_for(ModelReasoning(efforts=None, mandatory=True))
    assert always == ThinkingChoices(off=False, efforts=EFFORTS, budget=False)
    assert choices_for(None) == ALL_CHOICES
    assert always.support(Thinking("off")) == "cannot turn its thinking off"
    assert claude.support(Thinking("effort", effort="minimal")) == (
        "does not offer the minimal thinking effort"
    )
    assert always.support(Thinking("budget", budget=10)) == "does not take a thinking budget"
    assert always.support(Thinking("default", hide=True)) is None
    assert always.support(None) is None


@pytest.mark.parametrize(
    ("thinking", "length", "warning"),
    [
        (
            Thinking("budget", budget=2000),
            1000,
            "Maximum length 1,000 is not more than the thinking budget 2,000: the model may "
            "spend it all thinking and leave no answer.",
        ),
        (
            Thinking("budget", budget=2000, hide=True),
            2000,  # Anthropic needs strictly more
            "Maximum length 2,000 is not more than the thinking budget 2,000: the model may "
            "spend it all thinking and leave no answer.",
        ),
        (Thinking("budget", budget=2000), 2001, None),
        (Thinking("budget", budget=2000), None, None),
        (
            Thinking("effort", effort="low"),
            800,
            "Maximum length 800 is not more than 1,024 tokens, the least some models think "
            "even at low effort: the model may spend it all thinking and leave no answer.",
        ),
        (Thinking("effort", effort="high"), 4000, None),
        (Thinking("off"), 10, None),
        (Thinking("default", hide=True), 10, None),
        (None, 10, None),
    ],
)
def test_room_left_for_the_answer(
    thinking: Thinking | None, length: int | None, warning: str | None
) -> None:
    assert room_warning(thinking, length) == warning


def test_thinking_cap_is_the_budget_or_the_efforts_share() -> None:
    assert Thinking("budget", budget=3000).thinking_cap(None) == 3000
    assert Thinking("effort", effort="high").thinking_cap(1000) == 800
    assert Thinking("effort", effort="low").thinking_cap(None) is None


# -- the request ------------------------------------------------------------------------------

PLAIN = ModelInfo(id="vendor/plain", name="Plain", supported_parameters=frozenset({"seed"}))
THINKER = ModelInfo(
    id="vendor/thinker",
    name="Thinker",
    supported_parameters=frozenset({"reasoning"}),
    reasoning=ModelReasoning(efforts=("high", "low"), supports_budget=True),
)
CAREFUL = SamplingParams(reasoning=Thinking("effort", effort="high"), seed=3)


def test_a_model_that_does_not_think_is_sent_no_reasoning() -> None:
    settings = ChatSettings(model=PLAIN.id, params=CAREFUL)
    request = next_request(settings, [], "Hi", PLAIN)
    assert request.params == SamplingParams(seed=3)
    assert "reasoning" not in request.params.to_body()


def test_a_thinking_model_or_an_unknown_one_gets_the_thinking() -> None:
    thinking = ChatSettings(model=THINKER.id, params=CAREFUL)
    assert next_request(thinking, [], "Hi", THINKER).params == CAREFUL
    assert next_request(thinking, [], "Hi").params == CAREFUL  # not in the catalogue
    # An entry for another model says nothing about this one.
    other = replace(thinking, model="other/model")
    assert next_request(other, [], "Hi", PLAIN).params == CAREFUL
