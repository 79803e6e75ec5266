"""An imported conversation's files go through the intake's checks (review of #18, finding
9): what a file is by its bytes, a picture's size from its header, a PDF's pages and text
layer, a text's encoding; a large picture is made smaller when a downscaler is given."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.attachments import MAX_IMAGE_SIDE, Attachment
from app.services.conversations import ConversationService
from app.store.blobs import BlobStore, digest_of
from app.store.database import open_database
from app.store.history import HistoryStore

from .conftest import run
from .test_attachment_intake import IMAGE_ONLY_PAGE, pdf, png
from .test_export_attachments import exported, meta


class Imports:
    def __init__(self, tmp_path: Path) -> None:
        self.connection = open_database(tmp_path / "history.sqlite3")
        self.history = HistoryStore(self.connection)
        self.blobs = BlobStore(tmp_path / "attachments")
        self.service = ConversationService(self.history, blobs=self.blobs)
        self.tmp = tmp_path

    def bring_in(self, files: list[bytes], attachments: list[dict[str, Any]]) -> Any:
        """Import a file holding ``files`` and a prompt with ``attachments``; the result and
        the prompt's attachments as stored."""
        path = self.tmp / "in.json"
        encoded = {digest_of(data): base64.b64encode(data).decode() for data in files}
        path.write_text(json.dumps(exported(encoded, attachments)))
        result = run(self.service.import_file(path))
        prompt = self.history.messages(result.conversation.id)[0]
        return result, prompt.attachments


@pytest.fixture
def imports(tmp_path: Path) -> Iterator[Imports]:
    world = Imports(tmp_path)
    yield world
    world.connection.close()


def test_a_picture_bomb_claiming_to_be_small_is_left_out_and_not_stored(
    imports: Imports,
) -> None:
    bomb = png(12_000, 12_000, pixels=False)  # 144 million pixels in a few hundred bytes
    result, attachments = imports.bring_in([bomb], [meta(bomb, width=100, height=100)])
    assert attachments == ()
    assert "One attached file was left out: it is damaged, too large" in result.summary
    assert not imports.blobs.has(digest_of(bomb))


def test_a_file_that_is_not_the_kind_it_says_is_left_out(imports: Imports) -> None:
    document = pdf([IMAGE_ONLY_PAGE])
    not_text = b"caf\xe9 \x00"
    result, attachments = imports.bring_in(
        [document, not_text],
        [
            meta(document),  # says a PNG picture, is a PDF
            meta(not_text, name="a.txt", mime="text/plain", kind="text"),
        ],
    )
    assert attachments == ()
    assert "2 attached files were left out: they are damaged, too large" in result.summary


def test_facts_come_from_the_bytes_not_from_the_file(imports: Imports) -> None:
    picture, document = png(40, 30), pdf([IMAGE_ONLY_PAGE])
    pdf_meta = meta(document, name="scan.pdf", mime="application/pdf", kind="pdf")
    result, attachments = imports.bring_in(
        [picture, document],
        [
            meta(picture, mime="image/gif", width=4000, height=3000),
            {**pdf_meta, "pages": 99, "text_layer": True},
        ],
    )
    assert result.notes == []
    image, scan = attachments
    assert (image.mime, image.width, image.height) == ("image/png", 40, 30)
    assert (scan.pages, scan.text_layer) == (1, False)


def test_a_large_picture_is_made_smaller_with_the_downscaler_given(imports: Imports) -> None:
    calls: list[int] = []

    def downscale(data: bytes, side: int) -> tuple[bytes, str, int, int]:
        calls.append(side)
        return png(MAX_IMAGE_SIDE, 683), "image/png", MAX_IMAGE_SIDE, 683

    large = png(6000, 2000, pixels=False)
    imports.service.downscale = downscale
    _, (image,) = imports.bring_in([large], [meta(large, width=6000, height=2000)])
    assert calls == [MAX_IMAGE_SIDE]
    assert (image.width, image.height) == (MAX_IMAGE_SIDE, 683)
    assert (image.original_width, image.original_height) == (6000, 2000)
    assert imports.blobs.get(image.digest) == png(MAX_IMAGE_SIDE, 683)
    assert not imports.blobs.has(digest_of(large))  # only what is sent is kept


def test_without_a_downscaler_a_large_picture_within_the_pixel_limit_is_kept(
    imports: Imports,
) -> None:
    large = png(6000, 2000, pixels=False)
    _, (image,) = imports.bring_in([large], [meta(large, width=6000, height=2000)])
    assert image == Attachment(digest_of(large), "a.png", "image/png", "image", len(large),
                               width=6000, height=2000)  # fmt: skip
