"""Parameters: ranges checked before sending, and only what the user set is sent."""

from __future__ import annotations

import pytest

from app.api import ChatRequest, InvalidRequestError, build_chat_body
from app.core.messages import ChatMessage
from app.core.params import PARAM_SPECS, ParameterError, ProviderRouting, SamplingParams

HI = (ChatMessage("user", "Hi"),)


def test_nothing_set_sends_only_model_messages_and_stream() -> None:
    body = build_chat_body(ChatRequest("m/x", HI), stream=True)
    assert body == {"model": "m/x", "messages": [{"role": "user", "content": "Hi"}], "stream": True}


def test_set_parameters_are_sent_with_their_values() -> None:
    params = SamplingParams(temperature=0.0, top_k=40, stop=("END",), seed=7, min_p=0.05, top_a=0.1)
    body = build_chat_body(ChatRequest("m/x", HI, params), stream=False)
    assert body["temperature"] == 0.0  # zero is a value, not "unset"
    assert body["top_k"] == 40
    assert body["stop"] == ["END"]
    assert body["seed"] == 7
    assert body["min_p"] == 0.05
    assert body["top_a"] == 0.1
    assert "top_p" not in body and "max_tokens" not in body


@pytest.mark.parametrize(
    ("field", "bad", "good"),
    [
        ("temperature", 2.01, 2.0),
        ("temperature", -0.1, 0.0),
        ("top_p", 1.5, 1.0),
        ("top_k", -1, 0),
        ("top_k", 2.5, 3),
        ("frequency_penalty", -2.5, -2.0),
        ("presence_penalty", 2.5, 2.0),
        ("repetition_penalty", 0.0, 0.01),
        ("repetition_penalty", 2.1, 2.0),
        ("min_p", 1.1, 1.0),
        ("top_a", -0.1, 0.0),
        ("max_tokens", 0, 1),
        ("temperature", float("nan"), 1.0),
        ("seed", True, 1),
    ],
)
def test_ranges_are_enforced(field: str, bad: object, good: object) -> None:
    with pytest.raises(ParameterError) as caught:
        SamplingParams(**{field: bad}).validate()
    assert caught.value.name == field
    SamplingParams(**{field: good}).validate()


def test_at_most_four_stop_sequences() -> None:
    SamplingParams(stop=("a", "b", "c", "d")).validate()
    with pytest.raises(ParameterError, match="at most 4"):
        SamplingParams(stop=("a", "b", "c", "d", "e")).validate()


@pytest.mark.parametrize(
    "fmt",
    [
        {"type": "text"},
        {"type": "json_object"},
        {"type": "json_schema", "json_schema": {"name": "weather_1", "schema": {"type": "object"}}},
    ],
)
def test_valid_response_formats(fmt: dict[str, object]) -> None:
    assert (
        build_chat_body(ChatRequest("m/x", HI, SamplingParams(response_format=fmt)), stream=True)[
            "response_format"
        ]
        == fmt
    )


@pytest.mark.parametrize(
    "fmt",
    [
        {"type": "xml"},
        {"type": "json_schema", "json_schema": {"name": "ok"}},
        {"type": "json_schema", "json_schema": {"name": "bad name!", "schema": {}}},
        {"type": "json_schema", "json_schema": {"name": "x" * 65, "schema": {}}},
    ],
)
def test_invalid_response_formats_are_refused_before_sending(fmt: dict[str, object]) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        build_chat_body(ChatRequest("m/x", HI, SamplingParams(response_format=fmt)), stream=True)
    assert caught.value.user_message  # plain words for the user


def test_provider_routing_sends_only_choices_made() -> None:
    routing = ProviderRouting(require_parameters=True, sort="price", allow_fallbacks=False)
    body = build_chat_body(ChatRequest("m/x", HI, routing=routing), stream=True)
    assert body["provider"] == {
        "require_parameters": True,
        "allow_fallbacks": False,
        "sort": "price",
    }
    assert "provider" not in build_chat_body(
        ChatRequest("m/x", HI, routing=ProviderRouting()), stream=True
    )


def test_every_parameter_explains_itself_in_plain_words() -> None:
    names = {spec.name for spec in PARAM_SPECS}
    assert names >= {
        "max_tokens",
        "temperature",
        "top_p",
        "stop",
        "frequency_penalty",
        "presence_penalty",
        "seed",
        "top_k",
        "repetition_penalty",
        "response_format",
        "min_p",
        "top_a",
    }
    for spec in PARAM_SPECS:
        assert spec.help.endswith(".") and spec.when.endswith("."), spec.name
        assert "_" not in spec.label, spec.name


def test_empty_model_or_messages_are_refused() -> None:
    with pytest.raises(InvalidRequestError):
        build_chat_body(ChatRequest(" ", HI), stream=True)
    with pytest.raises(InvalidRequestError):
        build_chat_body(ChatRequest("m/x", ()), stream=True)


def test_drop_invalid_keeps_good_values_and_names_the_dropped_ones() -> None:
    from app.core.params import drop_invalid

    params = SamplingParams(
        temperature=float("nan"),
        top_p=0.5,
        top_k=-3,
        max_tokens=100,
        stop=("",),
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "x", "schema": {"a": float("inf")}},
        },
    )
    kept, dropped = drop_invalid(params)
    assert kept == SamplingParams(top_p=0.5, max_tokens=100)
    assert dropped == ("temperature", "top_k", "stop", "response_format")
    assert drop_invalid(kept) == (kept, ())


# -- thinking ----------------------------------------------------------------------------------


def test_thinking_is_sent_as_the_reasoning_object_and_model_default_sends_nothing() -> None:
    from app.core.thinking import Thinking

    def body(thinking: Thinking | None) -> dict[str, object]:
        request = ChatRequest("m", [ChatMessage("user", "hi")], SamplingParams(reasoning=thinking))
        return build_chat_body(request, stream=True)

    assert "reasoning" not in body(None)
    assert "reasoning" not in body(Thinking("default"))  # the model's own amount, shown
    assert body(Thinking("off"))["reasoning"] == {"enabled": False}
    assert body(Thinking("effort", effort="low"))["reasoning"] == {"effort": "low"}
    assert body(Thinking("default", hide=True))["reasoning"] == {"exclude": True}
    with pytest.raises(InvalidRequestError) as caught:
        body(Thinking("budget", budget=0))
    assert (
        caught.value.user_message == "The thinking budget must be between 1 and 1,000,000 tokens."
    )


def test_thinking_is_stored_in_its_wire_form_and_read_back_tolerantly() -> None:
    from app.core.params import params_from_dict, params_summary
    from app.core.thinking import Thinking

    params = SamplingParams(reasoning=Thinking("budget", budget=3000, hide=True), max_tokens=8000)
    stored = params.to_dict()
    assert stored == {"max_tokens": 8000, "reasoning": {"max_tokens": 3000, "exclude": True}}
    assert params_from_dict(stored) == params
    assert params_from_dict({"reasoning": {"effort": "extreme"}}) == SamplingParams()
    assert params_from_dict({"reasoning": "high"}) == SamplingParams()
    assert params_summary(params) == "Thinking budget 3,000 (hidden) · Maximum length 8000"
    assert params_summary(SamplingParams(reasoning=Thinking("off"))) == "Thinking off"
