"""The Thinking row of the parameter dock (issue 15) against the fake server: what it offers
for each model, and exactly what it sends."""

from __future__ import annotations

import os
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.core.models import ModelInfo
from app.core.params import PARAM_SPECS
from app.core.thinking import ModelReasoning, Thinking
from app.ui.docks.param_rows import NumberRow, ThinkingRow
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

SHOTS = os.environ.get("SWITCHBOARD_SHOTS")  # a folder: save screenshots there to look at

_PARAMS = frozenset(spec.name for spec in PARAM_SPECS) | {"include_reasoning"}
# Thinks, can stop, takes high/medium/low and a budget (as Claude does).
THINKER = ModelInfo(
    id="test/thinker",
    name="Thinker",
    context_length=200_000,
    prompt_price=Decimal("0.000003"),
    completion_price=Decimal("0.000015"),
    supported_parameters=_PARAMS,
    reasoning=ModelReasoning(
        efforts=("high", "medium", "low"), supports_budget=True, mandatory=False
    ),
)
# Always thinks, effort only, every level.
ALWAYS = replace(
    THINKER,
    id="test/always",
    name="Always Thinks",
    reasoning=ModelReasoning(efforts=None, supports_budget=False, mandatory=True),
)
# Does not think at all.
PLAIN = replace(
    THINKER,
    id="test/plain",
    name="Plain Model",
    supported_parameters=_PARAMS - {"reasoning", "include_reasoning"},
    reasoning=None,
)


def dock(app: App) -> Any:
    return app.window.parameters


def thinking_row(app: App) -> ThinkingRow:
    row = dock(app).rows["reasoning"]
    assert isinstance(row, ThinkingRow)
    return row


def choose(row: ThinkingRow, key: str) -> None:
    index = row.amount.findData(key)
    assert index >= 0, (key, row.offered_keys())
    row.amount.setCurrentIndex(index)


def send_and_get_body(app: App, text: str = "Hi") -> dict[str, Any]:
    dock(app).flush()
    app.fake.push(Scenario(text="ok"))
    before = len(app.fake.chat_requests)
    app.send(text)
    app.wait_idle()
    assert len(app.fake.chat_requests) == before + 1
    body: dict[str, Any] = app.fake.chat_requests[-1].json
    return body


def shot(widget: Any, name: str) -> None:
    if SHOTS:
        for _ in range(3):
            QCoreApplication.processEvents()
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_the_row_fits_the_dock_at_1024x700(app: App) -> None:
    window, d = app.window, dock(app)
    window.show()
    app.qtbot.waitExposed(window)
    app.qtbot.waitUntil(lambda: window._fitted)
    window.resize(1024, 700)
    app.qtbot.waitUntil(lambda: window.width() == 1024)
    app.qtbot.wait(50)
    d.show()
    app.qtbot.waitUntil(d.isVisible)
    d.use_model(THINKER)
    row = thinking_row(app)
    window.resizeDocks([d], [1], Qt.Orientation.Horizontal)
    QCoreApplication.processEvents()
    choose(row, "budget")
    row.hide_box.setChecked(True)
    length = d.rows["max_tokens"]
    assert isinstance(length, NumberRow)
    length.field.setText("2000")
    length._typed()
    QCoreApplication.processEvents()
    d.scroll_area.ensureWidgetVisible(row)
    shot(window, "window-budget")
    from tests.gui.test_parameter_dock import _cut_off

    assert not d.scroll_area.horizontalScrollBar().isVisible()
    assert _cut_off(d) == []
    assert row.hide_note.isVisibleTo(row) and row.warning.isVisibleTo(row)
    shot(row, "row-budget")
    shot(length, "row-length")
    d.use_model(PLAIN)
    shot(row, "row-plain")
    d.use_model(ALWAYS)
    shot(row, "row-always")
    assert _cut_off(d) == []


def test_what_each_model_is_offered(app: App) -> None:
    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    assert row.is_supported and row.switch.isEnabled()
    assert row.offered_keys() == [
        "default",
        "off",
        "effort:high",
        "effort:medium",
        "effort:low",
        "budget",
    ]
    labels = [row.amount.itemText(i) for i in range(row.amount.count())]
    assert labels == ["Model's choice", "Off", "High", "Medium", "Low", "Token budget"]
    d.use_model(ALWAYS)  # cannot stop thinking; every effort, highest first; no budget
    assert row.offered_keys() == [
        "default",
        "effort:max",
        "effort:xhigh",
        "effort:high",
        "effort:medium",
        "effort:low",
        "effort:minimal",
    ]
    d.use_model(PLAIN)
    assert not row.is_supported and not row.switch.isEnabled()
    assert not row.editor_widget().isEnabled()
    assert row.unsupported.isVisibleTo(row)
    assert row.unsupported.text() == "⚠ Plain Model does not think before answering."


def test_model_default_sends_no_reasoning_key(app: App) -> None:
    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    assert not row.switch.isChecked() and row.value() is None
    assert "reasoning" not in send_and_get_body(app)
    row.switch.setChecked(True)  # on, but the model's own amount, shown: still nothing
    assert row.current_key() == "default" and row.value() is None
    assert "reasoning" not in send_and_get_body(app)


@pytest.mark.parametrize(
    ("key", "budget", "hide", "expected"),
    [
        ("off", None, False, {"enabled": False}),
        ("effort:high", None, False, {"effort": "high"}),
        ("effort:medium", None, False, {"effort": "medium"}),
        ("effort:low", None, False, {"effort": "low"}),
        ("budget", 2500, False, {"max_tokens": 2500}),
        ("budget", 2500, True, {"max_tokens": 2500, "exclude": True}),
        ("effort:high", None, True, {"effort": "high", "exclude": True}),
        ("default", None, True, {"exclude": True}),
    ],
)
def test_each_choice_sends_exactly_its_reasoning_object(
    app: App, key: str, budget: int | None, hide: bool, expected: dict[str, Any]
) -> None:
    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    choose(row, key)  # choosing switches the row on ("default" is already shown)
    assert row.switch.isChecked() == (key != "default")
    if budget is not None:
        assert row.budget.isVisibleTo(row)
        row.budget.setValue(budget)
    else:
        assert not row.budget.isVisibleTo(row)
    if hide:
        row.hide_box.click()
    assert row.switch.isChecked()
    body = send_and_get_body(app)
    assert body["reasoning"] == expected
    assert body["model"] == "test/thinker"
    stored = app.history.get_conversation(app.view.conversation_id)
    assert stored is not None and stored.settings.params.reasoning == row.value()


def test_off_leaves_nothing_to_hide(app: App) -> None:
    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    row.hide_box.click()
    choose(row, "off")
    assert not row.hide_box.isEnabled()
    assert send_and_get_body(app)["reasoning"] == {"enabled": False}


def test_the_keyboard_reaches_every_part_and_names_it(app: App) -> None:
    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    names = {
        w.accessibleName()
        for w in (row.switch, row.amount, row.budget, row.hide_box, row.reset_button)
    }
    assert names == {
        "Send Thinking",
        "Thinking amount",
        "Thinking budget in tokens",
        "Hide the thinking",
        "Reset Thinking",
    }
    assert row.budget_label.buddy() is row.budget
    for widget in (row.switch, row.amount, row.budget, row.hide_box):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.accessibleName()
    row.amount.setFocus()
    app.qtbot.keyClick(row.amount, Qt.Key.Key_Down)  # Model's choice -> Off
    assert row.switch.isChecked() and row.value() == Thinking("off")
    app.qtbot.keyClick(row.amount, Qt.Key.Key_End)
    assert row.current_key() == "budget" and row.budget.isVisibleTo(row)
    row.budget.setFocus()
    row.budget.selectAll()
    app.qtbot.keyClicks(row.budget, "3000")
    assert row.value() == Thinking("budget", budget=3000)
    app.qtbot.keyClick(row.hide_box, Qt.Key.Key_Space)
    assert row.value() == Thinking("budget", budget=3000, hide=True)
    row.reset_button.click()
    assert not row.switch.isChecked() and row.value() is None
    assert row.current_key() == "default" and not row.hide_box.isChecked()


# -- models that do not think -----------------------------------------------------------------


def test_a_preset_with_thinking_sends_none_to_a_model_that_does_not_think(app: App) -> None:
    d, row = dock(app), thinking_row(app)
    d.use_model(PLAIN)
    d.preset_combo.setCurrentIndex(d.preset_combo.findData("Careful"))
    assert d.selected_preset() is not None and d.selected_preset().name == "Careful"
    assert not row.is_supported and row.value() is None
    assert d.problem() is None
    assert "reasoning" not in send_and_get_body(app)


# ``next_request`` leaves thinking out for a model that does not think when it is given the
# catalogue's entry; ChatService does not pass one yet (app/services: asked of its owner).


def test_stored_thinking_is_not_sent_to_a_model_that_does_not_think(app: App) -> None:
    """A conversation whose saved settings carry thinking (chosen on another model, or
    imported) and whose model does not think: nothing of it is sent."""
    from app.core.conversation import ChatSettings
    from app.core.params import SamplingParams

    settings = ChatSettings(
        model="microsoft/wizardlm-2-8x22b",  # in the fake catalogue; it does not think
        params=SamplingParams(reasoning=Thinking("effort", effort="high"), temperature=0.5),
    )
    conversation_id = app.view.conversation_id
    app.history.update_settings(conversation_id, settings)
    dock(app).load(settings, app.window.dock_link.model_info(settings.model))
    assert not thinking_row(app).is_supported
    app.fake.push(Scenario(text="ok"))
    app.send("Hi")
    app.wait_idle()
    body = app.fake.chat_requests[-1].json
    assert "reasoning" not in body and body["temperature"] == 0.5


def test_quick_and_careful_compare_only_thinking_and_a_plain_model_gets_none(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.compare import new_comparison as dialog_module

    def run(dialog: Any) -> int:
        dialog.tick("Quick", "Careful")
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(dialog_module.NewComparisonDialog, "exec", run)
    for model, expected in (
        ("anthropic/claude-sonnet-4.5", [{"effort": "low"}, {"effort": "high"}]),
        ("microsoft/wizardlm-2-8x22b", [None, None]),
    ):
        info = app.window.dock_link.model_info(model)
        assert info is not None
        dock(app).use_model(info)
        before = len(app.fake.chat_requests)
        app.window.new_compare_action.trigger()
        view = app.window.tabs.currentWidget()
        app.fake.default = Scenario(text="ok")
        view.composer.setPlainText("Why is the sky blue?")
        view.send(view.composer.toPlainText())
        app.qtbot.waitUntil(lambda v=view: not v.busy, timeout=10_000)
        bodies = [r.json for r in app.fake.chat_requests[before:]]
        assert len(bodies) == 2
        got = sorted((b.get("reasoning") for b in bodies), key=str)
        assert got == sorted(expected, key=str), model
        rest = [{k: v for k, v in b.items() if k != "reasoning"} for b in bodies]
        assert rest[0] == rest[1]  # nothing else differs


# -- values the model does not offer ----------------------------------------------------------


@pytest.mark.parametrize(
    ("model", "thinking", "label", "reason"),
    [
        (
            ALWAYS,
            Thinking("off"),
            "Off (not offered)",
            "Always Thinks cannot turn its thinking off.",
        ),
        (
            THINKER,
            Thinking("effort", effort="minimal"),
            "Minimal (not offered)",
            "Thinker does not offer the minimal thinking effort.",
        ),
        (
            ALWAYS,
            Thinking("budget", budget=3000),
            "Token budget (not offered)",
            "Always Thinks does not take a thinking budget.",
        ),
    ],
)
def test_a_loaded_value_the_model_lacks_is_shown_with_the_reason_never_changed(
    app: App, model: ModelInfo, thinking: Thinking, label: str, reason: str
) -> None:
    from app.core.conversation import ChatSettings
    from app.core.params import SamplingParams

    d, row = dock(app), thinking_row(app)
    problems: list[object] = []
    d.problem_changed.connect(problems.append)
    settings = ChatSettings(model=model.id, params=SamplingParams(reasoning=thinking))
    d.load(settings, model)
    assert row.switch.isChecked() and row.amount.currentText() == label
    item = row.amount.model().item(row.amount.currentIndex())
    assert item.toolTip().startswith(reason)
    assert row.error.isVisibleTo(row) and row.error.text().startswith(reason)
    assert "Choose another amount, or Reset" in row.error.text()
    assert d.problem() == row.error.text() and problems == [row.error.text()]
    assert d.current_settings() is None  # not sendable as it stands …
    assert d.current_settings_or_stored().params.reasoning == thinking  # … and not changed
    choose(row, "effort:high")  # a choice the model offers: the marked entry goes
    assert d.problem() is None
    assert all("(not offered)" not in row.amount.itemText(i) for i in range(row.amount.count()))
    assert send_and_get_body(app)["reasoning"] == {"effort": "high"}


# -- room for the answer ----------------------------------------------------------------------


def test_a_length_the_thinking_may_use_up_is_warned_about_on_both_rows(app: App) -> None:
    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    length = d.rows["max_tokens"]
    assert isinstance(length, NumberRow)
    choose(row, "budget")
    row.budget.setValue(2000)
    length.field.clear()
    app.qtbot.keyClicks(length.field, "1000")
    warning = (
        "⚠ Maximum length 1,000 is not more than the thinking budget 2,000: the model may "
        "spend it all thinking and leave no answer."
    )
    assert row.warning.text() == warning and row.warning.isVisibleTo(row)
    assert length.warning.text() == warning and length.warning.isVisibleTo(length)
    assert d.problem() is None  # a warning: sending is still allowed
    body = send_and_get_body(app)
    assert (body["max_tokens"], body["reasoning"]) == (1000, {"max_tokens": 2000})
    row.budget.setValue(999)
    assert not row.warning.isVisibleTo(row) and not length.warning.isVisibleTo(length)
    choose(row, "effort:low")  # the smallest budget some models think with: 1,024
    assert "not more than 1,024 tokens" in length.warning.text()
    length.reset_button.click()
    assert not row.warning.isVisibleTo(row)


# -- presets, summaries and Show request ------------------------------------------------------


def test_show_request_shows_the_reasoning_object(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from app.ui.dialogs import request_preview

    shown: list[str] = []
    monkeypatch.setattr(
        request_preview.RequestPreviewDialog, "exec", lambda self: shown.append(self.text) or 0
    )
    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    choose(row, "effort:medium")
    row.hide_box.click()
    app.view.composer.setPlainText("Draft")
    d.show_request_button.click()
    (text,) = shown
    assert '"reasoning": {\n    "effort": "medium",\n    "exclude": true\n  }' in text
    app.view.send(app.view.composer.toPlainText())
    app.wait_idle()
    assert app.fake.chat_requests[-1].json == json.loads(text)


def test_quick_and_careful_in_the_dock_and_the_summary(app: App) -> None:
    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    d.preset_combo.setCurrentIndex(d.preset_combo.findData("Careful"))
    assert row.current_key() == "effort:high" and row.switch.isChecked()
    assert d.summary_text() == "Thinking high"
    assert "high effort" in d.preset_description.text()
    assert send_and_get_body(app)["reasoning"] == {"effort": "high"}
    choose(row, "effort:low")  # the same values as Quick: the dock says so
    assert d.selected_preset() is not None and d.selected_preset().name == "Quick"
    assert d.summary_text() == "Thinking low"


def test_a_preset_saves_shares_and_shows_its_thinking(app: App, tmp_path: Path) -> None:
    import json

    from app.ui.dialogs.presets import ManagePresetsDialog

    d, row = dock(app), thinking_row(app)
    d.use_model(THINKER)
    choose(row, "budget")
    row.budget.setValue(6000)
    row.hide_box.click()
    settings = d.current_settings()
    assert settings is not None
    saved = app.presets.save_current(
        "Deep and quiet", "Thinks a lot, shows none.", settings, False, False
    )
    assert saved.params.reasoning == Thinking("budget", budget=6000, hide=True)
    exported = tmp_path / "mine.json"
    app.presets.export(exported, [saved.name])
    written = json.loads(exported.read_text(encoding="utf-8"))
    assert written["presets"][0]["params"] == {"reasoning": {"max_tokens": 6000, "exclude": True}}
    app.presets.delete(saved.name)
    manager = ManagePresetsDialog(app.presets, notices=app.notices)
    app.qtbot.addWidget(manager)
    manager.import_path(exported)
    assert app.presets.get("Deep and quiet") == saved
    manager.refresh(select="Deep and quiet")
    assert manager.summary.text() == "Sets: Thinking budget 6,000 (hidden)"
    manager.refresh(select="Careful")
    assert manager.summary.text() == "Sets: Thinking high"
    broken = tmp_path / "broken.json"
    broken.write_text(
        json.dumps(
            {
                "format": "switchboard.presets",
                "version": 1,
                "presets": [{"name": "Odd", "params": {"reasoning": {"effort": "extreme"}}}],
            }
        ),
        encoding="utf-8",
    )
    manager.import_path(broken)
    assert (
        "Preset “Odd”: The thinking effort must be one of max, xhigh, high, medium, low, minimal."
        in manager.message.text()
    )
    assert app.presets.get("Odd") is None
