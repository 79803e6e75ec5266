"""Text hygiene for strings that came from outside (a server, a file): no lone surrogates.

A server that slices UTF-16 can send the two halves of an emoji in different JSON strings
(``"\\ud83d"`` then ``"\\ude00"``); ``json`` turns each into a lone surrogate, which no UTF-8
encoder (SQLite, a file, Qt) accepts. Join valid pairs, replace the rest with U+FFFD.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")
_PAIR_OR_LONE = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def _fix(match: re.Match[str]) -> str:
    piece = match.group()
    if len(piece) == 2:
        high, low = ord(piece[0]), ord(piece[1])
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    return REPLACEMENT


def clean_surrogates(text: str) -> str:
    """``text`` with every valid high+low surrogate pair joined into its character and every
    lone surrogate replaced by U+FFFD. Text without surrogates comes back unchanged (fast)."""
    if not has_surrogates(text):
        return text
    return _PAIR_OR_LONE.sub(_fix, text)


class SurrogateJoiner:
    """Joins surrogate pairs split across pieces of a stream (sans-I/O).

    ``feed`` returns clean text; a trailing high surrogate is held back until the next piece
    shows whether its low half follows. ``flush`` releases what is held (as U+FFFD).
    """

    def __init__(self) -> None:
        self._pending = ""

    def feed(self, piece: str) -> str:
        text = self._pending + piece
        self._pending = ""
        if not text:
            return ""
        if "\ud800" <= text[-1] <= "\udbff":
            self._pending = text[-1]
            text = text[:-1]
        return clean_surrogates(text)

    def flush(self) -> str:
        pending, self._pending = self._pending, ""
        return REPLACEMENT if pending else ""

    @property
    def pending(self) -> bool:
        return bool(self._pending)
