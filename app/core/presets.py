"""Presets: a named set of sampling parameters, optionally with a model and a system prompt.

The presets file format (built-ins, the user's own, exports) is one JSON object::

    {"format": "switchboard.presets", "version": 2,
     "presets": [{"name": "Hot", "description": "…", "params": {"temperature": 1.5},
                  "model": "…", "system_prompt": "…",
                  "provider": {"only": ["deepinfra"], "allow_fallbacks": false},
                  "web_search": {"enabled": true, "max_results": 5}}]}

``model``, ``system_prompt``, ``provider`` and ``web_search`` are optional: a preset without
them leaves the conversation's own. ``provider`` is OpenRouter's routing object, with the
fields ``ProviderRouting`` knows and their OpenRouter names; ``web_search`` turns searching the
web on or off, with at most so many results a search. A file in which some preset has either
is written as version 2 (an older Switchboard then says it is from a newer version instead of
refusing an unknown key); every other file stays version 1.

Reading is strict (unlike stored chat settings): a file that someone hands us is either
used exactly as written or refused with a message naming the problem, never half-applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeGuard, get_args

from .attachments import WEB_RESULTS_DEFAULT, WEB_RESULTS_MAX, WebSearch
from .conversation import ChatSettings
from .i18n import QT_TRANSLATE_NOOP, translate
from .params import (
    PARAM_SPECS,
    SPECS_BY_NAME,
    ParameterError,
    ProviderRouting,
    SamplingParams,
    SortBy,
    params_summary,
    range_problem,
)
from .routing_words import any_provider, routing_phrases
from .thinking import ThinkingError, thinking_from_body

PRESETS_FORMAT = "switchboard.presets"
PRESETS_VERSION = 2  # the newest this version reads; 1 has no "provider"
NAME_MAX = 80
_PRESET_KEYS = frozenset(
    {"name", "description", "params", "model", "system_prompt", "provider", "web_search"}
)
_VERSION_2_KEYS = ("provider", "web_search")
MAX_PROVIDERS = 50  # slugs in one order, only or ignore list
_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./:")


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
    routing: ProviderRouting | None = None  # None: keep the conversation's provider routing
    web_search: WebSearch | None = None  # None: keep the conversation's web search

    @property
    def key(self) -> str:
        """What makes two names the same preset ("Creative" and "creative" would confuse)."""
        return preset_key(self.name)

    @property
    def shown_name(self) -> str:
        """The name to show: a built-in's in the user's language, a person's own as written.
        ``name`` (English for a built-in) stays what is stored, compared and exported."""
        return shown_builtin_text(self.name) if self.builtin else self.name

    @property
    def shown_description(self) -> str:
        """The description to show, in the user's language for a built-in."""
        return shown_builtin_text(self.description) if self.builtin else self.description

    @property
    def summary(self) -> str:
        """What choosing it sets, in one line: ``Thinking high``, ``Temperature 0.2 · Top P
        0.9 · model openai/gpt-4o-mini · its own system prompt``."""
        parts = [params_summary(self.params)]
        if self.model is not None:
            parts.append(translate("presets", "model {model}").format(model=self.model))
        if self.system_prompt is not None:
            parts.append(
                translate("presets", "its own system prompt")
                if self.system_prompt
                else translate("presets", "no system prompt")
            )
        if self.routing is not None:
            parts.extend(routing_summary(self.routing))
        if self.web_search is not None:
            parts.append(web_search_summary(self.web_search))
        return " · ".join(parts)

    def apply_to(self, settings: ChatSettings) -> ChatSettings:
        """The settings with this preset's parameters (all of them: unset ones are cleared),
        and its model, system prompt and provider routing where it has them."""
        prompt = settings.system_prompt if self.system_prompt is None else self.system_prompt
        model = settings.model if self.model is None else self.model
        routing = settings.routing if self.routing is None else self.routing
        search = settings.web_search if self.web_search is None else self.web_search
        return replace(
            settings,
            params=self.params,
            model=model,
            system_prompt=prompt,
            routing=routing,
            web_search=search,
        )

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
            # Searching the web is part of how it answers: kept when it is on.
            web_search=settings.web_search if settings.web_search.enabled else None,
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
        if self.routing is not None:
            out["provider"] = self.routing.to_dict()
        if self.web_search is not None:
            out["web_search"] = self.web_search.to_dict()
        return out


# The built-in presets' names and descriptions (resources/presets.json, word for word), marked
# so they are translated where shown. Only a built-in's are: a person's own preset keeps the
# words they wrote.
_BUILTIN_TEXT = frozenset(
    {
        QT_TRANSLATE_NOOP("presets", "Balanced"),
        QT_TRANSLATE_NOOP(
            "presets",
            "Sends no sampling settings at all, so the provider's own defaults apply; a good start "
            "for everyday chat.",
        ),
        QT_TRANSLATE_NOOP("presets", "Precise"),
        QT_TRANSLATE_NOOP(
            "presets",
            "A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it "
            "for facts, code and step-by-step work.",
        ),
        QT_TRANSLATE_NOOP("presets", "Creative"),
        QT_TRANSLATE_NOOP(
            "presets",
            "A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays "
            "on track; use it for brainstorming and stories.",
        ),
        QT_TRANSLATE_NOOP("presets", "Reproducible"),
        QT_TRANSLATE_NOOP(
            "presets",
            "Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far "
            "as the model allows, though not every model or provider guarantees it; use it to "
            "compare settings fairly.",
        ),
        QT_TRANSLATE_NOOP("presets", "JSON output"),
        QT_TRANSLATE_NOOP(
            "presets",
            "Turns on JSON mode and replaces the system prompt with one that asks for a single "
            "JSON object; use it when a program will read the answer.",
        ),
        QT_TRANSLATE_NOOP("presets", "Concise"),
        QT_TRANSLATE_NOOP(
            "presets",
            "Caps every answer at 300 tokens (about 225 words), so longer answers are cut off "
            "mid-way; use it to keep replies short and cheap.",
        ),
        QT_TRANSLATE_NOOP("presets", "Quick"),
        QT_TRANSLATE_NOOP(
            "presets",
            "Asks a thinking model to think only a little (low effort) before it answers: quicker "
            "and cheaper; models that do not think answer as usual.",
        ),
        QT_TRANSLATE_NOOP("presets", "Careful"),
        QT_TRANSLATE_NOOP(
            "presets",
            "Asks a thinking model to think hard (high effort) before it answers: slower and "
            "costlier, but better at maths, code and tricky questions.",
        ),
    }
)


def shown_builtin_text(text: str) -> str:
    """A built-in preset's name or description in the user's language (as is if unknown)."""
    return translate("presets", text) if text in _BUILTIN_TEXT else text


def shown_preset_label(label: str, presets: Iterable[Preset]) -> str:
    """A column label that may be a preset's name, as shown: a built-in's is translated."""
    builtin = any(p.builtin and p.name == label for p in presets)
    return shown_builtin_text(label) if builtin else label


def preset_key(name: str) -> str:
    return name.strip().casefold()


def check_preset_name(name: object) -> str:
    """The name, trimmed; PresetError if it cannot name a preset."""
    if not isinstance(name, str) or not name.strip():
        raise PresetError(translate("presets", "A preset needs a name."))
    name = name.strip()
    if len(name) > NAME_MAX:
        raise PresetError(
            translate("presets", "A preset name can be at most {most} characters long.").format(
                most=NAME_MAX
            )
        )
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise PresetError(translate("presets", "A preset name must be a single line of text."))
    return name


def routing_summary(routing: ProviderRouting) -> list[str]:
    """A preset's provider routing in plain words, one phrase per choice (``routing_phrases``):
    ``deepinfra only``, ``cheapest provider first``; ``any provider`` when it makes none."""
    return routing_phrases(routing) or [any_provider()]


def presets_to_json(presets: Iterable[Preset]) -> dict[str, Any]:
    items = [preset.to_dict() for preset in presets]
    return {
        "format": PRESETS_FORMAT,
        "version": PRESETS_VERSION if any(k in i for i in items for k in _VERSION_2_KEYS) else 1,
        "presets": items,
    }


def presets_from_json(data: object, *, builtin: bool = False) -> list[Preset]:
    """Every preset in a presets file, in file order; PresetFormatError names the first
    problem. ``builtin`` marks them as the app's own."""
    if not isinstance(data, Mapping) or data.get("format") != PRESETS_FORMAT:
        raise PresetFormatError(
            translate("presets", "This file is not a Switchboard presets file.")
        )
    version = data.get("version")
    if not _is_int(version) or version < 1:
        raise PresetFormatError(
            translate("presets", "This presets file is damaged: its version is missing.")
        )
    if version > PRESETS_VERSION:
        raise PresetFormatError(
            translate(
                "presets",
                "This presets file is from a newer version of Switchboard (version {version}); "
                "update Switchboard to import it.",
            ).format(version=version)
        )
    items = data.get("presets")
    if not isinstance(items, list):
        raise PresetFormatError(
            translate("presets", "This presets file is damaged: it has no list of presets.")
        )
    presets: list[Preset] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        preset = _preset_from_json(item, number, builtin)
        if preset.key in seen:
            raise PresetFormatError(
                translate("presets", "This file has two presets named “{name}”.").format(
                    name=preset.name
                )
            )
        seen.add(preset.key)
        presets.append(preset)
    return presets


def _preset_from_json(item: object, number: int, builtin: bool) -> Preset:
    if not isinstance(item, Mapping):
        raise PresetFormatError(
            translate("presets", "Preset number {number} in this file is not a preset.").format(
                number=number
            )
        )
    raw_name = item.get("name")
    if not isinstance(raw_name, str) or not raw_name.strip():
        raise PresetFormatError(
            translate("presets", "Preset number {number} in this file has no name.").format(
                number=number
            )
        )
    try:
        name = check_preset_name(raw_name)
    except PresetError as error:
        raise PresetFormatError(
            translate("presets", "Preset number {number}: {problem}").format(
                number=number, problem=error.user_message
            )
        ) from None

    def problem(text: str) -> PresetFormatError:
        return PresetFormatError(
            translate("presets", "Preset “{name}”: {problem}").format(name=name, problem=text)
        )

    unknown = sorted(str(k) for k in item if k not in _PRESET_KEYS)
    if unknown:
        raise problem(
            translate("presets", "“{key}” is not something a preset can hold.").format(
                key=unknown[0]
            )
        )
    description = item.get("description", "")
    if not isinstance(description, str):
        raise problem(translate("presets", "the description must be text."))
    model = item.get("model")
    if model is not None and (
        not isinstance(model, str) or not model.strip() or len(model.split()) != 1
    ):
        raise problem(
            translate("presets", "the model must be a model ID such as microsoft/wizardlm-2-8x22b.")
        )
    system_prompt = item.get("system_prompt")
    if system_prompt is not None and not isinstance(system_prompt, str):
        raise problem(translate("presets", "the system prompt must be text."))
    try:
        params = strict_params(item.get("params", {}))
        routing = strict_routing(item["provider"]) if "provider" in item else None
        search = strict_web_search(item["web_search"]) if "web_search" in item else None
    except ParameterError as error:
        raise problem(error.user_message) from None
    return Preset(
        name=name,
        description=description.strip(),
        params=params,
        model=model.strip() if isinstance(model, str) else None,
        system_prompt=system_prompt,
        builtin=builtin,
        routing=routing,
        web_search=search,
    )


def web_search_summary(search: WebSearch) -> str:
    if not search.enabled:
        return translate("presets", "no web search")
    return translate(
        "presets",
        "searches the web (up to %n results)",
        "one: searches the web (up to %n result)",
        search.max_results,
    )


def strict_web_search(data: object) -> WebSearch:
    """A preset's ``web_search`` exactly as written: ``enabled`` true or false, and
    ``max_results`` a whole number from 1 to 25 (optional)."""
    if not isinstance(data, Mapping):
        raise ParameterError(
            "web_search", translate("presets", "Web search must be a JSON object.")
        )
    unknown = sorted(str(k) for k in data if k not in ("enabled", "max_results"))
    if unknown:
        raise ParameterError(
            "web_search",
            translate("presets", "“{key}” is not a web search setting.").format(key=unknown[0]),
        )
    enabled = data.get("enabled")
    if not isinstance(enabled, bool):
        raise ParameterError(
            "web_search", translate("presets", "Web search needs “enabled”: true or false.")
        )
    results = data.get("max_results", WEB_RESULTS_DEFAULT)
    if not _is_int(results) or not 1 <= results <= WEB_RESULTS_MAX:
        raise ParameterError(
            "web_search",
            translate(
                "presets", "Web search results must be a whole number from 1 to {most}."
            ).format(most=WEB_RESULTS_MAX),
        )
    return WebSearch(enabled, results)


def strict_routing(data: object) -> ProviderRouting:
    """A preset's ``provider`` object exactly as written, with OpenRouter's field names;
    ParameterError (a plain message) for an unknown field or a value that cannot be sent."""
    if not isinstance(data, Mapping):
        raise ParameterError(
            "provider", translate("presets", "The provider settings must be a JSON object.")
        )
    known = {f.name for f in fields(ProviderRouting)}
    for key in data:
        if key not in known:
            raise ParameterError(
                "provider",
                translate("presets", "“{key}” is not a provider setting Switchboard knows.").format(
                    key=key
                ),
            )
    values: dict[str, Any] = {}
    for name in ("require_parameters", "allow_fallbacks"):
        value = data.get(name)
        if value is not None and not isinstance(value, bool):
            raise ParameterError(
                "provider",
                translate("presets", "The provider setting “{name}” must be true or false.").format(
                    name=name
                ),
            )
        values[name] = value
    choices = {"sort": get_args(SortBy), "data_collection": ("allow", "deny")}
    for name, allowed in choices.items():
        value = data.get(name)
        if value is not None and value not in allowed:
            words = translate("presets", "{choices} or {last}").format(
                choices=", ".join(allowed[:-1]), last=allowed[-1]
            )
            raise ParameterError(
                "provider",
                translate("presets", "The provider setting “{name}” must be {choices}.").format(
                    name=name, choices=words
                ),
            )
        values[name] = value
    for name in ("order", "only", "ignore"):
        values[name] = _slugs(name, data.get(name))
    return ProviderRouting(**values)


def _slugs(name: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if (
        not isinstance(value, list)
        or len(value) > MAX_PROVIDERS
        or not all(
            isinstance(s, str) and 0 < len(s) <= NAME_MAX and not set(s) - _SLUG_CHARS
            for s in value
        )
    ):
        raise ParameterError(
            "provider",
            translate(
                "presets",
                "The provider setting “{name}” must be a list of provider names such as "
                "deepinfra or google-vertex/us-east5.",
            ).format(name=name),
        )
    return tuple(value)


def strict_params(data: object) -> SamplingParams:
    """Parameters exactly as written, checked against their ranges. Unlike the tolerant
    ``params_from_dict``, an unknown name or a wrongly typed value is an error. JSON null
    means "not set"."""
    if not isinstance(data, Mapping):
        raise ParameterError(
            "params", translate("presets", "The parameters must be a JSON object.")
        )
    for key in data:
        if key not in SPECS_BY_NAME:
            raise ParameterError(
                str(key),
                translate("presets", "“{key}” is not a parameter Switchboard knows.").format(
                    key=key
                ),
            )
    values: dict[str, Any] = {}
    for spec in PARAM_SPECS:
        value = data.get(spec.name)
        if value is None:
            continue
        if spec.kind == "float" and _is_int(value):
            try:
                value = float(value)  # JSON writes 1.0 as 1 often enough
            except OverflowError:  # hundreds of digits: no float holds it
                raise ParameterError(spec.name, range_problem(spec)) from None
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
