"""The texts the Qt-free layers (api, store, services) give people go through translation:
under a marking translator every one comes back whole inside ⟦ ⟧ (fields such as file
names filled in after translating), and the English plurals read right."""

from __future__ import annotations

import re
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

import app.api.errors as errors
from app.api import KeyInfo
from app.api.errors import (
    ProviderError,
    error_class_for_status,
)
from app.api.oauth import SignInError
from app.api.parsing import provider_error
from app.api.requests import build_chat_body
from app.core.conversation import ChatSettings
from app.core.cost import SendEstimate
from app.core.export import ImportedConversation
from app.core.request import ChatRequest
from app.services.account import clean_key, describe_key
from app.services.attachments import AttachmentError, AttachmentService
from app.services.compare import requests_text
from app.services.conversations import Left, _import_notes, fork_title, import_limits
from app.store.blobs import BlobMissingError, BlobStore
from app.store.comparisons import tally_sentence
from app.store.database import open_history_database, write_problem
from app.store.files import UnsuitableFileError, read_regular_file
from app.store.preset_store import PresetStore
from app.store.settings_file import load_settings

OPEN, CLOSE = "⟦", "⟧"
MARKED = re.compile(r"^⟦.*⟧$", re.DOTALL)
_INNERMOST = re.compile(r"⟦[^⟦⟧]*⟧")


def whole(text: str) -> bool:
    """Translated sentences (a translated reason may sit inside one, as a field), with
    nothing outside the marks but spaces."""
    left, before = text, None
    while left != before:
        before, left = left, _INNERMOST.sub("", left)
    return text.startswith(OPEN) and not left.strip()


def _all_error_classes() -> list[type[errors.OpenRouterError]]:
    found, todo = [], [errors.OpenRouterError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


# -- api ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status", [400, 401, 402, 403, 404, 408, 413, 418, 422, 429, 500, 502, 503, 504, 524, 529]
)
def test_every_http_error_says_its_message_translated(marked: None, status: int) -> None:
    error = error_class_for_status(status)(status, "")
    assert whole(error.user_message), error.user_message


def test_a_bad_request_quoting_the_server_keeps_the_quote_inside_the_sentence(
    marked: None,
) -> None:
    error = error_class_for_status(400)(400, "Bad value")
    assert error.user_message == (
        "⟦OpenRouter could not accept this request: Bad value. Change the settings and retry.⟧"
    )
    too_long = error_class_for_status(400)(400, "context length exceeded")
    assert whole(too_long.user_message) and "too long" in too_long.user_message


def test_every_error_class_made_without_a_message_is_translated(marked: None) -> None:
    for cls in _all_error_classes():
        if issubclass(cls, errors.ApiStatusError):
            error: errors.OpenRouterError = cls(500)
        else:
            error = cls()
        assert whole(error.user_message), (cls, error.user_message)
    assert errors.AuthenticationError.user_message.startswith("OpenRouter did not")  # English


def test_a_provider_error_quotes_the_server_inside_one_translated_sentence(marked: None) -> None:
    said = provider_error({"message": "Overloaded"}).user_message
    assert said.startswith("⟦The model's provider failed while answering (Overloaded).")
    assert whole(said)
    assert whole(provider_error({}).user_message)  # "(unknown error)" is translated too
    assert whole(ProviderError("").user_message)


def test_sign_in_errors_and_request_refusals_are_translated(marked: None) -> None:
    assert whole(SignInError("declined").user_message)
    with pytest.raises(errors.InvalidRequestError) as refused:
        build_chat_body(ChatRequest(model="", messages=[]), stream=False)
    assert whole(refused.value.user_message)


def test_english_stays_english_without_a_translator() -> None:
    assert error_class_for_status(429)(429).user_message == errors.RateLimitError.user_message
    assert ProviderError("Boom").user_message == (
        "The model's provider failed while answering (Boom). What arrived is kept; "
        "press Retry to ask again."
    )


# -- store -------------------------------------------------------------------------------------


def test_store_refusals_and_notices_are_translated(marked: None, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(UnsuitableFileError) as unsuitable:
        read_regular_file(folder, 10)
    assert whole(unsuitable.value.user_message)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 3000)
    with pytest.raises(UnsuitableFileError) as too_large:
        read_regular_file(big, 2048)
    assert too_large.value.user_message == "⟦It is too large: the limit is 2 KB.⟧"

    assert whole(BlobMissingError("photo.png").user_message)
    with pytest.raises(BlobMissingError):
        BlobStore(tmp_path / "blobs").get("0" * 64, "photo.png")

    settings = tmp_path / "settings.json"
    settings.write_bytes(b"{not json")
    notice = load_settings(settings).notice
    assert notice is not None and whole(notice)
    assert "(⟦the file is damaged⟧)" in notice  # the reason: a field, translated on its own

    presets = tmp_path / "presets.json"
    presets.write_bytes(b"\xff not json")
    loaded = PresetStore(presets).load()
    assert loaded.notice is not None and whole(loaded.notice)
    assert "⟦This file is not a Switchboard presets file.⟧" in loaded.notice

    broken = tmp_path / "history.sqlite3"
    broken.write_bytes(b"not a database at all" * 100)
    opened = open_history_database(broken)
    assert opened.notice is not None and whole(opened.notice)
    opened.connection.close()


def test_why_a_write_failed_is_translated(marked: None) -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
    assert write_problem(full) == "⟦the disk is full⟧"


def test_vote_tallies_are_whole_sentences(marked: None) -> None:
    assert tally_sentence("Precise", 0, "Creative", 0) == (
        "⟦No blind votes yet between Precise and Creative⟧"
    )
    assert tally_sentence("Precise", 3, "Creative", 7) == "⟦Creative beat Precise 7 to 3⟧"
    assert tally_sentence("Precise", 2, "Creative", 2) == "⟦Precise and Creative are tied 2 to 2⟧"


# -- services ----------------------------------------------------------------------------------


def test_attachment_refusals_are_translated(marked: None, tmp_path: Path) -> None:
    service = AttachmentService(BlobStore(tmp_path / "blobs"))
    for name, data in [("empty.txt", b""), ("photo.png", b"%PDF-1.4 not a picture")]:
        with pytest.raises(AttachmentError) as refused:
            service.read_bytes(name, data)
        assert whole(refused.value.user_message), refused.value.user_message
    with pytest.raises(AttachmentError) as gone:
        service.read_file(tmp_path / "missing.txt")
    assert gone.value.user_message.startswith("⟦“missing.txt” is no longer there")


def test_account_texts_are_translated(marked: None) -> None:
    for pasted in ["", "two words", "sk-or-é"]:
        with pytest.raises(errors.InvalidRequestError) as refused:
            clean_key(pasted)
        assert whole(refused.value.user_message)
    assert whole(describe_key(None))
    info = KeyInfo(
        label="",
        limit=Decimal("10"),
        limit_remaining=Decimal("7.5"),
        limit_reset="monthly",
        usage=Decimal("2.5"),
        usage_daily=None,
        usage_monthly=None,
        is_free_tier=True,
    )
    parts = describe_key(info).split(" · ")
    assert all(MARKED.match(p) for p in parts), parts
    assert parts[1] == "⟦limit $10.00 ($7.50 left), resets ⟦monthly⟧⟧"  # (the reset word too)


def test_conversation_texts_are_translated(marked: None) -> None:
    assert whole(import_limits())
    assert fork_title("Plan") == "⟦Plan (continued)⟧"
    notes = _import_notes(_imported(folded=3), Left(missing=2, refused=1))
    assert notes and all(whole(n) for n in notes), notes


def test_english_plurals_read_right() -> None:
    assert requests_text(1, _unknown()).startswith("1 request, ")
    assert requests_text(3, _unknown()).startswith("3 requests, ")
    one = _import_notes(_imported(folded=1), Left(missing=1, refused=1))
    assert one == [
        "One attached file was left out: the file did not contain it.",
        "One attached file was left out: it is damaged, too large, or not what its name says.",
        "1 system message from later in the conversation was added to its system prompt.",
    ]
    two = _import_notes(_imported(folded=2), Left(missing=2, refused=2))
    assert two == [
        "2 attached files were left out: the file did not contain them.",
        "2 attached files were left out: they are damaged, too large, or not what their names say.",
        "2 system messages from later in the conversation were added to its system prompt.",
    ]
    assert fork_title("Plan (continued)") == "Plan (continued)"  # once


def test_the_requests_estimate_is_one_translated_sentence(marked: None) -> None:
    assert requests_text(2, _unknown()).startswith("⟦2 requests, ")


def _unknown() -> SendEstimate:
    return SendEstimate(0, None, None, 0, False)


def _imported(folded: int) -> ImportedConversation:
    return ImportedConversation(
        title="x", settings=ChatSettings(), messages=[], folded_system_messages=folded
    )
