"""Export to Markdown and JSON, and import from JSON."""

from __future__ import annotations

import contextlib
import json
from decimal import Decimal
from typing import Any

import pytest

from app.core.conversation import ChatSettings, Conversation, Message, MessageStatus
from app.core.export import (
    FORMAT,
    ImportedConversation,
    ImportFormatError,
    from_openai_json,
    to_markdown,
    to_openai_json,
)
from app.core.messages import ChatMessage
from app.core.params import SamplingParams

SETTINGS = ChatSettings(
    model="microsoft/wizardlm-2-8x22b",
    system_prompt="You are terse.\nNever use emoji.",
    params=SamplingParams(temperature=0.4, max_tokens=300),
)
CONVERSATION = Conversation(id=7, title="Rust lifetimes", settings=SETTINGS)


def message(number: int, role: str, content: str, **fields: Any) -> Message:
    return Message(id=number, conversation_id=7, role=role, content=content, **fields)  # type: ignore[arg-type]


MESSAGES = [
    message(1, "user", "What is a lifetime?"),
    message(
        2,
        "assistant",
        "A lifetime is how long a reference is valid.",
        model="microsoft/wizardlm-2-8x22b",
        provider="DeepInfra",
        prompt_tokens=20,
        completion_tokens=11,
        cost=Decimal("0.0000192"),
        cost_is_billed=True,
        finish_reason="stop",
        created_at=1_700_000_000.5,
    ),
    message(3, "user", "And 'static?"),
    message(4, "assistant", "It lives for the whole", status=MessageStatus.STOPPED),
    message(5, "assistant", "", status=MessageStatus.FAILED, error="The provider\nwent away."),
]


# Markdown


def test_markdown_has_title_model_prompt_and_role_headings() -> None:
    text = to_markdown(CONVERSATION, MESSAGES)
    assert text.startswith("# Rust lifetimes\n\n**Model:** `microsoft/wizardlm-2-8x22b`\n")
    assert "**Parameters:** temperature = 0.4, max_tokens = 300" in text
    assert "> You are terse.\n> Never use emoji." in text
    assert "## User\n\nWhat is a lifetime?" in text
    assert (
        "## Assistant · `microsoft/wizardlm-2-8x22b`\n\nA lifetime is how long a reference is "
        "valid." in text
    )
    assert text.index("What is a lifetime?") < text.index("And 'static?")
    assert text.endswith("\n")


def test_markdown_marks_partial_and_failed_answers() -> None:
    text = to_markdown(CONVERSATION, MESSAGES)
    assert "It lives for the whole\n\n*(incomplete: stopped before the end)*" in text
    assert "*(incomplete: failed — The provider went away.)*" in text
    assert text.count("incomplete") == 2

    more = [
        message(1, "assistant", "a", status=MessageStatus.INTERRUPTED),
        message(2, "assistant", "b", status=MessageStatus.STREAMING),
        message(3, "assistant", "c", finish_reason="length"),
    ]
    text = to_markdown(CONVERSATION, more)
    assert "*(incomplete: Switchboard closed while this was being written)*" in text
    assert "*(incomplete: still being written when exported)*" in text
    assert "*(cut off: the answer reached the maximum length)*" in text


def test_markdown_without_prompt_or_parameters_stays_short() -> None:
    bare = Conversation(id=1, title="Hi\nthere")
    text = to_markdown(bare, [message(1, "user", "hello")])
    assert text == (
        "# Hi there\n\n**Model:** `microsoft/wizardlm-2-8x22b`\n\n---\n\n## User\n\nhello\n"
    )


# JSON out


def test_json_export_is_openai_style_with_our_extras() -> None:
    data = to_openai_json(CONVERSATION, MESSAGES)
    assert data["format"] == FORMAT and data["version"] == 1
    assert (data["title"], data["model"]) == ("Rust lifetimes", "microsoft/wizardlm-2-8x22b")
    assert data["settings"] == SETTINGS.to_dict()
    assert data["messages"][0] == {"role": "system", "content": SETTINGS.system_prompt}
    assert [m["role"] for m in data["messages"]] == [
        "system",
        "user",
        "assistant",
        "user",
        "assistant",
        "assistant",
    ]
    answer = data["messages"][2]
    assert answer["switchboard"] == {
        "status": "complete",
        "created_at": 1_700_000_000.5,
        "model": "microsoft/wizardlm-2-8x22b",
        "provider": "DeepInfra",
        "prompt_tokens": 20,
        "completion_tokens": 11,
        "cost": "0.0000192",
        "cost_is_billed": True,
        "finish_reason": "stop",
    }
    assert data["messages"][5]["switchboard"]["error"] == "The provider\nwent away."
    assert json.loads(json.dumps(data)) == data  # plain JSON all the way down


def test_json_export_carries_nothing_secret() -> None:
    text = json.dumps(to_openai_json(CONVERSATION, MESSAGES)).lower()
    for word in ("key", "authorization", "bearer", "header", "sk-or"):
        assert word not in text


def test_export_then_import_gives_back_the_same_conversation() -> None:
    exported = json.loads(json.dumps(to_openai_json(CONVERSATION, MESSAGES)))

    imported = from_openai_json(exported)

    assert imported.title == CONVERSATION.title
    assert imported.settings == SETTINGS
    assert [(m.role, m.content) for m in imported.messages] == [
        (m.role, m.content) for m in MESSAGES
    ]


def test_round_trip_without_a_system_prompt() -> None:
    conversation = Conversation(id=1, title="t", settings=ChatSettings(model="a/b"))
    data = to_openai_json(conversation, [message(1, "user", "hi")])
    imported = from_openai_json(json.dumps(data))
    assert imported == ImportedConversation(
        "t", ChatSettings(model="a/b"), [ChatMessage("user", "hi")]
    )


# JSON in


def test_a_bare_openai_request_imports() -> None:
    imported = from_openai_json(
        {
            "model": "openai/gpt-4o",
            "temperature": 0.2,
            "messages": [
                {"role": "system", "content": "Be kind."},
                {"role": "user", "content": [{"type": "text", "text": "Hello"}]},
                {"role": "assistant", "content": "Hi! How can I help?", "refusal": None},
            ],
        }
    )
    assert imported.settings == ChatSettings(model="openai/gpt-4o", system_prompt="Be kind.")
    assert imported.messages == [
        ChatMessage("user", "Hello"),
        ChatMessage("assistant", "Hi! How can I help?"),
    ]
    assert imported.title == "Hello"


def test_a_bare_list_of_messages_imports_with_a_suggested_title() -> None:
    imported = from_openai_json(
        [
            {"role": "developer", "content": "Rules."},
            {"role": "user", "content": "Plan a **trip** to Lisbon in May"},
        ]
    )
    assert imported.title == "Plan a trip to Lisbon in May"
    assert imported.settings == ChatSettings(system_prompt="Rules.")
    assert imported.messages == [ChatMessage("user", "Plan a **trip** to Lisbon in May")]


def test_text_parts_are_joined_and_attachments_left_out() -> None:
    imported = from_openai_json(
        [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Look at this:"},
                    {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
                    {"type": "text", "text": "What is it?"},
                ],
            }
        ]
    )
    assert imported.messages == [ChatMessage("user", "Look at this:\n\nWhat is it?")]


def test_later_system_messages_join_the_system_prompt() -> None:
    """The chat sends only user and assistant messages after its system prompt, and shows
    anything else as "Assistant": a system message in the middle is folded into the prompt,
    so what is shown and what is sent agree."""
    imported = from_openai_json(
        [
            {"role": "system", "content": "First."},
            {"role": "user", "content": "a"},
            {"role": "system", "content": "b"},
            {"role": "assistant", "content": "c"},
            {"role": "developer", "content": "d"},
        ]
    )
    assert imported.settings.system_prompt == "First.\n\nb\n\nd"
    assert [m.role for m in imported.messages] == ["user", "assistant"]
    assert imported.folded_system_messages == 2


def test_empty_answers_import() -> None:
    imported = from_openai_json(
        [{"role": "user", "content": "a"}, {"role": "assistant", "content": ""}]
    )
    assert imported.messages[1] == ChatMessage("assistant", "")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (42, "it holds neither a conversation nor a list of messages"),
        ("{not json", "it is not valid JSON"),
        (b"\xff\xfe", "it is not valid JSON"),
        ({"title": "x"}, "it has no list of messages"),
        ({"messages": "hello"}, "it has no list of messages"),
        ([], "it holds no messages"),
        ({"messages": []}, "it holds no messages"),
        ([{"role": "system", "content": "only a prompt"}], "it holds no messages"),
        (["hello"], "message 1 is not a message object"),
        ([{"content": "x"}], "message 1 has no role"),
        (
            [{"role": "user", "content": "x"}, {"role": "tool", "content": "42"}],
            "message 2 has the role “tool”, but only system, user and assistant messages can "
            "be imported",
        ),
        ([{"role": "user"}], "message 1 has no text content"),
        ([{"role": "assistant", "content": None}], "message 1 has no text content"),
        ([{"role": "user", "content": 5}], "message 1 has no text content"),
        (
            [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}],
            "message 1 has no text, only attachments",
        ),
        (
            {"format": FORMAT, "version": 2, "messages": []},
            "it was made by a newer version of Switchboard (format 2); update Switchboard to "
            "import it",
        ),
        ({"format": FORMAT, "version": "1", "messages": []}, "its version number is missing"),
    ],
)
def test_anything_else_is_refused_in_plain_words(data: object, reason: str) -> None:
    with pytest.raises(ImportFormatError) as caught:
        from_openai_json(data)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.user_message.startswith("This file is not a conversation Switchboard can read: ")
    assert reason in error.user_message
    assert str(error) == error.user_message


def test_settings_in_our_format_are_read_tolerantly() -> None:
    imported = from_openai_json(
        {
            "format": FORMAT,
            "version": 1,
            "title": "  Tidy   title ",
            "settings": {"model": 5, "params": {"temperature": "hot", "top_p": 0.5}},
            "messages": [{"role": "user", "content": "x"}],
        }
    )
    assert imported.title == "Tidy title"
    assert imported.settings == ChatSettings(params=SamplingParams(top_p=0.5))


# Hostile files: every one is a plain refusal (ImportFormatError), never another exception


def refusal(raw: bytes | str) -> str:
    with pytest.raises(ImportFormatError) as caught:
        from_openai_json(raw)
    message = caught.value.user_message
    assert message.startswith("This file is not a conversation Switchboard can read: ")
    return message


def chat_with(temperature: str = "0.5", content: str = '"hi"') -> str:
    return (
        '{"settings": {"params": {"temperature": ' + temperature + "}}, "
        '"messages": [{"role": "user", "content": ' + content + "}]}"
    )


@pytest.mark.parametrize("digits", [400, 5000])
@pytest.mark.parametrize("where", ["temperature", "seed", "anywhere"])
def test_overlong_numbers_are_refused_in_plain_words(digits: int, where: str) -> None:
    number = "7" * digits
    if where == "anywhere":
        text = '{"extra": ' + number + ', "messages": [{"role": "user", "content": "x"}]}'
    else:
        text = '{"settings": {"params": {"' + where + '": ' + number + "}}, "
        text += '"messages": [{"role": "user", "content": "x"}]}'
    assert "too many digits" in refusal(text)


@pytest.mark.parametrize("nesting", [2_000, 200_000])
def test_deep_nesting_is_refused_in_plain_words(nesting: int) -> None:
    text = '{"messages": [{"role": "user", "content": "x"}], "extra": '
    text += "[" * nesting + "]" * nesting + "}"
    assert "nested too deeply" in refusal(text)


def test_lone_surrogates_are_replaced_and_split_pairs_joined() -> None:
    text = chat_with(content='"lone \\ud800 here, pair \\ud83d\\ude00"')
    imported = from_openai_json(text)
    assert imported.messages[0].content == "lone \ufffd here, pair \U0001f600"
    imported.messages[0].content.encode("utf-8")  # storable: no surrogate left
    title = from_openai_json(
        {"title": "a\udfffb", "messages": [{"role": "user", "content": "\ud83d\ude00"}]}
    )
    assert title.title == "a\ufffdb" and title.messages[0].content == "\U0001f600"


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", "1e400", "5", "-1"])
def test_an_unusable_parameter_is_dropped_and_the_import_succeeds(value: str) -> None:
    imported = from_openai_json(chat_with(temperature=value))
    assert imported.settings.params.temperature is None
    assert imported.dropped_params == ("temperature",)
    assert imported.messages == [ChatMessage("user", "hi")]


def test_good_parameters_are_kept() -> None:
    imported = from_openai_json(chat_with(temperature="0.25"))
    assert imported.settings.params.temperature == 0.25 and imported.dropped_params == ()


def test_a_file_with_a_byte_order_mark_is_read() -> None:
    from app.core.export import parse_conversation

    imported = parse_conversation(b"\xef\xbb\xbf" + chat_with().encode())
    assert imported.messages == [ChatMessage("user", "hi")]


def test_too_many_messages_are_refused_with_the_limit_stated() -> None:
    from app.core.export import MAX_IMPORT_MESSAGES, parse_conversation

    items = [{"role": "user", "content": ""}] * (MAX_IMPORT_MESSAGES + 1)
    with pytest.raises(ImportFormatError) as caught:
        parse_conversation(json.dumps(items).encode())
    assert "more than 20,000 messages" in caught.value.user_message


# Memory: what a file within 20 MB can cost once parsed is bounded, and refusing is cheap

ONE_MESSAGE = '{"messages": [{"role": "user", "content": "x"}], '


def peak_bytes(work: Any) -> int:
    """The most memory ``work()`` held at once (a refusal is fine)."""
    import tracemalloc

    tracemalloc.start()
    try:
        with contextlib.suppress(ImportFormatError):
            work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("tiny", ["{}", "[]", "0", '"ab"', "null"])
def test_a_million_tiny_values_are_refused(tiny: str) -> None:
    from app.core.export import MAX_IMPORT_VALUES, parse_conversation

    raw = (ONE_MESSAGE + '"x": [' + ",".join([tiny] * MAX_IMPORT_VALUES) + "]}").encode()
    with pytest.raises(ImportFormatError) as caught:
        parse_conversation(raw)
    assert "more than 1,000,000 values" in caught.value.user_message


@pytest.mark.parametrize("tiny", ["{}", '"ab"'])
def test_too_many_values_are_refused_before_they_take_memory(
    tiny: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core import export

    # The review's 20 MB file of "{}" took a gigabyte; here the same, at a twentieth.
    monkeypatch.setattr(export, "MAX_IMPORT_VALUES", 50_000)
    raw = (ONE_MESSAGE + '"x": [' + ",".join([tiny] * 50_000) + "]}").encode()
    assert peak_bytes(lambda: export.parse_conversation(raw)) < 4 * len(raw)


def test_a_million_keys_in_one_object_are_refused() -> None:
    from app.core.export import MAX_IMPORT_VALUES, parse_conversation

    keys = ",".join(f'"{number:07x}": 0' for number in range(MAX_IMPORT_VALUES // 2 + 1))
    with pytest.raises(ImportFormatError) as caught:
        parse_conversation((ONE_MESSAGE + '"x": {' + keys + "}}").encode())
    assert "more than 1,000,000 values" in caught.value.user_message


def test_commas_and_brackets_inside_texts_are_not_counted_as_values() -> None:
    from app.core.export import MAX_IMPORT_VALUES, parse_conversation

    text = "[a, b]: " * (MAX_IMPORT_VALUES // 3)  # a million "[", ":" and "," in all
    raw = json.dumps([{"role": "user", "content": text}, {"role": "assistant", "content": text}])
    imported = parse_conversation(raw.encode())
    assert [m.content for m in imported.messages] == [text, text]


def test_an_unterminated_text_full_of_escaped_quotes_is_refused_quickly() -> None:
    from app.core.export import MAX_IMPORT_VALUES, parse_conversation

    # A scan that restarted at every quote inside the text would take hours here.
    raw = '["' + "," * MAX_IMPORT_VALUES + '\\"' * 500_000
    with pytest.raises(ImportFormatError) as caught:
        parse_conversation(raw.encode())
    assert "not valid JSON" in caught.value.user_message


def test_a_message_of_more_than_a_thousand_parts_is_refused() -> None:
    parts = [{"type": "text", "text": "a"}] * 1_001
    message = refusal(json.dumps({"messages": [{"role": "user", "content": parts}]}))
    assert "message 1 has more than 1,000 parts" in message
    imported = from_openai_json({"messages": [{"role": "user", "content": parts[:1_000]}]})
    assert imported.messages[0].content == "\n\n".join(["a"] * 1_000)


def test_what_an_import_leaves_out_is_not_copied() -> None:
    ignored = [{} for _ in range(100_000)]  # 6 MB as objects
    data = {"messages": [{"role": "user", "content": "hi"}], "x": ignored, "settings": {}}
    assert peak_bytes(lambda: from_openai_json(data)) < 1024 * 1024


def test_text_that_is_not_utf8_is_refused() -> None:
    from app.core.export import parse_conversation

    with pytest.raises(ImportFormatError) as caught:
        parse_conversation(b'{"messages": [{"role": "user", "content": "\xff"}]}')
    assert "UTF-8" in caught.value.user_message
