"""Attachments, sources and searches out to JSON and Markdown, and back in, checked."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.attachments import MAX_TEXT_BYTES as MAX_TEXT
from app.core.attachments import Attachment
from app.core.export import MAX_FILE_BYTES, ImportFormatError, from_openai_json
from app.services.conversations import ConversationError, ConversationService
from app.store.blobs import BlobStore
from app.store.database import open_database
from app.store.history import HistoryStore

from .conftest import run
from .test_attachment_intake import png

PNG = png(4, 3)  # a real picture: an import checks its files as the intake does
NOTES = b"Buy milk.\n"
SOURCE = {
    "type": "url_citation",
    "url_citation": {"url": "https://example.org/rain", "title": "Rain [today]"},
}
BARE = {"type": "url_citation", "url_citation": {"url": "https://example.com/x"}}


class World:
    def __init__(self, tmp_path: Path) -> None:
        self.connection = open_database(tmp_path / "history.sqlite3")
        self.history = HistoryStore(self.connection)
        self.blobs = BlobStore(tmp_path / "attachments")
        self.service = ConversationService(self.history, blobs=self.blobs)
        self.tmp = tmp_path

    def attach(
        self, data: bytes, name: str, kind: str, mime: str, **facts: int | bool
    ) -> Attachment:
        return Attachment(self.blobs.put(data), name, mime, kind, len(data), **facts)  # type: ignore[arg-type]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.connection.close()


def conversation_with_files(world: World) -> tuple[int, Attachment, Attachment]:
    photo = world.attach(PNG, "photo.png", "image", "image/png", width=4, height=3)
    notes = world.attach(NOTES, "notes.txt", "text", "text/plain")
    history = world.history
    cid = history.create_conversation("Weather").id
    first = history.add_message(cid, "user", "What is this?", attachments=(photo, notes))
    history.add_message(cid, "assistant", "Rain [1].", annotations=[SOURCE, BARE], web_searches=2)
    history.add_message(cid, "user", "Again", parent=first.parent_id, attachments=(photo,))
    return cid, photo, notes


def test_json_export_and_import_keep_attachments_sources_and_searches(
    world: World, tmp_path: Path
) -> None:
    cid, photo, notes = conversation_with_files(world)
    target = tmp_path / "out.json"
    run(world.service.export(cid, target, "json"))
    data = json.loads(target.read_text())
    assert data["files"] == {
        photo.digest: base64.b64encode(PNG).decode(),
        notes.digest: base64.b64encode(NOTES).decode(),
    }  # each file once, though sent twice
    # Imported elsewhere: a new data folder, nothing kept yet.
    other = World(tmp_path / "elsewhere")
    try:
        result = run(other.service.import_file(target))
        assert result.notes == []
        versions = {
            m.content: m for m in other.history.version_tree(result.conversation.id).messages
        }
        assert versions["What is this?"].attachments == (photo, notes)
        assert versions["Again"].attachments == (photo,)
        answer = versions["Rain [1]."]
        assert answer.attachments == () and answer.annotations == (SOURCE, BARE)
        assert answer.web_searches == 2
        assert other.blobs.get(photo.digest) == PNG and other.blobs.get(notes.digest) == NOTES
    finally:
        other.connection.close()


def test_an_attachment_without_its_bytes_is_left_out_and_said(world: World, tmp_path: Path) -> None:
    cid, photo, _ = conversation_with_files(world)
    target = tmp_path / "out.json"
    run(world.service.export(cid, target, "json"))
    data = json.loads(target.read_text())
    del data["files"][photo.digest]
    target.write_text(json.dumps(data))
    other = World(tmp_path / "elsewhere")
    try:
        result = run(other.service.import_file(target))
        assert "2 attached files were left out" in result.summary
        versions = other.history.version_tree(result.conversation.id).messages
        names = {m.content: [a.name for a in m.attachments] for m in versions}
        assert names == {"What is this?": ["notes.txt"], "Rain [1].": [], "Again": []}
    finally:
        other.connection.close()


def test_markdown_lists_attachments_by_name_and_sources_as_a_numbered_list(
    world: World, tmp_path: Path
) -> None:
    cid, _, _ = conversation_with_files(world)
    first = world.history.version_tree(cid).messages[0]
    world.history.show_version(first.id)  # the first prompt's branch
    target = tmp_path / "out.md"
    run(world.service.export(cid, target, "md"))
    text = target.read_text()
    assert "*Attached: photo.png (image), notes.txt (text file)*" in text
    assert (
        "**Sources**\n\n1. Rain \\[today\\] — <https://example.org/rain>\n"
        "2. <https://example.com/x>"
    ) in text


def exported(files: dict[str, str], attachments: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": "switchboard.conversation",
        "version": 1,
        "messages": [
            {"role": "user", "content": "Look", "switchboard": {"attachments": attachments}},
            {"role": "assistant", "content": "Yes."},
        ],
        "files": files,
    }


def meta(data: bytes, **changes: Any) -> dict[str, Any]:
    digest = hashlib.sha256(data).hexdigest()
    return {
        "digest": digest,
        "name": "a.png",
        "mime": "image/png",
        "kind": "image",
        "size": len(data),
        **changes,
    }


def test_an_attachment_comes_in_with_its_checked_bytes() -> None:
    imported = from_openai_json(
        exported({meta(PNG)["digest"]: base64.b64encode(PNG).decode()}, [meta(PNG)])
    )
    assert imported.files == {meta(PNG)["digest"]: PNG}
    assert [a.name for a in imported.messages[0].attachments] == ["a.png"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        # bytes that do not hash to their name
        (
            exported({"a" * 64: base64.b64encode(PNG).decode()}, [meta(PNG)]),
            "does not match its fingerprint",
        ),
        # base64 far larger than any file may be, refused before decoding
        (
            exported({"b" * 64: "A" * (MAX_FILE_BYTES // 3 * 4 + 8)}, []),
            "larger than 30 MB",
        ),
        (exported({"c" * 64: "not base64!"}, []), "is damaged"),
        (exported({"../../etc/passwd": "AAAA"}, []), "not in the expected form"),
        (exported({}, [meta(PNG, kind="program")]), "attachment that is not valid"),
        (exported({}, [meta(PNG)] * 11), "not a short list"),
        # a file bigger than it says
        (
            exported({meta(PNG)["digest"]: base64.b64encode(PNG).decode()}, [meta(PNG, size=3)]),
            "not the size it says",
        ),
    ],
)
def test_a_hostile_import_is_refused_in_plain_words(data: dict[str, Any], words: str) -> None:
    with pytest.raises(ImportFormatError) as refused:
        from_openai_json(data)
    message = refused.value.user_message
    assert message.startswith("This file is not a conversation Switchboard can read:")
    assert words in message


def test_a_refused_import_stores_nothing(world: World, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(exported({"a" * 64: base64.b64encode(PNG).decode()}, [])))
    with pytest.raises(ConversationError):
        run(world.service.import_file(path))
    assert world.history.list_conversations() == []
    assert not world.blobs.has("a" * 64)


def test_an_export_too_large_to_import_again_is_refused_before_reading_its_files(
    world: World, tmp_path: Path
) -> None:
    """Review of #18, finding 12: the export once wrote what the import then refused."""
    pictures = [
        world.attach(b"\x89PNG\r\n\x1a\n" + bytes([n]) * (17 * 1024 * 1024), f"{n}.png",
                     "image", "image/png")
        for n in range(3)
    ]  # fmt: skip  # 51 MB, 69 MB in base64: over the 64 MB an import takes
    cid = world.history.create_conversation("Big").id
    world.history.add_message(cid, "user", "Look", attachments=tuple(pictures))
    world.blobs.path(pictures[0].digest).unlink()  # never read: refused from the sizes
    target = tmp_path / "out.json"
    with pytest.raises(ConversationError) as refused:
        run(world.service.export(cid, target, "json"))
    assert refused.value.user_message.startswith(
        "This conversation with its attached files would make a file of about 69 MB, more "
        "than the 64 MB Switchboard can import again, so nothing was exported."
    )
    assert not target.exists()
    run(world.service.export(cid, tmp_path / "out.md", "md"))  # Markdown still works
    assert "0.png (image)" in (tmp_path / "out.md").read_text()


def test_an_export_that_fits_can_be_imported_again(world: World, tmp_path: Path) -> None:
    """Within the limit the JSON is written, and whatever is written imports again."""
    notes = [world.attach(bytes([65 + n]) * (MAX_TEXT // 2), f"{n}.txt", "text", "text/plain")
             for n in range(4)]  # fmt: skip
    cid = world.history.create_conversation("Notes").id
    world.history.add_message(cid, "user", "Read", attachments=tuple(notes))
    target = tmp_path / "out.json"
    run(world.service.export(cid, target, "json"))
    other = World(tmp_path / "elsewhere")
    try:
        result = run(other.service.import_file(target))
        assert result.notes == []
        prompt = other.history.messages(result.conversation.id)[0]
        assert [a.name for a in prompt.attachments] == ["0.txt", "1.txt", "2.txt", "3.txt"]
    finally:
        other.connection.close()


def test_the_import_checks_digests_with_the_one_pattern() -> None:
    """Review of #18, finding 23: one digest pattern, app.core.attachments.DIGEST."""
    import app.core.attachments as attachments
    import app.core.export as export

    assert not hasattr(export, "_DIGEST")
    assert export.DIGEST is attachments.DIGEST
