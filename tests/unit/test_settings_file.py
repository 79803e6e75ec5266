"""The settings file and the atomic writes under it."""

from __future__ import annotations

import json
import os
import re
from dataclasses import fields
from pathlib import Path

import pytest

from app.store.files import write_atomic, write_text_atomic
from app.store.settings_file import AppSettings, LoadedSettings, load_settings, save_settings

ASIDE = re.compile(r"^settings\.json\.corrupt-\d{8}-\d{6}(-\d+)?$")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def test_a_missing_file_means_defaults_and_no_notice(path: Path) -> None:
    assert load_settings(path) == LoadedSettings(AppSettings(), None)
    assert not path.exists()
    assert AppSettings() == AppSettings(1, True, "system", None, None, None)


def test_settings_round_trip(path: Path) -> None:
    settings = AppSettings(
        enter_sends=False,
        theme="dark",
        base_url="http://127.0.0.1:8080/v1",
        attribution_title="My Switchboard",
        attribution_referer="https://example.org",
    )
    save_settings(path, settings)
    assert load_settings(path) == LoadedSettings(settings)
    assert json.loads(path.read_text())["version"] == 1
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]


def test_there_is_no_place_for_a_key() -> None:
    names = {f.name for f in fields(AppSettings)}
    assert not {n for n in names if "key" in n or "token" in n or "secret" in n}


def test_unknown_keys_are_ignored_and_not_written_back(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": 1, "theme": "light", "api_key": "sk-or-v1-secret"}))

    loaded = load_settings(path)
    assert loaded == LoadedSettings(AppSettings(theme="light"))
    save_settings(path, loaded.settings)

    assert "sk-or" not in path.read_text()
    assert "api_key" not in path.read_text()


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ({"theme": "purple"}, AppSettings()),
        ({"enter_sends": "yes"}, AppSettings()),
        ({"enter_sends": False}, AppSettings(enter_sends=False)),
        ({"base_url": "ftp://example.org"}, AppSettings()),
        (
            {"base_url": "  https://example.org/api/v1  "},
            AppSettings(base_url="https://example.org/api/v1"),
        ),
        ({"base_url": 5}, AppSettings()),
        ({"attribution_title": "Two\nlines"}, AppSettings()),
        ({"attribution_title": "   "}, AppSettings()),
        ({"attribution_title": " Mine "}, AppSettings(attribution_title="Mine")),
        ({"attribution_referer": ["x"]}, AppSettings()),
        ({"version": "one"}, AppSettings()),
        ({}, AppSettings()),
    ],
)
def test_bad_values_fall_back_to_defaults(
    path: Path, stored: dict[str, object], expected: AppSettings
) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(stored))
    assert load_settings(path) == LoadedSettings(expected)


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"{not json", "could not be read (the file is damaged)"),
        (b"[1, 2, 3]", "could not be read (the file is damaged)"),
        (b"\xff\xfe\x00garbage", "could not be read"),
        (b'{"version": 2, "theme": "dark"}', "were saved by a newer version of Switchboard"),
    ],
)
def test_an_unusable_file_is_kept_aside(path: Path, content: bytes, why: str) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)

    loaded = load_settings(path)

    kept = loaded.kept_aside
    assert kept is not None and ASIDE.match(kept.name), kept
    assert kept.read_bytes() == content
    assert not path.exists()
    assert loaded.settings == AppSettings()
    assert loaded.notice == (
        f"Your settings {why}, so default settings are used. The old file is kept at {kept}."
    )
    assert load_settings(path) == LoadedSettings(AppSettings())  # next start is quiet


def test_a_folder_in_place_of_the_file_is_kept_aside(path: Path) -> None:
    path.mkdir(parents=True)
    loaded = load_settings(path)
    assert loaded.kept_aside is not None and loaded.kept_aside.is_dir()
    assert loaded.notice is not None and "could not be read" in loaded.notice


def test_a_second_damaged_file_in_the_same_second_gets_its_own_name(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text("bad one")
    first = load_settings(path).kept_aside
    path.write_text("bad two")
    second = load_settings(path).kept_aside
    assert first is not None and second is not None and first != second
    assert (first.read_text(), second.read_text()) == ("bad one", "bad two")


# Atomic writes


def test_write_atomic_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "data.bin"
    write_atomic(target, b"first version, quite long")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    write_text_atomic(target, "ünïcode")
    assert target.read_text(encoding="utf-8") == "ünïcode"
    assert [p.name for p in tmp_path.iterdir()] == ["data.bin"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "occupied"
    target.mkdir()  # os.replace onto a folder really fails
    with pytest.raises(OSError):
        write_atomic(target, b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["occupied"]


def test_an_interrupted_write_keeps_the_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")

    def crash(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "new")
    monkeypatch.undo()
    assert target.read_text() == "old"
    assert sorted(os.listdir(tmp_path)) == ["settings.json"]


def test_save_settings_creates_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "settings.json"
    save_settings(target, AppSettings(theme="light"))
    assert load_settings(target).settings.theme == "light"


# Files that are not files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.timeout(10)
def test_a_fifo_in_place_of_the_file_is_kept_aside_without_waiting(path: Path) -> None:
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    loaded = load_settings(path)
    assert loaded.settings == AppSettings()
    assert loaded.kept_aside is not None and not path.exists()
    assert loaded.notice is not None and "not an ordinary file" in loaded.notice


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.timeout(10)
def test_a_link_to_dev_zero_is_kept_aside_without_reading_it(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.symlink_to("/dev/zero")
    loaded = load_settings(path)
    assert loaded.settings == AppSettings()
    assert loaded.kept_aside is not None and loaded.kept_aside.is_symlink()


def test_an_oversized_file_is_kept_aside(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"theme": "dark", "pad": "' + b"x" * 2_000_000 + b'"}')
    loaded = load_settings(path)
    assert loaded.settings == AppSettings() and loaded.kept_aside is not None
    assert loaded.notice is not None and "too large" in loaded.notice


def test_a_file_with_a_byte_order_mark_is_read(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b'\xef\xbb\xbf{"theme": "dark"}')
    assert load_settings(path).settings.theme == "dark"


# -- issue #12: what the file holds is checked like the Settings fields ---------------------------


@pytest.mark.parametrize(
    "address",
    [
        "http://other.example/api/v1",  # plain http to another machine: the key readable
        "http://192.168.1.20:8080/v1",
        "https://other.example/api/v1?x=1",
        "https://",
        "https://openrouter.ai@other.example/api/v1",  # goes to other.example
        "https://me:secret@other.example/v1",  # a password kept in the file and the logs
        "https://other.example:99999/v1",
    ],
)
def test_an_address_the_dialog_would_refuse_is_not_used_from_the_file(
    path: Path, address: str
) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"base_url": address, "theme": "dark"}))
    loaded = load_settings(path)
    assert loaded.settings == AppSettings(theme="dark")  # the rest of the file is kept
    assert loaded.notice is None and path.exists()


def test_a_local_http_address_from_the_file_is_kept(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"base_url": "http://localhost:11434/v1/"}))
    assert load_settings(path).settings.base_url == "http://localhost:11434/v1"


@pytest.mark.parametrize(
    "cap", ["1e30", "1000000.01", 1e300, "123456789012345678901234567890", "1e-999999"]
)
def test_a_cap_out_of_range_counts_as_no_cap_and_the_rest_is_kept(path: Path, cap: object) -> None:
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({"daily_cap": cap, "monthly_cap": cap, "confirm_above": cap, "theme": "dark"})
    )
    loaded = load_settings(path)
    assert loaded.settings == AppSettings(theme="dark")
    assert loaded.notice is None


def test_caps_up_to_a_million_dollars_are_kept(path: Path) -> None:
    from decimal import Decimal

    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"daily_cap": "1000000", "monthly_cap": "0.5"}))
    settings = load_settings(path).settings
    assert (settings.daily_cap, settings.monthly_cap) == (Decimal(1_000_000), Decimal("0.5"))
