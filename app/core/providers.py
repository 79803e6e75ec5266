"""Providers of a model, and fair comparisons: one provider per model, every setting honoured.

OpenRouter serves a model through several providers (``GET /models/{author}/{slug}/endpoints``),
each with its own price and its own list of parameters it takes. A provider that does not take
a parameter drops it silently unless the request says ``require_parameters``. A comparison is
*fair* when every column of one model is served by the same provider and no column loses a
setting: ``choose_provider`` picks that provider and ``pinned_routing`` pins it. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from .conversation import ChatSettings
from .i18n import translate
from .models import ModelInfo
from .params import SPECS_BY_NAME, ProviderRouting, shown_spec

# A typical answer, for ranking providers by price: a short prompt and a medium answer.
TYPICAL_PROMPT_TOKENS = 1_000
TYPICAL_ANSWER_TOKENS = 500
NORMAL_STATUS = 0  # OpenRouter's "status" of an endpoint that works (others are undocumented)

# Names that are not our parameters but may stand in supported_parameters lists.


@dataclass(frozen=True, slots=True)
class ProviderEndpoint:
    """One provider of one model, as ``/endpoints`` lists it (every field checked on entry).
    Prices are USD per token; None when the server did not say (or said nonsense)."""

    provider: str  # its name, as people know it: "DeepInfra"
    tag: str  # its slug, for ``provider.order``: "deepinfra" or "deepinfra/turbo"
    supported_parameters: frozenset[str] = frozenset()
    prompt_price: Decimal | None = None
    completion_price: Decimal | None = None
    context_length: int | None = None
    quantization: str | None = None
    status: int | None = None
    uptime: float | None = None  # percent of requests that succeeded lately

    @property
    def is_normal(self) -> bool:
        """Serving normally. A missing status says nothing bad (it is always sent today)."""
        return self.status is None or self.status == NORMAL_STATUS

    def takes(self, needed: Iterable[str]) -> bool:
        return all(name in self.supported_parameters for name in needed)

    def typical_cost(self) -> Decimal | None:
        if self.prompt_price is None or self.completion_price is None:
            return None
        return (
            self.prompt_price * TYPICAL_PROMPT_TOKENS
            + self.completion_price * TYPICAL_ANSWER_TOKENS
        )


@dataclass(frozen=True, slots=True)
class ModelFairness:
    """What fairness did for the columns of one model: the provider pinned, or why none."""

    model: str  # the model id
    columns: tuple[int, ...]  # the column indexes that use it
    provider: str | None = None  # the provider's name, when one was pinned
    tag: str | None = None
    problem: str | None = None  # a full sentence for the person, when none was pinned


@dataclass(frozen=True, slots=True)
class FairReport:
    """The outcome of making a comparison fair, one entry per model."""

    models: tuple[ModelFairness, ...] = ()

    @property
    def problem(self) -> str | None:
        """Every model's problem, one sentence each; None when every model has its provider."""
        problems = [m.problem for m in self.models if m.problem]
        return " ".join(problems) if problems else None

    @property
    def pinned(self) -> dict[str, str]:
        """Model id -> the tag of its pinned provider, for the models that have one."""
        return {m.model: m.tag for m in self.models if m.tag is not None}


def params_in_play(settings: ChatSettings, model: ModelInfo | None = None) -> frozenset[str]:
    """The API names of the parameters a request with ``settings`` sends, as
    ``app.api.build_chat_body`` writes them (``temperature``, ``reasoning``, ``stop``, …).

    ``model``: the catalogue entry, when known: thinking is not sent to a model that does not
    think (``next_request``), so it is not in play there. A JSON-schema answer format also
    needs ``structured_outputs`` (a provider listing only ``response_format`` gives JSON, but
    does not hold it to the schema)."""
    names = set(settings.params.to_dict())
    thinks = model is None or model.id != settings.model or model.takes_reasoning
    if not thinks:
        names.discard("reasoning")
    fmt = settings.params.response_format
    if fmt is not None and fmt.get("type") == "json_schema":
        names.add("structured_outputs")
    return frozenset(names)


def parameter_label(name: str) -> str:
    """A parameter's name as the dock shows it ("Min P"), for sentences."""
    if name in SPECS_BY_NAME:
        return shown_spec(name).label
    if name == "structured_outputs":
        return translate("providers", "JSON matching a schema")
    return name


def choose_provider(
    endpoints: Sequence[ProviderEndpoint], needed: frozenset[str]
) -> ProviderEndpoint | None:
    """The provider to pin: among those serving normally that take every ``needed``
    parameter, the cheapest for a typical answer (unknown prices last), then the highest
    uptime, then the name, so the same list always gives the same choice. None if none fits."""
    fitting = [e for e in endpoints if e.is_normal and e.takes(needed)]
    if not fitting:
        return None

    def rank(e: ProviderEndpoint) -> tuple[bool, Decimal, float, str, str]:
        cost = e.typical_cost()
        uptime = e.uptime if e.uptime is not None else -1.0
        return (cost is None, cost or Decimal(0), -uptime, e.provider.casefold(), e.tag)

    return min(fitting, key=rank)


def allowed_endpoints(
    endpoints: Sequence[ProviderEndpoint], routings: Iterable[ProviderRouting]
) -> list[ProviderEndpoint]:
    """The endpoints every routing permits: named in its ``only`` (when it has one) and not
    in its ``ignore``. One provider in ``order`` with ``allow_fallbacks: false`` means that
    provider only, so it counts as ``only`` (pass a column's routing without fairness's own
    pin). A provider is named by its tag, its tag's base ("deepinfra" names
    "deepinfra/turbo") or its name, case aside."""
    rules = list(routings)
    return [
        e
        for e in endpoints
        if all(
            (not r.only or _names(e, r.only))
            and not (r.ignore and _names(e, r.ignore))
            and (pinned_tag(r) is None or _names(e, r.order))
            for r in rules
        )
    ]


def pinned_tag(routing: ProviderRouting) -> str | None:
    """The one provider ``routing`` allows through its order (``order=(x,)`` with
    ``allow_fallbacks: false``), or None when it does not pin one that way."""
    if len(routing.order) == 1 and routing.allow_fallbacks is False:
        return routing.order[0]
    return None


def named_endpoint(endpoints: Sequence[ProviderEndpoint], name: str) -> ProviderEndpoint | None:
    """The endpoint ``name`` names: its exact tag first, else as ``allowed_endpoints`` names."""
    for e in endpoints:
        if e.tag == name:
            return e
    return next((e for e in endpoints if _names(e, (name,))), None)


def _names(endpoint: ProviderEndpoint, slugs: Iterable[str]) -> bool:
    wanted = {s.strip().casefold() for s in slugs}
    tag = endpoint.tag.casefold()
    return bool({tag, tag.split("/")[0], endpoint.provider.casefold()} & wanted)


def pinned_routing(routing: ProviderRouting, tag: str) -> ProviderRouting:
    """``routing`` with one provider pinned and every parameter required; the person's own
    fields (sort, data collection, only, ignore) are kept.

    Pinned with ``order`` plus ``allow_fallbacks: false`` rather than ``only``: that is
    OpenRouter's documented way to use exactly one provider and get its own error back, and
    it leaves a preset's ``only`` list alone (``only`` would have to replace it, losing the
    preset's setting, and is merged with the account's allow-list besides)."""
    return replace(routing, order=(tag,), allow_fallbacks=False, require_parameters=True)


def required_routing(routing: ProviderRouting) -> ProviderRouting:
    """``routing`` with every parameter required and no provider pinned (fair, but no single
    provider fits): a column is refused rather than served without its settings."""
    return replace(routing, require_parameters=True)


def unpinned_routing(
    routing: ProviderRouting, preset: ProviderRouting | None = None
) -> ProviderRouting:
    """Undo ``pinned_routing`` (fairness turned off): the provider order, fallbacks and
    required parameters go back to what ``preset`` (the column's preset's routing) set, or
    are cleared; every other field stays."""
    original = preset if preset is not None else ProviderRouting()
    return replace(
        routing,
        order=original.order,
        allow_fallbacks=original.allow_fallbacks,
        require_parameters=original.require_parameters,
    )


def no_provider_sentence(
    model_name: str,
    endpoints: Sequence[ProviderEndpoint],
    needed: frozenset[str],
    allowed: Sequence[ProviderEndpoint] | None = None,
) -> str:
    """Why no provider of ``model_name`` can be pinned, in plain words. ``endpoints``: all
    of its providers; ``allowed``: those the columns' presets permit (None: all of them)."""
    if allowed is not None and endpoints and not allowed:
        return translate(
            "providers",
            "The preset of a column of {model} allows only providers that do not serve "
            "this model, so that column will be refused. Choose another preset or model for it.",
        ).format(model=model_name)
    working = [e for e in (endpoints if allowed is None else allowed) if e.is_normal]
    if not working:
        return translate(
            "providers",
            "No provider of {model} is working normally right now; each column may be served "
            "by a different provider.",
        ).format(model=model_name)
    missing = sorted(n for n in needed if not any(n in e.supported_parameters for e in working))
    if missing:
        names = _and_list([parameter_label(n) for n in missing])
        if len(missing) == 1:
            text = translate(
                "providers",
                "No provider of {model} takes {names}, so a column that sets it will be "
                "refused; each column may be served by a different provider.",
            )
        else:
            text = translate(
                "providers",
                "No provider of {model} take {names}, so a column that sets them will be "
                "refused; each column may be served by a different provider.",
            )
        return text.format(model=model_name, names=names)
    contested = sorted(n for n in needed if not all(n in e.supported_parameters for e in working))
    names = _and_list([parameter_label(n) for n in contested])
    return translate(
        "providers",
        "No single provider of {model} takes {names} together; each column may be served by "
        "a different provider.",
    ).format(model=model_name, names=names)


def unreachable_sentence(model_name: str) -> str:
    return translate(
        "providers",
        "The providers of {model} could not be looked up, so none was chosen; each "
        "column may be served by a different provider, and every setting is still required.",
    ).format(model=model_name)


def _and_list(items: Sequence[str]) -> str:
    """``a, b and c`` in the user's language."""
    if len(items) <= 1:
        return "".join(items)
    return translate("providers", "{items} and {last}").format(
        items=translate("providers", ", ").join(items[:-1]), last=items[-1]
    )
