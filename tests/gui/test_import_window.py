"""Importing a conversation through the real window: hostile files are refused with a plain
notice (never the crash dialog), odd but usable ones import cleanly, and a big file imports
while the window keeps responding."""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from app.core.conversation import Conversation
from app.store.history import HistoryStore
from app.ui import crash
from app.ui.crash import CrashReporter
from tests.helpers.windows import App

REFUSAL = "This file is not a conversation Switchboard can read: "


class Importer:
    def __init__(self, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
        self.app = app
        self.monkeypatch = monkeypatch
        self.notices: list[tuple[str, str]] = []
        self.posted_at: list[float] = []
        self.crashes: list[str] = []
        app.window.notices.posted.connect(self._posted)

    def _posted(self, text: str, kind: str) -> None:
        self.notices.append((kind, text))
        self.posted_at.append(time.monotonic())

    def start(self, path: Path) -> None:
        """What a person does: File → Import conversation…, and pick ``path``."""
        self.notices.clear()
        self.posted_at.clear()
        self.app.notices.answer(path)
        action = next(
            a for a in self.app.window.findChildren(QAction) if a.text() == "&Import conversation…"
        )
        action.trigger()

    def finished(self) -> bool:
        return any(kind == "error" or text.startswith("Imported") for kind, text in self.notices)

    def run(self, path: Path) -> tuple[str, str]:
        self.start(path)
        self.app.qtbot.waitUntil(self.finished, timeout=20_000)
        assert self.crashes == []
        return next(n for n in self.notices if n[0] == "error" or n[1].startswith("Imported"))


@pytest.fixture
def importer(app: App, qloop: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Importer]:
    helper = Importer(app, monkeypatch)
    monkeypatch.setattr(crash.CrashReporter, "_show", lambda self, details: None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    reporter = CrashReporter()
    reporter.install(qloop)
    helper.crashes = reporter.reported
    yield helper
    qloop.set_exception_handler(None)


def conversation(**extra: Any) -> dict[str, Any]:
    return {"title": "Imported one", "messages": [{"role": "user", "content": "hi"}], **extra}


DOC = json.dumps({"title": "Imported one", "messages": [{"role": "user", "content": "hi"}]})


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"n": ' + "4" * 400 + ', "messages": [{"role": "user", "content": "x"}]}', "digits"),
        ('{"n": ' + "5" * 5000 + ', "messages": [{"role": "user", "content": "x"}]}', "digits"),
        (
            '{"settings": {"params": {"temperature": ' + "3" * 400 + "}}, "
            '"messages": [{"role": "user", "content": "x"}]}',
            "digits",
        ),
        ('{"messages": [{"role": "user", "content": "x"}], "n": ' + "[" * 100_000 + "}", "nested"),
        ('{"messages": [{"role": "wizard", "content": "x"}]}', "wizard"),
        ("{not json", "JSON"),
    ],
)
def test_a_hostile_file_is_refused_with_a_plain_notice(
    importer: Importer, tmp_path: Path, text: str, reason: str
) -> None:
    before = importer.app.history.list_conversations()
    kind, message = importer.run(write(tmp_path / "hostile.json", text))
    assert kind == "error" and message.startswith(REFUSAL) and reason in message
    assert importer.app.history.list_conversations() == before


def test_a_file_over_the_size_limit_is_refused_at_once(importer: Importer, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as file:
        file.truncate(100 * 1024 * 1024)  # sparse: costs no disk and no time
    kind, message = importer.run(path)
    assert kind == "error" and message.startswith(REFUSAL) and "64 MB" in message


def test_lone_surrogates_and_a_byte_order_mark_import_cleanly(
    importer: Importer, tmp_path: Path
) -> None:
    path = tmp_path / "bom.json"
    text = json.dumps(
        conversation(title="t\ud800", messages=[{"role": "user", "content": "a\udc00b"}])
    )
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    kind, message = importer.run(path)
    assert kind == "info", message
    new_id = importer.app.view.conversation_id
    assert [m.content for m in importer.app.history.messages(new_id)] == ["a\ufffdb"]


def test_an_unusable_parameter_is_dropped_and_the_tab_shows_without_error(
    importer: Importer, tmp_path: Path
) -> None:
    app = importer.app
    path = write(
        tmp_path / "nan.json",
        '{"settings": {"params": {"temperature": NaN, "top_p": 0.5}}, '
        '"messages": [{"role": "user", "content": "x"}]}',
    )
    kind, message = importer.run(path)
    assert kind == "info" and "Temperature" in message, message
    new_id = app.view.conversation_id
    stored = app.history.get_conversation(new_id)
    assert stored is not None and stored.settings.params.temperature is None
    assert stored.settings.params.top_p == 0.5
    first = app.window.tabs.currentIndex()
    app.window.new_conversation()
    app.window.tabs.setCurrentIndex(first)  # show the imported tab again
    app.qtbot.wait(50)
    assert importer.crashes == []


def test_a_system_message_in_the_middle_becomes_part_of_the_system_prompt(
    importer: Importer, tmp_path: Path
) -> None:
    messages = [
        {"role": "user", "content": "a"},
        {"role": "system", "content": "Answer in French."},
        {"role": "assistant", "content": "b"},
    ]
    kind, message = importer.run(
        write(tmp_path / "s.json", json.dumps(conversation(messages=messages)))
    )
    assert kind == "info" and "system prompt" in message, message
    new_id = importer.app.view.conversation_id
    assert [m.role for m in importer.app.history.messages(new_id)] == ["user", "assistant"]
    stored = importer.app.history.get_conversation(new_id)
    assert stored is not None and stored.settings.system_prompt == "Answer in French."


def test_a_big_file_imports_while_the_window_keeps_responding(
    importer: Importer, tmp_path: Path
) -> None:
    app = importer.app
    body = "lorem ipsum dolor sit amet " * 30
    messages = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"{i} {body}"}
        for i in range(19_000)
    ]
    path = write(tmp_path / "big.json", json.dumps(conversation(messages=messages)))
    assert 10 * 1024 * 1024 < path.stat().st_size < 20 * 1024 * 1024
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    importer.start(path)
    assert not importer.finished()  # the menu action returned before the work was done
    app.qtbot.waitUntil(importer.finished, timeout=30_000)
    timer.stop()
    assert importer.crashes == []
    (kind, started), (last_kind, message) = importer.notices
    assert (kind, started) == ("info", "Importing big.json…")
    assert last_kind == "info" and message.startswith("Imported"), message
    begun, done = importer.posted_at
    during = [tick for tick in ticks if begun < tick < done]
    gaps = [b - a for a, b in zip([begun, *during], [*during, done], strict=True)]
    print(
        f"import took {(done - begun) * 1000:.0f} ms; the window's loop turned "
        f"{len(during)} times, longest pause {max(gaps) * 1000:.0f} ms"
    )
    assert len(during) >= 5 and max(gaps) < 2.0
    assert app.history.count_messages(app.view.conversation_id) == 19_000


def test_a_nan_parameter_stored_by_an_older_version_opens_without_error(
    importer: Importer,
) -> None:
    app = importer.app
    conversation_id = app.history.create_conversation("Older", None).id
    app.history.add_message(conversation_id, "user", "x")
    with app.history._lock:  # written as an older version (before imports were checked) did
        app.history._db.execute(
            "UPDATE conversations SET settings_json = ? WHERE id = ?",
            ('{"params": {"temperature": NaN, "top_p": 0.5, "top_k": 1e999}}', conversation_id),
        )
    window = app.reopen()
    window.open_conversation(conversation_id)
    app.qtbot.wait(50)
    assert importer.crashes == []
    stored = app.history.get_conversation(conversation_id)
    assert stored is not None and stored.settings.params.temperature is None
    assert stored.settings.params.top_p == 0.5


def _full_disk() -> sqlite3.Error:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
    return error


def _wait_for_the_outcome(importer: Importer, path: Path) -> tuple[str, str]:
    importer.start(path)
    importer.app.qtbot.waitUntil(
        lambda: importer.finished() or bool(importer.crashes), timeout=20_000
    )
    assert importer.crashes == []
    return next(n for n in importer.notices if n[0] == "error" or n[1].startswith("Imported"))


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (sqlite3.OperationalError("database is locked"), "database is locked"),
        (_full_disk(), "the disk is full"),
    ],
)
def test_a_history_that_cannot_be_written_is_a_plain_notice_not_a_crash(
    importer: Importer, tmp_path: Path, error: sqlite3.Error, said: str
) -> None:
    def failing(self: HistoryStore, *args: Any) -> Conversation:
        raise error

    importer.monkeypatch.setattr(HistoryStore, "import_conversation", failing)
    before = importer.app.history.list_conversations()
    kind, message = _wait_for_the_outcome(importer, write(tmp_path / "ok.json", DOC))
    assert kind == "error", message
    assert message.startswith("Could not save the imported conversation to your history: ")
    assert said in message and message.endswith("Nothing was imported.")
    assert importer.app.history.list_conversations() == before


def test_an_import_into_a_locked_history_says_so_and_a_retry_works(
    importer: Importer, tmp_path: Path
) -> None:
    app = importer.app
    before = app.history.list_conversations()
    path = write(tmp_path / "ok.json", DOC)
    other = sqlite3.connect(app.db_path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        kind, message = _wait_for_the_outcome(importer, path)  # after SQLite's 5 s wait
        assert kind == "error" and "another program is keeping it locked" in message, message
        assert app.history.list_conversations() == before
    finally:
        other.close()
    kind, message = importer.run(path)
    assert kind == "info" and message.startswith("Imported"), message
    assert len(app.history.list_conversations()) == len(before) + 1
