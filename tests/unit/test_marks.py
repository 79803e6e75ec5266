"""Differences marked inside rendered answers: the visible text, never the Markdown."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from app.render.markdown import render_markdown
from app.render.marks import diff_ranges, mark_html, visible_text
from app.render.theme import Theme

STYLE = "background:#fff0a8"


def _render(text: str) -> str:
    return render_markdown(text, theme=Theme.light(), message_id=1)


def _marked(html_text: str) -> list[str]:
    return re.findall(rf'<span style="{STYLE}">(.*?)</span>', html_text)


def _marks(texts: list[str], by: str = "sentences") -> list[str]:
    rendered = [_render(t) for t in texts]
    ranges = diff_ranges([visible_text(r) for r in rendered], by)  # type: ignore[arg-type]
    return [mark_html(r, g, STYLE) for r, g in zip(rendered, ranges, strict=True)]


def test_the_visible_text_has_no_markdown_and_no_copy_link() -> None:
    html_text = _render("Hello **world** & [a link](https://x.y).\n\n```python\nx = 1 < 2\n```")
    text = visible_text(html_text)
    assert "Hello world & a link." in text
    assert "**" not in text and "](" not in text and "&amp;" not in text
    assert "x = 1 < 2" in text
    assert "Copy" not in text


def test_two_answers_differing_in_one_sentence_mark_only_that_sentence() -> None:
    first, second = _marks(
        [
            "The sea is **wide**. It is blue. Fish live in it.",
            "The sea is **wide**. It is grey. Fish live in it.",
        ]
    )
    assert _marked(first) == ["It is blue."]
    assert _marked(second) == ["It is grey."]


def test_markdown_syntax_is_never_marked() -> None:
    # The same words, one in bold: nothing differs for a reader.
    first, second = _marks(["Use **care** here. Done.", "Use care here. Done."])
    assert _marked(first) == [] and _marked(second) == []


def test_marks_keep_tags_entities_links_and_code_whole() -> None:
    a = "Read [the guide](https://example.org) & more. Then `x < y` holds.\n\n```\nfoo < bar\n```"
    b = "Read the manual. Then `x < y` holds.\n\n```\nbaz < bar\n```"
    first, second = _marks([a, b], "words")
    # The link is still one link, its differing word marked inside it; entities stay.
    link = re.search(r'<a href="https://example.org"[^>]*>(.*?)</a>', first)
    assert link is not None and link.group(1) == f'the <span style="{STYLE}">guide</span>'
    assert f'<span style="{STYLE}"> &amp; more</span>' in first
    assert re.search(r"<code[^>]*>[^<]*x &lt; y[^<]*</code>", first)  # the same: not marked
    assert f'<span style="{STYLE}">baz</span> &lt; bar</pre>' in second
    assert visible_text(first) == visible_text(_render(a))
    assert visible_text(second) == visible_text(_render(b))
    assert "copy-code:1:0" in first and "Copy</a>" in first


def test_no_ranges_leave_the_html_as_it_was() -> None:
    rendered = _render("Something *here*.")
    assert mark_html(rendered, [], STYLE) == rendered


def test_words_mode_marks_words_not_sentences() -> None:
    first, _second = _marks(["The cat sat on the mat.", "The dog sat on the mat."], "words")
    assert _marked(first) == ["cat"]


def test_ranges_in_any_order_or_overlapping_mark_the_same_text() -> None:
    source = "<p>One two <b>three</b> four five.</p>"
    tidy = mark_html(source, [(0, 3), (8, 18)], STYLE)
    assert mark_html(source, [(12, 18), (8, 14), (0, 3), (1, 2)], STYLE) == tidy
    assert _marked(tidy) == ["One", "three", " four"]


def _best_of_three(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def test_marking_a_long_answer_costs_about_what_reading_it_does() -> None:
    # Many text nodes and many ranges: each node once looked at every range (1.8 s for a
    # 300k-character answer); now marking stays within a few times the plain scan.
    source = "<p>The sea is <b>wide</b> &amp; blue. Fish live here.</p>\n" * 2000
    text = visible_text(source)
    ranges = [(at, at + 5) for at in range(0, len(text), 20)]
    marked = mark_html(source, ranges, STYLE)
    assert len(_marked(marked)) >= len(ranges)
    scan = _best_of_three(lambda: visible_text(source))
    assert _best_of_three(lambda: mark_html(source, ranges, STYLE)) < 4 * scan
