"""Text from outside (imports): surrogates that no file or database can hold."""

from __future__ import annotations

from app.core.text import clean_surrogates


def test_split_pairs_are_joined_and_lone_surrogates_replaced() -> None:
    assert clean_surrogates("a\ud83d\ude00b") == "a\U0001f600b"
    assert clean_surrogates("\ud800x\udfff") == "\ufffdx\ufffd"
    assert clean_surrogates("\ude00\ud83d") == "\ufffd\ufffd"  # the wrong order is no pair
    assert clean_surrogates("plain, ünïcödé, 😀") == "plain, ünïcödé, 😀"
    assert clean_surrogates("") == ""
