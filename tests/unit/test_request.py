"""``next_request``: the one place the request for the next answer is assembled."""

from __future__ import annotations

from app.api import build_chat_body
from app.core.conversation import ChatSettings, Message, MessageStatus
from app.core.messages import ChatMessage
from app.core.params import ProviderRouting, SamplingParams
from app.core.request import next_request


def test_the_request_carries_the_settings_the_history_with_text_and_the_prompt_as_typed() -> None:
    settings = ChatSettings(
        model="m/x",
        system_prompt="Be brief.",
        params=SamplingParams(temperature=0.2, max_tokens=64),
        routing=ProviderRouting(sort="price"),
    )
    history = [
        Message(1, 7, "user", "Q1"),
        Message(2, 7, "assistant", "A1", status=MessageStatus.STOPPED),  # partial: kept
        Message(3, 7, "user", "Q2"),
        Message(4, 7, "assistant", " \n", status=MessageStatus.FAILED),  # nothing: left out
    ]
    request = next_request(settings, history, "  Q3\n")
    assert list(request.messages) == [
        ChatMessage("system", "Be brief."),
        ChatMessage("user", "Q1"),
        ChatMessage("assistant", "A1"),
        ChatMessage("user", "Q2"),
        ChatMessage("user", "  Q3\n"),
    ]
    body = build_chat_body(request, stream=True)
    assert (body["model"], body["temperature"], body["max_tokens"]) == ("m/x", 0.2, 64)
    assert body["provider"] == {"sort": "price"}


def test_a_blank_system_prompt_is_not_sent() -> None:
    request = next_request(ChatSettings(system_prompt="  \n"), [], "hi")
    assert list(request.messages) == [ChatMessage("user", "hi")]
