"""One rule for how a text file's bytes become text (review of #18, finding 23): the intake
(strict) and the request (lenient) share app.core.text_files."""

from __future__ import annotations

import codecs

import app.services.attachments as intake
from app.core.text_files import decode_text, decode_text_lenient


def test_the_intake_uses_the_shared_rule() -> None:
    assert intake.decode_text is decode_text


def test_utf8_with_or_without_bom_and_utf16_with_bom_decode() -> None:
    assert decode_text("héllo".encode()) == "héllo"
    assert decode_text(codecs.BOM_UTF8 + "héllo".encode()) == "héllo"
    assert decode_text("héllo".encode("utf-16")) == "héllo"
    assert decode_text(codecs.BOM_UTF16_BE + "hé".encode("utf-16-be")) == "hé"


def test_strict_refuses_what_lenient_replaces() -> None:
    assert decode_text(b"caf\xe9") is None
    assert decode_text(b"a\x00b") is None
    assert decode_text_lenient(b"caf\xe9") == "caf\ufffd"
    assert decode_text_lenient(codecs.BOM_UTF8 + b"ok") == "ok"
    assert decode_text_lenient("ok".encode("utf-16")) == "ok"
