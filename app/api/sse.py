"""Server-sent events, decoded incrementally from bytes (sans-I/O).

Lines are split on bytes before UTF-8 decoding, so a character cut across reads survives.
``\\n``, ``\\r\\n`` and ``\\r`` all end a line, even when ``\\r`` and ``\\n`` arrive in
different reads. Comment lines (``: OPENROUTER PROCESSING``) become ``Comment`` items and are
never treated as data.

Linear time: the decoder remembers how far it has scanned an unfinished line, so a line that
arrives in many reads is scanned once. Sizes are capped (``MAX_LINE_BYTES`` for one line,
``MAX_EVENT_BYTES`` for the data of one event): past them ``ResponseTooLargeError`` is raised
instead of buffering without end. Both are far above any real chunk (an image answer's base64
data URL included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import ResponseTooLargeError

MAX_LINE_BYTES = 4 * 1024 * 1024
MAX_EVENT_BYTES = 8 * 1024 * 1024

_EOL = re.compile(rb"\r\n|\r|\n")
_CR, _LF = 13, 10  # as ints, ``in`` is one memchr (a bytes needle costs ten times more)


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
        self._scanned = 0  # bytes of _buffer already known to hold no line end
        self._skip_lf = False  # the previous read ended on \r: a leading \n belongs to it
        self._data: list[str] = []
        self._data_bytes = 0
        self._event = ""
        self.failed: ResponseTooLargeError | None = None

    def feed(self, chunk: bytes) -> list[Comment | Event]:
        """Items completed by ``chunk``. Past a size limit ``ResponseTooLargeError`` is raised;
        items completed before it in the same read are returned first (``failed`` is then
        set, and the next ``feed`` raises it)."""
        return [
            item if isinstance(item, Comment) else Event(*item) for item in self.feed_raw(chunk)
        ]

    def one_event(self, chunk: bytes) -> tuple[str, str] | None:
        """What ``feed_raw`` would return for ``chunk`` when it is exactly one whole
        ``data: …`` event (LF endings) and nothing is pending: the usual read, handled
        without splitting lines. None otherwise, and nothing is consumed."""
        if (
            chunk[:6] != b"data: "
            or chunk[-2:] != b"\n\n"
            or chunk.find(_LF) != len(chunk) - 2
            or _CR in chunk
            or len(chunk) > MAX_EVENT_BYTES
            or self._buffer
            or self._data
            or self._event
            or self._skip_lf
            or self.failed is not None
        ):
            return None
        return chunk[6:-2].decode("utf-8", errors="replace"), "message"

    def feed_raw(self, chunk: bytes) -> list[Comment | tuple[str, str]]:
        """``feed`` with each event as a ``(data, event name)`` pair: no object per event
        (the stream parser's hot path)."""
        if self.failed is not None:
            raise self.failed
        out: list[Comment | tuple[str, str]] = []
        if not chunk:
            return out  # an empty read must not forget a pending \r
        if self._skip_lf and chunk[:1] == b"\n":
            chunk = chunk[1:]
        self._skip_lf = False
        try:
            if _CR in chunk:
                self._buffer += chunk
                lines = self._take_lines()
            elif _LF in chunk:  # only \n ends a line, and the buffer holds no line end
                lines = chunk.split(b"\n")
                if self._buffer:
                    lines[0] = bytes(self._buffer) + lines[0]
                    self._buffer.clear()
                self._buffer += lines.pop()
                self._scanned = len(self._buffer)
            else:
                self._buffer += chunk
                self._scanned = len(self._buffer)
                lines = []
            self._lines(lines, out)
            if len(self._buffer) > MAX_LINE_BYTES:
                self._buffer = bytearray()
                self._scanned = 0
                raise ResponseTooLargeError(
                    f"a stream line longer than {MAX_LINE_BYTES} bytes without a line end"
                )
        except ResponseTooLargeError as error:
            self.failed = error
            if not out:
                raise
        return out

    def _lines(self, lines: list[bytes], out: list[Comment | tuple[str, str]]) -> None:
        for raw in lines:
            if not raw:  # the common lines inline: a blank line, then data
                if (event := self._dispatch()) is not None:
                    out.append(event)
            elif raw[:6] == b"data: " and self._data_bytes + len(raw) <= MAX_EVENT_BYTES:
                self._data_bytes += len(raw)
                self._data.append(raw[6:].decode("utf-8", errors="replace"))
            elif (item := self._line(raw)) is not None:
                out.append(item)

    def _take_lines(self) -> list[bytes]:
        buf = self._buffer
        lines: list[bytes] = []
        start = 0
        for match in _EOL.finditer(buf, self._scanned):
            lines.append(bytes(buf[start : match.start()]))
            start = match.end()
        if start and start == len(buf) and buf[-1:] == b"\r":
            self._skip_lf = True
        del buf[:start]
        self._scanned = len(buf)  # what is left has no line end: never scan it again
        return lines

    def _line(self, raw: bytes) -> Comment | tuple[str, str] | None:
        line = raw.decode("utf-8", errors="replace")
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return Comment(line[1:].strip())
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data_bytes += len(raw)
            if self._data_bytes > MAX_EVENT_BYTES:
                self._data, self._data_bytes = [], 0
                raise ResponseTooLargeError(f"a stream event larger than {MAX_EVENT_BYTES} bytes")
            self._data.append(value)
        elif name == "event":
            self._event = value
        # id and retry do not matter to a chat client; unknown fields are ignored by the spec.
        return None

    def _dispatch(self) -> tuple[str, str] | None:
        if not self._data:
            self._event = ""
            return None
        event = ("\n".join(self._data), self._event or "message")
        self._data = []
        self._data_bytes = 0
        self._event = ""
        return event
