"""Presets: the file format, the built-ins, the user's own file, and the service's rules."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from app.core.conversation import ChatSettings
from app.core.models import DEFAULT_MODEL
from app.core.params import ParameterError, ProviderRouting, SamplingParams
from app.core.presets import (
    Preset,
    PresetError,
    PresetFormatError,
    presets_from_json,
    presets_to_json,
    strict_params,
)
from app.core.thinking import Thinking
from app.services.presets import (
    BuiltinPresetError,
    PresetNameTakenError,
    PresetNotFoundError,
    PresetService,
)
from app.store.paths import bundled_path
from app.store.preset_store import (
    LoadedPresets,
    PresetStore,
    builtin_presets,
    read_presets_file,
)

ASIDE = re.compile(r"^presets\.json\.corrupt-\d{8}-\d{6}(-\d+)?$")
BUILTIN_NAMES = [
    "Balanced",
    "Precise",
    "Creative",
    "Reproducible",
    "JSON output",
    "Concise",
    "Quick",
    "Careful",
]

HOT = Preset("Hot", "Very random.", SamplingParams(temperature=1.5, top_k=80))
SETTINGS = ChatSettings(
    model="openai/gpt-4o-mini",
    system_prompt="Be brief.",
    params=SamplingParams(temperature=0.3, stop=("END",)),
    routing=ProviderRouting(sort="price"),
)


def file_with(*presets: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {"format": "switchboard.presets", "version": 1, "presets": list(presets), **top}


def problem(data: object) -> str:
    with pytest.raises(PresetFormatError) as caught:
        presets_from_json(data)
    assert str(caught.value) == caught.value.user_message
    return caught.value.user_message


# -- the preset itself ------------------------------------------------------------------------


def test_apply_replaces_every_parameter_and_keeps_what_the_preset_lacks() -> None:
    applied = HOT.apply_to(SETTINGS)
    assert applied.params == HOT.params  # stop from before is gone: the preset is the whole set
    assert applied.model == SETTINGS.model and applied.system_prompt == SETTINGS.system_prompt
    assert applied.routing == SETTINGS.routing

    full = Preset("Full", "", SamplingParams(), model=DEFAULT_MODEL, system_prompt="")
    applied = full.apply_to(SETTINGS)
    assert applied.params == SamplingParams()
    assert applied.model == DEFAULT_MODEL and applied.system_prompt == ""  # "" clears it


def test_from_settings_takes_model_and_prompt_only_when_asked() -> None:
    bare = Preset.from_settings("  Mine ", " Notes. ", SETTINGS, False, False)
    assert bare == Preset("Mine", "Notes.", SETTINGS.params)
    full = Preset.from_settings("Mine", "", SETTINGS, True, True)
    assert (full.model, full.system_prompt) == ("openai/gpt-4o-mini", "Be brief.")
    assert full.apply_to(ChatSettings()) == ChatSettings(
        model="openai/gpt-4o-mini", system_prompt="Be brief.", params=SETTINGS.params
    )


# -- the file format --------------------------------------------------------------------------


def test_round_trip_through_json_text() -> None:
    presets = [
        HOT,
        Preset("Balanced", "", SamplingParams()),
        Preset(
            "Everything",
            "All of it.",
            SamplingParams(
                temperature=0.0,
                top_p=0.9,
                top_k=40,
                frequency_penalty=-0.5,
                presence_penalty=0.5,
                repetition_penalty=1.1,
                min_p=0.05,
                top_a=0.1,
                seed=-7,
                max_tokens=300,
                stop=("a", "b"),
                response_format={"type": "json_schema", "json_schema": {"name": "n", "schema": {}}},
                reasoning=Thinking("budget", budget=3000, hide=True),
            ),
            model=DEFAULT_MODEL,
            system_prompt="Ünïcode “quotes” ✓",
        ),
    ]
    data = json.loads(json.dumps(presets_to_json(presets)))
    assert data["format"] == "switchboard.presets" and data["version"] == 1
    assert "model" not in data["presets"][0] and "builtin" not in data["presets"][0]
    assert presets_from_json(data) == presets
    assert all(p.builtin for p in presets_from_json(data, builtin=True))


@pytest.mark.parametrize(
    ("written", "thinking"),
    [
        ({"enabled": False}, Thinking("off")),
        ({"effort": "none"}, Thinking("off")),  # the API's other spelling of off
        ({"effort": "minimal"}, Thinking("effort", effort="minimal")),
        ({"effort": "high", "exclude": True}, Thinking("effort", effort="high", hide=True)),
        ({"max_tokens": 2000}, Thinking("budget", budget=2000)),
        ({"exclude": True}, Thinking("default", hide=True)),
        ({"enabled": True}, Thinking("effort", effort="medium")),  # the guide: medium
        ({}, None),  # the model's default, shown: nothing to send
    ],
)
def test_thinking_is_read_in_its_wire_form(
    written: dict[str, Any], thinking: Thinking | None
) -> None:
    (preset,) = presets_from_json(file_with({"name": "T", "params": {"reasoning": written}}))
    assert preset.params.reasoning == thinking
    again = presets_from_json(json.loads(json.dumps(presets_to_json([preset]))))
    assert again == [preset]  # shared and read back: the same preset


def test_thinking_is_written_as_the_request_sends_it() -> None:
    preset = Preset("Careful", "", SamplingParams(reasoning=Thinking("effort", effort="high")))
    assert preset.to_dict()["params"] == {"reasoning": {"effort": "high"}}
    hidden = Preset("Quiet", "", SamplingParams(reasoning=Thinking("default", hide=True)))
    assert hidden.to_dict()["params"] == {"reasoning": {"exclude": True}}
    assert Preset("Off", "", SamplingParams(reasoning=Thinking("off"))).to_dict()["params"] == {
        "reasoning": {"enabled": False}
    }


def test_whole_numbers_are_accepted_for_decimal_parameters() -> None:
    (preset,) = presets_from_json(file_with({"name": "T", "params": {"temperature": 1}}))
    assert preset.params.temperature == 1.0 and isinstance(preset.params.temperature, float)


def test_null_means_not_set_and_missing_parts_are_empty() -> None:
    (preset,) = presets_from_json(
        file_with({"name": "T", "params": {"seed": None}, "model": None, "system_prompt": None})
    )
    assert preset == Preset("T", "", SamplingParams())
    (preset,) = presets_from_json(file_with({"name": "Bare"}))
    assert preset == Preset("Bare", "", SamplingParams())


@pytest.mark.parametrize(
    "data",
    [None, [], "presets", 42, {}, {"format": "other", "version": 1, "presets": []}],
)
def test_not_our_format(data: object) -> None:
    assert problem(data) == "This file is not a Switchboard presets file."


def test_a_newer_version_says_so() -> None:
    assert problem(file_with(version=3)) == (
        "This presets file is from a newer version of Switchboard (version 3); "
        "update Switchboard to import it."
    )


@pytest.mark.parametrize("version", [None, 0, "1", True, 1.0])
def test_a_missing_or_odd_version_is_damage(version: object) -> None:
    assert "damaged" in problem(file_with(version=version))


def test_presets_must_be_a_list() -> None:
    assert "no list of presets" in problem(file_with(presets={"name": "x"}))


@pytest.mark.parametrize(
    ("preset", "message"),
    [
        ({"name": "Hot", "params": {"temperature": 2.5}}, "Temperature must be between 0 and 2."),
        ({"name": "Hot", "params": {"top_p": -0.1}}, "Top P must be between 0 and 1."),
        (
            {"name": "Hot", "params": {"repetition_penalty": 0}},
            "Repetition penalty must be above 0 and at most 2.",
        ),
        ({"name": "Hot", "params": {"max_tokens": 0}}, "Maximum length must be at least 1."),
        ({"name": "Hot", "params": {"temperature": "hot"}}, "Temperature must be a number."),
        ({"name": "Hot", "params": {"temperature": True}}, "Temperature must be a number."),
        ({"name": "Hot", "params": {"seed": 4.5}}, "Seed must be a whole number."),
        ({"name": "Hot", "params": {"top_k": 40.0}}, "Top K must be a whole number."),
        ({"name": "Hot", "params": {"stop": "END"}}, "Stop sequences must be a list of texts."),
        ({"name": "Hot", "params": {"stop": ["a", 1]}}, "Stop sequences must be a list of texts."),
        (
            {"name": "Hot", "params": {"stop": ["a", "b", "c", "d", "e"]}},
            "OpenRouter accepts at most 4 stop sequences.",
        ),
        (
            {"name": "Hot", "params": {"response_format": "json"}},
            "The response format must be a JSON object.",
        ),
        (
            {"name": "Hot", "params": {"response_format": {"type": "yaml"}}},
            "The response format must be text, json_object or json_schema.",
        ),
        (
            {"name": "Hot", "params": {"temprature": 1}},
            "“temprature” is not a parameter Switchboard knows.",
        ),
        ({"name": "Hot", "params": [1, 2]}, "The parameters must be a JSON object."),
        (
            {"name": "Hot", "params": {"reasoning": "high"}},
            'Thinking must be a JSON object such as {"effort": "high"}.',
        ),
        (
            {"name": "Hot", "params": {"reasoning": {"effort": "extreme"}}},
            "The thinking effort must be one of max, xhigh, high, medium, low, minimal.",
        ),
        (
            {"name": "Hot", "params": {"reasoning": {"max_tokens": 0}}},
            "The thinking budget must be between 1 and 1,000,000 tokens.",
        ),
        (
            {"name": "Hot", "params": {"reasoning": {"max_tokens": "2000"}}},
            "The thinking budget must be a whole number of tokens.",
        ),
        (
            {"name": "Hot", "params": {"reasoning": {"max_tokens": True}}},
            "The thinking budget must be a whole number of tokens.",
        ),
        (
            {"name": "Hot", "params": {"reasoning": {"effort": "high", "budget": 9}}},
            "“budget” is not a thinking setting Switchboard knows.",
        ),
        ({"name": "Hot", "description": 5}, "the description must be text."),
        ({"name": "Hot", "model": ""}, "the model must be a model ID"),
        ({"name": "Hot", "model": "two words"}, "the model must be a model ID"),
        ({"name": "Hot", "model": 7}, "the model must be a model ID"),
        ({"name": "Hot", "system_prompt": ["x"]}, "the system prompt must be text."),
        ({"name": "Hot", "builtin": True}, "“builtin” is not something a preset can hold."),
    ],
)
def test_bad_values_name_the_preset_and_the_problem(preset: dict[str, Any], message: str) -> None:
    text = problem(file_with({"name": "Fine"}, preset))
    assert text.startswith("Preset “Hot”: ")
    assert message in text


@pytest.mark.parametrize(
    ("preset", "message"),
    [
        ({}, "Preset number 2 in this file has no name."),
        ({"name": "   "}, "Preset number 2 in this file has no name."),
        ({"name": 7}, "Preset number 2 in this file has no name."),
        ("Hot", "Preset number 2 in this file is not a preset."),
        ({"name": "x" * 81}, "Preset number 2: A preset name can be at most 80 characters long."),
        ({"name": "two\nlines"}, "Preset number 2: A preset name must be a single line of text."),
    ],
)
def test_names_are_required(preset: object, message: str) -> None:
    assert problem(file_with({"name": "Fine"}, preset)) == message


def test_duplicate_names_in_one_file_are_refused() -> None:
    data = file_with({"name": "Hot"}, {"name": " hot "})
    assert problem(data) == "This file has two presets named “hot”."


def test_strict_params_is_stricter_than_stored_settings() -> None:
    from app.core.params import params_from_dict

    assert params_from_dict({"seed": "7"}) == SamplingParams()  # tolerant: dropped
    with pytest.raises(ParameterError, match="Seed must be a number"):
        strict_params({"seed": "7"})


# -- built-ins --------------------------------------------------------------------------------


def test_builtins_are_the_documented_set_and_all_validate() -> None:
    presets = builtin_presets()
    assert [p.name for p in presets] == BUILTIN_NAMES
    for preset in presets:
        assert preset.builtin
        preset.params.validate()
        description = preset.description
        assert description.endswith(".") and description.count(". ") == 0, preset.name
        assert 40 < len(description) < 240, preset.name
    by_name = {p.name: p for p in presets}
    assert by_name["Balanced"].params.is_empty() and by_name["Balanced"].system_prompt is None
    assert by_name["Precise"].params == SamplingParams(temperature=0.2, top_p=0.9)
    assert by_name["Creative"].params == SamplingParams(temperature=1.1, min_p=0.05)
    assert by_name["Reproducible"].params == SamplingParams(temperature=0.0, seed=42)
    assert "not every model" in by_name["Reproducible"].description
    json_preset = by_name["JSON output"]
    assert json_preset.params == SamplingParams(response_format={"type": "json_object"})
    assert json_preset.system_prompt is not None and "JSON" in json_preset.system_prompt
    assert by_name["Concise"].params == SamplingParams(max_tokens=300)
    assert "cut off" in by_name["Concise"].description
    quick, careful = by_name["Quick"], by_name["Careful"]  # only the thinking effort differs
    assert quick.params == SamplingParams(reasoning=Thinking("effort", effort="low"))
    assert careful.params == SamplingParams(reasoning=Thinking("effort", effort="high"))
    assert (quick.model, quick.system_prompt) == (careful.model, careful.system_prompt)
    assert "low effort" in quick.description and "high effort" in careful.description
    assert all(p.model is None for p in presets)  # they work with whichever model is chosen


def test_builtins_file_is_found_through_bundled_path() -> None:
    path = bundled_path("resources", "presets.json")
    assert builtin_presets(path) == builtin_presets()
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "switchboard.presets"


# -- the user's presets file ------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> PresetStore:
    return PresetStore.in_folder(tmp_path / "config")


def test_store_round_trip(store: PresetStore) -> None:
    assert store.load() == LoadedPresets([])
    store.save([HOT])
    assert store.load() == LoadedPresets([HOT])
    assert [p.name for p in store.path.parent.iterdir()] == ["presets.json"]  # no temp files
    with pytest.raises(ValueError, match="built-in"):
        store.save(builtin_presets())


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"{not json", "This file is not a Switchboard presets file."),
        (b"\xff\xfe", "This file is not a Switchboard presets file."),
        (
            json.dumps(file_with({"name": "Hot", "params": {"temperature": 9}})).encode(),
            "Preset “Hot”: Temperature must be between 0 and 2.",
        ),
        (json.dumps(file_with(version=3)).encode(), "newer version of Switchboard (version 3)"),
    ],
)
def test_an_unusable_user_file_is_kept_aside_with_a_notice(
    store: PresetStore, content: bytes, why: str
) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    loaded = store.load()
    assert loaded.presets == []
    assert loaded.kept_aside is not None and ASIDE.match(loaded.kept_aside.name)
    assert loaded.kept_aside.read_bytes() == content
    assert loaded.notice is not None
    assert loaded.notice.startswith("Your saved presets could not be used")
    assert why in loaded.notice and str(loaded.kept_aside) in loaded.notice
    assert not store.path.exists()


# -- the service ------------------------------------------------------------------------------


@pytest.fixture
def service(store: PresetStore) -> PresetService:
    return PresetService(store)


def names(service: PresetService) -> list[str]:
    return [p.name for p in service.presets()]


def test_builtins_first_then_user_presets_by_name(service: PresetService) -> None:
    assert names(service) == BUILTIN_NAMES and service.notice is None
    service.save_current("zebra", "", SETTINGS, False, False)
    service.save_current("Apple", "", SETTINGS, False, False)
    assert names(service) == [*BUILTIN_NAMES, "Apple", "zebra"]


def test_save_current_is_stored_and_survives_a_restart(
    service: PresetService, store: PresetStore
) -> None:
    saved = service.save_current(" Mine ", "For drafts.", SETTINGS, True, False)
    assert saved == Preset("Mine", "For drafts.", SETTINGS.params, model="openai/gpt-4o-mini")
    assert PresetService(store).get("mine") == saved


@pytest.mark.parametrize("name", ["", "   "])
def test_save_needs_a_name(service: PresetService, name: str) -> None:
    with pytest.raises(PresetError) as caught:
        service.save_current(name, "", SETTINGS, False, False)
    assert caught.value.user_message == "A preset needs a name."


@pytest.mark.parametrize("name", ["Creative", "creative ", "JSON OUTPUT"])
def test_builtin_names_cannot_be_taken(service: PresetService, name: str) -> None:
    with pytest.raises(BuiltinPresetError) as caught:
        service.save_current(name, "", SETTINGS, False, False, overwrite=True)
    assert "built-in preset" in caught.value.user_message
    assert names(service) == BUILTIN_NAMES


def test_overwriting_a_user_preset_needs_consent(
    service: PresetService, store: PresetStore
) -> None:
    service.save_current("Mine", "first", SETTINGS, False, False)
    with pytest.raises(PresetNameTakenError) as caught:
        service.save_current("mine", "second", ChatSettings(), False, False)
    assert caught.value.user_message == "You already have a preset named “mine”."
    assert store.load().presets[0].description == "first"
    service.save_current("mine", "second", ChatSettings(), False, False, overwrite=True)
    assert [(p.name, p.description) for p in store.load().presets] == [("mine", "second")]


def test_out_of_range_settings_are_not_saved(service: PresetService) -> None:
    bad = ChatSettings(params=SamplingParams(temperature=3.0))
    with pytest.raises(PresetError) as caught:
        service.save_current("Bad", "", bad, False, False)
    assert "Temperature must be between 0 and 2." in caught.value.user_message
    assert names(service) == BUILTIN_NAMES


def test_rename(service: PresetService, store: PresetStore) -> None:
    service.save_current("Old", "", SETTINGS, False, False)
    service.save_current("Other", "", SETTINGS, False, False)
    renamed = service.rename("old", "New")
    assert renamed.name == "New" and names(service)[-2:] == ["New", "Other"]
    assert [p.name for p in store.load().presets] == ["New", "Other"]
    assert service.rename("New", "NEW").name == "NEW"  # changing only the case is fine
    with pytest.raises(PresetNameTakenError):
        service.rename("NEW", "other")
    with pytest.raises(BuiltinPresetError):
        service.rename("NEW", "Precise")
    with pytest.raises(PresetError, match="needs a name"):
        service.rename("NEW", "  ")
    with pytest.raises(PresetNotFoundError):
        service.rename("Missing", "Whatever")


def test_builtins_cannot_be_renamed_or_deleted(service: PresetService) -> None:
    with pytest.raises(BuiltinPresetError) as caught:
        service.delete("Creative")
    assert caught.value.user_message == (
        "“Creative” is a built-in preset and cannot be deleted. "
        "Duplicate it to make a copy you can change."
    )
    with pytest.raises(BuiltinPresetError, match="cannot be renamed"):
        service.rename("Creative", "Wild")
    assert names(service) == BUILTIN_NAMES


def test_duplicate_and_delete(service: PresetService, store: PresetStore) -> None:
    first = service.duplicate("Creative")
    second = service.duplicate("creative")
    assert (first.name, second.name) == ("Creative (copy)", "Creative (copy 2)")
    assert not first.builtin and first.params == SamplingParams(temperature=1.1, min_p=0.05)
    service.delete("Creative (copy)")
    assert [p.name for p in store.load().presets] == ["Creative (copy 2)"]
    with pytest.raises(PresetNotFoundError):
        service.delete("Creative (copy)")
    with pytest.raises(PresetNotFoundError):
        service.duplicate("Nope")


def test_duplicating_a_long_name_stays_within_the_limit(
    service: PresetService, store: PresetStore
) -> None:
    service.save_current("x" * 80, "", SETTINGS, False, False)
    copy = service.duplicate("x" * 80)
    assert len(copy.name) == 80 and copy.name.endswith(" (copy)")
    assert len(store.load().presets) == 2  # the file still reads back


def test_a_user_preset_that_a_new_builtin_shadows_is_kept_renamed(store: PresetStore) -> None:
    store.save([Preset("Precise", "mine", SamplingParams(top_k=5))])
    service = PresetService(store)
    mine = service.get("Precise (mine)")
    assert mine is not None and mine.params == SamplingParams(top_k=5)
    assert service.notice is not None and "“Precise (mine)”" in service.notice
    assert service.get("Precise") == builtin_presets()[1]


def test_a_set_aside_file_is_reported_by_the_service(store: PresetStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_text("{")
    service = PresetService(store)
    assert service.notice is not None and "kept at" in service.notice
    assert names(service) == BUILTIN_NAMES


def test_a_save_that_fails_changes_nothing(service: PresetService, store: PresetStore) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.mkdir()  # a folder where the file should be: the atomic replace fails
    with pytest.raises(PresetError) as caught:
        service.save_current("Mine", "", SETTINGS, False, False)
    assert "could not be saved" in caught.value.user_message
    assert names(service) == BUILTIN_NAMES


# -- export and import ------------------------------------------------------------------------


def test_export_then_import_elsewhere(service: PresetService, tmp_path: Path) -> None:
    service.save_current("Mine", "For drafts.", SETTINGS, True, True)
    target = tmp_path / "out" / "shared.json"
    assert service.export(target, ["Mine", "Precise", "mine"]) == 2
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["presets"]] == ["Mine", "Precise"]

    other = PresetService(PresetStore(tmp_path / "other" / "presets.json"))
    plan = other.import_file(target)
    assert [p.name for p in plan.new] == ["Mine"]
    assert plan.conflicts == ()
    assert [p.name for p in plan.builtin_clashes] == ["Precise"]
    assert [p.name for p in other.apply_import(plan)] == ["Mine"]
    assert other.get("Mine") == service.get("Mine")


def test_export_refuses_unknown_names_and_unwritable_places(
    service: PresetService, tmp_path: Path
) -> None:
    with pytest.raises(PresetNotFoundError):
        service.export(tmp_path / "x.json", ["Nope"])
    (tmp_path / "file").write_text("")
    with pytest.raises(PresetError, match="Could not write"):
        service.export(tmp_path / "file" / "x.json", ["Precise"])


def test_import_asks_before_overwriting(service: PresetService, tmp_path: Path) -> None:
    service.save_current("Mine", "old", SETTINGS, False, False)
    service.save_current("Keep", "old", SETTINGS, False, False)
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            file_with(
                {"name": "mine", "description": "new"},
                {"name": "keep", "description": "new"},
                {"name": "Fresh", "params": {"seed": 1}},
            )
        )
    )
    plan = service.import_file(source)
    assert [p.name for p in plan.new] == ["Fresh"]
    assert [p.name for p in plan.conflicts] == ["mine", "keep"]
    assert service.get("Fresh") is None  # planning changes nothing

    done = service.apply_import(plan, overwrite={"MINE"})
    assert [p.name for p in done] == ["Fresh", "mine"]
    descriptions = {p.name: p.description for p in service.presets() if not p.builtin}
    assert descriptions == {"Fresh": "", "Keep": "old", "mine": "new"}


def test_import_does_not_overwrite_a_preset_made_after_the_plan(
    service: PresetService, tmp_path: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(file_with({"name": "Late", "description": "imported"})))
    plan = service.import_file(source)
    service.save_current("Late", "typed meanwhile", SETTINGS, False, False)
    assert service.apply_import(plan) == []
    late = service.get("late")
    assert late is not None and late.description == "typed meanwhile"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "This file is not a Switchboard presets file."),
        (json.dumps({"format": "switchboard.presets", "version": 7, "presets": []}), "version 7"),
        (
            json.dumps(file_with({"name": "Hot", "params": {"temperature": 2.5}})),
            "Preset “Hot”: Temperature must be between 0 and 2.",
        ),
    ],
)
def test_a_bad_import_file_is_refused_whole(
    service: PresetService, tmp_path: Path, content: str, message: str
) -> None:
    source = tmp_path / "in.json"
    source.write_text(content)
    with pytest.raises(PresetFormatError) as caught:
        service.import_file(source)
    assert message in caught.value.user_message
    assert names(service) == BUILTIN_NAMES


def test_importing_a_missing_or_huge_file(service: PresetService, tmp_path: Path) -> None:
    with pytest.raises(PresetError) as caught:
        service.import_file(tmp_path / "gone.json")
    assert caught.value.user_message == "The file “gone.json” does not exist any more."
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (3 * 1024 * 1024))
    with pytest.raises(PresetFormatError, match="too large"):
        service.import_file(huge)
    with pytest.raises(PresetError, match="Could not open"):
        service.import_file(tmp_path)  # a folder


# -- files that would stop the start ------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    ["1" * 400, "9" * 5000, "1" + "0" * 400 + ".5", "1e400", "NaN", "-Infinity"],
)
def test_a_presets_file_with_an_absurd_number_is_kept_aside_and_start_continues(
    store: PresetStore, number: str
) -> None:
    store.path.parent.mkdir(parents=True)
    content = (
        '{"format": "switchboard.presets", "version": 1, "presets": '
        f'[{{"name": "Odd", "params": {{"temperature": {number}}}}}]}}'
    ).encode()
    store.path.write_bytes(content)
    service = PresetService(store)  # what every start does
    assert names(service) == BUILTIN_NAMES
    assert service.notice is not None and "kept at" in service.notice
    assert not store.path.exists()


@pytest.mark.parametrize("name", ["temperature", "top_k", "seed"])
def test_a_400_digit_parameter_is_refused_in_plain_words(name: str) -> None:
    with pytest.raises(PresetFormatError) as caught:
        presets_from_json(file_with({"name": "Odd", "params": {name: int("1" * 400)}}))
    assert caught.value.user_message.startswith("Preset “Odd”: ")


def test_a_file_with_a_400_digit_number_anywhere_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(file_with({"name": "Odd", "params": {"max_tokens": 1}})))
    path.write_text(path.read_text().replace('"max_tokens": 1', '"max_tokens": ' + "1" * 400))
    with pytest.raises(PresetFormatError, match="too many digits"):
        read_presets_file(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.timeout(10)
def test_a_fifo_in_place_of_the_presets_file_is_kept_aside_without_waiting(
    store: PresetStore,
) -> None:
    store.path.parent.mkdir(parents=True)
    os.mkfifo(store.path)
    loaded = store.load()
    assert loaded.presets == [] and loaded.kept_aside is not None
    assert loaded.notice is not None and "not an ordinary file" in loaded.notice
