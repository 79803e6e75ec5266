"""Presets that carry provider routing: the "provider" object in presets files (strict),
applied and summarised like any other setting, and older files still loading."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.core.conversation import ChatSettings
from app.core.params import ProviderRouting, SamplingParams
from app.core.presets import Preset, PresetFormatError, presets_from_json, presets_to_json
from app.store.preset_store import read_presets_file, write_presets_file

DEEPINFRA_ONLY = ProviderRouting(allow_fallbacks=False, only=("deepinfra",))


def file_with(*presets: dict[str, Any], version: int = 2) -> dict[str, Any]:
    return {"format": "switchboard.presets", "version": version, "presets": list(presets)}


def preset(**extra: Any) -> dict[str, Any]:
    return {"name": "Pinned", "params": {"temperature": 0.3}, **extra}


def problem(data: object) -> str:
    with pytest.raises(PresetFormatError) as caught:
        presets_from_json(data)
    return caught.value.user_message


def test_routing_round_trips_through_a_file(tmp_path: Path) -> None:
    routed = Preset(
        "Pinned",
        "DeepInfra only",
        SamplingParams(temperature=0.3),
        routing=ProviderRouting(
            require_parameters=True,
            allow_fallbacks=False,
            sort="price",
            data_collection="deny",
            order=("deepinfra/turbo", "together"),
            only=("deepinfra", "together"),
            ignore=("novita",),
        ),
    )
    plain = Preset("Plain", "", SamplingParams(top_p=0.9))
    path = tmp_path / "presets.json"
    write_presets_file(path, [routed, plain])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert data["presets"][0]["provider"]["order"] == ["deepinfra/turbo", "together"]
    assert "provider" not in data["presets"][1]
    assert read_presets_file(path) == [routed, plain]


def test_a_file_without_routing_stays_version_1_and_old_files_load() -> None:
    plain = Preset("Plain", "", SamplingParams(top_p=0.9))
    assert presets_to_json([plain])["version"] == 1
    [loaded] = presets_from_json(file_with(preset(), version=1))
    assert loaded.routing is None


def test_routing_is_applied_and_summarised_in_plain_words() -> None:
    [pinned] = presets_from_json(file_with(preset(provider=DEEPINFRA_ONLY.to_dict())))
    assert pinned.routing == DEEPINFRA_ONLY
    assert pinned.summary == (
        "Temperature 0.3 · only deepinfra · no other provider if the first one fails"
    )
    own = ChatSettings(routing=ProviderRouting(sort="price"))
    assert pinned.apply_to(own).routing == DEEPINFRA_ONLY
    without = Preset("Plain", "", SamplingParams())
    assert without.apply_to(own).routing == own.routing  # a preset without routing keeps it


@pytest.mark.parametrize(
    ("provider", "message"),
    [
        ([], "The provider settings must be a JSON object."),
        ({"zdr": True}, "“zdr” is not a provider setting Switchboard knows."),
        ({"Only": ["x"]}, "“Only” is not a provider setting Switchboard knows."),
        ({"allow_fallbacks": "no"}, "“allow_fallbacks” must be true or false."),
        ({"require_parameters": 1}, "“require_parameters” must be true or false."),
        ({"sort": "cheapest"}, "“sort” must be price, throughput or latency."),
        ({"data_collection": False}, "“data_collection” must be allow or deny."),
        ({"only": "deepinfra"}, "“only” must be a list of provider names"),
        ({"order": ["deep infra"]}, "“order” must be a list of provider names"),
        ({"ignore": [""]}, "“ignore” must be a list of provider names"),
        ({"only": ["x"] * 51}, "“only” must be a list of provider names"),
        ({"order": [7]}, "“order” must be a list of provider names"),
    ],
)
def test_strict_routing_refuses_with_a_plain_message(provider: object, message: str) -> None:
    said = problem(file_with(preset(provider=provider)))
    assert said.startswith("Preset “Pinned”: ")
    assert message in said


ROUTINGS = [
    ProviderRouting(require_parameters=True, sort="price", only=("deepinfra",)),
    ProviderRouting(order=("deepinfra", "together"), allow_fallbacks=False),
    ProviderRouting(data_collection="deny", ignore=("novita",), sort="latency"),
    ProviderRouting(allow_fallbacks=True, data_collection="allow", sort="throughput"),
]


@pytest.mark.parametrize("routing", ROUTINGS)
def test_a_preset_and_a_comparison_word_the_same_routing_alike(routing: ProviderRouting) -> None:
    from app.core.compare_settings import settings_rows
    from app.core.routing_words import routing_phrases

    phrases = routing_phrases(routing)
    assert phrases and Preset("R", "", routing=routing).summary.endswith(" · ".join(phrases))
    [row] = [r for r in settings_rows([ChatSettings(routing=routing)]) if r.label == "Provider"]
    assert row.values == (", ".join(phrases),)
    words = " ".join(phrases)
    for jargon in ("slug", "require_parameters", "data_collection", "allow_fallbacks", "sort"):
        assert jargon not in words
    assert ("honour every setting" in words) == bool(routing.require_parameters)
    assert ("keep no data" in words) == (routing.data_collection == "deny")
