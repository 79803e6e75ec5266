"""The view a tab shows for its key, made and wired to the window."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .fork_flow import ask_fork
from .send_gate import check_send

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.services.compare import CompareService

    from .main_window import MainWindow
    from .services import Services
    from .tab_keys import TabKey


def make_view(
    window: MainWindow, services: Services, key: TabKey
) -> tuple[QWidget, str, str] | None:
    """The view for ``key``, its tab's title and tooltip; None if what it names is gone."""
    if key.kind == "compare":
        return _compare_view(window, services, key.id)
    if key.kind == "run":
        return _run_view(window, services, key.id)
    return _chat_view(window, services, key.id)


def _chat_view(
    window: MainWindow, services: Services, conversation_id: int
) -> tuple[QWidget, str, str] | None:
    from .attach_flow import make_flow
    from .chat.chat_view import ChatView
    from .tab_keys import TabKey
    from .versions_flow import compare_versions, may_send, regenerate_with

    conversation = services.history.get_conversation(conversation_id)
    if conversation is None:
        return None
    view = ChatView(
        conversation_id,
        services.chat,
        services.history,
        window.notices,
        enter_sends=window.enter_sends,
        preflight=lambda text, attachments: check_send(
            window, TabKey.chat(conversation_id), text, attachments=attachments
        ),
        settings_check=lambda settings: may_send(window, conversation_id, settings),
        estimator=lambda draft, attachments: window.meter_feed.estimate_text(
            conversation_id, draft, attachments
        ),
        tasks=window.tasks,
        attach=make_flow(services),
        flush=window.dock_link.blocking_problem,
    )
    view.fork_requested.connect(lambda mid: ask_fork(window, conversation_id, mid))
    view.title_changed.connect(window.retitle)
    view.out_of_credit.connect(
        lambda: window.tasks.spawn(window.meter_feed.explain_out_of_credit())
    )
    view.busy_changed.connect(window.meter_feed.busy_changed)
    view.turn_ended.connect(lambda _cid: window.library.refresh())
    view.settings_changed.connect(window.dock_link.settings_changed)
    view.regenerate_with_requested.connect(lambda i: regenerate_with(window, view, i))
    view.compare_versions_requested.connect(lambda i: compare_versions(window, view, i))
    return view, conversation.title, conversation.title


def _compare_view(
    window: MainWindow, services: Services, comparison_id: int
) -> tuple[QWidget, str, str] | None:
    from app.core.i18n import translate

    from .attach_flow import make_flow
    from .compare.compare_view import CompareView

    compare = services.compare
    comparison = compare.store.get(comparison_id) if compare is not None else None
    if compare is None or comparison is None:
        return None
    view = CompareView(
        comparison_id,
        compare,
        services.history,
        window.notices,
        preflight=lambda view, text, index: check_send(
            window, view.tab_key, text, index, view.chips.attachments() if index is None else ()
        ),
        tasks=window.tasks,
        presets=services.presets.presets,
        preview=services.chat.preview_request,
        pick_model=lambda current: _pick_model(window, services, current),
        attach=make_flow(services),
        flush=window.dock_link.blocking_problem,
    )
    view.settings_stored.connect(
        lambda cid: comparison_settings_changed(window, compare, cid)  # (the dock shows them)
    )
    view.column_focused.connect(window.dock_link.follow_column)
    view.promoted.connect(window.open_conversation)
    view.busy_changed.connect(lambda busy: None if busy else window.library.refresh())
    view.export_button.clicked.connect(lambda: window.files.export_comparison(view.comparison_id))
    view.title_changed.connect(lambda cid, title: _retitle_comparison(window, cid, title))
    view.column_changed.connect(lambda cid: column_changed(window, services, cid))
    # The title names the presets ("Precise vs Creative"): kept back while judged blind.
    title = translate("compare_settings", "Blind comparison") if view.blind else comparison.title
    return view, "⚖ " + title, title


def column_changed(window: MainWindow, services: Services, comparison_id: int) -> None:
    """A column took another preset or model (Change…, or the dock): everything shows what
    is sent now, and a fair comparison pins its providers again."""
    compare = services.compare
    if compare is not None:
        comparison_settings_changed(window, compare, comparison_id)
        pin_comparison(window, compare, comparison_id)


def pin_comparison(window: MainWindow, compare: CompareService, comparison_id: int) -> None:
    """Pin a provider per model of a fair comparison (its next send waits for that); then
    its open tab names the providers and the dock shows what is sent. The report's problem,
    if any, is said once. Nothing for a comparison that is not fair."""
    comparison = compare.store.get(comparison_id)
    if comparison is not None and comparison.fair:
        window.tasks.spawn(_pin(window, compare, comparison_id))


async def _pin(window: MainWindow, compare: CompareService, comparison_id: int) -> None:
    report = await compare.make_fair(comparison_id)
    if compare.store.get(comparison_id) is None:
        return  # deleted while its providers were looked up: nothing to say or show
    if report.problem:
        window.notices.info(report.problem)
    names = {m.tag: m.provider for m in report.models if m.tag and m.provider}
    comparison_settings_changed(window, compare, comparison_id, names)


def comparison_settings_changed(
    window: MainWindow,
    compare: CompareService,
    comparison_id: int,
    provider_names: Mapping[str, str] | None = None,
) -> None:
    """A comparison's column settings changed (a preset, a pin, a dock edit): its open tab
    and the dock, if it shows a column, draw what is sent now."""
    from .compare.compare_view import CompareView
    from .tab_keys import TabKey

    index = window.tab_manager.index_of(TabKey.compare(comparison_id))
    view = window.tabs.widget(index) if index >= 0 else None
    if isinstance(view, CompareView):
        if provider_names:
            view.show_provider_names(provider_names)
        view.show_settings()
    for column in compare.store.columns(comparison_id):
        window.dock_link.settings_changed(column.conversation_id)


def _retitle_comparison(window: MainWindow, comparison_id: int, title: str) -> None:
    from .tab_keys import TabKey

    window.tab_manager.retitle(TabKey.compare(comparison_id), "⚖ " + title, tooltip=title)
    window.library.refresh()


def _pick_model(window: MainWindow, services: Services, current: str) -> str | None:
    """The model picker (as the dock opens it); the chosen model's id, None if cancelled."""
    from .dialogs.model_picker import ModelPickerDialog

    catalogue = services.catalogue
    dialog = ModelPickerDialog(catalogue.models, catalogue.search, current, parent=window)
    unfollow = catalogue.models_changed.subscribe(lambda ms: dialog.set_models(ms, current))
    try:
        chosen = dialog.chosen if dialog.exec() else None
        return chosen.id if chosen is not None else None
    finally:
        unfollow()


def _run_view(
    window: MainWindow, services: Services, run_id: int
) -> tuple[QWidget, str, str] | None:
    from .prompt_sets.flow import check_run
    from .prompt_sets.run_view import RunView
    from .tab_keys import TabKey

    runs, compare = services.prompt_sets, services.compare
    run = runs.get_run(run_id) if runs is not None else None
    if runs is None or compare is None or run is None:
        return None
    view = RunView(
        run_id,
        runs,
        compare,
        services.history,
        window.notices,
        preflight=lambda ident: check_run(window, ident),
        tasks=window.tasks,
    )
    view.open_comparison_requested.connect(lambda cid: window.open_tab(TabKey.compare(cid)))
    view.export_requested.connect(lambda kind: window.files.export_run(run_id, kind))
    view.busy_changed.connect(lambda busy: None if busy else window.library.refresh())
    return view, "▦ " + run.title, run.title
