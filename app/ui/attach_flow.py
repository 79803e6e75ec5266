"""What may be sent with a prompt, decided before anything is sent: a model that cannot take
an attachment is said so (with models that can), a scanned PDF asks before paid reading,
and a model whose abilities the catalogue does not state is sent to with a quiet note.

Decisions read ``ModelInfo.takes_input`` only, never the model's name; nothing is rerouted
to another model and no attachment is dropped. The window's side (``AttachFlow``) carries
what a chat view needs: the file intake, the catalogue and a way to store changed settings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from app.core import cost
from app.core.attachments import OCR_PDF_ENGINE, OCR_PRICE_PER_PAGE_TEXT, Attachment
from app.core.conversation import ChatSettings
from app.core.models import ModelInfo
from app.core.money import format_usd

if TYPE_CHECKING:
    from app.services.attachments import AttachmentService

    from .services import Services

OCR_PRICE_PER_PAGE = Decimal(OCR_PRICE_PER_PAGE_TEXT)
OFFERED_MODELS = 4  # the short list of models that can take what is attached

UNKNOWN_ABILITIES = (
    "The model list does not say whether this model can read pictures or files, so "
    "your attachments were sent as they are. If the answer ignores them, choose a model "
    "that reads them."
)


@dataclass(frozen=True, slots=True)
class Gate:
    """What stands between the attachments and sending."""

    needs: frozenset[str] = field(default_factory=frozenset)  # abilities the model lacks
    refused: tuple[Attachment, ...] = ()  # attachments the model cannot take
    scanned_pages: int = 0  # pages of scanned PDFs that only paid reading can read
    scanned_files: int = 0
    unknown: bool = False  # the catalogue does not say what the model reads

    @property
    def blocked(self) -> bool:
        return bool(self.refused)


def gate(
    attachments: Sequence[Attachment], settings: ChatSettings, model: ModelInfo | None
) -> Gate:
    """What the chosen model can take of ``attachments`` (from the catalogue)."""
    if not attachments:
        return Gate()
    images = [a for a in attachments if a.kind == "image"]
    pdfs = [a for a in attachments if a.kind == "pdf"]
    sees = model.takes_input("image") if model is not None else None
    reads_files = model.takes_input("file") if model is not None else None
    refused = tuple(images) if sees is False else ()
    scanned = [] if reads_files else [p for p in pdfs if p.text_layer is False]
    if settings.pdf_engine == OCR_PDF_ENGINE:
        scanned = []  # (already chosen for this conversation)
    return Gate(
        needs=frozenset({"image"}) if refused else frozenset(),
        refused=refused,
        scanned_pages=sum(p.pages or 1 for p in scanned),
        scanned_files=len(scanned),
        unknown=(sees is None and bool(images)) or (reads_files is None and bool(pdfs)),
    )


def capable_models(
    models: Sequence[ModelInfo], needs: frozenset[str], current: str, limit: int = OFFERED_MODELS
) -> list[ModelInfo]:
    """A short list of models that the catalogue says read everything in ``needs``: the
    cheapest first (by their price for a prompt), never the current one."""

    def price(model: ModelInfo) -> Decimal:
        return model.prompt_price if model.prompt_price is not None else Decimal(1)

    able = [m for m in models if m.id != current and needs <= m.input_modalities]
    return sorted(able, key=lambda m: (price(m), m.name.lower()))[:limit]


def refused_text(gate_: Gate, model_name: str) -> str:
    """Why nothing was sent (the attachments stay), as one plain paragraph."""
    names = ", ".join(f"“{a.name}”" for a in gate_.refused[:3])
    more = len(gate_.refused) - 3
    if more > 0:
        names += f" and {more} more"
    if len(gate_.refused) == 1:
        return (
            f"Not sent: {model_name} cannot see pictures, and {names} is a picture. "
            "Choose a model that can, or remove the picture."
        )
    return (
        f"Not sent: {model_name} cannot see pictures, and {names} are pictures. "
        "Choose a model that can, or remove the pictures."
    )


def ocr_question(pages: int, files: int) -> str:
    """The question before paid reading of scanned pages (the price said first)."""
    cost = format_usd(OCR_PRICE_PER_PAGE * pages, compact=True)
    page_word = "page" if pages == 1 else "pages"
    if files == 1:
        return (
            "This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 "
            f"pages (about {cost} for these {pages:,} {page_word}). Read them?"
        )
    return (
        "These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 "
        f"pages (about {cost} for these {pages:,} {page_word}). Read them?"
    )


def with_ocr(settings: ChatSettings) -> ChatSettings:
    return replace(settings, pdf_engine=OCR_PDF_ENGINE)


def attachment_cost(
    attachment: Attachment, settings: ChatSettings, model: ModelInfo | None
) -> Decimal | None:
    """About what sending ``attachment`` once costs with this model (None: not known):
    what ``cost.estimate_extras`` adds for it (its price and the tokens it is read as), priced
    by ``cost.estimate_cost``. Every later message of the conversation sends it again."""
    if model is None:
        return None
    extras = cost.estimate_extras(model, [attachment], pdf_engine=settings.pdf_engine)
    with_it = cost.estimate_cost(model, extras.prompt_tokens, 0)
    without = cost.estimate_cost(model, 0, 0)  # (the price per request is not the file's)
    if with_it is None or without is None:
        return extras.files_cost if extras.prompt_tokens == 0 or extras.files_cost else None
    return extras.files_cost + with_it - without


@dataclass
class AttachFlow:
    """What a chat view needs for attachments, given by the window."""

    intake: AttachmentService | None  # reads files into the attachment store
    read: Callable[[Attachment], bytes | None] | None  # stored bytes (None: they are gone)
    models: Callable[[], Sequence[ModelInfo]]  # the catalogue
    model_info: Callable[[str], ModelInfo | None]
    update_settings: Callable[[int, ChatSettings], bool]  # stores a conversation's settings


def make_flow(services: Services) -> AttachFlow:
    """The window's attachment flow, on the intake ``app.main`` built (``Services``)."""
    chat, catalogue = services.chat, services.catalogue
    return AttachFlow(
        intake=services.attachments,
        read=chat.attachment_bytes,
        models=lambda: catalogue.models,
        model_info=catalogue.get,
        update_settings=services.conversations.update_settings,
    )
