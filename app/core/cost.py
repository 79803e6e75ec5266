"""Cost arithmetic: token estimates, what a send may cost, the live meter and the spending guard.

Pure Decimal arithmetic on catalogue prices (USD per token, parsed from decimal strings); no
I/O. The billed figure (``usage.cost``, ``GET /generation``) always wins over anything here:
these are the estimates shown before it arrives, or when it never does.

Token estimate (``estimate_tokens``). Models use different tokenizers and the app ships none,
so the count is a documented heuristic:

- ASCII text: one token per 4 characters, rounded up (``ceil(chars / 4)``), the usual rule of
  thumb for English prose and code with BPE tokenizers.
- Every other character (accents, Cyrillic, CJK, emoji): one token each. CJK and emoji take
  one or more tokens per character; accented and Cyrillic letters take fewer, so this errs
  high, which is the safe side for a spending guard.
- Each message adds ``MESSAGE_OVERHEAD_TOKENS`` (role and separators of the chat template) and
  a request adds ``REPLY_PRIMING_TOKENS`` (the start of the assistant's turn).

Thinking (reasoning) tokens are part of the completion: billed as output, at the catalogue's
``internal_reasoning`` price when it has one (``ModelInfo.thinking_price``), and bounded by the
same Maximum length. Before a send, the typical figure adds the thinking the setting allows:
a budget, or an effort's share of Maximum length (``Thinking.thinking_cap``); with neither
known, ``DEFAULT_TYPICAL_THINKING`` tokens for a model that thinks (none when it is off, or
off by the model's default). The worst case prices the whole completion at the higher of the
two output prices, so a cap is never passed by thinking priced above answer text.

The guard (``check_caps``) compares caps with the *worst case* of a send: what is already spent
plus the "at most" figure (completion price × the most the model may write), falling back to
the typical figure only when no upper bound is known. Caps are there to prevent surprises, so
a send is held when it *could* pass a cap, and the explanation says so ("could take…").
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from .attachments import (
    MAX_SEARCHES,
    OCR_PDF_ENGINE,
    OCR_PRICE_PER_PAGE,
    Attachment,
    PdfEngine,
)
from .conversation import Message
from .i18n import QT_TRANSLATE_NOOP, translate
from .messages import ChatMessage
from .models import ModelInfo
from .money import (
    MAX_SHOWN,
    SMALLEST_SHOWN,
    format_usd,
    format_usd_exact,
    shown_amount,
    smallest_text,
)
from .request import ChatRequest, pdf_engine, web_search_results
from .thinking import Thinking

CHARS_PER_TOKEN = 4
MESSAGE_OVERHEAD_TOKENS = 4
REPLY_PRIMING_TOKENS = 3
DEFAULT_TYPICAL_COMPLETION = 500  # assumed answer length when max_tokens is not set
# Assumed thinking of a model that thinks when neither a budget nor Maximum length says how
# much: about what a medium effort spends on an everyday question.
DEFAULT_TYPICAL_THINKING = 2_000
WARNING_FRACTION = Decimal("0.8")  # the meter warns from 80% of a cap

UNKNOWN_COST_TEXT = QT_TRANSLATE_NOOP("cost", "cost unknown for this model")  # ``describe``
CREDITS_URL = "https://openrouter.ai/settings/credits"

MeterLevel = Literal["ok", "warning", "over"]
GuardAction = Literal["send", "warn", "hold", "confirm"]
CapKind = Literal["daily", "monthly"]


# -- tokens -----------------------------------------------------------------------------------


def estimate_tokens(text: str) -> int:
    """Roughly how many tokens ``text`` is (see the module docstring for the rule)."""
    ascii_chars = count_ascii(text)
    return tokens_for(ascii_chars, len(text) - ascii_chars)


def count_ascii(text: str) -> int:
    return len(text) if text.isascii() else sum(1 for char in text if char < "\x80")


def tokens_for(ascii_chars: int, other_chars: int) -> int:
    """The estimate from character counts, so a stream can keep running counts."""
    return math.ceil(ascii_chars / CHARS_PER_TOKEN) + other_chars


def estimate_prompt_tokens(messages: Sequence[ChatMessage]) -> int:
    """Roughly how many prompt tokens a request with these messages is billed for."""
    if not messages:
        return 0
    content = sum(estimate_tokens(m.content) + MESSAGE_OVERHEAD_TOKENS for m in messages)
    return content + REPLY_PRIMING_TOKENS


# -- cost of one request ----------------------------------------------------------------------


def estimate_cost(
    model: ModelInfo | None,
    prompt_tokens: int,
    completion_tokens: int,
    *,
    thinking_tokens: int = 0,
) -> Decimal | None:
    """Prompt tokens × prompt price + completion tokens × completion price + thinking tokens ×
    the thinking price + the per-request price (when the catalogue has one). None when the
    model or a token price it needs is unknown. ``completion_tokens`` are the visible ones
    here: thinking is passed apart (it may be priced apart).

    Exact: ``estimate_cost(wizardlm at 0.00000062, 1000, 500) == Decimal("0.00093")``.
    """
    if model is None or model.prompt_price is None or model.completion_price is None:
        return None
    cost = (
        max(prompt_tokens, 0) * model.prompt_price
        + max(completion_tokens, 0) * model.completion_price
    )
    if thinking_tokens > 0:
        price = model.thinking_price
        if price is None:  # pragma: no cover - completion_price is known here
            return None
        cost += thinking_tokens * price
    if model.request_price:
        cost += model.request_price
    return cost


def live_cost(
    model: ModelInfo | None,
    completion_tokens_so_far: int,
    prompt_tokens: int,
    thinking_tokens_so_far: int = 0,
) -> Decimal | None:
    """The meter's figure while an answer streams, before the billed ``usage.cost`` arrives.

    ``completion_tokens_so_far`` (visible text) is usually ``estimate_tokens(text so far)``;
    ``thinking_tokens_so_far`` the thinking's, priced at the thinking price.
    """
    return estimate_cost(
        model, prompt_tokens, completion_tokens_so_far, thinking_tokens=thinking_tokens_so_far
    )


# -- an answer's cost, split between its answer and its thinking ------------------------------


@dataclass(frozen=True, slots=True)
class ThinkingSplit:
    """One answer's tokens and cost, split into the visible answer and the thinking.

    The answer side carries everything that is not thinking: the prompt and any per-request
    fee too, so ``answer_cost + thinking_cost`` is the message's whole cost. A figure is None
    when it cannot be known (unknown stays unknown, never zero). ``thinking_estimated``: the
    server did not count the thinking tokens; they were estimated from the thinking text.
    """

    answer_tokens: int | None
    answer_cost: Decimal | None
    thinking_tokens: int
    thinking_cost: Decimal | None
    thinking_estimated: bool = False


def answer_model(message: Message, lookup: Callable[[str], ModelInfo | None]) -> ModelInfo | None:
    """The catalogue entry an answer is priced with: the served model's, else the requested
    one's (a served slug may carry a date suffix the catalogue does not list)."""
    for model_id in (message.model, message.settings.model if message.settings else None):
        if model_id:
            model = lookup(model_id)
            if model is not None:
                return model
    return None


def thinking_split(message: Message, model: ModelInfo | None) -> ThinkingSplit | None:
    """Split ``message``'s completion tokens and cost between answer and thinking; None when
    it did not (knowingly) think.

    Tokens: thinking is the server's ``reasoning_tokens`` (else estimated from the thinking
    text); the answer is ``completion_tokens`` less the thinking. Cost: the message's cost
    (billed or estimated) shared in proportion to price × tokens of each part, the prompt
    and request fee on the answer side; without the prompt's size, the thinking costs its
    tokens × the thinking price (never more than the whole). Unknown without the model's
    prices or the message's cost.
    """
    thinking = message.reasoning_tokens
    estimated = False
    if thinking is None and message.reasoning:
        thinking, estimated = estimate_tokens(message.reasoning), True
    if not thinking:
        return None
    completion = message.completion_tokens
    answer = max(completion - thinking, 0) if completion is not None else None
    answer_cost = thinking_cost = None
    cost = message.cost
    price = model.thinking_price if model is not None else None
    if cost is not None and price is not None:
        thinking_cost = min(thinking * price, cost)
        whole = (
            estimate_cost(model, message.prompt_tokens, answer, thinking_tokens=thinking)
            if message.prompt_tokens is not None and answer is not None
            else None
        )
        if whole:  # billed figures may differ from list prices: share them alike
            thinking_cost = cost * (thinking * price) / whole
        answer_cost = cost - thinking_cost
    return ThinkingSplit(answer, answer_cost, thinking, thinking_cost, estimated)


# -- before sending ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SendEstimate:
    """What a send may cost, shown in the composer before it goes.

    ``typical_cost`` assumes an answer of ``assumed_completion_tokens``; ``max_cost`` assumes
    the longest answer possible (``max_completion_tokens``). A cost is None when the model's
    prices are unknown; ``max_cost`` is also None when no upper bound on the answer is known.
    ``uses_max_tokens`` is True when the person's own max_tokens is what bounds the answer.
    ``assumed_thinking_tokens`` is the part of the assumed completion spent thinking.
    """

    prompt_tokens: int
    typical_cost: Decimal | None
    max_cost: Decimal | None
    assumed_completion_tokens: int
    uses_max_tokens: bool
    max_completion_tokens: int | None = None
    assumed_thinking_tokens: int = 0
    # Included in the costs above: images and paid PDF reading (every send), and web search
    # (one search in the typical figure, ``MAX_SEARCHES`` in the worst case).
    files_cost: Decimal = Decimal(0)
    search_cost: Decimal = Decimal(0)
    max_search_cost: Decimal = Decimal(0)

    @property
    def is_known(self) -> bool:
        return self.typical_cost is not None

    @property
    def is_free(self) -> bool:
        return self.typical_cost == 0 and self.max_cost in (None, Decimal(0))

    @property
    def guard_figure(self) -> Decimal | None:
        """What the guard checks: the worst case, else the typical case (module docstring)."""
        return self.max_cost if self.max_cost is not None else self.typical_cost


def completion_bound(
    model: ModelInfo | None, prompt_tokens: int, max_tokens: int | None
) -> tuple[int | None, bool]:
    """The most tokens the answer can have, and whether ``max_tokens`` is what sets it.

    Every known bound applies: the request's max_tokens, the model's max_completion_tokens,
    and what is left of the context window after the prompt. The smallest one wins.
    """
    bounds: list[int] = []
    if model is not None and model.max_completion_tokens and model.max_completion_tokens > 0:
        bounds.append(model.max_completion_tokens)
    if model is not None and model.context_length and model.context_length > 0:
        bounds.append(max(model.context_length - prompt_tokens, 0))
    if max_tokens is not None and max_tokens >= 0:
        bound = min([max_tokens, *bounds])
        return bound, bound == max_tokens
    return (min(bounds) if bounds else None), False


def typical_thinking(
    model: ModelInfo | None, thinking: Thinking | None, max_tokens: int | None
) -> int:
    """How many tokens a send is assumed to spend thinking (module docstring): 0 for a model
    that does not think, or with thinking off (by choice, or by the model's default when
    nothing is sent); else the budget or the effort's share of ``max_tokens``; else
    ``DEFAULT_TYPICAL_THINKING``."""
    if model is None or not model.takes_reasoning:
        return 0
    if thinking is not None and thinking.mode == "off":
        return 0
    cap = thinking.thinking_cap(max_tokens) if thinking is not None else None
    if cap is not None:
        return max(cap, 0)
    if thinking is None or thinking.mode == "default":
        reasoning = model.reasoning
        if reasoning is not None and (
            reasoning.default_enabled is False or reasoning.default_effort == "none"
        ):
            return 0  # the model does not think unless asked
    return DEFAULT_TYPICAL_THINKING


def estimate_send(
    model: ModelInfo | None,
    messages: Sequence[ChatMessage],
    max_tokens: int | None,
    typical_completion: int = DEFAULT_TYPICAL_COMPLETION,
    thinking: Thinking | None = None,
    extras: Extras | None = None,
) -> SendEstimate:
    """What sending ``messages`` (everything the request carries: system prompt, history and
    the new prompt) to ``model`` may cost, with the ``thinking`` setting (None: the model's
    default).

    "About": the estimated prompt tokens × the prompt price, plus the thinking
    (``typical_thinking``) at the thinking price and ``typical_completion`` answer tokens at
    the completion price; the two together no longer than the answer can be (thinking first,
    as the model spends it). "At most": the same prompt, plus the most the completion can be
    (``completion_bound``; thinking counts within it) at the higher of the two output prices
    when the model may think.

    ``extras`` (``estimate_extras``): what attachments and web search add, the same in both
    figures but for the searches (one assumed, at most ``MAX_SEARCHES``).
    """
    extras = extras or Extras()
    prompt_tokens = estimate_prompt_tokens(messages) + extras.prompt_tokens
    bound, uses_max_tokens = completion_bound(model, prompt_tokens, max_tokens)
    thought = typical_thinking(model, thinking, max_tokens)
    answer = max(typical_completion, 0)
    if bound is not None:
        thought = min(thought, bound)
        answer = min(answer, bound - thought)
    typical = estimate_cost(model, prompt_tokens, answer, thinking_tokens=thought)
    worst = None
    if bound is not None:
        may_think = (
            model is not None
            and model.takes_reasoning
            and (thinking is None or thinking.mode != "off")
        )
        worst = estimate_cost(model, prompt_tokens, bound)
        if may_think:
            all_thinking = estimate_cost(model, prompt_tokens, 0, thinking_tokens=bound)
            if worst is not None and all_thinking is not None:
                worst = max(worst, all_thinking)
    if typical is not None:
        typical += extras.files_cost + extras.search_cost
    if worst is not None:
        worst += extras.files_cost + extras.max_search_cost
    return SendEstimate(
        prompt_tokens,
        typical,
        worst,
        answer + thought,
        uses_max_tokens,
        bound,
        thought,
        extras.files_cost,
        extras.search_cost,
        extras.max_search_cost,
    )


# -- attachments and web search -------------------------------------------------------------

# Exa, OpenRouter's search engine where the model has no search price of its own: $0.007 a
# search with up to 10 results, $0.001 for each result more.
EXA_SEARCH_PRICE = Decimal("0.007")
EXA_INCLUDED_RESULTS = 10
EXA_EXTRA_RESULT_PRICE = Decimal("0.001")
# A PDF page read as text (natively or by the reader) is about this many prompt tokens; a PDF
# whose pages are not known counts a page per PDF_BYTES_PER_PAGE bytes.
PDF_TOKENS_PER_PAGE = 500
PDF_BYTES_PER_PAGE = 50_000
# A picture the catalogue gives no price for is billed as prompt tokens, every turn: about
# width × height / 750 (Anthropic's rule; others are near it), at most what a picture of
# about 1.2 megapixels takes (providers shrink larger ones first).
PIXELS_PER_IMAGE_TOKEN = 750
MAX_IMAGE_TOKENS = 1_600
MIN_IMAGE_TOKENS = 85


@dataclass(frozen=True, slots=True)
class Extras:
    """What attachments and web search add to a request's estimate."""

    prompt_tokens: int = 0  # text files, PDF text and unpriced pictures, as prompt tokens
    files_cost: Decimal = Decimal(0)  # priced pictures and paid PDF reading
    search_cost: Decimal = Decimal(0)  # one search
    max_search_cost: Decimal = Decimal(0)  # the most searches the request allows


def search_price(model: ModelInfo | None, max_results: int) -> Decimal:
    """One web search: the model's own search price, else Exa's for ``max_results``."""
    if model is not None and model.web_search_price:
        return model.web_search_price
    extra = max(0, max_results - EXA_INCLUDED_RESULTS)
    return EXA_SEARCH_PRICE + EXA_EXTRA_RESULT_PRICE * extra


def pdf_pages(attachment: Attachment) -> int:
    """A PDF's pages, or a guess from its size when they are not known."""
    if attachment.pages is not None:
        return attachment.pages
    return max(1, -(-attachment.size // PDF_BYTES_PER_PAGE))


def reads_pdf_with_ocr(model: ModelInfo | None, engine: PdfEngine | None) -> bool:
    """PDFs go to OpenRouter's paid OCR: the engine chosen and the model cannot read them."""
    return engine == OCR_PDF_ENGINE and not (model is not None and model.takes_input("file"))


def attachment_cost(
    model: ModelInfo | None, attachment: Attachment, pdf_engine: PdfEngine | None = None
) -> Decimal:
    """What one attachment adds to a send besides its tokens: a picture's price (each send:
    every turn sends it again), a PDF's pages when OCR reads it."""
    if attachment.kind == "image":
        price = model.image_price if model is not None else None
        return price or Decimal(0)
    if attachment.kind == "pdf" and reads_pdf_with_ocr(model, pdf_engine):
        return pdf_pages(attachment) * OCR_PRICE_PER_PAGE
    return Decimal(0)


def attachment_send_cost(
    model: ModelInfo | None, attachment: Attachment, pdf_engine: PdfEngine | None = None
) -> Decimal | None:
    """About what sending ``attachment`` once adds (a chip's figure): its own price
    (``attachment_cost``) and the prompt tokens it is read as, at the model's prompt price.
    None when the model or its prompt price is not known. Every later message sends it again."""
    if model is None or model.prompt_price is None:
        return None
    tokens = attachment_tokens(attachment, model)
    return attachment_cost(model, attachment, pdf_engine) + tokens * model.prompt_price


def attachment_tokens(attachment: Attachment, model: ModelInfo | None = None) -> int:
    """The prompt tokens an attachment is read as: a text file's size, a PDF's pages, and a
    picture when ``model`` (given) has no price for pictures (``image_tokens``)."""
    if attachment.kind == "text":
        return -(-attachment.size // CHARS_PER_TOKEN)
    if attachment.kind == "pdf":
        return pdf_pages(attachment) * PDF_TOKENS_PER_PAGE
    if model is not None and not model.image_price:
        return image_tokens(attachment)
    return 0


def image_tokens(attachment: Attachment) -> int:
    """About the prompt tokens a picture is billed as where it has no price of its own."""
    if attachment.width is None or attachment.height is None:
        return MAX_IMAGE_TOKENS
    tokens = -(-attachment.width * attachment.height // PIXELS_PER_IMAGE_TOKEN)
    return min(max(tokens, MIN_IMAGE_TOKENS), MAX_IMAGE_TOKENS)


def estimate_extras(model: ModelInfo | None, request: ChatRequest) -> Extras:
    """What ``request``'s files and web search add to it (what ``next_request`` says it
    carries, so the estimate and the request cannot disagree): every picture each time it
    is sent (its price, else its tokens), text files and PDFs as prompt tokens, OCR for the
    PDFs the reader reads in it (``ChatRequest.to_parse``) when the engine is OCR, and web
    search (one search about, ``MAX_SEARCHES`` at most)."""
    files = sum((attachment_cost(model, a) for a in request.attachments), Decimal(0))
    engine = pdf_engine(request.plugins)
    if engine == OCR_PDF_ENGINE:
        files += sum((pdf_pages(a) for a in request.to_parse), 0) * OCR_PRICE_PER_PAGE
    tokens = sum(attachment_tokens(a, model) for a in request.attachments)
    search = Decimal(0)
    results = web_search_results(request.tools)
    if results is not None:
        search = search_price(model, results)
    return Extras(tokens, files, search, search * MAX_SEARCHES)


def combine_estimates(estimates: Sequence[SendEstimate]) -> SendEstimate:
    """Several requests' estimates as one (a comparison's columns, a prompt-set run): summed;
    a cost is None when any request's is unknown, the length bound when any is unbounded."""

    def total(values: list[Decimal | None]) -> Decimal | None:
        known = [v for v in values if v is not None]
        return sum(known, Decimal(0)) if len(known) == len(values) else None

    bounds = [e.max_completion_tokens for e in estimates]
    return SendEstimate(
        prompt_tokens=sum(e.prompt_tokens for e in estimates),
        typical_cost=total([e.typical_cost for e in estimates]),
        max_cost=total([e.max_cost for e in estimates]),
        assumed_completion_tokens=sum(e.assumed_completion_tokens for e in estimates),
        assumed_thinking_tokens=sum(e.assumed_thinking_tokens for e in estimates),
        uses_max_tokens=all(e.uses_max_tokens for e in estimates),
        max_completion_tokens=None if None in bounds else sum(b or 0 for b in bounds),
        files_cost=sum((e.files_cost for e in estimates), Decimal(0)),
        search_cost=sum((e.search_cost for e in estimates), Decimal(0)),
        max_search_cost=sum((e.max_search_cost for e in estimates), Decimal(0)),
    )


def describe(estimate: SendEstimate) -> str:
    """The composer's line: ``about $0.0004, at most $0.005``; ``free``;
    ``cost unknown for this model``."""
    typical, worst = estimate.typical_cost, estimate.max_cost
    if typical is None:
        return translate("cost", "cost unknown for this model")
    if estimate.is_free:
        return translate("cost", "free")
    if worst is not None and worst < SMALLEST_SHOWN:
        return smallest_text()
    if worst is not None and _usd(worst) == _usd(typical):
        # e.g. a small max_tokens: no range to show
        return translate("cost", "at most {most}").format(most=_usd(worst))
    if typical < SMALLEST_SHOWN:
        if worst is None:
            return smallest_text()
        return translate("cost", "{least}, at most {most}").format(
            least=smallest_text(), most=_usd(worst)
        )
    if worst is None:
        return translate("cost", "about {typical}").format(typical=_usd(typical))
    return translate("cost", "about {typical}, at most {most}").format(
        typical=_usd(typical), most=_usd(worst)
    )


# -- the guard --------------------------------------------------------------------------------


def meter_level(spent: Decimal, cap: Decimal | None) -> MeterLevel:
    """``ok`` below 80% of the cap (or with no cap), ``warning`` from 80%, ``over`` once the
    cap is reached. A cap of zero with nothing spent is a warning: any paid send passes it."""
    if cap is None:
        return "ok"
    if spent >= cap and spent > 0:
        return "over"
    if spent >= cap * WARNING_FRACTION:
        return "warning"
    return "ok"


@dataclass(frozen=True, slots=True)
class CapStatus:
    """One cap and what is spent against it (the meter's colour comes from ``level``)."""

    kind: CapKind
    spent: Decimal
    cap: Decimal

    @property
    def level(self) -> MeterLevel:
        return meter_level(self.spent, self.cap)

    @property
    def remaining(self) -> Decimal:
        return max(self.cap - self.spent, Decimal(0))

    @property
    def percent(self) -> int:
        """Whole percent of the cap spent, rounded down (100 when a zero cap is passed)."""
        if self.cap == 0:
            return 100 if self.spent > 0 else 0
        return int(self.spent * 100 / self.cap)

    @property
    def period(self) -> str:
        """``today`` or ``this month``, translated (for a label, not inside a sentence)."""
        if self.kind == "daily":
            return translate("cost", "today")
        return translate("cost", "this month")


def cap_statuses(
    spent_today: Decimal,
    spent_month: Decimal,
    daily_cap: Decimal | None,
    monthly_cap: Decimal | None,
) -> tuple[CapStatus, ...]:
    """The caps that are set, daily first."""
    statuses: list[CapStatus] = []
    if daily_cap is not None:
        statuses.append(CapStatus("daily", spent_today, daily_cap))
    if monthly_cap is not None:
        statuses.append(CapStatus("monthly", spent_month, monthly_cap))
    return tuple(statuses)


def worst_level(statuses: Sequence[CapStatus]) -> MeterLevel:
    levels = {status.level for status in statuses}
    return "over" if "over" in levels else "warning" if "warning" in levels else "ok"


@dataclass(frozen=True, slots=True)
class GuardDecision:
    """What to do with a send.

    - ``send``: go ahead.
    - ``warn``: go ahead, and show ``reason`` (a cap is at 80% or more, or the cost is unknown).
    - ``confirm``: ask first; the send may cost more than the amount the person chose.
    - ``hold``: do not send unless the person presses "send anyway": it could pass a cap.
    """

    action: GuardAction
    reason: str = ""
    figure: Decimal | None = None  # the amount checked (the worst case of the send)
    caps: tuple[CapStatus, ...] = ()  # the caps as they stand before this send

    @property
    def needs_consent(self) -> bool:
        return self.action in ("hold", "confirm")


@dataclass(frozen=True, slots=True)
class SendCheck:
    """The send check's answer for one send: the guard's decision and, when it needs the
    person's consent, the question to ask (``title``, ``question``, a "Send anyway" button)."""

    decision: GuardDecision
    question: str = ""

    @property
    def title(self) -> str:
        if self.decision.action == "hold":
            return translate("cost", "Spending cap")
        return translate("cost", "Confirm this send")


def check_caps(
    spent_today: Decimal,
    spent_month: Decimal,
    estimate: Decimal | None,
    daily_cap: Decimal | None,
    monthly_cap: Decimal | None,
    confirm_above: Decimal | None,
    *,
    worst_case: bool = True,
) -> GuardDecision:
    """Decide whether a send may go. ``estimate`` is the send's worst case
    (``SendEstimate.guard_figure``); None when its cost is unknown. ``worst_case`` says
    whether it is a true upper bound (False: only the typical figure was known), for the words.

    A free send always goes. Otherwise: hold when spending plus the estimate would pass a cap
    (reaching it exactly is allowed); else confirm when the estimate is above
    ``confirm_above``; else warn when spending plus the estimate reaches 80% of a cap, or when
    caps are set but the cost is unknown; else send.
    """
    caps = cap_statuses(spent_today, spent_month, daily_cap, monthly_cap)
    if estimate is None:
        return _unknown_cost_decision(caps)
    if estimate == 0:
        return GuardDecision("send", "", estimate, caps)  # a free send cannot pass a cap
    held = [
        _hold_reason(status, estimate, worst_case) for status in caps if _passes(status, estimate)
    ]
    if held:
        return GuardDecision("hold", " ".join(held), estimate, caps)
    if confirm_above is not None and estimate > confirm_above:
        if worst_case:
            reason = translate(
                "cost",
                "This send could cost up to {amount}. You asked to confirm any send that may "
                "cost more than {limit}.",
            )
        else:
            reason = translate(
                "cost",
                "This send could cost about {amount}. You asked to confirm any send that may "
                "cost more than {limit}.",
            )
        reason = reason.format(amount=_usd(estimate), limit=_exact_usd(confirm_above))
        return GuardDecision("confirm", reason, estimate, caps)
    warnings = [
        _warning_reason(status, estimate)
        for status in caps
        if meter_level(status.spent + estimate, status.cap) != "ok"
    ]
    if warnings:
        return GuardDecision("warn", " ".join(warnings), estimate, caps)
    return GuardDecision("send", "", estimate, caps)


def _passes(status: CapStatus, estimate: Decimal) -> bool:
    return status.spent + estimate > status.cap


def _hold_reason(status: CapStatus, estimate: Decimal, worst_case: bool) -> str:
    if status.level == "over":
        more = (
            translate("cost", "This send could cost up to {amount} more.")
            if worst_case
            else translate("cost", "This send could cost about {amount} more.")
        )
        return f"{_already_spent(status)} {more.format(amount=_usd(estimate))}"
    daily = status.kind == "daily"
    if worst_case and daily:
        text = translate(
            "cost",
            "If the answer runs to its full length, this send could take today's spending to "
            "{amount}, past your daily cap of {cap}.",
        )
    elif worst_case:
        text = translate(
            "cost",
            "If the answer runs to its full length, this send could take this month's spending "
            "to {amount}, past your monthly cap of {cap}.",
        )
    elif daily:
        text = translate(
            "cost",
            "This send could take today's spending to {amount}, past your daily cap of {cap}.",
        )
    else:
        text = translate(
            "cost",
            "This send could take this month's spending to {amount}, past your monthly cap "
            "of {cap}.",
        )
    projected = _usd_against(status.spent + estimate, status.cap)
    return text.format(amount=projected, cap=_exact_usd(status.cap))


def _already_spent(status: CapStatus) -> str:
    if status.kind == "daily":
        text = translate(
            "cost", "You have already spent {amount} today, reaching your daily cap of {cap}."
        )
    else:
        text = translate(
            "cost",
            "You have already spent {amount} this month, reaching your monthly cap of {cap}.",
        )
    return text.format(amount=_usd_against(status.spent, status.cap), cap=_exact_usd(status.cap))


def _warning_reason(status: CapStatus, estimate: Decimal) -> str:
    projected = status.spent + estimate
    share = CapStatus(status.kind, projected, status.cap).percent
    if status.kind == "daily":
        text = translate(
            "cost",
            "This send could bring today's spending to {amount}, {percent}% of your daily cap "
            "of {cap}.",
        )
    else:
        text = translate(
            "cost",
            "This send could bring this month's spending to {amount}, {percent}% of your "
            "monthly cap of {cap}.",
        )
    return text.format(
        amount=_usd_against(projected, status.cap), percent=share, cap=_exact_usd(status.cap)
    )


def _unknown_cost_decision(caps: tuple[CapStatus, ...]) -> GuardDecision:
    if not caps:
        return GuardDecision("send", "", None, caps)
    reached = [status for status in caps if status.level == "over"]
    if reached:
        reasons = " ".join(_already_spent(status) for status in reached)
        unknown = translate("cost", "The cost of this send is unknown.")
        return GuardDecision("hold", f"{reasons} {unknown}", None, caps)
    reason = translate(
        "cost",
        "The price of this model is unknown, so this send cannot be checked against your caps.",
    )
    return GuardDecision("warn", reason, None, caps)


# -- a Maximum length that fits a cap ----------------------------------------------------------

SHORTEST_SUGGESTED = 100  # a Maximum length below this cuts most answers short: not offered


Asked = tuple[ModelInfo | None, int]  # a request: its model and its prompt's tokens


def max_tokens_within(model: ModelInfo | None, prompt_tokens: int, budget: Decimal) -> int | None:
    """The largest Maximum length (max_tokens) whose worst case (this prompt plus an answer
    that long) costs no more than ``budget``, rounded down to two significant digits (1,234
    becomes 1,200). None when the price is unknown or no useful length fits."""
    return max_tokens_for_all([(model, prompt_tokens)], budget)


def max_tokens_for_all(requests: Sequence[Asked], budget: Decimal) -> int | None:
    """``max_tokens_within`` for several requests sent at once (a comparison's columns): the
    one Maximum length that, set on each, keeps their summed worst case within ``budget``."""
    bases = [estimate_cost(model, prompt, 0) for model, prompt in requests]
    models = [model for model, _ in requests]
    if not requests or any(m is None for m in models) or any(b is None for b in bases):
        return None
    base = sum((b for b in bases if b is not None), Decimal(0))
    price = sum((_output_ceiling(m) for m in models if m is not None), Decimal(0))
    if not price or base >= budget:
        return None
    tokens = int((budget - base) / price)
    step = 10 ** max(len(str(tokens)) - 2, 0)
    tokens = tokens // step * step
    return tokens if tokens >= SHORTEST_SUGGESTED else None


def _output_ceiling(model: ModelInfo) -> Decimal:
    """The most one output token of ``model`` may cost: thinking may be priced above text."""
    prices = [model.completion_price or Decimal(0)]
    if model.takes_reasoning and model.reasoning_price is not None:
        prices.append(model.reasoning_price)
    return max(prices)


def length_hint(model: ModelInfo | None, prompt_tokens: int, decision: GuardDecision) -> str:
    """For a send held because its worst case could pass a cap: the Maximum length that keeps
    it under every cap it could pass, in one sentence ("" when none would, e.g. a cap already
    reached)."""
    return length_hint_for_all([(model, prompt_tokens)], decision)


def length_hint_for_all(requests: Sequence[Asked], decision: GuardDecision) -> str:
    """``length_hint`` for several requests held together (a comparison's columns)."""
    figure = decision.figure
    if decision.action != "hold" or figure is None:
        return ""
    passed = [status for status in decision.caps if _passes(status, figure)]
    if not passed or any(status.level == "over" for status in passed):
        return ""
    tightest = min(passed, key=lambda status: status.remaining)
    tokens = max_tokens_for_all(requests, tightest.remaining)
    if tokens is None:
        return ""
    columns, daily = len(requests) > 1, tightest.kind == "daily"
    if columns and daily:
        text = translate(
            "cost",
            "Set Maximum length to {tokens} or less in every column to stay under your daily cap.",
        )
    elif columns:
        text = translate(
            "cost",
            "Set Maximum length to {tokens} or less in every column to stay under your monthly "
            "cap.",
        )
    elif daily:
        text = translate(
            "cost", "Set Maximum length to {tokens} or less to stay under your daily cap."
        )
    else:
        text = translate(
            "cost", "Set Maximum length to {tokens} or less to stay under your monthly cap."
        )
    return text.format(tokens=f"{tokens:,}")


# -- out of credit (HTTP 402) ----------------------------------------------------------------


def out_of_credit_message(
    limit_remaining: Decimal | None = None, limit: Decimal | None = None
) -> str:
    """What to say when OpenRouter answers 402: the balance (when known) and where to add
    credit. The prompt is kept by the caller."""
    sentences = [
        translate(
            "cost", "OpenRouter says your credits ran out (or this key reached its spending limit)."
        )
    ]
    if limit_remaining is not None and limit is not None:
        sentences.append(
            translate("cost", "This key has {left} left of its {limit} limit.").format(
                left=_usd(limit_remaining), limit=_usd(limit)
            )
        )
    elif limit_remaining is not None:
        sentences.append(
            translate("cost", "This key has {left} left.").format(left=_usd(limit_remaining))
        )
    sentences.append(
        translate("cost", "Add credits at {url}, then send again: your message is kept.").format(
            url=CREDITS_URL
        )
    )
    return " ".join(sentences)


def _usd(amount: Decimal) -> str:
    """``format_usd`` for running text (compact), where zero is "$0.00", not "free"."""
    return format_usd_exact(Decimal(0)) if amount <= 0 else format_usd(amount, compact=True)


def _exact_usd(amount: Decimal) -> str:
    """An amount the person chose (a cap), shown as chosen: $1.00, $0.795, $20.00."""
    exponent = amount.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return format_usd_exact(amount, places)


def _usd_against(amount: Decimal, cap: Decimal) -> str:
    """``amount`` rounded as usual, or with more digits where rounding would blur how it
    compares with ``cap`` ("$0.80, past your cap of $0.80" becomes "$0.802, past…")."""
    if amount <= 0 or amount < SMALLEST_SHOWN or amount > MAX_SHOWN:
        return _usd(amount)  # "$0.00", "< $0.000000001", "unknown": nothing to round
    if _sign(shown_amount(amount) - cap) == _sign(amount - cap):
        return _usd(amount)
    for places in range(3, 29):
        shown = amount.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        if _sign(shown - cap) == _sign(amount - cap):
            return format_usd_exact(shown, places)
    return format_usd_exact(amount, None)


def _sign(value: Decimal) -> int:
    return (value > 0) - (value < 0)
