"""Provider routing in plain words: one wording for every place that shows it (a preset's
summary, the presets dialog, a comparison column's Provider row). Pure.

Providers are named as people know them ("DeepInfra") when the caller knows the name for a
tag ("deepinfra"); otherwise by the tag as written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .params import ProviderRouting

__all__ = ["ANY_PROVIDER", "routing_phrases", "routing_words"]

ANY_PROVIDER = "any provider"

_SORT_WORDS = {
    "price": "cheapest provider first",
    "throughput": "fastest provider first",
    "latency": "quickest provider to start first",
}


def routing_phrases(routing: ProviderRouting, names: Mapping[str, str] | None = None) -> list[str]:
    """One phrase per choice the routing makes, e.g. ``["DeepInfra only", "only providers
    that honour every setting"]``; empty when it makes none. ``names``: a provider's name
    for its tag, where known."""

    def named(tags: Sequence[str], joiner: str = ", ") -> str:
        return joiner.join(names.get(tag, tag) if names else tag for tag in tags)

    parts: list[str] = []
    if routing.order:  # (the fallback choice reads with the order: "DeepInfra only")
        tried = named(routing.order, ", then ")
        parts.append(f"{tried} only" if routing.allow_fallbacks is False else f"{tried} first")
    if routing.only:
        parts.append(f"only {named(routing.only)}")
    if routing.ignore:
        parts.append(f"never {named(routing.ignore)}")
    if not routing.order and routing.allow_fallbacks is False:
        parts.append("no other provider if the first one fails")
    elif not routing.order and routing.allow_fallbacks is True:
        parts.append("other providers may step in if the first one fails")
    if routing.sort is not None:
        parts.append(_SORT_WORDS.get(routing.sort, "providers in a set order"))
    if routing.data_collection == "deny":
        parts.append("only providers that keep no data")
    elif routing.data_collection == "allow":
        parts.append("providers that keep data allowed")
    if routing.require_parameters:
        parts.append("only providers that honour every setting")
    return parts


def routing_words(routing: ProviderRouting, names: Mapping[str, str] | None = None) -> str:
    """The phrases on one line, e.g. ``DeepInfra only, only providers that honour every
    setting``; empty when the routing makes no choice."""
    return ", ".join(routing_phrases(routing, names))
