"""The update notice's pure parts: versions compared properly, the feed's answer checked, the
feed's address, and the setting (off by default when a distribution packaged the app)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.settings import AppSettings
from app.core.updates import (
    DEFAULT_FEED_URL,
    MAX_NOTES,
    UpdateNotice,
    feed_url,
    is_newer,
    is_safe_url,
    newer_release,
    parse_release,
)
from app.store.settings_file import load_settings, save_settings


@pytest.mark.parametrize(
    ("candidate", "current"),
    [
        ("v1.3", "1.2.9"),
        ("1.10", "1.9"),
        ("1.3.0", "1.3.0rc1"),
        ("1.3.0rc2", "1.3.0rc1"),
        ("1.3.0rc1", "1.3.0b5"),
        ("1.3.0b1", "1.3.0a9"),
        ("1.3.0a1", "1.3.0.dev4"),
        ("1.3.0.post1", "1.3.0"),
        ("V2", "1.99.99"),
        ("v1.3-beta.2", "1.3b1"),
        ("1.3rc1", "1.3rc1.dev2"),
    ],
)
def test_newer_versions(candidate: str, current: str) -> None:
    assert is_newer(candidate, current)
    assert not is_newer(current, candidate)


@pytest.mark.parametrize(
    ("candidate", "current"),
    [("1.3", "1.3.0"), ("v1.3.0", "1.3"), ("1.3.0", "1.3.0"), ("1.3.0rc1", "1.3.0")],
)
def test_same_or_older_is_not_newer(candidate: str, current: str) -> None:
    assert not is_newer(candidate, current)


@pytest.mark.parametrize(
    "tag", ["latest", "", "nightly-2026-11-30", "1.3+local", "1..3", "v", "1.3 beta", "١.٣"]
)
def test_an_unknown_shape_is_never_newer(tag: str) -> None:
    assert not is_newer(tag, "0.1.0")
    assert not is_newer("9.9", tag)  # nor is anything newer than it


def release(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "tag_name": "v1.3.0",
        "html_url": "https://github.com/switchboard/switchboard/releases/tag/v1.3.0",
        "body": "## What's new\r\n- Faster start\n* Fewer clicks\n",
        "draft": False,
    }
    base.update(changes)
    return base


def test_a_newer_release_makes_the_notice() -> None:
    notice = newer_release(release(), "1.2")
    assert notice == UpdateNotice(
        "v1.3.0",
        "https://github.com/switchboard/switchboard/releases/tag/v1.3.0",
        "## What's new\n- Faster start\n* Fewer clicks\n",
    )
    assert notice.text == "Switchboard 1.3.0 is available — what's new"
    assert notice.summary() == "What's new\n• Faster start\n• Fewer clicks"
    assert newer_release(release(), "1.3") is None


@pytest.mark.parametrize(
    "answer",
    [
        None,
        [],
        "v2.0",
        release(tag_name=2),
        release(tag_name=None),
        release(tag_name="v" + "1." * 40 + "0"),  # over 64 characters
        release(html_url=["https://example.com"]),
        release(html_url="http://example.com/releases/v1.3.0"),  # not https
        release(html_url="javascript:alert(1)"),
        release(html_url="https://user:pw@example.com/r"),
        release(html_url="https://example.com/" + "a" * 2000),
        release(html_url="https://example.com/r\nSet-Cookie: x"),
        release(html_url="https://"),
    ],
)
def test_an_answer_that_cannot_be_trusted_makes_no_notice(answer: object) -> None:
    assert parse_release(answer) is None
    assert newer_release(answer, "0.1.0") is None


def test_the_notes_are_plain_and_bounded() -> None:
    assert parse_release(release(body=None)) == UpdateNotice(
        "v1.3.0", str(release()["html_url"]), ""
    )
    assert parse_release(release(body=7)).notes == ""  # type: ignore[union-attr]
    notes = parse_release(release(body="a\x1b[31mb\x00c\td\n" + "x" * 50_000)).notes  # type: ignore[union-attr]
    assert notes.startswith("a[31mbc\td\n")
    assert len(notes) <= MAX_NOTES


def test_plain_http_only_to_this_computer() -> None:
    assert is_safe_url("http://127.0.0.1:8123/releases/latest")
    assert is_safe_url("http://localhost/x")
    assert not is_safe_url("http://example.com/x")
    assert not is_safe_url("ftp://example.com/x")
    assert not is_safe_url("https://example.com:99999/x")


def test_the_feed_address() -> None:
    assert feed_url({}) == DEFAULT_FEED_URL
    assert DEFAULT_FEED_URL.startswith("https://api.github.com/repos/")
    assert DEFAULT_FEED_URL.endswith("/releases/latest")
    assert feed_url({"SWITCHBOARD_UPDATE_URL": " http://127.0.0.1:9/f "}) == "http://127.0.0.1:9/f"
    assert feed_url({"SWITCHBOARD_UPDATE_URL": "http://example.com/feed"}) is None
    assert feed_url({"SWITCHBOARD_UPDATE_URL": "off"}) is None


def test_the_setting_is_kept_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, AppSettings(check_for_updates=False))
    assert json.loads(path.read_text())["check_for_updates"] is False
    assert load_settings(path).settings.check_for_updates is False
    path.write_text('{"check_for_updates": "yes"}')  # a wrong value: the default
    assert load_settings(path).settings.check_for_updates is True


def test_a_distribution_build_does_not_check_unless_asked(tmp_path: Path) -> None:
    marker = tmp_path / "DISTRIBUTION"
    path = tmp_path / "settings.json"
    assert load_settings(path, distribution_marker=marker).settings.check_for_updates is True
    marker.write_text("Debian\n")
    assert load_settings(path, distribution_marker=marker).settings.check_for_updates is False
    path.write_text('{"theme": "dark"}')
    assert load_settings(path, distribution_marker=marker).settings.check_for_updates is False
    save_settings(path, AppSettings(check_for_updates=True))  # the person turned it on
    assert load_settings(path, distribution_marker=marker).settings.check_for_updates is True
    path.write_text("{damaged")
    loaded = load_settings(path, distribution_marker=marker)
    assert loaded.notice and loaded.settings.check_for_updates is False
