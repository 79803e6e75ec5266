"""Prompt sets: the shared file format (round trip, hostile files) and the store on real
SQLite; importing and exporting files through PromptSetService."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from app.api import OpenRouterClient
from app.core.conversation import ChatSettings
from app.core.params import SamplingParams
from app.core.prompt_run_export import run_to_csv
from app.core.prompt_sets import (
    MAX_FILE_BYTES,
    MAX_PROMPTS,
    NAME_MAX,
    PROMPT_MAX,
    PROMPT_SET_FORMAT,
    PresetResult,
    PromptItem,
    PromptRow,
    PromptRun,
    PromptSet,
    PromptSetError,
    RunResults,
    parse_prompt_set,
    prompt_set_from_json,
    prompt_set_to_json,
)
from app.services.chat import ChatService
from app.services.compare import CompareService
from app.services.prompt_sets import PromptSetService
from app.store.comparisons import ComparisonStore
from app.store.database import open_database
from app.store.history import HistoryStore
from app.store.prompt_sets import PromptSetStore
from tests.helpers.clocks import TickingClock

KIND = PromptSet(
    "Kindness",
    (
        PromptItem("Say no kindly.", "Short and warm; no excuses."),
        PromptItem("Explain a delay — in “plain” words, 日本語 too.\n\nTwo lines."),
    ),
)


def file_of(**changes: Any) -> dict[str, Any]:
    data = prompt_set_to_json(KIND)
    data.update(changes)
    return data


# -- the format --------------------------------------------------------------------------------


def test_a_prompt_set_survives_the_round_trip_through_its_file_form() -> None:
    data = prompt_set_to_json(KIND)
    assert data == {
        "format": PROMPT_SET_FORMAT,
        "version": 1,
        "name": "Kindness",
        "prompts": [
            {"prompt": "Say no kindly.", "notes": "Short and warm; no excuses."},
            {"prompt": "Explain a delay — in “plain” words, 日本語 too.\n\nTwo lines."},
        ],
    }
    assert prompt_set_from_json(json.loads(json.dumps(data))) == KIND
    assert parse_prompt_set(json.dumps(data).encode()) == KIND
    assert parse_prompt_set(b"\xef\xbb\xbf" + json.dumps(data).encode()) == KIND  # a BOM
    with_id = PromptSet(KIND.name, KIND.items, id=7)
    assert "id" not in prompt_set_to_json(with_id)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "not a Switchboard prompt set"),
        (b"\xff\xfe\x00garbage", "not a Switchboard prompt set"),
        (b"[1, 2, 3]", "not a Switchboard prompt set"),
        (b"[" * 100_000 + b"]" * 100_000, "not a Switchboard prompt set"),
        (b'{"format": "switchboard.presets", "version": 1}', "not a Switchboard prompt set"),
        (json.dumps(file_of(version=2)).encode(), "newer version of Switchboard"),
        (json.dumps(file_of(version="1")).encode(), "version is not a number"),
        (json.dumps(file_of(version=True)).encode(), "version is not a number"),
        (json.dumps(file_of(extra=1)).encode(), "does not know: “extra”"),
        (json.dumps(file_of(name=None)).encode(), "no name"),
        (json.dumps(file_of(name="   ")).encode(), "Give the prompt set a name"),
        (json.dumps(file_of(name="x" * (NAME_MAX + 1))).encode(), "name is too long"),
        (json.dumps(file_of(prompts={"a": 1})).encode(), "no list of prompts"),
        (json.dumps(file_of(prompts=[])).encode(), "at least one prompt"),
        (json.dumps(file_of(prompts=["bare"])).encode(), "Prompt 1 in this file is not a"),
        (json.dumps(file_of(prompts=[{"prompt": 5}])).encode(), "Prompt 1 in this file has no"),
        (json.dumps(file_of(prompts=[{"prompt": "a", "notes": []}])).encode(), "not text"),
        (json.dumps(file_of(prompts=[{"prompt": "a", "x": 1}])).encode(), "does not know"),
        (json.dumps(file_of(prompts=[{"prompt": "a"}, {"prompt": " "}])).encode(), "Prompt 2"),
        (
            json.dumps(file_of(prompts=[{"prompt": "a" * (PROMPT_MAX + 1)}])).encode(),
            "Prompt 1 is too long",
        ),
        (
            json.dumps(file_of(prompts=[{"prompt": "a"}] * (MAX_PROMPTS + 1))).encode(),
            f"at most {MAX_PROMPTS} prompts",
        ),
        (b'{"format": "switchboard.prompt-set", "version": NaN}', "not a Switchboard"),
        (json.dumps(file_of(prompts=[{"prompt": "a\ud800"}])).encode(), "Prompt 1 in this"),
        (
            json.dumps(file_of(prompts=[{"prompt": "a", "notes": "\udfff"}])).encode(),
            "The notes of prompt 1 in this file has a broken character",
        ),
        (json.dumps(file_of(name="N\ud83d")).encode(), "The name of the set in this file"),
        (b"x" * (MAX_FILE_BYTES + 1), "too large"),
    ],
)
def test_hostile_or_broken_files_are_refused_with_a_plain_message(raw: bytes, message: str) -> None:
    with pytest.raises(PromptSetError) as caught:
        parse_prompt_set(raw)
    assert message in caught.value.user_message
    assert "Traceback" not in caught.value.user_message


def test_the_limits_themselves_are_allowed() -> None:
    items = tuple(PromptItem("p" * PROMPT_MAX if i == 0 else f"p{i}") for i in range(MAX_PROMPTS))
    big = PromptSet("n" * NAME_MAX, items)
    assert parse_prompt_set(json.dumps(prompt_set_to_json(big)).encode()) == big


# -- the store ---------------------------------------------------------------------------------


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[PromptSetStore, ComparisonStore, HistoryStore]]:
    connection = open_database(tmp_path / "history.sqlite3")
    clock = TickingClock()
    history = HistoryStore(connection, clock=clock)
    yield (
        PromptSetStore(connection, history, clock),
        ComparisonStore(connection, history, clock),
        history,
    )
    connection.close()


def test_sets_are_kept_changed_and_deleted(
    stores: tuple[PromptSetStore, ComparisonStore, HistoryStore],
) -> None:
    store, _comparisons, _history = stores
    kind = store.save_set(KIND)
    assert kind.id is not None and kind == PromptSet(KIND.name, KIND.items, kind.id)
    other = store.save_set(PromptSet("  a   Quiz ", (PromptItem("2 + 2?"),)))
    assert other.name == "a Quiz"
    assert [s.name for s in store.list_sets()] == ["a Quiz", "Kindness"]
    changed = store.save_set(PromptSet("Kindness 2", (PromptItem("Be kind."),), kind.id))
    assert store.get_set(kind.id) == changed
    with pytest.raises(PromptSetError, match="at least one prompt"):
        store.save_set(PromptSet("Empty", ()))
    with pytest.raises(KeyError):
        store.save_set(PromptSet("Gone", (PromptItem("x"),), 999))
    store.delete_set(kind.id)
    assert store.get_set(kind.id) is None
    assert [s.id for s in store.list_sets()] == [other.id]


def test_runs_are_kept_listed_searched_and_given_states(
    stores: tuple[PromptSetStore, ComparisonStore, HistoryStore],
) -> None:
    store, _comparisons, _history = stores
    columns = [
        ("Precise", ChatSettings(model="a/b", params=SamplingParams(temperature=0.1))),
        ("Creative", ChatSettings(model="c/d", system_prompt="Be bold.")),
    ]
    run = store.create_run("", KIND, columns, blind=True, fair=False, concurrency=99)
    assert (run.title, run.state, run.concurrency) == ("Prompt set run", "ready", 8)
    assert run.labels == ("Precise", "Creative")
    assert run.settings == tuple(settings for _label, settings in columns)
    assert run.prompt_set.items == KIND.items and (run.blind, run.fair) == (True, False)
    assert store.get_run(run.id) == run
    second = store.create_run("Quiz night", KIND, columns, blind=False, fair=True, concurrency=0)
    assert second.concurrency == 1
    assert [s.id for s in store.list_runs()] == [second.id, run.id]
    assert [s.id for s in store.list_runs("QUIZ")] == [second.id]
    assert [s.id for s in store.list_runs("plain")] == [second.id, run.id]  # a prompt matches
    assert store.list_runs("nothing like it") == []
    summary = store.list_runs()[1]
    assert (summary.prompts, summary.labels, summary.blind) == (2, ("Precise", "Creative"), True)
    store.set_state(run.id, "stopped")
    assert store.get_run(run.id).state == "stopped"  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="unknown run state"):
        store.set_state(run.id, "exploded")
    with pytest.raises(KeyError):
        store.set_state(999, "done")
    store.delete_run(run.id)
    assert store.get_run(run.id) is None


def test_a_damaged_stored_run_still_opens(
    stores: tuple[PromptSetStore, ComparisonStore, HistoryStore],
) -> None:
    store, _comparisons, history = stores
    columns = [("A", ChatSettings()), ("B", ChatSettings())]
    run = store.create_run("R", KIND, columns, blind=False, fair=True, concurrency=4)
    with history.transaction() as db:
        db.execute(
            "UPDATE prompt_runs SET set_json = '{', columns_json = '[1, {\"label\": 5}]',"
            " state = 'weird' WHERE id = ?",
            (run.id,),
        )
    damaged = store.get_run(run.id)
    assert damaged is not None
    assert damaged.prompt_set.items == () and damaged.state == "stopped"
    assert damaged.labels == ("Column 2",)


# -- files through the service -----------------------------------------------------------------


def test_import_and_export_go_through_files(
    stores: tuple[PromptSetStore, ComparisonStore, HistoryStore], tmp_path: Path
) -> None:
    store, comparisons, history = stores
    client = OpenRouterClient(httpx.AsyncClient(), base_url="http://127.0.0.1:9/api/v1")
    chat = ChatService(client, history)
    service = PromptSetService(
        chat, CompareService(chat, comparisons, history), store, comparisons, history
    )
    path = tmp_path / "kind.json"
    service.export_set(KIND, path)
    imported = service.import_set(path)
    assert imported.id is not None and imported.items == KIND.items
    assert service.sets() == [imported]
    with pytest.raises(PromptSetError, match="does not exist any more"):
        service.import_set(tmp_path / "missing.json")
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(PromptSetError, match="too large"):
        service.import_set(huge)
    with pytest.raises(PromptSetError, match="Could not write"):
        service.export_set(KIND, tmp_path / "no-such-folder" / "x.json")
    service.delete_set(imported.id)
    assert service.sets() == []
    broken = tmp_path / "broken.json"  # a lone surrogate: refused plainly, nothing stored
    broken.write_text(json.dumps(file_of(prompts=[{"prompt": "Hi \ud800"}])), encoding="utf-8")
    with pytest.raises(PromptSetError, match="broken character"):
        service.import_set(broken)
    assert service.sets() == []
    with pytest.raises(PromptSetError, match="broken character"):  # typed or pasted, too
        service.save_set(PromptSet("Typed", (PromptItem("Hi \udc00"),)))


def test_a_shared_prompt_cannot_become_a_spreadsheet_formula_in_the_csv() -> None:
    items = (PromptItem('=HYPERLINK("http://x")'), PromptItem("-1 + 2?"), PromptItem("Fine"))
    run = PromptRun(1, "T", PromptSet("S", items), ("+A", "B"), False, True, 4, "done", 0.0, 0.0)
    rows = [PromptRow(i, item.prompt, "", 10 + i, 0, 2, None) for i, item in enumerate(items)]
    presets = [PresetResult(label, 0, 0, 0, 0, None, None, 0, None, False) for label in run.labels]
    text = run_to_csv(RunResults(run, rows, presets, None), lambda _c, _i: None)
    parsed = list(csv.reader(io.StringIO(text)))
    assert [r[1] for r in parsed[1:]] == [
        '\'=HYPERLINK("http://x")',
        '\'=HYPERLINK("http://x")',
        "'-1 + 2?",
        "'-1 + 2?",
        "Fine",
        "Fine",
    ]
    assert [r[2] for r in parsed[1:3]] == ["'+A", "B"]
    assert all(r[3:] == ["", "", "", "", "", "", "", "", "", ""] for r in parsed[1:])
