"""Server-sent events, decoded incrementally from bytes (sans-I/O).

Lines are split on bytes before UTF-8 decoding, so a character cut across reads survives.
``\\n``, ``\\r\\n`` and ``\\r`` all end a line, even when ``\\r`` and ``\\n`` arrive in
different reads. Comment lines (``: OPENROUTER PROCESSING``) become ``Comment`` items and are
never treated as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_EOL = re.compile(rb"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Comment:
    text: str


@dataclass(frozen=True, slots=True)
class Event:
    data: str
    event: str = "message"


class SSEDecoder:
    """Feed bytes, get comments and complete events in order."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._skip_lf = False  # the previous read ended on \r: a leading \n belongs to it
        self._data: list[str] = []
        self._event = ""

    def feed(self, chunk: bytes) -> list[Comment | Event]:
        out: list[Comment | Event] = []
        if not chunk:
            return out  # an empty read must not forget a pending \r
        if self._skip_lf and chunk[:1] == b"\n":
            chunk = chunk[1:]
        self._skip_lf = False
        self._buffer += chunk
        for line in self._take_lines():
            item = self._line(line)
            if item is not None:
                out.append(item)
        return out

    def _take_lines(self) -> list[bytes]:
        buf = bytes(self._buffer)
        lines: list[bytes] = []
        start = 0
        for match in _EOL.finditer(buf):
            lines.append(buf[start : match.start()])
            start = match.end()
        if start and start == len(buf) and buf[-1:] == b"\r":
            self._skip_lf = True
        del self._buffer[:start]
        return lines

    def _line(self, raw: bytes) -> Comment | Event | None:
        line = raw.decode("utf-8", errors="replace")
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return Comment(line[1:].strip())
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        # id and retry do not matter to a chat client; unknown fields are ignored by the spec.
        return None

    def _dispatch(self) -> Event | None:
        if not self._data:
            self._event = ""
            return None
        event = Event("\n".join(self._data), self._event or "message")
        self._data = []
        self._event = ""
        return event
