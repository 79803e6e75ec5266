"""The one safe reader for settings-like files: regular files only, never more than a limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.store.files import UnsuitableFileError, read_regular_file

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"x" * 100)
    assert read_regular_file(path, 100) == b"x" * 100


def test_a_missing_file_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "gone.json", 100)


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b"x" * 101)
    with pytest.raises(UnsuitableFileError) as caught:
        read_regular_file(path, 100)
    assert "too large" in caught.value.user_message
    assert isinstance(caught.value, OSError)  # callers that catch OSError keep working


@needs_fifo
@pytest.mark.timeout(10)
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    with pytest.raises(UnsuitableFileError) as caught:
        read_regular_file(path, 1000)
    assert "not an ordinary file" in caught.value.user_message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.timeout(10)
def test_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")
    with pytest.raises(UnsuitableFileError):
        read_regular_file(path, 1000)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OSError):  # UnsuitableFileError, or IsADirectoryError on Windows
        read_regular_file(tmp_path, 1000)
