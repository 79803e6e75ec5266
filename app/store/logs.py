"""The log file, with every secret taken out before anything is written.

``setup_logging(paths.logs)`` sends the root logger to ``switchboard.log`` (rotated at 1 MB,
three old files kept, readable by the user only) and optionally to a stream. Every handler it
installs carries a ``RedactingFilter``: the message, its arguments, the traceback and the stack
are formatted first and then redacted, so a key inside an exception's text or inside a logged
dict never reaches a file. httpx and httpcore log each request URL at INFO; they are held at
WARNING.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path
from typing import TextIO

from app.core.redact import add_known_secret, redact

LOG_FILE_NAME = "switchboard.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
QUIET_LOGGERS = ("httpx", "httpcore", "hpack")

_OURS = "_switchboard_handler"


class RedactingFilter(logging.Filter):
    """Rewrites each record in place: message merged with its args and redacted, traceback
    and stack formatted and redacted. Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is, readable and redacted
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
            # Handlers that format exc_info themselves would see the raw exception again.
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _PrivateRotatingFileHandler(logging.FileHandler):
    """Appends to a file readable by the user only (0600), rotated ones included: a record
    that would take it past ``max_bytes`` first moves it to ``.1`` (``.1`` to ``.2``…,
    ``backups`` kept). As ``logging.handlers.RotatingFileHandler`` does, written here: that
    module brings pickle, sockets and queues along (0.8 MB of idle memory)."""

    def __init__(self, path: Path, *, max_bytes: int, backups: int) -> None:
        self._max_bytes, self._backups = max_bytes, backups
        super().__init__(path, encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
        except Exception:  # (as logging does: a problem is reported, never raised)
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.seek(0, io.SEEK_END)
        added = len(f"{self.format(record)}\n".encode(self.encoding or "utf-8", "replace"))
        return size > 0 and size + added > self._max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()  # (flushed first)
        for number in range(self._backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def setup_logging(
    logs_dir: Path,
    *,
    level: int = logging.INFO,
    stream: TextIO | None = None,
) -> Path:
    """Log to ``logs_dir/switchboard.log`` (and ``stream`` if given); returns the file's path.

    Calling it again replaces the handlers it installed before instead of adding more.
    """
    logs_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = logs_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [
        _PrivateRotatingFileHandler(path, max_bytes=MAX_BYTES, backups=BACKUP_COUNT)
    ]
    if stream is not None:
        handlers.append(logging.StreamHandler(stream))
    formatter = logging.Formatter(FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    return path


def add_redaction_to_handlers(logger: logging.Logger | None = None) -> None:
    """Put a ``RedactingFilter`` on every handler of ``logger`` (the root by default) that has
    none, e.g. handlers a test or a library installed before ``setup_logging``."""
    target = logger if logger is not None else logging.getLogger()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())


def install_redaction_for_known_secret(secret: str | None) -> None:
    """Redact this exact string from every log record and crash text from now on, whatever
    its shape (keys for OpenAI-compatible servers need not look like ``sk-…``)."""
    add_known_secret(secret)


__all__ = [
    "LOG_FILE_NAME",
    "RedactingFilter",
    "add_redaction_to_handlers",
    "install_redaction_for_known_secret",
    "setup_logging",
]
