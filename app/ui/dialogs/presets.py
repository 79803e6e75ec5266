"""Saving and managing presets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.presets import PresetError

from ..labels import WrappedLabel
from ..notices import Notices
from ..theme import error_color

if TYPE_CHECKING:
    from app.services.presets import PresetService


class SavePresetDialog(QDialog):
    """Name, description, and whether the model and system prompt go into the preset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save as preset")
        self.name = QLineEdit()
        self.name.setAccessibleName("Preset name")
        self.description = QLineEdit()
        self.description.setAccessibleName("Preset description")
        self.description.setPlaceholderText("What it does and when to use it")
        # Wide enough to read the hint and a sentence of description without scrolling.
        hint = self.description.placeholderText()
        width = self.description.fontMetrics().horizontalAdvance(hint) + 40
        for field in (self.name, self.description):
            field.setMinimumWidth(max(width, 320))
        self.include_model = QCheckBox("Include the model")
        self.include_prompt = QCheckBox("Include the system prompt")
        self.error = WrappedLabel()  # a whole sentence, however long, never cut off
        self.error.setStyleSheet(f"color: {error_color()}")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Name", self.name)
        form.addRow("Description", self.description)
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


class ManagePresetsDialog(QDialog):
    """Rename, duplicate, delete, import and export presets.

    Signals:
        presets_changed(): the list of presets changed.
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
        self.setWindowTitle("Presets")
        self.resize(560, 420)
        self._service = service
        self._notices = notices if notices is not None else Notices(self)
        self.list = QListWidget()
        self.list.setAccessibleName("Presets")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.summary = QLabel()  # what it sets, as the dock's summary line says it
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What the preset sets")
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label in (
            ("rename", "Rename…"),
            ("duplicate", "Duplicate"),
            ("delete", "Delete…"),
            ("import", "Import…"),
            ("export", "Export…"),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, k=key: self.run(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.description)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(lambda _a, _b: self._selected())
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        current = select or self.current_name()
        self.list.clear()
        for preset in self._service.presets():
            item = QListWidgetItem(preset.name + ("  (built in)" if preset.builtin else ""))
            item.setData(Qt.ItemDataRole.UserRole, preset.name)
            self.list.addItem(item)
            if preset.name == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._selected()

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _selected(self) -> None:
        name = self.current_name()
        preset = self._service.get(name) if name else None
        self.description.setText(preset.description if preset else "")
        self.summary.setText(f"Sets: {preset.summary}" if preset else "")
        builtin = bool(preset and preset.builtin)
        self.buttons["rename"].setEnabled(preset is not None and not builtin)
        self.buttons["delete"].setEnabled(preset is not None and not builtin)
        self.buttons["duplicate"].setEnabled(preset is not None)

    def run(self, action: str) -> None:
        self.message.setText("")
        try:
            getattr(self, f"_{action}")()
        except PresetError as error:
            self.message.setText(error.user_message)

    def _rename(self) -> None:
        name = self.current_name()
        if name is None:
            return
        new = self._notices.ask_text("Rename preset", "New name:", name, parent=self)
        if new is not None and new.strip():
            renamed = self._service.rename(name, new)
            self._changed(renamed.name)

    def _duplicate(self) -> None:
        name = self.current_name()
        if name is not None:
            self._changed(self._service.duplicate(name).name)

    def _delete(self) -> None:
        name = self.current_name()
        if name is not None and self._notices.confirm(
            "Delete preset", f"Delete the preset “{name}”?", "Delete", parent=self
        ):
            self._service.delete(name)
            self._changed(None)

    def _export(self) -> None:
        name = self.current_name()
        if name is None:
            return
        path = self._notices.choose_path(
            "save", "Export preset", "Presets (*.json)", Path.home() / f"{name}.json", parent=self
        )
        if path:
            count = self._service.export(Path(path), [name])
            self.message.setText(f"Exported {count} preset to {path}.")

    def _import(self) -> None:
        path = self._notices.choose_path(
            "open", "Import presets", "Presets (*.json)", Path.home(), parent=self
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
            question = (
                f"You already have presets named {names}. Replace them with the imported ones?"
            )
            if self._notices.confirm("Replace presets?", question, "Replace", parent=self):
                overwrite = {p.name for p in plan.conflicts}
        taken = self._service.apply_import(plan, overwrite)
        notes = [f"Imported {len(taken)} preset{'s' if len(taken) != 1 else ''}."]
        skipped = len(plan.conflicts) - len(overwrite)
        if skipped:
            notes.append(f"Kept your {skipped} existing preset{'s' if skipped != 1 else ''}.")
        if plan.builtin_clashes:
            clash = ", ".join(p.name for p in plan.builtin_clashes)
            notes.append(f"Skipped {clash}: a built-in preset has that name.")
        self._changed(taken[0].name if taken else None)
        self.message.setText(" ".join(notes))

    def _changed(self, select: str | None) -> None:
        self.refresh(select)
        self.presets_changed.emit()
