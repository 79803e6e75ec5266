"""Thinking (OpenRouter's ``reasoning`` request object) and what a model says it takes.

A person's choice is a ``Thinking`` (or None: "Model default", nothing is sent). Its wire form
is the API's own object, so presets store, share and compare exactly what is sent:

- Off: ``{"enabled": false}``. Omitting the field leaves a thinking model thinking (and
  billing); ``enabled: false`` is what turns it off. Not offered where the model's
  ``reasoning.mandatory`` is true (it cannot stop thinking).
- An effort level: ``{"effort": "high"}``; a token budget: ``{"max_tokens": 4000}``
  (the guide: one or the other, never both).
- Hide the thinking: ``"exclude": true`` next to either, or alone with the model's default
  amount. Hidden thinking is still done and still billed.

``ModelReasoning`` is the ``/models`` entry's ``reasoning`` object; ``ThinkingChoices`` is
what the dock may offer for one model. See docs/thinking.md. Pure.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from .i18n import QT_TRANSLATE_NOOP, local_int, translate
from .text import clean_surrogates

# Highest first, as OpenRouter lists them. "none" is not an effort here: Off is its own choice.
EFFORTS: tuple[str, ...] = ("max", "xhigh", "high", "medium", "low", "minimal")
# English (marked): shown through ``effort_label``, which translates.
EFFORT_LABELS: Mapping[str, str] = {
    "max": QT_TRANSLATE_NOOP("thinking", "Maximum"),
    "xhigh": QT_TRANSLATE_NOOP("thinking", "Very high"),
    "high": QT_TRANSLATE_NOOP("thinking", "High"),
    "medium": QT_TRANSLATE_NOOP("thinking", "Medium"),
    "low": QT_TRANSLATE_NOOP("thinking", "Low"),
    "minimal": QT_TRANSLATE_NOOP("thinking", "Minimal"),
}


def effort_label(effort: str) -> str:
    """An effort level as the Thinking control lists it ("Very high"), translated; an effort
    we do not know is shown as the API names it."""
    labels = {
        "max": translate("thinking", "Maximum"),
        "xhigh": translate("thinking", "Very high"),
        "high": translate("thinking", "High"),
        "medium": translate("thinking", "Medium"),
        "low": translate("thinking", "Low"),
        "minimal": translate("thinking", "Minimal"),
    }
    return labels.get(effort, effort)


def _effort_word(effort: str) -> str:
    """An effort level inside a sentence ("very high"), translated."""
    words = {
        "max": translate("thinking", "maximum"),
        "xhigh": translate("thinking", "very high"),
        "high": translate("thinking", "high"),
        "medium": translate("thinking", "medium"),
        "low": translate("thinking", "low"),
        "minimal": translate("thinking", "minimal"),
    }
    return words.get(effort, effort)


def _effort_summary(effort: str) -> str:
    summaries = {
        "max": translate("thinking", "Thinking maximum"),
        "xhigh": translate("thinking", "Thinking very high"),
        "high": translate("thinking", "Thinking high"),
        "medium": translate("thinking", "Thinking medium"),
        "low": translate("thinking", "Thinking low"),
        "minimal": translate("thinking", "Thinking minimal"),
    }
    known = summaries.get(effort)
    return (
        known
        if known is not None
        else translate("thinking", "Thinking {level}").format(level=effort)
    )


# Share of the answer's length limit OpenRouter gives thinking at each effort (the guide).
EFFORT_SHARE: Mapping[str, float] = {
    "max": 0.95,
    "xhigh": 0.95,
    "high": 0.8,
    "medium": 0.5,
    "low": 0.2,
    "minimal": 0.1,
}
MIN_BUDGET = 1
MAX_BUDGET = 1_000_000
_KEYS = frozenset({"effort", "max_tokens", "exclude", "enabled"})

Mode = Literal["default", "off", "effort", "budget"]


class ThinkingError(ValueError):
    """A thinking setting OpenRouter would refuse; ``user_message`` says it in plain words."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True, slots=True)
class Thinking:
    """How much the model thinks, and whether its thinking comes back.

    ``mode`` "default" leaves the amount to the model (only meaningful with ``hide``).
    """

    mode: Mode = "default"
    effort: str | None = None
    budget: int | None = None
    hide: bool = False

    def check(self) -> None:
        """Raise ThinkingError for a value that cannot be sent."""
        if self.mode not in ("default", "off", "effort", "budget"):
            raise ThinkingError(
                translate(
                    "thinking", "Thinking must be the model's default, off, an effort or a budget."
                )
            )
        if not isinstance(self.hide, bool):
            raise ThinkingError(translate("thinking", "“Hide the thinking” must be on or off."))
        if self.mode == "effort" and self.effort not in EFFORTS:
            raise ThinkingError(
                translate("thinking", "The thinking effort must be one of {efforts}.").format(
                    efforts=", ".join(EFFORTS)
                )
            )
        if self.mode == "budget":
            budget = self.budget
            if isinstance(budget, bool) or not isinstance(budget, int):
                raise ThinkingError(
                    translate("thinking", "The thinking budget must be a whole number of tokens.")
                )
            if not MIN_BUDGET <= budget <= MAX_BUDGET:
                raise ThinkingError(
                    translate(
                        "thinking", "The thinking budget must be between {least} and {most} tokens."
                    ).format(least=local_int(MIN_BUDGET), most=local_int(MAX_BUDGET))
                )

    @property
    def sends_nothing(self) -> bool:
        """Model default, shown: the same as not setting it at all."""
        return self.mode == "default" and not self.hide

    def to_body(self) -> dict[str, Any]:
        """The ``reasoning`` object sent (checked first); empty when nothing is sent."""
        self.check()
        body: dict[str, Any] = {}
        if self.mode == "off":
            return {"enabled": False}
        if self.mode == "effort":
            body["effort"] = self.effort
        elif self.mode == "budget":
            body["max_tokens"] = self.budget
        if self.hide:
            body["exclude"] = True
        return body

    def summary(self) -> str:
        """``Thinking high`` · ``Thinking off`` · ``Thinking budget 4,000`` (+ `` (hidden)``)."""
        if self.mode == "off":
            return translate("thinking", "Thinking off")
        if self.mode == "effort":
            text = _effort_summary(str(self.effort))
        elif self.mode == "budget":
            budget = self.budget
            text = (
                translate("thinking", "Thinking budget {tokens}").format(tokens=local_int(budget))
                if isinstance(budget, int)
                else translate("thinking", "Thinking")
            )
        else:
            text = translate("thinking", "Thinking: model default")
        if self.hide:
            return translate("thinking", "{setting} (hidden)").format(setting=text)
        return text

    def value_words(self) -> str:
        """The setting without the word Thinking, for a table of settings: ``high``, ``off``,
        ``budget 4,000``, ``model default`` (+ `` (hidden)``)."""
        if self.mode == "off":
            text = translate("thinking", "off")
        elif self.mode == "effort":
            text = _effort_word(str(self.effort))
        elif self.mode == "budget" and isinstance(self.budget, int):
            text = translate("thinking", "budget {tokens}").format(tokens=local_int(self.budget))
        elif self.mode == "budget":
            text = translate("thinking", "on")
        else:
            text = translate("thinking", "model default")
        if self.hide:
            return translate("thinking", "{setting} (hidden)").format(setting=text)
        return text

    def thinking_cap(self, max_tokens: int | None) -> int | None:
        """The most tokens this setting lets the model think, when it can be said: the budget,
        or the effort's share of ``max_tokens``."""
        if self.mode == "budget":
            return self.budget
        if self.mode == "effort" and max_tokens is not None and self.effort in EFFORT_SHARE:
            return int(max_tokens * EFFORT_SHARE[str(self.effort)])
        return None


def thinking_from_body(data: object, *, strict: bool = False) -> Thinking | None:
    """Read a ``reasoning`` object back (stored settings, a preset file). None when it sends
    nothing. Tolerant by default (unknown keys and wrong values are ignored); ``strict``
    raises ThinkingError for them instead."""
    if not isinstance(data, Mapping):
        if strict:
            raise ThinkingError(
                translate("thinking", 'Thinking must be a JSON object such as {"effort": "high"}.')
            )
        return None
    if strict:
        unknown = sorted(str(k) for k in data if k not in _KEYS)
        if unknown:
            raise ThinkingError(
                translate(
                    "thinking", "“{name}” is not a thinking setting Switchboard knows."
                ).format(name=unknown[0])
            )
    hide = data.get("exclude") is True
    effort, budget, enabled = data.get("effort"), data.get("max_tokens"), data.get("enabled")
    thinking: Thinking
    if enabled is False or effort == "none":
        thinking = Thinking("off")
    elif effort is not None:
        thinking = Thinking("effort", effort=effort if isinstance(effort, str) else None, hide=hide)
    elif budget is not None:
        thinking = Thinking("budget", budget=budget if isinstance(budget, int) else None, hide=hide)
    elif enabled is True:  # the guide: enabled alone means medium effort
        thinking = Thinking("effort", effort="medium", hide=hide)
    else:
        thinking = Thinking("default", hide=hide)
    try:
        thinking.check()
    except ThinkingError:
        if strict:
            raise
        return None
    return None if thinking.sends_nothing else thinking


# -- what a model takes -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ModelReasoning:
    """The ``reasoning`` object of a ``/models`` entry.

    ``efforts``: None when every level is accepted, () when no level can be chosen.
    """

    efforts: tuple[str, ...] | None = None
    default_effort: str | None = None
    default_enabled: bool | None = None
    supports_budget: bool = False
    mandatory: bool = False


@dataclass(frozen=True, slots=True)
class ThinkingChoices:
    """What the Thinking control offers for one model."""

    off: bool
    efforts: tuple[str, ...]
    budget: bool

    def support(self, thinking: Thinking | None) -> str | None:
        """None when this model takes ``thinking``; else what it cannot do, in plain words
        (the start of a sentence the caller completes with the model's name)."""
        if thinking is None or thinking.mode == "default":
            return None
        if thinking.mode == "off" and not self.off:
            return translate("thinking", "cannot turn its thinking off")
        if thinking.mode == "effort" and thinking.effort not in self.efforts:
            level = _effort_word(str(thinking.effort))
            return translate("thinking", "does not offer the {level} thinking effort").format(
                level=level
            )
        if thinking.mode == "budget" and not self.budget:
            return translate("thinking", "does not take a thinking budget")
        return None

    def support_sentence(self, thinking: Thinking | None, model: str) -> str | None:
        """``support`` as one whole sentence naming ``model`` (a translator may reorder it):
        ``Claude cannot turn its thinking off.``"""
        if self.support(thinking) is None or thinking is None:
            return None
        if thinking.mode == "off":
            text = translate("thinking", "{model} cannot turn its thinking off.")
        elif thinking.mode == "effort":
            text = translate("thinking", "{model} does not offer the {level} thinking effort.")
        else:
            text = translate("thinking", "{model} does not take a thinking budget.")
        return text.format(model=model, level=_effort_word(str(thinking.effort)))


ALL_CHOICES = ThinkingChoices(off=True, efforts=EFFORTS, budget=True)


def choices_for(reasoning: ModelReasoning | None) -> ThinkingChoices:
    """What to offer given a model's reasoning object; a model that lists the ``reasoning``
    parameter but has no such object gets every choice (we cannot know better)."""
    if reasoning is None:
        return ALL_CHOICES
    if reasoning.efforts is None:
        efforts = EFFORTS
    else:
        efforts = tuple(e for e in reasoning.efforts if e in EFFORTS)
    return ThinkingChoices(
        off=not reasoning.mandatory, efforts=efforts, budget=reasoning.supports_budget
    )


# Some providers think at least this much at any effort (Anthropic's smallest budget).
SMALLEST_PROVIDER_BUDGET = 1024


def room_warning(thinking: Thinking | None, max_tokens: int | None) -> str | None:
    """A plain warning when ``max_tokens`` (thinking and answer share it) leaves the answer no
    room after ``thinking``; None when it does, or when it cannot be said. Anthropic needs
    ``max_tokens`` strictly greater than the budget."""
    if thinking is None or max_tokens is None or thinking.mode not in ("budget", "effort"):
        return None
    if thinking.mode == "budget":
        budget = thinking.budget
        if isinstance(budget, int) and max_tokens <= budget:
            return translate(
                "thinking",
                "Maximum length {length} is not more than the thinking budget "
                "{budget}: the model may spend it all thinking and leave no answer.",
            ).format(length=local_int(max_tokens), budget=local_int(budget))
        return None
    if max_tokens <= SMALLEST_PROVIDER_BUDGET:
        return translate(
            "thinking",
            "Maximum length {length} is not more than {least} "
            "tokens, the least some models think even at {level} effort: the model may "
            "spend it all thinking and leave no answer.",
        ).format(
            length=local_int(max_tokens),
            least=local_int(SMALLEST_PROVIDER_BUDGET),
            level=_effort_word(str(thinking.effort)),
        )
    return None


# -- retries after the empty-answer trap ------------------------------------------------------

RETRY_BUDGET = SMALLEST_PROVIDER_BUDGET  # to retry with when nothing says what fits


def less_thinking(
    thinking: Thinking | None, choices: ThinkingChoices, max_tokens: int | None
) -> Thinking | None:
    """The setting for "Retry with less thinking", after thinking used the whole length limit;
    None when nothing lower can be offered. "Hide the thinking" is kept.

    - An effort: the next lower effort the model offers; below the lowest, Off.
    - A budget: half of it; below one token, Off.
    - Model default (None, or default hidden): the lowest effort offered; else a budget that
      fits (half of ``max_tokens``, or ``RETRY_BUDGET`` without one); else Off.
    - Off, or Off where the model cannot stop thinking: None.
    """
    hide = thinking.hide if thinking is not None else False
    off = Thinking("off") if choices.off else None
    if thinking is None or thinking.mode == "default":
        if choices.efforts:
            return Thinking("effort", effort=choices.efforts[-1], hide=hide)
        if choices.budget:
            budget = max(max_tokens // 2, MIN_BUDGET) if max_tokens else RETRY_BUDGET
            return Thinking("budget", budget=budget, hide=hide)
        return off
    if thinking.mode == "effort":
        rank = EFFORTS.index(thinking.effort) if thinking.effort in EFFORTS else -1
        lower = [e for e in choices.efforts if e in EFFORTS and EFFORTS.index(e) > rank]
        if rank >= 0 and lower:
            return Thinking("effort", effort=min(lower, key=EFFORTS.index), hide=hide)
        return off
    if thinking.mode == "budget" and isinstance(thinking.budget, int):
        half = thinking.budget // 2
        return Thinking("budget", budget=half, hide=hide) if half >= MIN_BUDGET else off
    return None


# -- reasoning_details as stored and exported --------------------------------------------------

# The most JSON text one answer's reasoning items may take (stored or imported). Encrypted
# items run to tens of kilobytes; beyond this they are dropped (the thinking text and token
# count stay), so a damaged row or file cannot take the machine's memory.
MAX_DETAILS_CHARS = 2_000_000
MAX_DETAILS_ITEMS = 10_000

Details = tuple[Mapping[str, Any], ...]


def checked_details(value: object) -> Details:
    """``reasoning_details`` from outside (a database row, an imported file) as a tuple of
    objects, every text storable (no lone surrogates); () for anything else: not a list,
    an item that is not an object, more than MAX_DETAILS_ITEMS or MAX_DETAILS_CHARS."""
    if not isinstance(value, list | tuple) or len(value) > MAX_DETAILS_ITEMS:
        return ()
    if not all(isinstance(item, Mapping) for item in value):
        return ()
    cleaned = tuple(_clean(dict(item)) for item in value)
    try:
        size = len(json.dumps(cleaned, separators=(",", ":"), allow_nan=False))
    except (TypeError, ValueError):  # not JSON (a NaN, an object of no JSON type)
        return ()
    return cleaned if size <= MAX_DETAILS_CHARS else ()


def details_to_json(details: object) -> str | None:
    """The JSON text stored for ``details`` (checked as ``checked_details``); None for none."""
    items = checked_details(details)
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")) if items else None


def details_from_json(text: object) -> Details:
    """Stored JSON text back to items; () for None, bad JSON or anything out of bounds."""
    if not isinstance(text, str) or len(text) > MAX_DETAILS_CHARS:
        return ()
    try:
        return checked_details(json.loads(text))
    except (ValueError, RecursionError):
        return ()


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_surrogates(value)
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    if isinstance(value, Mapping):
        return {clean_surrogates(str(k)): _clean(v) for k, v in value.items()}
    return value
