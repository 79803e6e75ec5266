"""Where a growing answer can be cut: ``StablePrefixTracker`` finds how much of it has settled
into blocks that later text cannot change (so a view renders that part once and only re-renders
the tail), and ``iter_pieces`` cuts a long finished answer at the same places."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it import MarkdownIt

__all__ = [
    "TABLE_ROWS_PER_PIECE",
    "Continuation",
    "Piece",
    "StablePrefixTracker",
    "iter_pieces",
    "split_for_display",
    "stable_prefix_length",
]

TABLE_ROWS_PER_PIECE = 25  # a table going on settles after every this many rows


@dataclass(frozen=True, slots=True)
class Continuation:
    """What a piece of an answer continues from the piece before it, when they were split
    inside a top-level list or table: the number its first ordered item shows, or the table's
    header and delimiter lines (its rows render under them, without repeating the header)."""

    list_number: int | None = None
    table_head: str | None = None


class Piece(NamedTuple):
    """A part of an answer that renders on its own (see ``split_for_display``)."""

    text: str
    continues: Continuation | None  # what it continues from the piece before
    open_end: bool  # the next piece continues its last list or table


def split_for_display(text: str, piece_chars: int = 16_000) -> list[Piece]:
    """``text`` cut where the stable-prefix tracker would settle it while streaming, into
    pieces of about ``piece_chars`` (or more, when no cut comes sooner). Rendered one after
    the other, they show what the whole would (a long list or table as several)."""
    return list(iter_pieces(text, piece_chars))


def iter_pieces(text: str, piece_chars: int = 16_000) -> Iterator[Piece]:
    """``split_for_display`` piece by piece: the text is scanned only as far as the piece
    asked for needs (the first piece of a long answer comes at once)."""
    tracker = StablePrefixTracker(record=True)
    points = tracker.points
    assert points is not None
    start, continues, fed, seen = 0, None, 0, 0
    while fed < len(text):
        tracker.feed(text[fed : fed + piece_chars])
        fed += piece_chars
        # (The last point may still change its context until its line ends: not used yet.)
        while seen < len(points) - 1:
            offset, context = points[seen]
            seen += 1
            if offset - start >= piece_chars:
                yield Piece(text[start:offset], continues, context is not None)
                start, continues = offset, context
    for offset, context in points[seen:]:
        if offset - start >= piece_chars and offset < len(text):
            yield Piece(text[start:offset], continues, context is not None)
            start, continues = offset, context
    yield Piece(text[start:], continues, False)


def stable_prefix_length(text: str) -> int:
    """Length of the longest prefix of ``text`` that later text cannot change.

    See ``StablePrefixTracker`` for the rule; this is the same computed in one go.
    """
    return StablePrefixTracker().feed(text)


# ---------------------------------------------------------------------------------------------
# Streaming: where the settled part of a growing answer ends

_LIST_MARKER = re.compile(r"(?:[-+*]|(\d{1,9})[.)])(?= |$)")
_FENCE_RUN = re.compile(r"`{3,}|~{3,}")
_MAX_READINGS = 32

# One way to read the text so far: None (no fence open), or an open fence as
# (fence char, run length, quote depth, spaces before its first ">", content column after quotes).
_Reading = tuple[str, int, int, int, int] | None


class _Line(NamedTuple):
    """The container markers that start a line (tabs already expanded)."""

    depth: int  # ">" markers
    quote_base: int  # column after the last ">" (0 without quotes)
    quote_indents: tuple[int, ...]  # where the first ">" may stand in its (unknown) container
    item: int  # content column of a list item opened after the last ">", or -1
    number: int  # that item's ordered-list number, or -1
    marker: int  # column of that item's marker, relative to quote_base
    deep: bool  # the first marker is indented 4+: it may be indented code instead
    odd: bool  # quotes nested around list items or indentation: not followed
    text: str  # the rest of the line, from its first non-space character
    indent: int  # column where ``text`` starts


class StablePrefixTracker:
    """Feeds on a streaming answer and reports how long its settled prefix is.

    The settled prefix ends right after a blank line, once the next line has started in column
    0 with a non-blank character and no fenced code block is open at the top level. Such a line
    ends every paragraph, list item, block quote and indented code block before it (and any fence
    inside them), so nothing after it can change how the prefix renders: code blocks are never
    split. (Only cosmetic differences remain possible, such as one list rendered as two, or a
    link whose reference definition comes later.) A fence that opens in column 0 outside any
    container settles what came before it too (it ends every paragraph, list and quote), and
    once it closes, it is settled itself. While such a fence is open, ``open_fence_start`` says
    where it begins: its code can only grow, line by line.

    Whether a fence is open can depend on containers this scanner does not track (is a fence
    indented by two spaces inside a list item, or at the top level?). Where it matters, the
    tracker keeps every reading and commits only when all of them agree. Input it cannot follow
    (a lone carriage return, quotes nested oddly around a fence) stops it committing for the
    rest of the answer, which is always safe.

    Inside a long top-level list or table there is no blank line, so the prefix also settles
    before each new top-level list item (a line that starts one in column 0 ends the items
    before it) and after each table row. The piece that follows then renders on its own with
    ``stable_context``: the number its first item shows, or the table's header to parse its
    rows under. (A tight list split in two looks like the whole even if a later blank line
    makes the whole loose; that spacing is the one difference.)

    Each ``feed`` scans only the new text (a line is examined once, when it ends), so the cost
    per streamed token stays flat however long the answer grows.
    """

    __slots__ = (
        "_context",
        "_fence_start",
        "_header",
        "_item",
        "_length",
        "_line_parts",
        "_line_start",
        "_line_started",
        "_list",
        "_poisoned",
        "_prev_blank",
        "_prev_quote",
        "_readings",
        "_rows",
        "_stable",
        "_table",
        "points",
    )

    def __init__(self, *, record: bool = False) -> None:
        self._length = 0  # characters fed so far
        self._stable = 0
        self._line_start = 0  # offset where the current (unfinished) line starts
        self._line_parts: list[str] = []
        self._line_started = False  # has the current line's first character been seen?
        self._prev_blank = True  # was the last complete line blank (or is there none)?
        self._readings: set[_Reading] = {None}
        # (quote depth, content column) of the list item the lines since its marker belong to.
        self._item: tuple[int, int] | None = None
        self._poisoned = False
        self._fence_start = 0
        self._context: Continuation | None = None
        # The top-level list the last lines belong to: (its kind, the next item's number).
        self._list: tuple[str, int] | None = None
        self._table: str | None = None  # header and delimiter of the top-level table going on
        self._rows = 0  # its rows so far
        self._header: str | None = None  # the last line, when it may be a table's header
        self._prev_quote = False  # the last non-blank line was in a block quote
        # Every settle point as (offset, context), when recording (see ``split_for_display``).
        self.points: list[tuple[int, Continuation | None]] | None = [] if record else None

    @property
    def stable_length(self) -> int:
        return self._stable

    @property
    def stable_context(self) -> Continuation | None:
        """What the text after the stable prefix continues (see the class docstring)."""
        return self._context

    def _settle(self, offset: int, context: Continuation | None = None) -> None:
        if offset < self._stable or (offset == self._stable and context == self._context):
            return
        self._stable, self._context = offset, context
        if self.points is not None:
            if self.points and self.points[-1][0] == offset:
                self.points.pop()
            self.points.append((offset, context))

    def feed(self, new_text: str) -> int:
        """Append ``new_text`` to what was fed before; return the current stable length."""
        pos = 0
        end = len(new_text)
        while pos < end:
            newline = new_text.find("\n", pos)
            piece_end = end if newline < 0 else newline
            if piece_end > pos:
                if not self._line_started:
                    self._line_started = True
                    self._first_char(new_text[pos])
                self._line_parts.append(new_text[pos:piece_end])
            if newline < 0:
                break
            line = "".join(self._line_parts)
            self._line_parts.clear()
            before, item_before, blank_before = self._readings, self._item, self._prev_blank
            was_open, was_top_fence = before != {None}, self._top_fence_open()
            shape = self._end_line(line.removesuffix("\r"))
            line_end = self._length + newline + 1
            if not was_open and self._top_fence_open():
                # A fence opening in column 0 outside any container ends whatever came before.
                self._settle(self._line_start)
                self._fence_start = self._line_start
            elif was_top_fence and not self._poisoned and self._readings == {None}:
                self._settle(line_end)  # and once it closes, it is settled
            elif shape is not None:
                self._containers(
                    line, shape, before, line_end, after_blank=blank_before, item=item_before
                )
            self._line_started = False
            self._line_start = self._length + newline + 1
            pos = newline + 1
        self._length += end
        return self._stable

    @property
    def open_fence_start(self) -> int | None:
        """Where the fenced code block still open at the end begins, when it stands in column 0
        outside any container (its code then only grows line by line); None otherwise."""
        return self._fence_start if self._top_fence_open() else None

    def _top_fence_open(self) -> bool:
        if self._poisoned or len(self._readings) != 1:
            return False
        (reading,) = self._readings
        return reading is not None and reading[2] == 0 and reading[4] == 0

    def _first_char(self, ch: str) -> None:
        if not self._prev_blank or self._poisoned or ch in " \t\r" or not self._line_start:
            return
        # A column-0 line after a blank line ends every container, so only a fence at the top
        # level (no quote, content column 0) can still be open after it.
        if _column_0_ends_all(self._readings):
            self._settle(self._line_start)

    def _containers(
        self,
        raw: str,
        shape: _Line,
        before: set[_Reading],
        line_end: int,
        *,
        after_blank: bool,
        item: tuple[int, int] | None,
    ) -> None:
        """Settle inside a long top-level list or table (see the class docstring).
        ``after_blank``: the line before was blank; ``item``: the list item it was in."""
        fresh = after_blank or item is None
        line = raw.removesuffix("\r")
        blank = not line.strip(" \t")
        header, self._header = self._header, None
        # A quote's lazy lines go on until a blank line: no table starts among them.
        self._prev_quote = quote = not blank and (self._prev_quote or shape.depth > 0)
        if blank:
            self._table = None
            return
        if self._table is not None:
            if self._readings == {None} and _table_row(line, shape):
                # Every row could settle, but each piece becomes a table of its own, and Qt
                # lays out many small tables slower than a few larger ones.
                self._rows += 1
                if self._rows % TABLE_ROWS_PER_PIECE == 0:
                    self._settle(line_end, Continuation(table_head=self._table))
                return
            self._table = None
        top_item = (
            shape.item >= 0
            and shape.depth == 0
            and shape.marker == 0
            and not line[:1].isspace()
            and _column_0_ends_all(before)
        )
        if top_item:
            self._list = self._list_item(line, shape, after_blank=after_blank)
            return
        if shape.depth or self._item is None:
            self._list = None  # (conservative: a lazy line ends it here too)
        if header is not None and self._list is None and _DELIMITER_ROW.match(line):
            head = f"{header}\n{line}\n"
            if _is_table(head):
                self._table, self._rows = head, 0
                return
        may_head = "|" in line and not line[:1].isspace() and shape.depth == 0 and fresh
        if may_head and self._list is None and not quote and self._readings == {None}:
            self._header = line

    def _list_item(self, line: str, shape: _Line, *, after_blank: bool) -> tuple[str, int]:
        """Settle before a line that starts a top-level list item, when sure it does and of
        which number; the list's state after it."""
        marker = line[: len(line) - len(shape.text)].strip()
        kind = marker[-1] if shape.number >= 0 else marker
        if not shape.text.strip() or "|" in line or _THEMATIC.match(line):
            return ("?", 0)  # perhaps no item (or a table's header): numbers now unknown
        known = self._list
        if known is not None and known[0] == kind:
            number = known[1]  # the next item of the same list
        elif shape.number < 0:
            number = -1  # a bullet: no number to get right
        elif known is not None and known[0] == "?":
            return ("?", 0)  # it may go on the list of unknown numbers
        elif shape.number == 1 or after_blank or known is not None:
            number = shape.number  # a new list (another kind of marker starts another list)
        else:
            return ("?", 0)  # an ordered item that may not interrupt what came before
        self._settle(self._line_start, Continuation(list_number=number))
        return (kind, number + 1)

    def _end_line(self, raw: str) -> _Line | None:
        after_text = not self._prev_blank
        self._prev_blank = blank = not raw.strip(" \t")
        if self._poisoned:
            return None
        if "\r" in raw:  # markdown-it breaks lines at a lone CR too; don't guess
            self._poison()
            return None
        line = raw.expandtabs(4)
        shape = _parse_line(line)
        readings: set[_Reading] = set()
        for reading in self._readings:
            after = _next_readings(reading, line, shape, after_text, self._item)
            if after is None or len(readings) + len(after) > _MAX_READINGS:
                self._poison()
                return None
            readings.update(after)
        self._readings = readings
        if shape.item >= 0:
            self._item = (shape.depth, shape.item - shape.quote_base)
        elif not blank and not (
            self._item is not None
            and self._item[0] == shape.depth
            and shape.indent - shape.quote_base >= self._item[1]
        ):
            self._item = None
        return shape

    def _poison(self) -> None:
        self._poisoned = True
        self._readings = {None}
        self._list = self._table = self._header = None


def _column_0_ends_all(readings: set[_Reading]) -> bool:
    """A column-0 line ends every container: only a top-level fence would survive it."""
    return all(r is None or (r[2] == 0 and r[4] > 0) for r in readings)


_THEMATIC = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_DELIMITER_ROW = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")


def _table_row(line: str, shape: _Line) -> bool:
    """Whether ``line`` (not blank) goes on a table: anything but the start of another block."""
    if shape.depth or shape.item >= 0 or shape.indent >= 4:
        return False
    text = shape.text
    return not (_FENCE_RUN.match(text) or _THEMATIC.match(line) or _HEADING.match(line))


@functools.lru_cache(maxsize=64)
def _is_table(head: str) -> bool:
    tokens = _parser().parse(head)
    return bool(tokens) and tokens[0].type == "table_open"


def _parse_line(line: str) -> _Line:
    end = len(line)
    pos = depth = quote_base = marker = 0
    quote_indents: tuple[int, ...] = ()
    item = number = -1
    deep = odd = False
    while True:
        start = pos
        while pos < end and line[pos] == " ":
            pos += 1
        found = _LIST_MARKER.match(line, pos) if line[pos : pos + 1] != ">" else None
        if pos >= end or (found is None and line[pos] != ">"):
            pos = start
            break
        if pos - (item if item >= 0 else start) > 3:
            if depth or item >= 0:
                pos = start
                break
            deep = True  # in a list item, or indented code: can't tell
        if found is None:  # a ">"
            if depth and (item >= 0 or pos > start):
                odd = True
            if not depth:
                # After a list marker the quote sits at that item's content column; otherwise
                # it may be inside a list item we don't know about.
                quote_indents = (item,) if item >= 0 else tuple(range(max(0, pos - 3), pos + 1))
            depth += 1
            pos += 1 + (line[pos + 1 : pos + 2] == " ")
            quote_base = pos
            item = number = -1
            continue
        marker = pos - quote_base
        number = int(found.group(1)) if found.group(1) else -1
        after = found.end()
        pos = after
        while pos < end and line[pos] == " ":
            pos += 1
        if pos - after >= 5 or pos == end:
            item = after + 1  # the rest (if any) is indented code inside the item
            break
        item = pos
    text = line[pos:].lstrip(" ")
    return _Line(
        depth, quote_base, quote_indents, item, number, marker, deep, odd, text, end - len(text)
    )


def _next_readings(
    reading: _Reading, line: str, shape: _Line, after_text: bool, item: tuple[int, int] | None
) -> list[_Reading] | None:
    """The readings after ``line`` given one before it; None when the line can't be followed."""
    if reading is None:
        return _open_readings(line, shape, after_text, item)
    char, run, depth, quote_indent, content = reading
    pos = 0
    if depth:
        first = len(line) - len(line.lstrip(" "))
        if not quote_indent <= first <= quote_indent + 3 or line[first : first + 1] != ">":
            return _open_readings(line, shape, after_text, item)  # the quote (and fence) ended
        pos = first + 1 + (line[first + 1 : first + 2] == " ")
        for _ in range(depth - 1):
            spaces = len(line) - pos - len(line[pos:].lstrip(" "))
            if spaces > 3 or line[pos + spaces : pos + spaces + 1] != ">":
                return _open_readings(line, shape, after_text, item)
            pos += spaces + 1 + (line[pos + spaces + 1 : pos + spaces + 2] == " ")
    rest = line[pos:]
    text = rest.lstrip(" ")
    if not text.strip(" \t"):
        return [reading]  # blank lines belong to the fence
    indent = len(rest) - len(text)
    if indent < content:
        return _open_readings(line, shape, after_text, item)  # the list item (and fence) ended
    if indent - content <= 3 and text.startswith(char * run) and not text.lstrip(char).strip(" "):
        return [None]  # closing fence
    return [reading]


def _open_readings(
    line: str, shape: _Line, after_text: bool, item: tuple[int, int] | None
) -> list[_Reading] | None:
    """Readings after ``line`` when no fence is open before it; None when it can't be read."""
    run = _FENCE_RUN.match(shape.text)
    if shape.odd:
        return None if _FENCE_RUN.search(line) else [None]
    if run is None or (shape.item >= 0 and shape.indent - shape.item > 3):
        return [None]
    char = shape.text[0]
    if char == "`" and "`" in shape.text[run.end() :]:
        return [None]  # a backtick fence's info string cannot contain backticks
    if shape.item >= 0:  # the fence starts a list item: its content column is known
        contents: Sequence[int] = [shape.item - shape.quote_base]
        # Unless it is a sibling of the item the text above belongs to, an ordered item other
        # than "1." cannot interrupt a paragraph: then the line is plain paragraph text.
        sibling = item is not None and item[0] == shape.depth and item[1] > shape.marker
        maybe_not = shape.deep or (after_text and shape.number not in (-1, 1) and not sibling)
    else:
        # A fence indented up to 3 spaces may sit in a list item whose content column is
        # anywhere from 0 to its indent; indented 4 or more it is either in a list item or
        # not a fence at all (indented code, or a paragraph's continuation).
        rel = shape.indent - shape.quote_base
        contents = range(rel + 1) if rel <= 3 else range(rel - 3, rel + 1)
        maybe_not = rel > 3 or shape.deep
    readings: list[_Reading] = [
        (char, run.end(), shape.depth, q, c)
        for q in (shape.quote_indents or (0,))
        for c in contents
    ]
    if maybe_not:
        readings.append(None)
    return readings


@functools.cache
def _parser() -> MarkdownIt:
    """A parser for telling tables apart (rendering rules play no part in that)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table")
