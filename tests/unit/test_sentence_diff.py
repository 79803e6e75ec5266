"""Sentence differences: the compare view's default highlight."""

from __future__ import annotations

import time

from app.core.diff import sentence_diff, sentences


def _marked(tokens: list[tuple[str, bool]]) -> list[str]:
    return [text for text, differs in tokens if differs]


def test_sentences_join_back_to_the_text() -> None:
    text = 'One. Two? "Three!" Four…\nFive\n\n  Six 3.5 is a number. Seven'
    parts = sentences(text)
    assert "".join(parts) == text
    assert [p for p in parts if not p.isspace()] == [
        "One.",
        "Two?",
        '"Three!"',
        "Four…",
        "Five",
        "Six 3.5 is a number.",
        "Seven",
    ]


def test_answers_differing_in_one_sentence_mark_only_that_sentence() -> None:
    a = "The sea is wide. It is blue. Fish live in it."
    b = "The sea is wide. It is grey today. Fish live in it."
    first, second = sentence_diff([a, b])
    assert _marked(first) == ["It is blue."]
    assert _marked(second) == ["It is grey today."]
    assert "".join(t for t, _ in first) == a


def test_case_and_spacing_do_not_count_as_a_difference() -> None:
    first, second = sentence_diff(["Hello  there. Bye.", "hello there.\nBye."])
    assert _marked(first) == [] and _marked(second) == []


def test_a_sentence_shared_with_any_other_answer_is_not_marked() -> None:
    marks = sentence_diff(["A. B.", "A. C.", "D. C."])
    assert [_marked(m) for m in marks] == [["B."], [], ["D."]]


def test_a_single_answer_has_no_differences() -> None:
    assert _marked(sentence_diff(["Only one."])[0]) == []
    assert sentence_diff(["", "Something."]) == [[], [("Something.", True)]]


def _seconds(text: str) -> float:
    """The best of three splits, so a busy machine does not decide the ratio."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        sentences(text)
        best = min(best, time.perf_counter() - started)
    return best


def test_a_long_run_of_dots_splits_as_fast_as_ordinary_text() -> None:
    # A run of end marks before a letter once took quadratic time (10 s for 20k dots) on the
    # window's thread; now it costs about what ordinary text of the same length does.
    length = 100_000
    dots = "." * length + "x"
    ordinary = ("The sea is wide. It is blue! Is it? " * (length // 30))[: length + 1]
    assert sentences(dots) == [dots]
    assert _seconds(dots) < 5 * _seconds(ordinary)
