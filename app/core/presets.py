"""Presets: a named set of sampling parameters, optionally with a model and a system prompt.

The presets file format (built-ins, the user's own, exports) is one JSON object::

    {"format": "switchboard.presets", "version": 1,
     "presets": [{"name": "Hot", "description": "…", "params": {"temperature": 1.5},
                  "model": "…", "system_prompt": "…"}]}

``model`` and ``system_prompt`` are optional: a preset without them leaves the conversation's
own. Reading is strict (unlike stored chat settings): a file that someone hands us is either
used exactly as written or refused with a message naming the problem, never half-applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeGuard

from .conversation import ChatSettings
from .params import (
    PARAM_SPECS,
    SPECS_BY_NAME,
    ParameterError,
    SamplingParams,
    _range_text,
    params_summary,
)
from .thinking import ThinkingError, thinking_from_body

PRESETS_FORMAT = "switchboard.presets"
PRESETS_VERSION = 1
NAME_MAX = 80
_PRESET_KEYS = frozenset({"name", "description", "params", "model", "system_prompt"})


class PresetError(ValueError):
    """Something about presets a person has to sort out; ``user_message`` says what."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class PresetFormatError(PresetError):
    """A presets file (or one preset in it) that cannot be used as it is."""


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    description: str
    params: SamplingParams = field(default_factory=SamplingParams)
    model: str | None = None  # None: keep the conversation's model
    system_prompt: str | None = None  # None: keep the conversation's system prompt
    builtin: bool = False

    @property
    def key(self) -> str:
        """What makes two names the same preset ("Creative" and "creative" would confuse)."""
        return preset_key(self.name)

    @property
    def summary(self) -> str:
        """What choosing it sets, in one line: ``Thinking high``, ``Temperature 0.2 · Top P
        0.9 · model openai/gpt-4o-mini · its own system prompt``."""
        parts = [params_summary(self.params)]
        if self.model is not None:
            parts.append(f"model {self.model}")
        if self.system_prompt is not None:
            parts.append("its own system prompt" if self.system_prompt else "no system prompt")
        return " · ".join(parts)

    def apply_to(self, settings: ChatSettings) -> ChatSettings:
        """The settings with this preset's parameters (all of them: unset ones are cleared),
        and its model and system prompt where it has them. Routing is left alone."""
        prompt = settings.system_prompt if self.system_prompt is None else self.system_prompt
        model = settings.model if self.model is None else self.model
        return replace(settings, params=self.params, model=model, system_prompt=prompt)

    @classmethod
    def from_settings(
        cls,
        name: str,
        description: str,
        settings: ChatSettings,
        include_model: bool,
        include_system_prompt: bool,
    ) -> Preset:
        return cls(
            name=name.strip(),
            description=description.strip(),
            params=settings.params,
            model=settings.model if include_model else None,
            system_prompt=settings.system_prompt if include_system_prompt else None,
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
            "params": self.params.to_dict(),
        }
        if self.model is not None:
            out["model"] = self.model
        if self.system_prompt is not None:
            out["system_prompt"] = self.system_prompt
        return out


def preset_key(name: str) -> str:
    return name.strip().casefold()


def check_preset_name(name: object) -> str:
    """The name, trimmed; PresetError if it cannot name a preset."""
    if not isinstance(name, str) or not name.strip():
        raise PresetError("A preset needs a name.")
    name = name.strip()
    if len(name) > NAME_MAX:
        raise PresetError(f"A preset name can be at most {NAME_MAX} characters long.")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise PresetError("A preset name must be a single line of text.")
    return name


def presets_to_json(presets: Iterable[Preset]) -> dict[str, Any]:
    return {
        "format": PRESETS_FORMAT,
        "version": PRESETS_VERSION,
        "presets": [preset.to_dict() for preset in presets],
    }


def presets_from_json(data: object, *, builtin: bool = False) -> list[Preset]:
    """Every preset in a presets file, in file order; PresetFormatError names the first
    problem. ``builtin`` marks them as the app's own."""
    if not isinstance(data, Mapping) or data.get("format") != PRESETS_FORMAT:
        raise PresetFormatError("This file is not a Switchboard presets file.")
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise PresetFormatError("This presets file is damaged: its version is missing.")
    if version > PRESETS_VERSION:
        raise PresetFormatError(
            f"This presets file is from a newer version of Switchboard (version {version}); "
            "update Switchboard to import it."
        )
    items = data.get("presets")
    if not isinstance(items, list):
        raise PresetFormatError("This presets file is damaged: it has no list of presets.")
    presets: list[Preset] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        preset = _preset_from_json(item, number, builtin)
        if preset.key in seen:
            raise PresetFormatError(f"This file has two presets named “{preset.name}”.")
        seen.add(preset.key)
        presets.append(preset)
    return presets


def _preset_from_json(item: object, number: int, builtin: bool) -> Preset:
    if not isinstance(item, Mapping):
        raise PresetFormatError(f"Preset number {number} in this file is not a preset.")
    raw_name = item.get("name")
    if not isinstance(raw_name, str) or not raw_name.strip():
        raise PresetFormatError(f"Preset number {number} in this file has no name.")
    try:
        name = check_preset_name(raw_name)
    except PresetError as error:
        raise PresetFormatError(f"Preset number {number}: {error.user_message}") from None

    def problem(text: str) -> PresetFormatError:
        return PresetFormatError(f"Preset “{name}”: {text}")

    unknown = sorted(str(k) for k in item if k not in _PRESET_KEYS)
    if unknown:
        raise problem(f"“{unknown[0]}” is not something a preset can hold.")
    description = item.get("description", "")
    if not isinstance(description, str):
        raise problem("the description must be text.")
    model = item.get("model")
    if model is not None and (
        not isinstance(model, str) or not model.strip() or len(model.split()) != 1
    ):
        raise problem("the model must be a model ID such as microsoft/wizardlm-2-8x22b.")
    system_prompt = item.get("system_prompt")
    if system_prompt is not None and not isinstance(system_prompt, str):
        raise problem("the system prompt must be text.")
    try:
        params = strict_params(item.get("params", {}))
    except ParameterError as error:
        raise problem(error.user_message) from None
    return Preset(
        name=name,
        description=description.strip(),
        params=params,
        model=model.strip() if isinstance(model, str) else None,
        system_prompt=system_prompt,
        builtin=builtin,
    )


def strict_params(data: object) -> SamplingParams:
    """Parameters exactly as written, checked against their ranges. Unlike the tolerant
    ``params_from_dict``, an unknown name or a wrongly typed value is an error. JSON null
    means "not set"."""
    if not isinstance(data, Mapping):
        raise ParameterError("params", "The parameters must be a JSON object.")
    for key in data:
        if key not in SPECS_BY_NAME:
            raise ParameterError(str(key), f"“{key}” is not a parameter Switchboard knows.")
    values: dict[str, Any] = {}
    for spec in PARAM_SPECS:
        value = data.get(spec.name)
        if value is None:
            continue
        if spec.kind == "float" and _is_int(value):
            try:
                value = float(value)  # JSON writes 1.0 as 1 often enough
            except OverflowError:  # hundreds of digits: no float holds it
                raise ParameterError(
                    spec.name, f"{spec.label} must be {_range_text(spec)}."
                ) from None
        elif spec.kind == "stop" and isinstance(value, list):
            value = tuple(value)
        elif spec.kind == "response_format" and isinstance(value, Mapping):
            value = dict(value)
        elif spec.kind == "reasoning":
            try:
                value = thinking_from_body(value, strict=True)
            except ThinkingError as error:
                raise ParameterError(spec.name, error.user_message) from None
        values[spec.name] = value
    params = SamplingParams(**values)
    params.validate()  # also refuses wrong types: "Seed must be a whole number."
    return params


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
