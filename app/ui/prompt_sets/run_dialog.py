"""Run a prompt set: which presets (two to four), blind or not, fair, how many at once."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from app.core.i18n import translate
from app.render.safe_text import shorten

from ..compare.new_comparison import PresetChoiceDialog, versus

if TYPE_CHECKING:
    from app.core.presets import Preset
    from app.core.prompt_sets import PromptSet

MIN_AT_ONCE, MAX_AT_ONCE, DEFAULT_AT_ONCE = 1, 8, 4


class RunDialog(PresetChoiceDialog):
    """After ``exec()``: ``chosen`` (the ticked presets, in list order), ``title``, ``blind``,
    ``fair`` and ``concurrency``."""

    def __init__(
        self,
        prompt_set: PromptSet,
        presets: list[Preset],
        model_name: str,
        parent: QWidget | None = None,
    ) -> None:
        self._set = prompt_set
        count = len(prompt_set.items)
        self.at_once = QSpinBox()
        self.at_once.setRange(MIN_AT_ONCE, MAX_AT_ONCE)
        self.at_once.setValue(DEFAULT_AT_ONCE)
        self.at_once.setAccessibleName(translate("run_dialog", "Answers written at once"))
        self.at_once.setToolTip(
            translate(
                "run_dialog",
                "How many answers are written at the same time. Fewer is gentler on the "
                "provider's limits; more finishes sooner.",
            )
        )
        form = QFormLayout()
        form.addRow(translate("run_dialog", "Answers at once:"), self.at_once)
        intro = html.escape(
            translate(
                "run_dialog",
                "Send the %n prompts of {name} to two to four presets with {model} (or the "
                "model a preset names). You see what it may cost before anything is sent.",
                "one: Send the %n prompt of {name} to two to four presets with {model} (or the "
                "model a preset names). You see what it may cost before anything is sent.",
                count,
            )
        ).format(
            name=f"<b>{html.escape(shorten(prompt_set.name, 80))}</b>",
            model=f"<b>{html.escape(shorten(model_name, 80))}</b>",
        )
        super().__init__(
            presets,
            window_title=translate("run_dialog", "Run a prompt set"),
            intro=intro,
            list_name=translate("run_dialog", "Presets to run the set with"),
            blind_text=translate(
                "run_dialog",
                "Blind: hide the names and shuffle the answers until I pick the best of each "
                "prompt",
            ),
            fair_text=translate(
                "run_dialog",
                "Fair: the same provider for each model, and only providers that take every "
                "setting",
            ),
            ok_text=translate("run_dialog", "Run"),
            extra=form,
            parent=parent,
        )

    @property
    def title(self) -> str:
        if self.typed_title:
            return self.typed_title
        return translate("run_dialog", "{set}: {presets}").format(
            set=self._set.name, presets=versus([p.shown_name for p in self.chosen])
        )

    @property
    def concurrency(self) -> int:
        return self.at_once.value()
