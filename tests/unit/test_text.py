"""clean_surrogates and the stream joiner: no lone surrogate ever leaves app.core.text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.text import REPLACEMENT, SurrogateJoiner, clean_surrogates


def test_a_valid_pair_is_joined() -> None:
    assert clean_surrogates("a\ud83d\ude00b") == "a\U0001f600b"


def test_lone_surrogates_become_replacement_characters() -> None:
    assert clean_surrogates("\ud83d") == REPLACEMENT
    assert clean_surrogates("x\ude00y") == f"x{REPLACEMENT}y"
    assert clean_surrogates("\ude00\ud83d") == REPLACEMENT * 2  # wrong order is no pair


def test_clean_text_is_returned_as_is() -> None:
    text = "plain text and an emoji \U0001f600"
    assert clean_surrogates(text) is text


@given(st.text(alphabet=st.characters(min_codepoint=0xD700, max_codepoint=0xE100)))
def test_the_result_always_encodes_as_utf8(text: str) -> None:
    clean_surrogates(text).encode("utf-8")


def test_the_joiner_joins_a_pair_split_across_pieces() -> None:
    joiner = SurrogateJoiner()
    assert joiner.feed("before \ud83d") == "before "
    assert joiner.pending
    assert joiner.feed("\ude00 after") == "\U0001f600 after"
    assert joiner.flush() == ""


def test_the_joiner_replaces_a_high_half_that_never_gets_its_low_half() -> None:
    joiner = SurrogateJoiner()
    assert joiner.feed("\ud83d") == ""
    assert joiner.feed("x") == f"{REPLACEMENT}x"
    assert joiner.feed("\ud83d") == ""
    assert joiner.flush() == REPLACEMENT


def test_split_pairs_are_joined_and_lone_surrogates_replaced_in_imported_text() -> None:
    assert clean_surrogates("a\ud83d\ude00b") == "a\U0001f600b"
    assert clean_surrogates("\ud800x\udfff") == "\ufffdx\ufffd"
    assert clean_surrogates("\ude00\ud83d") == "\ufffd\ufffd"  # the wrong order is no pair
    assert clean_surrogates("plain, ünïcödé, 😀") == "plain, ünïcödé, 😀"
    assert clean_surrogates("") == ""
