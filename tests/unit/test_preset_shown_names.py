"""Built-in presets are shown in the user's language; their English name stays the identity,
and a person's own preset keeps the words they wrote."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.i18n import set_translator
from app.core.presets import Preset, presets_to_json, shown_preset_label
from app.store.preset_store import builtin_presets

GERMAN = {("presets", "Precise"): "Präzise"}


@pytest.fixture
def german() -> Iterator[None]:
    def lookup(context: str, text: str, _d: str | None = None, _n: int = -1) -> str:
        return GERMAN.get((context, text), f"⟦{text}⟧" if context == "presets" else text)

    set_translator(lookup)
    yield
    set_translator(None)


def test_a_builtin_is_shown_translated_and_stays_english(german: None) -> None:
    precise = next(p for p in builtin_presets() if p.name == "Precise")
    assert precise.shown_name == "Präzise"
    assert precise.shown_description == f"⟦{precise.description}⟧"
    assert precise.name == "Precise" and precise.key == "precise"  # stored and compared
    assert presets_to_json([precise])["presets"][0]["name"] == "Precise"  # exported
    assert shown_preset_label("Precise", [precise]) == "Präzise"


def test_every_builtin_is_marked_for_translation(german: None) -> None:
    for preset in builtin_presets():
        assert preset.shown_name != preset.name, preset.name
        assert preset.shown_description != preset.description, preset.name


def test_an_own_preset_with_a_builtin_name_is_never_translated(german: None) -> None:
    mine = Preset(name="Precise", description="Mine, as I wrote it.")
    assert not mine.builtin
    assert mine.shown_name == "Precise"
    assert mine.shown_description == "Mine, as I wrote it."
    assert shown_preset_label("Precise", [mine]) == "Precise"
    assert shown_preset_label("Some model", []) == "Some model"
