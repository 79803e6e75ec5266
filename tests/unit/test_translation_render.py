"""Every word the render layer puts around a message goes through translation (issue #20).

A fake translator marks each translated string ⟦like this⟧ (and fills ``%n`` as Qt does);
what the rendered HTML shows outside the marks, once the tags and the user's and model's
own text are taken out, must hold no English word. English plurals are checked on their own.
"""

from __future__ import annotations

import html
import re
from decimal import Decimal

import pytest

from app.core.attachments import Attachment, WebSearch
from app.core.conversation import ChatSettings, Message, MessageStatus
from app.core.models import ModelInfo
from app.core.params import SamplingParams
from app.render.markdown import render_markdown
from app.render.message_html import (
    footer_html,
    header_html,
    thinking_html,
    thinking_label,
    thinking_text_html,
)
from app.render.meta import details_text, meta_line, notes_for, thinking_notes
from app.render.safe_text import LINE_LIMIT, fold_long_lines
from app.render.sources import (
    attachments_html,
    downscaled_text,
    searches_text,
    size_text,
    sources_html,
    web_search_text,
)
from app.render.theme import Theme

LIGHT = Theme.light()
WARNING = "#aa0000"
D = Decimal

# The user's and the model's own words, and names that are never translated: taken out
# before looking for English.
OWN_TEXT = (
    "Please explain tides",
    "The moon pulls the sea",
    "Weighing it up",
    "Tides explained",
    "notes.txt",
    "holiday.png",
    "vendor/model-x",
    "model-x",
    "Prov",
    "example.org",
    "https://www.example.org/tides",
    "https://example.org/cat.png",
    "temperature=0.3",
    "max_tokens=500",
    "stop",  # (the finish reason: the API's own word)
    "length",
    "content_filter",
)
THINKER = ModelInfo(
    "vendor/model-x",
    "Model X",
    prompt_price=D("0.000001"),
    completion_price=D("0.000002"),
    reasoning_price=D("0.000004"),
)
SETTINGS = ChatSettings(
    model="vendor/model-x",
    params=SamplingParams(temperature=0.3, max_tokens=500),
    web_search=WebSearch(True, 5),
)
CITATION = {
    "type": "url_citation",
    "url_citation": {"url": "https://www.example.org/tides", "title": "Tides explained"},
}
PROMPT = Message(
    1,
    1,
    "user",
    "Please explain tides",
    attachments=(
        Attachment("ab" * 32, "notes.txt", "text/plain", "text", 1),
        Attachment("cd" * 32, "holiday.png", "image/png", "image", 2_000_000, 800, 600, 4000, 3000),
    ),
)
ANSWER = Message(
    2,
    1,
    "assistant",
    "The moon pulls the sea [1].",
    reasoning="Weighing it up.",
    model="vendor/model-x",
    provider="Prov",
    prompt_tokens=100,
    completion_tokens=3080,
    reasoning_tokens=2900,
    cost=D("0.01206"),
    finish_reason="stop",
    settings=SETTINGS,
    elapsed_s=40.2,
    thinking_s=31.5,
    annotations=(CITATION,),
    web_searches=3,
)


def _unmarked_words(rendered: str) -> list[str]:
    """English words that ``rendered`` (HTML or plain) shows outside the ⟦ ⟧ marks: its
    text and its tooltips (``title``) and picture descriptions (``alt``)."""
    shown = [html.unescape(v) for v in re.findall(r'\b(?:title|alt)="([^"]*)"', rendered)]
    shown.append(html.unescape(re.sub(r"<[^>]*>", " ", rendered)))
    words: list[str] = []
    for text in shown:
        text = re.sub(r"⟦[^⟦⟧]*⟧", " ", text.replace("\u00a0", " "))
        while "⟦" in text:  # (nested marks: a translated text holding another)
            text = re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
        for own in sorted(OWN_TEXT, key=len, reverse=True):
            text = text.replace(own, " ")
        words += re.findall(r"[A-Za-z]{2,}", text)
    return words


def _answer_html(message: Message, *, opened: bool = False, last: bool = True) -> str:
    parts = [
        header_html(message, LIGHT),
        thinking_html(message, LIGHT, opened=opened),
        sources_html(message, LIGHT),
        footer_html(
            message,
            LIGHT,
            WARNING,
            last=last,
            thinking_retries=True,
            versions=(2, 3),
            branching=True,
            searches=searches_text(message, THINKER),
        ),
    ]
    if opened:
        parts.append(thinking_text_html(message, LIGHT).replace("Weighing it up.", ""))
    return "".join(parts)


def test_a_prompt_with_attachments_is_all_translated(marked: None) -> None:
    rendered = (
        header_html(PROMPT, LIGHT)
        + attachments_html(PROMPT, LIGHT)
        + footer_html(PROMPT, LIGHT, WARNING, versions=(1, 2), branching=True)
    )
    assert "⟦You⟧" in rendered and "⟦Edit⟧" in rendered and "⟦Open {name}⟧" not in rendered
    assert _unmarked_words(rendered) == []
    assert _unmarked_words(details_text(PROMPT)) == []
    for attachment in PROMPT.attachments:
        assert _unmarked_words(size_text(attachment.size)) == []
    assert _unmarked_words(downscaled_text(PROMPT.attachments[1])) == []


@pytest.mark.parametrize("opened", [False, True])
def test_an_answer_that_thought_searched_and_cites_is_all_translated(
    marked: None, opened: bool
) -> None:
    rendered = _answer_html(ANSWER, opened=opened)
    assert "⟦Sources⟧" in rendered and "⟦Regenerate⟧" in rendered and "▸▾"[opened] in rendered
    assert "⟦3 searches, {cost}⟧" not in rendered and "3 searches" in rendered
    assert _unmarked_words(rendered) == []
    assert _unmarked_words(details_text(ANSWER, THINKER)) == []
    assert _unmarked_words(details_text(ANSWER.with_changes(cost_is_billed=True))) == []
    assert _unmarked_words(" ".join(thinking_notes(ANSWER, THINKER))) == []
    assert _unmarked_words(meta_line(ANSWER, blind=True)) == []
    blind = header_html(ANSWER, LIGHT, blind=True) + footer_html(
        ANSWER, LIGHT, WARNING, blind=True, last=True
    )
    assert _unmarked_words(blind + thinking_html(ANSWER, LIGHT, opened=False, blind=True)) == []


@pytest.mark.parametrize(
    "changes",
    [
        {"status": MessageStatus.STOPPED},
        {"status": MessageStatus.INTERRUPTED},
        {"status": MessageStatus.FAILED, "error": "⟦The connection dropped.⟧"},
        {"status": MessageStatus.FAILED, "error": None},
        {"finish_reason": "length"},
        {"finish_reason": "content_filter"},
        {"content": "", "finish_reason": "length", "settings": None},  # thinking used it all
        {"reasoning": "", "reasoning_tokens": 3120},  # thought privately
        {"reasoning": "", "reasoning_tokens": None, "reasoning_details": ({"type": "x"},)},
        {"thinking_s": 0.4, "reasoning_tokens": 1},
        {"thinking_s": None, "cost": None, "provider": None, "model": None, "settings": None},
    ],
)
def test_answers_that_did_not_end_normally_are_all_translated(
    marked: None, changes: dict[str, object]
) -> None:
    message = ANSWER.with_changes(**changes)
    for last in (True, False):
        assert _unmarked_words(_answer_html(message, last=last)) == [], last
    assert _unmarked_words(details_text(message, THINKER)) == []
    assert all(n.startswith(("⟦", "⚠ ⟦")) for n in notes_for(message))


def test_the_thinking_line_while_it_thinks_is_translated(marked: None) -> None:
    for seconds in (None, 0.2, 14.0, 4210.0):
        for blind in (False, True):
            label = thinking_label(live=True, seconds=seconds, tokens=None, blind=blind)
            assert label.startswith("⟦") and _unmarked_words(label) == []
    for seconds in (None, 0.2, 32.0):
        for tokens in (None, 1, 2900):
            label = thinking_label(live=False, seconds=seconds, tokens=tokens)
            assert label.startswith("⟦") and _unmarked_words(label) == []


def test_the_markdown_labels_and_the_cut_line_note_are_translated(marked: None) -> None:
    rendered = render_markdown(
        "![a cat](https://example.org/cat.png)\n\n![](x)\n\n    code()\n", theme=LIGHT
    )
    assert "⟦Image: a cat⟧" in rendered and "⟦Image⟧" in rendered and "⟦Copy⟧" in rendered
    assert _unmarked_words(rendered.replace("code()", "")) == []
    note = fold_long_lines("x" * (LINE_LIMIT + 1234))[LINE_LIMIT:]
    assert note == " ⟦… (1,234 more characters; Copy to get all)⟧"
    assert _unmarked_words(web_search_text(THINKER, 5)) == []


def test_english_counts_say_one_thing_and_many_things() -> None:
    assert searches_text(ANSWER.with_changes(web_searches=1), None).startswith("1 search, $")
    assert searches_text(ANSWER.with_changes(web_searches=2), None).startswith("2 searches, $")
    assert (size_text(1), size_text(12)) == ("1 byte", "12 bytes")
    assert web_search_text(None, 1).startswith("Up to 1 result a search, about $")
    assert web_search_text(None, 5).startswith("Up to 5 results a search, about $")
    assert thinking_label(live=False, seconds=4210.0, tokens=1) == "Thought for 4,210 s · 1 token"
    assert thinking_label(live=False, seconds=0.4, tokens=2) == (
        "Thought for under a second · 2 tokens"
    )
    assert thinking_label(live=False, seconds=None, tokens=1) == "Thought 1 token"
    assert thinking_label(live=False, seconds=3.0, tokens=1, private=True) == (
        "Thought privately: 1 thinking token billed"
    )
    one = ANSWER.with_changes(
        reasoning="", reasoning_tokens=None, completion_tokens=1, provider=None
    )
    assert meta_line(one) == "1 token · $0.012 est."
    assert meta_line(one.with_changes(completion_tokens=1234)) == "1,234 tokens · $0.012 est."
    split = one.with_changes(reasoning="Hm.", completion_tokens=2, reasoning_tokens=1, cost=None)
    assert meta_line(split) == "answer 1 token + thinking 1 token"
    note = fold_long_lines("x" * (LINE_LIMIT + 1))[LINE_LIMIT:]
    assert note == " … (1 more character; Copy to get all)"
