"""Versions of one answer made with other settings: "Regenerate with…" and "Compare these
versions". Pure.

``recent_models`` lists the models a conversation used (its own first), for the menu;
``settings_rows`` lines the versions' settings up, one row per setting any of them has, and
says which rows differ between them (the comparison highlights those).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .conversation import ChatSettings, Message
from .i18n import QT_TRANSLATE_NOOP, translate
from .params import PARAM_SPECS, ParamSpec, shown_spec
from .thinking import Thinking

RECENT_MODELS = 6  # the menu lists at most this many models
NOT_SET = QT_TRANSLATE_NOOP("version_settings", "not set")  # shown: ``not_set()``
PROMPT_LIMIT = 60  # a system prompt is shown at most this long in a row


def recent_models(
    own_model: str, answers: Iterable[Message], limit: int = RECENT_MODELS
) -> list[str]:
    """The conversation's own model, then the models its ``answers`` (newest first) were
    asked for, each once, at most ``limit``."""
    seen = [own_model]
    for answer in answers:
        model = answer.settings.model if answer.settings is not None else answer.model
        if model and model not in seen:
            seen.append(model)
    return seen[:limit]


def not_set() -> str:
    """A setting a version has none of, translated."""
    return translate("version_settings", "not set")


def with_model(settings: ChatSettings, model: str) -> ChatSettings:
    """``settings`` with another model (everything else as it is)."""
    return replace(settings, model=model)


@dataclass(frozen=True, slots=True)
class SettingRow:
    """One setting across the versions: its label, each version's value (``NOT_SET`` where
    it has none) and whether they are not all the same."""

    label: str
    values: tuple[str, ...]
    differs: bool


def settings_rows(answers: Sequence[Message]) -> list[SettingRow]:
    """The model asked for, the model and provider that answered, then every parameter any
    version set, and the system prompt when one of them had one."""
    settings = [a.settings for a in answers]  # (None: stored before they were kept)
    unset = not_set()
    rows = [
        _row(
            translate("version_settings", "Model"),
            [s.model if s is not None else unset for s in settings],
        ),
        _row(translate("version_settings", "Answered by"), [a.model or unset for a in answers]),
        _row(translate("version_settings", "Provider"), [a.provider or unset for a in answers]),
    ]
    for spec in PARAM_SPECS:
        values = [getattr(s.params, spec.name) if s is not None else None for s in settings]
        if any(value is not None for value in values):
            rows.append(_row(shown_spec(spec).label, [value_text(spec, v) for v in values]))
    prompts = [s.system_prompt.strip() if s is not None else "" for s in settings]
    if any(prompts):
        none = translate("version_settings", "none")
        label = translate("version_settings", "System prompt")
        rows.append(_row(label, [_short(p) if p else none for p in prompts]))
    return rows


def _row(label: str, values: Sequence[str]) -> SettingRow:
    return SettingRow(label, tuple(values), len(set(values)) > 1)


def value_text(spec: ParamSpec, value: Any) -> str:
    """A parameter's value in plain words (``NOT_SET`` when it is not set)."""
    if value is None:
        return not_set()
    if spec.kind == "reasoning":
        if isinstance(value, Thinking):
            return value.value_words()
        return translate("version_settings", "on")
    if spec.kind == "stop":
        return ", ".join(json.dumps(stop) for stop in value) or translate(
            "version_settings", "none"
        )
    if spec.kind == "response_format":
        kind = value.get("type") if isinstance(value, Mapping) else None
        if kind == "json_object":
            return "JSON"
        if kind == "json_schema":
            return translate("version_settings", "JSON schema")
        if kind == "text":
            return translate("version_settings", "plain text")
        return str(kind)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= PROMPT_LIMIT else flat[:PROMPT_LIMIT].rstrip() + "…"
