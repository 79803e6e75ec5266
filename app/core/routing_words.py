"""Provider routing in plain words: one wording for every place that shows it (a preset's
summary, the presets dialog, a comparison column's Provider row). Pure.

Providers are named as people know them ("DeepInfra") when the caller knows the name for a
tag ("deepinfra"); otherwise by the tag as written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .i18n import translate
from .params import ProviderRouting

__all__ = ["any_provider", "routing_phrases", "routing_words"]


def any_provider() -> str:
    """What a routing that makes no choice says, translated."""
    return translate("routing_words", "any provider")


def _sort_words(sort: str) -> str:
    words = {
        "price": translate("routing_words", "cheapest provider first"),
        "throughput": translate("routing_words", "fastest provider first"),
        "latency": translate("routing_words", "quickest provider to start first"),
    }
    return words.get(sort) or translate("routing_words", "providers in a set order")


def routing_phrases(routing: ProviderRouting, names: Mapping[str, str] | None = None) -> list[str]:
    """One phrase per choice the routing makes, e.g. ``["DeepInfra only", "only providers
    that honour every setting"]``; empty when it makes none. ``names``: a provider's name
    for its tag, where known."""

    def named(tags: Sequence[str]) -> list[str]:
        return [names.get(tag, tag) if names else tag for tag in tags]

    parts: list[str] = []
    if routing.order:  # (the fallback choice reads with the order: "DeepInfra only")
        tried = _then(named(routing.order))
        parts.append(
            translate("routing_words", "{providers} only").format(providers=tried)
            if routing.allow_fallbacks is False
            else translate("routing_words", "{providers} first").format(providers=tried)
        )
    if routing.only:
        only = _list(named(routing.only))
        parts.append(translate("routing_words", "only {providers}").format(providers=only))
    if routing.ignore:
        never = _list(named(routing.ignore))
        parts.append(translate("routing_words", "never {providers}").format(providers=never))
    if not routing.order and routing.allow_fallbacks is False:
        parts.append(translate("routing_words", "no other provider if the first one fails"))
    elif not routing.order and routing.allow_fallbacks is True:
        parts.append(
            translate("routing_words", "other providers may step in if the first one fails")
        )
    if routing.sort is not None:
        parts.append(_sort_words(routing.sort))
    if routing.data_collection == "deny":
        parts.append(translate("routing_words", "only providers that keep no data"))
    elif routing.data_collection == "allow":
        parts.append(translate("routing_words", "providers that keep data allowed"))
    if routing.require_parameters:
        parts.append(translate("routing_words", "only providers that honour every setting"))
    return parts


def _list(items: Sequence[str]) -> str:
    """``a, b, c`` with the language's list separator."""
    return translate("routing_words", ", ").join(items)


def _then(items: Sequence[str]) -> str:
    """``a, then b, then c``: the order providers are tried in."""
    text = items[0]
    for item in items[1:]:
        text = translate("routing_words", "{earlier}, then {next}").format(earlier=text, next=item)
    return text


def routing_words(routing: ProviderRouting, names: Mapping[str, str] | None = None) -> str:
    """The phrases on one line, e.g. ``DeepInfra only, only providers that honour every
    setting``; empty when the routing makes no choice."""
    return _list(routing_phrases(routing, names))
