"""Editing a preset's values through the service: update, add (a copy) and copy names."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from app.core.params import SamplingParams
from app.core.presets import Preset, PresetError
from app.services.presets import (
    BuiltinPresetError,
    PresetNameTakenError,
    PresetNotFoundError,
    PresetService,
)
from app.store.preset_store import PresetStore

MINE = Preset("Mine", "Mine.", SamplingParams(temperature=0.5), model="openai/gpt-4o-mini")


@pytest.fixture
def store(tmp_path: Path) -> PresetStore:
    return PresetStore.in_folder(tmp_path / "config")


@pytest.fixture
def service(store: PresetStore) -> PresetService:
    service = PresetService(store)
    service.add(Preset("Alpha", "", SamplingParams(top_k=10)))
    service.add(MINE)
    service.add(Preset("Zulu", "", SamplingParams(seed=3)))
    return service


def stored(store: PresetStore) -> list[dict[str, object]]:
    return list(json.loads(store.path.read_text())["presets"])


def test_update_changes_values_in_place_and_survives_a_restart(
    service: PresetService, store: PresetStore
) -> None:
    edited = replace(
        MINE,
        description="  Warmer now. ",
        params=SamplingParams(temperature=0.9, min_p=0.05),
        model=None,
        system_prompt="Be brief.",
    )
    updated = service.update("mine", edited)
    assert updated == replace(edited, description="Warmer now.")
    assert [p["name"] for p in stored(store)] == ["Alpha", "Mine", "Zulu"]
    assert stored(store)[1] == {
        "name": "Mine",
        "description": "Warmer now.",
        "params": {"temperature": 0.9, "min_p": 0.05},
        "system_prompt": "Be brief.",
    }
    assert PresetService(store).get("Mine") == updated


def test_update_can_rename_but_not_onto_another_name(
    service: PresetService, store: PresetStore
) -> None:
    renamed = service.update("Mine", replace(MINE, name="Warm"))
    assert renamed.name == "Warm" and service.get("Mine") is None
    assert [p["name"] for p in stored(store)] == ["Alpha", "Warm", "Zulu"]
    assert service.update("Warm", replace(MINE, name="WARM")).name == "WARM"  # case only
    with pytest.raises(PresetNameTakenError) as taken:
        service.update("WARM", replace(MINE, name=" zulu "))
    assert taken.value.user_message == "You already have a preset named “zulu”."
    with pytest.raises(BuiltinPresetError) as builtin:
        service.update("WARM", replace(MINE, name="Creative"))
    assert "built-in preset" in builtin.value.user_message
    assert [p["name"] for p in stored(store)] == ["Alpha", "WARM", "Zulu"]  # nothing changed


def test_update_refuses_builtins_bad_values_and_missing_presets(
    service: PresetService, store: PresetStore
) -> None:
    before = store.path.read_text()
    with pytest.raises(BuiltinPresetError) as builtin:
        service.update("Creative", replace(MINE, name="Creative"))
    assert builtin.value.user_message.startswith("“Creative” is a built-in preset and cannot")
    with pytest.raises(PresetError) as bad:
        service.update("Mine", replace(MINE, params=SamplingParams(temperature=2.5)))
    assert bad.value.user_message == (
        "This preset cannot be saved: Temperature must be between 0 and 2."
    )
    with pytest.raises(PresetError, match="model ID"):
        service.update("Mine", replace(MINE, model="two words"))
    with pytest.raises(PresetError, match="needs a name"):
        service.update("Mine", replace(MINE, name="  "))
    with pytest.raises(PresetNotFoundError):
        service.update("Missing", MINE)
    assert store.path.read_text() == before
    assert service.get("Mine") == MINE


def test_add_makes_a_user_copy_of_a_builtin(service: PresetService) -> None:
    creative = service.get("Creative")
    assert creative is not None and creative.builtin
    name = service.copy_name("Creative")
    assert name == "Creative (copy)"
    copy = service.add(replace(creative, name=name, params=SamplingParams(temperature=1.3)))
    assert not copy.builtin and service.get("creative (copy)") == copy
    assert service.copy_name("Creative") == "Creative (copy 2)"
    assert service.get("Creative") == creative  # the built-in is as shipped
    with pytest.raises(PresetNameTakenError):
        service.add(replace(copy, name="ALPHA"))
    with pytest.raises(BuiltinPresetError):
        service.add(replace(copy, name="Precise"))
