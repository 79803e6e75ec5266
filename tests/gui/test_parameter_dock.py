"""The parameter dock against the fake server: what it shows is exactly what is sent."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.core.models import ModelInfo
from app.core.params import PARAM_SPECS
from app.ui.dialogs.model_picker import ModelPickerDialog
from app.ui.docks.param_rows import NumberRow, ResponseFormatRow, StopRow
from tests.fakes.fake_openrouter import VALID_KEY, Scenario
from tests.helpers.windows import App

EVERYTHING = ModelInfo(
    id="test/everything",
    name="Everything Model",
    context_length=128_000,
    prompt_price=Decimal("0.000001"),
    completion_price=Decimal("0.000002"),
    supported_parameters=frozenset(
        {spec.name for spec in PARAM_SPECS} | {"structured_outputs", "tools", "reasoning"}
    ),
)


def dock(app: App) -> Any:
    return app.window.parameters


def type_into(app: App, name: str, text: str) -> None:
    row = dock(app).rows[name]
    assert isinstance(row, NumberRow)
    row.field.clear()
    app.qtbot.keyClicks(row.field, text)


def send_and_get_body(app: App, text: str = "Hi") -> dict[str, Any]:
    app.fake.push(Scenario(text="ok"))
    before = len(app.fake.chat_requests)
    app.send(text)
    app.wait_idle()
    assert len(app.fake.chat_requests) == before + 1
    return app.fake.chat_requests[-1].json


def test_wizardlm_offers_only_what_it_supports(app: App) -> None:
    d = dock(app)
    assert d.model_name.text() == "WizardLM-2 8x22B"
    assert d.model_price.text() == "$0.62 per million tokens in · $0.62 per million out"
    assert "65.5K context" in d.model_facts.text()
    top_a = d.rows["top_a"]
    assert not top_a.is_supported and not top_a.switch.isEnabled()
    assert "does not accept" in top_a.unsupported.text()
    for name in ("temperature", "top_p", "top_k", "seed", "stop", "max_tokens", "min_p"):
        assert d.rows[name].is_supported, name
    formats = d.rows["response_format"]
    assert isinstance(formats, ResponseFormatRow)
    model = formats.kind.model()
    kinds = {
        formats.kind.itemData(i): model.item(i).isEnabled() for i in range(formats.kind.count())
    }
    assert kinds == {"text": True, "json_object": True, "json_schema": False}


def test_a_model_that_supports_everything_enables_every_row(app: App) -> None:
    d = dock(app)
    d.use_model(EVERYTHING)
    assert all(row.is_supported for row in d.rows.values())
    formats = d.rows["response_format"]
    assert all(formats.kind.model().item(i).isEnabled() for i in range(formats.kind.count()))
    conversation = app.history.get_conversation(app.view.conversation_id)
    assert conversation.settings.model == "test/everything"


def test_the_request_matches_the_dock_parameter_by_parameter(app: App) -> None:
    d = dock(app)
    d.use_model(EVERYTHING)
    type_into(app, "temperature", "0.3")
    type_into(app, "top_p", "0.85")
    type_into(app, "top_k", "40")
    type_into(app, "frequency_penalty", "0.5")
    type_into(app, "presence_penalty", "-0.25")
    type_into(app, "repetition_penalty", "1.1")
    type_into(app, "min_p", "0.05")
    type_into(app, "top_a", "0.2")
    type_into(app, "seed", "1234")
    type_into(app, "max_tokens", "256")
    stop = d.rows["stop"]
    assert isinstance(stop, StopRow)
    stop.text.setPlainText("END\n\\n\\nUser:")
    formats = d.rows["response_format"]
    formats.switch.setChecked(True)
    formats.kind.setCurrentIndex(formats.kind.findData("json_schema"))
    formats.schema_name.setText("weather")
    formats.schema.setPlainText('{"type": "object", "properties": {"temp": {"type": "number"}}}')
    d.system_prompt.setPlainText("Be brief.")
    d.require_parameters.setChecked(True)
    d.sort.setCurrentIndex(d.sort.findData("price"))
    d.fallbacks.setCurrentIndex(d.fallbacks.findData(False))
    d.data_collection.setCurrentIndex(d.data_collection.findData("deny"))
    body = send_and_get_body(app, "Weather?")
    assert body["model"] == "test/everything"
    assert body["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Weather?"},
    ]
    expected = {
        "temperature": 0.3,
        "top_p": 0.85,
        "top_k": 40,
        "frequency_penalty": 0.5,
        "presence_penalty": -0.25,
        "repetition_penalty": 1.1,
        "min_p": 0.05,
        "top_a": 0.2,
        "seed": 1234,
        "max_tokens": 256,
        "stop": ["END", "\n\nUser:"],
    }
    for key, value in expected.items():
        assert body[key] == value, key
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {
            "name": "weather",
            "strict": True,
            "schema": {"type": "object", "properties": {"temp": {"type": "number"}}},
        },
    }
    assert body["provider"] == {
        "require_parameters": True,
        "allow_fallbacks": False,
        "sort": "price",
        "data_collection": "deny",
    }
    assert set(body) == {"model", "messages", "stream", "provider", "response_format", *expected}


def test_nothing_is_sent_for_parameters_left_off(app: App) -> None:
    type_into(app, "temperature", "0.5")
    dock(app).rows["temperature"].reset()
    body = send_and_get_body(app)
    assert set(body) == {"model", "messages", "stream"}


def test_the_slider_and_the_box_move_together(app: App) -> None:
    row = dock(app).rows["temperature"]
    assert isinstance(row, NumberRow) and row.slider is not None
    row.slider.setValue(row.slider.maximum() // 4)  # a quarter of 0..2
    assert row.switch.isChecked() and row.field.text() == "0.5"
    type_into(app, "temperature", "1.5")
    assert row.slider.value() == row.slider.maximum() * 3 // 4


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("temperature", "3", "Temperature must be between 0 and 2."),
        ("top_k", "2.5", "Top K must be a whole number."),
        ("top_p", "abc", "Top P must be a number."),
        ("repetition_penalty", "0", "above 0"),
    ],
)
def test_bad_values_say_what_is_wrong_and_block_sending(
    app: App, name: str, text: str, message: str
) -> None:
    type_into(app, name, text)
    row = dock(app).rows[name]
    assert row.error.isVisible() and message in row.error.text()
    app.view.composer.setPlainText("Please answer")
    app.view.send(app.view.composer.toPlainText())
    assert app.fake.chat_requests == []
    assert app.view.composer.toPlainText() == "Please answer"
    assert "Not sent" in app.window.status_message.message()


def test_more_than_four_stop_strings_and_a_bad_schema_are_refused(app: App) -> None:
    d = dock(app)
    stop = d.rows["stop"]
    stop.switch.setChecked(True)
    stop.text.setPlainText("a\nb\nc\nd\ne")
    assert "at most 4" in stop.error.text()
    stop.text.setPlainText("a\nb")
    assert not stop.error.isVisible()
    d.use_model(EVERYTHING)
    formats = d.rows["response_format"]
    formats.switch.setChecked(True)
    formats.kind.setCurrentIndex(formats.kind.findData("json_schema"))
    formats.schema.setPlainText('{"type": "object",')
    assert "not valid JSON" in formats.error.text()
    assert d.problem() is not None
    formats.schema.setPlainText("[1, 2]")
    assert "must be a JSON object" in formats.error.text()


def test_switching_tabs_shows_each_tabs_settings(app: App) -> None:
    type_into(app, "temperature", "0.2")
    first = app.view.conversation_id
    app.window.new_action.trigger()
    assert not dock(app).rows["temperature"].switch.isChecked()
    type_into(app, "top_p", "0.5")
    app.window.tabs.setCurrentIndex(0)
    assert app.view.conversation_id == first
    assert dock(app).rows["temperature"].field.text() == "0.2"
    assert not dock(app).rows["top_p"].switch.isChecked()
    app.window.tabs.setCurrentIndex(1)
    assert dock(app).rows["top_p"].field.text() == "0.5"


def test_each_answer_keeps_the_parameters_it_was_made_with(app: App) -> None:
    type_into(app, "temperature", "0.2")
    send_and_get_body(app, "One")
    type_into(app, "temperature", "1.2")
    send_and_get_body(app, "Two")
    answers = [m for m in app.history.messages(app.view.conversation_id) if m.role == "assistant"]
    assert [a.settings.params.temperature for a in answers] == [0.2, 1.2]


def test_presets_apply_save_and_round_trip_through_a_file(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = dock(app)
    d.preset_combo.setCurrentIndex(d.preset_combo.findData("Precise"))
    assert "temperature" in d.preset_description.text().lower()
    assert d.rows["temperature"].field.text() == "0.2" and d.rows["top_p"].field.text() == "0.9"
    body = send_and_get_body(app)
    assert body["temperature"] == 0.2 and body["top_p"] == 0.9

    type_into(app, "seed", "99")
    saved = app.presets.save_current("My seed", "Fixed seed 99", d.current_settings(), False, False)
    exported = tmp_path / "mine.json"
    app.presets.export(exported, [saved.name])
    app.presets.delete(saved.name)

    from app.ui.dialogs.presets import ManagePresetsDialog

    manager = ManagePresetsDialog(app.presets, notices=app.notices)
    app.qtbot.addWidget(manager)
    manager.import_path(exported)
    assert "Imported 1 preset" in manager.message.text()
    imported = app.presets.get("My seed")
    assert (
        imported is not None and imported.params.seed == 99 and imported.params.temperature == 0.2
    )

    # Importing again asks before overwriting; saying no keeps the existing one.
    app.notices.answer(False)
    manager.import_path(exported)
    asked = [a.text for a in app.notices.of_kind("confirm")]
    assert asked and "My seed" in asked[0]
    assert "Kept your 1 existing preset" in manager.message.text()


def test_a_broken_presets_file_names_the_problem(app: App, tmp_path: Path) -> None:
    from app.ui.dialogs.presets import ManagePresetsDialog

    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "switchboard.presets",
                "version": 1,
                "presets": [{"name": "Hot", "description": "", "params": {"temperature": 9}}],
            }
        )
    )
    manager = ManagePresetsDialog(app.presets)
    app.qtbot.addWidget(manager)
    before = [p.name for p in app.presets.presets()]
    manager.import_path(bad)
    assert "Temperature must be between 0 and 2" in manager.message.text()
    assert "Hot" in manager.message.text()
    assert [p.name for p in app.presets.presets()] == before
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "switchboard.presets", "version": 7, "presets": []}))
    manager.import_path(newer)
    assert "newer version" in manager.message.text()
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json")
    manager.import_path(garbage)
    assert "not a Switchboard presets file" in manager.message.text()


def test_show_request_is_the_exact_body_without_the_key(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.dialogs import request_preview

    shown: list[str] = []
    monkeypatch.setattr(
        request_preview.RequestPreviewDialog, "exec", lambda self: shown.append(self.text) or 0
    )
    type_into(app, "temperature", "0.7")
    app.view.composer.setPlainText("Draft question")
    d = dock(app)
    d.show_request_button.click()
    (text,) = shown
    body = json.loads(text)
    assert body["temperature"] == 0.7 and body["messages"][-1] == {
        "role": "user",
        "content": "Draft question",
    }
    assert VALID_KEY not in text and "Authorization" not in text
    app.view.send(app.view.composer.toPlainText())
    app.wait_idle()
    sent = app.fake.chat_requests[-1].json
    assert sent == body


def test_show_request_is_what_the_server_then_receives(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One builder: with a system prompt, parameters, an earlier exchange and a draft with
    leading spaces and a trailing newline, the preview is byte for byte the body sent."""
    from app.ui.dialogs import request_preview

    shown: list[str] = []
    monkeypatch.setattr(
        request_preview.RequestPreviewDialog, "exec", lambda self: shown.append(self.text) or 0
    )
    d = dock(app)
    d.system_prompt.setPlainText("Answer like a pirate.")
    type_into(app, "temperature", "0.3")
    type_into(app, "max_tokens", "256")
    type_into(app, "top_p", "0.9")
    send_and_get_body(app, "First question")
    draft = "    indented_code()\n"
    app.view.composer.setPlainText(draft)
    d.show_request_button.click()
    (text,) = shown
    app.fake.push(Scenario(text="Arr."))
    app.view.send_button.click()
    app.wait_idle()
    received = app.fake.chat_requests[-1]
    assert json.loads(text) == received.json
    assert text == json.dumps(received.json, indent=2, ensure_ascii=False)
    body = received.json
    assert body["messages"][0] == {"role": "system", "content": "Answer like a pirate."}
    assert [m["role"] for m in body["messages"]] == ["system", "user", "assistant", "user"]
    assert body["messages"][-1]["content"] == draft
    assert (body["temperature"], body["max_tokens"], body["top_p"]) == (0.3, 256, 0.9)


def test_the_model_picker_filters_as_you_type(app: App, qtbot: Any) -> None:
    catalogue = app.catalogue
    picker = ModelPickerDialog(catalogue.models, catalogue.search, "microsoft/wizardlm-2-8x22b")
    qtbot.addWidget(picker)
    total = len(picker.visible_ids())
    assert total == len(catalogue.models) and total > 3
    qtbot.keyClicks(picker.query, "wizard")
    assert picker.visible_ids() == ["microsoft/wizardlm-2-8x22b"]
    prices = picker.table.item(
        picker.visible_ids().index("microsoft/wizardlm-2-8x22b") if False else 0, 1
    )
    assert prices is not None
    picker.query.setText("llama free")
    assert all(":free" in i for i in picker.visible_ids())
    picker.query.setText("wizard")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    picker._accept()
    assert picker.chosen is not None and picker.chosen.id == "microsoft/wizardlm-2-8x22b"


def test_a_preset_with_a_model_switches_the_model(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = dock(app).current_settings()
    from dataclasses import replace

    preset = app.presets.save_current(
        "Mini", "", replace(settings, model="openai/gpt-4o-mini"), True, False
    )
    dock(app).set_presets(app.presets.presets())
    d = dock(app)
    d.preset_combo.setCurrentIndex(d.preset_combo.findData(preset.name))
    body = send_and_get_body(app)
    assert body["model"] == "openai/gpt-4o-mini"


def test_a_deferred_dock_builds_its_rows_when_first_asked(qtbot: Any) -> None:
    from app.core.conversation import ChatSettings
    from app.core.params import SamplingParams
    from app.ui.docks.parameter_dock import ParameterDock

    deferred = ParameterDock(deferred=True)
    qtbot.addWidget(deferred)
    assert deferred.widget() is None  # nothing built for the first paint
    settings = ChatSettings(system_prompt="Be brief", params=SamplingParams(temperature=0.3))
    deferred.load(settings, None)  # any public method builds it first
    assert deferred.widget() is not None and set(deferred.rows) == {s.name for s in PARAM_SPECS}
    assert deferred.current_settings() == settings


def _box_text(app: App) -> str:
    return str(dock(app).preset_combo.currentText())


def test_the_preset_box_names_what_is_sent_after_changes_and_after_a_restart(app: App) -> None:
    d = dock(app)
    assert _box_text(app) == "Balanced"  # nothing switched on: the provider's defaults
    d.preset_combo.setCurrentIndex(d.preset_combo.findData("Creative"))  # no Apply to press
    assert _box_text(app) == "Creative" and not d.reset_preset_button.isVisibleTo(d)
    body = send_and_get_body(app)
    assert (body["temperature"], body["min_p"]) == (1.1, 0.05)
    assert set(body) == {"model", "messages", "stream", "temperature", "min_p"}
    assert d.summary.text() == "Temperature 1.1 · Min P 0.05"

    type_into(app, "temperature", "0.7")
    assert _box_text(app) == "Creative (modified)"
    assert d.reset_preset_button.isVisibleTo(d)
    assert d.reset_preset_button.text() == "Reset to Creative"
    body = send_and_get_body(app)
    assert (body["temperature"], body["min_p"]) == (0.7, 0.05)

    d.reset_preset_button.click()
    assert _box_text(app) == "Creative" and d.rows["temperature"].field.text() == "1.1"
    assert send_and_get_body(app)["temperature"] == 1.1
    type_into(app, "temperature", "1.1")  # typed back to the preset's value: no longer modified
    assert _box_text(app) == "Creative"

    again = app.reopen().parameters
    assert again.preset_combo.currentText() == "Creative"  # not "Balanced"
    assert again.current_settings().params == d.current_settings().params

    type_into(app, "top_k", "40")
    d.flush()
    assert app.reopen().parameters.preset_combo.currentText() == "Custom"  # matches no preset


def test_a_value_matching_another_preset_names_it_and_precise_replaces_creative(app: App) -> None:
    d = dock(app)
    d.preset_combo.setCurrentIndex(d.preset_combo.findData("Creative"))
    d.preset_combo.setCurrentIndex(d.preset_combo.findData("Precise"))
    body = send_and_get_body(app)
    assert (body["temperature"], body["top_p"]) == (0.2, 0.9) and "min_p" not in body
    d.rows["top_p"].reset()
    d.rows["temperature"].reset()
    assert _box_text(app) == "Balanced"  # everything off is exactly Balanced


def _wheel(widget: Any, dy: int = -120) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_a_wheel_over_an_unfocused_control_scrolls_the_panel_and_changes_nothing(
    app: App,
) -> None:
    d = dock(app)
    app.view.composer.setFocus()
    bar = d.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    top_p = d.rows["top_p"]
    assert isinstance(top_p, NumberRow) and top_p.slider is not None
    formats = d.rows["response_format"]
    assert isinstance(formats, ResponseFormatRow)
    before = d.current_settings()
    preset = _box_text(app)
    for widget in (top_p.slider, d.preset_combo, formats.kind, d.sort, d.data_collection):
        assert not widget.hasFocus()
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel gives no focus
        position = bar.value()
        _wheel(widget)
        assert bar.value() > position, widget.accessibleName()  # the panel scrolled
    assert top_p.slider.value() == top_p.slider.maximum() and not top_p.switch.isChecked()
    assert d.current_settings() == before and _box_text(app) == preset
    body = send_and_get_body(app)
    assert set(body) == {"model", "messages", "stream"}

    app.window.activateWindow()
    top_p.slider.setFocus()  # chosen on purpose (clicked or tabbed to): the wheel moves it
    app.qtbot.waitUntil(top_p.slider.hasFocus)
    _wheel(top_p.slider)
    assert top_p.slider.value() < top_p.slider.maximum() and top_p.switch.isChecked()


def test_the_dock_says_what_is_on_and_its_help_stays_readable(app: App) -> None:
    from PySide6.QtGui import QPalette

    d = dock(app)
    summaries: list[str] = []
    d.summary_changed.connect(summaries.append)
    assert d.summary.isVisible() and d.summary.text() == "Model defaults"
    type_into(app, "temperature", "1.1")
    type_into(app, "min_p", "0.05")
    assert d.summary.text() == "Temperature 1.1 · Min P 0.05"  # live, before any save
    assert summaries[-1] == d.summary.text()
    d.rows["temperature"].reset()
    assert d.summary.text() == "Min P 0.05"
    assert d.summary.mapTo(d, d.summary.rect().topLeft()).y() < d.scroll_area.y()  # on top

    def contrast(label: Any) -> float:
        palette = label.palette()
        group = QPalette.ColorGroup.Active if label.isEnabled() else QPalette.ColorGroup.Disabled
        fg, bg = (
            palette.color(group, label.foregroundRole()),
            palette.color(group, QPalette.ColorRole.Window),
        )

        def luminance(c: Any) -> float:
            def channel(v: float) -> float:
                return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

            return (
                0.2126 * channel(c.redF())
                + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF())
            )

        high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    row = d.rows["min_p"]
    assert row.switch.isChecked()
    for on in (True, False):
        row.switch.setChecked(on)
        for label in (row.help, d.preset_description, d.model_facts, d.model_price):
            assert label.isVisible() and label.isEnabled(), label.text()
            assert contrast(label) >= 4.5, label.text()
    assert d.model_price.text() == "$0.62 per million tokens in · $0.62 per million out"
    assert "/M" not in d.model_price.text() + d.model_facts.text()
    tip = d.model_price.toolTip()
    assert "token is a piece of a word" in tip and "what the model writes back" in tip


def _cut_off(d: Any) -> list[str]:
    """Controls in the dock not wholly inside the panel's width, or squeezed below their
    own minimum (text cut inside them). Height is reachable by scrolling."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    body, viewport = d.scroll_area.widget(), d.scroll_area.viewport()
    cut: list[str] = []
    for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit):
        for widget in body.findChildren(kind):
            if not widget.isVisibleTo(body):
                continue
            left = widget.mapTo(viewport, widget.rect().topLeft()).x()
            right = widget.mapTo(viewport, widget.rect().topRight()).x()
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            if left < 0 or right >= viewport.width():
                cut.append(f"{name}: {left}..{right} of {viewport.width()}")
            elif widget.width() < widget.minimumSizeHint().width():
                cut.append(f"{name}: squeezed to {widget.width()}")
    return cut


def test_no_control_is_cut_off_at_1024x700_with_a_comparison_open(app: App) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.core.conversation import ChatSettings
    from app.ui.tab_keys import TabKey

    window, d = app.window, dock(app)
    window.resize(1024, 700)
    comparison = app.compare.store.create("Four ways", [("a", ChatSettings())] * 4)
    window.open_tab(TabKey.compare(comparison.id))
    long_name = "A Model With A Very Long Name That Goes On: Extended Thinking Preview Edition"
    d.use_model(replace(EVERYTHING, id="vendor/" + "very-long-model-id-" * 4, name=long_name))
    d.preset_combo.setCurrentIndex(d.preset_combo.findData("JSON output"))
    type_into(app, "temperature", "0.5")  # "JSON output (modified)" and its Reset button
    window.resizeDocks([d], [1], Qt.Orientation.Horizontal)  # as narrow as it goes
    QCoreApplication.processEvents()
    assert window.width() == 1024
    assert d.minimumSizeHint().width() <= d.width() <= d.minimumSizeHint().width() + 10
    assert not d.scroll_area.horizontalScrollBar().isVisible()
    assert _cut_off(d) == []
    assert d.model_name.text() == long_name and d.model_name.toolTip() == long_name
    assert d.change_model_button.isVisibleTo(d) and d.reset_preset_button.isVisibleTo(d)


def test_values_that_are_off_read_quieter_but_clearly_in_light_and_dark(app: App) -> None:
    from PySide6.QtGui import QPalette

    from app.ui.docks.param_rows import contrast_ratio
    from app.ui.theme import dark_palette

    d = dock(app)
    row = d.rows["top_p"]
    assert isinstance(row, NumberRow)
    text, base = QPalette.ColorRole.Text, QPalette.ColorRole.Base
    for palette in (None, dark_palette()):
        if palette is not None:
            d.setPalette(palette)  # the dark theme arriving while the window is open
        field = row.field
        assert not row.switch.isChecked() and field.styleSheet() == ""
        assert field.palette().color(base) == d.palette().color(base)  # no white box in dark
        off = field.palette().color(text)
        assert off != d.palette().color(text)  # quieter than a value that is sent
        assert contrast_ratio(off, field.palette().color(base)) >= 4.5
        row.switch.setChecked(True)
        assert field.palette().color(text) == d.palette().color(text)
        row.switch.setChecked(False)
