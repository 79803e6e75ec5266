"""The parameter dock follows the current tab's conversation (or a comparison's focused
column), and its requests are answered here: the model picker, "Show request…", presets."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.i18n import translate

from .notices import Topic

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.core.conversation import ChatSettings
    from app.core.models import ModelInfo

    from .chat.chat_view import ChatView
    from .docks.parameter_dock import ParameterDock
    from .notices import Notices
    from .services import Services
    from .tasks import UiTasks


class DockLink(QObject):
    """Ties the ``ParameterDock`` to the conversation it shows and to the services.

    Signals:
        column_edited(int): a comparison's column was edited in the dock (the comparison's id).
    """

    column_edited = Signal(int)

    def __init__(
        self,
        dock: ParameterDock,
        notices: Notices,
        tasks: UiTasks,
        current_view: Callable[[], ChatView | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.dock, self._notices, self._tasks = dock, notices, tasks
        self._current_view = current_view
        self._window = parent
        self._services: Services | None = None
        self._unfollow: Callable[[], None] | None = None  # unsubscribes from the catalogue
        self.shown: int | None = None  # the conversation the dock shows
        dock.settings_edited.connect(self._settings_edited)
        dock.model_change_requested.connect(self.pick_model)
        dock.show_request_requested.connect(self.show_request)
        dock.preset_action_requested.connect(self._preset_action)
        dock.problem_changed.connect(self._problem_changed)

    def attach(self, services: Services) -> None:
        self._services = services
        self._unfollow = services.catalogue.models_changed.subscribe(
            lambda _models: self._refresh_model_info()
        )
        self.dock.build()
        self.dock.model_lookup = self.model_info  # a chosen preset may name another model
        self.dock.set_presets(services.presets.presets())
        self.dock.setEnabled(True)

    def detach(self) -> None:
        self.dock.flush()
        if self._unfollow is not None:
            self._unfollow()
            self._unfollow = None
        self._services = None

    def show_conversation(self, conversation_id: int | None) -> None:
        """Show this conversation's settings (after saving edits meant for the previous one)."""
        self.dock.flush()
        services = self._services
        if conversation_id is None or services is None:
            self.shown = None
            return
        conversation = services.history.get_conversation(conversation_id)
        if conversation is not None:
            self.shown = conversation.id
            self.dock.load(conversation.settings, self.model_info(conversation.settings.model))

    def settings_changed(self, conversation_id: int) -> None:
        """A view changed a conversation's settings (a retry with less thinking): show them
        if the dock shows that conversation, so the dock says what is sent."""
        if conversation_id == self.shown:
            self.show_conversation(conversation_id)

    def follow_column(self, conversation_id: int) -> None:
        """A comparison's column took the focus: the dock shows that column's settings."""
        if self._services is not None and conversation_id != self.shown:
            self.show_conversation(conversation_id)

    def blocking_problem(self) -> str | None:
        """Before a send: save pending edits; a field still invalid blocks it (and says so)."""
        self.dock.flush()
        problem = self.dock.problem()
        if problem:
            self._notices.warning(
                translate(
                    "dock_link", "Not sent: {problem} Fix it in the Parameters panel."
                ).format(problem=problem),
                topic=Topic.PARAMETERS,
            )
            self.dock.show()
        return problem

    def model_info(self, model_id: str) -> ModelInfo | None:
        return self._services.catalogue.get(model_id) if self._services else None

    def _settings_edited(self, settings: ChatSettings) -> None:
        services = self._services
        if services is None or self.shown is None:
            return
        if services.conversations.update_settings(self.shown, settings):
            view = self._current_view()
            if view is not None:
                view.refresh_estimate()  # another model or max_tokens: another price
            self._pin_again(self.shown)

    def _pin_again(self, conversation_id: int) -> None:
        """A comparison's column was edited here: say so (its tab shows the new settings, and
        a fair comparison's providers are chosen again: the pinned one may not take the new
        setting)."""
        compare = self._services.compare if self._services is not None else None
        where = compare.store.comparison_of(conversation_id) if compare is not None else None
        if where is not None:
            self.column_edited.emit(where[0])

    def _problem_changed(self, problem: object) -> None:
        if problem:
            self._notices.warning(
                translate("dock_link", "{problem} Nothing is sent until this is fixed.").format(
                    problem=problem
                ),
                topic=Topic.PARAMETERS,
            )
        else:  # fixed: what the message said is no longer true
            self._notices.withdraw(Topic.PARAMETERS)

    def _refresh_model_info(self) -> None:
        settings = self.dock.current_settings_or_stored()
        self.dock.set_model_info(settings.model, self.model_info(settings.model))

    # -- the dock's requests -------------------------------------------------------------------

    def pick_model(self) -> None:
        from .dialogs.model_picker import ModelPickerDialog

        if self._services is None:
            return
        catalogue = self._services.catalogue
        current = self.dock.current_settings_or_stored().model
        source = {
            "live": translate("dock_link", "Live list"),
            "cache": translate("dock_link", "Saved list"),
            "snapshot": translate("dock_link", "Built-in list"),
        }.get(catalogue.source, "")
        dialog = ModelPickerDialog(
            catalogue.models,
            catalogue.search,
            current,
            source_text=source,
            parent=self._window,
            on_refresh=lambda: self._tasks.spawn(self.refresh_catalogue(force=True)),
        )

        # The dock keeps its own subscription; the dialog follows the list while it is open.
        unfollow = catalogue.models_changed.subscribe(lambda ms: dialog.set_models(ms, current))
        try:
            if dialog.exec() and dialog.chosen is not None:
                self.dock.use_model(dialog.chosen)
        finally:
            unfollow()

    async def refresh_catalogue(self, *, force: bool = False) -> None:
        """Fetch the model list in the background; the window never waits for it."""
        from app.api import OpenRouterError

        if self._services is None:
            return
        catalogue = self._services.catalogue
        try:
            refreshed = await catalogue.refresh(force=force)
        except OpenRouterError as error:
            self._notices.info(
                translate("dock_link", "The model list could not be refreshed: {reason}").format(
                    reason=error.user_message
                )
            )
            return
        if refreshed and force:
            self._notices.info(
                translate(
                    "dock_link",
                    "Model list refreshed: %n models.",
                    "one: Model list refreshed: %n model.",
                    len(catalogue.models),
                )
            )

    def show_request(self) -> None:
        from app.api import InvalidRequestError

        from .dialogs.request_preview import RequestPreviewDialog

        view, services = self._current_view(), self._services
        settings = self.dock.current_settings()
        if view is None or services is None:
            return
        if settings is None:
            self._notices.warning(
                translate("dock_link", "{problem} Fix it to see the request.").format(
                    problem=self.dock.problem()
                ),
                topic=Topic.PARAMETERS,
            )
            return
        typed = view.composer.toPlainText()  # sent as typed, so shown as typed
        draft = typed if typed.strip() else translate("dock_link", "(your next message)")
        try:
            url, body = services.chat.preview_request(
                view.conversation_id, settings, draft, view.chips.attachments()
            )
        except InvalidRequestError as error:
            self._notices.warning(error.user_message)
            return
        RequestPreviewDialog(body, url, self._window).exec()

    def _preset_action(self, action: str) -> None:
        from app.core.presets import PresetError

        from .dialogs.presets import ManagePresetsDialog, SavePresetDialog

        if self._services is None:
            return
        presets = self._services.presets
        if action == "manage":
            dialog = ManagePresetsDialog(presets, self._window, notices=self._notices)
            dialog.presets_changed.connect(lambda: self.dock.set_presets(presets.presets()))
            dialog.exec()
            return
        settings = self.dock.current_settings()
        if settings is None:
            self._notices.warning(
                translate("dock_link", "{problem} Fix it before saving a preset.").format(
                    problem=self.dock.problem()
                ),
                topic=Topic.PARAMETERS,
            )
            return
        save = SavePresetDialog(self._window)
        while save.exec():
            try:
                preset = presets.save_current(
                    save.name.text(),
                    save.description.text(),
                    settings,
                    save.include_model.isChecked(),
                    save.include_prompt.isChecked(),
                )
            except PresetError as error:
                save.error.setText(error.user_message)
                continue
            self.dock.set_presets(presets.presets())
            self._notices.info(
                translate("dock_link", "Saved the preset “{name}”.").format(name=preset.name)
            )
            return
