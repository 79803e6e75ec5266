"""Versions off screen are still kept everywhere: export and import (JSON holds the whole tree,
its flat ``messages`` the branch on screen for other tools; Markdown the branch on screen; older
flat files still read), the library search, and the ledger."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.conversation import ChatSettings
from app.core.export import (
    MAX_IMPORT_MESSAGES,
    ImportFormatError,
    from_openai_json,
    to_openai_json,
)
from app.services.conversations import ConversationService
from app.store.database import open_database
from app.store.history import HistoryStore
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario

from .conftest import FAST_RETRY, run


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[ConversationService, HistoryStore]]:
    connection = open_database(tmp_path / "history.sqlite3")
    history = HistoryStore(connection)
    yield ConversationService(history), history
    connection.close()


World = tuple[ConversationService, HistoryStore]


def _branched(history: HistoryStore) -> int:
    """Q → A1 | A2 | A3 (A2 on screen, with a follow-up); an edited Q' beside Q, off screen.

    On screen: Q, A2, F, FA. A1 carries thinking."""
    cid = history.create_conversation("Tree", ChatSettings(system_prompt="Sys")).id
    q = history.add_message(cid, "user", "Q").id
    history.add_message(cid, "assistant", "A1", reasoning="thought about it", thinking_s=1.5)
    a2 = history.add_message(cid, "assistant", "A2", parent=q).id
    history.add_message(cid, "user", "F")
    history.add_message(cid, "assistant", "FA")
    history.add_message(cid, "assistant", "A3", parent=q)
    edited = history.add_message(cid, "user", "Q'", parent=None).id
    history.add_message(cid, "assistant", "A'", parent=edited)
    history.show_version(q)
    history.show_version(a2)
    return cid


def _shape(history: HistoryStore, cid: int) -> list[tuple[str, str | None, bool]]:
    """Every message as (text, its parent's text, on screen), in a stable order."""
    tree = history.version_tree(cid)
    text = {m.id: m.content for m in tree.messages}
    shown = {m.id for m in history.messages(cid)}
    return sorted(
        (m.content, text.get(m.parent_id) if m.parent_id else None, m.id in shown)
        for m in tree.messages
    )


def test_json_keeps_the_whole_tree_and_imports_it_back(world: World, tmp_path: Path) -> None:
    service, history = world
    cid = _branched(history)
    path = tmp_path / "tree.json"
    run(service.export(cid, path, "json"))
    data = json.loads(path.read_text())
    # Other tools read the branch on screen, as before.
    assert [m["content"] for m in data["messages"]] == ["Sys", "Q", "A2", "F", "FA"]
    assert sorted(m["content"] for m in data["versions"]) == ["A'", "A1", "A3", "Q'"]
    ids = {m["content"]: m["switchboard"]["id"] for m in data["messages"][1:] + data["versions"]}
    a1 = next(m for m in data["versions"] if m["content"] == "A1")
    assert a1["switchboard"]["parent"] == ids["Q"] and a1["switchboard"]["reasoning"]
    q = data["messages"][1]["switchboard"]
    assert q["parent"] is None and q["shown_child"] == ids["A2"]

    imported = run(service.import_file(path)).conversation
    new = imported.id
    assert [m.content for m in history.messages(new)] == ["Q", "A2", "F", "FA"]
    assert _shape(history, new) == _shape(history, cid)
    assert imported.settings.system_prompt == "Sys"
    copy = {m.content: m for m in history.version_tree(new).messages}
    assert copy["A1"].reasoning == "thought about it" and copy["A1"].thinking_s == 1.5
    # Every version is one switch away, and each branch below is remembered.
    history.show_version(copy["Q'"].id)
    assert [m.content for m in history.messages(new)] == ["Q'", "A'"]
    history.show_version(copy["Q"].id)
    assert [m.content for m in history.messages(new)] == ["Q", "A2", "F", "FA"]
    history.show_version(copy["A1"].id)
    assert [m.content for m in history.messages(new)] == ["Q", "A1"]


def test_markdown_writes_the_branch_on_screen(world: World, tmp_path: Path) -> None:
    service, history = world
    cid = _branched(history)
    path = tmp_path / "tree.md"
    run(service.export(cid, path, "md"))
    body = path.read_text().split("---", 1)[1]
    for shown in ("Q", "A2", "F", "FA"):
        assert f"\n\n{shown}\n" in body
    for hidden in ("A1", "A3", "Q'", "A'", "thought about it"):
        assert hidden not in body


def test_an_older_flat_file_still_reads_as_one_branch(world: World, tmp_path: Path) -> None:
    service, history = world
    path = tmp_path / "flat.json"
    flat = {
        "format": "switchboard.conversation",
        "version": 1,
        "title": "Old",
        "messages": [
            {"role": "user", "content": "Hi", "switchboard": {"status": "complete"}},
            {"role": "assistant", "content": "Hello", "switchboard": {"model": "m/x"}},
        ],
    }
    path.write_text(json.dumps(flat))
    new = run(service.import_file(path)).conversation.id
    assert [m.content for m in history.messages(new)] == ["Hi", "Hello"]
    assert history.versions(new) == {}


def _node(ident: int, parent: int | None, text: str, **extra: Any) -> dict[str, Any]:
    role = "user" if text.startswith("Q") else "assistant"
    return {"role": role, "content": text, "switchboard": {"id": ident, "parent": parent, **extra}}


def test_a_tree_written_in_any_order_reads_parents_first() -> None:
    data = {
        "messages": [_node(10, None, "Q"), _node(11, 10, "A-new")],
        "versions": [_node(12, 13, "Q-follow"), _node(13, 14, "A-old"), _node(14, 10, "Q-mid")],
    }
    imported = from_openai_json(data)
    tree = imported.tree
    assert tree is not None
    texts = [m.content for m in imported.messages]
    for at, parent in enumerate(tree.parents):
        assert parent is None or parent < at
    parent_text = {
        texts[at]: (None if p is None else texts[p]) for at, p in enumerate(tree.parents)
    }
    assert parent_text == {
        "Q": None,
        "A-new": "Q",
        "Q-mid": "Q",
        "A-old": "Q-mid",
        "Q-follow": "A-old",
    }
    assert texts[tree.root] == "Q"
    shown_of_q = tree.shown[texts.index("Q")]
    assert shown_of_q is not None and texts[shown_of_q] == "A-new"  # the flat list's branch
    a_old = tree.shown[texts.index("Q-mid")]
    assert a_old is not None and texts[a_old] == "A-old"  # its only child


@pytest.mark.parametrize(
    ("messages", "versions", "reason"),
    [
        ([_node(1, None, "Q"), _node(2, 1, "A")], [_node(3, 9, "A2")], "not there"),
        ([_node(1, None, "Q")], [_node(3, 4, "A"), _node(4, 3, "Q2")], "circle"),
        ([_node(1, None, "Q")], [_node(1, None, "Q2")], "repeated id"),
        ([_node(1, None, "Q"), _node(2, None, "A")], [], "not one branch"),
        ([_node(1, None, "Q")], [{"role": "user", "content": "x"}], "missing or repeated"),
        ([_node(1, None, "Q")], [_node(2, "1", "A")], "not an id"),
        ([_node(1, None, "Q")], {"not": "a list"}, "not a list"),
        ([_node(1, None, "Q")], [{"role": "system", "content": "s"}], "system message"),
    ],
)
def test_a_damaged_tree_is_refused_in_plain_words(
    messages: list[Any], versions: Any, reason: str
) -> None:
    with pytest.raises(ImportFormatError) as refused:
        from_openai_json({"messages": messages, "versions": versions})
    assert reason in refused.value.user_message


def test_the_message_limit_counts_every_version() -> None:
    messages = [_node(1, None, "Q")]
    versions = [_node(n, 1, "A") for n in range(2, MAX_IMPORT_MESSAGES + 2)]
    with pytest.raises(ImportFormatError) as refused:
        from_openai_json({"messages": messages, "versions": versions})
    assert f"{MAX_IMPORT_MESSAGES:,} messages" in refused.value.user_message


def test_a_conversation_without_versions_exports_as_before(world: World) -> None:
    _, history = world
    cid = history.create_conversation("One").id
    history.add_message(cid, "user", "Q")
    conversation = history.get_conversation(cid)
    assert conversation is not None
    data = to_openai_json(conversation, history.messages(cid))
    assert "versions" not in data and "id" not in data["messages"][0]["switchboard"]


def test_the_largest_conversation_with_its_tree_stays_within_the_value_limit() -> None:
    from decimal import Decimal

    from app.core.conversation import Conversation, Message
    from app.core.export import VersionTree, parse_conversation

    messages: list[Message] = []
    for number in range(1, MAX_IMPORT_MESSAGES + 1):
        answer = number % 2 == 0
        extra: dict[str, Any] = {}
        if answer:
            extra = {
                "model": "m/x",
                "provider": "P",
                "prompt_tokens": 10,
                "completion_tokens": 20,
                "cost": Decimal("0.001"),
                "cost_is_billed": True,
                "finish_reason": "stop",
                "elapsed_s": 1.0,
            }
        messages.append(
            Message(
                number,
                1,
                "assistant" if answer else "user",
                "text",
                created_at=1.0,
                parent_id=number - 1 or None,
                **extra,
            )
        )
    shown: dict[int | None, int] = {m.parent_id: m.id for m in messages}
    conversation = Conversation(1, "Big", ChatSettings(), 1.0, 1.0)
    data = to_openai_json(conversation, messages, VersionTree(tuple(messages), shown))
    imported = parse_conversation(json.dumps(data).encode())
    assert len(imported.messages) == MAX_IMPORT_MESSAGES and imported.tree is not None


def test_the_library_search_finds_text_only_in_a_version_off_screen(world: World) -> None:
    _, history = world
    cid = _branched(history)
    assert "A3" not in [m.content for m in history.messages(cid)]
    history.update_message(history.version_tree(cid).messages[5].id, content="A3 with zebras")
    found = history.list_conversations("ZEBRAS")
    assert [(s.id, s.preview) for s in found] == [(cid, "A3 with zebras")]
    assert history.list_conversations("thought about") == []  # (thinking is not searched)


def test_the_ledger_keeps_every_versions_cost(fake: FakeOpenRouter, tmp_path: Path) -> None:
    import httpx

    from app.api import OpenRouterClient
    from app.services.chat import ChatService
    from app.services.costs import CostService
    from app.store.ledger import Ledger

    connection = open_database(tmp_path / "ledger.sqlite3")
    history, ledger = HistoryStore(connection), Ledger(connection)
    cid = history.create_conversation().id
    fake.push(Scenario(text="One."), Scenario(text="Two."), Scenario(text="Three."))

    async def three_versions() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(
                http, base_url=fake.base_url, api_key=VALID_KEY, retry=FAST_RETRY
            )
            chat = ChatService(client, history)
            costs = CostService(ledger, lambda _m: None, client, history=history)
            costs.follow(chat.turns)
            await chat.send(cid, "Q", lambda _e: None)
            await chat.regenerate(cid, lambda _e: None)
            await chat.regenerate(cid, lambda _e: None)
            await costs.wait_settled()
            await costs.aclose()

    run(three_versions())
    answers = [m for m in history.version_tree(cid).messages if m.role == "assistant"]
    assert [m.content for m in answers] == ["One.", "Two.", "Three."]
    entries = ledger.entries()
    assert sorted(e.message_id or 0 for e in entries) == [m.id for m in answers]
    assert all(e.billed and e.cost > 0 for e in entries)
    assert ledger.total_for_conversation(cid) == sum(e.cost for e in entries)
    connection.close()
