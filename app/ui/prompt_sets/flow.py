"""Prompt sets wired into the window: the menu entry, the library's runs, running a set
(through the spending guard) and deleting a run."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.i18n import translate

from ..tab_keys import TabKey

if TYPE_CHECKING:
    from app.core.prompt_sets import PromptSet
    from app.services.prompt_sets import PromptSetService

    from ..main_window import MainWindow
    from .manager import PromptSetsDialog
    from .run_view import RunView

TITLE_LIMIT = 80


def service_of(window: MainWindow) -> PromptSetService | None:
    services = window.services
    return getattr(services, "prompt_sets", None) if services is not None else None


def install(window: MainWindow) -> None:
    """The library lists runs and deletes them here (the window only knows chats and
    comparisons); the services are read when needed (they arrive after the menus)."""
    window.library.set_runs(
        lambda query: runs.runs(query) if (runs := service_of(window)) is not None else [],
        lambda key: delete_run(window, key),
    )


def open_manager(window: MainWindow) -> PromptSetsDialog | None:
    """File → Prompt sets…: the manager (shown, not modal); None without the service."""
    from PySide6.QtCore import Qt

    from .manager import PromptSetsDialog

    service = service_of(window)
    if service is None:
        window.notices.info(translate("flow", "Prompt sets are not available right now."))
        return None
    dialog = PromptSetsDialog(service, window.notices, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.run_requested.connect(lambda chosen: ask_run(window, chosen))
    dialog.show()
    return dialog


def ask_run(window: MainWindow, prompt_set: PromptSet) -> RunView | None:
    """The run dialog for ``prompt_set``; then the run's tab, started through the guard."""
    from .run_dialog import RunDialog

    service = service_of(window)
    services = window.services
    if service is None or services is None:
        return None
    base = window.parameters.current_settings_or_stored()
    model = window.dock_link.model_info(base.model)
    dialog = RunDialog(
        prompt_set, services.presets.presets(), model.name if model else base.model, window
    )
    if not dialog.exec():
        return None
    columns = [(preset.name, preset.apply_to(base)) for preset in dialog.chosen]
    run = service.create_run(
        prompt_set,
        columns,
        blind=dialog.blind,
        fair=dialog.fair,
        concurrency=dialog.concurrency,
        title=dialog.title,
    )
    from .run_view import RunView

    window.open_tab(TabKey.run(run.id))
    window.library.refresh()
    view = window.tabs.currentWidget()
    if not isinstance(view, RunView) or view.run_id != run.id:
        return None
    view.start()
    return view


def check_run(window: MainWindow, run_id: int) -> str | None:
    """None to start (or resume) the run, else why not: the parameters, then the spending
    guard on everything left to send (a run that could pass a cap waits for consent), as
    ``send_gate.consent`` does for a send, in a run's words."""
    problem = window.dock_link.blocking_problem()
    service, settings = service_of(window), window.settings
    if problem or service is None or settings is None:
        return problem
    check = service.check_run(run_id, settings)
    if check.decision.action == "send":
        window.notices.info(
            translate("flow", "Started: {estimate}.").format(estimate=service.estimate(run_id).text)
        )
        return None
    if check.decision.action == "warn":
        window.notices.warning(check.decision.reason)
        return None
    if window.notices.confirm(check.title, check.question, translate("flow", "Run anyway")):
        return None
    window.notices.info(translate("flow", "Not started. Press Start when you are ready."))
    return check.decision.reason


def delete_run(window: MainWindow, key: TabKey) -> None:
    """Delete a run and its answers (after asking), closing its tab and its prompts' tabs."""
    from app.render.safe_text import shorten

    service = service_of(window)
    run = service.get_run(key.id) if service is not None else None
    if service is None or run is None:
        return
    question = translate(
        "flow", "Delete the run “{title}” and all its answers? This cannot be undone."
    ).format(title=shorten(run.title, TITLE_LIMIT))
    if not window.notices.confirm(
        translate("flow", "Delete run"), question, translate("flow", "Delete")
    ):
        return
    compare = window.services.compare if window.services is not None else None
    owned = [c.id for c in compare.store.of_run(key.id)] if compare is not None else []
    for tab in [key, *(TabKey.compare(i) for i in owned)]:
        index = window.tab_manager.index_of(tab)
        if index >= 0:
            window.close_tab(index)
    service.delete_run(key.id)
    window.library.refresh()
    window.notices.info(
        translate("flow", "Deleted “{title}”.").format(title=shorten(run.title, TITLE_LIMIT))
    )
