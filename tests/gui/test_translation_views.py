"""The conversation, comparison and prompt-set screens under the pseudo language: every text
they show went through translation (tests/helpers/pseudo.py), the transcript's own words
(its links, notices, "Thinking…") too; only the person's and the model's words are left."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from app.core.prompt_sets import PromptItem, PromptSet
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.pseudo import pseudo_language, unmarked, untranslated
from tests.helpers.windows import App, open_app

# The manager is a window of its own: the offscreen platform cannot size one to its hints.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

QUESTION = "Which river is longest?"
ANSWER = "The Nile is the longest river."
PROMPTS = ("Name a colour.", "Name a fruit.")


@pytest.fixture
def pseudo_app(qtbot: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> Any:
    """The window made under the pseudo language (it must be installed before the window)."""
    with pseudo_language(), open_app(qtbot, qloop, tmp_path) as opened:
        opened.fake.default = Scenario(text=ANSWER, token_delay=0.002)
        yield opened


def model_words(app: App) -> tuple[str, ...]:
    """Model names and ids the fake's catalogue gives (names, never translated)."""
    names: list[str] = []
    for model in app.catalogue.models:
        names += [model.name, model.id, model.id.split("/")[-1]]
    return tuple(sorted(names, key=len, reverse=True))  # (longest first: no half-removed name)


def providers(transcript: Any) -> tuple[str, ...]:
    """The providers that served the answers shown (names, never translated)."""
    shown = (transcript.message(i) for i in transcript.message_ids)
    return tuple(m.provider for m in shown if m is not None and m.provider)


def preset_names(app: App) -> tuple[str, ...]:
    return tuple(p.name for p in app.presets.presets())


def transcript_chrome(text: str, own: tuple[str, ...]) -> str:
    """The transcript's text without the person's and the model's own words."""
    for words in own:
        text = text.replace(words, " ")
    return text


def assert_translated(
    root: QWidget, *, skip: tuple[QWidget, ...], allowed: tuple[str, ...]
) -> None:
    found = untranslated(root, skip=skip, allowed=allowed)
    assert found == [], "\n".join(found)


def assert_chrome_translated(text: str, own: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    left = [
        line
        for line in transcript_chrome(text, own).splitlines()
        if unmarked(line, allowed) is not None
    ]
    assert left == [], "\n".join(left)


def test_a_conversation_shows_only_translated_words(pseudo_app: App) -> None:
    app = pseudo_app
    app.send(QUESTION)
    app.wait_idle()
    view = app.view
    assert ANSWER in view.transcript.toPlainText()
    view.composer.setPlainText("A draft")  # (the estimate line shows)
    view.refresh_estimate()
    assert view.estimate.text().startswith("⟦")
    models = model_words(app)
    assert_translated(view, skip=(view.transcript, view.composer), allowed=models)
    assert_chrome_translated(
        view.transcript.toPlainText(), (QUESTION, ANSWER), models + providers(view.transcript)
    )


def test_a_comparison_shows_only_translated_words(
    pseudo_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.compare import new_comparison as dialog_module

    app = pseudo_app
    names = preset_names(app)[:2]
    dialogs: list[Any] = []

    def run(dialog: Any) -> int:
        assert_translated(dialog, skip=(), allowed=names)
        dialogs.append(dialog)
        dialog.tick(*names)
        dialog.fair_box.setChecked(False)
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(dialog_module.NewComparisonDialog, "exec", run)
    app.window.new_compare_action.trigger()
    assert dialogs, "the new comparison dialog was not shown"
    view = app.window.tabs.currentWidget()
    view.send(QUESTION)
    app.qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    app.qtbot.waitUntil(lambda: all(c.stats.text() for c in view.columns), timeout=5_000)
    models = model_words(app)
    transcripts = tuple(c.transcript for c in view.columns)
    assert_translated(view, skip=(*transcripts, view.composer), allowed=models + names)
    for transcript in transcripts:
        assert_chrome_translated(
            transcript.toPlainText(), (QUESTION, ANSWER), models + providers(transcript)
        )


def test_the_prompt_set_manager_and_a_run_show_only_translated_words(
    pseudo_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.prompt_sets import run_dialog
    from app.ui.prompt_sets.flow import open_manager
    from app.ui.prompt_sets.run_view import RunView

    app = pseudo_app
    service = app.services.prompt_sets
    assert service is not None
    service.save_set(PromptSet("Pair", tuple(PromptItem(p, "short") for p in PROMPTS)))
    names = preset_names(app)[:2]
    manager = open_manager(app.window)
    assert manager is not None
    manager.sets.setCurrentRow(0)
    own = ("Pair", "short", *PROMPTS)
    assert_translated(manager, skip=(manager.prompt_edit, manager.notes_edit), allowed=own)

    def accept(dialog: Any) -> int:
        assert_translated(dialog, skip=(), allowed=(*names, "Pair"))
        dialog.tick(*names)
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(run_dialog.RunDialog, "exec", accept)
    manager.run_button.click()
    view = app.window.tabs.currentWidget()
    assert isinstance(view, RunView)
    app.qtbot.waitUntil(
        lambda: service.progress_of(view.run_id).done == 4 and not view.busy, timeout=15_000
    )
    view.refresh()
    view.choose(0)
    models = model_words(app)
    transcripts = tuple(p.transcript for p in view.panes)
    assert transcripts
    assert_translated(
        view,
        skip=(*transcripts, view.prompt_text),
        allowed=models + names + own,
    )
    for transcript in transcripts:
        assert_chrome_translated(
            transcript.toPlainText(), (PROMPTS[0], ANSWER), models + providers(transcript)
        )


def test_a_refused_sends_notice_offers_a_translated_retry(pseudo_app: App) -> None:
    app = pseudo_app
    app.fake.push(Scenario(status=402))
    app.send(QUESTION)
    app.wait_idle()
    shown = app.view.transcript.toPlainText()
    assert "⟦Retry⟧" in shown, shown  # (the reason is the API error's, translated there)


def test_an_answers_versions_side_by_side_show_only_translated_words(pseudo_app: App) -> None:
    from app.ui.chat.versions_view import VersionsDialog

    app = pseudo_app
    app.send(QUESTION)
    app.wait_idle()
    precise = next(p for p in app.presets.presets() if p.name == "Precise")
    conversation = app.history.get_conversation(app.view.conversation_id)
    assert conversation is not None
    app.view.regenerate_for_version(precise.apply_to(conversation.settings))
    app.wait_idle()
    cid = app.view.conversation_id
    answer = app.history.messages(cid)[-1].id
    assert len(app.history.versions(cid)[answer]) == 2
    app.view.compare_versions_requested.emit(answer)
    dialog = app.window.findChild(VersionsDialog)
    assert dialog is not None and dialog.isVisible()
    # (each version's settings are app/core/version_settings.py's labels and values)
    skip = tuple(w for c in dialog.columns for w in (c.answer, c.settings))
    assert_translated(dialog, skip=skip, allowed=model_words(app))
    dialog.close()


def test_counts_read_right_in_english_and_are_translated_whole() -> None:
    from app.core.i18n import set_translator
    from app.core.prompt_sets import RunProgress
    from app.ui.prompt_sets.figures import progress_text

    def progress(done: int, total: int, failed: int = 0, running: int = 0) -> RunProgress:
        return RunProgress(1, done, total, failed, running, "running")

    assert progress_text(progress(0, 1)) == "0 of 1 answer."
    assert progress_text(progress(1, 2)) == "1 of 2 answers."
    assert progress_text(progress(3, 8, 1, 2)) == "3 of 8 answers, 1 failed, 2 being written."
    set_translator(lambda _c, text, _d=None, n=-1: "⟦" + text.replace("%n", str(n)) + "⟧")
    try:  # one sentence, whatever it holds: a translator may reorder its parts
        assert progress_text(progress(3, 8, 1)) == "⟦3 of 8 answers, 1 failed.⟧"
    finally:
        set_translator(None)
