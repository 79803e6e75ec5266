"""Run a prompt set: which presets (two to four), blind or not, fair, how many at once."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from app.render.safe_text import shorten

from ..compare.new_comparison import PresetChoiceDialog

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
        prompts = f"{count} prompt" + ("" if count == 1 else "s")
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
        super().__init__(
            presets,
            window_title="Run a prompt set",
            intro=(
                f"Send the {prompts} of <b>{html.escape(shorten(prompt_set.name, 80))}</b> to "
                f"two to four presets with <b>{html.escape(shorten(model_name, 80))}</b> (or "
                "the model a preset names). You see what it may cost before anything is sent."
            ),
            list_name="Presets to run the set with",
            blind_text=(
                "Blind: hide the names and shuffle the answers until I pick the best of each prompt"
            ),
            fair_text=(
                "Fair: the same provider for each model, and only providers that take every setting"
            ),
            ok_text="Run",
            extra=form,
            parent=parent,
        )

    @property
    def title(self) -> str:
        return self.typed_title or f"{self._set.name}: " + " vs ".join(p.name for p in self.chosen)

    @property
    def concurrency(self) -> int:
        return self.at_once.value()
