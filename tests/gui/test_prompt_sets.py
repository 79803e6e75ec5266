"""Prompt sets in the real window: write a set, share it as a file, run it against presets
from the fake server, stop and resume, read the results, pick blind, reopen and export."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction

from app.core.prompt_sets import PromptItem, PromptSet
from app.ui.prompt_sets.manager import PromptSetsDialog
from app.ui.prompt_sets.run_view import RunView
from app.ui.tab_keys import TabKey
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

# The manager is a window of its own: the offscreen platform cannot size one to its hints.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PROMPTS = ("Name a colour.", "Name a fruit.", "Name a river.")


@pytest.fixture
def runs(app: App) -> Any:
    """The window's prompt-set service."""
    assert app.services.prompt_sets is not None
    return app.services.prompt_sets


def manager(app: App) -> PromptSetsDialog:
    action = next(
        a for a in app.window.findChildren(QAction) if a.text().replace("&", "") == "Prompt sets…"
    )
    action.trigger()
    dialogs = [d for d in app.window.findChildren(PromptSetsDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def saved_set(runs: Any, prompts: tuple[str, ...] = PROMPTS, name: str = "Trio") -> PromptSet:
    return runs.save_set(PromptSet(name, tuple(PromptItem(p, f"notes {p}") for p in prompts)))


def run_from_dialog(
    app: App,
    monkeypatch: pytest.MonkeyPatch,
    prompt_set: PromptSet,
    names: tuple[str, ...] = ("Precise", "Creative"),
    *,
    blind: bool = False,
    concurrency: int = 4,
) -> RunView | None:
    """Run… in the manager, with ``names`` ticked in the run dialog; the run's tab."""
    from app.ui.prompt_sets import run_dialog

    def accept(dialog: Any) -> int:
        dialog.tick(*names)
        dialog.blind_box.setChecked(blind)
        dialog.at_once.setValue(concurrency)
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(run_dialog.RunDialog, "exec", accept)
    dialog = manager(app)
    row = next(
        i for i in range(dialog.sets.count()) if dialog.sets.item(i).text() == prompt_set.name
    )
    dialog.sets.setCurrentRow(row)
    dialog.run_button.click()
    view = app.window.tabs.currentWidget()
    return view if isinstance(view, RunView) else None


def wait_done(app: App, view: RunView, total: int, timeout: int = 15_000) -> None:
    app.qtbot.waitUntil(
        lambda: (
            view.progress_label.text().startswith(f"{total} of {total} answers")
            and not view.busy
            and not view.stop_button.isVisible()  # (set as the run's task ends: a turn later)
        ),
        timeout=timeout,
    )


def table(widget: Any) -> list[list[str]]:
    return [
        [widget.item(r, c).text() if widget.item(r, c) else "" for c in range(widget.columnCount())]
        for r in range(widget.rowCount())
    ]


# -- the manager --------------------------------------------------------------------------------


def test_a_set_is_written_in_the_dialog_and_kept(app: App, runs: Any) -> None:
    dialog = manager(app)
    assert dialog.sets.count() == 0  # nothing stored yet: an empty new set to write
    dialog.name.setText("Geography")
    dialog.name.textEdited.emit("Geography")
    dialog.prompt_edit.setPlainText("What is the longest river?")
    dialog.notes_edit.setPlainText("The Nile or the Amazon, with a reason.")
    dialog.add_prompt()
    dialog.prompt_edit.setPlainText("Line one\nLine two")  # a prompt keeps its lines
    dialog.save_button.click()
    stored = runs.sets()
    assert [s.name for s in stored] == ["Geography"]
    assert stored[0].items == (
        PromptItem("What is the longest river?", "The Nile or the Amazon, with a reason."),
        PromptItem("Line one\nLine two", ""),
    )
    assert dialog.prompt_list.item(1).text() == "2. Line one Line two"
    assert "Saved" in dialog.message.text()
    # A set without a name is not kept: a plain sentence says so.
    dialog.name.setText("")
    dialog.name.textEdited.emit("")
    dialog.save_button.click()
    assert dialog.message.text() and "Traceback" not in dialog.message.text()
    assert [s.name for s in runs.sets()] == ["Geography"]
    app.notices.answer(True)  # closing asks before the unnamed edit is lost
    dialog.close()
    assert not dialog.isVisible() and [s.name for s in runs.sets()] == ["Geography"]


def test_closing_with_changes_that_cannot_be_saved_asks_before_losing_them(
    app: App, runs: Any
) -> None:
    saved_set(runs, ("Keep me.",), name="Kept")
    dialog = manager(app)
    dialog.add_prompt()  # an empty prompt 2: the set cannot be saved as it is
    dialog.prompt_list.setCurrentRow(0)
    dialog.prompt_edit.setPlainText("Edited prompt one.")
    app.notices.answer(False)  # "Discard your changes?" No: the dialog stays, edits too
    dialog.close()
    asked = app.notices.of_kind("confirm")
    assert len(asked) == 1 and asked[0].title == "Discard your changes?"
    assert "Prompt 2 is empty" in asked[0].text
    assert dialog.isVisible() and "Prompt 2 is empty" in dialog.message.text()
    assert [item.prompt for item in dialog.edited_set().items] == ["Edited prompt one.", ""]
    assert runs.sets()[0].items == (PromptItem("Keep me.", "notes Keep me."),)
    app.notices.answer(True)  # Discard: it closes, and the stored set is as it was
    dialog.close()
    assert not dialog.isVisible()
    assert runs.sets()[0].items == (PromptItem("Keep me.", "notes Keep me."),)


def test_a_set_is_shared_as_a_json_file_and_a_broken_file_is_refused_plainly(
    app: App, runs: Any, tmp_path: Path
) -> None:
    saved_set(runs)
    dialog = manager(app)
    target = tmp_path / "trio.json"
    app.notices.answer(target)
    dialog.export_button.click()
    data = json.loads(target.read_text())
    assert data["format"] == "switchboard.prompt-set"
    assert [i["prompt"] for i in data["prompts"]] == list(PROMPTS)

    runs.delete_set(runs.sets()[0].id)
    dialog.reload()
    app.notices.answer(target)
    dialog.import_button.click()
    assert [s.name for s in runs.sets()] == ["Trio"]
    assert [i.prompt for i in runs.sets()[0].items] == list(PROMPTS)
    assert dialog.sets.count() == 1 and "Imported" in dialog.message.text()

    for broken in ('{"format": "switchboard.prompt-set", "version": 1, "items": 7}', "{not json"):
        path = tmp_path / "broken.json"
        path.write_text(broken)
        app.notices.answer(path)
        dialog.import_button.click()
        message = dialog.message.text()
        assert message and "Traceback" not in message and "Error" not in message, message
        assert len(runs.sets()) == 1  # nothing half imported
    dialog.close()


# -- running ------------------------------------------------------------------------------------


def test_a_set_runs_against_two_presets_and_shows_its_results(
    app: App, runs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompt_set = saved_set(runs)
    app.fake.default = Scenario(text="An answer of several words. " * 8, token_delay=0.008)
    view = run_from_dialog(app, monkeypatch, prompt_set)
    assert view is not None and view.tab_key.kind == "run"
    assert app.notices.said("Started: 6 requests")  # the estimate, before anything is sent
    wait_done(app, view, 6)
    assert len(app.fake.chat_requests) == 6
    sent = sorted(r.json["messages"][-1]["content"] for r in app.fake.chat_requests)
    assert sent == sorted(PROMPTS * 2)
    rows = table(view.results)
    assert [r[0] for r in rows] == ["Precise", "Creative", "All presets"]
    for row in rows[:2]:
        assert row[2] == "3"  # answers
        assert row[3].endswith(" s") and row[4].endswith("tok/s"), row
        assert int(row[5].replace(",", "")) > 0  # tokens
        assert row[6].startswith("$"), row  # cost, exact in the tooltip
    assert "Exactly $" in view.results.item(0, 6).toolTip()
    results = runs.results(view.run_id)
    total = sum((p.cost for p in results.presets if p.cost is not None), Decimal(0))
    assert results.total_cost == total
    assert table(view.prompts)[0][1] == PROMPTS[0] and table(view.prompts)[0][2] == "2 of 2"
    view.choose(1)
    assert view.prompt_text.text() == f"2. {PROMPTS[1]}"
    assert [p.title.text() for p in view.panes if p.isVisible()] == ["Precise", "Creative"]
    assert all("An answer" in p.transcript.toPlainText() for p in view.panes if p.isVisible())
    assert not view.start_button.isVisible() and not view.stop_button.isVisible()


def test_the_spending_guard_holds_a_run_over_a_cap(
    app: App, runs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompt_set = saved_set(runs)
    window = app.window
    window.apply_settings(replace(window._settings, daily_cap=Decimal("0.000001")))
    app.notices.answer(False)
    view = run_from_dialog(app, monkeypatch, prompt_set)
    assert view is not None
    asked = app.notices.of_kind("confirm")
    assert len(asked) == 1 and "6 requests" in asked[0].text, asked
    assert app.fake.chat_requests == []  # nothing was sent
    assert view.start_button.isVisible() and view.start_button.text() == "Start"
    assert "What is left to send: 6 requests" in view.estimate.text()
    app.notices.answer(True)  # "Run anyway"
    app.fake.default = Scenario(text="Fine.")
    assert view.start()
    wait_done(app, view, 6)


def test_a_run_stops_and_resumes_sending_only_what_is_missing(
    app: App, runs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompt_set = saved_set(runs, tuple(f"Prompt number {n}." for n in range(6)))
    app.fake.default = Scenario(text="slow " * 40, token_delay=0.02)
    view = run_from_dialog(app, monkeypatch, prompt_set, concurrency=2)
    assert view is not None

    def mid_way() -> bool:  # answers in, and both requests under way have reached the server
        progress = runs.progress_of(view.run_id)
        return progress.done >= 2 and len(app.fake.chat_requests) >= progress.done + 2

    app.qtbot.waitUntil(mid_way, timeout=10_000)
    assert view.stop_button.isVisible()
    view.stop_button.click()
    app.qtbot.waitUntil(lambda: not view.busy, timeout=5000)
    stopped = runs.progress_of(view.run_id)
    assert stopped.state == "stopped" and stopped.done < 12
    assert view.start_button.isVisible() and view.start_button.text() == "Resume"
    assert "Stopped" in view.state_label.text()
    asked_before = len(app.fake.chat_requests)
    app.fake.default = Scenario(text="quick answer")
    view.start_button.click()
    wait_done(app, view, 12)
    resent = app.fake.chat_requests[asked_before:]
    assert len(resent) == 12 - stopped.done  # only what was missing (or stopped half-way)
    assert runs.progress_of(view.run_id).state == "done"


def test_a_blind_pick_in_a_prompts_comparison_counts_as_a_win(
    app: App, runs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompt_set = saved_set(runs, PROMPTS[:2])
    app.fake.default = Scenario(text="Blind answer.")
    view = run_from_dialog(app, monkeypatch, prompt_set, blind=True)
    assert view is not None
    wait_done(app, view, 4)
    shown = " ".join(
        [
            *(p.title.text() + p.transcript.toPlainText() for p in view.panes),
            *(cell for row in table(view.prompts) for cell in row),
        ]
    )
    assert "Precise" not in shown and "Creative" not in shown  # hidden until picked
    assert [p.title.text() for p in view.panes if p.isVisible()] == ["Answer A", "Answer B"]
    # Nothing per preset while no prompt is picked: its speed, tokens or cost would tell
    # which answer is whose. The totals count every answer; a sentence says so.
    rows = table(view.results)
    assert [r[1:] for r in rows[:2]] == [["0", "0", "–", "–", "0", "unknown"]] * 2
    assert rows[2][2] == "4" and int(rows[2][5].replace(",", "")) > 0
    assert "Figures count the prompts you have picked: 0 of 2." in view.results_note.text()
    assert "Spent on this run in all" in view.results_note.text()
    panes = [p for p in view.panes if p.isVisible()]
    app.qtbot.waitUntil(lambda: all(p.drawn is not None for p in panes))  # one per loop turn
    assert [p.stats.text() for p in panes] == ["", ""]
    header = view.results.horizontalHeaderItem(4)
    assert header.text() == "Speed" and "Tokens per second" in header.toolTip()
    assert "first word" in view.results.horizontalHeaderItem(3).toolTip()
    view.choose(0)
    on_screen = [p.conversation_id for p in view.panes if p.isVisible()]
    view.open_button.click()
    compare = app.window.tabs.currentWidget()
    assert compare.tab_key == TabKey.compare(runs.results(view.run_id).prompts[0].comparison_id)
    # "Answer A" in the run is "Answer A" in the comparison tab (one seeded order).
    assert [c.conversation_id for c in compare.columns] == on_screen
    winner = compare.columns[0]
    compare.pick(winner)
    app.window.open_tab(view.tab_key)  # back to the run: its figures are read again
    rows = {r[0]: r for r in table(view.results)}
    assert rows[winner.label][1] == "1 of 1"
    loser = next(label for label in ("Precise", "Creative") if label != winner.label)
    assert rows[loser][1] == "0 of 1"
    assert table(view.prompts)[0][3] == winner.label
    assert table(view.prompts)[1][3] == ""  # the other prompt is still blind
    assert "Figures count the prompts you have picked: 1 of 2." in view.results_note.text()
    assert rows[winner.label][2] == "1" and rows[winner.label][5] != "0"  # its prompt counts
    assert [p.title.text() for p in view.panes if p.isVisible()] != ["Answer A", "Answer B"]


def test_a_run_reopens_from_the_library_and_after_a_restart(
    app: App, runs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompt_set = saved_set(runs, PROMPTS[:2])
    app.fake.default = Scenario(text="Kept answer.")
    view = run_from_dialog(app, monkeypatch, prompt_set)
    assert view is not None
    wait_done(app, view, 4)
    library = app.window.library
    library.refresh()
    rows = [library.list.item(i) for i in range(library.list.count())]
    run_rows = [r for r in rows if r.text().startswith("▦")]
    assert len(run_rows) == 1 and "2 prompts, finished" in run_rows[0].text()
    app.window.close_tab(app.window.tab_manager.index_of(view.tab_key))
    assert app.window.tab_manager.index_of(view.tab_key) < 0
    row = next(
        library.list.item(i)
        for i in range(library.list.count())
        if library.list.item(i).text().startswith("▦")
    )
    library.list.setCurrentItem(row)
    library.open_button.click()
    reopened = app.window.tabs.currentWidget()
    assert isinstance(reopened, RunView) and reopened.run_id == view.run_id
    assert table(reopened.results)[0][2] == "2"

    again = app.reopen()  # the next start of the app: its tabs come back
    restored = [w for w in again.tab_widgets() if w.tab_key == TabKey.run(view.run_id)]
    assert restored, "the run's tab came back"
    assert restored[0].progress_label.text().startswith("4 of 4 answers")
    assert [r[0] for r in table(restored[0].results)] == ["Precise", "Creative", "All presets"]


def test_a_run_is_deleted_from_the_library(
    app: App, runs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    prompt_set = saved_set(runs, PROMPTS[:1])
    app.fake.default = Scenario(text="Gone soon.")
    view = run_from_dialog(app, monkeypatch, prompt_set)
    assert view is not None
    wait_done(app, view, 2)
    library = app.window.library
    library.refresh()
    row = next(
        library.list.item(i)
        for i in range(library.list.count())
        if library.list.item(i).text().startswith("▦")
    )
    library.list.setCurrentItem(row)
    app.notices.answer(True)
    library.delete_button.click()
    assert "Delete the run" in app.notices.of_kind("confirm")[-1].text
    assert runs.get_run(view.run_id) is None
    assert app.window.tab_manager.index_of(TabKey.run(view.run_id)) < 0
    assert not any(library.list.item(i).text().startswith("▦") for i in range(library.list.count()))


def test_a_run_exports_as_markdown_and_csv(
    app: App, runs: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    prompt_set = saved_set(runs, PROMPTS[:2])
    app.fake.default = Scenario(text="Exported answer.")
    view = run_from_dialog(app, monkeypatch, prompt_set)
    assert view is not None
    wait_done(app, view, 4)
    markdown, table_file = tmp_path / "run.md", tmp_path / "run.csv"
    app.notices.answer(markdown)
    view.export_requested.emit("md")
    app.qtbot.waitUntil(markdown.exists)
    text = markdown.read_text()
    assert PROMPTS[0] in text and "Precise" in text and "Exported answer." in text
    app.notices.answer(table_file)
    view.export_requested.emit("csv")
    app.qtbot.waitUntil(table_file.exists)
    rows = list(csv.DictReader(io.StringIO(table_file.read_text())))
    assert len(rows) == 4
    assert {r["preset"] for r in rows} == {"Precise", "Creative"}
    assert app.notices.said("Exported to")


def test_a_run_tab_key_is_saved_and_read_back() -> None:
    from app.ui.tab_keys import load_tabs, parse_key, save_tabs

    keys = [TabKey.chat(1), TabKey.run(3)]
    saved = json.loads(json.dumps(save_tabs(keys, TabKey.run(3))))
    assert load_tabs(saved).keys == keys and load_tabs(saved).active == TabKey.run(3)
    assert parse_key(["run", 0]) is None and parse_key(["run", "3"]) is None
