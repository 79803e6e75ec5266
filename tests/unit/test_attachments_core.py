"""Attachments, web search and PDF settings as stored (app/core/attachments.py), and their
bytes kept once by digest (app/store/blobs.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.core.attachments import Attachment, WebSearch, attachment_from_dict
from app.core.conversation import ChatSettings
from app.store.blobs import BlobMissingError, BlobStore

PNG = Attachment(
    digest=hashlib.sha256(b"png").hexdigest(),
    name="cat.png",
    mime="image/png",
    kind="image",
    size=3,
    width=4000,
    height=3000,
    original_width=8000,
    original_height=6000,
)


def test_an_attachment_round_trips_and_hostile_ones_are_refused() -> None:
    assert attachment_from_dict(PNG.to_dict()) == PNG
    assert PNG.downscaled
    for bad in (
        None,
        [],
        {**PNG.to_dict(), "digest": "../../etc/passwd"},
        {**PNG.to_dict(), "kind": "video"},
        {**PNG.to_dict(), "size": -1},
        {**PNG.to_dict(), "size": True},
        {**PNG.to_dict(), "name": ""},
        {**PNG.to_dict(), "name": "x" * 201},
    ):
        assert attachment_from_dict(bad) is None, bad
    odd = attachment_from_dict({**PNG.to_dict(), "width": "wide", "text_layer": "yes"})
    assert odd is not None and odd.width is None and odd.text_layer is None


def test_web_search_and_the_pdf_reader_are_kept_with_the_settings() -> None:
    settings = ChatSettings(web_search=WebSearch(True, 3), pdf_engine="mistral-ocr")
    assert ChatSettings.from_dict(settings.to_dict()) == settings
    assert "web_search" not in ChatSettings().to_dict()  # off: stored as before
    hostile = {"web_search": {"enabled": "yes", "max_results": 999}, "pdf_engine": "rm -rf"}
    back = ChatSettings.from_dict(hostile)
    assert back.web_search == WebSearch() and back.pdf_engine is None


def test_bytes_are_kept_once_by_digest_and_damage_reads_as_missing(tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "attachments")
    digest = blobs.put(b"hello")
    assert blobs.put(b"hello") == digest == hashlib.sha256(b"hello").hexdigest()
    assert blobs.get(digest) == b"hello" and blobs.has(digest)
    assert len(list((tmp_path / "attachments").rglob("*"))) == 2  # a shard folder, one file
    blobs.path(digest).write_bytes(b"changed")
    with pytest.raises(BlobMissingError) as missing:
        blobs.get(digest, "notes.txt")
    assert "notes.txt" in missing.value.user_message
    with pytest.raises(BlobMissingError):
        blobs.get("../x")
    assert not blobs.has("nope")
    other = blobs.put(b"other")
    assert blobs.remove_unused({other}, keep_new=0) == 1  # (any age: see test_attachment_cleanup)
    assert blobs.has(other) and not blobs.has(digest)
