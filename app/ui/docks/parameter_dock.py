"""The parameter dock: the model, the system prompt, every sampling parameter, provider
routing and presets, for the conversation in the current tab."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6 import QtCore  # QtCore.Qt at use: importing Qt builds all its enums (~20 ms)
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.conversation import ChatSettings
from app.core.models import ModelInfo
from app.core.params import PARAM_SPECS, ProviderRouting, SamplingParams

if TYPE_CHECKING:
    from app.core.presets import Preset

    from .param_rows import ParamRow

_Method = TypeVar("_Method", bound=Callable[..., Any])


def _with_contents(method: _Method) -> _Method:
    """The dock's public methods build its contents first, if it was deferred."""

    @functools.wraps(method)
    def wrapper(self: ParameterDock, *args: Any, **kwargs: Any) -> Any:
        self.build()
        return method(self, *args, **kwargs)

    return cast(_Method, wrapper)


EDIT_DELAY_MS = 250  # typing settles before the conversation is saved
_SORTS = (
    ("Default", None),
    ("Lowest price", "price"),
    ("Fastest output", "throughput"),
    ("Quickest start", "latency"),
)
_TRISTATE = (("Default", None), ("Yes", True), ("No", False))
_DATA = (("Default", None), ("Allowed", "allow"), ("Only providers that keep no data", "deny"))


class ParameterDock(QDockWidget):
    """Edits one conversation's ChatSettings.

    Signals:
        settings_edited(object): valid new ChatSettings after an edit (not after ``load``).
        problem_changed(object): a plain-language problem (str) that blocks sending, or None.
        model_change_requested(): the user wants to pick another model.
        show_request_requested(): the user wants to see the exact request body.
        preset_action_requested(str): save, rename, duplicate, delete, import or export.
    """

    settings_edited = Signal(object)
    problem_changed = Signal(object)
    model_change_requested = Signal()
    show_request_requested = Signal()
    preset_action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, deferred: bool = False) -> None:
        """``deferred``: build the contents only when first needed (``build``), so that a
        window can paint before the dozens of widgets in here exist."""
        super().__init__("Parameters", parent)
        self.setObjectName("parameters")
        self.setMinimumWidth(320)
        self._settings = ChatSettings()
        self._model: ModelInfo | None = None
        self._loading = False
        self._last_problem: str | None = None
        self._presets: list[Preset] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self._emit_settings)
        self._built = False
        if not deferred:
            self.build()

    def build(self) -> None:
        """Create the contents (once)."""
        if self._built:
            return
        self._built = True
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._model_box())
        layout.addWidget(self._preset_box())
        layout.addWidget(self._prompt_box())
        layout.addWidget(self._sampling_box())
        layout.addWidget(self._routing_box())
        self.show_request_button = QPushButton("Show request…")
        self.show_request_button.setToolTip("The exact JSON that the next message will send")
        self.show_request_button.clicked.connect(self.show_request_requested)
        layout.addWidget(self.show_request_button)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)

    # -- sections -------------------------------------------------------------------------------

    def _model_box(self) -> QGroupBox:
        box = QGroupBox("Model")
        self.model_name = QLabel()
        self.model_name.setWordWrap(True)
        self.model_name.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model_facts = QLabel()
        self.model_facts.setWordWrap(True)
        self.model_facts.setEnabled(False)
        change = QPushButton("Change model…")
        change.setAccessibleName("Change model")
        change.clicked.connect(self.model_change_requested)
        layout = QVBoxLayout(box)
        layout.addWidget(self.model_name)
        layout.addWidget(self.model_facts)
        layout.addWidget(change)
        return box

    def _preset_box(self) -> QGroupBox:
        box = QGroupBox("Preset")
        self.preset_combo = QComboBox()
        self.preset_combo.setAccessibleName("Preset")
        self.preset_combo.currentIndexChanged.connect(lambda _i: self._describe_preset())
        self.apply_preset_button = QPushButton("Apply")
        self.apply_preset_button.setAccessibleName("Apply preset")
        self.apply_preset_button.clicked.connect(self._apply_preset)
        self.preset_description = QLabel()
        self.preset_description.setWordWrap(True)
        self.preset_description.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.preset_combo, 1)
        row.addWidget(self.apply_preset_button)
        buttons = QHBoxLayout()
        for action, label in (("save", "Save as…"), ("manage", "Manage…")):
            button = QToolButton()
            button.setText(label)
            button.clicked.connect(lambda _c=False, a=action: self.preset_action_requested.emit(a))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.preset_description)
        layout.addLayout(buttons)
        return box

    def _prompt_box(self) -> QGroupBox:
        box = QGroupBox("System prompt")
        self.system_prompt = QPlainTextEdit()
        self.system_prompt.setAccessibleName("System prompt")
        self.system_prompt.setPlaceholderText(
            "Instructions the model follows for the whole conversation (optional)"
        )
        self.system_prompt.setTabChangesFocus(True)
        self.system_prompt.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.system_prompt.textChanged.connect(self._edited)
        layout = QVBoxLayout(box)
        layout.addWidget(self.system_prompt)
        return box

    def _sampling_box(self) -> QGroupBox:
        from .param_rows import NumberRow, ResponseFormatRow, StopRow

        box = QGroupBox("How it answers")
        layout = QVBoxLayout(box)
        self.rows: dict[str, ParamRow] = {}
        for spec in PARAM_SPECS:
            row: ParamRow
            if spec.kind == "stop":
                row = StopRow(spec)
            elif spec.kind == "response_format":
                row = ResponseFormatRow(spec)
            else:
                row = NumberRow(spec)
            row.changed.connect(self._edited)
            self.rows[spec.name] = row
            layout.addWidget(row)
        return box

    def _routing_box(self) -> QGroupBox:
        box = QGroupBox("Providers")
        self.require_parameters = QCheckBox("Only providers that honour every parameter set here")
        self.require_parameters.setToolTip(
            "Without this, a provider that does not support a parameter silently ignores it."
        )
        self.sort = _combo(_SORTS, "Prefer")
        self.fallbacks = _combo(_TRISTATE, "Allow other providers when the first fails")
        self.data_collection = _combo(_DATA, "Data collection")
        form = QFormLayout()
        form.addRow(self.require_parameters)
        form.addRow("Prefer", self.sort)
        form.addRow("Fall back", self.fallbacks)
        form.addRow("Data", self.data_collection)
        for widget in (self.sort, self.fallbacks, self.data_collection):
            widget.currentIndexChanged.connect(lambda _i: self._edited())
        self.require_parameters.toggled.connect(lambda _b: self._edited())
        box.setLayout(form)
        return box

    # -- loading --------------------------------------------------------------------------------

    @_with_contents
    def load(self, settings: ChatSettings, model: ModelInfo | None) -> None:
        """Show a conversation's settings (switching tabs). Emits nothing."""
        self._timer.stop()
        self._loading = True
        try:
            self._settings = settings
            self._show_model(settings.model, model)
            if self.system_prompt.toPlainText() != settings.system_prompt:
                self.system_prompt.setPlainText(settings.system_prompt)
            for name, row in self.rows.items():
                row.set_value(getattr(settings.params, name))
            routing = settings.routing
            self.require_parameters.setChecked(bool(routing.require_parameters))
            _select(self.sort, routing.sort)
            _select(self.fallbacks, routing.allow_fallbacks)
            _select(self.data_collection, routing.data_collection)
        finally:
            self._loading = False
        self._report_problem()

    @_with_contents
    def set_model_info(self, model_id: str, model: ModelInfo | None) -> None:
        """The catalogue changed (or the model did): refresh names, prices and support."""
        self._show_model(model_id, model)
        self._report_problem()

    def _show_model(self, model_id: str, model: ModelInfo | None) -> None:
        from .param_rows import ResponseFormatRow

        self._model = model
        if model is None:
            self.model_name.setText(f"<b>{model_id}</b>")
            self.model_facts.setText("Not in the model list yet: every parameter stays available.")
        else:
            self.model_name.setText(f"<b>{model.name}</b><br><small>{model.id}</small>")
            self.model_facts.setText(f"{model.price_summary}\n{model.context_text}")
        for name, row in self.rows.items():
            if isinstance(row, ResponseFormatRow):
                kinds = ("json_object", "json_schema")
                reasons = {k: r for k in kinds if model and (r := model.response_format_support(k))}
                row.set_kind_support(reasons)
                row.set_unsupported(
                    reasons["json_object"]
                    if "json_object" in reasons and "json_schema" in reasons
                    else None
                )
            else:
                row.set_unsupported(model.parameter_support(name) if model else None)

    @_with_contents
    def set_presets(self, presets: list[Preset]) -> None:
        current = self.preset_combo.currentText()
        self._presets = presets
        blocked = self.preset_combo.blockSignals(True)
        self.preset_combo.clear()
        for preset in presets:
            self.preset_combo.addItem(
                preset.name + ("" if preset.builtin else "  (yours)"), preset.name
            )
        index = self.preset_combo.findData(current.replace("  (yours)", ""))
        self.preset_combo.setCurrentIndex(max(index, 0))
        self.preset_combo.blockSignals(blocked)
        self._describe_preset()

    @_with_contents
    def selected_preset(self) -> Preset | None:
        name = self.preset_combo.currentData()
        return next((p for p in self._presets if p.name == name), None)

    def _describe_preset(self) -> None:
        preset = self.selected_preset()
        self.preset_description.setText(preset.description if preset else "")

    def _apply_preset(self) -> None:
        preset = self.selected_preset()
        if preset is None:
            return
        settings = preset.apply_to(self.current_settings_or_stored())
        self.load(settings, self._model if settings.model == self._settings.model else None)
        self.settings_edited.emit(settings)
        if settings.model != self._settings.model:
            self.model_change_requested.emit()  # the window looks the new model up

    # -- editing --------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._report_problem()
        self._timer.start()

    @_with_contents
    def flush(self) -> None:
        """Save a pending edit now (before sending, or when the tab changes)."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit_settings()

    def _emit_settings(self) -> None:
        settings = self.current_settings()
        if settings is not None and settings != self._settings:
            self._settings = settings
            self.settings_edited.emit(settings)

    @_with_contents
    def problem(self) -> str | None:
        """What blocks sending, in plain words, or None."""
        for row in self.rows.values():
            issue = row.problem()
            if issue:
                return issue
        return None

    def _report_problem(self) -> None:
        problem = self.problem()
        if problem != self._last_problem:
            self._last_problem = problem
            self.problem_changed.emit(problem)

    @_with_contents
    def current_settings(self) -> ChatSettings | None:
        """The settings as the dock shows them, or None while a field is invalid.

        Parameters the model does not take are left out (they would be ignored anyway)."""
        if self.problem() is not None:
            return None
        values: dict[str, Any] = {name: row.value() for name, row in self.rows.items()}
        routing = ProviderRouting(
            require_parameters=True if self.require_parameters.isChecked() else None,
            allow_fallbacks=self.fallbacks.currentData(),
            sort=self.sort.currentData(),
            data_collection=self.data_collection.currentData(),
            order=self._settings.routing.order,
            only=self._settings.routing.only,
            ignore=self._settings.routing.ignore,
        )
        return replace(
            self._settings,
            system_prompt=self.system_prompt.toPlainText(),
            params=SamplingParams(**values),
            routing=routing,
        )

    @_with_contents
    def current_settings_or_stored(self) -> ChatSettings:
        return self.current_settings() or self._settings

    @_with_contents
    def use_model(self, model: ModelInfo) -> None:
        """The user picked another model for this conversation."""
        settings = replace(self.current_settings_or_stored(), model=model.id)
        self._show_model(model.id, model)
        self._settings = settings
        shown = self.current_settings()  # parameters the model does not take drop out here
        if shown is not None:
            self._settings = shown
            self.settings_edited.emit(shown)
        self._report_problem()


def _combo(choices: tuple[tuple[str, Any], ...], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for label, value in choices:
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value: Any) -> None:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(0)
