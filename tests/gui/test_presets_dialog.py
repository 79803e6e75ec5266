"""The preset manager shows a preset's values and edits them, with the dock's own checks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core.params import SPECS_BY_NAME, ProviderRouting, SamplingParams
from app.core.presets import Preset
from app.core.thinking import Thinking
from app.services.presets import PresetService
from app.store.preset_store import PresetStore
from app.ui.dialogs.presets import ManagePresetsDialog, routing_text
from app.ui.docks.param_rows import NumberRow, StopRow, ThinkingRow
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.notices import RecordingNotices
from tests.helpers.windows import App

# The offscreen platform says this whenever a shown dialog's size hints change (word-wrapped
# labels growing to fit their text); it means nothing here.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

WRITER = Preset(
    "Writer",
    "Warm and varied, for drafts.",
    SamplingParams(
        temperature=1.2,
        max_tokens=800,
        stop=("THE END",),
        reasoning=Thinking("effort", effort="low"),
    ),
    model="openai/gpt-4o-mini",
    system_prompt="You are a careful writing partner.",
)


@pytest.fixture
def store(tmp_path: Path) -> PresetStore:
    return PresetStore(tmp_path / "presets.json")


@pytest.fixture
def service(store: PresetStore) -> PresetService:
    service = PresetService(store)
    service.add(WRITER)
    service.add(Preset("Zulu", "", SamplingParams(seed=3)))
    return service


@pytest.fixture
def notices() -> RecordingNotices:
    return RecordingNotices()


@pytest.fixture
def manager(qtbot: Any, service: PresetService, notices: RecordingNotices) -> ManagePresetsDialog:
    dialog = ManagePresetsDialog(service, notices=notices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def select(manager: ManagePresetsDialog, name: str) -> None:
    for row in range(manager.list.count()):
        if manager.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
            manager.list.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def number(manager: ManagePresetsDialog, name: str) -> NumberRow:
    row = manager.editor.rows[name]
    assert isinstance(row, NumberRow)
    return row


def type_number(qtbot: Any, manager: ManagePresetsDialog, name: str, text: str) -> None:
    box = number(manager, name).field
    box.clear()
    qtbot.keyClicks(box, text)


def shown_rows(manager: ManagePresetsDialog) -> list[str]:
    return [n for n, row in manager.editor.rows.items() if row.isVisibleTo(manager.editor)]


def stored(store: PresetStore) -> dict[str, Any]:
    return {p["name"]: p for p in json.loads(store.path.read_text())["presets"]}


def test_a_preset_shows_every_value_it_sets_with_the_docks_labels_and_help(
    manager: ManagePresetsDialog,
) -> None:
    select(manager, "Writer")
    editor = manager.editor
    assert editor.name.text() == "Writer" and not editor.name.isReadOnly()
    assert editor.description.toPlainText() == "Warm and varied, for drafts."
    assert editor.model_switch.isChecked() and editor.model.text() == "openai/gpt-4o-mini"
    assert editor.prompt_switch.isChecked()
    assert editor.prompt.toPlainText() == "You are a careful writing partner."
    assert shown_rows(manager) == ["reasoning", "temperature", "max_tokens", "stop"]
    assert number(manager, "temperature").field.text() == "1.2"
    assert number(manager, "max_tokens").field.text() == "800"
    stop = editor.rows["stop"]
    assert isinstance(stop, StopRow) and stop.text.toPlainText() == "THE END"
    thinking = editor.rows["reasoning"]
    assert isinstance(thinking, ThinkingRow) and thinking.amount.currentText() == "Low"
    temperature = editor.rows["temperature"]
    assert temperature.switch.text() == "Temperature"
    assert temperature.help.text().startswith(SPECS_BY_NAME["temperature"].help)
    assert "Temperature 1.2" in manager.summary.text() and "Thinking low" in manager.summary.text()
    assert not editor.no_params.isVisibleTo(editor) and not editor.routing.isVisibleTo(editor)

    select(manager, "Balanced")  # a built-in that sets nothing
    assert shown_rows(manager) == [] and editor.no_params.isVisibleTo(editor)
    assert not editor.model_switch.isChecked() and not editor.prompt_switch.isChecked()
    assert editor.name.isReadOnly() and not manager.save_button.isVisibleTo(manager)
    assert manager.builtin_note.isVisibleTo(manager)
    select(manager, "Precise")
    assert shown_rows(manager) == ["temperature", "top_p"]
    assert number(manager, "top_p").field.text() == "0.9"
    assert not manager.editor.dirty and not manager.undo_button.isEnabled()


@dataclass(frozen=True, slots=True)
class _RoutedPreset(Preset):
    """A preset with provider routing, as ``Preset.routing`` (#17) brings."""

    routing: ProviderRouting = field(default_factory=ProviderRouting)


def test_provider_routing_is_shown_in_plain_words_and_kept_when_saved(
    manager: ManagePresetsDialog,
) -> None:
    routing = ProviderRouting(require_parameters=True, sort="price", only=("DeepInfra",))
    manager.editor.show_preset(_RoutedPreset("Routed", "", SamplingParams(), routing=routing))
    text = manager.editor.routing.text()
    assert manager.editor.routing.isVisibleTo(manager.editor)
    # The preset's summary and a comparison's Provider row word it alike (routing_phrases).
    assert text.splitlines()[1:] == [
        "• only DeepInfra",
        "• cheapest provider first",
        "• only providers that honour every setting",
    ]
    number_row = number(manager, "temperature")
    manager.editor.add_parameter("temperature")
    number_row.field.setText("0.4")
    number_row.field.textEdited.emit("0.4")
    edited = manager.editor.edited_preset()
    assert isinstance(edited, _RoutedPreset) and edited.routing == routing
    assert edited.params == SamplingParams(temperature=0.4)
    assert routing_text(ProviderRouting()) == ""
    manager.undo()


def test_edit_temperature_and_save_then_the_docks_preset_applies_it(app: App) -> None:
    """Through the dock's Manage… button, keyboard only: type, Enter saves, Escape closes."""
    app.presets.add(Preset("Mine", "Mine.", SamplingParams(temperature=0.5, min_p=0.05)))
    dock = app.window.parameters
    dock.set_presets(app.presets.presets())
    seen: list[str] = []

    def work_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ManagePresetsDialog)
        select(dialog, "Mine")
        type_number(app.qtbot, dialog, "temperature", "0.8")
        dialog.editor.rows["min_p"].switch.setChecked(False)  # unset it
        app.qtbot.keyClick(number(dialog, "temperature").field, Qt.Key.Key_Return)
        seen.append(dialog.message.text())
        app.qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    QTimer.singleShot(0, work_the_dialog)
    dock.preset_action_requested.emit("manage")  # runs the dialog until Escape
    assert seen == ["Saved the preset “Mine”."]
    on_disk = PresetService(PresetStore(app.presets._store.path)).get("Mine")
    assert on_disk is not None and on_disk.params == SamplingParams(temperature=0.8)

    dock.preset_combo.setCurrentIndex(dock.preset_combo.findData("Mine"))
    assert dock.rows["temperature"].field.text() == "0.8"
    app.fake.push(Scenario(text="ok"))
    app.send("Hi")
    app.wait_idle()
    body = app.fake.chat_requests[-1].json
    assert body["temperature"] == 0.8 and "min_p" not in body


def test_a_value_out_of_range_is_refused_beside_it_and_nothing_is_saved(
    qtbot: Any, manager: ManagePresetsDialog, store: PresetStore
) -> None:
    before = store.path.read_text()
    select(manager, "Writer")
    type_number(qtbot, manager, "temperature", "7")
    row = number(manager, "temperature")
    assert row.error.isVisibleTo(manager) and row.error.text() == (
        "Temperature must be between 0 and 2."
    )
    assert manager.save_button.isEnabled()
    manager.save_button.click()
    assert manager.message.text() == "Nothing was saved. Fix the value marked in red first."
    assert store.path.read_text() == before
    assert manager.focusWidget() is row.field  # the cursor goes to what needs fixing
    manager.editor.model.setText("two words")
    manager.editor.model.textEdited.emit("two words")
    type_number(qtbot, manager, "temperature", "0.7")
    manager.save_button.click()
    assert manager.editor.model_error.isVisibleTo(manager)
    assert "model ID" in manager.editor.model_error.text()
    assert store.path.read_text() == before
    manager.undo()
    assert number(manager, "temperature").field.text() == "1.2" and not manager.editor.dirty


def test_a_builtin_is_saved_as_a_copy_with_its_edits(
    qtbot: Any, manager: ManagePresetsDialog, service: PresetService, notices: RecordingNotices
) -> None:
    select(manager, "Creative")
    assert not manager.save_button.isVisibleTo(manager) and manager.copy_button.isDefault()
    type_number(qtbot, manager, "temperature", "1.3")
    manager.editor.add_parameter("seed")
    assert shown_rows(manager) == ["temperature", "min_p", "seed"]
    assert manager.focusWidget() is number(manager, "seed").field
    type_number(qtbot, manager, "seed", "7")
    notices.answer("My creative")
    manager.copy_button.click()
    assert notices.of_kind("ask_text")[0].default == "Creative (copy)"
    copy = service.get("My creative")
    assert copy is not None and not copy.builtin
    assert copy.params == SamplingParams(temperature=1.3, min_p=0.05, seed=7)
    builtin = service.get("Creative")
    assert builtin is not None and builtin.params == SamplingParams(temperature=1.1, min_p=0.05)
    assert copy.description == builtin.description  # the built-in itself is as shipped
    assert manager.current_name() == "My creative" and not manager.editor.dirty
    assert manager.message.text() == "Saved your changes as the preset “My creative”."

    select(manager, "Precise")
    type_number(qtbot, manager, "temperature", "0.3")
    notices.answer("writer")  # the name of another preset: refused, edits kept
    manager.copy_button.click()
    assert "You already have a preset named “writer”." in manager.message.text()
    assert manager.editor.dirty and service.get("Writer") == WRITER
    manager.undo()


def test_renaming_onto_another_presets_name_is_refused(
    qtbot: Any, manager: ManagePresetsDialog, service: PresetService, store: PresetStore
) -> None:
    before = store.path.read_text()
    select(manager, "Writer")
    manager.editor.name.clear()
    qtbot.keyClicks(manager.editor.name, "zulu")
    qtbot.keyClick(manager.editor.name, Qt.Key.Key_Return)
    assert manager.editor.name_error.text() == "You already have a preset named “zulu”."
    assert manager.editor.name_error.isVisibleTo(manager)
    assert manager.message.text() == "Nothing was saved. Choose another name first."
    assert store.path.read_text() == before and manager.focusWidget() is manager.editor.name
    manager.editor.name.clear()
    qtbot.keyClicks(manager.editor.name, "Creative")
    manager.save_button.click()
    assert "built-in preset" in manager.editor.name_error.text()
    manager.editor.name.clear()
    qtbot.keyClicks(manager.editor.name, "Storyteller")
    manager.save_button.click()
    assert list(stored(store)) == ["Storyteller", "Zulu"]
    assert service.get("Storyteller") == Preset(
        "Storyteller", WRITER.description, WRITER.params, WRITER.model, WRITER.system_prompt
    )
    assert manager.current_name() == "Storyteller" and not manager.editor.name_error.isVisible()


def test_unsaved_edits_are_only_dropped_when_the_person_agrees(
    qtbot: Any, manager: ManagePresetsDialog, notices: RecordingNotices
) -> None:
    select(manager, "Writer")
    type_number(qtbot, manager, "temperature", "0.4")
    notices.answer(False)
    select(manager, "Zulu")
    assert manager.current_name() == "Writer" and manager.editor.dirty
    assert number(manager, "temperature").field.text() == "0.4"
    notices.answer(False)
    qtbot.keyClick(manager.list, Qt.Key.Key_Escape)
    assert manager.isVisible()
    notices.answer(True)
    select(manager, "Zulu")
    assert manager.current_name() == "Zulu" and shown_rows(manager) == ["seed"]
    asked = [a.text for a in notices.of_kind("confirm")]
    assert asked == ["Your changes to “Writer” are not saved. Discard them?"] * 3


def test_keyboard_order_and_a_1024_by_700_screen(qtbot: Any, manager: ManagePresetsDialog) -> None:
    manager.resize(1024, 700)
    select(manager, "Writer")
    hint = manager.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    assert manager.values_area.widgetResizable()
    manager.activateWindow()
    qtbot.waitUntil(manager.isActiveWindow)
    type_number(qtbot, manager, "temperature", "1")  # Save is enabled once something changed
    manager.list.setFocus()
    order: list[Any] = []
    for _ in range(40):
        order.append(manager.focusWidget())
        qtbot.keyClick(manager.focusWidget(), Qt.Key.Key_Tab)
    editor = manager.editor
    expected = [
        manager.list,
        editor.name,
        editor.description,
        editor.model_switch,
        editor.model,
        editor.prompt_switch,
        editor.prompt,
        number(manager, "temperature").field,
        editor.add_button,
        manager.save_button,
    ]
    positions = [order.index(widget) for widget in expected]
    assert positions == sorted(positions)
    assert manager.values_area not in order  # no stop on the frame around the values
    assert manager.save_button.isDefault() and not manager.buttons["delete"].autoDefault()
    manager.undo()
