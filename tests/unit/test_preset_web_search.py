"""A preset may turn searching the web on or off (issue #18): strict in files, applied to a
conversation's settings, kept by "Save as preset" when it is on, and said in its summary."""

from __future__ import annotations

import pytest

from app.core.attachments import WebSearch
from app.core.conversation import ChatSettings
from app.core.presets import (
    Preset,
    PresetFormatError,
    presets_from_json,
    presets_to_json,
)

SEARCHER = Preset("Researcher", "Looks things up.", web_search=WebSearch(True, 8))


def test_a_preset_with_web_search_round_trips_as_version_2() -> None:
    data = presets_to_json([SEARCHER, Preset("Plain", "")])
    assert data["version"] == 2
    assert data["presets"][0]["web_search"] == {"enabled": True, "max_results": 8}
    assert presets_from_json(data) == [SEARCHER, Preset("Plain", "")]
    assert presets_to_json([Preset("Plain", "")])["version"] == 1
    assert "searches the web (up to 8 results)" in SEARCHER.summary


def test_applying_it_turns_search_on_and_a_preset_without_it_leaves_it() -> None:
    on = SEARCHER.apply_to(ChatSettings())
    assert on.web_search == WebSearch(True, 8)
    assert Preset("Plain", "").apply_to(on).web_search == WebSearch(True, 8)
    off = Preset("Quiet", "", web_search=WebSearch(False)).apply_to(on)
    assert not off.web_search.enabled


def test_save_as_preset_keeps_search_only_when_it_is_on() -> None:
    searching = ChatSettings(web_search=WebSearch(True, 3))
    kept = Preset.from_settings(
        "R", "", searching, include_model=False, include_system_prompt=False
    )
    assert kept.web_search == WebSearch(True, 3)
    plain = Preset.from_settings("P", "", ChatSettings(), False, False)
    assert plain.web_search is None


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ([], "JSON object"),
        ({"enabled": "yes"}, "true or false"),
        ({"enabled": True, "max_results": 0}, "from 1 to 25"),
        ({"enabled": True, "max_results": 26}, "from 1 to 25"),
        ({"enabled": True, "max_results": 2.5}, "from 1 to 25"),
        ({"enabled": True, "engine": "exa"}, "“engine” is not a web search setting"),
    ],
)
def test_a_wrong_web_search_in_a_file_is_refused_in_plain_words(value: object, words: str) -> None:
    item = {"name": "R", "description": "", "params": {}, "web_search": value}
    with pytest.raises(PresetFormatError) as refused:
        presets_from_json({"format": "switchboard.presets", "version": 2, "presets": [item]})
    assert words in refused.value.user_message
