"""Plain chat never sends earlier thinking back: the guide asks for reasoning_details only to
continue tool calls, and a later turn of a plain chat must not carry (or pay for) it."""

from __future__ import annotations

import json

from app.api import build_chat_body
from app.core.conversation import ChatSettings, Message
from app.core.params import SamplingParams
from app.core.request import next_request
from app.core.thinking import Thinking

DETAILS = ({"type": "reasoning.text", "text": "Secret plan", "signature": "Et8B", "index": 0},)
HISTORY = [
    Message(1, 1, "user", "First question"),
    Message(
        2,
        1,
        "assistant",
        "First answer",
        reasoning="Secret plan",
        reasoning_tokens=50,
        reasoning_details=DETAILS,
        thinking_s=2.0,
    ),
]


def test_a_later_turn_sends_no_earlier_thinking() -> None:
    for params in (SamplingParams(), SamplingParams(reasoning=Thinking("effort", effort="low"))):
        settings = ChatSettings(model="anthropic/claude-sonnet-4.5", params=params)
        body = build_chat_body(next_request(settings, HISTORY, "Second question"), stream=True)
        assert body["messages"] == [
            {"role": "user", "content": "First question"},
            {"role": "assistant", "content": "First answer"},
            {"role": "user", "content": "Second question"},
        ]
        assert "Secret plan" not in json.dumps(body)
        assert "reasoning_details" not in json.dumps(body)
        assert body.get("reasoning") == (params.reasoning.to_body() if params.reasoning else None)
