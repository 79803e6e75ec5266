"""Attachments in the window when things go wrong, and a PDF's parse reused (issue #18): an
image bomb refused without decoding, a file deleted after attaching still sent (its bytes were
kept), a kept file gone from the data folder refused in plain words with nothing lost, and a
parsed PDF not parsed (and paid for) again on the next turn."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App
from tests.unit.test_attachment_intake import TEXT_PAGE, pdf, png

VISION = "fakelab/vision-1"


@pytest.fixture(autouse=True)
def live_catalogue(app: App) -> None:
    task = app.window.tasks.spawn(app.catalogue.refresh(force=True))
    assert task is not None
    app.qtbot.waitUntil(task.done, timeout=5000)


def use_model(app: App, model: str) -> None:
    cid = app.view.conversation_id
    conversation = app.history.get_conversation(cid)
    assert conversation is not None
    app.history.update_settings(cid, replace(conversation.settings, model=model))
    app.window.dock_link.settings_changed(cid)


def attach(app: App, path: Path) -> None:
    app.view.add_files([path])
    app.qtbot.waitUntil(lambda: app.view.attacher.reading == 0, timeout=5000)


def warnings(app: App) -> list[str]:
    return [text for kind, text in app.notices.posts if kind in ("warning", "error", "info")]


def user_parts(app: App, index: int = -1) -> Any:
    body = app.fake.chat_requests[index].json
    return [m for m in body["messages"] if m["role"] == "user"]


def test_an_image_bomb_is_refused_before_decoding(app: App, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png(100_000, 100_000, pixels=False))  # a header that claims 10 gigapixels
    app.view.composer.setPlainText("Keep me")
    attach(app, bomb)
    said = " ".join(warnings(app))
    assert "bomb.png" in said and "100,000" in said
    # The limits are said before anything is attached, beside the paperclip.
    tip = app.view.attach_button.toolTip()
    assert "Pictures up to 20 MB" in tip and "PDFs up to 30 MB" in tip and "at most 10" in tip
    assert app.view.chips.attachments() == () and app.view.composer.toPlainText() == "Keep me"


def test_a_file_deleted_after_attaching_is_still_sent(app: App, tmp_path: Path) -> None:
    use_model(app, VISION)
    path = tmp_path / "dot.png"
    path.write_bytes(png(8, 8))
    attach(app, path)
    path.unlink()  # (its bytes were kept when it was attached)
    app.fake.push(Scenario(text="A dot."))
    app.send("What is it?")
    app.wait_idle()
    [user] = user_parts(app)
    assert [part["type"] for part in user["content"]] == ["text", "image_url"]


def test_a_kept_file_gone_from_the_data_folder_refuses_plainly_and_loses_nothing(
    app: App, tmp_path: Path
) -> None:
    use_model(app, VISION)
    path = tmp_path / "dot.png"
    path.write_bytes(png(8, 8))
    attach(app, path)
    (attachment,) = app.view.chips.attachments()
    blobs = app.chat.blobs
    assert blobs is not None
    blobs.path(attachment.digest).unlink()  # someone cleaned the data folder by hand
    app.view.composer.setPlainText("What is it?")
    app.view.send(app.view.composer.toPlainText())
    app.wait_idle()
    assert app.fake.chat_requests == []
    # Said where the answer would have been, and nothing typed is lost: the prompt and its
    # attachment come back to the box.
    shown = app.view.transcript.document().toPlainText()
    assert "“dot.png” is no longer in Switchboard's data folder" in shown
    app.qtbot.waitUntil(lambda: app.view.composer.toPlainText() == "What is it?", timeout=3000)
    assert app.view.chips.attachments() == (attachment,)


def test_a_parsed_pdf_is_not_parsed_again_on_the_next_turn(app: App, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf([TEXT_PAGE]))
    attach(app, path)
    app.fake.push(Scenario(text="A report."), Scenario(text="Page one says so."))
    app.send("Summarise it")
    app.wait_idle()
    app.send("What does page one say?")
    app.wait_idle()
    assert len(app.fake.chat_requests) == 2
    assert len(app.fake.parses) == 1  # parsed once, by the free reader
    second = app.fake.chat_requests[-1].json
    [answer] = [m for m in second["messages"] if m["role"] == "assistant"]
    assert answer["annotations"][0]["type"] == "file"  # the parse, sent back
    stored = app.history.messages(app.view.conversation_id)
    assert stored[1].annotations and stored[1].annotations[0]["type"] == "file"
