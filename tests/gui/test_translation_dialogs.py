"""The dialogs and the parameter dock under the pseudo language: every text they show went
through translation (marked ⟦like this⟧), in each state a person can bring them to.

``allowed``: the user's own names, and names that are never translated."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QTableWidget, QWidget

from app.core import APP_NAME
from app.core.models import ModelInfo
from app.core.params import PARAM_SPECS, SamplingParams
from app.core.presets import Preset
from app.core.thinking import Thinking, ThinkingChoices
from app.services.presets import PresetService
from app.store.preset_store import PresetStore
from app.store.settings_file import AppSettings
from app.ui.dialogs.about import AboutDialog, ShortcutsDialog, shortcut_rows
from app.ui.dialogs.key_dialog import KeyDialog
from app.ui.dialogs.model_picker import ModelPickerDialog
from app.ui.dialogs.presets import ManagePresetsDialog, SavePresetDialog
from app.ui.dialogs.request_preview import RequestPreviewDialog
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.docks.param_rows import ThinkingRow
from app.ui.docks.parameter_dock import ParameterDock
from app.ui.i18n import PSEUDO_OPEN
from tests.helpers.keyrings import TRUSTED, MemoryKeyring
from tests.helpers.notices import RecordingNotices
from tests.helpers.pseudo import pseudo_language, unmarked, untranslated
from tests.helpers.windows import App

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

MODEL = ModelInfo(
    id="test/everything",
    name="Everything Model",
    context_length=128_000,
    prompt_price=Decimal("0.000001"),
    completion_price=Decimal("0"),
    request_price=Decimal("0.01"),
    supported_parameters=frozenset({spec.name for spec in PARAM_SPECS} | {"reasoning"}),
)
NO_TOOLS = ModelInfo(
    id="test/plain",
    name="Plain Model",
    supported_parameters=frozenset({"temperature"}),  # no tools: no web search
)
MINE = Preset("Writer", "Warm and varied.", SamplingParams(temperature=1.2, max_tokens=800))


@pytest.fixture
def pseudo() -> Iterator[None]:
    with pseudo_language():
        yield


def shown(qtbot: Any, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table_texts(table: QTableWidget) -> list[str]:
    headers = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    cells = [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
    return [item.text() for item in [*headers, *cells] if item is not None]


def not_marked(texts: list[str], allowed: tuple[str, ...] = ()) -> list[str]:
    return [t for t in texts if unmarked(t, allowed) is not None]


def test_the_checker_finds_english_that_bypassed_translation(qtbot: Any, pseudo: None) -> None:
    """(So a clean result below means something.)"""
    dialog = shown(qtbot, AboutDialog(None))
    dialog.open_button.setToolTip("Plain English")
    assert untranslated(dialog, allowed=(APP_NAME,)) == ["tooltip: Plain English (QPushButton)"]


def test_about_and_the_shortcut_list(qtbot: Any, tmp_path: Path, pseudo: None) -> None:
    for folder in (tmp_path, None):
        about = shown(qtbot, AboutDialog(folder))
        assert untranslated(about, allowed=(APP_NAME,)) == [], folder  # (its name, version)
        assert about.windowTitle().startswith(PSEUDO_OPEN)
    owner = QWidget()
    qtbot.addWidget(owner)
    action = QAction(owner)  # the window's actions are translated where they are made
    action.setText("⟦New conversation⟧")
    action.setShortcut("Ctrl+N")
    owner.addAction(action)
    shortcuts = shown(qtbot, ShortcutsDialog(shortcut_rows(owner)))
    assert untranslated(shortcuts) == []
    texts = table_texts(shortcuts.table)
    assert len(texts) == 2 + 2 * 3  # headers, and the action and the two typing keys
    assert not_marked(texts) == []


def test_the_model_picker(qtbot: Any, pseudo: None) -> None:
    unknown = ModelInfo(id="test/unknown", name="Unknown Model")  # no prices, no context
    models = [MODEL, unknown]
    picker = ModelPickerDialog(
        models, lambda text: [m for m in models if text in m.id], MODEL.id, on_refresh=lambda: None
    )
    shown(qtbot, picker)
    picker.query.setText("everything")
    assert untranslated(picker) == []
    assert "1" in picker.status.text() and "2" in picker.status.text()
    names = tuple(f"{m.name}\n{m.id}" for m in models)  # the catalogue's own names
    assert not_marked(table_texts(picker.table), names) == []


def test_the_request_preview(qtbot: Any, pseudo: None) -> None:
    body = {"model": "test/everything", "messages": [{"role": "user", "content": "Hello there"}]}
    preview = shown(qtbot, RequestPreviewDialog(body, "https://openrouter.ai/api/v1/chat"))
    assert untranslated(preview) == []


def test_the_settings_dialog_in_each_state(qtbot: Any, tmp_path: Path, pseudo: None) -> None:
    source = "Stored in: GNOME Keyring (Secret Service)"  # (app/services words it)
    settings = SettingsDialog(
        AppSettings(),
        key_source=source,
        has_stored_key=True,
        data_folder=tmp_path,
        address_in_use="https://openrouter.ai/api/v1",
    )
    shown(qtbot, settings)
    assert untranslated(settings, allowed=(source,)) == []
    # Another server: which key goes where, the key field, the address in use.
    settings.base_url.setText("http://localhost:11434/v1")
    settings.base_url.editingFinished.emit()
    assert settings.key_route.isVisible() and settings.server_key_label.isVisible()
    assert untranslated(settings, allowed=(source,)) == []
    # A wrong amount is refused with a sentence.
    settings.daily_cap.setText("lots")
    settings._save()
    assert settings.money_error.isVisible()
    assert untranslated(settings, allowed=(source,)) == []

    fixed = SettingsDialog(
        AppSettings(),
        key_source=source,
        has_stored_key=False,
        data_folder=tmp_path,
        address_override="http://localhost:8080/v1",
    )
    shown(qtbot, fixed)
    assert fixed.base_url_fixed.isVisible()
    assert untranslated(fixed, allowed=(source,)) == []


def test_the_key_dialog_on_openrouter_and_on_another_server(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store.secrets import KeyStore
    from tests.gui.test_key_flows import with_account

    account = with_account(app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))
    said = ("sk-or-v1-",)  # (the key's format, as a hint)
    with pseudo_language():
        dialog = shown(app.qtbot, KeyDialog(account))
        panel = dialog.panel
        assert untranslated(dialog, allowed=said) == []
        panel.check_button.click()  # nothing typed: "Paste your key first."
        assert panel.status.text().startswith(PSEUDO_OPEN)
        assert untranslated(dialog, allowed=said) == []
        # No browser opens: the sign-in link is offered to copy, in plain words.
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
        panel.sign_in_button.click()
        app.qtbot.waitUntil(lambda: panel.link_row.isVisible(), timeout=5000)
        app.qtbot.waitUntil(lambda: panel.status.text().startswith(PSEUDO_OPEN), timeout=5000)
        panel.copy_link_button.click()
        assert untranslated(dialog, allowed=said) == []
        panel.cancel_button.click()
        app.qtbot.waitUntil(lambda: panel.status.text().startswith(PSEUDO_OPEN), timeout=5000)
        assert untranslated(dialog, allowed=said) == []
        # A keychain problem in another language still offers the key for this session.
        panel.show_problem("⟦Kein Schlüsselbund⟧", offer_session=True)
        assert panel.session_button.isVisible()
        assert untranslated(dialog, allowed=said) == []


def test_the_preset_dialogs(qtbot: Any, tmp_path: Path, pseudo: None) -> None:
    service = PresetService(PresetStore(tmp_path / "presets.json"))
    service.add(MINE)
    # Only the person's own presets keep their words: the built-ins' are translated too.
    own = [p for p in service.presets() if not p.builtin]
    names = tuple(p.name for p in own) + tuple(p.description for p in own)
    save = shown(qtbot, SavePresetDialog())
    assert untranslated(save) == []

    notices = RecordingNotices()
    manager = ManagePresetsDialog(service, notices=notices)
    shown(qtbot, manager)
    assert untranslated(manager, allowed=names) == []
    for row in range(manager.list.count()):  # the built-in ones say so, translated
        manager.list.setCurrentRow(row)
        assert untranslated(manager, allowed=names) == []
        assert unmarked(manager.list.item(row).text(), names) is None
    # Mine, edited with a mistake: every message and the add menu.
    manager.list.setCurrentRow(manager.list.count() - 1)
    assert manager.current_name() == MINE.name
    manager.editor.model_switch.setChecked(True)
    manager.save()
    assert manager.message.isVisible()
    assert untranslated(manager, allowed=names) == []
    manager.editor._fill_add_menu()
    assert untranslated(manager.editor.add_menu) == []
    manager.undo()
    # What it asks, and what it says after an export.
    notices.answer(False)
    manager.run("delete")
    notices.answer(tmp_path / "out.json")
    manager.run("export")
    asked = [t for a in notices.asked for t in (a.title, a.text)]  # (not the file it offers)
    assert not_marked(asked, names) == []
    assert manager.message.text().startswith(PSEUDO_OPEN)


def test_the_parameter_dock_with_every_row_and_its_help(qtbot: Any, pseudo: None) -> None:
    dock = ParameterDock()
    shown(qtbot, dock)
    # (the dock shows the model's own name and id)
    skip = (dock.model_name, dock.model_id)
    for model in (MODEL, NO_TOOLS, None):
        dock.load(dock.current_settings_or_stored(), model)
        assert untranslated(dock, skip=skip) == [], model
    dock.load(dock.current_settings_or_stored(), MODEL)
    assert not dock.web_search.isChecked()  # off: the price is said inside a sentence of ours
    assert dock.web_price.text().startswith(PSEUDO_OPEN)
    assert dock.model_price.text().startswith(PSEUDO_OPEN)
    assert dock.model_facts.text().startswith(PSEUDO_OPEN)
    for row in dock.rows.values():  # every parameter on, help and all
        row.switch.setChecked(True)
        assert row.help.text().startswith(PSEUDO_OPEN), row.spec.name
    assert untranslated(dock, skip=skip) == []
    thinking = dock.rows["reasoning"]
    assert isinstance(thinking, ThinkingRow)
    for index in range(thinking.amount.count()):
        tip = thinking.amount.itemData(index, 3)  # (Qt.ToolTipRole)
        assert unmarked(tip or "") is None, tip
    # A thinking amount the model does not offer: marked, with a whole-sentence reason.
    thinking.set_choices(ThinkingChoices(off=False, efforts=("high",), budget=False), "Deep")
    thinking.set_value(Thinking("off"))  # (a stored value: shown as it is, marked)
    assert thinking.amount.currentText().startswith(PSEUDO_OPEN)
    problem = thinking.problem()
    assert problem is not None and problem.startswith(PSEUDO_OPEN) and "Deep" in problem
    assert untranslated(dock, skip=skip) == []


def test_counts_read_right_in_english(qtbot: Any, tmp_path: Path) -> None:
    """The plural strings give English its singular (no translator installed here)."""
    picker = ModelPickerDialog([MODEL], lambda _text: [MODEL], MODEL.id)
    qtbot.addWidget(picker)
    assert picker.status.text() == "1 of 1 model"
    picker.set_models([MODEL, NO_TOOLS])
    picker.query.setText("any")  # (this search keeps one model, whatever is typed)
    assert picker.status.text() == "1 of 2 models"

    service = PresetService(PresetStore(tmp_path / "presets.json"))
    service.add(MINE)
    service.add(replace(MINE, name="Second"))
    notices = RecordingNotices()
    manager = ManagePresetsDialog(service, notices=notices)
    qtbot.addWidget(manager)
    out = tmp_path / "out.json"
    notices.answer(out)
    manager.run("export")
    assert manager.message.text() == f"Exported 1 preset to {out}."
    service.export(out, ["Writer", "Second"])
    service.delete("Writer")
    notices.answer(True)  # replace "Second"
    manager.import_path(out)
    assert manager.message.text() == "Imported 2 presets."
    notices.answer(False)  # keep both
    manager.import_path(out)
    assert manager.message.text() == "Imported 0 presets. Kept your 2 existing presets."
