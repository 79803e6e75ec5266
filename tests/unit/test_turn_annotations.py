"""A turn merges the answer's annotations and keeps the searches the server counted."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.api import AnnotationsDelta, Finished, TextDelta, UsageReport
from app.core.conversation import MessageStatus
from app.core.usage import Usage
from app.services.turn import MAX_SOURCES, Turn, TurnAnnotations, TurnEvent
from app.store.history import HistoryStore
from tests.helpers.clocks import Clock


def source(url: str, title: str | None = None) -> dict[str, Any]:
    inner: dict[str, Any] = {"url": url}
    if title is not None:
        inner["title"] = title
    return {"type": "url_citation", "url_citation": inner}


def parsed(digest: str) -> dict[str, Any]:
    return {"type": "file", "file": {"hash": digest, "name": "a.pdf", "content": []}}


def new_turn(history: HistoryStore) -> tuple[Turn, list[TurnEvent]]:
    cid = history.create_conversation().id
    user = history.add_message(cid, "user", "What happened today?")
    answer = history.add_message(cid, "assistant", "", status=MessageStatus.STREAMING)
    turn = Turn(user, answer, history, 0.0, Clock())
    events: list[TurnEvent] = []
    turn.events.subscribe(events.append)
    return turn, events


def test_annotations_are_merged_deduplicated_and_stored(history: HistoryStore) -> None:
    turn, events = new_turn(history)
    turn.apply(AnnotationsDelta((source("https://a.example/1"), parsed("h1"))))
    turn.apply(TextDelta("Rain [1]."))
    turn.apply(AnnotationsDelta((source("https://a.example/1", "Weather"), parsed("h1"))))
    turn.apply(AnnotationsDelta((source("https://b.example/2", "Other"),)))
    turn.apply(AnnotationsDelta((source("https://b.example/2", "Other"),)))  # nothing new
    turn.apply(
        UsageReport(
            Usage(prompt_tokens=5, completion_tokens=3, cost=Decimal("0.01"), web_searches=2)
        )
    )
    turn.apply(Finished("stop"))
    expected = (
        source("https://a.example/1", "Weather"),  # the later copy's title filled in
        parsed("h1"),
        source("https://b.example/2", "Other"),
    )
    assert turn.annotations == expected
    published = [e for e in events if isinstance(e, TurnAnnotations)]
    assert len(published) == 3 and published[-1].annotations == expected
    message = turn.finish(MessageStatus.COMPLETE, None)
    assert message.annotations == expected and message.web_searches == 2
    stored = history.get_message(message.id)
    assert stored is not None
    assert stored.annotations == expected and stored.web_searches == 2


def test_a_checkpoint_keeps_the_sources_that_arrived(history: HistoryStore) -> None:
    turn, _ = new_turn(history)
    turn.apply(AnnotationsDelta((source("https://a.example/1"),)))
    turn.apply(TextDelta("Rain."))  # (interval 0: every text is a checkpoint)
    stored = history.get_message(turn.message.id)
    assert stored is not None and stored.annotations == (source("https://a.example/1"),)
    assert stored.status is MessageStatus.STREAMING


def test_sources_are_capped_and_no_searches_reads_as_unknown(history: HistoryStore) -> None:
    turn, _ = new_turn(history)
    many = tuple(source(f"https://s.example/{i}") for i in range(MAX_SOURCES + 30))
    turn.apply(AnnotationsDelta(many))
    turn.apply(AnnotationsDelta(({"type": 3}, {"type": "url_citation"})))  # odd ones
    turn.apply(Finished("stop"))
    message = turn.finish(MessageStatus.COMPLETE, None)
    kinds = [a["type"] for a in message.annotations]
    assert kinds.count("url_citation") == MAX_SOURCES
    assert message.web_searches is None
