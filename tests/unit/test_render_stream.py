"""A streaming answer's plan per refresh (app.render.stream, no Qt)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.core.conversation import Message, MessageStatus
from app.render.markdown import code_blocks, render_piece
from app.render.message_html import footer_html, header_html
from app.render.meta import details_text, meta_line, notes_for, without_retry
from app.render.stable_prefix import StablePrefixTracker
from app.render.stream import AnswerStream
from app.render.theme import Theme

LIGHT = Theme.light()

ANSWER = """\
Intro paragraph.

```python
def f(x):
    return x + 1
```

1. one
2. two

| a | b |
|---|---|
| 1 | 2 |

Closing words, with `code`.

```js
let a = 1;
"""


def _manual(text: str, step: int) -> list[str]:
    """What the transcript did before the stream object existed: tracker, then pieces."""
    tracker = StablePrefixTracker()
    frozen, context, index, htmls = 0, None, 0, []
    for k in range(0, len(text), step):
        tracker.feed(text[k : k + step])
        stable = tracker.stable_length
        if stable > frozen:
            after = tracker.stable_context
            html, index = render_piece(
                text[frozen:stable],
                theme=LIGHT,
                message_id=3,
                code_index_start=index,
                continues=context,
                open_end=after is not None,
            )
            htmls.append(html)
            frozen, context = stable, after
    tail = render_piece(
        text[frozen:], theme=LIGHT, message_id=3, code_index_start=index, continues=context
    )
    return [*htmls, tail[0]]


@pytest.mark.parametrize("step", [1, 5, 64])
def test_settled_pieces_and_the_final_tail_are_what_the_tracker_gives(step: int) -> None:
    stream = AnswerStream(3, LIGHT)
    settled: list[str] = []
    for k in range(step, len(ANSWER) + step, step):
        update = stream.update(ANSWER[:k])
        if update.settled is not None:
            settled.append(update.settled)
    final = stream.update(ANSWER, final=True)
    if final.settled is not None:
        settled.append(final.settled)
    assert final.tail is not None and final.code is None
    assert [*settled, final.tail] == _manual(ANSWER, step)


def test_an_open_code_block_grows_line_by_line_and_closes_once() -> None:
    text = "Intro\n\n```python\nx = 1\ny = 'two'\n```\nafter\n"
    stream = AnswerStream(1, LIGHT)
    lines: list[str] = []
    opened = closed = 0
    for k in range(1, len(text) + 1):
        update = stream.update(text[:k])
        if update.code is not None:
            opened += update.code.opened
            assert update.code.language == "python"
            if update.code.lines is not None:
                lines.append("".join(run for run, _style in update.code.lines))
        closed += update.code_closed
    assert (opened, closed) == (1, 1)
    assert lines == ["x = 1", "y = 'two'"]
    assert code_blocks(text) == ["x = 1\ny = 'two'"]


def test_the_unfinished_code_line_is_shown_plain_and_replaced() -> None:
    stream = AnswerStream(1, LIGHT)
    stream.update("```python\n")
    update = stream.update("```python\nprint(1)\npri")
    assert update.code is not None and not update.replace_tail
    assert update.code.lines is not None
    assert "".join(run for run, _ in update.code.lines) == "print(1)"
    assert [run for run, _ in update.code.unfinished] == ["pri"]
    again = stream.update("```python\nprint(1)\nprint")
    assert again.code is not None and again.code.lines is None
    assert [run for run, _ in again.code.unfinished] == ["print"]


def test_the_tracker_reads_each_character_once_however_often_it_is_updated() -> None:
    stream = AnswerStream(1, LIGHT)
    text = "Para one.\n\nPara two.\n\nPara three"
    for k in range(1, len(text) + 1):
        stream.update(text[:k])
        stream.update(text[:k])  # a refresh with nothing new costs nothing more
    assert stream.tracker.feed("") == StablePrefixTracker().feed(text)


def test_meta_and_message_html_say_who_answered_unless_blind() -> None:
    message = Message(
        id=7,
        conversation_id=1,
        role="assistant",
        content="Hi",
        model="vendor/model-x",
        provider="Prov",
        completion_tokens=1234,
        cost=Decimal("0.0042"),
        status=MessageStatus.FAILED,
        error="boom",
        finish_reason="length",
    )
    assert meta_line(message) == "via Prov · 1,234 tokens · $0.0042 est."
    assert meta_line(message, blind=True) == "1,234 tokens"  # (a cost tells the price)
    assert [n.split(":")[0] for n in notes_for(message)] == ["⚠ Incomplete", "⚠ Cut off"]
    assert "Model that answered: vendor/model-x" in details_text(message)
    assert "<b title=" in header_html(message, LIGHT)
    assert ">model-x</b>" in header_html(message, LIGHT)  # the name, without its vendor
    assert "model-x" not in header_html(message, LIGHT, blind=True)
    footer = footer_html(message, LIGHT, "#aa0000", last=True)
    assert "action:details:7" in footer and "Retry" in footer and "#aa0000" in footer
    assert "action:details:7" not in footer_html(message, LIGHT, "#aa0000", blind=True)


def _error_classes() -> list[type]:
    import app.api.errors as errors

    found, todo = [], [errors.OpenRouterError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_without_retry_keeps_what_happened_and_drops_only_the_call_to_press_retry() -> None:
    asked = 0
    for cls in _error_classes():
        said = cls.user_message
        left = without_retry(said)
        assert "retry" not in left.lower() or "and retry" in left, (cls, left)
        assert left and left[-1] in ".!?" and said.startswith(left.split(". ")[0]), (cls, left)
        if "press Retry" not in said.replace("Press", "press"):
            assert left == said, cls  # nothing else changes
        else:
            asked += 1
    assert asked >= 8  # (the test sees the error tree)
    assert without_retry(
        "The connection dropped before the answer was finished. What arrived is kept and "
        "marked incomplete; press Retry to ask again."
    ) == (
        "The connection dropped before the answer was finished. What arrived is kept and "
        "marked incomplete."
    )
    # What follows the instruction in its sentence goes with it.
    assert without_retry("Too big. Press Retry; if it happens again, tell us.") == "Too big."
    assert without_retry("Press Retry.") == ""


def test_an_older_failed_answer_says_what_happened_without_asking_for_retry() -> None:
    message = Message(
        id=3,
        conversation_id=1,
        role="assistant",
        content="Part",
        status=MessageStatus.FAILED,
        error="The model stopped. What arrived is kept; press Retry to ask again.",
    )
    newest = footer_html(message, LIGHT, "#aa0000", last=True)
    assert "press Retry to ask again" in newest and ">Retry</a>" in newest
    older = footer_html(message, LIGHT, "#aa0000", last=False)
    assert "Retry" not in older and "The model stopped. What arrived is kept." in older
    assert notes_for(message.with_changes(error="Press Retry."), retry=False) == [
        "⚠ Incomplete: the answer did not finish."
    ]
