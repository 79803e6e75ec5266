"""Faults through the real window: every way a request can fail leaves the app usable, the
person told in plain words, and nothing lost. Also: quitting mid-comparison, hostile and huge
content, and the window's responsiveness while a very long answer renders.

Each test ends by sending another message through the same window and seeing it succeed.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QTimer

from app.core.conversation import MessageStatus
from app.ui.chat.transcript import Transcript
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.documents import GrowingText
from tests.helpers.windows import App

from .test_compare_view import new_comparison

STATUSES = (400, 401, 402, 403, 404, 408, 413, 422, 429, 500, 502, 503, 524, 529)
RETRIED = {408, 429, 500, 502, 503, 524, 529}
# What the person must read, in their words (independent of the app's error classes).
SAYS = {
    400: "could not accept this request",
    401: "did not accept your API key",
    402: "credits ran out",
    403: "refused this request",
    404: "not available",
    408: "took too long",
    413: "too large",
    422: "could not process",
    429: "Too many requests",
    500: "provider is down or overloaded",
    502: "provider is down or overloaded",
    503: "provider is down or overloaded",
    524: "provider is down or overloaded",
    529: "provider is down or overloaded",
}
NOT_PLAIN = ("Traceback", '{"', "error_type", "Error:", "httpx", "Exception", "<class")
COMPLAINTS = ("Task was destroyed but it is pending", "Event loop is closed")


# -- helpers ----------------------------------------------------------------------------------


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def errors_logged() -> Iterator[_Recorder]:
    """Every log record of the test, teardown included (requested before ``app``, so it
    outlives the window, the client and the loop). No ERROR may be logged: an unhandled
    exception in a turn, a task destroyed while pending, a closed loop."""
    recorder = _Recorder()
    root = logging.getLogger()
    root.addHandler(recorder)
    yield recorder
    gc.collect()
    root.removeHandler(recorder)
    bad = [r for r in recorder.records if r.levelno >= logging.ERROR]
    texts = [r.getMessage() for r in recorder.records]
    assert not any(c in t for t in texts for c in COMPLAINTS), texts
    assert not bad, [r.getMessage() for r in bad]


def plain(app: App) -> str:
    return app.view.transcript.toPlainText()


def shown(app: App) -> str:
    """Everything the person can read: the conversation and the status bar."""
    return plain(app) + "\n" + app.window.status_message.message()


def assert_plain_language(text: str) -> None:
    for bad in NOT_PLAIN:
        assert bad not in text, (bad, text[-2000:])


def streaming_rows(app: App) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{app.db_path}?mode=ro", uri=True)) as db:
        return int(
            db.execute("SELECT count(*) FROM messages WHERE status = 'streaming'").fetchone()[0]
        )


def answers(app: App) -> list[Any]:
    return [m for m in app.history.messages(app.view.conversation_id) if m.role == "assistant"]


def assert_still_usable(app: App, tag: str) -> None:
    """The same window sends the next message and gets a complete answer."""
    app.fake.default = Scenario(text=f"Recovered after {tag}.")
    app.send(f"Are you back after {tag}?")
    app.wait_idle(timeout=15_000)
    assert f"Recovered after {tag}." in plain(app)
    last = answers(app)[-1]
    assert last.status is MessageStatus.COMPLETE and last.content == f"Recovered after {tag}."
    assert streaming_rows(app) == 0


def short_idle_timeout(app: App, seconds: float = 0.5) -> None:
    app.client._timeout = httpx.Timeout(connect=5, read=seconds, write=5, pool=5)


# -- error statuses -----------------------------------------------------------------------------


@pytest.mark.parametrize("status", STATUSES)
def test_an_error_status_is_explained_and_the_next_send_works(
    errors_logged: _Recorder, app: App, status: int
) -> None:
    app.fake.default = Scenario(status=status)  # retries get the same answer
    app.send("A question that fails")
    app.wait_idle(timeout=15_000)
    text = shown(app)
    assert SAYS[status] in text, text
    assert "Retry" in plain(app)
    assert_plain_language(text)
    # Nothing lost: the prompt is back in the composer; no half turn is stored.
    assert app.view.composer.toPlainText() == "A question that fails"
    assert app.history.messages(app.view.conversation_id) == []
    assert streaming_rows(app) == 0
    # Retried only what may succeed later, never 400/401/402/403/404/413/422.
    assert len(app.fake.chat_requests) == (3 if status in RETRIED else 1)
    assert_still_usable(app, f"HTTP {status}")


# -- failures after the answer started ------------------------------------------------------------

PIECES = ["Partial ", "answer ", "that ", "stops ", "here"]


@pytest.mark.parametrize("shape", ["with_choices", "no_choices", "empty_choices"])
def test_a_mid_stream_error_keeps_the_partial_answer(
    errors_logged: _Recorder, app: App, shape: str
) -> None:
    app.fake.push(Scenario(chunks=PIECES, mid_error=shape, mid_error_after=3))
    app.send("Go")
    app.wait_idle()
    text = shown(app)
    assert "Partial answer that" in text and "Incomplete" in text
    assert "provider failed while answering" in text
    assert_plain_language(text)
    (answer,) = answers(app)
    assert answer.status is MessageStatus.FAILED and answer.content == "Partial answer that "
    assert streaming_rows(app) == 0
    assert_still_usable(app, shape)


def test_a_dropped_connection_keeps_the_partial_answer(errors_logged: _Recorder, app: App) -> None:
    app.fake.push(Scenario(chunks=PIECES, drop_after=2))
    app.send("Go")
    app.wait_idle()
    text = shown(app)
    assert "Partial answer" in text and "connection dropped" in text
    assert_plain_language(text)
    (answer,) = answers(app)
    assert answer.status is MessageStatus.FAILED and answer.content == "Partial answer "
    assert_still_usable(app, "a drop")


def test_a_stall_is_given_up_after_the_idle_timeout(errors_logged: _Recorder, app: App) -> None:
    short_idle_timeout(app, 0.5)
    app.fake.push(Scenario(chunks=PIECES, stall_after=2, stall_seconds=20))
    started = time.monotonic()
    app.send("Go")
    app.wait_idle(timeout=10_000)
    assert time.monotonic() - started < 5
    text = shown(app)
    assert "Partial answer" in text and "stopped sending anything for too long" in text
    assert_plain_language(text)
    (answer,) = answers(app)
    assert answer.status is MessageStatus.FAILED and answer.content == "Partial answer "
    assert_still_usable(app, "a stall")


def test_a_truncated_stream_is_marked_incomplete(errors_logged: _Recorder, app: App) -> None:
    app.fake.push(Scenario(chunks=PIECES, finish_reason=None, done=False))
    app.send("Go")
    app.wait_idle()
    text = shown(app)
    assert "Partial answer that stops here" in text and "Incomplete" in text
    assert_plain_language(text)
    (answer,) = answers(app)
    assert answer.status is MessageStatus.FAILED and answer.content == "".join(PIECES)
    assert_still_usable(app, "a truncated stream")


def test_slow_keep_alives_keep_a_slow_answer_alive(errors_logged: _Recorder, app: App) -> None:
    short_idle_timeout(app, 1.0)  # the model thinks for 2.5 s; a comment every 0.25 s
    app.fake.push(
        Scenario(
            text="Worth the wait.", keepalives=1, keepalive_interval=0.25, first_token_delay=2.5
        )
    )
    app.send("Think hard")
    app.qtbot.waitUntil(lambda: "Waiting for the model" in plain(app), timeout=5000)
    app.wait_idle()
    (answer,) = answers(app)
    assert answer.status is MessageStatus.COMPLETE and answer.content == "Worth the wait."
    assert_still_usable(app, "keep-alives")


def test_429_with_retry_after_waits_then_succeeds(errors_logged: _Recorder, app: App) -> None:
    app.fake.push(
        Scenario(status=429, headers={"Retry-After": "1"}), Scenario(text="After the wait.")
    )
    app.send("Busy?")
    app.wait_idle(timeout=10_000)
    first, second = app.fake.chat_requests
    assert second.at - first.at >= 0.9  # Retry-After was obeyed
    (answer,) = answers(app)
    assert answer.status is MessageStatus.COMPLETE and answer.content == "After the wait."
    assert_still_usable(app, "a 429")


def test_402_mid_session_keeps_the_conversation(errors_logged: _Recorder, app: App) -> None:
    app.fake.push(
        Scenario(text="First answer."), Scenario(status=402), Scenario(text="Third answer.")
    )
    app.send("One")
    app.wait_idle()
    app.send("Two")
    app.wait_idle()
    text = shown(app)
    assert "First answer." in text and "credits ran out" in text
    assert_plain_language(text)
    assert [m.content for m in app.history.messages(app.view.conversation_id)] == [
        "One",
        "First answer.",
    ]
    assert app.view.composer.toPlainText() == "Two"
    app.send("Three")
    app.wait_idle()
    assert [m.content for m in app.history.messages(app.view.conversation_id)] == [
        "One",
        "First answer.",
        "Three",
        "Third answer.",
    ]
    assert streaming_rows(app) == 0


# -- no network ---------------------------------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def expect_unreachable(app: App) -> None:
    app.send("Anyone there?")
    app.wait_idle(timeout=15_000)
    text = shown(app)
    assert "Could not reach" in text and "Retry" in text
    assert_plain_language(text)
    assert app.view.composer.toPlainText() == "Anyone there?"
    assert app.history.messages(app.view.conversation_id) == []
    app.client.base_url = app.fake.base_url
    assert_still_usable(app, "no network")


def test_connection_refused(errors_logged: _Recorder, app: App) -> None:
    app.client.base_url = f"http://127.0.0.1:{closed_port()}/api/v1"
    expect_unreachable(app)


def test_dns_failure(errors_logged: _Recorder, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """``.invalid`` never resolves (RFC 6761). The resolver's answer is given locally so no
    DNS packet leaves the machine, whatever /etc/resolv.conf says."""
    asked: list[str] = []
    real = socket.getaddrinfo

    def resolver(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, bytes):
            host = host.decode()
        if isinstance(host, str) and host.endswith(".invalid"):
            asked.append(host)
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    app.client.base_url = "https://switchboard-test.invalid/api/v1"
    expect_unreachable(app)
    assert asked and set(asked) == {"switchboard-test.invalid"}


@contextlib.contextmanager
def plain_http_server() -> Iterator[tuple[int, list[bytes]]]:
    """A loopback server that answers in plain HTTP whatever it is sent."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    first_bytes: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                with contextlib.suppress(OSError):
                    first_bytes.append(conn.recv(4096))
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield int(server.getsockname()[1]), first_bytes
    finally:
        stop.set()
        thread.join(5)
        server.close()


def test_tls_failure_against_a_custom_base_url(errors_logged: _Recorder, app: App) -> None:
    with plain_http_server() as (port, first_bytes):
        app.client.base_url = f"https://127.0.0.1:{port}/api/v1"
        expect_unreachable(app)
    assert first_bytes and all(b[:1] == b"\x16" for b in first_bytes)  # TLS ClientHellos


# -- quitting while a comparison streams --------------------------------------------------------


def test_quit_while_four_columns_stream(
    errors_logged: _Recorder, app: App, monkeypatch: pytest.MonkeyPatch, qloop: Any
) -> None:
    from app.main import _stop_turns

    view = new_comparison(app, monkeypatch)
    assert len(view.columns) == 4
    app.fake.default = Scenario(text="word " * 3000, token_delay=0.01)
    view.send("Tell me everything")
    app.qtbot.waitUntil(
        lambda: all(len(c.transcript.streaming_text) > 100 for c in view.columns), timeout=10_000
    )
    # The app's own quit path (app/main.py _run's finally): stop the turns, then detach.
    started = time.monotonic()
    stopping = qloop.create_task(_stop_turns(app.window))
    app.qtbot.waitUntil(stopping.done, timeout=5000)
    app.window.detach()
    took = time.monotonic() - started
    print(f"\nquit with four columns streaming: {took * 1000:.0f} ms")
    assert took < 2.0
    assert not view.busy
    for column in view.columns:
        answer = app.history.messages(column.conversation_id)[-1]
        assert answer.role == "assistant" and answer.status is MessageStatus.STOPPED
        assert answer.content.startswith("word word") and len(answer.content) > 100
    assert streaming_rows(app) == 0
    app.fake.wait_for_disconnects(4, timeout=5)


# -- hostile and huge content ----------------------------------------------------------------------

HOSTILE = """\
Emoji 👩‍👩‍👧‍👦 🏳️‍🌈 🇫🇷 and combining é̃ and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.

עברית: שלום עולם, ومرحبا بالعالم — mixed with English.

| Column | Value |
|--------|-------|
| `a|b`  | <b>bold?</b> |
| 😀     | ![cell](file:///etc/passwd) |

````markdown
Outer fence
```python
print("inner fence")
```
still outer
````

<script>alert(1)</script><img src="file:///etc/passwd"><iframe src="https://example.org"></iframe>
<style>body { background: url(file:///etc/shadow) }</style>

[js](javascript:alert(1)) [file](file:///etc/passwd) [data](data:text/html;base64,PGI+eDwvYj4=)
![x](file:///etc/passwd) ![remote](https://tracker.example/pixel.png) ![rel](../../secret.png)
<https://example.org/ok> [ok](https://example.org/docs)
"""


@pytest.fixture
def resource_requests(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    asked: list[tuple[int, str]] = []
    original = Transcript.loadResource

    def record(self: Transcript, kind: int, name: Any) -> object:
        asked.append((kind, name.toString()))
        return original(self, kind, name)

    monkeypatch.setattr(Transcript, "loadResource", record)
    return asked


def test_hostile_markdown_renders_safely(
    errors_logged: _Recorder, app: App, resource_requests: list[tuple[int, str]]
) -> None:
    app.fake.push(Scenario(text=HOSTILE))
    app.send(HOSTILE)  # the same content as your message and as the answer
    app.wait_idle()
    text = plain(app)
    html = app.view.transcript.document().toHtml()
    assert "<script>alert(1)</script>" in text  # shown as text, never run
    assert "שלום עולם" in text and "👩‍👩‍👧‍👦" in text and "ومرحبا" in text
    assert 'print("inner fence")' in text and "still outer" in text
    assert "![x](file:///etc/passwd)" in text  # a file: image stays literal text
    assert "Image: remote" in text  # a web image is only a link, never fetched
    for forbidden in ("<img", "<iframe", "<script", 'href="javascript', 'href="file', 'href="data'):
        assert forbidden not in html.lower(), forbidden
    assert 'href="https://example.org/docs"' in html
    assert resource_requests == []
    (answer,) = answers(app)
    assert answer.content == HOSTILE and answer.status is MessageStatus.COMPLETE
    assert_still_usable(app, "hostile markdown")


def test_a_one_megabyte_prompt(errors_logged: _Recorder, app: App) -> None:
    paragraph = "The quick brown fox jumps over the lazy dog, again and again. " * 16 + "\n\n"
    prompt = (paragraph * (1_048_576 // len(paragraph) + 1))[:1_048_576]
    app.fake.push(Scenario(text="That was long."))
    started = time.monotonic()
    app.send(prompt)
    app.wait_idle(timeout=60_000)
    took = time.monotonic() - started
    print(f"\n1 MB prompt sent and shown in {took:.1f} s")
    (request,) = app.fake.chat_requests
    assert request.json["messages"][-1]["content"] == prompt
    user, answer = app.history.messages(app.view.conversation_id)
    assert user.content == prompt and answer.content == "That was long."
    assert "That was long." in plain(app)
    assert_still_usable(app, "a 1 MB prompt")


class StallProbe:
    """A 5 ms timer on the GUI thread; the longest gap between its ticks is how long the
    window could not react (to a click, a key, a repaint)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0
        self.ticks = 0

    def _tick(self) -> None:
        now = time.monotonic()
        if self.last:
            self.longest = max(self.longest, now - self.last)
        self.last = now
        self.ticks += 1

    def __enter__(self) -> StallProbe:
        self.last = time.monotonic()
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()


def test_a_hundred_thousand_token_answer_keeps_the_window_responsive(
    errors_logged: _Recorder, app: App, resource_requests: list[tuple[int, str]]
) -> None:
    # 2,000 chunks of 50 words: 100,000 tokens, in paragraphs, with some Markdown on the way.
    paragraph = "word " * 44 + "**bold** `code` and *more*.\n\n"
    chunks = [paragraph] * 2000
    chunks[1000] = "```python\n" + "x = 1\n" * 40 + "```\n\n"
    app.fake.push(Scenario(chunks=chunks))
    started = time.monotonic()
    with StallProbe() as probe:
        app.send("Write a book")
        app.wait_idle(timeout=120_000)
    took = time.monotonic() - started
    print(
        f"\n100k-token answer: {took:.1f} s to stream and render, "
        f"longest stall {probe.longest * 1000:.0f} ms over {probe.ticks} ticks"
    )
    (answer,) = answers(app)
    assert answer.status is MessageStatus.COMPLETE and answer.content == "".join(chunks)
    assert probe.longest < 2.0
    assert resource_requests == []
    assert "<img" not in app.view.transcript.document().toHtml()
    assert_still_usable(app, "a huge answer")


def test_streaming_a_long_code_block_renders_each_line_about_once(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic: the flush timer is driven by hand (one flush per 10 lines, as a model
    writing ~300 lines/s would get), and the work is counted in characters: rendered from
    Markdown, and put into the document (which Qt then lays out)."""
    rendered: list[int] = []
    original = Transcript._render

    def counting(self: Transcript, text: str, *args: Any, **kwargs: Any) -> str:
        rendered.append(len(text))
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(Transcript, "_render", counting)
    conversation = app.view.conversation_id
    app.history.add_message(conversation, "user", "Write the file")
    message = app.history.add_message(conversation, "assistant", "", status=MessageStatus.STREAMING)
    transcript = app.view.transcript
    inserted: list[int] = []
    transcript.document().contentsChange.connect(lambda _at, _gone, added: inserted.append(added))
    arrived = GrowingText()
    transcript.begin_stream(message, arrived)
    code = [f"value_{i} = compute({i}, '{i}')  # step {i}\n" for i in range(400)]
    lines = ["Here it is:\n", "```python\n", *code, "```\n", "\n", "Done.\n"]
    for number, line in enumerate(lines):
        for piece in (line[:7], line[7:]):  # lines arrive in pieces
            arrived.add(piece)
            transcript.stream_grew()
        if number % 10 == 9:
            transcript._flush()
            shown = transcript.toPlainText()
            # While it streams, the code shown is exactly the code so far.
            so_far = "".join(code[: max(0, number - 1)]).rstrip("\n")
            assert so_far in shown and "```" not in shown
    answer = "".join(lines)
    transcript.end_stream(
        app.history.update_message(message.id, content=answer, status=MessageStatus.COMPLETE)
    )
    assert "".join(code).rstrip("\n") in transcript.toPlainText()
    print(
        f"\ncode block: {sum(rendered):,} characters rendered and {sum(inserted):,} put into "
        f"the document for a {len(answer):,}-character answer"
    )
    assert sum(rendered) <= 4 * len(answer)
    assert sum(inserted) <= 4 * len(answer)


def test_disk_full_while_an_answer_streams(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write to the history fails from the first streamed token on (an injected
    SQLITE_FULL). The person is told; once space is back the window works again."""
    real_update = app.history.update_message

    def full(*args: Any, **kwargs: Any) -> Any:
        raise sqlite3.OperationalError("database or disk is full")

    app.fake.push(Scenario(chunks=PIECES, token_delay=0.05))
    app.chat._checkpoint_interval = 0.0  # write on every token
    monkeypatch.setattr(app.history, "update_message", full)
    app.send("Go")
    app.wait_idle()
    text = shown(app)
    assert "disk" in text.lower() or "could not be saved" in text.lower(), text
    assert_plain_language(text)
    monkeypatch.setattr(app.history, "update_message", real_update)
    assert_still_usable(app, "a full disk")


# -- the key, through compare, errors and exports -----------------------------------------------


def test_compare_with_errors_and_exports_leaves_the_key_nowhere(
    app: App, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import io

    from app.store.logs import setup_logging
    from tests.fakes.fake_openrouter import VALID_KEY

    stream = io.StringIO()
    root = logging.getLogger()
    before = list(root.handlers), root.level
    setup_logging(tmp_path / "logs", level=logging.DEBUG, stream=stream)
    try:
        view = new_comparison(app, monkeypatch)
        app.fake.push(
            Scenario(text="Column one."),
            Scenario(chunks=PIECES, mid_error="with_choices"),
            Scenario(status=401),
            Scenario(chunks=PIECES, drop_after=2),
        )
        view.send("Compare this")
        app.qtbot.waitUntil(lambda: not view.busy, timeout=15_000)
        app.notices.answer(tmp_path / "comparison.md", tmp_path / "spending.csv")
        app.window.files.export_comparison(view.comparison_id)
        app.window.files.export_spending()
        app.qtbot.waitUntil(lambda: app.notices.said("rows of spending"))  # off the UI thread
        app.qtbot.waitUntil((tmp_path / "comparison.md").exists)
        logging.getLogger("switchboard.test").debug("client is %r", app.client)
    finally:
        for handler in list(root.handlers):
            if handler not in before[0]:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(before[1])
    assert (tmp_path / "comparison.md").is_file() and (tmp_path / "spending.csv").is_file()
    assert "Column one." in (tmp_path / "comparison.md").read_text()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "switchboard.log" for p in files)
    for path in files:
        data = path.read_bytes()
        for needle in (VALID_KEY, VALID_KEY[10:40], VALID_KEY[-30:]):
            assert needle.encode() not in data, (path, needle)
    shown_text = " ".join(c.transcript.toPlainText() + c.stats.text() for c in view.columns)
    assert VALID_KEY[10:40] not in shown_text + stream.getvalue()
    assert "has_key=True" in stream.getvalue()  # the logged client really was there
