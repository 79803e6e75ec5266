"""The plain words about thinking around an answer (Qt-free)."""

from __future__ import annotations

from decimal import Decimal

from app.core.conversation import Message, MessageStatus
from app.core.models import ModelInfo
from app.render.meta import (
    THINKING_USED_IT_ALL,
    details_text,
    meta_line,
    notes_for,
    thinking_notes,
    thinking_used_it_all,
    thought_privately,
)

D = Decimal
THINKER = ModelInfo(
    "m/thinker",
    "Thinker",
    prompt_price=D("0.000001"),
    completion_price=D("0.000002"),
    reasoning_price=D("0.000004"),
)
THOUGHT = Message(
    1,
    1,
    "assistant",
    "The answer.",
    reasoning="Let me think.",
    prompt_tokens=100,
    completion_tokens=3080,
    reasoning_tokens=2900,
    cost=D("0.01206"),
    cost_is_billed=True,
    finish_reason="stop",
    thinking_s=31.54,
)
TRAPPED = Message(
    2,
    1,
    "assistant",
    "",
    reasoning="First, consider…",
    completion_tokens=4000,
    reasoning_tokens=4000,
    cost=D("0.016"),
    cost_is_billed=True,
    finish_reason="length",
)


def test_the_footer_splits_answer_and_thinking_with_their_costs() -> None:
    assert meta_line(THOUGHT) == "answer 180 tokens + thinking 2,900 tokens · $0.012"
    # Judged blind: the answer's own tokens only (the thinking's length and its cost would
    # tell the presets apart).
    assert meta_line(THOUGHT, blind=True) == "180 tokens"
    assert thinking_notes(THOUGHT, THINKER) == [
        "Answer 180 tokens ($0.00046) + thinking 2,900 tokens ($0.012)"
    ]
    assert thinking_notes(THOUGHT) == ["Answer 180 tokens + thinking 2,900 tokens"]


def test_details_split_tokens_costs_and_time() -> None:
    text = details_text(THOUGHT, THINKER)
    assert "Answer tokens: 180" in text
    assert "Thinking tokens: 2,900" in text
    assert "Thinking cost: $0.012" in text
    assert "Answer cost (with the prompt): $0.00046" in text
    assert "Time thinking: 31.5 s" in text
    assert "reasoning" not in text.lower()
    assert "Thinking cost" not in details_text(THOUGHT)  # no prices: no cost split


def test_an_answer_without_thinking_reads_as_before() -> None:
    plain = Message(3, 1, "assistant", "Hi", completion_tokens=5, cost=D("0.01"))
    assert meta_line(plain) == "5 tokens · $0.010 est."
    assert thinking_notes(plain, THINKER) == []
    assert "Thinking" not in details_text(plain, THINKER)


def test_private_thinking_is_said() -> None:
    private = THOUGHT.with_changes(reasoning="", reasoning_tokens=3120, completion_tokens=3300)
    assert thought_privately(private) and not thought_privately(THOUGHT)
    assert thinking_notes(private, with_split=False) == [
        "Thought privately: 3,120 thinking tokens billed"
    ]
    assert "Thinking: done privately" in details_text(private)


def test_the_empty_answer_trap_is_detected_and_said_plainly() -> None:
    assert thinking_used_it_all(TRAPPED)
    assert notes_for(TRAPPED) == [f"⚠ {THINKING_USED_IT_ALL}"]
    assert THINKING_USED_IT_ALL in details_text(TRAPPED)
    # Not the trap: text was written, it did not think, or it did not hit the limit.
    assert not thinking_used_it_all(TRAPPED.with_changes(content="Partial"))
    assert not thinking_used_it_all(TRAPPED.with_changes(reasoning="", reasoning_tokens=None))
    assert not thinking_used_it_all(TRAPPED.with_changes(finish_reason="stop"))
    encrypted = TRAPPED.with_changes(
        reasoning="", reasoning_tokens=None, reasoning_details=({"type": "reasoning.encrypted"},)
    )
    assert thinking_used_it_all(encrypted)
    cut = TRAPPED.with_changes(content="Half an answ", status=MessageStatus.COMPLETE)
    assert notes_for(cut)[0].startswith("⚠ Cut off")


def test_an_unknown_answer_count_is_left_out_not_guessed() -> None:
    interrupted = Message(
        5,
        1,
        "assistant",
        "Partial",
        reasoning="Let me think about it.",
        status=MessageStatus.INTERRUPTED,
    )
    assert meta_line(interrupted) == "thinking about 6 tokens"
    assert "?" not in " ".join(thinking_notes(interrupted))
