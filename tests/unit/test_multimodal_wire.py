"""Attachments and web search on the wire (#18): the request bodies ``next_request`` and
``build_chat_body`` make, the annotations and searches parsed from answers, and the fake
server's side of it (what it refuses, what its PDF reader and web search answer)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest

from app.api import (
    AnnotationsDelta,
    ChatRequest,
    NotFoundError,
    OpenRouterClient,
    OpenRouterError,
    StreamEvent,
    TextDelta,
    UsageReport,
    build_chat_body,
)
from app.api.parsing import StreamParser, parse_model, parse_usage, parse_whole_answer
from app.core.attachments import Attachment, WebSearch
from app.core.conversation import ChatSettings, Message
from app.core.messages import MAX_FILE_CONTENT, ChatMessage, checked_annotations
from app.core.models import ModelInfo
from app.core.request import next_request
from tests.fakes.fake_openrouter import (
    FILE_READER,
    VISION,
    WIZARD,
    FakeOpenRouter,
    Scenario,
    default_models,
)

from .conftest import collect, run, with_client

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
PDF = b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\nBT (Quarterly figures) Tj ET\n%%EOF\n"
NOTES = "Line one.\nLine two with ``` inside.\n"
BLOBS = {hashlib.sha256(b).hexdigest(): b for b in (PNG, PDF, NOTES.encode())}


def attachment(kind: str, name: str, data: bytes, mime: str) -> Attachment:
    return Attachment(hashlib.sha256(data).hexdigest(), name, mime, kind, len(data))  # type: ignore[arg-type]


IMAGE = attachment("image", "cat.png", PNG, "image/png")
REPORT = attachment("pdf", "report.pdf", PDF, "application/pdf")
TEXT_FILE = attachment("text", "notes.txt", NOTES.encode(), "text/plain")


def read(item: Attachment) -> bytes:
    return BLOBS[item.digest]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


CATALOGUE = {m.id: m for m in map(parse_model, default_models()) if m is not None}


def body_for(
    settings: ChatSettings,
    prompt: str,
    attachments: tuple[Attachment, ...] = (),
    history: tuple[Message, ...] = (),
    *,
    reader: Any = read,
) -> dict[str, Any]:
    request = next_request(
        settings,
        history,
        prompt,
        CATALOGUE.get(settings.model),
        attachments=attachments,
        read=reader,
    )
    return build_chat_body(request, stream=True)


# -- bodies --------------------------------------------------------------------------------


def test_an_image_goes_as_a_data_url_after_the_prompt_to_a_vision_model() -> None:
    body = body_for(ChatSettings(model=VISION["id"]), "What is this?", (IMAGE,))
    assert body["messages"] == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64(PNG)}"}},
            ],
        }
    ]
    assert "plugins" not in body and "tools" not in body


def test_a_pdf_to_a_model_that_reads_files_goes_natively_with_the_engine_named() -> None:
    body = body_for(ChatSettings(model=FILE_READER["id"]), "Sum it up.", (REPORT,))
    assert body["messages"][0]["content"] == [
        {"type": "text", "text": "Sum it up."},
        {
            "type": "file",
            "file": {
                "filename": "report.pdf",
                "file_data": f"data:application/pdf;base64,{b64(PDF)}",
            },
        },
    ]
    # "native" named: left unset, OpenRouter could fall back to its paid OCR (finding 7)
    assert body["plugins"] == [{"id": "file-parser", "pdf": {"engine": "native"}}]
    ocr = ChatSettings(model=FILE_READER["id"], pdf_engine="mistral-ocr")
    assert body_for(ocr, "Sum it up.", (REPORT,))["plugins"] == body["plugins"]


@pytest.mark.parametrize(
    ("engine", "sent"),
    [(None, "cloudflare-ai"), ("mistral-ocr", "mistral-ocr"), ("cloudflare-ai", "cloudflare-ai")],
)
def test_a_pdf_to_a_text_model_brings_the_reader_with_the_chosen_engine_free_by_default(
    engine: Any, sent: str
) -> None:
    settings = ChatSettings(model=WIZARD["id"], pdf_engine=engine)
    body = body_for(settings, "Sum it up.", (REPORT,))
    assert body["plugins"] == [{"id": "file-parser", "pdf": {"engine": sent}}]
    assert body["messages"][0]["content"][1]["type"] == "file"


def test_a_pdf_to_a_model_the_catalogue_does_not_know_brings_the_reader_too() -> None:
    request = next_request(ChatSettings(model="some/unknown"), [], "x", attachments=(REPORT,))
    assert request.plugins == ({"id": "file-parser", "pdf": {"engine": "cloudflare-ai"}},)


def test_a_text_file_goes_inline_as_its_own_text_part_with_its_name() -> None:
    body = body_for(ChatSettings(), "Read this.", (TEXT_FILE, IMAGE))
    content = body["messages"][0]["content"]
    # The file holds ``` itself: the fence is longer, so it cannot end early.
    assert content[:2] == [
        {"type": "text", "text": "Read this."},
        {"type": "text", "text": f"File notes.txt:\n````\n{NOTES}\n````"},
    ]
    assert content[2]["type"] == "image_url"  # text first, then images


def test_text_files_in_utf16_with_a_bom_and_a_blank_prompt() -> None:
    data = "Grüße".encode("utf-16")
    item = attachment("text", "hi.txt", data, "text/plain")
    request = next_request(ChatSettings(), [], "  ", attachments=(item,), read=lambda _: data)
    assert build_chat_body(request, stream=False)["messages"][0]["content"] == [
        {"type": "text", "text": "File hi.txt:\n```\nGrüße\n```"}
    ]


def test_without_a_reader_placeholders_of_the_right_shape_stand_in_for_the_bytes() -> None:
    def never(_: Attachment) -> bytes:
        raise AssertionError("read")

    body = body_for(ChatSettings(), "x", (TEXT_FILE, IMAGE, REPORT), reader=None)
    assert body["messages"][0]["content"][1:] == [
        {"type": "text", "text": "File notes.txt:\n```\n…\n```"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,…"}},
        {
            "type": "file",
            "file": {"filename": "report.pdf", "file_data": "data:application/pdf;base64,…"},
        },
    ]
    assert next_request(ChatSettings(), [], "plain").messages[-1] == ChatMessage("user", "plain")


FILE_NOTE = {
    "type": "file",
    "file": {"hash": "h1", "name": "report.pdf", "content": [{"type": "text", "text": "Q"}]},
}
SOURCE = {"type": "url_citation", "url_citation": {"url": "https://example.org/"}}


def test_history_sends_attachments_again_and_the_answers_parsed_files_back() -> None:
    history = (
        Message(1, 1, "user", "", attachments=(REPORT,)),  # a PDF alone, no text: still sent
        Message(2, 1, "assistant", "It says Q.", annotations=(FILE_NOTE, SOURCE)),
        Message(3, 1, "user", "And this?", attachments=(IMAGE,)),
        Message(4, 1, "assistant", "A cat."),
    )
    body = body_for(ChatSettings(model=VISION["id"]), "Thanks.", (), history)
    pdf_data = f"data:application/pdf;base64,{b64(PDF)}"
    assert body["messages"] == [
        {
            "role": "user",
            "content": [
                {"type": "file", "file": {"filename": "report.pdf", "file_data": pdf_data}}
            ],
        },
        {"role": "assistant", "content": "It says Q.", "annotations": [FILE_NOTE]},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "And this?"},
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64(PNG)}"}},
            ],
        },
        {"role": "assistant", "content": "A cat."},
        {"role": "user", "content": "Thanks."},
    ]
    # A PDF anywhere in what is sent, to a model that does not read files: the reader.
    assert body["plugins"] == [{"id": "file-parser", "pdf": {"engine": "cloudflare-ai"}}]


def test_web_search_on_sends_the_server_tool_and_off_sends_nothing() -> None:
    # (a model that takes tools: the default WizardLM lists none, so it is not sent the tool)
    on = ChatSettings(model="openai/gpt-4o-mini", web_search=WebSearch(True, 7))
    assert "tools" not in body_for(ChatSettings(web_search=WebSearch(True, 7)), "news?")
    searching = body_for(on, "news?")
    assert searching["tools"] == [
        {"type": "openrouter:web_search", "parameters": {"max_results": 7, "max_uses": 5}}
    ]
    assert searching["max_tool_calls"] == 5  # OpenRouter's default would be 30 (finding 1)
    off = body_for(ChatSettings(web_search=WebSearch(enabled=False, max_results=7)), "news?")
    assert "tools" not in off and "plugins" not in off and "max_tool_calls" not in off
    assert off["messages"] == [{"role": "user", "content": "news?"}]


def test_a_request_built_by_hand_with_read_only_mappings_still_serialises() -> None:
    from types import MappingProxyType

    part = MappingProxyType({"type": "text", "text": "hi"})
    request = ChatRequest(
        "m/x",
        (ChatMessage("user", "hi", parts=(part,)),),
        tools=(MappingProxyType({"type": "openrouter:web_search", "parameters": {}}),),
    )
    body = build_chat_body(request, stream=False)
    assert json.loads(json.dumps(body))["messages"][0]["content"] == [
        {"type": "text", "text": "hi"}
    ]


# -- annotations and searches from the server ----------------------------------------------


def chunk(delta: Mapping[str, Any] | None = None, **choice: Any) -> bytes:
    payload = {"id": "gen-1", "choices": [{"index": 0, "delta": dict(delta or {}), **choice}]}
    return f"data: {json.dumps(payload)}\n\n".encode()


def annotations_of(events: list[StreamEvent]) -> list[Mapping[str, Any]]:
    return [item for e in events if isinstance(e, AnnotationsDelta) for item in e.items]


def test_stream_annotations_come_from_the_delta_and_from_the_choice() -> None:
    parser = StreamParser()
    events = parser.feed(
        chunk({"content": "Hi"})
        + chunk({"content": "", "annotations": [SOURCE]})
        + chunk({}, annotations=[FILE_NOTE])
        + b"data: [DONE]\n\n"
    )
    assert annotations_of(events) == [SOURCE, FILE_NOTE]
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["Hi"]


def test_citations_keep_known_fields_capped_and_drop_what_is_wrong() -> None:
    raw = {
        "type": "url_citation",
        "url_citation": {
            "url": "https://example.org/a?q=1",
            "title": "T" * 1000,
            "content": "C" * 5000,
            "start_index": 3,
            "end_index": "9",  # not an int: left out
            "extra": {"x": 1},  # unknown: left out
        },
    }
    [item] = checked_annotations([raw])
    assert item == {
        "type": "url_citation",
        "url_citation": {
            "url": "https://example.org/a?q=1",
            "title": "T" * 300,
            "content": "C" * 2000,
            "start_index": 3,
        },
    }


@pytest.mark.parametrize(
    "hostile",
    [
        {"type": "url_citation", "url_citation": {"url": "javascript:alert(1)"}},
        {"type": "url_citation", "url_citation": {"url": "JAVASCRIPT:alert(1)", "title": "x"}},
        {"type": "url_citation", "url_citation": {"url": "file:///etc/passwd"}},
        {"type": "url_citation", "url_citation": {"url": "https://" + "a" * 2000}},
        {"type": "url_citation", "url_citation": {"url": "https://a b"}},
        {"type": "url_citation", "url_citation": {"url": "https://\x00x"}},
        {"type": "url_citation", "url_citation": {"url": "https://"}},
        {"type": "url_citation", "url_citation": {"url": 7}},
        {"type": "url_citation", "url_citation": "https://example.org"},
        {"type": "url_citation", "url": "https://example.org"},  # the Responses shape
        {"type": "file", "file": {"hash": 5, "name": "a.pdf", "content": []}},
        {"type": "file", "file": {"hash": "h" * 201, "name": "a.pdf", "content": []}},
        {"type": "file", "file": {"hash": "h", "name": ["a.pdf"], "content": []}},
        {"type": "file", "file": {"hash": "h", "name": "a.pdf", "content": "text"}},
        {"type": "file_annotation", "file_annotation": {"file_id": "f", "quote": "q"}},
        {"type": ["url_citation"]},
        "https://example.org",
        None,
        [],
    ],
)
def test_hostile_annotations_are_dropped_without_error(hostile: Any) -> None:
    parser = StreamParser()
    events = parser.feed(chunk({"annotations": [hostile, SOURCE]}) + b"data: [DONE]\n\n")
    assert parser.error is None
    assert annotations_of(events) == [SOURCE]


def test_annotations_that_are_not_a_list_are_ignored() -> None:
    parser = StreamParser()
    events = parser.feed(
        chunk({"annotations": {"0": SOURCE}}, annotations="x") + b"data: [DONE]\n\n"
    )
    assert parser.error is None and annotations_of(events) == []


def test_a_parsed_file_is_kept_whole_within_a_bound_and_dropped_beyond_it() -> None:
    part = {"type": "text", "text": "x" * (MAX_FILE_CONTENT // 3)}
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}

    def raw(*content: Any) -> dict[str, Any]:
        return {"type": "file", "file": {"hash": "abc", "name": "a.pdf", "content": list(content)}}

    [item] = checked_annotations([{**raw(image, part, part), "junk": 1}])
    assert item == raw(image, part, part)
    assert len(json.dumps(item)) < MAX_FILE_CONTENT + 1000
    # Cut short, it would be sent back as the whole document: it is dropped (finding 16).
    assert checked_annotations([raw(image, part, part, part, part)]) == ()


def test_a_parsed_file_with_a_part_that_is_not_plain_json_is_dropped_whole() -> None:
    deep: Any = "x"
    for _ in range(50):
        deep = [deep]

    def raw(*content: Any) -> dict[str, Any]:
        return {
            "type": "file",
            "file": {"hash": "abc", "name": "a\ud800.pdf", "content": list(content)},
        }

    assert checked_annotations([raw(deep, {"text": "ok\udfff"})]) == ()
    [item] = checked_annotations([raw({"text": "ok\udfff"})])
    assert item["file"] == {"hash": "abc", "name": "a\ufffd.pdf", "content": [{"text": "ok\ufffd"}]}


def test_a_whole_answer_carries_its_annotations() -> None:
    body = {
        "id": "gen-2",
        "choices": [
            {
                "message": {"role": "assistant", "content": "Hi", "annotations": [SOURCE, 5]},
                "annotations": [FILE_NOTE],
                "finish_reason": "stop",
            }
        ],
    }
    completion, found = parse_whole_answer(json.dumps(body).encode())
    assert completion.text == "Hi" and found == (SOURCE, FILE_NOTE)


@pytest.mark.parametrize("key", ["server_tool_use", "server_tool_use_details"])
def test_usage_counts_web_searches_under_either_name(key: str) -> None:
    assert parse_usage({key: {"web_search_requests": 2}}).web_searches == 2


@pytest.mark.parametrize("value", [-1, 1.5, "2", True, None, [1], 10**13])
def test_a_search_count_that_is_not_a_count_is_unknown(value: Any) -> None:
    assert parse_usage({"server_tool_use": {"web_search_requests": value}}).web_searches is None
    assert parse_usage({"server_tool_use": 3}).web_searches is None
    assert parse_usage({}).web_searches is None


def test_the_catalogue_says_what_a_model_reads_and_its_image_and_search_prices() -> None:
    vision = CATALOGUE[VISION["id"]]
    assert vision.input_modalities == {"text", "image"}
    assert vision.takes_input("image") is True and vision.takes_input("file") is False
    assert vision.image_price == Decimal("0.001")
    assert CATALOGUE[FILE_READER["id"]].takes_input("file") is True
    assert CATALOGUE[FILE_READER["id"]].web_search_price == Decimal("0.01")
    wizard = CATALOGUE[WIZARD["id"]]
    assert wizard.input_modalities == {"text"} and wizard.takes_input("image") is False
    odd = CATALOGUE["fakelab/mystery-model-1"]
    assert odd.input_modalities == frozenset() and odd.takes_input("image") is None


def test_model_fields_that_are_wrong_are_left_out() -> None:
    raw = {
        "id": "x/y",
        "architecture": {"input_modalities": ["text", "smell", ["image"], {"a": 1}, 3, "file"]},
        "pricing": {"image": "-1", "web_search": "NaN"},
    }
    model = parse_model(raw)
    assert isinstance(model, ModelInfo)
    assert model.input_modalities == {"text", "file"}
    assert model.image_price is None and model.web_search_price is None
    broken = parse_model({"id": "x/z", "architecture": "text", "pricing": {"image": 0.5}})
    assert broken is not None and broken.input_modalities == frozenset()


# -- the fake server and the client, end to end ----------------------------------------------


def send(fake: FakeOpenRouter, request: ChatRequest) -> list[StreamEvent]:
    async def use(client: OpenRouterClient) -> list[StreamEvent]:
        return await collect(client.stream_chat(request))

    return run(with_client(fake, use))


def failure(fake: FakeOpenRouter, request: ChatRequest) -> OpenRouterError:
    with pytest.raises(OpenRouterError) as caught:
        send(fake, request)
    return caught.value


def request_for(
    model: str,
    attachments: tuple[Attachment, ...] = (),
    history: tuple[Message, ...] = (),
    **settings: Any,
) -> ChatRequest:
    chosen = ChatSettings(model=model, **settings)
    return next_request(
        chosen, history, "Look.", CATALOGUE.get(model), attachments=attachments, read=read
    )


def test_the_fake_refuses_an_image_for_a_text_only_model_as_openrouter_does(
    fake: FakeOpenRouter,
) -> None:
    error = failure(fake, request_for(WIZARD["id"], (IMAGE,)))
    assert isinstance(error, NotFoundError)
    assert "support image input" in str(error)
    assert send(fake, request_for(VISION["id"], (IMAGE,)))  # the vision model takes it


def pdf_only(model: str, plugins: tuple[Mapping[str, Any], ...] = ()) -> ChatRequest:
    part = {"type": "file", "file": {"filename": "a.pdf", "file_data": f"data:;base64,{b64(PDF)}"}}
    return ChatRequest(model, [ChatMessage("user", "x", parts=(part,))], plugins=plugins)


def test_the_fake_reads_a_pdf_without_the_reader_with_paid_ocr_as_openrouter_does(
    fake: FakeOpenRouter,
) -> None:
    # No plugin: OpenRouter's default for a model that cannot read files is mistral-ocr,
    # silently billed (finding 7). Our requests always name an engine.
    fake.push(Scenario(text="Same."), Scenario(text="Same."))
    [paid] = [e for e in send(fake, pdf_only(WIZARD["id"])) if isinstance(e, UsageReport)]
    free_reader = ({"id": "file-parser", "pdf": {"engine": "cloudflare-ai"}},)
    [free] = [
        e for e in send(fake, pdf_only(WIZARD["id"], free_reader)) if isinstance(e, UsageReport)
    ]
    digest = hashlib.sha256(PDF).hexdigest()
    assert fake.parses == [("mistral-ocr", digest), ("cloudflare-ai", digest)]
    assert paid.usage.cost is not None and free.usage.cost is not None
    assert paid.usage.cost - free.usage.cost == Decimal("0.002")  # one page
    # "native" is for models that read files: the fake refuses it for one that does not.
    native = ({"id": "file-parser", "pdf": {"engine": "native"}},)
    assert isinstance(failure(fake, pdf_only(WIZARD["id"], native)), NotFoundError)
    # A model that reads files reads it itself when no plugin says otherwise.
    send(fake, pdf_only(FILE_READER["id"]))
    assert len(fake.parses) == 2


def test_the_reader_parses_a_pdf_once_and_the_answer_carries_its_file_annotation(
    fake: FakeOpenRouter,
) -> None:
    events = send(fake, request_for(WIZARD["id"], (REPORT,)))
    digest = hashlib.sha256(PDF).hexdigest()
    assert fake.parses == [("cloudflare-ai", digest)]
    [note] = annotations_of(events)
    assert note == {
        "type": "file",
        "file": {
            "hash": digest,
            "name": "report.pdf",
            "content": [{"type": "text", "text": "Quarterly figures"}],
        },
    }
    # The next turn sends the annotation back with the answer: no second parse, no charge.
    history = (
        Message(1, 1, "user", "Look.", attachments=(REPORT,)),
        Message(2, 1, "assistant", "Figures.", annotations=(note,)),
    )
    again = send(fake, request_for(WIZARD["id"], history=history))
    assert fake.parses == [("cloudflare-ai", digest)] and annotations_of(again) == []
    sent = fake.chat_requests[-1].json
    assert sent["messages"][1]["annotations"] == [note]
    assert sent["messages"][0]["content"][1]["type"] == "file"  # the file part stays


def test_the_reader_uses_the_chosen_engine_and_ocr_costs_per_page(fake: FakeOpenRouter) -> None:
    free = send(fake, request_for(WIZARD["id"], (REPORT,)))
    paid = send(fake, request_for(WIZARD["id"], (REPORT,), pdf_engine="mistral-ocr"))
    assert [engine for engine, _ in fake.parses] == ["cloudflare-ai", "mistral-ocr"]

    def cost(events: list[StreamEvent]) -> Decimal:
        [report] = [e for e in events if isinstance(e, UsageReport)]
        assert report.usage.cost is not None
        return report.usage.cost

    assert cost(paid) - cost(free) == Decimal("0.002")  # one page read by OCR


def test_a_model_that_reads_files_gets_the_pdf_natively_without_a_parse(
    fake: FakeOpenRouter,
) -> None:
    events = send(fake, request_for(FILE_READER["id"], (REPORT, IMAGE)))
    assert fake.parses == [] and annotations_of(events) == []
    native = [{"id": "file-parser", "pdf": {"engine": "native"}}]
    assert fake.chat_requests[-1].json["plugins"] == native


def test_web_search_sends_sources_mid_stream_and_counts_a_billed_search(
    fake: FakeOpenRouter,
) -> None:
    fake.push(Scenario(text="One two three four"), Scenario(text="One two three four"))
    on = WebSearch(enabled=True, max_results=3)
    events = send(fake, request_for(VISION["id"], web_search=on))
    kinds = [type(e).__name__ for e in events if isinstance(e, TextDelta | AnnotationsDelta)]
    assert kinds == ["TextDelta", "TextDelta", "AnnotationsDelta", "TextDelta", "TextDelta"]
    sources = annotations_of(events)
    assert [s["url_citation"]["url"] for s in sources] == [
        "https://example.org/fake-search/first",
        "https://example.com/fake-search/second",
    ]
    [report] = [e for e in events if isinstance(e, UsageReport)]
    assert report.usage.web_searches == 1
    off = send(fake, request_for(VISION["id"]))
    [plain] = [e for e in off if isinstance(e, UsageReport)]
    assert plain.usage.web_searches is None and annotations_of(off) == []
    assert report.usage.cost is not None and plain.usage.cost is not None
    # VISION lists no search price: the search is billed at Exa's $0.007.
    assert report.usage.cost - plain.usage.cost == Decimal("0.007")


def test_a_whole_answer_from_the_fake_carries_sources_and_searches(fake: FakeOpenRouter) -> None:
    request = request_for(FILE_READER["id"], web_search=WebSearch(enabled=True))

    async def use(client: OpenRouterClient) -> Any:
        return await client.complete_chat(request)

    completion = run(with_client(fake, use))
    assert completion.usage.web_searches == 1
    answer = fake.chat_requests[-1]
    assert answer.json["tools"] == [
        {"type": "openrouter:web_search", "parameters": {"max_results": 5, "max_uses": 5}}
    ]


def test_scenario_annotations_reach_the_client_checked(fake: FakeOpenRouter) -> None:
    hostile = {"type": "url_citation", "url_citation": {"url": "javascript:alert(1)"}}
    fake.push(Scenario(annotations=[hostile, SOURCE, {"type": "file", "file": "x" * 10}]))
    events = send(fake, request_for(WIZARD["id"]))
    assert annotations_of(events) == [SOURCE]
    assert fake.errors == []


def test_a_whole_answer_where_a_stream_was_asked_still_gives_its_annotations(
    fake: FakeOpenRouter,
) -> None:
    answer = {
        "id": "gen-3",
        "choices": [
            {
                "message": {"role": "assistant", "content": "Hi", "annotations": [FILE_NOTE]},
                "finish_reason": "stop",
            }
        ],
    }
    fake.push(
        Scenario(body=json.dumps(answer).encode(), headers={"Content-Type": "application/json"})
    )
    events = send(fake, request_for(WIZARD["id"]))
    assert annotations_of(events) == [FILE_NOTE]
    assert [e.text for e in events if isinstance(e, TextDelta)] == ["Hi"]


def test_the_native_engine_for_a_model_that_cannot_read_files_becomes_the_free_reader() -> None:
    native = ChatSettings(model=WIZARD["id"], pdf_engine="native")
    assert body_for(native, "x", (REPORT,))["plugins"] == [
        {"id": "file-parser", "pdf": {"engine": "cloudflare-ai"}}
    ]
    unknown = next_request(
        ChatSettings(model="some/unknown", pdf_engine="native"), [], "x", attachments=(REPORT,)
    )
    assert unknown.plugins == ({"id": "file-parser", "pdf": {"engine": "native"}},)


def test_the_fake_bills_every_image_sent_at_the_models_image_price(fake: FakeOpenRouter) -> None:
    def cost(request: ChatRequest) -> Decimal:
        fake.push(Scenario(text="Same answer."))
        [report] = [e for e in send(fake, request) if isinstance(e, UsageReport)]
        assert report.usage.cost is not None
        return report.usage.cost

    history = (
        Message(1, 1, "user", "Look.", attachments=(IMAGE,)),
        Message(2, 1, "assistant", "A cat."),
    )
    once = cost(request_for(VISION["id"], (IMAGE,)))
    twice = cost(request_for(VISION["id"], (IMAGE,), history))  # every turn sends it again
    words = 4 * 4 // 3 - 1 * 4 // 3  # prompt tokens: "Look. A cat. Look." against "Look."
    prompt_price = Decimal(VISION["pricing"]["prompt"])
    assert twice - once == Decimal("0.001") + words * prompt_price


def test_pdfs_read_before_every_provider_failed_come_from_the_errors_metadata() -> None:
    # Finding 4: error.metadata.file_annotations, checked like an answer's, before the error.
    error = {
        "code": 502,
        "message": "All providers failed",
        "metadata": {"file_annotations": [FILE_NOTE, {"type": "file", "file": "bad"}, SOURCE]},
    }
    parser = StreamParser()
    events = parser.feed(f"data: {json.dumps({'error': error})}\n\n".encode())
    assert annotations_of(events) == [FILE_NOTE]
    assert isinstance(parser.error, OpenRouterError)
