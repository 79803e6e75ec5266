"""Estimates count attachments (images every turn, OCR pages once, text as tokens) and web
search (one search about, five at most)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from app.core.attachments import MAX_SEARCHES, Attachment, PdfEngine, WebSearch
from app.core.conversation import ChatSettings, Message
from app.core.cost import (
    EXA_SEARCH_PRICE,
    MAX_IMAGE_TOKENS,
    MIN_IMAGE_TOKENS,
    PDF_TOKENS_PER_PAGE,
    Extras,
    attachment_tokens,
    estimate_extras,
    estimate_send,
    search_price,
)
from app.core.messages import ChatMessage
from app.core.models import ModelInfo
from app.core.request import next_request
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


def pdf(pages: int | None, name: str = "a", size: int = 1000) -> Attachment:
    digest = hashlib.sha256(name.encode()).hexdigest()
    return Attachment(digest, f"{name}.pdf", "application/pdf", "pdf", size, pages=pages)


TEXT = Attachment("e" * 64, "notes.txt", "text/plain", "text", 4000)


def extras_for(
    model: ModelInfo,
    new: list[Attachment],
    earlier: list[Attachment] = (),  # type: ignore[assignment]
    *,
    pdf_engine: PdfEngine | None = None,
    web_search: WebSearch | None = None,
    answers: tuple[Message, ...] | None = None,
) -> Extras:
    """The extras of the request ``next_request`` makes: ``earlier`` files on one earlier
    prompt, answered by ``answers`` (default: one answer with text and no annotations)."""
    settings = ChatSettings(model=model.id, pdf_engine=pdf_engine)
    if web_search is not None:
        settings = ChatSettings(model=model.id, pdf_engine=pdf_engine, web_search=web_search)
    history: tuple[Message, ...] = ()
    if earlier:
        reply = answers if answers is not None else (Message(2, 1, "assistant", "Seen."),)
        history = (Message(1, 1, "user", "Look.", attachments=tuple(earlier)), *reply)
    request = next_request(settings, history, "And?", model, attachments=new)
    return estimate_extras(model, request)


def test_images_are_priced_every_time_they_are_sent() -> None:
    extras = extras_for(VISION, [image(1)], [image(2), image(3)])
    assert extras.files_cost == D("0.003")  # the new one and the two sent again
    assert extras.prompt_tokens == 0
    assert extras.search_cost == extras.max_search_cost == 0


def test_pictures_without_a_price_are_prompt_tokens_every_turn() -> None:
    # Finding 6: no image price in the catalogue is not "free": about w × h / 750 tokens.
    unpriced = replace(VISION, image_price=None)
    big = Attachment("a" * 64, "big.png", "image/png", "image", 100, width=1024, height=768)
    extras = extras_for(unpriced, [big], [image(2)])
    assert extras.files_cost == 0
    assert extras.prompt_tokens == 1049 + MIN_IMAGE_TOKENS  # 1024×768/750, and an 8×8 one
    huge = Attachment("b" * 64, "huge.png", "image/png", "image", 100, width=2048, height=2048)
    assert attachment_tokens(huge, unpriced) == MAX_IMAGE_TOKENS
    assert attachment_tokens(huge, VISION) == 0  # priced apart
    bare = estimate_send(unpriced, [ChatMessage("user", "And?")], 100)
    priced = estimate_send(unpriced, [ChatMessage("user", "And?")], 100, extras=extras)
    assert bare.typical_cost is not None and priced.typical_cost is not None
    assert priced.typical_cost - bare.typical_cost == (1049 + 85) * D("0.000001")


def test_ocr_pages_count_for_pdfs_the_reader_reads_again_and_only_without_native_files() -> None:
    ocr = extras_for(VISION, [pdf(8, "new")], [pdf(3)], pdf_engine="mistral-ocr")
    # No earlier answer carried the earlier PDF's reading back: it is read (and paid) again.
    assert ocr.files_cost == D("0.022")
    assert ocr.prompt_tokens == 11 * PDF_TOKENS_PER_PAGE  # both PDFs' text is sent
    assert extras_for(VISION, [pdf(8)], pdf_engine="cloudflare-ai").files_cost == 0
    assert extras_for(VISION, [pdf(8)]).files_cost == 0  # None: the free reader
    assert extras_for(READER, [pdf(8)], pdf_engine="mistral-ocr").files_cost == 0
    unknown_pages = extras_for(VISION, [pdf(None, size=120_000)], pdf_engine="mistral-ocr")
    assert unknown_pages.files_cost == D("0.006")  # 3 pages guessed from the size


def test_an_earlier_pdf_is_paid_again_unless_its_reading_goes_back_with_an_answer() -> None:
    # Finding 3: what the request sends back and what the estimate charges are one rule.
    earlier = pdf(3)
    note = {"type": "file", "file": {"hash": earlier.digest, "name": "x", "content": []}}
    answered = (Message(2, 1, "assistant", "Seen.", annotations=(note,)),)
    failed = (Message(2, 1, "assistant", "", annotations=(note,)),)  # no text: not sent
    by_name = {"type": "file", "file": {"hash": "other", "name": "a.pdf", "content": []}}
    named = (Message(2, 1, "assistant", "Seen.", annotations=(by_name,)),)
    engine: PdfEngine = "mistral-ocr"
    assert extras_for(VISION, [], [earlier], pdf_engine=engine, answers=answered).files_cost == 0
    assert extras_for(VISION, [], [earlier], pdf_engine=engine, answers=named).files_cost == 0
    again = extras_for(VISION, [], [earlier], pdf_engine=engine, answers=failed)
    assert again.files_cost == D("0.006")
    settings = ChatSettings(model=VISION.id, pdf_engine=engine)
    history = (Message(1, 1, "user", "Look.", attachments=(earlier,)), *failed)
    request = next_request(settings, history, "And?", VISION)
    assert request.to_parse == (earlier,)
    assert all(m.annotations == () for m in request.messages)


def test_text_files_are_prompt_tokens() -> None:
    assert extras_for(VISION, [TEXT]).prompt_tokens == 1000


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


def test_web_search_adds_one_search_about_and_the_requests_cap_at_most() -> None:
    messages = [ChatMessage("user", "What happened today?")]
    plain = estimate_send(READER, messages, 100)
    extras = extras_for(READER, [], web_search=WebSearch(True, 5))
    searched = estimate_send(READER, messages, 100, extras=extras)
    assert plain.typical_cost is not None and plain.max_cost is not None
    assert searched.typical_cost == plain.typical_cost + D("0.01")
    assert searched.max_cost == plain.max_cost + D("0.01") * MAX_SEARCHES
    assert searched.search_cost == D("0.01") and searched.max_search_cost == D("0.05")
    assert extras_for(READER, [], web_search=WebSearch(False, 5)).search_cost == 0
    # The bound priced is the one sent (finding 1): OpenRouter's default would be 30.
    settings = ChatSettings(model=READER.id, web_search=WebSearch(True, 5))
    request = next_request(settings, [], "news?", READER)
    assert request.max_tool_calls == MAX_SEARCHES
    assert request.tools[0]["parameters"]["max_uses"] == MAX_SEARCHES


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


def test_a_fork_counts_the_attachments_it_carries_on(tmp_path: Path) -> None:
    from app.services.conversations import ConversationService

    connection = open_database(tmp_path / "h.sqlite3")
    try:
        history = HistoryStore(connection)
        cid = history.create_conversation(settings=ChatSettings(model=VISION.id)).id
        history.add_message(cid, "user", "Look", attachments=(image(1), TEXT))
        answer = history.add_message(cid, "assistant", "A dot.")
        plan = ConversationService(history).fork_plan(cid, answer.id)
        assert plan is not None
        bare_tokens = plan.context(model=VISION)[0] - 1000  # the text file: 1,000 tokens
        tokens, cost = plan.context(model=VISION)
        assert bare_tokens > 0
        assert cost == tokens * D("0.000001") + D("0.001")  # and the image, sent again
    finally:
        connection.close()
