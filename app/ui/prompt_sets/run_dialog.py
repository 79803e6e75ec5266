"""Run a prompt set: which presets (two to four), blind or not, fair, how many at once."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.render.safe_text import plain_tooltip, shorten

from ..labels import WrappedLabel
from ..theme import error_color

if TYPE_CHECKING:
    from app.core.presets import Preset
    from app.core.prompt_sets import PromptSet

MIN_COLUMNS, MAX_COLUMNS = 2, 4
MIN_AT_ONCE, MAX_AT_ONCE, DEFAULT_AT_ONCE = 1, 8, 4


class RunDialog(QDialog):
    """After ``exec()``: ``chosen`` (the ticked presets, in list order), ``title``, ``blind``,
    ``fair`` and ``concurrency``."""

    def __init__(
        self,
        prompt_set: PromptSet,
        presets: list[Preset],
        model_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Run a prompt set")
        self.setMinimumWidth(500)
        self._set = prompt_set
        self._presets = presets
        count = len(prompt_set.items)
        prompts = f"{count} prompt" + ("" if count == 1 else "s")
        intro = QLabel(
            f"Send the {prompts} of <b>{html.escape(shorten(prompt_set.name, 80))}</b> to two to "
            f"four presets with <b>{html.escape(shorten(model_name, 80))}</b> (or the model a "
            "preset names). You see what it may cost before anything is sent."
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Presets to run the set with")
        for preset in presets:
            item = QListWidgetItem(preset.name)
            item.setToolTip(plain_tooltip(preset.description))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.title_field = QLineEdit()
        self.title_field.setPlaceholderText("Title (optional)")
        self.blind_box = QCheckBox(
            "Blind: hide the names and shuffle the answers until I pick the best of each prompt"
        )
        self.fair_box = QCheckBox(
            "Fair: the same provider for each model, and only providers that take every setting"
        )
        self.fair_box.setChecked(True)
        self.at_once = QSpinBox()
        self.at_once.setRange(MIN_AT_ONCE, MAX_AT_ONCE)
        self.at_once.setValue(DEFAULT_AT_ONCE)
        self.at_once.setAccessibleName("Answers written at once")
        self.at_once.setToolTip(
            "How many answers are written at the same time. Fewer is gentler on the "
            "provider's limits; more finishes sooner."
        )
        form = QFormLayout()
        form.addRow("Answers at once:", self.at_once)
        self.error = WrappedLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {error_color()}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Run")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.title_field)
        layout.addWidget(self.blind_box)
        layout.addWidget(self.fair_box)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.chosen: list[Preset] = []

    def tick(self, *names: str) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.text() in names:
                item.setCheckState(Qt.CheckState.Checked)

    @property
    def title(self) -> str:
        typed = self.title_field.text().strip()
        return typed or f"{self._set.name}: " + " vs ".join(p.name for p in self.chosen)

    @property
    def blind(self) -> bool:
        return self.blind_box.isChecked()

    @property
    def fair(self) -> bool:
        return self.fair_box.isChecked()

    @property
    def concurrency(self) -> int:
        return self.at_once.value()

    def _accept(self) -> None:
        ticked = [
            self._presets[i]
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        if not MIN_COLUMNS <= len(ticked) <= MAX_COLUMNS:
            self.error.setText(
                f"Tick between {MIN_COLUMNS} and {MAX_COLUMNS} presets (now {len(ticked)})."
            )
            return
        self.chosen = ticked
        self.accept()
