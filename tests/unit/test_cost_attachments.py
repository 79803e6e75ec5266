"""Estimates count attachments (images every turn, OCR pages once, text as tokens) and web
search (one search about, five at most)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from app.core.attachments import Attachment, WebSearch
from app.core.conversation import ChatSettings, Message
from app.core.cost import (
    EXA_SEARCH_PRICE,
    MAX_SEARCHES_ASSUMED,
    PDF_TOKENS_PER_PAGE,
    estimate_extras,
    estimate_send,
    search_price,
)
from app.core.messages import ChatMessage
from app.core.models import ModelInfo
from app.services.costs import CostService
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.ledger import Ledger

D = Decimal
VISION = ModelInfo(
    "lab/vision",
    "Vision",
    context_length=100_000,
    prompt_price=D("0.000001"),
    completion_price=D("0.000002"),
    max_completion_tokens=1000,
    input_modalities=frozenset({"text", "image"}),
    image_price=D("0.001"),
)
READER = ModelInfo(
    "lab/reader",
    "Reader",
    prompt_price=D("0.000001"),
    completion_price=D("0.000002"),
    input_modalities=frozenset({"text", "image", "file"}),
    web_search_price=D("0.01"),
)


def image(n: int = 1) -> Attachment:
    return Attachment(f"{n:064x}", f"p{n}.png", "image/png", "image", 100, width=8, height=8)


def pdf(pages: int | None, size: int = 1000) -> Attachment:
    return Attachment("f" * 64, "a.pdf", "application/pdf", "pdf", size, pages=pages)


TEXT = Attachment("e" * 64, "notes.txt", "text/plain", "text", 4000)


def test_images_are_priced_every_time_they_are_sent() -> None:
    extras = estimate_extras(VISION, [image(1)], [image(2), image(3)])
    assert extras.files_cost == D("0.003")  # the new one and the two sent again
    assert extras.prompt_tokens == 0
    assert extras.search_cost == extras.max_search_cost == 0


def test_ocr_pages_count_for_new_pdfs_only_and_only_without_native_files() -> None:
    ocr = estimate_extras(VISION, [pdf(8)], [pdf(3)], pdf_engine="mistral-ocr")
    assert ocr.files_cost == D("0.016")  # 8 pages × $0.002; the earlier PDF's reading is reused
    assert ocr.prompt_tokens == 11 * PDF_TOKENS_PER_PAGE  # both PDFs' text is sent
    assert estimate_extras(VISION, [pdf(8)], pdf_engine="cloudflare-ai").files_cost == 0
    assert estimate_extras(VISION, [pdf(8)]).files_cost == 0  # None: the free reader
    assert estimate_extras(READER, [pdf(8)], pdf_engine="mistral-ocr").files_cost == 0
    unknown_pages = estimate_extras(VISION, [pdf(None, size=120_000)], pdf_engine="mistral-ocr")
    assert unknown_pages.files_cost == D("0.006")  # 3 pages guessed from the size


def test_text_files_are_prompt_tokens() -> None:
    assert estimate_extras(VISION, [TEXT]).prompt_tokens == 1000


@pytest.mark.parametrize(
    ("model", "results", "price"),
    [
        (READER, 5, D("0.01")),  # the model's own price
        (VISION, 5, EXA_SEARCH_PRICE),  # none listed: Exa, 10 results included
        (VISION, 25, D("0.022")),  # Exa, 15 results more
        (None, 10, D("0.007")),
    ],
)
def test_a_search_is_priced_by_the_model_else_by_exa(
    model: ModelInfo | None, results: int, price: Decimal
) -> None:
    assert search_price(model, results) == price


def test_web_search_adds_one_search_about_and_five_at_most() -> None:
    messages = [ChatMessage("user", "What happened today?")]
    plain = estimate_send(READER, messages, 100)
    extras = estimate_extras(READER, [], web_search=WebSearch(True, 5))
    searched = estimate_send(READER, messages, 100, extras=extras)
    assert plain.typical_cost is not None and plain.max_cost is not None
    assert searched.typical_cost == plain.typical_cost + D("0.01")
    assert searched.max_cost == plain.max_cost + D("0.01") * MAX_SEARCHES_ASSUMED
    assert searched.search_cost == D("0.01") and searched.max_search_cost == D("0.05")
    assert estimate_extras(READER, [], web_search=WebSearch(False, 5)).search_cost == 0


def test_the_composer_estimate_counts_the_history_and_the_new_attachments(
    tmp_path: Path,
) -> None:
    connection = open_database(tmp_path / "h.sqlite3")
    try:
        history = HistoryStore(connection)
        lookup = {VISION.id: VISION}.get
        costs = CostService(Ledger(connection), lookup, None, history=history)  # type: ignore[arg-type]
        settings = ChatSettings(model=VISION.id, web_search=WebSearch(True, 5))
        cid = history.create_conversation(settings=settings).id
        history.add_message(cid, "user", "Look", attachments=(image(1),))
        history.add_message(cid, "assistant", "A dot.")
        messages: list[Message] = history.messages(cid)
        bare = costs.estimate_draft(ChatSettings(model=VISION.id), messages, "And this?")
        full = costs.estimate_draft(settings, messages, "And this?", attachments=[image(2)])
        assert full.files_cost == D("0.002")  # the earlier image is sent again
        assert full.search_cost == EXA_SEARCH_PRICE
        assert bare.typical_cost is not None and full.typical_cost is not None
        # (the bare estimate has the earlier image too: only the new one and a search differ)
        assert full.typical_cost - bare.typical_cost == D("0.001") + EXA_SEARCH_PRICE
        history_only = costs.estimate_draft(ChatSettings(model=VISION.id), messages, "Hm")
        assert history_only.files_cost == D("0.001")
        check = costs.chat_estimate(cid, "And this?", [image(2)])
        assert check is not None and check.files_cost == D("0.002")
    finally:
        connection.close()
