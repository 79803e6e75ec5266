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
from app.core.attachments import OCR_PDF_ENGINE, Attachment
from app.core.conversation import ChatSettings, Message
from app.core.i18n import QT_TRANSLATE_NOOP, local_int, translate
from app.core.models import ModelInfo
from app.core.money import format_usd
from app.core.request import next_request

if TYPE_CHECKING:
    from app.services.attachments import AttachmentService

    from .services import Services

OFFERED_MODELS = 4  # the short list of models that can take what is attached

UNKNOWN_ABILITIES = QT_TRANSLATE_NOOP(
    "attach_flow",
    "The model list does not say whether this model can read pictures or files, so "
    "your attachments were sent as they are. If the answer ignores them, choose a model "
    "that reads them.",
)


def unknown_abilities() -> str:
    """``UNKNOWN_ABILITIES`` in the user's language."""
    return translate(
        "attach_flow",
        "The model list does not say whether this model can read pictures or files, so "
        "your attachments were sent as they are. If the answer ignores them, choose a model "
        "that reads them.",
    )


@dataclass(frozen=True, slots=True)
class Gate:
    """What stands between the attachments and sending."""

    needs: frozenset[str] = field(default_factory=frozenset)  # abilities the model lacks
    refused: tuple[Attachment, ...] = ()  # attachments the model cannot take
    refused_earlier: bool = False  # some of them are in earlier messages (sent again)
    scanned: tuple[Attachment, ...] = ()  # new scanned PDFs: only paid reading reads them
    unknown: bool = False  # the catalogue does not say what the model reads

    @property
    def blocked(self) -> bool:
        return bool(self.refused)


def gate(
    new: Sequence[Attachment],
    settings: ChatSettings,
    model: ModelInfo | None,
    earlier: Sequence[Attachment] = (),
) -> Gate:
    """What the chosen model can take of what the request carries: the ``new`` prompt's
    attachments and the ``earlier`` prompts' (every turn sends them again)."""
    carried = (*new, *earlier)
    if not carried:
        return Gate()
    images = [a for a in carried if a.kind == "image"]
    pdfs = [a for a in carried if a.kind == "pdf"]
    sees = model.takes_input("image") if model is not None else None
    reads_files = model.takes_input("file") if model is not None else None
    refused = tuple(images) if sees is False else ()
    scans = (
        () if reads_files else tuple(p for p in new if p.kind == "pdf" and p.text_layer is False)
    )
    return Gate(
        needs=frozenset({"image"}) if refused else frozenset(),
        refused=refused,
        refused_earlier=any(a in earlier for a in refused),
        scanned=scans,
        unknown=(sees is None and bool(images)) or (reads_files is None and bool(pdfs)),
    )


def earlier_attachments(history: Sequence[Message]) -> tuple[Attachment, ...]:
    """What the earlier prompts of ``history`` carry (sent again with every turn)."""
    return tuple(a for m in history if m.role == "user" for a in m.attachments)


def ocr_pdfs(
    settings: ChatSettings,
    history: Sequence[Message],
    new: Sequence[Attachment],
    model: ModelInfo | None,
) -> list[Attachment]:
    """Every PDF a request with paid reading would have read: what ``next_request`` itself
    says it sends to the reader (``ChatRequest.to_parse``), so the question's price and the
    estimate cannot disagree."""
    request = next_request(with_ocr(settings), history, "", model, attachments=new)
    return list(request.to_parse)


def ocr_cost(pdfs: Sequence[Attachment], model: ModelInfo | None) -> Decimal:
    """What paid reading of ``pdfs`` costs (``cost.attachment_cost``)."""
    return sum((cost.attachment_cost(model, pdf, OCR_PDF_ENGINE) for pdf in pdfs), Decimal(0))


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
        names = translate(
            "attach_flow", "{names} and %n more", "one: {names} and %n more", more
        ).format(names=names)
    if gate_.refused_earlier:
        text = translate(
            "attach_flow",
            "Not sent: {model} cannot see pictures, and earlier messages of this conversation "
            "carry pictures ({names}) that every message sends again. Choose a model that can "
            "see pictures.",
        )
    elif len(gate_.refused) == 1:
        text = translate(
            "attach_flow",
            "Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model "
            "that can, or remove the picture.",
        )
    else:
        text = translate(
            "attach_flow",
            "Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model "
            "that can, or remove the pictures.",
        )
    return text.format(model=model_name, names=names)


def ocr_question(
    scanned: Sequence[Attachment],
    read: Sequence[Attachment],
    price: Decimal,
    *,
    columns: int = 1,
) -> str:
    """The question before paid reading (the price said first): ``scanned`` are the new
    scanned PDFs, ``read`` every PDF paid reading then reads, for ``price`` in all (a
    comparison: summed over the ``columns`` that each pay for their own reading)."""
    about = format_usd(price, compact=True)
    # The page count is a phrase of its own ("8 pages"): one plural form per sentence.
    pages = translate("attach_flow", "%n pages", "one: %n page", sum(map(cost.pdf_pages, read)))
    if columns > 1:
        text = translate(
            "attach_flow",
            "A PDF you attached has no text, only pictures of pages. Paid reading costs $2 "
            "per 1,000 pages, and each of the {columns} columns pays for its own reading "
            "({pages} in all: about {about}). Read them?",
        )
    elif len(read) > len(scanned):
        text = translate(
            "attach_flow",
            "A PDF you attached has no text, only pictures of pages. Paid reading costs $2 "
            "per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, "
            "{pages}: about {about}). Read them?",
        )
    elif len(scanned) == 1:
        text = translate(
            "attach_flow",
            "This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 "
            "pages (about {about} for these {pages}). Read them?",
        )
    else:
        text = translate(
            "attach_flow",
            "These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 "
            "pages (about {about} for these {pages}). Read them?",
        )
    return text.format(columns=columns, pages=pages, about=about, pdfs=local_int(len(read)))


def with_ocr(settings: ChatSettings) -> ChatSettings:
    return replace(settings, pdf_engine=OCR_PDF_ENGINE)


def attachment_cost(
    attachment: Attachment, settings: ChatSettings, model: ModelInfo | None
) -> Decimal | None:
    """About what sending ``attachment`` once costs with this model (None: not known)."""
    return cost.attachment_send_cost(model, attachment, settings.pdf_engine)


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
