"""The real app, started on damaged or impossible data folders: it starts anyway (``--selftest``
exits 0), says what happened in plain words, and keeps the damaged file aside."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, Scenario
from tests.helpers.app_process import app_environment, run_app, start_app


def notices(result: subprocess.CompletedProcess[str]) -> int:
    line = result.stdout.strip().splitlines()[-1]
    field = next(part for part in line.split() if part.startswith("notices="))
    return int(field.split("=", 1)[1])


def assert_started_and_said_so(result: subprocess.CompletedProcess[str]) -> None:
    """Started fully, no traceback, and at least one notice shown to the person (the notices
    go to the status bar; their wording is checked by the store's unit tests)."""
    assert result.returncode == 0, result.stderr[-3000:]
    assert "switchboard selftest ok:" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert notices(result) >= 1, result.stdout


# -- damaged files ------------------------------------------------------------------------------


def test_a_corrupt_database_is_kept_aside_and_explained(tmp_path: Path) -> None:
    database = tmp_path / "data" / "history.sqlite3"
    database.parent.mkdir(parents=True)
    # A real SQLite header with garbage after it: SQLite itself has to notice.
    database.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    result = run_app(tmp_path, "--selftest")
    assert_started_and_said_so(result)
    kept = list(database.parent.glob("history.sqlite3.corrupt-*"))
    assert len(kept) == 1
    assert "database=schema" in result.stdout and "conversations=1" in result.stdout


def start_or_hang(home: Path) -> subprocess.CompletedProcess[str]:
    """A self-test that must finish quickly (a crash dialog would block it for ever)."""
    try:
        return run_app(home, "--selftest", timeout=10)
    except subprocess.TimeoutExpired:
        pytest.fail("the app did not finish its self-test (a crash dialog is waiting?)")


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"version": 99}',
        pytest.param(b"[" * 50_000),
    ],
    ids=["broken-json", "not-utf8", "not-an-object", "from-the-future", "deeply-nested"],
)
def test_a_corrupt_settings_file(tmp_path: Path, content: bytes) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(content)
    result = start_or_hang(tmp_path)
    assert_started_and_said_so(result)
    kept = list(settings.parent.glob("settings.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b'{"presets": "nope"}',
        pytest.param(b"[" * 50_000),
    ],
    ids=["broken-json", "not-utf8", "wrong-shape", "deeply-nested"],
)
def test_a_corrupt_presets_file(tmp_path: Path, content: bytes) -> None:
    presets = tmp_path / "config" / "presets.json"
    presets.parent.mkdir(parents=True)
    presets.write_bytes(content)
    result = start_or_hang(tmp_path)
    assert_started_and_said_so(result)
    kept = list(presets.parent.glob("presets.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == content


# -- folders that cannot be written ----------------------------------------------------------------


def test_the_data_folder_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("not a folder")  # fails even for root
    result = run_app(tmp_path, "--selftest")
    assert_started_and_said_so(result)


def test_the_whole_home_is_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    result = run_app(blocker / "home", "--selftest")
    assert_started_and_said_so(result)


def test_an_unusable_data_folder_falls_back_to_memory(tmp_path: Path) -> None:
    """What the app would do once it gets that far (the history layer on its own)."""
    from app.store.database import open_history_database

    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    opened = open_history_database(blocker / "data" / "history.sqlite3")
    try:
        assert opened.in_memory and opened.notice
        assert "part of the folder path is a file" in opened.notice
    finally:
        opened.connection.close()


# -- disk full ---------------------------------------------------------------------------------


@contextlib.contextmanager
def small_filesystem(where: Path, size: str = "2m") -> Iterator[Path]:
    where.mkdir()
    try:
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
            capture_output=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"cannot mount a small tmpfs here ({error}); disk-full not tested")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, timeout=10)


def fill(folder: Path) -> None:
    with contextlib.suppress(OSError), (folder / "filler").open("wb") as file:
        while True:
            file.write(b"\0" * 65536)
            file.flush()


def test_disk_full_at_start(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk") as disk:
        home = disk / "home"
        for name in ("data", "config", "cache", "logs"):
            (home / name).mkdir(parents=True)
        fill(disk)
        result = run_app(home, "--selftest")
    assert result.returncode == 0, result.stderr[-3000:]
    assert "switchboard selftest ok:" in result.stdout
    assert notices(result) >= 1
    # The only tracebacks allowed: the logging module's own "--- Logging error ---" reports
    # when the log file cannot be written (stderr only; nothing the person sees).
    assert result.stderr.count("Traceback") == result.stderr.count("--- Logging error ---")


def test_disk_full_after_a_session_keeps_what_was_saved(tmp_path: Path) -> None:
    """A session saves a conversation; the disk then fills up; the next start still opens
    the history read as it was, and the next session's failure to write is survivable."""
    with small_filesystem(tmp_path / "disk", "8m") as disk, FakeOpenRouter() as fake:
        home = disk / "home"
        fake.push(Scenario(text="Saved before the disk filled."))
        first = run_app(home, "--send", "Hello", "--quit-when-done", base_url=fake.base_url)
        assert first.returncode == 0, first.stderr[-3000:]
        fill(disk)
        second = run_app(
            home, "--send", "Now the disk is full", "--quit-when-done", base_url=fake.base_url
        )
        third = run_app(home, "--selftest")
        (disk / "filler").unlink()  # free the disk again, then look at what is on it
        database = home / "data" / "history.sqlite3"
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
            contents = [row[0] for row in db.execute("SELECT content FROM messages ORDER BY id")]
            streaming = db.execute(
                "SELECT count(*) FROM messages WHERE status='streaming'"
            ).fetchone()
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    assert "Saved before the disk filled." in contents
    assert integrity == "ok"
    assert second.returncode == 0, second.stderr[-3000:]
    assert second.stderr.count("Traceback") == second.stderr.count("--- Logging error ---"), (
        second.stderr[-3000:]
    )
    assert third.returncode == 0 and "switchboard selftest ok:" in third.stdout
    assert streaming[0] == 0 or "interrupted=" in third.stdout


def test_the_home_holds_no_stray_files_after_faults(tmp_path: Path) -> None:
    """Sanity for the tests above: a fresh home gets exactly the four folders."""
    result = run_app(tmp_path / f"home-{uuid.uuid4().hex[:6]}", "--selftest")
    assert result.returncode == 0 and notices(result) == 0


# -- the key, through a session full of faults -----------------------------------------------------


def test_a_session_full_of_faults_leaves_the_key_nowhere(tmp_path: Path) -> None:
    """Chat, a mid-stream error, a dropped connection, a refused send (402), a rejected key
    (401), exports, a kill -9 mid-answer and two restarts, all with debug logging on: the key
    is in no file under the home, no export, and no output."""
    home = tmp_path / "home"
    exports = [tmp_path / "first.json", tmp_path / "second.json"]
    outputs: list[str] = []
    pieces = [f"piece{i} " for i in range(6)]
    with FakeOpenRouter() as fake:
        fake.push(
            Scenario(text="A normal answer."),
            Scenario(chunks=pieces, mid_error="no_choices"),
            Scenario(chunks=pieces, drop_after=3),
            Scenario(status=402),
            Scenario(status=401),
            Scenario(text="Fine again."),
        )
        sends = ["Hello", "Mid error", "Drop", "Out of credit", "Bad key", "Again"]
        args = [a for text in sends for a in ("--send", text)]
        first = run_app(
            home, *args, "--export", str(exports[0]), "--quit-when-done", base_url=fake.base_url
        )
        outputs += [first.stdout, first.stderr]
        assert first.returncode == 0, first.stderr[-3000:]

        fake.push(Scenario(chunks=[f"w{i} " for i in range(400)], token_delay=0.02))
        env = app_environment(home, fake.base_url, debug=True)
        crashing = start_app(env, "--send", "Long answer, then a crash", text=True)
        try:
            fake.wait_for_requests(len(fake.requests) + 1, timeout=20)
            time.sleep(1.0)
        finally:
            crashing.kill()
            out, err = crashing.communicate(timeout=10)
        outputs += [out, err]

        restart = run_app(home, "--selftest", base_url=fake.base_url)
        outputs += [restart.stdout, restart.stderr]
        assert restart.returncode == 0 and "interrupted=1" in restart.stdout, restart.stdout
        fake.push(Scenario(text="After the crash."))
        last = run_app(
            home,
            "--send",
            "After",
            "--export",
            str(exports[1]),
            "--quit-when-done",
            base_url=fake.base_url,
        )
        outputs += [last.stdout, last.stderr]
        assert last.returncode == 0, last.stderr[-3000:]
        authorised = [r.header("authorization") for r in fake.chat_requests]

    assert len(authorised) == 8 and set(authorised) == {f"Bearer {VALID_KEY}"}
    assert "Fine again." in exports[0].read_text() and "After the crash." in exports[1].read_text()
    files = [p for p in home.rglob("*") if p.is_file()] + exports
    assert any(p.name == "switchboard.log" for p in files)
    assert any(p.name.startswith("history.sqlite3") for p in files)
    needles = [VALID_KEY, VALID_KEY[10:40], VALID_KEY[-30:]]
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle.encode() not in data, (path, needle)
    joined = "\n".join(outputs)
    assert "DEBUG" in joined  # debug logging really was on
    for needle in needles:
        assert needle not in joined
