"""The update check against a loopback feed (a real HTTP server in a thread): newer, same, older,
malformed, unreachable, the setting, once a day, and nothing sent beyond the bare request."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from app.core.updates import UpdateNotice
from app.services.updates import CHECK_EVERY_S, MAX_BYTES, UpdateService
from app.store.database import open_history_database
from app.store.history import HistoryStore

LATEST = "/repos/switchboard/switchboard/releases/latest"
PAGE = "https://github.com/switchboard/switchboard/releases/tag/v0.2.0"
KEY = "sk-or-v1-" + "5" * 64


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class FakeFeed:
    """Answers GET like GitHub's latest-release API; records every request it gets."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    def release(self, tag: str, url: str = PAGE, notes: str | None = "- Faster") -> None:
        self.answer({"tag_name": tag, "html_url": url, "body": notes, "prerelease": False})

    def answer(self, data: Any, status: int = 200) -> None:
        self.status, self.body = status, json.dumps(data).encode()

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}{LATEST}"

    def start(self) -> FakeFeed:
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                feed.requests.append(Seen("GET", self.path, dict(self.headers.items())))
                self.send_response(feed.status)
                for name, value in feed.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(feed.body)))
                self.end_headers()
                self.wfile.write(feed.body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


@pytest.fixture
def feed() -> Iterator[FakeFeed]:
    fake = FakeFeed().start()
    yield fake
    fake.stop()


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = open_history_database(tmp_path / "history.db")
    yield HistoryStore(opened.connection)
    opened.connection.close()


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def service(
    history: HistoryStore, url: str | None, clock: Clock | None = None, *, on: bool = True
) -> UpdateService:
    return UpdateService(
        state=history,
        enabled=lambda: on,
        current_version="0.1.0",
        feed_url=url,
        clock=clock or Clock(),
    )


def check(updates: UpdateService) -> UpdateNotice | None:
    return asyncio.run(updates.check())


def test_a_newer_release_is_told(feed: FakeFeed, history: HistoryStore) -> None:
    feed.release("v0.2.0", notes="## New\n- Faster start")
    notice = check(service(history, feed.url))
    assert notice is not None
    assert notice.text == "Switchboard 0.2.0 is available — what's new"
    assert notice.url == PAGE
    assert notice.summary() == "New\n• Faster start"
    assert len(feed.requests) == 1


@pytest.mark.parametrize("tag", ["v0.1.0", "0.1", "0.0.9", "v0.1.0rc1", "0.1.0.dev3"])
def test_the_same_or_an_older_release_is_not(
    feed: FakeFeed, history: HistoryStore, tag: str
) -> None:
    feed.release(tag)
    assert check(service(history, feed.url)) is None
    assert len(feed.requests) == 1


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"[1, 2]",
        json.dumps({"tag_name": 2, "html_url": PAGE}).encode(),
        json.dumps({"tag_name": "v9", "html_url": None}).encode(),
        json.dumps({"tag_name": "v9", "html_url": "http://example.com/v9"}).encode(),
        json.dumps({"tag_name": "tomorrow", "html_url": PAGE}).encode(),
        b"[" * 100_000 + b"]" * 100_000,  # deep nesting
        b'{"tag_name": "v9", "html_url": "' + PAGE.encode() + b'", "body": "' + b"x" * MAX_BYTES,
    ],
)
def test_a_malformed_answer_is_no_notice_and_no_crash(
    feed: FakeFeed, history: HistoryStore, body: bytes
) -> None:
    feed.body = body
    assert check(service(history, feed.url)) is None
    assert len(feed.requests) == 1


@pytest.mark.parametrize("status", [404, 403, 429, 500])
def test_an_error_status_is_silent(feed: FakeFeed, history: HistoryStore, status: int) -> None:
    feed.answer({"message": "Not Found"}, status=status)
    assert check(service(history, feed.url)) is None


def test_an_unreachable_feed_is_silent_and_the_log_keeps_no_query(
    history: HistoryStore, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    caplog.set_level(logging.INFO, logger="app.services.updates")
    url = f"http://127.0.0.1:{port}/feed?token=hush"
    assert check(service(history, url)) is None
    assert f"127.0.0.1:{port}/feed" in caplog.text
    assert "hush" not in caplog.text


def test_the_setting_off_asks_nothing(feed: FakeFeed, history: HistoryStore) -> None:
    feed.release("v0.2.0")
    assert check(service(history, feed.url, on=False)) is None
    assert check(service(history, None)) is None  # an unusable SWITCHBOARD_UPDATE_URL
    assert feed.requests == []


def test_at_most_once_a_day(feed: FakeFeed, history: HistoryStore) -> None:
    clock = Clock()
    feed.release("v0.2.0")
    assert check(service(history, feed.url, clock)) is not None
    clock.now += CHECK_EVERY_S - 60
    again = check(service(history, feed.url, clock))  # a later start, the same day
    assert again is not None and again.tag == "v0.2.0"  # still told, from what was found
    assert len(feed.requests) == 1
    clock.now += 61
    feed.release("v0.1.0")  # withdrawn: the latest is now the running version
    assert check(service(history, feed.url, clock)) is None
    assert len(feed.requests) == 2


def test_a_failed_check_also_waits_a_day(feed: FakeFeed, history: HistoryStore) -> None:
    clock = Clock()
    feed.answer({"message": "API rate limit exceeded"}, status=403)
    assert check(service(history, feed.url, clock)) is None
    feed.release("v0.2.0")
    clock.now += 3600
    assert check(service(history, feed.url, clock)) is None
    assert len(feed.requests) == 1
    clock.now += CHECK_EVERY_S
    assert check(service(history, feed.url, clock)) is not None
    assert len(feed.requests) == 2


def test_a_clock_set_back_checks_again(feed: FakeFeed, history: HistoryStore) -> None:
    clock = Clock()
    feed.release("v0.2.0")
    check(service(history, feed.url, clock))
    clock.now -= 10 * CHECK_EVERY_S  # otherwise no check for ten days
    check(service(history, feed.url, clock))
    assert len(feed.requests) == 2


def test_the_request_is_bare(
    feed: FakeFeed, history: HistoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", KEY)
    feed.release("v0.2.0")
    check(service(history, feed.url))
    (seen,) = feed.requests
    assert seen.path == LATEST  # no query added
    names = {name.lower() for name in seen.headers}
    assert "authorization" not in names and "cookie" not in names
    assert names <= {"host", "accept", "accept-encoding", "connection", "user-agent"}
    assert seen.headers["User-Agent"] == "Switchboard/0.1.0"
    assert KEY not in json.dumps(seen.headers) and "sk-or" not in json.dumps(seen.headers)


def test_a_cookie_the_feed_sets_is_never_sent_back(feed: FakeFeed, history: HistoryStore) -> None:
    clock = Clock()
    feed.headers = {"Set-Cookie": "tracker=1; Path=/"}
    feed.release("v0.2.0")
    updates = service(history, feed.url, clock)  # one service for the whole run, as in the app
    check(updates)
    clock.now += CHECK_EVERY_S
    check(updates)
    assert [s.headers.get("Cookie") for s in feed.requests] == [None, None]


def test_a_redirect_is_followed_only_to_a_safe_address(
    feed: FakeFeed, history: HistoryStore
) -> None:
    clock = Clock()
    feed.status, feed.headers = 301, {"Location": "http://example.com/releases/latest"}
    assert check(service(history, feed.url, clock)) is None
    assert len(feed.requests) == 1  # example.com over plain http: not asked
    feed.headers = {"Location": LATEST + "-moved"}  # same loopback server: followed
    clock.now += CHECK_EVERY_S
    assert check(service(history, feed.url, clock)) is None  # 301 again, 4 hops: gives up
    assert [s.path for s in feed.requests[1:]] == [LATEST] + [LATEST + "-moved"] * 3


def test_a_dismissed_release_is_not_told_again_but_a_newer_one_is(
    feed: FakeFeed, history: HistoryStore
) -> None:
    clock = Clock()
    feed.release("v0.2.0")
    updates = service(history, feed.url, clock)
    notice = check(updates)
    assert notice is not None
    updates.dismiss(notice.tag)
    assert check(service(history, feed.url, clock)) is None
    clock.now += CHECK_EVERY_S
    feed.release("v0.3.0")
    newer = check(service(history, feed.url, clock))
    assert newer is not None and newer.tag == "v0.3.0"


def test_damaged_remembered_state_is_not_trusted(feed: FakeFeed, history: HistoryStore) -> None:
    history.set_state(
        "update_check",
        {"checked_at": "soon", "latest": {"tag_name": "v9", "html_url": "javascript:x"}},
    )
    feed.release("v0.1.0")
    assert check(service(history, feed.url)) is None
    assert len(feed.requests) == 1  # "soon" is no time: checked
    history.set_state("update_check", ["not", "a", "record"])
    assert check(service(history, feed.url)) is None
