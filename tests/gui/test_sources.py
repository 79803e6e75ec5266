"""An answer's sources: the numbered list under it, ``[n]`` markers linked to them, the
searches in its footer and Details (rendered in a real transcript)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.core.attachments import WebSearch
from app.core.conversation import ChatSettings, Message
from app.core.models import ModelInfo
from app.render.meta import details_text
from app.render.sources import (
    link_markers,
    searches_text,
    sources_of,
    web_search_text,
)
from app.render.theme import Theme
from app.ui.chat.transcript import Transcript


def citation(url: str, title: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"url": url}
    if title is not None:
        body["title"] = title
    return {"type": "url_citation", "url_citation": body}


FILE_NOTE = {"type": "file", "file": {"hash": "ab" * 32, "name": "a.pdf", "content": []}}
ANNOTATIONS = (
    citation("https://www.example.org/tides", "Tides explained"),
    FILE_NOTE,
    citation("https://news.example.com/moon"),  # no title: its domain stands in
    citation("https://www.example.org/tides", "Tides again"),  # the same page once
    citation("javascript:alert(1)", "Evil"),  # never a link
)


def answer(**changes: Any) -> Message:
    base = Message(
        id=7,
        conversation_id=1,
        role="assistant",
        content="The moon pulls the sea [1], and it is well measured [2]. See `a[1]` and [9].",
        model="fakelab/searcher",
        annotations=ANNOTATIONS,
        web_searches=3,
        settings=ChatSettings(web_search=WebSearch(True, 5)),
        cost=Decimal("0.03"),
    )
    return base.with_changes(**changes)


def test_sources_are_numbered_once_each_and_only_web_links() -> None:
    sources = sources_of(answer())
    assert [(s.url, s.title, s.domain) for s in sources] == [
        ("https://www.example.org/tides", "Tides explained", "example.org"),
        ("https://news.example.com/moon", "news.example.com", "news.example.com"),
    ]


def test_markers_link_to_their_sources_but_not_in_code_or_beyond_the_list() -> None:
    html = "<p>pulls the sea [1], measured [2]. See <code>a[1]</code> and [9].</p>"
    linked = link_markers(html, answer(), Theme.light())
    assert '<a href="https://www.example.org/tides"' in linked
    assert '<a href="https://news.example.com/moon"' in linked
    assert "<code>a[1]</code>" in linked and "and [9]." in linked


def test_the_search_footer_and_the_price_said_before_sending() -> None:
    # Exa's price when the catalogue names none: $0.007 a search
    assert searches_text(answer(), None) == "3 searches, $0.021"
    priced = ModelInfo("fakelab/searcher", "Searcher", web_search_price=Decimal("0.01"))
    assert searches_text(answer(web_searches=1), priced) == "1 search, $0.01"
    assert searches_text(answer(web_searches=None), None) == ""
    said = web_search_text(None, 5)
    assert said.startswith("Up to 5 results a search, about $0.007 per message")
    assert "$0.035" in said


def test_details_list_the_searches_and_the_sources() -> None:
    text = details_text(answer())
    assert "Web searches: 3 searches, $0.021" in text
    assert "1. Tides explained (https://www.example.org/tides)" in text
    assert "2. news.example.com (https://news.example.com/moon)" in text
    assert "javascript" not in text


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: seen.append(url.toString()) or True
    )
    return seen


def test_the_transcript_shows_sources_and_opens_them_only_on_click(
    qtbot: Any, opened: list[str]
) -> None:
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.resize(700, 500)
    user = Message(id=6, conversation_id=1, role="user", content="Why tides?")
    transcript.show_messages([user, answer()])
    text = transcript.toPlainText()
    assert "Sources" in text and "1. Tides explained (example.org)" in text
    assert "2. news.example.com (news.example.com)" in text
    assert "3 searches, $0.021" in text
    assert "Evil" not in text
    html = transcript.document().toHtml()
    assert html.count('href="https://www.example.org/tides"') == 2  # the marker and the list
    assert opened == []  # nothing opens by itself
    transcript.anchorClicked.emit(QUrl("https://www.example.org/tides"))
    assert opened == ["https://www.example.org/tides"]


def test_an_answer_without_sources_shows_none() -> None:
    plain = answer(annotations=(FILE_NOTE,), web_searches=None)
    assert sources_of(plain) == []
    assert link_markers("<p>[1]</p>", plain, Theme.light()) == "<p>[1]</p>"


def test_direction_controls_in_a_title_cannot_turn_the_domain_around(qtbot: Any) -> None:
    # U+202E (right-to-left override) would show "(example.org)" reversed after the title
    tricky = answer(annotations=(citation("https://example.org/a", "Bank \u202egro.live\u202c"),))
    assert [s.title for s in sources_of(tricky)] == ["Bank gro.live"]
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.show_messages([tricky])
    text = transcript.toPlainText()
    assert "1. Bank gro.live (example.org)" in text
    assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_a_long_answer_with_sources_links_its_markers_too(qtbot: Any) -> None:
    """Answers longer than one piece are drawn in pieces, without the links: one that lists
    sources is drawn whole, so its last [1] links like its first."""
    paragraph = "Tides rise and fall twice a day, and the moon sets their rhythm. " * 8
    long_text = "The moon pulls the sea [1].\n\n" + (paragraph + "\n\n") * 40 + "Measured [2]."
    assert len(long_text) > 16_000
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.show_messages([answer(content=long_text)])
    assert transcript.pieces_pending == 0
    html = transcript.document().toHtml()
    assert html.count('href="https://www.example.org/tides"') == 2  # the marker and the list
    assert html.count('href="https://news.example.com/moon"') == 2
