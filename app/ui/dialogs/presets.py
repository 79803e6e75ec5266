"""Saving presets, and the preset manager: every preset's values, to read and to edit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate
from app.core.params import PARAM_SPECS, ProviderRouting, SamplingParams
from app.core.presets import (
    NAME_MAX,
    Preset,
    PresetError,
    check_preset_name,
    shown_builtin_text,
)
from app.core.routing_words import routing_phrases
from app.core.thinking import room_warning
from app.services.presets import BuiltinPresetError, PresetNameTakenError

from ..docks.param_rows import (
    NumberRow,
    ParamRow,
    ResponseFormatRow,
    StopRow,
    ThinkingRow,
    param_label,
)
from ..labels import WrappedLabel, announce
from ..notices import Notices
from ..theme import error_color

if TYPE_CHECKING:
    from app.services.presets import PresetService


class SavePresetDialog(QDialog):
    """Name, description, and whether the model and system prompt go into the preset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("presets", "Save as preset"))
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("presets", "Preset name"))
        self.description = QLineEdit()
        self.description.setAccessibleName(translate("presets", "Preset description"))
        self.description.setPlaceholderText(translate("presets", "What it does and when to use it"))
        # Wide enough to read the hint and a sentence of description without scrolling.
        hint = self.description.placeholderText()
        width = self.description.fontMetrics().horizontalAdvance(hint) + 40
        for field in (self.name, self.description):
            field.setMinimumWidth(max(width, 320))
        self.include_model = QCheckBox(translate("presets", "Include the model"))
        self.include_prompt = QCheckBox(translate("presets", "Include the system prompt"))
        self.error = WrappedLabel()  # a whole sentence, however long, never cut off
        self.error.setStyleSheet(f"color: {error_color()}")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("presets", "Name"), self.name)
        form.addRow(translate("presets", "Description"), self.description)
        form.addRow(self.include_model)
        form.addRow(self.include_prompt)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)


class PresetEditor(QWidget):
    """One preset's values, to read and change: name, description, model, system prompt, every
    parameter it sets (the dock's own rows, so ranges and messages are the dock's), and its
    provider choices, shown as they are and kept as they are.

    Parameters the preset leaves unset are hidden; "Set another parameter…" shows one.
    Switching a parameter off (or Reset) leaves it unset when saved.

    Signals:
        edited(): something was changed since the preset was shown.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preset: Preset | None = None
        self._loading = False
        self.dirty = False
        self.name = QLineEdit()
        self.name.setAccessibleName(translate("presets", "Preset name"))
        self.name.setMaxLength(NAME_MAX)
        self.name_error = _error_label()
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(translate("presets", "Preset description"))
        self.description.setPlaceholderText(translate("presets", "What it does and when to use it"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.model_switch = QCheckBox(translate("presets", "Use a particular model"))
        self.model = QLineEdit()
        self.model.setAccessibleName(translate("presets", "Model ID"))
        self.model.setPlaceholderText(
            translate("presets", "A model ID such as microsoft/wizardlm-2-8x22b")
        )
        self.model_error = _error_label()
        self.model_help = WrappedLabel(
            translate("presets", "Switched off, each conversation keeps its own model.")
        )
        self.prompt_switch = QCheckBox(translate("presets", "Replace the system prompt"))
        self.prompt = QPlainTextEdit()
        self.prompt.setAccessibleName(translate("presets", "System prompt"))
        self.prompt.setPlaceholderText(
            translate("presets", "Empty: conversations that use this preset have none")
        )
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.prompt_help = WrappedLabel(
            translate("presets", "Switched off, each conversation keeps its own system prompt.")
        )
        self.routing = WrappedLabel()
        self.routing.setAccessibleName(translate("presets", "Provider choices"))
        self.routing.setTextFormat(Qt.TextFormat.PlainText)
        self.rows = _param_rows()
        self.no_params = WrappedLabel(
            translate(
                "presets", "This preset sets no parameters, so each provider's own defaults apply."
            )
        )
        self.add_button = QPushButton(translate("presets", "Set another parameter…"))
        self.add_menu = QMenu(self.add_button)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(translate("presets", "Name"), self.name)
        form.addRow("", self.name_error)
        form.addRow(translate("presets", "Description"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.model_switch)
        layout.addWidget(self.model)
        layout.addWidget(self.model_error)
        layout.addWidget(self.model_help)
        layout.addWidget(self.prompt_switch)
        layout.addWidget(self.prompt)
        layout.addWidget(self.prompt_help)
        layout.addWidget(self.routing)
        for label in (self.model_help, self.prompt_help, self.no_params):
            label.setProperty("role", "help")  # styled as the dock's help lines
        heading = QLabel(translate("presets", "Parameters"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self.no_params)
        for row in self.rows.values():
            layout.addWidget(row)
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        layout.addLayout(add_line)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.name.textEdited.connect(lambda _t: self._edited())
        self.description.textChanged.connect(self._edited)
        self.model_switch.toggled.connect(lambda _b: self._edited())
        self.model.textEdited.connect(lambda _t: self._typed(self.model_switch))
        self.prompt_switch.toggled.connect(lambda _b: self._edited())
        self.prompt.textChanged.connect(lambda: self._typed(self.prompt_switch))
        for row in self.rows.values():
            row.changed.connect(self._edited)

    # -- showing ------------------------------------------------------------------------------

    def show_preset(self, preset: Preset | None) -> None:
        """Show ``preset``'s values (None: nothing chosen), forgetting any edits."""
        self._preset = preset
        self._loading = True
        try:
            self._show_fields(preset)
            params = preset.params if preset else SamplingParams()
            for name, row in self.rows.items():
                value = getattr(params, name)
                row.set_value(value)
                row.setVisible(value is not None)
        finally:
            self._loading = False
        self.dirty = False
        self.name.setReadOnly(bool(preset and preset.builtin))  # a built-in keeps its name
        self.setEnabled(preset is not None)
        self._show_state()

    def _show_fields(self, preset: Preset | None) -> None:
        self.name.setText(preset.shown_name if preset else "")  # a built-in's translated
        self.description.setPlainText(preset.shown_description if preset else "")
        model = preset.model if preset else None
        self.model_switch.setChecked(model is not None)
        self.model.setText(model or "")
        prompt = preset.system_prompt if preset else None
        self.prompt_switch.setChecked(prompt is not None)
        self.prompt.setPlainText(prompt or "")
        routing = getattr(preset, "routing", None)  # presets carry routing from #17 on
        text = routing_text(routing) if isinstance(routing, ProviderRouting) else ""
        self.routing.setText(text)
        self.routing.setVisible(bool(text))
        for label in (self.name_error, self.model_error):
            label.setText("")
            label.hide()

    def _typed(self, switch: QCheckBox) -> None:
        if self._loading:
            return
        if not switch.isChecked():
            switch.setChecked(True)  # typing a value means "use it"
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._show_state()
        self.edited.emit()

    def _show_state(self) -> None:
        self.no_params.setVisible(not any(row.isVisibleTo(self) for row in self.rows.values()))
        self.add_button.setEnabled(any(row.isHidden() for row in self.rows.values()))
        thinking, length = self.rows["reasoning"].value(), self.rows["max_tokens"].value()
        warning = room_warning(thinking, length if isinstance(length, int) else None)
        for name in ("reasoning", "max_tokens"):
            self.rows[name].set_warning(warning)

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        for name, row in self.rows.items():
            if row.isHidden():
                action = self.add_menu.addAction(param_label(row.spec))
                action.triggered.connect(lambda _c=False, n=name: self.add_parameter(n))

    def add_parameter(self, name: str) -> None:
        """Show a parameter the preset leaves unset, switched on, and put the cursor in it."""
        row = self.rows[name]
        row.show()
        row.switch.setChecked(True)  # emits changed: the preset was edited
        _value_widget(row).setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_state()

    # -- reading ------------------------------------------------------------------------------

    def problem_widget(self) -> QWidget | None:
        """Check every field, showing each problem beside it; the first field with one."""
        first: QWidget | None = None
        try:
            check_preset_name(self.name.text())
            self._show_error(self.name_error, None)
        except PresetError as error:
            self._show_error(self.name_error, error.user_message)
            first = self.name
        model_problem = self._model_problem()
        self._show_error(self.model_error, model_problem)
        if model_problem and first is None:
            first = self.model
        for row in self.rows.values():
            if row.problem() is not None and first is None:
                first = _value_widget(row)
        return first

    def show_name_error(self, text: str) -> None:
        self._show_error(self.name_error, text)

    def _model_problem(self) -> str | None:
        if not self.model_switch.isChecked():
            return None
        model = self.model.text().strip()
        if not model or len(model.split()) != 1:
            return translate(
                "presets", "Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off."
            )
        return None

    @staticmethod
    def _show_error(label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))

    def edited_preset(self) -> Preset | None:
        """The preset as shown now, or None while a field has a problem (shown beside it)."""
        if self._preset is None or self.problem_widget() is not None:
            return None
        values = {name: row.value() for name, row in self.rows.items()}
        name, description = self.name.text().strip(), self.description.toPlainText().strip()
        if name == self._preset.shown_name:  # a built-in's English name stays its identity
            name = self._preset.name
        if description == self._preset.shown_description:
            description = self._preset.description
        return replace(  # replace keeps what is not edited here (provider routing)
            self._preset,
            name=name,
            description=description,
            params=SamplingParams(**values),
            model=self.model.text().strip() if self.model_switch.isChecked() else None,
            system_prompt=self.prompt.toPlainText() if self.prompt_switch.isChecked() else None,
        )


class ManagePresetsDialog(QDialog):
    """Every preset, with its values to read and edit; duplicate, delete, import and export.

    Built-in presets cannot be changed: their edits are kept with "Save as a copy…".

    Signals:
        presets_changed(): the list of presets, or a preset's values, changed.
    """

    presets_changed = Signal()

    def __init__(
        self,
        service: PresetService,
        parent: QWidget | None = None,
        *,
        notices: Notices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("presets", "Presets"))
        self.resize(900, 640)  # fits a 1024×700 screen; the values scroll when long
        self._service = service
        self._notices = notices if notices is not None else Notices(self)
        self._shown: str | None = None  # the preset the editor shows
        self.list = QListWidget()
        self.list.setAccessibleName(translate("presets", "Presets"))
        self.buttons: dict[str, QPushButton] = {}
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        grid = QGridLayout()
        for index, (key, label) in enumerate(
            (
                ("duplicate", translate("presets", "Duplicate")),
                ("delete", translate("presets", "Delete…")),
                ("import", translate("presets", "Import…")),
                ("export", translate("presets", "Export…")),
            )
        ):
            button = QPushButton(label)
            button.setAutoDefault(False)  # Enter saves; it never deletes or duplicates
            button.clicked.connect(lambda _c=False, k=key: self.run(k))
            grid.addWidget(button, index // 2, index % 2)
            self.buttons[key] = button
        left.addLayout(grid)
        self.editor = PresetEditor()
        self.editor.edited.connect(self._edited)
        self.values_area = QScrollArea()
        self.values_area.setWidget(self.editor)
        self.values_area.setWidgetResizable(True)
        self.values_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.values_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the values
        self.builtin_note = WrappedLabel(
            translate(
                "presets",
                "This is a built-in preset, so it cannot be changed. "
                "Save as a copy… keeps your changes as a preset of your own.",
            )
        )
        self.summary = WrappedLabel()  # what it sets, in one line, as the dock's summary says it
        self.summary.setAccessibleName(translate("presets", "What the preset sets"))
        self.message = WrappedLabel()
        self.message.setAccessibleName(translate("presets", "Message"))
        self._add_actions(left)

    def _add_actions(self, left: QVBoxLayout) -> None:
        self.undo_button = QPushButton(translate("presets", "Undo changes"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        self.copy_button = QPushButton(translate("presets", "Save as a copy…"))
        self.copy_button.clicked.connect(self.save_copy)
        self.save_button = QPushButton(translate("presets", "Save"))
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.values_area, 1)
        right.addWidget(self.builtin_note)
        right.addWidget(self.message)
        right.addLayout(actions)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(lambda _a, _b: self._selected())
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """List the presets again and show ``select`` (or the one shown, or the first)."""
        current = select or self._shown
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for preset in self._service.presets():
            item = QListWidgetItem(
                translate("presets", "{name}  (built in)").format(name=preset.shown_name)
                if preset.builtin
                else preset.name
            )
            item.setData(Qt.ItemDataRole.UserRole, preset.name)
            self.list.addItem(item)
            if preset.name == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(blocked)
        self._show(self.current_name())

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def current_preset(self) -> Preset | None:
        name = self.current_name()
        return self._service.get(name) if name else None

    def _selected(self) -> None:
        name = self.current_name()
        if name == self._shown:
            return
        if self.editor.dirty and not self._discard_ok():
            self._select_quietly(self._shown)  # keep the edits on screen
            return
        self.message.setText("")
        self._show(name)

    def _select_quietly(self, name: str | None) -> None:
        blocked = self.list.blockSignals(True)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)
        self.list.blockSignals(blocked)

    def _discard_ok(self) -> bool:
        return self._notices.confirm(
            translate("presets", "Discard changes?"),
            translate("presets", "Your changes to “{name}” are not saved. Discard them?").format(
                name=shown_builtin_text(self._shown or "")
            ),
            translate("presets", "Discard"),
            parent=self,
        )

    def _show(self, name: str | None) -> None:
        preset = self._service.get(name) if name else None
        self._shown = preset.name if preset else None
        self.summary.setText(
            translate("presets", "Sets: {summary}").format(summary=preset.summary) if preset else ""
        )
        self.editor.show_preset(preset)
        self.values_area.verticalScrollBar().setValue(0)
        self._show_buttons()

    def _edited(self) -> None:
        self.message.setText("")
        self._show_buttons()

    def _show_buttons(self) -> None:
        preset = self.current_preset()
        builtin = bool(preset and preset.builtin)
        dirty = self.editor.dirty
        self.buttons["delete"].setEnabled(preset is not None and not builtin)
        self.buttons["duplicate"].setEnabled(preset is not None)
        self.buttons["export"].setEnabled(preset is not None)
        self.save_button.setVisible(not builtin)
        self.save_button.setEnabled(preset is not None and dirty)
        self.copy_button.setEnabled(preset is not None)
        self.undo_button.setEnabled(dirty)
        self.builtin_note.setVisible(builtin)
        default = self.copy_button if builtin else self.save_button
        default.setDefault(True)  # what Enter does
        (self.save_button if builtin else self.copy_button).setDefault(False)

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the shown values over the (user) preset; nothing is saved while a value has
        a problem."""
        preset = self._checked_preset()
        if preset is None or self._shown is None:
            return
        try:
            saved = self._service.update(self._shown, preset)
        except (PresetNameTakenError, BuiltinPresetError) as error:
            self._refused(error.user_message, self.editor.name)
            return
        except PresetError as error:
            self.message.setText(_not_saved(error.user_message))
            return
        self._saved(
            saved, translate("presets", "Saved the preset “{name}”.").format(name=saved.name)
        )

    def save_copy(self) -> None:
        """Keep the shown values as a new preset of the person's own, under a name they give."""
        preset = self._checked_preset()
        if preset is None:
            return
        try:
            suggested = self._service.copy_name(preset.shown_name)
        except PresetError:
            suggested = ""
        name = self._notices.ask_text(
            translate("presets", "Save as a copy"),
            translate("presets", "Name of the new preset:"),
            suggested,
            parent=self,
        )
        if name is None or not name.strip():
            return
        try:
            # (a copy of a built-in is the person's own: in their language, as they see it)
            saved = self._service.add(
                replace(preset, name=name, description=preset.shown_description)
            )
        except PresetError as error:
            self.message.setText(_not_saved(error.user_message))
            return
        self._saved(
            saved,
            translate("presets", "Saved your changes as the preset “{name}”.").format(
                name=saved.name
            ),
        )

    def undo(self) -> None:
        self.message.setText("")
        self._show(self._shown)

    def _checked_preset(self) -> Preset | None:
        self.message.setText("")
        preset = self.editor.edited_preset()
        if preset is None:
            self._refused(
                translate("presets", "Nothing was saved. Fix the value marked in red first."),
                self.editor.problem_widget(),
            )
        return preset

    def _refused(self, text: str, field: QWidget | None) -> None:
        if field is self.editor.name:
            self.editor.show_name_error(text)
            text = translate("presets", "Nothing was saved. Choose another name first.")
        self.message.setText(text)
        announce(self.message, text, assertive=True)
        if field is not None:
            self.values_area.ensureWidgetVisible(field)
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, preset: Preset, text: str) -> None:
        self.editor.dirty = False
        self._changed(preset.name)
        self.message.setText(text)

    def reject(self) -> None:
        """Escape or Close: unsaved edits are only dropped when the person agrees."""
        if self.editor.dirty and not self._discard_ok():
            return
        super().reject()

    # -- the list's actions -------------------------------------------------------------------

    def run(self, action: str) -> None:
        if action != "export" and self.editor.dirty and not self._discard_ok():
            return  # the list is about to change under the edits
        self.message.setText("")
        try:
            getattr(self, f"_{action}")()
        except PresetError as error:
            self.message.setText(error.user_message)

    def _duplicate(self) -> None:
        name = self.current_name()
        if name is not None:
            self._changed(self._service.duplicate(name).name)

    def _delete(self) -> None:
        name = self.current_name()
        if name is not None and self._notices.confirm(
            translate("presets", "Delete preset"),
            translate("presets", "Delete the preset “{name}”?").format(name=name),
            translate("presets", "Delete"),
            parent=self,
        ):
            self._service.delete(name)
            self._changed(None)

    def _export(self) -> None:
        name = self.current_name()
        if name is None:
            return
        path = self._notices.choose_path(
            "save",
            translate("presets", "Export preset"),
            translate("presets", "Presets (*.json)"),
            Path.home() / f"{name}.json",
            parent=self,
        )
        if path:
            count = self._service.export(Path(path), [name])
            self.message.setText(
                translate(
                    "presets",
                    "Exported %n presets to {path}.",
                    "one: Exported %n preset to {path}.",
                    count,
                ).format(path=path)
            )

    def _import(self) -> None:
        path = self._notices.choose_path(
            "open",
            translate("presets", "Import presets"),
            translate("presets", "Presets (*.json)"),
            Path.home(),
            parent=self,
        )
        if path:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import a presets file, asking before anything existing is replaced."""
        try:
            self._import_plan(path)
        except PresetError as error:
            self.message.setText(error.user_message)

    def _import_plan(self, path: Path) -> None:
        plan = self._service.import_file(path)
        overwrite: set[str] = set()
        if plan.conflicts:
            names = ", ".join(f"“{p.name}”" for p in plan.conflicts)
            question = translate(
                "presets",
                "You already have presets named {names}. Replace them with the imported ones?",
            ).format(names=names)
            title = translate("presets", "Replace presets?")
            replace_word = translate("presets", "Replace")
            if self._notices.confirm(title, question, replace_word, parent=self):
                overwrite = {p.name for p in plan.conflicts}
        taken = self._service.apply_import(plan, overwrite)
        notes = [
            translate("presets", "Imported %n presets.", "one: Imported %n preset.", len(taken))
        ]
        skipped = len(plan.conflicts) - len(overwrite)
        if skipped:
            notes.append(
                translate(
                    "presets",
                    "Kept your %n existing presets.",
                    "one: Kept your %n existing preset.",
                    skipped,
                )
            )
        if plan.builtin_clashes:
            clash = ", ".join(p.name for p in plan.builtin_clashes)
            notes.append(
                translate("presets", "Skipped {names}: a built-in preset has that name.").format(
                    names=clash
                )
            )
        self._changed(taken[0].name if taken else None)
        self.message.setText(" ".join(notes))

    def _changed(self, select: str | None) -> None:
        self.refresh(select)
        self.presets_changed.emit()


def routing_text(routing: ProviderRouting) -> str:
    """A preset's provider choices, one a line under a heading; empty when it has none."""
    phrases = routing_phrases(routing)
    if not phrases:
        return ""
    heading = translate("presets", "Providers (kept as they are when you save):")
    return "\n".join([heading, *(f"• {p}" for p in phrases)])


def _not_saved(problem: str) -> str:
    return translate("presets", "{problem} Nothing was saved.").format(problem=problem)


def _param_rows() -> dict[str, ParamRow]:
    """The dock's rows, one per parameter, in the dock's order."""
    rows: dict[str, ParamRow] = {}
    for spec in PARAM_SPECS:
        if spec.kind == "stop":
            rows[spec.name] = StopRow(spec)
        elif spec.kind == "response_format":
            rows[spec.name] = ResponseFormatRow(spec)
        elif spec.kind == "reasoning":
            rows[spec.name] = ThinkingRow(spec)
        else:
            rows[spec.name] = NumberRow(spec)
    return rows


def _value_widget(row: ParamRow) -> QWidget:
    """Where a person types or picks the row's value."""
    if isinstance(row, NumberRow):
        return row.field
    if isinstance(row, StopRow):
        return row.text
    if isinstance(row, ResponseFormatRow):
        return row.kind
    if isinstance(row, ThinkingRow):
        return row.amount
    return row.switch


def _error_label() -> WrappedLabel:
    label = WrappedLabel()  # a whole sentence, however long, never cut off
    label.setStyleSheet(f"color: {error_color()}")
    label.hide()
    return label
