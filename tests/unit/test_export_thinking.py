"""Thinking in exports: JSON keeps it and imports it back (checked), Markdown folds it away."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.conversation import ChatSettings, Conversation, Message, MessageStatus
from app.core.export import (
    ThinkingMessage,
    from_openai_json,
    to_markdown,
    to_openai_json,
)
from app.core.messages import ChatMessage
from app.core.thinking import MAX_DETAILS_CHARS
from app.store.database import open_database
from app.store.history import HistoryStore

CONVERSATION = Conversation(id=1, title="Deep thought", settings=ChatSettings(model="m/x"))
DETAILS = (
    {"type": "reasoning.text", "text": "Let me think.", "signature": "Et8B", "index": 0},
    {"type": "reasoning.encrypted", "data": "gAAAA==", "index": 1},
)
THOUGHT = Message(
    2,
    1,
    "assistant",
    "42.",
    reasoning="Let me think.",
    completion_tokens=3080,
    reasoning_tokens=2900,
    reasoning_details=DETAILS,
    thinking_s=31.54,
)
PRIVATE = Message(
    4, 1, "assistant", "Yes.", completion_tokens=3300, reasoning_tokens=3120, thinking_s=3.0
)
MESSAGES = [
    Message(1, 1, "user", "Meaning of life?"),
    THOUGHT,
    Message(3, 1, "user", "Sure?"),
    PRIVATE,
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    connection = open_database(tmp_path / "history.sqlite3")
    yield HistoryStore(connection)
    connection.close()


def test_json_export_keeps_the_thinking_and_import_brings_it_back(store: HistoryStore) -> None:
    data = to_openai_json(CONVERSATION, MESSAGES)
    extras = data["messages"][1]["switchboard"]
    assert extras["reasoning_tokens"] == 2900 and extras["thinking_s"] == 31.54
    assert extras["reasoning_details"] == [dict(d) for d in DETAILS]
    assert "reasoning_details" not in data["messages"][3]["switchboard"]  # none: left out

    imported = from_openai_json(json.dumps(data))
    thought = imported.messages[1]
    assert thought == ThinkingMessage("assistant", "42.", "Let me think.", 2900, DETAILS, 31.54)
    assert imported.messages[0] == ChatMessage("user", "Meaning of life?")

    conversation = store.import_conversation(imported.title, imported.settings, imported.messages)
    stored = store.messages(conversation.id)
    assert (
        stored[1].reasoning,
        stored[1].reasoning_tokens,
        stored[1].reasoning_details,
        stored[1].thinking_s,
    ) == ("Let me think.", 2900, DETAILS, 31.54)
    assert (stored[3].reasoning, stored[3].reasoning_tokens) == ("", 3120)
    assert stored[0].reasoning_tokens is None and stored[0].reasoning_details == ()


def test_imported_thinking_is_checked_with_the_usual_limits() -> None:
    extras = {
        "reasoning_tokens": -3,
        "thinking_s": 1e30,
        "reasoning_details": [{"type": "reasoning.encrypted", "data": "x" * MAX_DETAILS_CHARS}],
        "reasoning": 7,
    }
    data = {
        "messages": [
            {"role": "user", "content": "q"},
            {"role": "assistant", "content": "a", "switchboard": extras},
        ]
    }
    assert from_openai_json(data).messages[1] == ChatMessage("assistant", "a")
    extras = {"reasoning_tokens": 12.0, "thinking_s": 2, "reasoning_details": "nope"}
    data["messages"][1]["switchboard"] = extras
    assert from_openai_json(data).messages[1] == ThinkingMessage("assistant", "a", "", 12, (), 2.0)


def test_older_files_without_thinking_still_import() -> None:
    old = {
        "format": "switchboard.conversation",
        "version": 1,
        "messages": [
            {"role": "user", "content": "q"},
            {
                "role": "assistant",
                "content": "a",
                "switchboard": {"status": "complete", "cost": "0.1"},
            },
        ],
    }
    assert from_openai_json(old).messages == [
        ChatMessage("user", "q"),
        ChatMessage("assistant", "a"),
    ]


def test_markdown_folds_the_thinking_and_splits_the_tokens() -> None:
    text = to_markdown(CONVERSATION, MESSAGES)
    assert (
        "<details>\n<summary>Thinking (2,900 tokens, 31.5 s)</summary>\n\n"
        "Let me think.\n\n</details>" in text
    )
    assert "*Tokens: answer 180 + thinking 2,900*" in text
    assert "*Thought privately: 3,120 thinking tokens billed.*" in text
    assert text.index("<details>") < text.index("42.")  # thinking comes before the answer


def test_thinking_cannot_close_its_block_early() -> None:
    sneaky = THOUGHT.with_changes(reasoning="a </DETAILS> b", status=MessageStatus.COMPLETE)
    text = to_markdown(CONVERSATION, [sneaky])
    assert text.count("</details>") == 1 and "&lt;/details> b" in text


def test_an_answer_without_thinking_exports_as_before() -> None:
    plain = Message(5, 1, "assistant", "Hi")
    assert "<details>" not in to_markdown(CONVERSATION, [plain])
    assert set(to_openai_json(CONVERSATION, [plain])["messages"][0]["switchboard"]) == {"status"}
