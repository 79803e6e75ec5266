"""How an attached text file's bytes become text: one rule for the intake and the request.

UTF-16 with a byte order mark, else UTF-8 (a UTF-8 byte order mark dropped). The intake is
strict (a file that does not decode, or holds a NUL, is not text); a send is lenient (bytes
kept before this rule existed become U+FFFD rather than failing the send).
"""

from __future__ import annotations

import codecs

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _codec(data: bytes) -> tuple[bytes, str]:
    """The bytes to decode (a UTF-8 BOM dropped) and their encoding."""
    if data.startswith(_UTF16_BOMS):
        return data, "utf-16"  # (the codec reads and drops the BOM)
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :], "utf-8"
    return data, "utf-8"


def decode_text(data: bytes) -> str | None:
    """The text of UTF-8 (a BOM allowed) or UTF-16 with a BOM, with no NUL; else None."""
    body, encoding = _codec(data)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if "\x00" in text else text


def decode_text_lenient(data: bytes) -> str:
    """The same rule, never failing: anything undecodable becomes U+FFFD."""
    body, encoding = _codec(data)
    return body.decode(encoding, errors="replace")


__all__ = ["decode_text", "decode_text_lenient"]
