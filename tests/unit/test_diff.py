"""The word diff of the compare view: exact round trip, which words differ, and speed."""

from __future__ import annotations

import random
import time

import pytest

from app.core.diff import tokenize, word_diff


def differing_words(row: list[tuple[str, bool]]) -> list[str]:
    return [text for text, differs in row if differs and text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "word",
        "  leading and trailing  ",
        "Hello, world! It's 3.14 — isn’t it?\n\n```py\nx = f(y)\n```\n",
        "naïve café, Straße; 東京 and emoji 🙂🙂",
        "\t\n",
        "under_score snake_case don't",
    ],
)
def test_joining_the_tokens_gives_the_text_back(text: str) -> None:
    assert "".join(tokenize(text)) == text
    for row in word_diff([text, text + " extra", "something else"]):
        assert row is not None
    assert "".join(token for token, _ in word_diff([text, "other"])[0]) == text


def test_the_changed_word_differs_and_the_rest_is_shared() -> None:
    a, b = word_diff(["The cat sat on the mat.", "The dog sat on the mat."])
    assert differing_words(a) == ["cat"]
    assert differing_words(b) == ["dog"]
    assert all(not differs for text, differs in a if not text.strip() or text == ".")


def test_a_word_is_shared_when_any_other_text_has_it() -> None:
    rows = word_diff(["red green blue", "red yellow blue", "pink green blue"])
    assert differing_words(rows[0]) == []  # red with the 2nd, green with the 3rd
    assert differing_words(rows[1]) == ["yellow"]
    assert differing_words(rows[2]) == ["pink"]


def test_comparison_ignores_case() -> None:
    a, b = word_diff(["Paris is the capital", "paris IS the Capital"])
    assert differing_words(a) == differing_words(b) == []


def test_spaces_and_punctuation_differ_only_inside_a_changed_phrase() -> None:
    a, _ = word_diff(["we like red hot peppers here", "we like mild peppers here"])
    flags = dict.fromkeys(differing_words(a), True)
    assert list(flags) == ["red", "hot"]
    joined = "".join(text for text, differs in a if differs)
    assert joined == "red hot"  # the space between the two changed words is part of it
    a, _ = word_diff(["one, two", "one. two"])
    assert not any(differs for _, differs in a)  # only the punctuation changed


def test_one_text_or_identical_texts_have_no_differences() -> None:
    (single,) = word_diff(["Nothing to compare with."])
    assert not any(differs for _, differs in single)
    for row in word_diff(["Same words here.", "Same words here.", "Same words here."]):
        assert not any(differs for _, differs in row)
    assert word_diff([]) == []


def test_entirely_different_texts_differ_everywhere() -> None:
    a, b = word_diff(["alpha beta gamma", "delta epsilon zeta"])
    assert differing_words(a) == ["alpha", "beta", "gamma"]
    assert all(differs for _, differs in b)


def test_a_reordered_sentence_and_a_changed_sentence() -> None:
    a, b = word_diff(
        [
            "First point. Second point is long. Third point.",
            "First point. Second point is short. Third point.",
        ]
    )
    assert differing_words(a) == ["long"]
    assert differing_words(b) == ["short"]


def _answer(rng: random.Random, base: list[str], vocabulary: list[str]) -> str:
    sentences = list(base)
    for _ in range(30):
        at = rng.randrange(len(sentences))
        words = sentences[at].split()
        words[rng.randrange(len(words))] = rng.choice(vocabulary)
        sentences[at] = " ".join(words)
    return " ".join(sentences)


def test_four_long_answers_are_fast() -> None:
    rng = random.Random(7)
    common = [
        "the",
        "a",
        "of",
        "and",
        "to",
        "in",
        "is",
        "that",
        "it",
        "for",
        "on",
        "with",
        "as",
        "was",
        "be",
        "by",
        "this",
        "are",
        "or",
        "at",
    ]
    vocabulary = common + [f"word{n}" for n in range(600)]

    def sentence() -> str:
        n = rng.randint(8, 24)
        words = [rng.choice(common) if rng.random() < 0.5 else rng.choice(vocabulary)]
        words += [rng.choice(common if rng.random() < 0.5 else vocabulary) for _ in range(n)]
        return " ".join(words) + "."

    base = [sentence() for _ in range(120)]
    similar = [_answer(rng, base, vocabulary) for _ in range(4)]
    unrelated = [" ".join(sentence() for _ in range(120)) for _ in range(4)]
    for texts in (similar, unrelated):
        assert all(len(text.split()) >= 1800 for text in texts)
        best = min(_timed(texts) for _ in range(3))
        assert best < 0.25, f"word_diff took {best:.3f}s"  # about 0.03-0.06 s here

    rows = word_diff(similar)
    assert ["".join(t for t, _ in row) for row in rows] == similar
    assert 0 < sum(differs for row in rows for _, differs in row) < 400


def _timed(texts: list[str]) -> float:
    start = time.perf_counter()
    word_diff(texts)
    return time.perf_counter() - start
