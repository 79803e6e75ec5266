"""The prompt sets: list, write, import, export and delete them, and start a run."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import translate
from app.core.prompt_sets import PromptItem, PromptSet, PromptSetError
from app.render.safe_text import plain_tooltip, shorten

from ..labels import WrappedLabel
from ..notices import Notices
from ..theme import error_color

if TYPE_CHECKING:
    from app.services.prompt_sets import PromptSetService

NAME_LIMIT = 80
ROW_LIMIT = 90  # a prompt's row shows at most this much of it


def _new_name() -> str:
    return translate("manager", "New prompt set")


def _file_filter() -> str:
    return translate("manager", "Prompt sets (*.json)")


def _row_text(number: int, item: PromptItem) -> str:
    first = " ".join(item.prompt.split())
    if not first:
        return translate("manager", "{number}. (empty)").format(number=number)
    return f"{number}. {shorten(first, ROW_LIMIT)}"


class PromptSetsDialog(QDialog):
    """Manage prompt sets. Changes are saved with Save, and before switching sets, running
    or closing (when they can be: a set needs a name and at least one prompt).

    Signals:
        run_requested(object): run this PromptSet (saved); the dialog closes.
    """

    run_requested = Signal(object)

    def __init__(
        self, service: PromptSetService, notices: Notices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("manager", "Prompt sets"))
        self.resize(860, 560)
        self._service = service
        self._notices = notices
        self._set: PromptSet | None = None  # the set in the editor (id None: not saved yet)
        self._items: list[PromptItem] = []
        self._dirty = False
        self._loading = False
        self._build()
        self.reload()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.sets = QListWidget()
        self.sets.setAccessibleName(translate("manager", "Prompt sets"))
        self.sets.currentRowChanged.connect(self._set_chosen)
        self.new_button = QPushButton(translate("manager", "New"))
        self.import_button = QPushButton(translate("manager", "Import…"))
        self.export_button = QPushButton(translate("manager", "Export…"))
        self.delete_button = QPushButton(translate("manager", "Delete…"))
        self.new_button.clicked.connect(self.new_set)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        self.delete_button.clicked.connect(self._delete)
        left_buttons = QHBoxLayout()
        for button in (self.new_button, self.import_button, self.export_button):
            left_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sets, 1)
        left_layout.addLayout(left_buttons)
        left_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.name = QLineEdit()
        self.name.setAccessibleName(translate("manager", "Name of the prompt set"))
        self.name.setPlaceholderText(translate("manager", "Name"))
        self.name.textEdited.connect(lambda _t: self._changed())
        self.prompt_list = QListWidget()
        self.prompt_list.setAccessibleName(translate("manager", "Prompts of the set"))
        self.prompt_list.currentRowChanged.connect(self._prompt_chosen)
        self.add_button = QPushButton(translate("manager", "Add prompt"))
        self.remove_button = QPushButton(translate("manager", "Remove prompt"))
        self.up_button = QPushButton(translate("manager", "Move up"))
        self.down_button = QPushButton(translate("manager", "Move down"))
        self.add_button.clicked.connect(self.add_prompt)
        self.remove_button.clicked.connect(self.remove_prompt)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        prompt_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            prompt_buttons.addWidget(button)
        prompt_buttons.addStretch(1)
        self.prompt_edit = QPlainTextEdit()
        self.prompt_edit.setAccessibleName(translate("manager", "Prompt"))
        self.prompt_edit.setPlaceholderText(
            translate("manager", "The prompt, as you would type it in a conversation")
        )
        self.prompt_edit.textChanged.connect(self._prompt_typed)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(translate("manager", "Notes on a good answer"))
        self.notes_edit.setPlaceholderText(
            translate("manager", "What a good answer looks like (optional)")
        )
        self.notes_edit.setMaximumHeight(90)
        self.notes_edit.textChanged.connect(self._prompt_typed)
        self.save_button = QPushButton(translate("manager", "Save"))
        self.save_button.clicked.connect(self.save)
        self.message = WrappedLabel()  # a whole sentence, however long, never cut off
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        # Each box says what it holds even when it is filled (a placeholder goes then).
        for text, widget in (
            (translate("manager", "Name:"), self.name),
            (translate("manager", "Prompts:"), self.prompt_list),
            (translate("manager", "The chosen prompt:"), self.prompt_edit),
            (translate("manager", "What a good answer looks like (optional):"), self.notes_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            right_layout.addWidget(label)
            right_layout.addWidget(
                widget, 1 if widget in (self.prompt_list, self.prompt_edit) else 0
            )
            if widget is self.prompt_list:
                right_layout.addLayout(prompt_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 600])
        splitter.setChildrenCollapsible(False)
        self.run_button = QPushButton(translate("manager", "Run…"))
        self.run_button.setToolTip(
            translate("manager", "Send every prompt of this set to two to four presets.")
        )
        self.run_button.clicked.connect(self.run)
        close = QPushButton(translate("manager", "Close"))
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.run_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # -- the list of sets ---------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """List the stored sets; show ``select_id`` (or the first, or an empty new one)."""
        self._loading = True
        try:
            self.sets.clear()
            stored = self._service.sets()
            for prompt_set in stored:
                item = QListWidgetItem(shorten(prompt_set.name, NAME_LIMIT))
                item.setToolTip(plain_tooltip(prompt_set.name))
                item.setData(Qt.ItemDataRole.UserRole, prompt_set.id)
                self.sets.addItem(item)
            row = next((i for i, s in enumerate(stored) if s.id == select_id), 0)
            if stored:
                self.sets.setCurrentRow(row)
        finally:
            self._loading = False
        if stored:
            self._edit(stored[row])
        else:
            self.new_set()
        has_sets = bool(stored)
        self.export_button.setEnabled(has_sets)
        self.delete_button.setEnabled(has_sets)

    def set_names(self) -> list[str]:
        return [
            self.sets.item(i).toolTip() or self.sets.item(i).text()
            for i in range(self.sets.count())
        ]

    def _set_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        wanted = self.sets.item(row).data(Qt.ItemDataRole.UserRole)
        if self._dirty and not self._commit():
            self._select_current()  # the edits need fixing first (the message says what)
            return
        chosen = next((s for s in self._service.sets() if s.id == wanted), None)
        if chosen is not None:
            self._edit(chosen)

    def _select_current(self) -> None:
        current = self._set.id if self._set is not None else None
        self._loading = True
        try:
            for row in range(self.sets.count()):
                if self.sets.item(row).data(Qt.ItemDataRole.UserRole) == current:
                    self.sets.setCurrentRow(row)
        finally:
            self._loading = False

    def new_set(self) -> None:
        """An empty set in the editor (saved once it has a prompt)."""
        if self._dirty and not self._commit():
            return
        self._edit(PromptSet(_new_name(), (PromptItem(""),)))
        self.sets.clearSelection()
        self.name.setFocus()
        self.name.selectAll()

    # -- the editor ---------------------------------------------------------------------------

    def _edit(self, prompt_set: PromptSet) -> None:
        self._set = prompt_set
        self._items = list(prompt_set.items)
        self._loading = True
        try:
            self.name.setText(prompt_set.name)
            self.prompt_list.clear()
            for number, item in enumerate(self._items, 1):
                self.prompt_list.addItem(_row_text(number, item))
        finally:
            self._loading = False
        self.prompt_list.setCurrentRow(0)
        self._prompt_chosen(0)
        self._dirty = False
        self.run_button.setEnabled(True)

    def _prompt_chosen(self, row: int) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            valid = 0 <= row < len(self._items)
            self.prompt_edit.setPlainText(self._items[row].prompt if valid else "")
            self.notes_edit.setPlainText(self._items[row].notes if valid else "")
            self.prompt_edit.setEnabled(valid)
            self.notes_edit.setEnabled(valid)
            self.remove_button.setEnabled(valid and len(self._items) > 1)
        finally:
            self._loading = False

    def _prompt_typed(self) -> None:
        row = self.prompt_list.currentRow()
        if self._loading or not 0 <= row < len(self._items):
            return
        item = PromptItem(self.prompt_edit.toPlainText(), self.notes_edit.toPlainText())
        self._items[row] = item
        self.prompt_list.item(row).setText(_row_text(row + 1, item))
        self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self._dirty = True
            self.message.setText("")

    def add_prompt(self, text: str = "", notes: str = "") -> None:
        """A new prompt at the end, ready to type."""
        self._items.append(PromptItem(text, notes))
        self.prompt_list.addItem(_row_text(len(self._items), self._items[-1]))
        self.prompt_list.setCurrentRow(len(self._items) - 1)
        self._changed()
        self.prompt_edit.setFocus()

    def remove_prompt(self) -> None:
        row = self.prompt_list.currentRow()
        if not 0 <= row < len(self._items) or len(self._items) < 2:
            return
        del self._items[row]
        self._renumber(min(row, len(self._items) - 1))
        self._changed()

    def _move(self, step: int) -> None:
        row = self.prompt_list.currentRow()
        target = row + step
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return
        self._items[row], self._items[target] = self._items[target], self._items[row]
        self._renumber(target)
        self._changed()

    def _renumber(self, current: int) -> None:
        self._loading = True
        try:
            self.prompt_list.clear()
            for number, item in enumerate(self._items, 1):
                self.prompt_list.addItem(_row_text(number, item))
        finally:
            self._loading = False
        self.prompt_list.setCurrentRow(current)
        self._prompt_chosen(current)

    def edited_set(self) -> PromptSet:
        """The set as the editor has it now (not yet checked or saved)."""
        base = self._set if self._set is not None else PromptSet(_new_name(), ())
        return replace(base, name=self.name.text().strip(), items=tuple(self._items))

    def _commit(self) -> PromptSet | None:
        """Save the editor's set; None (and the message says why) if it cannot be saved."""
        try:
            saved = self._service.save_set(self.edited_set())
        except PromptSetError as error:
            self._error(error.user_message)
            return None
        self._dirty = False
        self._set = saved
        return saved

    def save(self) -> PromptSet | None:
        saved = self._commit()
        if saved is not None:
            self.reload(saved.id)
            self._info(
                translate("manager", "Saved “{name}”.").format(name=shorten(saved.name, NAME_LIMIT))
            )
        return saved

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {error_color()}")
        self.message.setText(text)

    def _info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    # -- files --------------------------------------------------------------------------------

    def _import(self) -> None:
        path = self._notices.choose_path(
            "open",
            translate("manager", "Import a prompt set"),
            _file_filter(),
            Path.home(),
            parent=self,
        )
        if path is not None:
            self.import_path(path)

    def import_path(self, path: Path) -> PromptSet | None:
        """Read a shared prompt set file and keep it; None (the message says why) if unusable."""
        if self._dirty and not self._commit():
            return None
        try:
            imported = self._service.import_set(path)
        except PromptSetError as error:
            self._error(error.user_message)
            return None
        self.reload(imported.id)
        count = len(imported.items)
        self._info(
            translate(
                "manager",
                "Imported “{name}” with %n prompts.",
                "one: Imported “{name}” with %n prompt.",
                count,
            ).format(name=shorten(imported.name, NAME_LIMIT))
        )
        return imported

    def _export(self) -> None:
        saved = self._commit() if self._dirty else self._set
        if saved is None or saved.id is None:
            return
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in saved.name).strip()
        path = self._notices.choose_path(
            "save",
            translate("manager", "Export the prompt set"),
            _file_filter(),
            Path.home() / f"{name or 'prompt-set'}.json",
            parent=self,
        )
        if path is not None:
            self.export_path(saved, path)

    def export_path(self, prompt_set: PromptSet, path: Path) -> bool:
        try:
            self._service.export_set(prompt_set, path)
        except PromptSetError as error:
            self._error(error.user_message)
            return False
        except OSError as error:
            self._error(
                translate("manager", "Could not save the file: {reason}.").format(
                    reason=error.strerror or error
                )
            )
            return False
        self._info(translate("manager", "Exported to {path}.").format(path=path))
        return True

    def _delete(self) -> None:
        current = self._set
        if current is None or current.id is None:
            self.reload()
            return
        question = translate(
            "manager",
            "Delete the prompt set “{name}”? Runs made with it keep their own copy.",
        ).format(name=shorten(current.name, NAME_LIMIT))
        if not self._notices.confirm(
            translate("manager", "Delete prompt set"),
            question,
            translate("manager", "Delete"),
            parent=self,
        ):
            return
        self._service.delete_set(current.id)
        self._dirty = False
        self.reload()
        self._info(
            translate("manager", "Deleted “{name}”.").format(name=shorten(current.name, NAME_LIMIT))
        )

    # -- running and closing ------------------------------------------------------------------

    def run(self) -> None:
        """Save the set, then ask to run it (the window shows the run dialog)."""
        saved = (
            self._commit()
            if self._dirty or self._set is None or self._set.id is None
            else self._set
        )
        if saved is None:
            return
        self.accept()
        self.run_requested.emit(saved)

    def done(self, result: int) -> None:
        # Closing keeps what was typed, when it can be kept; when it cannot (it breaks a
        # rule), the person is asked before it is lost, and the dialog stays open on No.
        if self._dirty and result != QDialog.DialogCode.Accepted and self._commit() is None:
            question = translate(
                "manager",
                "Your changes to this prompt set cannot be saved. {problem} Discard them and "
                "close?",
            ).format(problem=self.message.text())
            if not self._notices.confirm(
                translate("manager", "Discard your changes?"),
                question,
                translate("manager", "Discard"),
                parent=self,
            ):
                return  # (the message under the editor says what to fix)
            self._dirty = False
        super().done(result)
