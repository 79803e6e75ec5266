"""A model's providers: parsing /endpoints (hostile JSON included), the client call against
the fake server, choosing one provider, and pinning or unpinning it in the routing."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from app.api import OpenRouterClient, OpenRouterError, endpoints_path, parse_endpoints
from app.core.conversation import ChatSettings
from app.core.models import ModelInfo
from app.core.params import ProviderRouting, SamplingParams
from app.core.providers import (
    FairReport,
    ModelFairness,
    ProviderEndpoint,
    allowed_endpoints,
    choose_provider,
    named_endpoint,
    no_provider_sentence,
    params_in_play,
    pinned_routing,
    pinned_tag,
    unpinned_routing,
)
from app.core.thinking import Thinking
from tests.fakes.fake_openrouter import WIZARD, FakeOpenRouter, endpoint

from .conftest import run, with_client


def body_with(*endpoints: object) -> bytes:
    return json.dumps({"data": {"id": "a/b", "endpoints": list(endpoints)}}).encode()


def good(**changes: Any) -> dict[str, Any]:
    raw = endpoint(WIZARD, "DeepInfra", "deepinfra", ["temperature", "seed"], "0.0000005", "1e-6")
    raw.update(changes)
    return raw


# -- parsing -----------------------------------------------------------------------------------


def test_an_endpoint_is_read_with_exact_prices() -> None:
    [e] = parse_endpoints(body_with(good()))
    assert e == ProviderEndpoint(
        provider="DeepInfra",
        tag="deepinfra",
        supported_parameters=frozenset({"temperature", "seed"}),
        prompt_price=Decimal("0.0000005"),
        completion_price=Decimal("0.000001"),
        context_length=65536,
        quantization="fp8",
        status=0,
        uptime=99.5,
    )


@pytest.mark.parametrize(
    "bad",
    [
        None,
        42,
        "DeepInfra",
        [],
        {"tag": "deepinfra"},  # no name
        {"provider_name": "", "tag": "x"},
        {"provider_name": "X" * 201, "tag": "x"},
        {"provider_name": 7, "tag": "x"},
        {"provider_name": "X", "tag": ""},
        {"provider_name": "X", "tag": None},
        {"provider_name": "X", "tag": "deep infra"},  # not a slug
        {"provider_name": "X", "tag": 'x"],"allow_fallbacks":true'},
        {"provider_name": "X", "tag": "x" * 201},
    ],
)
def test_an_endpoint_without_a_usable_name_or_tag_is_skipped(bad: object) -> None:
    assert parse_endpoints(body_with(bad, good())) == parse_endpoints(body_with(good()))


@pytest.mark.parametrize(
    ("field", "value", "attribute", "expected"),
    [
        ("pricing", {"prompt": "-1", "completion": "NaN"}, "prompt_price", None),
        ("pricing", {"prompt": "1e400"}, "prompt_price", None),
        ("pricing", {"prompt": True}, "prompt_price", None),
        ("pricing", "cheap", "completion_price", None),
        ("context_length", -5, "context_length", None),
        ("context_length", 1e300, "context_length", None),
        ("context_length", "65536", "context_length", None),
        ("status", True, "status", None),
        ("status", 10**30, "status", None),
        ("status", -1, "status", -1),
        ("uptime_last_30m", float("inf"), "uptime", 99.5),  # the day's figure instead
        ("quantization", {"x": 1}, "quantization", None),
        ("supported_parameters", "temperature", "supported_parameters", frozenset()),
        ("supported_parameters", [1, None, "seed", "x" * 101], "supported_parameters", {"seed"}),
    ],
)
def test_a_bad_field_becomes_unknown(
    field: str, value: object, attribute: str, expected: object
) -> None:
    [e] = parse_endpoints(body_with(good(**{field: value})))
    assert getattr(e, attribute) == expected


def test_uptime_out_of_range_is_unknown() -> None:
    raw = good(uptime_last_30m=101, uptime_last_1d=-1, uptime_last_5m="99")
    assert parse_endpoints(body_with(raw))[0].uptime is None


def test_a_flood_of_endpoints_is_cut() -> None:
    assert len(parse_endpoints(body_with(*[good()] * 5000))) == 200


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[]", b'{"data": []}', b'{"data": {"endpoints": {}}}', b"{}", b"[" * 100_000],
)
def test_a_body_without_endpoints_is_an_error(body: bytes) -> None:
    with pytest.raises(OpenRouterError):
        parse_endpoints(body)


@pytest.mark.parametrize(
    ("model_id", "path"),
    [
        ("microsoft/wizardlm-2-8x22b", "/models/microsoft/wizardlm-2-8x22b/endpoints"),
        ("meta/llama:free", "/models/meta/llama:free/endpoints"),
        ("a b/c?d#e%", "/models/a%20b/c%3Fd%23e%25/endpoints"),
    ],
)
def test_the_path_quotes_its_segments(model_id: str, path: str) -> None:
    assert endpoints_path(model_id) == path


@pytest.mark.parametrize("model_id", ["", "wizard", "a/b/c", "/b", "a/", "../x", "a/..", " /x"])
def test_an_id_of_another_shape_is_refused_before_sending(
    fake: FakeOpenRouter, model_id: str
) -> None:
    async def use(client: OpenRouterClient) -> None:
        with pytest.raises(ValueError, match="author/slug"):
            await client.list_endpoints(model_id)

    run(with_client(fake, use))
    assert fake.requests == []


def test_the_client_lists_the_fake_servers_providers(fake: FakeOpenRouter) -> None:
    found = run(with_client(fake, lambda c: c.list_endpoints(WIZARD["id"])))
    assert [(e.provider, e.tag) for e in found] == [
        ("DeepInfra", "deepinfra"),
        ("Together", "together"),
        ("Novita", "novita"),
    ]
    assert "min_p" not in found[0].supported_parameters
    assert fake.requests[-1].route == "/models/microsoft/wizardlm-2-8x22b/endpoints"


def test_an_unknown_model_or_a_server_error_raises(fake: FakeOpenRouter) -> None:
    with pytest.raises(OpenRouterError):
        run(with_client(fake, lambda c: c.list_endpoints("nobody/nothing")))
    fake.endpoints_status = 500
    with pytest.raises(OpenRouterError):
        run(with_client(fake, lambda c: c.list_endpoints(WIZARD["id"]), retry=None))


# -- choosing ----------------------------------------------------------------------------------


def ep(
    name: str,
    params: set[str],
    price: str | None = "0.000001",
    *,
    status: int | None = 0,
    uptime: float | None = 99.0,
) -> ProviderEndpoint:
    p = None if price is None else Decimal(price)
    return ProviderEndpoint(
        name, name.lower(), frozenset(params), p, p, status=status, uptime=uptime
    )


def test_the_cheapest_provider_that_takes_every_parameter_is_chosen() -> None:
    endpoints = [
        ep("Dear", {"temperature", "min_p"}, "0.000003"),
        ep("Cheap", {"temperature"}, "0.000001"),
        ep("Middle", {"temperature", "min_p"}, "0.000002"),
    ]
    assert choose_provider(endpoints, frozenset({"temperature"})) == endpoints[1]
    assert choose_provider(endpoints, frozenset({"temperature", "min_p"})) == endpoints[2]
    assert choose_provider(endpoints, frozenset({"seed"})) is None


def test_a_provider_not_serving_normally_is_never_chosen() -> None:
    down = ep("Down", {"temperature"}, "0.0000001", status=-5)
    up = ep("Up", {"temperature"})
    assert choose_provider([down, up], frozenset({"temperature"})) == up
    assert choose_provider([down], frozenset()) is None


def test_ties_go_to_uptime_then_name_and_unknown_prices_come_last() -> None:
    a = ep("Bravo", set(), uptime=98.0)
    b = ep("alpha", set(), uptime=99.0)
    c = ep("Charlie", set(), uptime=99.0)
    unknown = ep("Free?", set(), None, uptime=100.0)
    assert choose_provider([unknown, a, c, b], frozenset()) == b
    assert choose_provider([c, a, unknown, b][::-1], frozenset()) == b
    assert choose_provider([unknown, ep("X", set(), uptime=None)], frozenset()).provider == "X"  # type: ignore[union-attr]


def test_the_preset_allow_and_deny_lists_narrow_the_choice() -> None:
    turbo = ProviderEndpoint("DeepInfra", "deepinfra/turbo")
    novita = ProviderEndpoint("Novita", "novita")
    assert allowed_endpoints([turbo, novita], [ProviderRouting(only=("deepinfra",))]) == [turbo]
    assert allowed_endpoints([turbo, novita], [ProviderRouting(ignore=("NOVITA",))]) == [turbo]
    both = [ProviderRouting(only=("deepinfra",)), ProviderRouting(ignore=("DeepInfra",))]
    assert allowed_endpoints([turbo, novita], both) == []


def test_the_parameters_in_play_are_the_sent_ones() -> None:
    schema = {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}}
    settings = ChatSettings(
        params=SamplingParams(
            temperature=0.2,
            min_p=0.05,
            stop=("END",),
            seed=1,
            max_tokens=10,
            response_format=schema,
            reasoning=Thinking(mode="effort", effort="high"),
        )
    )
    assert params_in_play(settings) == {
        "temperature",
        "min_p",
        "stop",
        "seed",
        "max_tokens",
        "response_format",
        "structured_outputs",
        "reasoning",
    }
    assert params_in_play(ChatSettings()) == frozenset()
    plain = ModelInfo(id=settings.model, name="Plain", supported_parameters=frozenset({"seed"}))
    assert "reasoning" not in params_in_play(settings, plain)  # never sent to it


def test_pinning_keeps_the_persons_own_routing_and_unpinning_restores_the_preset() -> None:
    own = ProviderRouting(sort="price", data_collection="deny", only=("novita", "together"))
    pinned = pinned_routing(own, "novita")
    assert pinned.to_body() == {
        "require_parameters": True,
        "allow_fallbacks": False,
        "sort": "price",
        "data_collection": "deny",
        "order": ["novita"],
        "only": ["novita", "together"],
    }
    assert unpinned_routing(pinned) == own
    preset = ProviderRouting(require_parameters=True, order=("together",))
    assert unpinned_routing(pinned, preset) == ProviderRouting(
        require_parameters=True,
        sort="price",
        data_collection="deny",
        order=("together",),
        only=("novita", "together"),
    )


def test_the_report_says_what_no_provider_takes_in_plain_words() -> None:
    endpoints = [ep("A", {"min_p"}), ep("B", {"seed"}), ep("Down", {"min_p", "seed"}, status=-1)]
    together = no_provider_sentence("WizardLM", endpoints, frozenset({"min_p", "seed"}))
    assert together == (
        "No single provider of WizardLM takes Min P and Seed together; each column may be "
        "served by a different provider."
    )
    nobody = no_provider_sentence("WizardLM", endpoints, frozenset({"top_a", "min_p"}))
    assert nobody.startswith("No provider of WizardLM takes Top A, so a column that sets it")
    report = FairReport(
        (
            ModelFairness("a/b", (0, 1), provider="A", tag="a"),
            ModelFairness("c/d", (2,), problem=together),
        )
    )
    assert report.problem == together
    assert report.pinned == {"a/b": "a"}
    assert FairReport().problem is None


def test_one_provider_in_order_without_fallbacks_means_that_provider_only() -> None:
    turbo = ProviderEndpoint("DeepInfra", "deepinfra/turbo")
    novita = ProviderEndpoint("Novita", "novita")
    only_novita = ProviderRouting(order=("novita",), allow_fallbacks=False)
    assert pinned_tag(only_novita) == "novita"
    assert allowed_endpoints([turbo, novita], [only_novita]) == [novita]
    # An order that may fall back to others, or names two, allows every provider.
    first = ProviderRouting(order=("novita",))
    two = ProviderRouting(order=("novita", "deepinfra"), allow_fallbacks=False)
    assert pinned_tag(first) is None and pinned_tag(two) is None
    assert allowed_endpoints([turbo, novita], [first]) == [turbo, novita]
    assert allowed_endpoints([turbo, novita], [two]) == [turbo, novita]
    assert named_endpoint([turbo, novita], "deepinfra") == turbo
    assert named_endpoint([turbo, novita], "NOVITA") == novita
    assert named_endpoint([turbo], "novita") is None


def test_a_preset_that_allows_no_provider_of_the_model_is_named_as_the_cause() -> None:
    endpoints = [ep("A", {"min_p"}), ep("B", {"seed"})]
    sentence = no_provider_sentence("WizardLM", endpoints, frozenset({"min_p"}), [])
    assert sentence == (
        "The preset of a column of WizardLM allows only providers that do not serve this "
        "model, so that column will be refused. Choose another preset or model for it."
    )
    # Allowed ones that are down are still "not working normally".
    down = [ep("Down", {"min_p"}, status=-1)]
    sentence = no_provider_sentence("WizardLM", [*endpoints, *down], frozenset(), down)
    assert sentence.startswith("No provider of WizardLM is working normally")
