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
import logging.handlers
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


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates its files readable by the user only (0600), rotated ones included."""

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.baseFilename, flags, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


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
        _PrivateRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
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
