"""Secrets never reach text that leaves the process: redact(), redact_value(), and the log
file (messages, arguments, tracebacks)."""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.redact import (
    REDACTED,
    add_known_secret,
    crash_text,
    forget_known_secrets,
    redact,
    redact_value,
)
from app.store.logs import (
    LOG_FILE_NAME,
    RedactingFilter,
    add_redaction_to_handlers,
    install_redaction_for_known_secret,
    setup_logging,
)

KEY = "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"


@pytest.fixture(autouse=True)
def _no_known_secrets() -> Iterator[None]:
    forget_known_secrets()
    yield
    forget_known_secrets()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"key {KEY} here", "key [redacted] here"),
        (f"Authorization: Bearer {KEY}", "Authorization: Bearer [redacted]"),
        ("authorization: Bearer abc.def-ghi", "authorization: Bearer [redacted]"),
        ("Authorization: Basic Zm9vOmJhcg==", "Authorization: Basic [redacted]"),
        (f"{{'Authorization': 'Bearer {KEY}', 'x': 1}}", "{'Authorization': '[redacted]', 'x': 1}"),
        (
            '{"authorization":"Bearer xyz","model":"m"}',
            '{"authorization":"[redacted]","model":"m"}',
        ),
        ('{"key":"sk-or-v1-abc","user_id":"u"}', '{"key":"[redacted]","user_id":"u"}'),
        ("x-api-key: abcdef123", "x-api-key: [redacted]"),
        ("GET https://x/y?key=abcd&z=1", "GET https://x/y?key=[redacted]&z=1"),
        ("/callback?code=abc123&state=1", "/callback?code=[redacted]&state=1"),
        ("OPENROUTER_API_KEY=zzzzzzzz python", "OPENROUTER_API_KEY=[redacted] python"),
        ("sk-proj-abcdefghijklmnopqrstuvwx and more", "[redacted] and more"),
        (f"curl -H 'Authorization: Bearer {KEY}'", "curl -H 'Authorization: Bearer [redacted]'"),
    ],
)
def test_redact_patterns(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(expected) == expected  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "",
        "sk-learn is a library",
        "the bearer of good news",
        "Model microsoft/wizardlm-2-8x22b answered in 1.2 s",
        "HTTP 401: User not found.",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text) == text


def test_known_secrets_of_any_shape_are_redacted() -> None:
    local_key = "my-local-server-key-42"
    assert redact(f"using {local_key} now") == f"using {local_key} now"
    add_known_secret(local_key)
    add_known_secret("short")  # too short to register: it would blank ordinary words
    add_known_secret(None)
    assert redact(f"using {local_key} now") == "using [redacted] now"
    assert redact("a short note") == "a short note"
    forget_known_secrets()
    assert local_key in redact(local_key)


def test_redact_value_walks_structures() -> None:
    data = {
        "headers": {"Authorization": "Bearer x", "Content-Type": "application/json"},
        "items": [KEY, ("a", "sk-or-v1-abcd")],
        "api_key": "anything-at-all",
        "key": "",
        "n": 3,
        "note": f"with {KEY} inside",
    }
    assert redact_value(data) == {
        "headers": {"Authorization": REDACTED, "Content-Type": "application/json"},
        "items": [REDACTED, ("a", REDACTED)],
        "api_key": REDACTED,
        "key": "",
        "n": 3,
        "note": "with [redacted] inside",
    }
    assert data["api_key"] == "anything-at-all"  # a copy, not in place


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[tuple[Path, io.StringIO]]:
    stream = io.StringIO()
    root = logging.getLogger()
    old_level = root.level
    path = setup_logging(tmp_path / "logs", stream=stream)
    yield path, stream
    for handler in list(root.handlers):
        if getattr(handler, "_switchboard_handler", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(old_level)


def read_all(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_messages_args_and_tracebacks_are_redacted(log_file: tuple[Path, io.StringIO]) -> None:
    path, stream = log_file
    log = logging.getLogger("switchboard.test")
    log.info("key in message %s", "x")
    log.info("key in args: %s and %r", KEY, {"Authorization": f"Bearer {KEY}"})
    log.warning(f"key in the message itself: {KEY}")
    try:
        raise RuntimeError(f"the server said no to {KEY}")
    except RuntimeError:
        log.exception("request failed")
    log.error("with stack", stack_info=True, extra={"k": KEY})
    log.info("bad format %s %s", KEY)  # a broken call still logs, redacted
    text = read_all(path)
    assert path.name == LOG_FILE_NAME
    assert KEY not in text and "sk-or-v1-0e6f" not in text
    assert KEY not in stream.getvalue()
    assert "key in args: [redacted] and {'Authorization': '[redacted]'}" in text
    assert "RuntimeError: the server said no to [redacted]" in text
    assert "Traceback (most recent call last)" in text and "Stack (most recent call last)" in text
    assert "bad format" in text


def test_an_exception_text_reaches_no_handler_unredacted(
    log_file: tuple[Path, io.StringIO],
) -> None:
    path, _stream = log_file
    add_known_secret("custom-key-without-prefix-123")

    class BoomError(Exception):
        pass

    try:
        raise BoomError("custom-key-without-prefix-123 was refused")
    except BoomError:
        logging.getLogger("x").error("oops", exc_info=True)
    text = read_all(path)
    assert "custom-key-without-prefix-123" not in text
    assert "BoomError: [redacted] was refused" in text


def test_httpx_logs_are_quiet_and_setup_is_idempotent(
    log_file: tuple[Path, io.StringIO], tmp_path: Path
) -> None:
    path, _stream = log_file
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() == logging.WARNING
    before = len(logging.getLogger().handlers)
    assert setup_logging(path.parent) == path
    assert len(logging.getLogger().handlers) == before - 1  # the stream handler went too
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_the_file_rotates(log_file: tuple[Path, io.StringIO]) -> None:
    path, _stream = log_file
    log = logging.getLogger("rotate")
    for _ in range(1200):
        log.info("x" * 1000)
    read_all(path)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1"]
    assert path.stat().st_size <= 1_000_000
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_other_handlers_can_get_the_filter() -> None:
    stream = io.StringIO()
    logger = logging.getLogger("other.handlers")
    handler = logging.StreamHandler(stream)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        add_redaction_to_handlers(logger)
        add_redaction_to_handlers(logger)
        assert sum(isinstance(f, RedactingFilter) for f in handler.filters) == 1
        logger.warning("token %s", KEY)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    assert stream.getvalue() == "token [redacted]\n"


def test_known_secret_alias_and_crash_text() -> None:
    install_redaction_for_known_secret("another-odd-secret-value")
    try:
        raise ValueError("another-odd-secret-value and " + KEY)
    except ValueError as error:
        text = crash_text(type(error), error, error.__traceback__)
    assert "ValueError: [redacted] and [redacted]" in text
    assert "another-odd-secret-value" not in text


def test_rotation_keeps_the_newest_files_in_order(tmp_path: Path) -> None:
    from app.store.logs import _PrivateRotatingFileHandler

    path = tmp_path / "a.log"
    handler = _PrivateRotatingFileHandler(path, max_bytes=100, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for number in range(12):
            handler.handle(logging.makeLogRecord({"msg": f"line {number:02} " + "x" * 40}))
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["a.log", "a.log.1", "a.log.2"]  # two old files kept, the rest gone
    assert [
        p.read_text().split()[1]
        for p in (path.with_name("a.log.2"), path.with_name("a.log.1"), path)
    ] == [
        "06",
        "08",
        "10",
    ]
    assert all(p.stat().st_size <= 100 for p in tmp_path.iterdir())
    if os.name == "posix":
        assert {stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()} == {0o600}
