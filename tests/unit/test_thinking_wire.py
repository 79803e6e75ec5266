"""Thinking on the wire: the ``/models`` reasoning object, ``reasoning_details`` as they enter
(streams and whole answers, hostile ones included), and the fake server's thinking streams
read through the real client over loopback (docs/thinking.md)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import (
    ChatCompletion,
    Finished,
    GenerationStats,
    OpenRouterClient,
    ReasoningDelta,
    StreamEvent,
    TextDelta,
    UsageReport,
)
from app.api.parsing import (
    MAX_DETAIL_DATA,
    MAX_DETAIL_TEXT,
    MAX_DETAILS,
    StreamParser,
    checked_detail,
    parse_completion,
    parse_generation,
    parse_model,
    parse_model_reasoning,
    parse_models,
    parse_usage,
)
from app.core.params import SamplingParams
from app.core.thinking import ModelReasoning, Thinking
from app.services.catalogue import CatalogueService
from app.services.turn import ReasoningDetails
from app.store.catalogue_cache import CatalogueCache
from tests.fakes.fake_openrouter import (
    O_SERIES,
    THINKER,
    VALID_KEY,
    FakeOpenRouter,
    Scenario,
    default_models,
)
from tests.helpers.clocks import Clock

from .conftest import collect, hello, run, with_client

SONNET = "anthropic/claude-sonnet-4.5"


def sse(*chunks: object) -> bytes:
    parts = [c if isinstance(c, str) else json.dumps(c) for c in chunks]
    return "".join(f"data: {p}\n\n" for p in parts).encode()


def delta(**fields: object) -> dict[str, object]:
    return {"choices": [{"index": 0, "delta": fields, "finish_reason": None}]}


def thinking(events: list[StreamEvent]) -> list[ReasoningDelta]:
    return [e for e in events if isinstance(e, ReasoningDelta)]


def text_of(events: list[StreamEvent]) -> str:
    return "".join(e.text for e in events if isinstance(e, TextDelta))


def merged(events: list[StreamEvent]) -> list[dict[str, Any]]:
    details = ReasoningDetails()
    for event in thinking(events):
        details.add(event.details)
    return details.items()


# -- /models: the reasoning object --------------------------------------------------------------


def models_by_id() -> dict[str, Any]:
    return {m.id: m for m in map(parse_model, default_models()) if m is not None}


def test_the_thinker_takes_efforts_a_budget_and_off() -> None:
    model = models_by_id()[THINKER["id"]]
    assert model.reasoning == ModelReasoning(
        efforts=("high", "medium", "low", "minimal"),
        default_effort="medium",
        default_enabled=True,
        supports_budget=True,
        mandatory=False,
    )
    assert model.reasoning_price == Decimal("0.000004") == model.thinking_price
    choices = model.thinking_choices
    assert choices is not None and choices.off and choices.budget


def test_an_o_series_model_cannot_stop_thinking_and_takes_no_budget() -> None:
    model = models_by_id()[O_SERIES["id"]]
    assert model.reasoning == ModelReasoning(
        ("high", "medium", "low"), "medium", True, supports_budget=False, mandatory=True
    )
    choices = model.thinking_choices
    assert choices is not None and not choices.off and not choices.budget
    assert not model.supports("temperature") and not model.supports("top_p")
    # Listed "internal_reasoning": "0" is not free thinking: it is billed as output.
    assert model.reasoning_price is None
    assert model.thinking_price == model.completion_price == Decimal("0.0000044")


def test_claudes_none_effort_is_off_not_a_level() -> None:
    model = models_by_id()[SONNET]
    assert model.reasoning is not None
    assert model.reasoning.efforts == ("high", "medium", "low")
    assert model.reasoning.default_enabled is False and model.reasoning.supports_budget
    assert models_by_id()["microsoft/wizardlm-2-8x22b"].reasoning is None


@pytest.mark.parametrize(
    ("raw", "efforts"),
    [
        ({"mandatory": False}, ()),  # absent: no choice of level
        ({"supported_efforts": None}, None),  # null: every level
        ({"supported_efforts": []}, ()),
        ({"supported_efforts": ["low", "max", "high", "low"]}, ("max", "high", "low")),
        ({"supported_efforts": ["none", "ultra", "HIGH", 3, None, True, ["high"]]}, ()),
        ({"supported_efforts": "high"}, ()),
        ({"supported_efforts": {"high": True}}, ()),
        ({"supported_efforts": ["minimal"] + ["x" * 1_000_000] * 3}, ("minimal",)),
    ],
)
def test_supported_efforts_are_known_levels_highest_first(
    raw: dict[str, Any], efforts: tuple[str, ...] | None
) -> None:
    reasoning = parse_model_reasoning(raw)
    assert reasoning is not None and reasoning.efforts == efforts


@pytest.mark.parametrize(
    "raw",
    [
        {
            "default_effort": "extreme",
            "default_enabled": "true",
            "supports_max_tokens": "true",
            "mandatory": 1,
        },
        {
            "default_effort": ["high"],
            "default_enabled": None,
            "supports_max_tokens": 1,
            "mandatory": "yes",
        },
        {"default_effort": float("nan"), "default_enabled": 0, "supports_max_tokens": {}},
    ],
)
def test_wrong_types_in_the_reasoning_object_read_as_unknown_or_no(raw: dict[str, Any]) -> None:
    assert parse_model_reasoning(raw) == ModelReasoning(efforts=())


def test_default_effort_none_means_off_by_default() -> None:
    reasoning = parse_model_reasoning({"default_effort": "none", "mandatory": False})
    assert reasoning is not None and reasoning.default_effort == "none"


@pytest.mark.parametrize("raw", [None, [], "yes", 1, True, [{"mandatory": True}]])
def test_a_reasoning_value_that_is_not_an_object_is_no_reasoning(raw: object) -> None:
    assert parse_model_reasoning(raw) is None


@pytest.mark.parametrize(
    ("price", "expected"),
    [
        ("0.000004", Decimal("0.000004")),
        (4e-06, Decimal("0.000004")),
        ("NaN", None),
        ("-0.000001", None),
        ("1e999999", None),
        ("100000", None),  # above MAX_PRICE_PER_TOKEN
        (True, None),
        ({"usd": 1}, None),
        ("9" * 10_000, None),
    ],
)
def test_the_reasoning_price_is_range_checked(price: object, expected: Decimal | None) -> None:
    raw = {**THINKER, "pricing": {**THINKER["pricing"], "internal_reasoning": price}}
    model = parse_model(raw)
    assert model is not None and model.reasoning_price == expected


def test_a_zero_reasoning_price_on_a_free_model_is_free() -> None:
    raw = {**THINKER, "pricing": {"prompt": "0", "completion": "0", "internal_reasoning": "0"}}
    model = parse_model(raw)
    assert model is not None and model.reasoning_price == 0 and model.thinking_price == 0


def test_a_hostile_catalogue_still_parses_every_model() -> None:
    nested: Any = "high"
    for _ in range(500):
        nested = [nested]
    entries = [
        {"id": "a/deep", "reasoning": {"supported_efforts": nested, "mandatory": True}},
        {"id": "a/list", "reasoning": ["high"]},
        {"id": "a/huge", "reasoning": {"default_effort": "x" * 2_000_000}},
        {"id": "a/nan", "reasoning": {"supported_efforts": [float("nan")]}},
    ]
    body = json.dumps({"data": entries}).encode()
    models = {m.id: m for m in parse_models(body)}
    assert models["a/deep"].reasoning == ModelReasoning(efforts=(), mandatory=True)
    assert models["a/list"].reasoning is None
    assert models["a/huge"].reasoning == ModelReasoning(efforts=())
    assert models["a/nan"].reasoning == ModelReasoning(efforts=())


def test_the_catalogue_cache_keeps_the_reasoning_objects(
    fake: FakeOpenRouter, tmp_path: Path
) -> None:
    cache = CatalogueCache(tmp_path / "cache")

    async def refresh() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=fake.base_url, api_key=VALID_KEY)
            service = CatalogueService(client, cache, clock=Clock())
            service.load()
            assert await service.refresh()

    run(refresh())
    offline = CatalogueService(
        OpenRouterClient(httpx.AsyncClient(), base_url="http://127.0.0.1:9/api/v1"),
        cache,
        clock=Clock(),
    )
    offline.load()
    assert offline.source == "cache"
    o4 = offline.get(O_SERIES["id"])
    assert o4 is not None and o4.reasoning is not None and o4.reasoning.mandatory
    thinker = offline.get(THINKER["id"])
    assert thinker is not None and thinker.reasoning_price == Decimal("0.000004")


# -- reasoning_details as they enter ------------------------------------------------------------


def test_a_known_item_keeps_its_known_keys_only() -> None:
    raw = {
        "type": "reasoning.text",
        "text": "Hmm",
        "signature": None,
        "id": "rs_1",
        "format": "anthropic-claude-v1",
        "index": 0,
        "extra": {"x": 1},
        "summary": "not a text item's key",
    }
    assert checked_detail(raw) == {
        "type": "reasoning.text",
        "text": "Hmm",
        "signature": None,
        "id": "rs_1",
        "format": "anthropic-claude-v1",
        "index": 0,
    }
    assert checked_detail({"type": "reasoning.summary", "summary": "S"}) == {
        "type": "reasoning.summary",
        "summary": "S",
    }
    assert checked_detail({"type": "reasoning.encrypted", "data": "[REDACTED]", "index": 2}) == {
        "type": "reasoning.encrypted",
        "data": "[REDACTED]",
        "index": 2,
    }


@pytest.mark.parametrize(
    "raw",
    [
        "reasoning.text",
        ["reasoning.text"],
        None,
        42,
        {"text": "no type"},
        {"type": "reasoning.server_tool_call", "tool_name": "x"},
        {"type": "new.kind", "text": "x"},
        {"type": ["reasoning.text"], "text": "x"},
        {"type": "reasoning.text", "text": 5},
        {"type": "reasoning.text", "text": ["a", "b"]},
        {"type": "reasoning.text", "text": "x" * (MAX_DETAIL_TEXT + 1)},
        {"type": "reasoning.text", "signature": "s" * (MAX_DETAIL_DATA + 1)},
        {"type": "reasoning.text", "signature": {"v": 1}},
        {"type": "reasoning.summary"},
        {"type": "reasoning.summary", "summary": None},
        {"type": "reasoning.summary", "summary": {"text": "x"}},
        {"type": "reasoning.encrypted"},
        {"type": "reasoning.encrypted", "data": None},
        {"type": "reasoning.encrypted", "data": "d" * (MAX_DETAIL_DATA + 1)},
        {"type": "reasoning.text", "text": "x", "index": -1},
        {"type": "reasoning.text", "text": "x", "index": 10**12},
        {"type": "reasoning.text", "text": "x", "index": True},
        {"type": "reasoning.text", "text": "x", "index": 0.5},
        {"type": "reasoning.text", "text": "x", "index": float("nan")},
        {"type": "reasoning.text", "text": "x", "index": "0"},
        {"type": "reasoning.text", "text": "x", "id": 7},
        {"type": "reasoning.text", "text": "x", "id": "i" * 1000},
        {"type": "reasoning.text", "text": "x", "format": {"name": "unknown"}},
    ],
)
def test_anything_else_is_dropped_whole(raw: object) -> None:
    assert checked_detail(raw) is None


def test_lone_surrogates_in_items_are_cleaned() -> None:
    item = checked_detail({"type": "reasoning.text", "text": "a\ud83db", "id": "\udc00"})
    assert item == {"type": "reasoning.text", "text": "a\ufffdb", "id": "\ufffd"}


def test_stream_shows_the_reasoning_once_not_the_details_too() -> None:
    detail = {"type": "reasoning.text", "text": "Think", "format": "unknown", "index": 0}
    events = StreamParser().feed(sse(delta(reasoning="Think", reasoning_details=[detail])))
    assert thinking(events) == [ReasoningDelta("Think", (detail,))]


@pytest.mark.parametrize("reasoning", [None, "", 5, ["x"], {"text": "x"}])
def test_without_readable_reasoning_the_details_text_is_shown(reasoning: object) -> None:
    details = [
        {"type": "reasoning.summary", "summary": "Plan: ", "index": 0},
        {"type": "reasoning.text", "text": "go.", "index": 1},
    ]
    events = StreamParser().feed(sse(delta(reasoning=reasoning, reasoning_details=details)))
    assert thinking(events) == [ReasoningDelta("Plan: go.", tuple(details))]


def test_encrypted_thinking_arrives_with_no_text_but_its_details() -> None:
    item = {"type": "reasoning.encrypted", "data": "gAAAA==", "id": "rs_1", "index": 0}
    events = StreamParser().feed(
        sse(delta(content="", reasoning=None, reasoning_details=[item]), delta(content="Hi"))
    )
    assert thinking(events) == [ReasoningDelta("", (item,))]
    assert text_of(events) == "Hi"


def test_hostile_details_are_dropped_and_the_rest_kept() -> None:
    nested: Any = "x"
    for _ in range(800):
        nested = {"a": nested}
    good = {"type": "reasoning.text", "text": "ok", "index": 0}
    details = [
        "junk",
        None,
        [good],
        {"type": "reasoning.text", "text": nested},
        {"type": "reasoning.text", "text": "x" * (MAX_DETAIL_TEXT + 1)},
        {"type": "reasoning.encrypted", "data": 12},
        good,
    ]
    events = StreamParser().feed(sse(delta(reasoning_details=details)))
    assert thinking(events) == [ReasoningDelta("ok", (good,))]


def test_nan_in_details_is_dropped() -> None:
    items = (
        '{"type":"reasoning.text","text":"a","index":NaN},'
        '{"type":"reasoning.text","text":"b","index":Infinity}'
    )
    body = b'data: {"choices":[{"delta":{"reasoning_details":[' + items.encode() + b"]}}]}\n\n"
    parser = StreamParser()
    assert thinking(parser.feed(body)) == []
    assert parser.error is None


def test_at_most_max_details_items_per_chunk() -> None:
    items = [{"type": "reasoning.text", "text": "t", "index": i} for i in range(MAX_DETAILS * 3)]
    (event,) = thinking(StreamParser().feed(sse(delta(reasoning_details=items))))
    assert len(event.details) == MAX_DETAILS and event.text == "t" * MAX_DETAILS


@pytest.mark.parametrize("details", ["text", {"type": "reasoning.text"}, 1, None, True])
def test_details_that_are_not_a_list_are_ignored(details: object) -> None:
    events = StreamParser().feed(sse(delta(reasoning="r", reasoning_details=details)))
    assert thinking(events) == [ReasoningDelta("r")]


def test_a_surrogate_pair_split_across_detail_only_chunks_is_joined() -> None:
    first = [{"type": "reasoning.text", "text": "a\ud83d", "index": 0}]
    second = [{"type": "reasoning.text", "text": "\ude00b", "index": 0}]
    parser = StreamParser()
    events = parser.feed(sse(delta(reasoning_details=first), delta(reasoning_details=second)))
    assert "".join(e.text for e in thinking(events)) == "a😀b"


def test_a_whole_answer_keeps_its_details_and_reads_text_from_them() -> None:
    item = {"type": "reasoning.summary", "summary": "Short plan.", "format": "x", "index": 0}
    body = {
        "choices": [
            {
                "message": {
                    "content": "Done.",
                    "reasoning": None,
                    "reasoning_details": [item, "junk", {"type": "reasoning.encrypted"}],
                },
                "finish_reason": "stop",
            }
        ]
    }
    completion = parse_completion(json.dumps(body).encode())
    assert completion.reasoning == "Short plan."
    assert completion.reasoning_details == (item,)
    del body["choices"][0]["message"]["reasoning_details"]  # type: ignore[index]
    bare = parse_completion(json.dumps(body).encode())
    assert bare.reasoning is None and bare.reasoning_details == ()


@pytest.mark.parametrize(
    ("completion", "reasoning", "expected"),
    [(100, 90, 90), (100, 100, 100), (5, 10**9, 5), (None, 40, 40), (100, "many", None)],
)
def test_reasoning_tokens_are_never_more_than_the_completion(
    completion: object, reasoning: object, expected: int | None
) -> None:
    usage = parse_usage(
        {
            "completion_tokens": completion,
            "completion_tokens_details": {"reasoning_tokens": reasoning},
        }
    )
    assert usage.reasoning_tokens == expected


def test_generation_reports_its_reasoning_tokens() -> None:
    body = {"data": {"id": "gen-1", "native_tokens_reasoning": 90, "native_tokens_completion": 100}}
    assert parse_generation(json.dumps(body).encode()).native_tokens_reasoning == 90
    body["data"]["native_tokens_reasoning"] = -5
    assert parse_generation(json.dumps(body).encode()).native_tokens_reasoning is None


# -- the fake server's thinking, through the real client ----------------------------------------


def stream(fake: FakeOpenRouter, **request: Any) -> list[StreamEvent]:
    async def use(client: OpenRouterClient) -> list[StreamEvent]:
        return await collect(client.stream_chat(hello(**request)))

    return run(with_client(fake, use))


def usage_of(events: list[StreamEvent]) -> UsageReport:
    (report,) = [e for e in events if isinstance(e, UsageReport)]
    return report


def test_text_style_streams_thinking_then_the_answer(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="Answer.", reasoning=["Let me ", "think."]))
    events = stream(fake)
    kinds = [type(e).__name__ for e in events if isinstance(e, ReasoningDelta | TextDelta)]
    assert kinds == ["ReasoningDelta", "ReasoningDelta", "TextDelta"]
    assert "".join(e.text for e in thinking(events)) == "Let me think."
    assert merged(events) == [
        {"type": "reasoning.text", "text": "Let me think.", "format": "unknown", "index": 0}
    ]
    usage = usage_of(events).usage
    assert usage.reasoning_tokens == 2 and usage.completion_tokens == 3  # 1 answer + 2 thinking


def test_summary_style_shows_the_summary_once(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="Yes.", reasoning=["Weighing ", "options."], reasoning_style="summary"))
    events = stream(fake)
    assert "".join(e.text for e in thinking(events)) == "Weighing options."
    assert [d["type"] for d in merged(events)] == ["reasoning.summary", "reasoning.summary"]
    assert merged(events)[0]["format"] == "openai-responses-v1"


def test_encrypted_style_says_the_model_thought_privately(fake: FakeOpenRouter) -> None:
    fake.push(
        Scenario(
            text="42.", reasoning_style="encrypted", reasoning_tokens=3120, model=O_SERIES["id"]
        )
    )
    events = stream(fake, model=O_SERIES["id"])
    (event,) = thinking(events)
    assert event.text == ""
    (item,) = event.details
    assert item["type"] == "reasoning.encrypted" and item["data"].startswith("gAAAAA")
    assert text_of(events) == "42."
    usage = usage_of(events).usage
    assert usage.reasoning_tokens == 3120 and usage.completion_tokens == 3121
    # Hidden thinking is billed at the output price all the same.
    assert usage.cost == pytest.approx(Decimal("0.0000044") * 3121 + Decimal("0.0000011") * 2)


def test_encrypted_style_never_sends_the_pieces(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="ok", reasoning=["secret plan"], reasoning_style="encrypted"))
    events = stream(fake)
    assert all(e.text == "" for e in thinking(events))
    assert not any("secret" in json.dumps(e.details) for e in thinking(events))
    assert usage_of(events).usage.reasoning_tokens == 1


def test_encrypted_without_pieces_needs_a_count() -> None:
    with pytest.raises(ValueError, match="reasoning_tokens"):
        Scenario(reasoning_style="encrypted")
    with pytest.raises(ValueError, match="reasoning_style"):
        Scenario(reasoning_style="telepathic")
    with pytest.raises(ValueError, match="reasoning_tokens"):
        Scenario(reasoning_tokens=-1)


def test_claude_fragments_merge_into_one_signed_block(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="Hi there.", reasoning=["Greet ", "them."], reasoning_style="claude"))
    events = stream(fake, model=SONNET)
    ordered = [e for e in events if isinstance(e, ReasoningDelta | TextDelta)]
    # the signature-only fragment comes after the answer started
    assert isinstance(ordered[2], TextDelta) and isinstance(ordered[3], ReasoningDelta)
    assert ordered[3].text == "" and "signature" in ordered[3].details[0]
    (block,) = merged(events)
    assert block["text"] == "Greet them." and block["index"] == 0
    assert block["signature"].startswith("Et8B") and block["format"] == "anthropic-claude-v1"
    assert "".join(e.text for e in thinking(events)) == "Greet them."


@pytest.mark.parametrize("content_null", [False, True])
def test_thinking_that_used_the_whole_length_limit(
    fake: FakeOpenRouter, content_null: bool
) -> None:
    fake.push(
        Scenario(
            text="",
            reasoning=["Hmm, ", "let me ", "see..."],
            finish_reason="length",
            reasoning_tokens=4000,
            content_null=content_null,
            model=THINKER["id"],
        )
    )
    events = stream(fake, model=THINKER["id"])
    assert text_of(events) == "" and not any(isinstance(e, TextDelta) for e in events)
    assert "".join(e.text for e in thinking(events)) == "Hmm, let me see..."
    assert events[-1] == Finished("length", "length", ())
    usage = usage_of(events).usage
    assert usage.reasoning_tokens == usage.completion_tokens == 4000
    assert usage.cost is not None and usage.cost > 0  # billed in full

    gen_id = events[0].generation_id  # type: ignore[union-attr]

    async def generation(client: OpenRouterClient) -> GenerationStats:
        assert gen_id is not None
        return await client.get_generation(gen_id, delay=0.01)

    stats = run(with_client(fake, generation))
    assert stats.native_tokens_reasoning == stats.tokens_completion == 4000
    assert stats.finish_reason == "length"


def test_the_length_trap_without_a_count_counts_the_pieces(fake: FakeOpenRouter) -> None:
    fake.push(Scenario(text="", reasoning=["a", "b", "c"], finish_reason="length"))
    usage = usage_of(stream(fake)).usage
    assert usage.reasoning_tokens == usage.completion_tokens == 3


@pytest.mark.parametrize("style", ["text", "summary", "claude", "encrypted"])
def test_whole_answers_carry_their_details(fake: FakeOpenRouter, style: str) -> None:
    fake.push(Scenario(text="Fine.", reasoning=["Step ", "one."], reasoning_style=style))

    async def use(client: OpenRouterClient) -> ChatCompletion:
        return await client.complete_chat(hello())

    completion = run(with_client(fake, use))
    assert completion.text == "Fine."
    (item,) = completion.reasoning_details
    if style == "encrypted":
        assert completion.reasoning is None and item["type"] == "reasoning.encrypted"
        assert item["data"].startswith("gAAAAA") and "Step" not in item["data"]
    else:
        assert completion.reasoning == "Step one."
    if style == "claude":
        assert item["signature"].startswith("Et8B") and item["text"] == "Step one."
    assert completion.usage is not None and completion.usage.reasoning_tokens == 2


@pytest.mark.parametrize(
    ("setting", "sent"),
    [
        (None, None),
        (Thinking("off"), {"enabled": False}),
        (Thinking("effort", effort="high"), {"effort": "high"}),
        (Thinking("budget", budget=4000), {"max_tokens": 4000}),
        (Thinking("default", hide=True), {"exclude": True}),
        (Thinking("effort", effort="low", hide=True), {"effort": "low", "exclude": True}),
    ],
)
def test_the_recorded_request_carries_the_reasoning_object(
    fake: FakeOpenRouter, setting: Thinking | None, sent: dict[str, Any] | None
) -> None:
    stream(fake, model=THINKER["id"], params=SamplingParams(reasoning=setting))
    body = fake.chat_requests[-1].json
    assert body.get("reasoning") == sent
    assert ("reasoning" in body) is (sent is not None)
