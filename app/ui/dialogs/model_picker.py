"""Pick a model from the catalogue: search as you type, prices per million tokens, context."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate
from app.core.models import ModelInfo, price_per_million_text, token_count_text

COLUMN_COUNT = 4


def column_titles() -> list[str]:
    return [
        translate("model_picker", "Model"),
        translate("model_picker", "Input"),
        translate("model_picker", "Output"),
        translate("model_picker", "Context"),
    ]


class ModelPickerDialog(QDialog):
    """Lists every model; ``chosen`` holds the pick after ``exec()`` returns Accepted."""

    def __init__(
        self,
        models: list[ModelInfo],
        search: Callable[[str], list[ModelInfo]],
        current: str,
        *,
        source_text: str = "",
        on_refresh: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("model_picker", "Choose a model"))
        self.resize(760, 560)
        self.chosen: ModelInfo | None = None
        self._search = search
        self._models: list[ModelInfo] = []
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            translate("model_picker", "Search by name or id, e.g. “llama 70b” or “free”")
        )
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(translate("model_picker", "Search models"))
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(translate("model_picker", "Models"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel(source_text)
        self.status.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("model_picker", "Use this model")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        if on_refresh is not None:
            refresh = QPushButton(translate("model_picker", "Refresh list"))
            refresh.clicked.connect(on_refresh)
            bottom.addWidget(refresh)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.query.textChanged.connect(self._filter)
        self.table.doubleClicked.connect(lambda _i: self._accept())
        self.set_models(models, current)
        self.query.setFocus()

    def set_models(self, models: list[ModelInfo], current: str | None = None) -> None:
        self._models = list(models)
        self.table.setRowCount(len(models))
        for row, model in enumerate(models):
            cells = (
                f"{model.name}\n{model.id}",
                _price_text(model.prompt_price),
                _price_text(model.completion_price),
                _context_text(model.context_length),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if model.id == current:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self._filter(self.query.text())

    def visible_ids(self) -> list[str]:
        return [m.id for row, m in enumerate(self._models) if not self.table.isRowHidden(row)]

    def _filter(self, text: str) -> None:
        keep = {m.id for m in self._search(text)} if text.strip() else None
        for row, model in enumerate(self._models):
            self.table.setRowHidden(row, keep is not None and model.id not in keep)
        shown = len(self.visible_ids())
        self.status.setText(
            translate(
                "model_picker",
                "{shown} of %n models",
                "one: {shown} of %n model",
                len(self._models),
            ).format(shown=shown)
        )

    def _accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        visible = [r.row() for r in rows if not self.table.isRowHidden(r.row())]
        if not visible:
            ids = self.visible_ids()
            if len(ids) != 1:
                return
            visible = [next(i for i, m in enumerate(self._models) if m.id == ids[0])]
        self.chosen = self._models[visible[0]]
        self.accept()


def _price_text(price: Decimal | None) -> str:
    """A price per million tokens, with "free" and "unknown" in the user's language."""
    if price == 0:
        return translate("model_picker", "free")
    if price is None or not price.is_finite() or price < 0:
        return translate("model_picker", "unknown")
    return price_per_million_text(price)


def _context_text(length: int | None) -> str:
    """How many tokens the model handles at once (the column's title says what it is)."""
    if length is None or length <= 0:
        return translate("model_picker", "unknown")
    return token_count_text(length)
