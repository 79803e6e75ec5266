"""What the app knows about a model from the catalogue."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from .i18n import translate
from .money import format_usd, format_usd_exact, per_million
from .params import PARAM_SPECS, SamplingParams
from .thinking import ModelReasoning, ThinkingChoices, choices_for

DEFAULT_MODEL = "microsoft/wizardlm-2-8x22b"


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """One catalogue entry. Prices are USD per token; None means the catalogue did not say."""

    id: str
    name: str
    context_length: int | None = None
    prompt_price: Decimal | None = None
    completion_price: Decimal | None = None
    request_price: Decimal | None = None
    max_completion_tokens: int | None = None
    supported_parameters: frozenset[str] = field(default_factory=frozenset)
    description: str = ""
    created: int | None = None
    reasoning: ModelReasoning | None = None  # the entry's ``reasoning`` object
    reasoning_price: Decimal | None = None  # ``pricing.internal_reasoning``, USD per token
    # ``architecture.input_modalities``: text, image, file, audio, video (empty: not said)
    input_modalities: frozenset[str] = field(default_factory=frozenset)
    image_price: Decimal | None = None  # ``pricing.image``: USD per input image
    web_search_price: Decimal | None = None  # ``pricing.web_search``: USD per search

    def takes_input(self, modality: str) -> bool | None:
        """Whether the catalogue says the model reads ``modality`` ("image", "file"); None
        when it does not say (then nothing is refused on a guess, and the person is told)."""
        if not self.input_modalities:
            return None
        return modality in self.input_modalities

    @property
    def is_free(self) -> bool:
        return self.prompt_price == 0 and self.completion_price == 0

    def supports(self, parameter: str) -> bool:
        """Unknown support (an empty list) counts as supported: we cannot know better."""
        return not self.supported_parameters or parameter in self.supported_parameters

    @property
    def takes_reasoning(self) -> bool:
        """The entry says the model thinks: a ``reasoning`` object, or the parameter listed.
        Unlike other parameters, an unknown list does not count: Thinking is offered only
        where the catalogue says so."""
        return self.reasoning is not None or "reasoning" in self.supported_parameters

    @property
    def thinking_choices(self) -> ThinkingChoices | None:
        """What the Thinking control offers; None for a model that does not think."""
        return choices_for(self.reasoning) if self.takes_reasoning else None

    @property
    def thinking_price(self) -> Decimal | None:
        """USD per thinking token: the catalogue's reasoning price, else the output price
        (thinking is billed as output; many entries list a reasoning price of "0" while
        charging the output price, so 0 is not taken as free thinking)."""
        return self.reasoning_price or self.completion_price

    # -- what the dock may offer ------------------------------------------------------------

    def parameter_support(self, name: str) -> str | None:
        """None when this model accepts the dock parameter ``name``; else a plain reason.

        OpenRouter silently drops a parameter the model does not support, so the dock greys it
        out and says why instead of letting a setting do nothing.
        """
        if name == "reasoning":
            if self.takes_reasoning:
                return None
            return translate("models", "{model} does not think before answering.").format(
                model=self.name
            )
        tag = PARAMETER_TAGS.get(name, name)
        if self.supports(tag):
            return None
        return _not_accepted(name).format(model=self.name, name=name)

    def response_format_support(self, kind: str) -> str | None:
        """None when the response format ``kind`` (text, json_object, json_schema) is accepted."""
        if kind == "text":
            return None  # plain text is what every model writes anyway
        if kind == "json_object":
            if self.supports("response_format"):
                return None
            return translate("models", "{model} has no JSON mode.").format(model=self.name)
        if kind == "json_schema":
            if self.supports("structured_outputs"):
                return None
            return translate("models", "{model} cannot be held to a JSON schema.").format(
                model=self.name
            )
        raise ValueError(f"unknown response format kind: {kind!r}")

    def unsupported_settings(self, params: SamplingParams) -> dict[str, str]:
        """For each parameter that is set but would be dropped for this model: the reason."""
        reasons: dict[str, str] = {}
        for spec in PARAM_SPECS:
            value = getattr(params, spec.name)
            if value is None:
                continue
            if spec.name == "response_format":
                kind = value.get("type") if isinstance(value, Mapping) else None
                reason = self.response_format_support(kind) if kind in _FORMAT_KINDS else None
            elif spec.name == "reasoning" and (choices := self.thinking_choices) is not None:
                reason = choices.support_sentence(value, self.name)
            else:
                reason = self.parameter_support(spec.name)
            if reason is not None:
                reasons[spec.name] = reason
        return reasons

    # -- how the picker shows it ------------------------------------------------------------

    @property
    def price_summary(self) -> str:
        """``$0.62/M in · $0.62/M out``; ``free`` when both are free; plus a per-request fee."""
        prompt, completion = self.prompt_price, self.completion_price
        if prompt == 0 and completion == 0:
            text = translate("models", "free")
        elif prompt is None and completion is None:
            text = translate("models", "price unknown")
        else:
            text = translate("models", "{prompt} in · {completion} out").format(
                prompt=price_per_million_text(prompt), completion=price_per_million_text(completion)
            )
        if self.request_price:
            fee = translate("models", "{fee} per request").format(
                fee=format_usd(self.request_price)
            )
            text = translate("models", "{prices} · {fee}").format(prices=text, fee=fee)
        return text

    @property
    def context_text(self) -> str:
        """``65.5K context``, ``1M context``, or ``unknown context``."""
        if self.context_length is None or self.context_length <= 0:
            return translate("models", "unknown context")
        return translate("models", "{tokens} context").format(
            tokens=token_count_text(self.context_length)
        )


# Dock parameter -> the ``supported_parameters`` tag that says a model accepts it.
PARAMETER_TAGS: Mapping[str, str] = {
    "temperature": "temperature",
    "top_p": "top_p",
    "top_k": "top_k",
    "frequency_penalty": "frequency_penalty",
    "presence_penalty": "presence_penalty",
    "repetition_penalty": "repetition_penalty",
    "min_p": "min_p",
    "top_a": "top_a",
    "seed": "seed",
    "max_tokens": "max_tokens",
    "stop": "stop",
    "response_format": "response_format",
    "reasoning": "reasoning",
}


def _not_accepted(name: str) -> str:
    """The sentence for a parameter the model drops (fields: ``model``, ``name``)."""
    sentences = {
        "temperature": translate("models", "{model} does not accept a temperature."),
        "top_p": translate("models", "{model} does not accept a Top P value."),
        "top_k": translate("models", "{model} does not accept a Top K value."),
        "frequency_penalty": translate("models", "{model} does not accept a frequency penalty."),
        "presence_penalty": translate("models", "{model} does not accept a presence penalty."),
        "repetition_penalty": translate("models", "{model} does not accept a repetition penalty."),
        "min_p": translate("models", "{model} does not accept a Min P value."),
        "top_a": translate("models", "{model} does not accept a Top A value."),
        "seed": translate("models", "{model} does not accept a seed."),
        "max_tokens": translate("models", "{model} does not accept a maximum length."),
        "stop": translate("models", "{model} does not accept stop sequences."),
        "response_format": translate("models", "{model} does not accept a response format."),
        "structured_outputs": translate("models", "{model} does not accept a JSON schema."),
        "tools": translate("models", "{model} does not accept tools."),
        "reasoning": translate("models", "{model} does not accept reasoning settings."),
        "logprobs": translate("models", "{model} does not accept log probabilities."),
    }
    return sentences.get(name) or translate("models", "{model} does not accept “{name}”.")


_FORMAT_KINDS = frozenset({"text", "json_object", "json_schema"})


def price_per_million_text(price: Decimal | None) -> str:
    """A per-token price as people read it: ``$0.62/M``, ``$15/M``, ``free``, ``unknown``.

    Exact Decimal arithmetic; only a price with more than four significant digits is rounded.
    """
    if price is None or not price.is_finite() or price < 0:
        return translate("models", "unknown")
    if price == 0:
        return translate("models", "free")
    amount = _significant(per_million(price), 4)
    if amount == amount.to_integral_value():
        return format_usd_exact(amount, 0) + "/M"
    places = max(2, -int(amount.as_tuple().exponent))
    return format_usd_exact(amount, places) + "/M"


def token_count_text(count: int) -> str:
    """A token count to three significant digits: ``65.5K``, ``131K``, ``1.05M``, ``512``."""
    if count < 1000:
        return str(count)
    if count >= 1_000_000:
        value, unit = _significant(Decimal(count) / 1_000_000, 3), "M"
    else:
        value, unit = _significant(Decimal(count) / 1000, 3), "K"
        if value >= 1000:  # 999,999 rounds up to a million
            value, unit = Decimal(1), "M"
    return f"{value:f}{unit}"


def _significant(value: Decimal, digits: int) -> Decimal:
    """``value`` rounded half-up to at most ``digits`` significant digits, trailing zeros gone."""
    if len(value.normalize().as_tuple().digits) > digits:
        value = value.quantize(Decimal(1).scaleb(value.adjusted() - digits + 1), ROUND_HALF_UP)
    return value.normalize()
