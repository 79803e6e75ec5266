"""Web search goes only to a model that takes tools (issue #18): the catalogue's list of
parameters decides, never the model's name; an unknown list does not stop it."""

from __future__ import annotations

from app.core.attachments import WebSearch
from app.core.conversation import ChatSettings
from app.core.models import ModelInfo
from app.core.request import next_request

SEARCHING = ChatSettings(model="a/b", web_search=WebSearch(True, 4))
TOOL = {"type": "openrouter:web_search", "parameters": {"max_results": 4, "max_uses": 5}}


def test_a_model_without_tools_is_not_sent_the_search_tool() -> None:
    no_tools = ModelInfo("a/b", "B", supported_parameters=frozenset({"temperature"}))
    with_tools = ModelInfo("a/b", "B", supported_parameters=frozenset({"tools"}))
    unknown = ModelInfo("a/b", "B")
    assert next_request(SEARCHING, [], "Hi", no_tools).tools == ()
    assert next_request(SEARCHING, [], "Hi", with_tools).tools == (TOOL,)
    assert next_request(SEARCHING, [], "Hi", unknown).tools == (TOOL,)
    assert next_request(SEARCHING, [], "Hi", None).tools == (TOOL,)
