"""The window layout file: Qt's blobs kept between runs, never trusted blindly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.store.window_layout import LAYOUT_FILE_NAME, WindowLayout, load_layout, save_layout

LAYOUT = WindowLayout(
    geometry=b"\x01\xd9\xd0\xcb\x00geo", state=b"\x00\x00\xff state", docks=("a", "b")
)


def test_a_layout_comes_back_as_it_was_saved(tmp_path: Path) -> None:
    path = tmp_path / LAYOUT_FILE_NAME
    save_layout(path, LAYOUT)
    assert load_layout(path) == LAYOUT
    assert path.read_text().startswith("{")  # text, readable at a glance
    folded = WindowLayout(LAYOUT.geometry, LAYOUT.state, LAYOUT.docks, library_folded=True)
    save_layout(path, folded)
    assert load_layout(path) == folded


def test_a_layout_saved_before_the_library_could_fold_opens_it(tmp_path: Path) -> None:
    path = tmp_path / LAYOUT_FILE_NAME
    path.write_text('{"geometry": "AAAA", "state": "AAAA", "docks": ["a"]}')
    loaded = load_layout(path)
    assert loaded is not None and not loaded.library_folded


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[]",
        b'{"geometry": "AAAA", "state": "AAAA"}',  # no docks
        b'{"geometry": "AAAA", "state": "AAAA", "docks": "library"}',
        b'{"geometry": "AAAA", "state": "AAAA", "docks": [1, 2]}',
        b'{"geometry": "%%%", "state": "AAAA", "docks": []}',  # not base64
        b'{"geometry": 5, "state": "AAAA", "docks": []}',
        b"\xff\xfe",
    ],
)
def test_a_damaged_file_is_not_used(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / LAYOUT_FILE_NAME
    path.write_bytes(content)
    assert load_layout(path) is None


def test_a_missing_or_huge_file_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / LAYOUT_FILE_NAME
    assert load_layout(path) is None
    big = WindowLayout(b"g" * 300_000, b"s", ("a",))
    save_layout(path, big)
    assert load_layout(path) is None
    assert load_layout(tmp_path) is None  # a folder where the file should be


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.timeout(10)
def test_a_fifo_is_not_used_and_not_waited_for(tmp_path: Path) -> None:
    path = tmp_path / LAYOUT_FILE_NAME
    os.mkfifo(path)
    assert load_layout(path) is None


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.timeout(10)
def test_a_link_to_dev_zero_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / LAYOUT_FILE_NAME
    path.symlink_to("/dev/zero")
    assert load_layout(path) is None
