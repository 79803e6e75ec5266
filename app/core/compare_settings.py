"""What Compare shows of each column's settings, and which of them differ. Pure.

``settings_rows`` gives one row per setting that any column has (the model always; provider
routing, the system prompt and each parameter when at least one column sets it), in the
parameter dock's words, with each column's value and whether the columns disagree.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .conversation import ChatSettings, Message
from .i18n import QT_TRANSLATE_NOOP, grouped, translate
from .params import PARAM_SPECS, ParamSpec, shown_spec
from .routing_words import any_provider, routing_words
from .thinking import Thinking

# Its title while blind (the real one names the presets). Stored as is (English): show it
# with ``blind_title()``.
BLIND_TITLE = QT_TRANSLATE_NOOP("compare_settings", "Blind comparison")
NOT_SET = QT_TRANSLATE_NOOP("compare_settings", "not set")  # shown: ``not_set()``


def blind_title() -> str:
    """A blind comparison's title, translated."""
    return translate("compare_settings", "Blind comparison")


def not_set() -> str:
    """A setting a column leaves unset, translated."""
    return translate("compare_settings", "not set")


PROMPT_LIMIT = 60  # characters of a system prompt shown in a column (the tooltip has it all)


@dataclass(frozen=True, slots=True)
class SettingRow:
    """One setting across the columns: its label, each column's value as shown and in full
    (a shortened system prompt), and whether they differ."""

    label: str
    values: tuple[str, ...]
    full: tuple[str, ...]
    differs: bool


def settings_rows(
    settings: Sequence[ChatSettings], names: Mapping[str, str] | None = None
) -> list[SettingRow]:
    """``names``: a provider's name for its tag, where known (the Provider row uses it)."""
    rows = [_row(translate("compare_settings", "Model"), [s.model for s in settings])]
    providers = [routing_words(s.routing, names) for s in settings]
    if any(providers):
        label = translate("compare_settings", "Provider")
        rows.append(_row(label, [words or any_provider() for words in providers]))
    prompts = [s.system_prompt.strip() for s in settings]
    if any(prompts):
        none = translate("compare_settings", "none")
        label = translate("compare_settings", "System prompt")
        rows.append(_row(label, [p or none for p in prompts], shorten=True))
    for spec in PARAM_SPECS:
        values = [getattr(s.params, spec.name) for s in settings]
        if any(v is not None for v in values):
            rows.append(_row(shown_spec(spec).label, [value_text(spec, v) for v in values]))
    return rows


def _row(label: str, values: list[str], *, shorten: bool = False) -> SettingRow:
    shown = [_shorten(v) if shorten else v for v in values]
    return SettingRow(label, tuple(shown), tuple(values), len(set(values)) > 1)


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PROMPT_LIMIT else flat[:PROMPT_LIMIT].rstrip() + "…"


def value_text(spec: ParamSpec, value: Any) -> str:
    """A parameter's value as a person reads it; ``not set`` for None."""
    if value is None:
        return not_set()
    if spec.kind == "reasoning":
        if isinstance(value, Thinking):
            return value.value_words()
        return translate("compare_settings", "on")
    if spec.kind == "stop":
        quoted = [translate("compare_settings", "“{text}”").format(text=s) for s in value]
        return ", ".join(quoted) if value else translate("compare_settings", "none")
    if spec.kind == "response_format":
        kind = value.get("type") if isinstance(value, Mapping) else None
        if kind == "json_object":
            return "JSON"
        if kind == "json_schema":
            return translate("compare_settings", "JSON matching a schema")
        return translate("compare_settings", "plain text")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int):
        return f"{value:,}" if spec.name == "max_tokens" else str(value)
    return str(value)


def blind_order(seed: str, count: int) -> list[int]:
    """A shuffled order of ``count`` columns, the same for the same ``seed`` (the comparison):
    a blind comparison's "Answer A" is the same column on screen and in its export."""
    order = list(range(count))
    random.Random(seed).shuffle(order)  # noqa: S311 (a fair shuffle, not a secret)
    return order


def blind_seed(comparison: object) -> str:
    """The shuffle's seed for a comparison (its id and creation time, as the store has them)."""
    return f"{getattr(comparison, 'id', '')}:{getattr(comparison, 'created_at', '')}"


@dataclass(frozen=True, slots=True)
class ColumnTotals:
    """A column's answers added up: how many, the tokens they wrote, what they cost (None
    when no answer has a known cost; ``cost_complete`` False when some are unknown)."""

    answers: int
    tokens: int
    cost: Decimal | None
    cost_complete: bool


def column_totals(messages: Sequence[Message]) -> ColumnTotals:
    answers = [m for m in messages if m.role == "assistant"]
    costs = [m.cost for m in answers]
    known = [c for c in costs if c is not None]
    return ColumnTotals(
        answers=len(answers),
        tokens=sum(m.completion_tokens or 0 for m in answers),
        cost=sum(known, Decimal(0)) if known else None,
        cost_complete=len(known) == len(costs),
    )


def totals_text(totals: ColumnTotals, cost_text: str | None) -> str:
    """``In all: 3 answers · 1,234 tokens · $0.000421`` (``cost_text`` None: cost left out)."""
    answers = grouped(
        translate("compare_settings", "%n answers", "one: %n answer", totals.answers),
        totals.answers,
    )
    tokens = grouped(
        translate("compare_settings", "%n tokens", "one: %n token", totals.tokens), totals.tokens
    )
    if cost_text is None or totals.cost is None:
        text = translate("compare_settings", "In all: {answers} · {tokens}")
    elif totals.cost_complete:
        text = translate("compare_settings", "In all: {answers} · {tokens} · {cost}")
    else:
        text = translate("compare_settings", "In all: {answers} · {tokens} · at least {cost}")
    return text.format(answers=answers, tokens=tokens, cost=cost_text)
