"""The parameter dock: the model, the system prompt, every sampling parameter, provider
routing and presets, for the conversation in the current tab."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

# QtCore.Qt at use: importing Qt builds all its enums (~20 ms). The widgets only the contents
# use are named at use too (QtWidgets.QComboBox): the dock exists, deferred, before the window's
# first paint, and each Qt class builds its enums when first named (~2.5 ms for these).
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate

if TYPE_CHECKING:
    from app.core.conversation import ChatSettings
    from app.core.models import ModelInfo
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
MIN_WIDTH = 300  # the narrowest the dock's contents get; they are laid out to fit it
PRESET_NAME_SHOWN = 18  # characters of a preset's name on the "Reset to …" button


def tokens_explained() -> str:
    """What a token is, and what "in" and "out" mean (the price's tooltip)."""
    return translate(
        "parameter_dock",
        "Models are paid by the token. A token is a piece of a word: on average about three "
        "quarters of a word, so a million tokens is roughly 750,000 words.\n"
        "“In” is everything sent with your message: the system prompt, the conversation so far "
        "and what you typed. “Out” is what the model writes back.",
    )


def _sorts() -> tuple[tuple[str, Any], ...]:
    return (
        (translate("parameter_dock", "Default"), None),
        (translate("parameter_dock", "Lowest price"), "price"),
        (translate("parameter_dock", "Fastest output"), "throughput"),
        (translate("parameter_dock", "Quickest start"), "latency"),
    )


def _tristate() -> tuple[tuple[str, Any], ...]:
    return (
        (translate("parameter_dock", "Default"), None),
        (translate("parameter_dock", "Yes"), True),
        (translate("parameter_dock", "No"), False),
    )


def _data() -> tuple[tuple[str, Any], ...]:
    return (
        (translate("parameter_dock", "Default"), None),
        (translate("parameter_dock", "Allowed"), "allow"),
        (translate("parameter_dock", "Only providers that keep no data"), "deny"),
    )


class ParameterDock(QDockWidget):
    """Edits one conversation's ChatSettings.

    Signals:
        settings_edited(object): valid new ChatSettings after an edit or a chosen preset
            (not after ``load``).
        summary_changed(str): the one-line summary of what is switched on changed.
        problem_changed(object): a plain-language problem (str) that blocks sending, or None.
        model_change_requested(): the user wants to pick another model.
        show_request_requested(): the user wants to see the exact request body.
        preset_action_requested(str): save, rename, duplicate, delete, import or export.
    """

    settings_edited = Signal(object)
    summary_changed = Signal(str)
    problem_changed = Signal(object)
    model_change_requested = Signal()
    show_request_requested = Signal()
    preset_action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, deferred: bool = False) -> None:
        """``deferred``: build the contents only when first needed (``build``), so that a
        window can paint before the dozens of widgets in here exist."""
        super().__init__(translate("parameter_dock", "Parameters"), parent)
        self.setObjectName("parameters")
        self.setMinimumWidth(MIN_WIDTH)  # until the contents exist and say what they need
        self._settings: ChatSettings  # (made by build: the models load after the first paint)
        self._model: ModelInfo | None = None
        self._loading = False
        self._last_problem: str | None = None
        self._presets: list[Preset] = []
        self._preset_base: str | None = None  # the preset the values came from, if any
        self._preset_shown: tuple[tuple[tuple[str, str | None], ...], int] | None = None
        self._summary = ""
        # Looks up a model that a chosen preset names (the window's catalogue).
        self.model_lookup: Callable[[str], ModelInfo | None] | None = None
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
        from app.core.conversation import ChatSettings

        self._settings = ChatSettings()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._model_box())
        layout.addWidget(self._preset_box())
        layout.addWidget(self._prompt_box())
        layout.addWidget(self._sampling_box())
        layout.addWidget(self._routing_box())
        layout.addWidget(self._web_box())
        self.show_request_button = QPushButton(translate("parameter_dock", "Show request…"))
        self.show_request_button.setToolTip(
            translate("parameter_dock", "The exact JSON that the next message will send")
        )
        self.show_request_button.clicked.connect(self.show_request_requested)
        layout.addWidget(self.show_request_button)
        layout.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        # The contents are laid out to fit the dock's minimum width; should a font or style
        # make them wider after all, a scroll bar beats a control cut off.
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.summary = QLabel(translate("parameter_dock", "Model defaults"))
        self.summary.setWordWrap(True)
        self.summary.setToolTip(
            translate(
                "parameter_dock",
                "What this conversation sends. Parameters that are off use the model's own "
                "defaults.",
            )
        )
        self.summary.setContentsMargins(8, 6, 8, 2)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.summary)
        column.addWidget(scroll, 1)
        self._scroll, self._body, self._content = scroll, body, content
        self.setWidget(content)
        self._guard_wheel(body)
        self._show_summary()
        self._fit_width()

    @property
    def scroll_area(self) -> QtWidgets.QScrollArea:
        """The scrolling part under the summary (built on first use)."""
        self.build()
        return self._scroll

    def _guard_wheel(self, body: QWidget) -> None:
        """A wheel over a value control that has no focus scrolls the panel instead of
        changing the value (scrolling past a slider must not switch it on)."""
        for kind in (QtWidgets.QSlider, QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox):
            for widget in body.findChildren(kind):
                widget.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            QApplication.sendEvent(self._scroll.viewport(), event)
            return True
        return super().eventFilter(watched, event)

    def _fit_width(self) -> None:
        """The dock is never narrower than its contents: nothing is cut off on the right."""
        scroll = self._scroll
        needed = (
            self._body.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + 2 * scroll.frameWidth()
        )
        self._content.setMinimumWidth(max(needed, MIN_WIDTH))
        self.setMinimumWidth(0)  # from now on the contents decide

    # -- sections -------------------------------------------------------------------------------

    def _model_box(self) -> QtWidgets.QGroupBox:
        from ..elided_label import ElidedLabel

        box = QtWidgets.QGroupBox(translate("parameter_dock", "Model"))
        self.model_name = ElidedLabel()  # long names are shortened, whole in the tooltip
        font = self.model_name.font()
        font.setBold(True)
        self.model_name.setFont(font)
        self.model_id = ElidedLabel()
        self.model_price = QLabel()
        self.model_price.setWordWrap(True)
        self.model_price.setToolTip(tokens_explained())
        self.model_facts = QLabel()
        self.model_facts.setWordWrap(True)
        self.model_facts.setToolTip(tokens_explained())
        self.change_model_button = QPushButton(translate("parameter_dock", "Change model…"))
        self.change_model_button.clicked.connect(self.model_change_requested)
        layout = QVBoxLayout(box)
        layout.addWidget(self.model_name)
        layout.addWidget(self.model_id)
        layout.addWidget(self.model_price)
        layout.addWidget(self.model_facts)
        layout.addWidget(self.change_model_button)
        return box

    def _preset_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(translate("parameter_dock", "Preset"))
        self.preset_combo = _combo((), translate("parameter_dock", "Preset"))
        self.preset_combo.setToolTip(
            translate("parameter_dock", "Choosing a preset applies its values at once.")
        )
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.reset_preset_button = QPushButton()
        self.reset_preset_button.clicked.connect(self._reset_to_preset)
        self.reset_preset_button.hide()  # shown while the values differ from their preset
        self.preset_description = QLabel()
        self.preset_description.setWordWrap(True)
        buttons = QHBoxLayout()
        for action, label in (
            ("save", translate("parameter_dock", "Save as…")),
            ("manage", translate("parameter_dock", "Manage…")),
        ):
            button = QToolButton()
            button.setText(label)
            button.clicked.connect(lambda _c=False, a=action: self.preset_action_requested.emit(a))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.preset_combo)
        layout.addWidget(self.reset_preset_button)
        layout.addWidget(self.preset_description)
        layout.addLayout(buttons)
        return box

    def _prompt_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(translate("parameter_dock", "System prompt"))
        self.system_prompt = QtWidgets.QPlainTextEdit()
        self.system_prompt.setAccessibleName(translate("parameter_dock", "System prompt"))
        self.system_prompt.setPlaceholderText(
            translate(
                "parameter_dock",
                "Instructions the model follows for the whole conversation (optional)",
            )
        )
        self.system_prompt.setTabChangesFocus(True)
        self.system_prompt.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.system_prompt.textChanged.connect(self._edited)
        layout = QVBoxLayout(box)
        layout.addWidget(self.system_prompt)
        return box

    def _sampling_box(self) -> QtWidgets.QGroupBox:
        from app.core.params import PARAM_SPECS

        from .param_rows import NumberRow, ResponseFormatRow, StopRow, ThinkingRow

        box = QtWidgets.QGroupBox(translate("parameter_dock", "How it answers"))
        layout = QVBoxLayout(box)
        self.rows: dict[str, ParamRow] = {}
        for spec in PARAM_SPECS:
            row: ParamRow
            if spec.kind == "stop":
                row = StopRow(spec)
            elif spec.kind == "response_format":
                row = ResponseFormatRow(spec)
            elif spec.kind == "reasoning":
                row = ThinkingRow(spec)
            else:
                row = NumberRow(spec)
            row.changed.connect(self._edited)
            self.rows[spec.name] = row
            layout.addWidget(row)
        return box

    def _routing_box(self) -> QtWidgets.QGroupBox:
        box = QtWidgets.QGroupBox(translate("parameter_dock", "Providers"))
        self.require_parameters = QtWidgets.QCheckBox(
            translate("parameter_dock", "Require every parameter")
        )
        require_help = QLabel(
            translate(
                "parameter_dock",
                "Only providers that honour every parameter set here. Without this, a provider "
                "that does not support a parameter silently ignores it.",
            )
        )
        require_help.setWordWrap(True)
        self.sort = _combo(_sorts(), translate("parameter_dock", "Prefer"))
        self.fallbacks = _combo(
            _tristate(), translate("parameter_dock", "Allow other providers when the first fails")
        )
        self.data_collection = _combo(_data(), translate("parameter_dock", "Data collection"))
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.require_parameters)
        form.addRow(require_help)
        form.addRow(translate("parameter_dock", "Prefer"), self.sort)
        form.addRow(translate("parameter_dock", "Fall back"), self.fallbacks)
        form.addRow(translate("parameter_dock", "Data"), self.data_collection)
        for widget in (self.sort, self.fallbacks, self.data_collection):
            widget.currentIndexChanged.connect(lambda _i: self._edited())
        self.require_parameters.toggled.connect(lambda _b: self._edited())
        box.setLayout(form)
        return box

    def _web_box(self) -> QtWidgets.QGroupBox:
        """Web search (off by default) with its price said before sending, and how PDFs
        are read where the model cannot read them itself."""
        from PySide6.QtWidgets import QSpinBox

        from app.core.attachments import WEB_RESULTS_MAX, WebSearch

        box = QtWidgets.QGroupBox(translate("parameter_dock", "Web search and PDFs"))
        self.web_search = QtWidgets.QCheckBox(translate("parameter_dock", "Search the web"))
        self.web_search.setAccessibleName(translate("parameter_dock", "Search the web"))
        self.web_search.setToolTip(
            translate(
                "parameter_dock",
                "The model may search the web before it answers, and lists the pages it used. "
                "Each search costs extra.",
            )
        )
        self.web_results = QSpinBox()
        self.web_results.setAccessibleName(translate("parameter_dock", "Results per search"))
        self.web_results.setRange(1, WEB_RESULTS_MAX)
        self.web_results.setValue(WebSearch().max_results)
        self.web_price = QLabel()
        self.web_price.setWordWrap(True)
        self.pdf_reader = _combo(_pdf_readers(), translate("parameter_dock", "How PDFs are read"))
        self.pdf_reader.setToolTip(
            translate(
                "parameter_dock",
                "For models that cannot read PDFs themselves. Reading pictures of pages (for "
                "scanned PDFs) costs $2 per 1,000 pages.",
            )
        )
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.web_search)
        form.addRow(translate("parameter_dock", "Results"), self.web_results)
        form.addRow(self.web_price)
        form.addRow(translate("parameter_dock", "PDFs"), self.pdf_reader)
        self.web_search.toggled.connect(lambda _b: self._web_edited())
        self.web_results.valueChanged.connect(lambda _v: self._web_edited())
        self.pdf_reader.currentIndexChanged.connect(lambda _i: self._edited())
        box.setLayout(form)
        return box

    def _web_edited(self) -> None:
        self._show_web_price()
        self._edited()

    def _show_web_price(self) -> None:
        from app.render.sources import web_search_text

        model = self._model
        if model is not None and not model.supports("tools"):  # (what the catalogue says)
            self.web_search.setEnabled(False)
            self.web_results.setEnabled(False)
            self.web_price.setText(
                translate(
                    "parameter_dock",
                    "{model} cannot search the web. Choose another model to search.",
                ).format(model=model.name)
            )
            self.web_price.setEnabled(True)
            return
        self.web_search.setEnabled(True)
        on = self.web_search.isChecked()
        self.web_results.setEnabled(on)
        said = web_search_text(model, self.web_results.value())
        self.web_price.setText(
            said if on else translate("parameter_dock", "Off. {price}").format(price=said)
        )
        self.web_price.setEnabled(on)  # (muted while off)

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
            self.web_search.setChecked(settings.web_search.enabled)
            self.web_results.setValue(settings.web_search.max_results)
            _select(self.pdf_reader, settings.pdf_engine)
            self._show_web_price()
        finally:
            self._loading = False
        self._preset_base = None  # whichever preset these values match, if any
        self._show_state()
        self._report_problem()

    @_with_contents
    def set_model_info(self, model_id: str, model: ModelInfo | None) -> None:
        """The catalogue changed (or the model did): refresh names, prices and support."""
        self._show_model(model_id, model)
        self._show_web_price()  # (whether it can search, and the price of a search)
        self._show_state()
        self._report_problem()

    def _show_model(self, model_id: str, model: ModelInfo | None) -> None:
        from .param_rows import ResponseFormatRow, ThinkingRow

        self._model = model
        if model is None:
            self.model_name.setText(model_id)
            self.model_id.setText("")
            self.model_price.setText("")
            self.model_facts.setText(
                translate(
                    "parameter_dock", "Not in the model list yet: every parameter stays available."
                )
            )
        else:
            self.model_name.setText(model.name)
            self.model_id.setText(model.id)
            self.model_price.setText(price_text(model))
            self.model_facts.setText(context_text(model))
        self._show_web_price()
        self.model_id.setVisible(bool(self.model_id.text()))
        self.model_price.setVisible(bool(self.model_price.text()))
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
                if isinstance(row, ThinkingRow):
                    row.set_choices(
                        model.thinking_choices if model else None, model.name if model else None
                    )
                row.set_unsupported(model.parameter_support(name) if model else None)

    @_with_contents
    def set_presets(self, presets: list[Preset]) -> None:
        self._presets = presets
        if self._find_preset(self._preset_base) is None:
            self._preset_base = None
        self._show_state()

    @_with_contents
    def selected_preset(self) -> Preset | None:
        """The preset whose values are in effect, or None (changed since, or none matches)."""
        return self._find_preset(self.preset_combo.currentData())

    def _find_preset(self, name: str | None) -> Preset | None:
        return next((p for p in self._presets if p.name == name), None)

    def _matches(self, preset: Preset, settings: ChatSettings) -> bool:
        """These settings are the preset's values (leaving out what the model does not take)."""
        from app.core.params import SamplingParams

        expected = preset.apply_to(settings)
        taken = {
            name: getattr(expected.params, name) if row.is_supported else None
            for name, row in self.rows.items()
        }
        return replace(expected, params=SamplingParams(**taken)) == settings

    def _show_state(self) -> None:
        """The preset box and the summary say what is in effect now."""
        self._show_summary()
        self._show_room_warning()
        base, exact = self._preset_in_effect()
        self._preset_base = base.name if base else None
        self._show_preset_box(base, exact)
        self._describe_preset(base, exact)

    def _preset_in_effect(self) -> tuple[Preset | None, bool]:
        """The preset the values come from (the one chosen last, else any they match), and
        whether they are still exactly its values."""
        settings = self.current_settings()
        base = self._find_preset(self._preset_base)
        if settings is None:  # a field is being typed: not any preset's values
            return base, False
        if base is None or not self._matches(base, settings):
            base = next((p for p in self._presets if self._matches(p, settings)), base)
        return base, base is not None and self._matches(base, settings)

    def _show_preset_box(self, base: Preset | None, exact: bool) -> None:
        items: list[tuple[str, str | None]] = [
            (
                p.shown_name
                if p.builtin
                else translate("parameter_dock", "{name}  (yours)").format(name=p.name),
                p.name,
            )
            for p in self._presets
        ]
        if exact and base is not None:
            index = self._presets.index(base)
        else:
            first = (
                translate("parameter_dock", "{name} (modified)").format(name=base.shown_name)
                if base
                else translate("parameter_dock", "Custom")
            )
            items.insert(0, (first, None))
            index = 0
        if self._preset_shown != (tuple(items), index):  # rebuilt only when it changes
            self._preset_shown = (tuple(items), index)
            blocked = self.preset_combo.blockSignals(True)
            self.preset_combo.clear()
            for label, name in items:
                self.preset_combo.addItem(label, name)
            self.preset_combo.setCurrentIndex(index)
            self.preset_combo.blockSignals(blocked)
        self.preset_combo.setToolTip(
            translate(
                "parameter_dock",
                "In effect: {preset}. Choosing a preset applies its values at once.",
            ).format(preset=items[index][0])
        )

    def _describe_preset(self, base: Preset | None, exact: bool) -> None:
        modified = base is not None and not exact
        if base is not None and modified:
            name = base.shown_name
            short = name if len(name) <= PRESET_NAME_SHOWN else name[: PRESET_NAME_SHOWN - 1] + "…"
            self.reset_preset_button.setText(
                translate("parameter_dock", "Reset to {name}").format(name=short)
            )
            self.reset_preset_button.setToolTip(
                translate("parameter_dock", "Go back to the values of “{name}”").format(name=name)
            )
            self.preset_description.setText(
                translate(
                    "parameter_dock",
                    "Changed since you chose “{name}”. Reset to go back to its values, or "
                    "Save as… to keep these as a preset of your own.",
                ).format(name=name)
            )
        elif base is not None:
            self.preset_description.setText(base.shown_description)
        else:
            self.preset_description.setText(
                translate(
                    "parameter_dock",
                    "These values match no preset. Save as… keeps them as a preset of your own.",
                )
            )
        self.reset_preset_button.setVisible(modified)

    def _show_summary(self) -> None:
        from app.core.params import SamplingParams, params_summary

        values = {name: row.value() for name, row in self.rows.items()}
        summary = params_summary(SamplingParams(**values))
        self.summary.setText(summary)
        if summary != self._summary:
            self._summary = summary
            self.summary_changed.emit(summary)

    def _show_room_warning(self) -> None:
        """Thinking and answer share Maximum length: say so on both rows when thinking may
        leave the answer no room (it does not block sending)."""
        from app.core.thinking import room_warning

        thinking, length = self.rows["reasoning"].value(), self.rows["max_tokens"].value()
        warning = room_warning(thinking, length if isinstance(length, int) else None)
        for name in ("reasoning", "max_tokens"):
            self.rows[name].set_warning(warning)

    @_with_contents
    def summary_text(self) -> str:
        """What is switched on, in one line ("Model defaults" when nothing is)."""
        return self._summary

    def _preset_chosen(self, index: int) -> None:
        preset = self._find_preset(self.preset_combo.itemData(index))
        if preset is not None:
            self._apply_preset(preset)

    def _reset_to_preset(self) -> None:
        preset = self._find_preset(self._preset_base)
        if preset is not None:
            self._apply_preset(preset)

    def _apply_preset(self, preset: Preset) -> None:
        """A chosen preset is in effect at once: shown, saved, and sent with the next message."""
        settings = preset.apply_to(self.current_settings_or_stored())
        if settings.model == self._settings.model:
            model = self._model
        else:
            model = self.model_lookup(settings.model) if self.model_lookup else None
        self.load(settings, model)
        self._preset_base = preset.name
        shown = self.current_settings() or settings  # parameters the model does not take drop out
        self._settings = shown
        self._show_state()
        self.settings_edited.emit(shown)

    # -- editing --------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self._show_state()
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
        from app.core.attachments import WebSearch
        from app.core.params import ProviderRouting, SamplingParams

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
            web_search=WebSearch(self.web_search.isChecked(), self.web_results.value()),
            pdf_engine=self.pdf_reader.currentData(),
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
        self._show_state()
        self._report_problem()


def price_text(model: ModelInfo) -> str:
    """``$3 per million tokens in · $15 per million out``, in words a newcomer can read."""
    from app.core.money import format_usd

    prompt, completion = model.prompt_price, model.completion_price
    if prompt == 0 and completion == 0:
        text = translate("parameter_dock", "Free to use")
    elif prompt is None and completion is None:
        text = translate("parameter_dock", "Price unknown")
    else:
        text = _in_out_text(_per_million(prompt), _per_million(completion))
    if model.request_price:
        per_request = translate("parameter_dock", "{price} per request").format(
            price=format_usd(model.request_price)
        )
        text = f"{text} · {per_request}"  # (a list of facts, each whole)
    return text


def _per_million(price: Decimal | None) -> tuple[str, bool]:
    """(the amount per million tokens, True) or (a word such as "free", False)."""
    from app.core.models import price_per_million_text

    if price == 0:
        return translate("parameter_dock", "free"), False
    said = price_per_million_text(price)
    if said.endswith("/M"):
        return said.removesuffix("/M"), True
    return translate("parameter_dock", "unknown"), False


def _in_out_text(prompt: tuple[str, bool], completion: tuple[str, bool]) -> str:
    """The two prices as one whole phrase (a figure per million, or a word)."""
    (first, first_amount), (second, second_amount) = prompt, completion
    if first_amount and second_amount:
        text = translate(
            "parameter_dock", "{prompt} per million tokens in · {completion} per million out"
        )
    elif first_amount:
        text = translate("parameter_dock", "{prompt} per million tokens in · out: {completion}")
    elif second_amount:
        text = translate("parameter_dock", "Tokens in: {prompt} · {completion} per million out")
    else:
        text = translate("parameter_dock", "Tokens in: {prompt} · out: {completion}")
    return text.format(prompt=first, completion=second)


def context_text(model: ModelInfo) -> str:
    """How much conversation the model handles at once, in words."""
    from app.core.models import token_count_text

    length = model.context_length
    if length is None or length <= 0:
        return translate(
            "parameter_dock",
            "unknown context: the tokens of conversation and answer it handles at once",
        )
    return translate(
        "parameter_dock",
        "{tokens} context: the tokens of conversation and answer it handles at once",
    ).format(tokens=token_count_text(length))


def _pdf_readers() -> tuple[tuple[str, Any], ...]:
    from app.core.attachments import OCR_PDF_ENGINE

    return (
        (translate("parameter_dock", "Read their text (free)"), None),
        (
            translate("parameter_dock", "Read pictures of pages too ($2 per 1,000 pages)"),
            OCR_PDF_ENGINE,
        ),
    )


def _combo(choices: tuple[tuple[str, Any], ...], name: str) -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox()
    combo.setAccessibleName(name)
    # Long choices ("Only providers that keep no data") must not widen the dock: the box
    # shortens the current one, the open list shows them whole.
    combo.setSizeAdjustPolicy(
        QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    combo.setMinimumContentsLength(10)
    for label, value in choices:
        combo.addItem(label, value)
    return combo


def _select(combo: QtWidgets.QComboBox, value: Any) -> None:
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    combo.setCurrentIndex(0)
