"""File → Import and Export: ask where (through ``Notices``), then let the services do it off
the UI thread, and say how it went."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.i18n import translate

if TYPE_CHECKING:
    from app.services.conversations import ExportKind

    from .main_window import MainWindow

# app.services.conversations is imported where it is used: it brings asyncio, sqlite3 and the
# export formats, none of which the first paint needs.


class FileActions:
    """The window's import and export commands."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._notices = window.notices

    def export_current(self, kind: ExportKind) -> None:
        """Ask where, then export the current conversation as Markdown ("md") or JSON."""
        window = self._window
        ident, services = window.current_id(), window.services
        conversation = services.conversations.get(ident) if services and ident is not None else None
        if conversation is None:
            return
        from app.services.conversations import export_file_name

        path = self._notices.choose_path(
            "save",
            translate("file_actions", "Export conversation"),
            _markdown_filter() if kind == "md" else translate("file_actions", "JSON (*.json)"),
            Path.home() / export_file_name(conversation.title, kind),
        )
        if path is not None:
            window.tasks.spawn(self.export_to(path, kind, conversation.id))

    async def export_to(
        self, path: Path, kind: ExportKind = "json", conversation_id: int | None = None
    ) -> None:
        """Export a conversation (the current one by default) to ``path``, off the UI thread."""
        services = self._window.services
        if conversation_id is None:
            conversation_id = self._window.current_id()
        if conversation_id is not None and services is not None:
            await self._export(services.conversations.export(conversation_id, path, kind), path)

    def export_comparison(self, comparison_id: int) -> None:
        path = self._notices.choose_path(
            "save",
            translate("file_actions", "Export comparison"),
            _markdown_filter(),
            Path.home() / "comparison.md",
        )
        services = self._window.services
        if path is not None and services is not None:
            writing = services.conversations.export_comparison(comparison_id, path)
            self._window.tasks.spawn(self._export(writing, path))

    def export_run(self, run_id: int, kind: str) -> None:
        """Ask where, then export a prompt-set run as Markdown ("md") or CSV ("csv")."""
        services = self._window.services
        runs = services.prompt_sets if services is not None else None
        run = runs.get_run(run_id) if runs is not None else None
        if runs is None or run is None:
            return
        markdown = kind == "md"
        path = self._notices.choose_path(
            "save",
            translate("file_actions", "Export the run"),
            _markdown_filter() if markdown else _csv_filter(),
            Path.home() / _file_name(run.title, "md" if markdown else "csv"),
        )
        if path is None:
            return
        # The text is made here (it reads the history); the file is written off the UI thread.
        text = runs.export_markdown(run_id) if markdown else runs.export_csv(run_id)
        self._window.tasks.spawn(self._write_run(path, text))

    async def _write_run(self, path: Path, text: str) -> None:
        try:
            await self._window.tasks.run_blocking(_write_whole, path, text)
        except OSError as error:
            self._notices.error(
                translate("file_actions", "Could not save the export: {reason}.").format(
                    reason=error.strerror or error
                )
            )
            return
        self._notices.info(translate("file_actions", "Exported to {path}.").format(path=path))

    async def _export(self, writing: Coroutine[Any, Any, None], path: Path) -> None:
        from app.services.conversations import ConversationError

        try:
            await writing
        except ConversationError as error:
            self._notices.error(error.user_message)
            return
        self._notices.info(translate("file_actions", "Exported to {path}.").format(path=path))

    def import_conversation(self) -> None:
        from app.services.conversations import import_limits

        title = translate("file_actions", "Import conversation ({limits})").format(
            limits=import_limits()
        )
        json_filter = translate("file_actions", "JSON (*.json)")
        path = self._notices.choose_path("open", title, json_filter, Path.home())
        if path is not None:
            self._window.tasks.spawn(self.import_file(path))

    async def import_file(self, path: Path) -> int | None:
        """Import a conversation file (read, checked and stored in one transaction off the UI
        thread); the new conversation's id, or None (a notice says why)."""
        window = self._window
        if window.services is None:
            return None
        from app.services.conversations import ConversationError

        self._notices.info(translate("file_actions", "Importing {name}…").format(name=path.name))
        try:
            result = await window.services.conversations.import_file(path)
        except ConversationError as error:
            self._notices.error(error.user_message)
            return None
        if window.tasks.closed:  # the window was closed meanwhile (the import is kept)
            return None
        window.open_conversation(result.conversation.id)
        window.library.refresh()
        self._notices.info(result.summary)
        return result.conversation.id

    def export_spending(self) -> None:
        services = self._window.services
        if services is None or services.costs is None:
            return
        path = self._notices.choose_path(
            "save",
            translate("file_actions", "Export spending"),
            _csv_filter(),
            Path.home() / "switchboard-spending.csv",
        )
        if path is not None:
            self._window.tasks.spawn(self._export_spending(services.costs.export_csv, path))

    async def _export_spending(self, export_csv: Callable[[Path], int], path: Path) -> None:
        try:
            rows = await self._window.tasks.run_blocking(export_csv, path)
        except OSError as error:
            self._notices.error(
                translate("file_actions", "Could not save the spending export: {reason}.").format(
                    reason=error.strerror or error
                )
            )
            return
        exported = translate(
            "file_actions",
            "Exported %n rows of spending to {path}.",
            "one: Exported %n row of spending to {path}.",
            rows,
        )
        self._notices.info(exported.format(path=path))


def _markdown_filter() -> str:
    return translate("file_actions", "Markdown (*.md)")


def _csv_filter() -> str:
    return translate("file_actions", "CSV (*.csv)")


def _file_name(title: str, suffix: str) -> str:
    safe = "".join(c for c in title if c.isalnum() or c in " -_").strip()
    return f"{safe or 'prompt-set-run'}.{suffix}"


def _write_whole(path: Path, text: str) -> None:
    """Write ``text`` beside ``path``, then put it in place: a reader never sees half of it."""
    import os

    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_text(text, encoding="utf-8", newline="")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
