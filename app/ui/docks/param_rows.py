"""One row of the parameter dock per parameter: switch, slider, number, reset, help."""

from __future__ import annotations

import contextlib
import json
import math
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate
from app.core.params import (
    ParameterError,
    ParamSpec,
    parse_number,
    parse_schema_format,
    parse_stop_text,
    stop_text,
)
from app.core.thinking import (
    ALL_CHOICES,
    EFFORT_LABELS,
    EFFORTS,
    MAX_BUDGET,
    MIN_BUDGET,
    Thinking,
    ThinkingChoices,
)

from ..theme import error_color, warning_color

SLIDER_STEPS = 1000
_SLIDER_LIMITS = {"top_k": 200, "max_tokens": 8192}  # sliders stop here; the box goes further


class ParamRow(QWidget):
    """Base of a parameter row: the switch that decides whether it is sent, help text,
    an error line, and the reason when the model does not take the parameter.

    Signals:
        changed(): the value or the switch changed (it may now be invalid).
    """

    changed = Signal()

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        label = param_label(spec)
        self.switch = QCheckBox(label)
        self.switch.setToolTip(
            translate("param_rows", "Send this parameter. Off: the provider's default applies.")
        )
        self.switch.setAccessibleName(translate("param_rows", "Send {name}").format(name=label))
        self.reset_button = QToolButton()
        self.reset_button.setText(translate("param_rows", "Reset"))
        self.reset_button.setAutoRaise(True)
        self.reset_button.setToolTip(
            translate("param_rows", "Switch it off and go back to the provider's default")
        )
        self.reset_button.setAccessibleName(
            translate("param_rows", "Reset {name}").format(name=label)
        )
        self.help = _help_label(param_help(spec))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {error_color()}")
        self.error.hide()
        self.unsupported = _help_label("")
        self.unsupported.hide()
        self.warning = QLabel()  # advice that does not block sending (set by the dock)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {warning_color()}")
        self.warning.hide()
        self._reason: str | None = None
        self.switch.toggled.connect(self._switched)
        self.reset_button.clicked.connect(self.reset)

    def _layout(self, editor: QWidget) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.switch)
        top.addStretch(1)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(editor)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addWidget(self.unsupported)
        layout.addWidget(self.help)

    # -- state --------------------------------------------------------------------------------

    def _switched(self, _on: bool) -> None:
        self._refresh()
        self.changed.emit()

    def set_unsupported(self, reason: str | None) -> None:
        """Disable the row (the model would ignore it) and say why."""
        self._reason = reason
        self.unsupported.setText(f"⚠ {reason}" if reason else "")
        self.unsupported.setVisible(bool(reason))
        self._refresh()

    def set_warning(self, text: str | None) -> None:
        """Show (or clear) advice about the value that does not block sending."""
        self.warning.setText(f"⚠ {text}" if text else "")
        self.warning.setVisible(bool(text))

    @property
    def is_supported(self) -> bool:
        return self._reason is None

    def value(self) -> Any:
        """The value to send, or None when switched off, unsupported or invalid."""
        if not self.switch.isChecked() or not self.is_supported:
            return None
        try:
            return self.parse()
        except ParameterError:
            return None

    def problem(self) -> str | None:
        if not self.switch.isChecked() or not self.is_supported:
            return None
        try:
            self.parse()
        except ParameterError as error:
            return error.user_message
        return None

    def set_value(self, value: Any) -> None:
        """Show a stored value (None: switched off, the editor shows the usual default)."""
        blocked = self.blockSignals(True)
        self.switch.setChecked(value is not None)
        self.show_value(value)
        self.blockSignals(blocked)
        self._refresh()

    def reset(self) -> None:
        self.set_value(None)
        self.changed.emit()

    def _refresh(self) -> None:
        # The editor stays usable while switched off (editing it switches it on); it only
        # looks quieter, so the switch is what tells whether the value is sent.
        on = self.switch.isChecked()
        self.switch.setEnabled(self.is_supported)
        editor = self.editor_widget()
        editor.setEnabled(self.is_supported)
        editor.setProperty("sent", on)
        self._quiet_editors()
        self.reset_button.setEnabled(on)
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(problem is not None)

    def _quiet_editors(self) -> None:
        """Values that are not sent are drawn in a quieter text colour that still reads
        (WCAG AA). A palette, not a style sheet: a style sheet's colours are fixed when it is
        set, so a box kept its light-theme white after switching to the dark theme."""
        on = self.switch.isChecked()
        quiet = QPalette()
        if not on:
            palette = self.palette()
            quiet.setColor(
                QPalette.ColorRole.Text,
                quiet_text_color(
                    palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
                ),
            )
        editor = self.editor_widget()
        for box in [editor, *editor.findChildren(QLineEdit), *editor.findChildren(QPlainTextEdit)]:
            if isinstance(box, QLineEdit | QPlainTextEdit):
                box.setPalette(quiet)  # an empty palette: the inherited one again

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._quiet_editors()  # the theme changed: recompute from the new colours

    def _edited(self) -> None:
        if not self.switch.isChecked():
            blocked = self.switch.blockSignals(True)
            self.switch.setChecked(True)  # touching a value means "send it"
            self.switch.blockSignals(blocked)
        self._refresh()
        self.changed.emit()

    # -- for subclasses -------------------------------------------------------------------------

    def editor_widget(self) -> QWidget:
        raise NotImplementedError

    def parse(self) -> Any:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        raise NotImplementedError


class NumberRow(ParamRow):
    """A number box and, for bounded parameters, a slider kept in step with it."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.field = QLineEdit()
        self.field.setAccessibleName(param_label(spec))
        self.field.setMaximumWidth(110)
        self.slider: QSlider | None = None
        editor = QWidget()
        row = QHBoxLayout(editor)
        row.setContentsMargins(0, 0, 0, 0)
        low, high = spec.minimum, _SLIDER_LIMITS.get(spec.name, spec.maximum)
        if spec.name != "seed" and low is not None and high is not None:
            self.slider = QSlider(Qt.Orientation.Horizontal)
            self.slider.setRange(0, SLIDER_STEPS)
            self.slider.setAccessibleName(
                translate("param_rows", "{name} slider").format(name=param_label(spec))
            )
            self.slider.valueChanged.connect(self._slid)
            row.addWidget(self.slider, 1)
        row.addWidget(self.field)
        self._editor = editor
        self.field.textEdited.connect(lambda _t: self._typed())
        self._layout(editor)
        self.set_value(None)

    def editor_widget(self) -> QWidget:
        return self._editor

    def parse(self) -> int | float:
        return parse_number(self.spec, self.field.text())

    def show_value(self, value: Any) -> None:
        shown = value if value is not None else self._default()
        self.field.setText(_format(shown))
        self._move_slider(shown)

    def _default(self) -> int | float:
        spec = self.spec
        if spec.conventional is not None:
            return int(spec.conventional) if spec.kind == "int" else spec.conventional
        return 0 if spec.name == "seed" else 1024 if spec.name == "max_tokens" else 0

    def _typed(self) -> None:
        with contextlib.suppress(ParameterError):
            self._move_slider(self.parse())
        self._edited()

    def _slid(self, position: int) -> None:
        if self.slider is None or self.slider.signalsBlocked():
            return
        low = float(self.spec.minimum or 0)
        high = float(_SLIDER_LIMITS.get(self.spec.name, self.spec.maximum) or 1)
        value: float = low + (high - low) * position / SLIDER_STEPS
        if self.spec.kind == "int":
            self.field.setText(str(max(int(low), round(value))))
        else:
            step = self.spec.step
            value = round(round(value / step) * step, 4)
            if self.spec.min_exclusive and value <= low:
                value = step
            self.field.setText(_format(value))
        self._edited()

    def _move_slider(self, value: float) -> None:
        if self.slider is None:
            return
        low = float(self.spec.minimum or 0)
        high = float(_SLIDER_LIMITS.get(self.spec.name, self.spec.maximum) or 1)
        position = round((min(max(value, low), high) - low) / (high - low) * SLIDER_STEPS)
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(position)
        self.slider.blockSignals(blocked)


class StopRow(ParamRow):
    """Up to four stop sequences, one per line."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(param_label(spec))
        self.text.setPlaceholderText(
            translate("param_rows", "One per line, up to 4. Write \\n for a new line.")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.text.textChanged.connect(self._text_changed)
        self._layout(self.text)
        self.set_value(None)

    def _text_changed(self) -> None:
        if not self.signalsBlocked():
            self._edited()

    def editor_widget(self) -> QWidget:
        return self.text

    def parse(self) -> tuple[str, ...]:
        stops = parse_stop_text(self.text.toPlainText())
        if not stops:
            raise ParameterError(
                "stop",
                translate("param_rows", "Type at least one stop sequence, or switch it off."),
            )
        return stops

    def show_value(self, value: Any) -> None:
        self.text.setPlainText(stop_text(tuple(value)) if value else "")


def _format_kinds() -> tuple[tuple[str, str], ...]:
    """(the wire value, what the person reads)."""
    return (
        ("text", translate("param_rows", "Plain text")),
        ("json_object", translate("param_rows", "JSON object")),
        ("json_schema", translate("param_rows", "JSON matching a schema")),
    )


_EXAMPLE_SCHEMA = {
    "type": "object",
    "properties": {"answer": {"type": "string"}},
    "required": ["answer"],
    "additionalProperties": False,
}


class ResponseFormatRow(ParamRow):
    """Plain text, any JSON object, or JSON that matches a schema (validated as typed)."""

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("param_rows", "Response format"))
        for key, label in _format_kinds():
            self.kind.addItem(label, key)
        self.schema_name = QLineEdit("answer")
        self.schema_name.setAccessibleName(translate("param_rows", "Schema name"))
        self.schema = QPlainTextEdit(json.dumps(_EXAMPLE_SCHEMA, indent=2))
        self.schema.setAccessibleName(translate("param_rows", "JSON schema"))
        self.schema.setTabChangesFocus(True)
        self.schema.setFixedHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        self._kind_reasons: dict[str, str] = {}
        editor = QWidget()
        grid = QGridLayout(editor)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.kind, 0, 0, 1, 2)
        self.name_label = QLabel(translate("param_rows", "Schema name"))
        grid.addWidget(self.name_label, 1, 0)
        grid.addWidget(self.schema_name, 1, 1)
        grid.addWidget(self.schema, 2, 0, 1, 2)
        self._editor = editor
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.schema_name.textEdited.connect(lambda _t: self._edited())
        self.schema.textChanged.connect(lambda: None if self.signalsBlocked() else self._edited())
        self._layout(editor)
        self.set_value(None)

    def editor_widget(self) -> QWidget:
        return self._editor

    def set_kind_support(self, reasons: dict[str, str]) -> None:
        """Reasons per kind (json_object, json_schema) the model does not offer."""
        self._kind_reasons = reasons
        model = self.kind.model()
        for index, (key, _label) in enumerate(_format_kinds()):
            item = model.item(index)  # type: ignore[attr-defined]
            item.setEnabled(key not in reasons)
            item.setToolTip(reasons.get(key, ""))
        self._refresh()

    def _kind_changed(self) -> None:
        self._show_schema()
        self._edited()

    def _show_schema(self) -> None:
        schema = self.kind.currentData() == "json_schema"
        for widget in (self.name_label, self.schema_name, self.schema):
            widget.setVisible(schema)

    def parse(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        if kind in self._kind_reasons:
            raise ParameterError("response_format", self._kind_reasons[kind])
        if kind == "json_schema":
            return parse_schema_format(self.schema_name.text(), self.schema.toPlainText())
        return {"type": kind}

    def show_value(self, value: Any) -> None:
        kind = value.get("type") if isinstance(value, dict) else "text"
        index = max(0, self.kind.findData(kind))
        blocked = self.kind.blockSignals(True)
        self.kind.setCurrentIndex(index)
        self.kind.blockSignals(blocked)
        if kind == "json_schema":
            spec = value.get("json_schema", {})
            self.schema_name.setText(str(spec.get("name", "")))
            self.schema.setPlainText(json.dumps(spec.get("schema", {}), indent=2))
        self._show_schema()


DEFAULT_BUDGET = 4000  # what the budget box shows until a budget is chosen
_BUDGET_STEP = 1000


class ThinkingRow(ParamRow):
    """Thinking (OpenRouter's ``reasoning`` object): the model's own amount, Off, an effort
    level or a token budget, as far as the model offers them, and "Hide the thinking".

    Switched off it is "Model default" and sends nothing. A loaded value the model does not
    offer (Off on a model that cannot stop thinking, an effort it lacks) is shown as it is,
    marked, and blocks sending with the reason: it is never changed behind the person's back.
    """

    def __init__(self, spec: ParamSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self._choices: ThinkingChoices = ALL_CHOICES
        self._model_name = translate("param_rows", "This model")
        self.amount = QComboBox()
        self.amount.setAccessibleName(translate("param_rows", "Thinking amount"))
        self.amount.setToolTip(
            translate("param_rows", "How much the model thinks before it answers")
        )
        self.amount.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.amount.setMinimumContentsLength(12)
        self.budget = QSpinBox()
        self.budget.setRange(MIN_BUDGET, MAX_BUDGET)
        self.budget.setSingleStep(_BUDGET_STEP)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setSuffix(translate("param_rows", " tokens", "after the budget's number"))
        self.budget.setAccessibleName(translate("param_rows", "Thinking budget in tokens"))
        self.budget.setToolTip(
            translate("param_rows", "The most tokens the model may spend thinking")
        )
        self.budget_label = QLabel(translate("param_rows", "Budget"))
        self.budget_label.setBuddy(self.budget)
        self.hide_box = QCheckBox(translate("param_rows", "Hide the thinking"))
        self.hide_box.setAccessibleName(translate("param_rows", "Hide the thinking"))
        self.hide_box.setToolTip(
            translate(
                "param_rows",
                "The model still thinks, and it is still billed; only the text stays away",
            )
        )
        self.hide_note = _help_label(
            translate("param_rows", "Hidden thinking is still done, and still billed.")
        )
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.amount)
        budget_line = QHBoxLayout()
        budget_line.addWidget(self.budget_label)
        budget_line.addWidget(self.budget, 1)
        column.addLayout(budget_line)
        column.addWidget(self.hide_box)
        column.addWidget(self.hide_note)
        self._editor = editor
        self.amount.currentIndexChanged.connect(lambda _i: self._amount_changed())
        self.budget.valueChanged.connect(lambda _v: self._child_edited())
        self.hide_box.toggled.connect(lambda _b: self._child_edited())
        self._layout(editor)
        self.set_value(None)

    def editor_widget(self) -> QWidget:
        return self._editor

    # -- what the model offers ----------------------------------------------------------------

    def set_choices(self, choices: ThinkingChoices | None, model_name: str | None) -> None:
        """What this model offers (None: it does not think, or is unknown: everything is
        listed; the row is greyed separately with ``set_unsupported``)."""
        self._choices = choices or ALL_CHOICES
        self._model_name = model_name or translate("param_rows", "This model")
        self._fill(self.current_key())
        self._refresh()

    def current_key(self) -> str:
        return str(self.amount.currentData() or "default")

    def offered_keys(self) -> list[str]:
        """The amounts the model offers, in the order shown."""
        return [key for key in _ALL_KEYS if self._offers(key)]

    def _offers(self, key: str) -> bool:
        return self._choices.support(_thinking_for(key, budget=DEFAULT_BUDGET)) is None

    def _choice_reason(self, key: str) -> str | None:
        if self._choices.support(_thinking_for(key, budget=DEFAULT_BUDGET)) is None:
            return None
        return _not_offered_text(key, self._model_name)

    def _fill(self, current: str) -> None:
        """The combo's entries: what the model offers, plus ``current`` when it does not."""
        blocked = self.amount.blockSignals(True)
        self.amount.clear()
        for key in _ALL_KEYS:
            offered = self._offers(key)
            if not offered and key != current:
                continue
            label = _key_label(key)
            if not offered:
                label = translate("param_rows", "{choice} (not offered)").format(choice=label)
            self.amount.addItem(label, key)
            item = self.amount.model().item(self.amount.count() - 1)  # type: ignore[attr-defined]
            item.setToolTip(_key_tip(key) if offered else self._choice_reason(key) or "")
        self.amount.setCurrentIndex(max(0, self.amount.findData(current)))
        self.amount.blockSignals(blocked)
        self._show_budget()

    def _show_budget(self) -> None:
        budget = self.current_key() == "budget"
        self.budget.setVisible(budget)
        self.budget_label.setVisible(budget)
        self.hide_box.setEnabled(self.current_key() != "off")  # nothing to hide when off

    # -- editing ------------------------------------------------------------------------------

    def _amount_changed(self) -> None:
        if self.signalsBlocked():
            return
        self._show_budget()
        self._fill(self.current_key())  # an entry the model does not offer goes once left
        self._edited()

    def _child_edited(self) -> None:
        if not self.signalsBlocked():
            self._edited()

    def parse(self) -> Thinking | None:
        key = self.current_key()
        reason = self._choice_reason(key)
        if reason is not None:
            raise ParameterError("reasoning", reason)
        thinking = _thinking_for(key, budget=self.budget.value(), hide=self.hide_box.isChecked())
        return None if thinking.sends_nothing else thinking

    def show_value(self, value: Any) -> None:
        thinking = value if isinstance(value, Thinking) else None
        key = "default"
        if thinking is not None:
            key = f"effort:{thinking.effort}" if thinking.mode == "effort" else thinking.mode
        blocked = [w.blockSignals(True) for w in (self.budget, self.hide_box)]
        budget = thinking.budget if thinking is not None and thinking.mode == "budget" else None
        self.budget.setValue(budget if isinstance(budget, int) else DEFAULT_BUDGET)
        self.hide_box.setChecked(bool(thinking and thinking.hide))
        for widget, was in zip((self.budget, self.hide_box), blocked, strict=True):
            widget.blockSignals(was)
        self._fill(key if key in _ALL_KEYS else "default")


_ALL_KEYS: tuple[str, ...] = ("default", "off", *(f"effort:{e}" for e in EFFORTS), "budget")


def _key_label(key: str) -> str:
    """An amount as the list shows it."""
    if key.startswith("effort:"):
        return translate("thinking", EFFORT_LABELS[key.removeprefix("effort:")])
    if key == "off":
        return translate("param_rows", "Off")
    if key == "budget":
        return translate("param_rows", "Token budget")
    return translate("param_rows", "Model's choice")


def _key_tip(key: str) -> str:
    if key == "default":
        return translate(
            "param_rows",
            "The model thinks as much as it usually does (with Hide the thinking: hidden)",
        )
    if key == "off":
        return translate("param_rows", "The model answers straight away, without thinking first")
    if key == "budget":
        return translate("param_rows", "Give the most tokens it may spend thinking")
    return ""


def _not_offered_text(key: str, model: str) -> str:
    """Why an amount the model does not offer blocks sending, in one whole sentence."""
    if key == "off":
        text = translate(
            "param_rows",
            "{model} cannot turn its thinking off. Choose another amount, or Reset to leave "
            "it to the model.",
        )
    elif key == "budget":
        text = translate(
            "param_rows",
            "{model} does not take a thinking budget. Choose another amount, or Reset to "
            "leave it to the model.",
        )
    else:
        text = translate(
            "param_rows",
            "{model} does not offer the {effort} thinking effort. Choose another amount, or "
            "Reset to leave it to the model.",
        )
    effort = _key_label(key).lower() if key.startswith("effort:") else ""
    return text.format(model=model, effort=effort)


def param_label(spec: ParamSpec) -> str:
    """A parameter's name in the user's language (the label is marked in app.core.params),
    with its API name beside it when the two differ ("Temperatur (temperature)"), so people
    can match OpenRouter's documentation; English labels are left as they are."""
    label = translate("params", spec.label)
    if label == spec.label:
        return label
    return translate("param_rows", "{label} ({api_name})").format(label=label, api_name=spec.name)


def param_help(spec: ParamSpec) -> str:
    """What a parameter does and when to change it (both marked in app.core.params)."""
    return translate("param_rows", "{what} {when}").format(
        what=translate("params", spec.help), when=translate("params", spec.when)
    )


def _thinking_for(key: str, *, budget: int, hide: bool = False) -> Thinking:
    if key.startswith("effort:"):
        return Thinking("effort", effort=key.removeprefix("effort:"), hide=hide)
    if key == "off":
        return Thinking("off")
    if key == "budget":
        return Thinking("budget", budget=budget, hide=hide)
    return Thinking("default", hide=hide)


def _help_label(text: str) -> QLabel:
    # Enabled, in the normal text colour: the disabled colour is too faint to read (in the
    # dark theme most of all), and help matters most while the parameter is on.
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "help")
    return label


def quiet_text_color(text: QColor, base: QColor, contrast: float = 4.6) -> QColor:
    """``text`` moved toward ``base`` as far as it can go while keeping ``contrast`` to it."""
    best = QColor(text)
    for step in range(1, 11):
        share = step / 20  # up to halfway
        mixed = QColor.fromRgbF(
            text.redF() + (base.redF() - text.redF()) * share,
            text.greenF() + (base.greenF() - text.greenF()) * share,
            text.blueF() + (base.blueF() - text.blueF()) * share,
        )
        if contrast_ratio(mixed, base) < contrast:
            break
        best = mixed
    return best


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _format(value: float) -> str:
    if isinstance(value, int) or (
        isinstance(value, float) and value.is_integer() and abs(value) >= 10
    ):
        return str(int(value))
    if isinstance(value, float) and math.isfinite(value):
        return f"{value:g}"
    return str(value)
