"""Model output (untrusted Markdown) to the HTML subset that Qt's rich-text engine renders.

Model output is untrusted text, so the rules here are strict:

- Raw HTML in the text is shown as text (markdown-it runs with ``html`` off, and the renderer
  escapes any HTML token that might still appear).
- Nothing is ever loaded: images become links ("Image: alt") that the view opens in the system
  browser only when clicked, and no ``<img>``, stylesheet or other resource reference is emitted.
- Only ``http``/``https`` (with a host) and ``mailto`` links stay links; anything else
  (``javascript:``, ``file:``, ``data:``, relative paths, custom schemes) renders as plain text.
- Code blocks carry a "Copy" link whose href is ``copy-code:<message_id>:<n>``; ``code_blocks``
  returns the exact code for the same ``n``.

Streaming: ``StablePrefixTracker`` finds how much of a growing answer has settled into blocks that
later text cannot change, so the view renders that part once and re-renders only the tail.

Everything here is pure Python and Qt-free; markdown-it and Pygments are imported on first use so
importing this module costs nothing at start-up.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token
    from pygments.lexer import Lexer

__all__ = [
    "COPY_CODE_SCHEME",
    "Continuation",
    "Piece",
    "StablePrefixTracker",
    "Theme",
    "code_blocks",
    "is_openable_link",
    "iter_pieces",
    "plain_tooltip",
    "render_markdown",
    "render_piece",
    "shorten",
    "split_for_display",
    "stable_prefix_length",
]

COPY_CODE_SCHEME = "copy-code"

# Monospace fonts in order of preference; Qt picks the first one installed.
MONO_FAMILIES = ("JetBrains Mono", "Cascadia Mono", "Consolas", "Menlo", "DejaVu Sans Mono")
_MONO = ", ".join(f"'{name}'" if " " in name else name for name in MONO_FAMILIES) + ", monospace"

# Highlighting is the expensive part of rendering; past these sizes code is shown plain.
_HIGHLIGHT_BLOCK_LIMIT = 100_000
_HIGHLIGHT_TOTAL_LIMIT = 300_000

# Quotes are drawn as a table with a coloured bar cell, but Qt's layout time doubles with every
# level of nested tables, so only the outer quotes get a bar. With a code box (two levels) inside,
# tables nest at most four deep.
_MAX_QUOTE_BARS = 2

# Qt lays out a run without a break opportunity in super-linear time (a 1 MB run: 86 s), so
# runs longer than BREAK_EVERY get a zero-width space (a break opportunity) every BREAK_EVERY
# characters in what is shown; the view strips them again when text is copied.
ZWSP = "\u200b"
BREAK_EVERY = 80
_LONG_RUN = re.compile(r"[^\s\u200b]{" + str(BREAK_EVERY + 1) + ",}")
# A single line longer than this is shown cut, with a note (Copy gives the whole text).
LINE_LIMIT = 10_000
# Qt numbers a list item by searching its list (quadratic in the list's length) and lays a
# table out whole: long lists and tables are shown as pieces of this many items or rows.
PIECE_ITEMS = 100
TABLE_ROWS_PER_PIECE = 25  # a table going on settles after every this many rows

# C0 controls other than tab/LF/CR, DEL, and lone surrogates: shown as U+FFFD.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_LANG_WORD = re.compile(r"[\w+#.-]{1,40}")


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours for rendered Markdown (``#rrggbb``) and the Pygments style for code.

    ``background`` and ``text`` are what the view should give the document (palette Base and
    Text); the other colours were chosen to read well on that background.
    """

    text: str
    muted: str
    link: str
    code_bg: str
    code_border: str
    inline_code_bg: str
    pygments_style: str
    background: str = "#ffffff"

    @classmethod
    def light(cls) -> Theme:
        return cls(
            text="#1f2328",
            muted="#656d76",
            link="#0969da",
            code_bg="#f6f8fa",
            code_border="#d0d7de",
            inline_code_bg="#eef1f4",
            pygments_style="friendly",
            background="#ffffff",
        )

    @classmethod
    def dark(cls) -> Theme:
        return cls(
            text="#e6edf3",
            muted="#8d96a0",
            link="#58a6ff",
            code_bg="#161b22",
            code_border="#30363d",
            inline_code_bg="#2b3038",
            pygments_style="github-dark",
            background="#0d1117",
        )


# ---------------------------------------------------------------------------------------------
# Public API


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


def render_markdown(
    text: str, *, theme: Theme, message_id: int = 0, code_index_start: int = 0
) -> str:
    """Render untrusted Markdown to Qt rich-text HTML. Never raises.

    ``message_id`` and the block's index (counting from ``code_index_start``, for a tail that
    follows an already rendered prefix) make up each code block's ``copy-code:`` link.
    """
    return render_piece(
        text, theme=theme, message_id=message_id, code_index_start=code_index_start
    )[0]


def render_piece(
    text: str,
    *,
    theme: Theme,
    message_id: int = 0,
    code_index_start: int = 0,
    continues: Continuation | None = None,
    open_end: bool = False,
) -> tuple[str, int]:
    """``render_markdown`` for a piece of an answer: the HTML, and the index the next code
    block gets. ``continues`` and ``open_end`` as in ``Piece``."""
    env: dict[str, Any] = {
        "theme": theme,
        "message_id": message_id,
        "code_index": code_index_start,
        "highlight_budget": _HIGHLIGHT_TOTAL_LIMIT,
        "links": [],
        "list_depth": 0,
        "quotes": [],
        "quote_bars": 0,
    }
    try:
        md = _markdown()
        source = _clean(_fold_long_lines(text if isinstance(text, str) else str(text)))
        head = continues.table_head if continues is not None else None
        tokens = md.parse(head + source if head else source, env)
        tokens = _pieces(_continued(tokens, continues), open_end)
        return md.renderer.render(tokens, md.options, env), env["code_index"]
    except Exception:  # pragma: no cover - last line of defence: show the text, never crash
        return _plain_fallback(text), code_index_start


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


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, with "…" when it was cut."""
    text = str(text)
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def plain_tooltip(text: str, limit: int = 1_000) -> str:
    """A tooltip that shows ``text`` as it is. Qt renders a tooltip that looks like HTML as
    rich text (and loads the images it names), so it is given as escaped rich text."""
    return "<p>" + html.escape(shorten(text, limit)).replace("\n", "<br>") + "</p>" if text else ""


def code_blocks(text: str) -> list[str]:
    """The code of each fenced or indented block, in the order ``render_markdown`` numbers them.

    The code is exact, except that the newline ending its last line is not included.
    """
    try:
        tokens = _markdown().parse(_clean(text))
    except Exception:  # pragma: no cover - parsing never raises in practice
        return []
    # Block tokens come flat, in document order, whatever lists or quotes hold them.
    return [_strip_one_newline(t.content) for t in tokens if t.type in _CODE_TOKENS]


def is_openable_link(url: str) -> bool:
    """True only for ``http``/``https`` URLs with a host, and ``mailto:`` with an address."""
    if not isinstance(url, str) or not url or len(url) > 8192:
        return False
    # Spaces may stand in a path (QUrl.toString() decodes %20); no other whitespace or controls.
    if any(ord(ch) < 32 or ord(ch) == 127 or (ch.isspace() and ch != " ") for ch in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return bool(host) and " " not in parts.netloc
    if scheme == "mailto":
        return bool(parts.path) and not parts.netloc
    return False


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
    tokens = _markdown().parse(head)
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


# ---------------------------------------------------------------------------------------------
# markdown-it setup (lazy)

_CODE_TOKENS = frozenset({"fence", "code_block"})


@functools.cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    rules = {
        "fence": _render_code,
        "code_block": _render_code,
        "code_inline": _render_code_inline,
        "image": _render_image,
        "link_open": _render_link_open,
        "link_close": _render_link_close,
        "html_block": _render_raw_html,
        "html_inline": _render_raw_html,
        "heading_open": _render_heading_open,
        "paragraph_open": _render_paragraph_open,
        "blockquote_open": _render_blockquote_open,
        "blockquote_close": _render_blockquote_close,
        "bullet_list_open": _render_list_open,
        "ordered_list_open": _render_list_open,
        "bullet_list_close": _render_list_close,
        "ordered_list_close": _render_list_close,
        "table_open": _render_table_open,
        "th_open": _render_cell_open,
        "td_open": _render_cell_open,
        "hr": _render_hr,
        "text": _render_text,
    }
    for name, rule in rules.items():
        md.add_render_rule(name, rule)
    return md


def _clean(text: str) -> str:
    if not isinstance(text, str):
        text = str(text)
    return _UNSAFE_CHARS.sub("\ufffd", text)


def breakable(text: str) -> str:
    """``text`` with a zero-width space every ``BREAK_EVERY`` characters of any longer run
    without whitespace (Qt's layout time grows super-linearly with such a run)."""
    if len(text) <= BREAK_EVERY:
        return text
    return _LONG_RUN.sub(_break_run, text)


def _break_run(found: re.Match[str]) -> str:
    run = found.group(0)
    return ZWSP.join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))


def _break_pieces(pieces: list[str]) -> list[str]:
    """``breakable`` over consecutive pieces (runs of highlighted code), counting a run on
    across piece boundaries."""
    out: list[str] = []
    carry = 0  # characters since the last break opportunity
    for piece in pieces:
        lead = _RUN_START.match(piece).end()  # type: ignore[union-attr]
        if lead == len(piece):
            text, carry = _break_from(piece, carry)
        else:
            text = _break_from(piece[:lead], carry)[0] + breakable(piece[lead:])
            carry = _trailing_run(text)
        out.append(text)
    return out


_RUN_START = re.compile(r"[^\s\u200b]*")


def _break_from(run: str, carry: int) -> tuple[str, int]:
    """A ``run`` without break opportunities after ``carry`` characters without any: with
    breaks where needed, and the length of its last unbroken part."""
    if carry + len(run) <= BREAK_EVERY:
        return run, carry + len(run)
    first = BREAK_EVERY - carry
    parts = [run[:first], *(run[i : i + BREAK_EVERY] for i in range(first, len(run), BREAK_EVERY))]
    return ZWSP.join(parts), len(parts[-1])


def _trailing_run(piece: str) -> int:
    count = 0
    for ch in reversed(piece):
        if ch.isspace() or ch == ZWSP:
            break
        count += 1
    return count


def _fold_long_lines(text: str) -> str:
    """Lines longer than ``LINE_LIMIT`` cut, with a note of how much was left out."""
    if len(text) <= LINE_LIMIT:
        return text
    out: list[str] = []
    pos = 0
    end = len(text)
    while pos < end:
        newline = text.find("\n", pos)
        stop = end if newline < 0 else newline
        if stop - pos > LINE_LIMIT:
            out.append(text[pos : pos + LINE_LIMIT])
            out.append(f" … ({stop - pos - LINE_LIMIT:,} more characters; Copy to get all)")
        else:
            out.append(text[pos:stop])
        if newline < 0:
            break
        out.append("\n")
        pos = newline + 1
    return "".join(out)


def _continued(tokens: list[Token], continues: Continuation | None) -> list[Token]:
    """A piece that continues a list numbers on; one that continues a table loses the header
    it was parsed under (and the table, if no row of it is in this piece)."""
    if continues is None or not tokens:
        return tokens
    first = tokens[0]
    if continues.list_number is not None and first.type == "ordered_list_open":
        first.attrSet("start", continues.list_number)
    if continues.table_head and first.type == "table_open":
        end = next(i for i, t in enumerate(tokens) if t.type == "table_close")
        head_end = next(i for i, t in enumerate(tokens) if t.type == "thead_close")
        has_rows = any(t.type == "tbody_open" for t in tokens[head_end:end])
        tokens = tokens[:1] + tokens[head_end + 1 :] if has_rows else tokens[end + 1 :]
    return tokens


_SPLITTABLE = {
    "bullet_list_open": ("list_item_close", 1),
    "ordered_list_open": ("list_item_close", 1),
    "table_open": ("tr_close", 2),
}


def _pieces(tokens: list[Token], open_end: bool) -> list[Token]:
    """Top-level lists and tables longer than ``PIECE_ITEMS`` split into several (each ending
    without its bottom margin but the last); with ``open_end``, the last top-level list or
    table ends without its bottom margin too (the next piece continues it)."""
    from markdown_it.token import Token

    out: list[Token] = []
    opener: Token | None = None
    body: Token | None = None
    count = 0
    last_open: Token | None = None
    for index, token in enumerate(tokens):
        if token.level == 0 and token.nesting == 1:
            opener, count, last_open = token, 0, token
        elif token.level == 1 and token.type == "tbody_open":
            body = token
        out.append(token)
        if opener is None or token.type not in ("list_item_close", "tr_close"):
            continue
        close, level = _SPLITTABLE.get(opener.type, ("", -1))
        if token.type != close or token.level != level:
            continue
        count += 1
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        more = following is not None and following.type in ("list_item_open", "tr_open")
        if count % PIECE_ITEMS or not more:
            continue
        opener.meta = {**(opener.meta or {}), "open_end": True}
        fresh = Token(opener.type, opener.tag, 1, attrs=dict(opener.attrs), map=opener.map)
        if opener.type == "ordered_list_open":
            start = int(str(opener.attrGet("start") or 1))
            fresh.attrSet("start", start + PIECE_ITEMS)
            out.append(Token("ordered_list_close", "ol", -1))
        elif opener.type == "bullet_list_open":
            out.append(Token("bullet_list_close", "ul", -1))
        else:
            out.append(Token("tbody_close", "tbody", -1, level=1))
            out.append(Token("table_close", "table", -1))
        out.append(fresh)
        if opener.type == "table_open" and body is not None:
            out.append(Token("tbody_open", "tbody", 1, level=1))
        if last_open is opener:
            last_open = fresh
        opener = fresh
        count = 0
    if open_end and last_open is not None and last_open.type in _SPLITTABLE:
        last_open.meta = {**(last_open.meta or {}), "open_end": True}
    return out


def _plain_fallback(text: Any) -> str:
    try:
        body = html.escape(_clean(text)).replace("\n", "<br>")
    except Exception:
        body = ""
    return f"<p>{body}</p>"


def _strip_one_newline(code: str) -> str:
    return code[:-1] if code.endswith("\n") else code


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


# ---------------------------------------------------------------------------------------------
# Render rules. markdown-it calls them as renderer methods: (self, tokens, idx, options, env).

_HEADING_STYLE = {
    "h1": "font-size:x-large; margin-top:14px; margin-bottom:6px;",
    "h2": "font-size:large; margin-top:12px; margin-bottom:6px;",
    "h3": "font-size:medium; margin-top:10px; margin-bottom:4px;",
}
_SMALL_HEADING_STYLE = "font-size:medium; margin-top:8px; margin-bottom:4px;"


def _render_heading_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    tag = tokens[idx].tag
    return f'<{tag} style="{_HEADING_STYLE.get(tag, _SMALL_HEADING_STYLE)}">'


def _render_paragraph_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    if tokens[idx].hidden:
        return ""
    return '<p style="margin-top:0px; margin-bottom:8px;">'


def _render_blockquote_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    theme: Theme = env["theme"]
    as_table = env["quote_bars"] < _MAX_QUOTE_BARS
    env["quotes"].append(as_table)
    if not as_table:
        # Qt lays nested tables out in exponential time; deep quotes only indent.
        return (
            '<blockquote style="margin-top:0px; margin-bottom:8px; margin-left:14px; '
            f'margin-right:0px; color:{theme.muted};">\n'
        )
    env["quote_bars"] += 1
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" '
        'style="margin-top:2px; margin-bottom:8px;">'
        f'<tr><td width="3" bgcolor="{theme.code_border}"></td>'
        f'<td style="padding-left:10px; color:{theme.muted};">\n'
    )


def _render_blockquote_close(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    quotes: list[bool] = env["quotes"]
    if quotes and quotes.pop():
        env["quote_bars"] -= 1
        return "</td></tr></table>\n"
    return "</blockquote>\n"


def _render_list_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    token = tokens[idx]
    start = ""
    if token.tag == "ol":
        try:
            start = f' start="{int(str(token.attrGet("start") or 1))}"'
        except ValueError:
            start = ""
    # Only the outermost list keeps space below it; nested ones sit tight in their item, and
    # a piece of a list that goes on in the next piece has none either.
    bottom = 0 if env["list_depth"] or (token.meta or {}).get("open_end") else 8
    env["list_depth"] += 1
    return f'<{token.tag}{start} style="margin-top:0px; margin-bottom:{bottom}px;">\n'


def _render_list_close(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    env["list_depth"] = max(0, env["list_depth"] - 1)
    return f"</{tokens[idx].tag}>\n"


def _render_table_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    theme: Theme = env["theme"]
    bottom = 0 if (tokens[idx].meta or {}).get("open_end") else 8
    return (
        '<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse; '
        f'border-style:solid; border-color:{theme.code_border}; margin-bottom:{bottom}px;">\n'
    )


def _render_cell_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    token = tokens[idx]
    style = str(token.attrGet("style") or "")
    align = style.removeprefix("text-align:") if style.startswith("text-align:") else ""
    attrs = f' align="{align}"' if align in ("left", "right", "center") else ""
    if token.tag == "th":
        attrs += f' bgcolor="{env["theme"].code_bg}"'
    return f"<{token.tag}{attrs}>"


def _render_hr(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    # Qt draws a rule in its block's background colour (default: a heavy black line).
    return f'<hr style="background-color:{env["theme"].code_border};">\n'


def _render_text(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    return _esc(breakable(tokens[idx].content))


def _render_raw_html(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    # Unreachable with html disabled; kept so raw HTML can never pass through.
    return _esc(tokens[idx].content)


def _render_link_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    href = str(tokens[idx].attrGet("href") or "")
    openable = is_openable_link(href)
    env["links"].append(openable)
    if not openable:
        return ""
    theme: Theme = env["theme"]
    return f'<a href="{_esc(href)}" title="{_esc(href)}" style="color:{theme.link};">'


def _render_link_close(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    links: list[bool] = env["links"]
    return "</a>" if links and links.pop() else ""


def _render_image(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    alt = self.renderInlineAsText(token.children, options, env).strip()
    label = _esc(f"Image: {alt}" if alt else "Image")
    if not is_openable_link(src):
        return label
    theme: Theme = env["theme"]
    return f'<a href="{_esc(src)}" title="{_esc(src)}" style="color:{theme.link};">{label}</a>'


def _render_code_inline(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    theme: Theme = env["theme"]
    return (
        f'<code style="font-family:{_MONO}; background-color:{theme.inline_code_bg};">'
        f"\u00a0{_esc(breakable(tokens[idx].content))}\u00a0</code>"
    )


def _render_code(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    token = tokens[idx]
    theme: Theme = env["theme"]
    index = env["code_index"]
    env["code_index"] = index + 1
    code = _strip_one_newline(token.content)
    word = _LANG_WORD.match(token.info.strip()) if token.type == "fence" else None
    lang = word.group(0) if word else ""

    body = None
    lexer = _lexer(lang.lower()) if lang else None
    if lexer is not None and len(code) <= min(_HIGHLIGHT_BLOCK_LIMIT, env["highlight_budget"]):
        env["highlight_budget"] -= len(code)
        body = _highlight(code, lexer, theme.pygments_style)
    if body is None:
        body = _esc(breakable(code.expandtabs(4)))
    text_color = code_text_color(theme)

    href = f"{COPY_CODE_SCHEME}:{env['message_id']}:{index}"
    small = f"font-size:small; color:{theme.muted};"
    # Qt draws a table border around every cell and ignores per-cell border styles, so the
    # outline is a one-cell bordered table and the header/code layout a borderless one inside.
    # With border-collapse Qt paints a cell's background but not the table's.
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse; border-style:solid; '
        f'border-color:{theme.code_border}; margin-top:2px; margin-bottom:8px;">'
        f'<tr><td bgcolor="{theme.code_bg}">'
        '<table width="100%" border="0" cellspacing="0" cellpadding="0">'
        '<tr><td style="padding:5px 10px 0px 10px;">'
        f'<span style="{small}">{_esc(lang or "code")}</span></td>'
        '<td align="right" style="padding:5px 10px 0px 10px;">'
        f'<a href="{href}" title="Copy this code" style="{small} text-decoration:none;">Copy</a>'
        "</td></tr>"
        '<tr><td colspan="2" style="padding:4px 10px 8px 10px;">'
        f'<pre style="margin:0px; font-family:{_MONO}; color:{text_color}; '
        # An HTML parser drops the newline right after <pre>; this one, not the code's.
        f'white-space:pre-wrap;">\n{body}</pre></td></tr></table></td></tr></table>\n'
    )


# ---------------------------------------------------------------------------------------------
# Pygments (lazy, cached)


@functools.lru_cache(maxsize=256)
def _lexer(name: str) -> Lexer | None:
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(name, stripnl=False, ensurenl=True)
    except (ClassNotFound, ValueError):
        return None
    # Plain text needs no spans.
    return None if "text" in lexer.aliases else lexer


@functools.lru_cache(maxsize=8)
def _style(name: str) -> Any:
    from pygments.styles import get_style_by_name
    from pygments.util import ClassNotFound

    try:
        return get_style_by_name(name)
    except ClassNotFound:
        return get_style_by_name("default")


class CodeStyle(NamedTuple):
    """How one run of highlighted code looks; ``color`` "" is the block's text colour."""

    color: str = ""
    bold: bool = False
    italic: bool = False
    underline: bool = False


PLAIN_CODE = CodeStyle()


@functools.lru_cache(maxsize=4096)
def _token_style(style_name: str, ttype: Any) -> CodeStyle:
    info = _style(style_name).style_for_token(ttype)
    color = f"#{info['color']}" if info["color"] else ""
    return CodeStyle(color, bool(info["bold"]), bool(info["italic"]), bool(info["underline"]))


@functools.lru_cache(maxsize=256)
def _css(style: CodeStyle) -> str:
    parts = []
    if style.color:
        parts.append(f"color:{style.color};")
    if style.bold:
        parts.append("font-weight:bold;")
    if style.italic:
        parts.append("font-style:italic;")
    if style.underline:
        parts.append("text-decoration:underline;")
    return " ".join(parts)


@functools.lru_cache(maxsize=8)
def _style_text_color(style_name: str) -> str:
    from pygments.token import Text

    color = _style(style_name).style_for_token(Text)["color"]
    return f"#{color}" if color else ""


def _highlight(code: str, lexer: Lexer, style_name: str) -> str | None:
    runs = _runs(code, lexer, style_name)
    if runs is None:
        return None
    texts = _break_pieces([text for text, _style in runs])
    return "".join(
        f'<span style="{_css(style)}">{_esc(text)}</span>' if style != PLAIN_CODE else _esc(text)
        for text, (_run, style) in zip(texts, runs, strict=True)
    )


def _runs(code: str, lexer: Lexer, style_name: str) -> list[tuple[str, CodeStyle]] | None:
    """The code (tabs expanded) as runs of one style each; None when the lexer fails."""
    try:
        tokens = list(lexer.get_tokens(code.expandtabs(4)))
    except Exception:
        return None
    # The lexer ends the code with a newline that is not part of it.
    if tokens and tokens[-1][1].endswith("\n"):
        ttype, value = tokens[-1]
        tokens[-1] = (ttype, value[:-1])
    runs: list[tuple[str, CodeStyle]] = []
    run: list[str] = []
    run_style = PLAIN_CODE
    for ttype, value in tokens:
        style = _token_style(style_name, ttype)
        if style != run_style and run:
            runs.append(("".join(run), run_style))
            run.clear()
        run_style = style
        run.append(value)
    if run:
        runs.append(("".join(run), run_style))
    return runs


def code_runs(code: str, language: str, theme: Theme) -> list[tuple[str, CodeStyle]]:
    """Lines of a code block that is still streaming, highlighted the way ``render_markdown``
    would (lexed on their own, so a string or comment spanning earlier lines may differ)."""
    code = _clean(_fold_long_lines(code))
    lexer = _lexer(language.lower()) if language else None
    runs = None
    if lexer is not None and len(code) <= _HIGHLIGHT_BLOCK_LIMIT:
        runs = _runs(code, lexer, theme.pygments_style)
    if runs is None:
        runs = [(code.expandtabs(4), PLAIN_CODE)]
    texts = _break_pieces([text for text, _style in runs])
    return [(text, style) for text, (_run, style) in zip(texts, runs, strict=True)]


def code_text_color(theme: Theme) -> str:
    """The colour of code that no highlighting rule colours."""
    return _style_text_color(theme.pygments_style) or theme.text


def fence_language(opening_line: str) -> str:
    """The language a fence's opening line names ("" for none), as its rendering shows it."""
    info = _FENCE_RUN.sub("", opening_line.strip(), count=1)
    word = _LANG_WORD.match(info.strip())
    return word.group(0) if word else ""
