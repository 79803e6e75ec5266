"""Choose what to compare: two to four presets, one model, blind or not, fair or not. The
prompt-set Run dialog asks the same questions (``PresetChoiceDialog``) and one more."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.compare_settings import BLIND_TITLE  # (its presets' names would tell)
from app.core.i18n import translate
from app.render.safe_text import plain_tooltip, shorten

from ..labels import WrappedLabel
from ..theme import error_color

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLayout

    from app.core.presets import Preset

MIN_COLUMNS, MAX_COLUMNS = 2, 4


class PresetChoiceDialog(QDialog):
    """Tick two to four presets, a title, blind, fair. After ``exec()``: ``chosen`` (the
    ticked presets, in list order), ``title``, ``blind``, ``fair``."""

    def __init__(
        self,
        presets: list[Preset],
        *,
        window_title: str,
        intro: str,  # rich text: the caller escapes what it quotes
        list_name: str,
        blind_text: str,
        fair_text: str,
        ok_text: str,
        extra: QLayout | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title)
        self.setMinimumWidth(500)
        self._presets = presets
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(list_name)
        for preset in presets:
            item = QListWidgetItem(preset.shown_name)
            item.setToolTip(plain_tooltip(preset.shown_description))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.title_field = QLineEdit()
        self.title_field.setPlaceholderText(translate("new_comparison", "Title (optional)"))
        self.blind_box = QCheckBox(blind_text)
        self.fair_box = QCheckBox(fair_text)
        self.fair_box.setChecked(True)
        self.fair_box.setToolTip(
            translate(
                "new_comparison",
                "Otherwise the answers may come from different companies running the model, and "
                "one of them may quietly ignore a setting, so you would compare those instead.",
            )
        )
        self.error = WrappedLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {error_color()}")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro_label, self.list, self.title_field, self.blind_box, self.fair_box):
            layout.addWidget(widget)
        if extra is not None:
            layout.addLayout(extra)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.chosen: list[Preset] = []

    def tick(self, *names: str) -> None:
        """Tick the presets named (their English names: what is shown may be translated)."""
        for index in range(self.list.count()):
            item = self.list.item(index)
            if self._presets[index].name in names:
                item.setCheckState(Qt.CheckState.Checked)

    @property
    def typed_title(self) -> str:
        return self.title_field.text().strip()

    @property
    def blind(self) -> bool:
        return self.blind_box.isChecked()

    @property
    def fair(self) -> bool:
        return self.fair_box.isChecked()

    def _accept(self) -> None:
        ticked = [
            self._presets[i]
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        if not MIN_COLUMNS <= len(ticked) <= MAX_COLUMNS:
            self.error.setText(
                translate(
                    "new_comparison", "Tick between {least} and {most} presets (now {ticked})."
                ).format(least=MIN_COLUMNS, most=MAX_COLUMNS, ticked=len(ticked))
            )
            return
        self.chosen = ticked
        self.accept()


class NewComparisonDialog(PresetChoiceDialog):
    """After ``exec()``: ``chosen`` (the ticked presets, in list order), ``title``, ``blind``,
    ``fair``."""

    def __init__(
        self, presets: list[Preset], model_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            presets,
            window_title=translate("new_comparison", "New comparison"),
            intro=html.escape(
                translate(
                    "new_comparison",
                    "Tick two to four presets. One prompt goes to all of them with {model} "
                    "(or the model a preset names); the answers stream side by side.",
                )
            ).format(model=f"<b>{html.escape(shorten(model_name, 80))}</b>"),
            list_name=translate("new_comparison", "Presets to compare"),
            blind_text=translate(
                "new_comparison",
                "Blind: hide the names and shuffle the columns until I pick the best",
            ),
            fair_text=translate(
                "new_comparison",
                "Fair: the same provider for every column of a model, and every setting must "
                "be honoured",
            ),
            ok_text=translate("new_comparison", "Compare"),
            parent=parent,
        )

    @property
    def title(self) -> str:
        """As typed; else, for a blind comparison, one that names no preset (it shows in the
        tab and the library before the pick); else "Precise vs Creative"."""
        if self.typed_title:
            return self.typed_title
        return BLIND_TITLE if self.blind else versus([p.shown_name for p in self.chosen])


def versus(names: list[str]) -> str:
    """A title of names set against each other: "Precise vs Creative vs Balanced"."""
    title = names[0] if names else ""
    for name in names[1:]:
        title = translate("new_comparison", "{left} vs {right}").format(left=title, right=name)
    return title
