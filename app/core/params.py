"""Sampling parameters: their ranges, plain-language help, and the checked set a request sends.

A parameter left as None is not sent, so the provider's own default applies (sending the
conventional default explicitly is not the same thing: it can change provider cache keys).
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

from .i18n import translate
from .thinking import Thinking, ThinkingError, thinking_from_body


class ParameterError(ValueError):
    """A parameter value outside what OpenRouter accepts. ``user_message`` says how to fix it."""

    def __init__(self, name: str, user_message: str) -> None:
        super().__init__(user_message)
        self.name = name
        self.user_message = user_message


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One sampling parameter as the dock and the request builder see it."""

    name: str
    label: str
    kind: Literal["float", "int", "stop", "response_format", "reasoning"]
    help: str
    when: str
    minimum: float | None = None
    maximum: float | None = None
    min_exclusive: bool = False
    conventional: float | None = None
    step: float = 0.05


def _specs() -> tuple[ParamSpec, ...]:
    """Every parameter, its label and help in the user's language (see ``shown_spec``)."""
    return (
        ParamSpec(
            "reasoning",
            translate("params", "Thinking"),
            "reasoning",
            translate(
                "params",
                "How much a thinking model reasons before it answers. Thinking is billed like "
                "answer "
                "words, even when it is hidden.",
            ),
            translate(
                "params",
                "Less thinking is quicker and cheaper; more helps with maths, code and tricky "
                "questions.",
            ),
        ),
        ParamSpec(
            "temperature",
            translate("params", "Temperature"),
            "float",
            translate(
                "params",
                "How adventurous the wording is: low values pick the most likely words, high "
                "values "
                "take more chances.",
            ),
            translate(
                "params", "Lower it for facts and code; raise it for brainstorming and stories."
            ),
            0.0,
            2.0,
            conventional=1.0,
        ),
        ParamSpec(
            "top_p",
            translate("params", "Top P"),
            "float",
            translate(
                "params", "Only considers the most likely words whose chances add up to this share."
            ),
            translate(
                "params",
                "Lower it (e.g. 0.9) to cut off unlikely words; usually change this or "
                "temperature, "
                "not both.",
            ),
            0.0,
            1.0,
            conventional=1.0,
        ),
        ParamSpec(
            "top_k",
            translate("params", "Top K"),
            "int",
            translate(
                "params",
                "Only considers this many of the most likely next words (0 means no limit).",
            ),
            translate("params", "Set a small number (e.g. 40) for safer, more predictable text."),
            0,
            1000,
            conventional=0,
            step=1,
        ),
        ParamSpec(
            "frequency_penalty",
            translate("params", "Frequency penalty"),
            "float",
            translate("params", "Discourages words the more often they have already appeared."),
            translate("params", "Raise it a little if answers repeat the same words or phrases."),
            -2.0,
            2.0,
            conventional=0.0,
        ),
        ParamSpec(
            "presence_penalty",
            translate("params", "Presence penalty"),
            "float",
            translate("params", "Discourages any word that has already appeared, however often."),
            translate("params", "Raise it to push the model toward new topics."),
            -2.0,
            2.0,
            conventional=0.0,
        ),
        ParamSpec(
            "repetition_penalty",
            translate("params", "Repetition penalty"),
            "float",
            translate(
                "params",
                "Makes the model less likely to repeat text from the conversation; 1 means no "
                "penalty.",
            ),
            translate(
                "params", "Raise it slightly (1.1) if the model loops; too high makes odd wording."
            ),
            0.0,
            2.0,
            min_exclusive=True,
            conventional=1.0,
        ),
        ParamSpec(
            "min_p",
            translate("params", "Min P"),
            "float",
            translate(
                "params",
                "Drops words whose chance is below this share of the most likely word's chance.",
            ),
            translate("params", "A small value (0.05 to 0.1) keeps creative settings coherent."),
            0.0,
            1.0,
            conventional=0.0,
            step=0.01,
        ),
        ParamSpec(
            "top_a",
            translate("params", "Top A"),
            "float",
            translate("params", "Drops unlikely words, more strictly when the model is confident."),
            translate(
                "params", "Rarely needed; try a small value if high temperatures produce nonsense."
            ),
            0.0,
            1.0,
            conventional=0.0,
            step=0.01,
        ),
        ParamSpec(
            "seed",
            translate("params", "Seed"),
            "int",
            translate(
                "params", "A fixed number that makes answers repeatable on models that support it."
            ),
            translate(
                "params",
                "Set it when you want the same answer twice, for example to compare settings "
                "fairly.",
            ),
            -(2**63),
            2**63 - 1,
            step=1,
        ),
        ParamSpec(
            "max_tokens",
            translate("params", "Maximum length"),
            "int",
            translate(
                "params",
                "The longest answer allowed, in tokens (a token is about three quarters of a "
                "word).",
            ),
            translate(
                "params", "Set it to cap cost or keep answers short; too low cuts answers off."
            ),
            1,
            None,
            step=1,
        ),
        ParamSpec(
            "stop",
            translate("params", "Stop sequences"),
            "stop",
            translate(
                "params",
                "Text that makes the model stop writing as soon as it produces it (up to 4).",
            ),
            translate(
                "params", "Use it to end answers at a marker, such as a blank line or 'User:'."
            ),
        ),
        ParamSpec(
            "response_format",
            translate("params", "Response format"),
            "response_format",
            translate(
                "params",
                "Asks for plain text, any JSON object, or JSON that matches a schema you give.",
            ),
            translate("params", "Use JSON when another program will read the answer."),
        ),
    )


# Built at import, before any translator is installed: the English labels (what the checks
# and the stored data use). What a person sees comes from ``shown_spec``.
PARAM_SPECS: tuple[ParamSpec, ...] = _specs()
SPECS_BY_NAME: Mapping[str, ParamSpec] = {spec.name: spec for spec in PARAM_SPECS}


def shown_spec(spec: ParamSpec | str) -> ParamSpec:
    """The parameter (or the one named) with its label and help in the user's language."""
    name = spec if isinstance(spec, str) else spec.name
    return next(shown for shown in _specs() if shown.name == name)


MAX_STOP_SEQUENCES = 4
_SCHEMA_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


@dataclass(frozen=True, slots=True)
class SamplingParams:
    """The parameters a person switched on. None means "not sent"."""

    temperature: float | None = None
    top_p: float | None = None
    top_k: int | None = None
    frequency_penalty: float | None = None
    presence_penalty: float | None = None
    repetition_penalty: float | None = None
    min_p: float | None = None
    top_a: float | None = None
    seed: int | None = None
    max_tokens: int | None = None
    stop: tuple[str, ...] | None = None
    response_format: Mapping[str, Any] | None = None
    reasoning: Thinking | None = None

    def validate(self) -> None:
        """Raise ParameterError for the first value OpenRouter would refuse."""
        for spec in PARAM_SPECS:
            value = getattr(self, spec.name)
            if value is not None:
                _check_value(spec, value)

    def to_body(self) -> dict[str, Any]:
        """The JSON fields for the parameters that are set, after validating them."""
        self.validate()
        body: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name == "stop":
                value = list(value)
            elif f.name == "response_format":
                value = json.loads(json.dumps(value))  # a plain, detached copy
            elif f.name == "reasoning":
                value = value.to_body()
                if not value:
                    continue
            body[f.name] = value
        return body

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def to_dict(self) -> dict[str, Any]:
        """The set parameters as plain JSON values (no validation: stored as the user left them).
        Thinking is stored in its wire form, the API's ``reasoning`` object."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if f.name == "reasoning":
                try:
                    value = value.to_body()
                except ThinkingError:
                    continue
                if not value:
                    continue
            out[f.name] = list(value) if f.name == "stop" else value
        return out


def params_summary(params: SamplingParams) -> str:
    """What is switched on, in one line: ``Temperature 1.1 · Min P 0.05``; ``Model defaults``
    when nothing is (the provider's own defaults apply)."""
    parts: list[str] = []
    for spec in _specs():
        value = getattr(params, spec.name)
        if value is None:
            continue
        if spec.kind == "stop":
            parts.append(
                translate("params", "%n stop sequences", "one: %n stop sequence", len(value))
            )
        elif spec.kind == "reasoning":
            parts.append(
                value.summary() if isinstance(value, Thinking) else translate("params", "Thinking")
            )
        elif spec.kind == "response_format":
            kind = value.get("type") if isinstance(value, Mapping) else None
            parts.append(_format_words(kind))
        else:
            parts.append(
                translate("params", "{name} {value}").format(name=spec.label, value=_num(value))
            )
    return " · ".join(parts) if parts else translate("params", "Model defaults")


def _format_words(kind: object) -> str:
    """A response format in the one-line summary."""
    if kind == "json_object":
        return translate("params", "JSON output")
    if kind == "json_schema":
        return translate("params", "JSON matching a schema")
    return translate("params", "Plain text")


def drop_invalid(params: SamplingParams) -> tuple[SamplingParams, tuple[str, ...]]:
    """The parameters with every value OpenRouter would refuse left out (not set), and the
    names of those left out. For values from outside (an imported file): a NaN temperature
    is dropped rather than kept to fail later."""
    dropped: list[str] = []
    for spec in PARAM_SPECS:
        value = getattr(params, spec.name)
        if value is None:
            continue
        try:
            _check_value(spec, value)
        except (ParameterError, ValueError, TypeError, RecursionError):
            dropped.append(spec.name)
    if not dropped:
        return params, ()
    return replace(params, **dict.fromkeys(dropped)), tuple(dropped)


def _check_value(spec: ParamSpec, value: object) -> None:
    if spec.kind in ("float", "int"):
        _check_number(spec, value)
    elif spec.kind == "stop":
        _check_stop(value)
    elif spec.kind == "reasoning":
        if not isinstance(value, Thinking):
            raise ParameterError(
                spec.name, translate("params", "Thinking must be a thinking setting.")
            )
        try:
            value.check()
        except ThinkingError as error:
            raise ParameterError(spec.name, error.user_message) from None
    else:
        _check_response_format(value)


def _check_number(spec: ParamSpec, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ParameterError(
            spec.name, translate("params", "{name} must be a number.").format(name=_label(spec))
        )
    if spec.kind == "int" and not isinstance(value, int):
        raise ParameterError(spec.name, _must_be_number(spec))
    if isinstance(value, float) and not math.isfinite(value):
        raise ParameterError(
            spec.name,
            translate("params", "{name} must be a finite number.").format(name=_label(spec)),
        )
    low, high = spec.minimum, spec.maximum
    too_low = low is not None and (value <= low if spec.min_exclusive else value < low)
    too_high = high is not None and value > high
    if too_low or too_high:
        raise ParameterError(spec.name, range_problem(spec))


def range_problem(spec: ParamSpec) -> str:
    """The sentence for a value out of ``spec``'s range, in the user's language."""
    low, high, name = _num(spec.minimum), _num(spec.maximum), _label(spec)
    if spec.maximum is None:
        text = translate("params", "{name} must be at least {low}.")
    elif spec.min_exclusive:
        text = translate("params", "{name} must be above {low} and at most {high}.")
    else:
        text = translate("params", "{name} must be between {low} and {high}.")
    return text.format(name=name, low=low, high=high)


def _must_be_number(spec: ParamSpec) -> str:
    if spec.kind == "int":
        return translate("params", "{name} must be a whole number.").format(name=_label(spec))
    return translate("params", "{name} must be a number.").format(name=_label(spec))


def _label(spec: ParamSpec) -> str:
    """``spec``'s label as shown (a spec from ``shown_spec`` is translated already)."""
    return shown_spec(spec.name).label if spec in PARAM_SPECS else spec.label


def _num(value: float | None) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _check_stop(value: object) -> None:
    if not isinstance(value, tuple | list) or not all(isinstance(s, str) for s in value):
        raise ParameterError("stop", translate("params", "Stop sequences must be a list of texts."))
    if len(value) > MAX_STOP_SEQUENCES:
        raise ParameterError(
            "stop", translate("params", "OpenRouter accepts at most 4 stop sequences.")
        )
    if any(s == "" for s in value):
        raise ParameterError("stop", translate("params", "A stop sequence cannot be empty."))


def _check_response_format(value: object) -> None:
    if not isinstance(value, Mapping):
        raise ParameterError(
            "response_format", translate("params", "The response format must be a JSON object.")
        )
    try:
        json.dumps(value, allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        raise ParameterError(
            "response_format",
            translate("params", "The response format holds a value that cannot be sent (NaN)."),
        ) from None
    kind = value.get("type")
    if kind in ("text", "json_object"):
        return
    if kind != "json_schema":
        raise ParameterError(
            "response_format",
            translate("params", "The response format must be text, json_object or json_schema."),
        )
    spec = value.get("json_schema")
    if not isinstance(spec, Mapping) or not isinstance(spec.get("schema"), Mapping):
        raise ParameterError(
            "response_format", translate("params", "A JSON schema format needs a schema object.")
        )
    name = spec.get("name")
    if not isinstance(name, str) or not 0 < len(name) <= 64 or set(name) - _SCHEMA_NAME_CHARS:
        raise ParameterError(
            "response_format",
            translate("params", "The schema needs a name of up to 64 letters, digits, '_' or '-'."),
        )


SortBy = Literal["price", "throughput", "latency"]
DataCollection = Literal["allow", "deny"]


@dataclass(frozen=True, slots=True)
class ProviderRouting:
    """OpenRouter's ``provider`` object: which providers may serve a request. None = not sent."""

    require_parameters: bool | None = None
    allow_fallbacks: bool | None = None
    sort: SortBy | None = None
    data_collection: DataCollection | None = None
    order: tuple[str, ...] = field(default=())
    only: tuple[str, ...] = field(default=())
    ignore: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            f.name: list(v) if isinstance(v, tuple) else v
            for f in fields(self)
            if (v := getattr(self, f.name)) is not None and v != ()
        }

    def to_body(self) -> dict[str, Any]:
        if self.sort is not None and self.sort not in ("price", "throughput", "latency"):
            raise ParameterError(
                "provider", translate("params", "Sort providers by price, throughput or latency.")
            )
        if self.data_collection not in (None, "allow", "deny"):
            raise ParameterError(
                "provider", translate("params", "Data collection must be allow or deny.")
            )
        body: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == ():
                continue
            body[f.name] = list(value) if isinstance(value, tuple) else value
        return body


def without_length_limit(params: SamplingParams) -> SamplingParams:
    """``params`` with Maximum length unset ("Retry without a length limit"): the model's own
    limit applies, so thinking can no longer use up a small one."""
    return replace(params, max_tokens=None)


def params_from_dict(data: object) -> SamplingParams:
    """Read stored parameters back. Unknown names and wrongly typed values are dropped
    (``drop_invalid`` then leaves out values of the right type that cannot be sent)."""
    if not isinstance(data, Mapping):
        return SamplingParams()
    values: dict[str, Any] = {}
    for spec in PARAM_SPECS:
        value = data.get(spec.name)
        if value is None:
            continue
        if spec.kind == "int" and isinstance(value, int) and not isinstance(value, bool):
            values[spec.name] = value
        elif (
            spec.kind == "float" and isinstance(value, int | float) and not isinstance(value, bool)
        ):
            with contextlib.suppress(OverflowError):  # an int with hundreds of digits
                values[spec.name] = float(value)
        elif spec.kind == "stop" and isinstance(value, list | tuple):
            values[spec.name] = tuple(str(s) for s in value)
        elif spec.kind == "response_format" and isinstance(value, Mapping):
            values[spec.name] = dict(value)
        elif spec.kind == "reasoning":
            values[spec.name] = thinking_from_body(value)
    return SamplingParams(**values)


def routing_from_dict(data: object) -> ProviderRouting:
    if not isinstance(data, Mapping):
        return ProviderRouting()
    values: dict[str, Any] = {}
    for name in ("require_parameters", "allow_fallbacks"):
        if isinstance(data.get(name), bool):
            values[name] = data[name]
    if data.get("sort") in ("price", "throughput", "latency"):
        values["sort"] = data["sort"]
    if data.get("data_collection") in ("allow", "deny"):
        values["data_collection"] = data["data_collection"]
    for name in ("order", "only", "ignore"):
        if isinstance(data.get(name), list):
            values[name] = tuple(str(s) for s in data[name])
    return ProviderRouting(**values)


# -- reading what a person typed (the dock's fields) ------------------------------------------


def parse_number(spec: ParamSpec, text: str) -> int | float:
    """A typed value for a numeric parameter, checked against its range. Raises ParameterError
    with a message that says what is wrong in plain words."""
    cleaned = text.strip().replace(",", ".") if spec.kind == "float" else text.strip()
    if not cleaned:
        raise ParameterError(
            spec.name,
            translate("params", "Type a value for {name}, or switch it off.").format(
                name=_label(spec)
            ),
        )
    try:
        value: int | float = int(cleaned) if spec.kind == "int" else float(cleaned)
    except ValueError:
        raise ParameterError(spec.name, _must_be_number(spec)) from None
    _check_number(spec, value)
    return value


def parse_stop_text(text: str) -> tuple[str, ...]:
    """Stop sequences, one per line; ``\\n`` and ``\\t`` stand for a new line and a tab."""
    lines = [line for line in text.split("\n") if line != ""]
    stops = tuple(line.replace("\\n", "\n").replace("\\t", "\t") for line in lines)
    _check_stop(stops)
    return stops


def stop_text(stops: tuple[str, ...]) -> str:
    return "\n".join(s.replace("\n", "\\n").replace("\t", "\\t") for s in stops)


def parse_schema_format(name: str, schema_text: str) -> dict[str, Any]:
    """A JSON-schema response format from its name and the schema as typed."""
    try:
        schema = json.loads(schema_text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise ParameterError(
            "response_format",
            translate("params", "The schema is not valid JSON (line {line}).").format(
                line=_line_of(error)
            ),
        ) from None
    if not isinstance(schema, dict):
        raise ParameterError(
            "response_format", translate("params", "The schema must be a JSON object: { … }.")
        )
    fmt: dict[str, Any] = {
        "type": "json_schema",
        "json_schema": {"name": name.strip(), "strict": True, "schema": schema},
    }
    _check_response_format(fmt)
    return fmt


def _no_constant(name: str) -> Any:
    """JSON has no NaN or Infinity; Python's parser accepts them, but nothing can send them."""
    raise ValueError(f"{name} is not valid JSON")


def _line_of(error: BaseException) -> int:
    return getattr(error, "lineno", 1)
