"""Differences marked inside a rendered answer (Compare's "Highlight differences").

Pure. The answers are compared as a reader sees them: ``visible_text`` is the text of the
rendered HTML (entities decoded, Markdown syntax gone, a line break between blocks, the code
blocks' "Copy" links left out), and ``mark_html`` wraps the given ranges of that text in a
highlight span, text node by text node, so no tag, entity, link or code block is ever cut.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

from app.core.diff import Token, sentence_diff, word_diff

from .theme import Theme

__all__ = ["DiffBy", "diff_ranges", "mark_html", "mark_style", "visible_text"]

DiffBy = Literal["sentences", "words"]
Range = tuple[int, int]  # [start, end) in the visible text

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "table",
        "tr",
        "td",
        "th",
        "blockquote",
        "hr",
        "br",
    ]
)


@dataclass(frozen=True, slots=True)
class _Text:
    """One text node: where it is in the HTML, its decoded text, where that starts in the
    visible text."""

    html_start: int
    html_end: int
    text: str
    at: int


class _Scanner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.nodes: list[_Text] = []
        self.parts: list[str] = []
        self.length = 0
        self._skip = False  # inside a link that is the app's own (Copy), not the answer's
        self._break = False  # a block began or ended since the last text
        self._offsets: list[int] = []

    def scan(self, source: str) -> None:
        # Line starts: the parser reports (line, column) counting "\n" only.
        self._offsets = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        self.feed(source)
        self.close()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._offsets[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a" and (dict(attrs).get("href") or "").startswith("copy-code:"):
            self._skip = True
        self._break = self._break or tag in _BLOCKS

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._skip = False
        self._break = self._break or tag in _BLOCKS

    def handle_data(self, data: str) -> None:
        self._text(data)

    def handle_entityref(self, name: str) -> None:
        self._text(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._text(f"&#{name};")

    def _text(self, raw: str) -> None:
        start = self._offset()
        end = start + len(raw)
        if self._skip:
            return
        text = html.unescape(raw)
        if self._break and self.length:
            self.parts.append("\n")
            self.length += 1
        self._break = False
        # Adjacent pieces (text, then an entity) stay one node for the highlight.
        last = self.nodes[-1] if self.nodes else None
        if last is not None and last.html_end == start and last.at + len(last.text) == self.length:
            self.nodes[-1] = _Text(last.html_start, end, last.text + text, last.at)
        else:
            self.nodes.append(_Text(start, end, text, self.length))
        self.parts.append(text)
        self.length += len(text)


def _scan(source: str) -> _Scanner:
    scanner = _Scanner()
    scanner.scan(source)
    return scanner


def mark_style(theme: Theme) -> str:
    """The highlight's style on this theme's background (readable light or dark)."""
    return f"background-color:{theme.mark_bg}; color:{theme.mark_text};"


def visible_text(source: str) -> str:
    """The text a reader sees in rendered HTML (``render_markdown``'s output)."""
    return "".join(_scan(source).parts)


def diff_ranges(texts: Sequence[str], by: DiffBy = "sentences") -> list[list[Range]]:
    """For each visible text, the ranges that differ from the other texts."""
    marked = sentence_diff(texts) if by == "sentences" else word_diff(texts)
    return [_ranges(tokens) for tokens in marked]


def _ranges(tokens: list[Token]) -> list[Range]:
    out: list[Range] = []
    at = 0
    for text, differs in tokens:
        end = at + len(text)
        if differs and text.strip():
            if out and out[-1][1] == at:
                out[-1] = (out[-1][0], end)
            else:
                out.append((at, end))
        at = end
    return out


def mark_html(source: str, ranges: Sequence[Range], style: str) -> str:
    """``source`` with the ``ranges`` of its visible text wrapped in
    ``<span style="{style}">``; tags and what is not in a range are left as they were."""
    if not ranges:
        return source
    merged = _merge(ranges)
    highs = [high for _low, high in merged]
    scanner = _scan(source)
    out: list[str] = []
    at = 0
    for node in scanner.nodes:
        pieces = list(_split(node, merged, highs))
        if not any(marked for _text, marked in pieces):
            continue
        out.append(source[at : node.html_start])
        for text, marked in pieces:
            escaped = html.escape(text, quote=False)
            out.append(f'<span style="{style}">{escaped}</span>' if marked else escaped)
        at = node.html_end
    out.append(source[at:])
    return "".join(out)


def _merge(ranges: Sequence[Range]) -> list[Range]:
    """The ranges in order, overlapping or touching ones joined."""
    out: list[Range] = []
    for low, high in sorted(ranges):
        if low >= high:
            continue
        if out and low <= out[-1][1]:
            out[-1] = (out[-1][0], max(high, out[-1][1]))
        else:
            out.append((low, high))
    return out


def _split(
    node: _Text, ranges: Sequence[Range], highs: Sequence[int]
) -> Iterator[tuple[str, bool]]:
    """The node's text in pieces, each inside or outside the ranges (sorted, apart; ``highs``
    their ends). Only the ranges that reach the node are looked at, so a long answer with
    many text nodes and many ranges stays linear."""
    start, end = node.at, node.at + len(node.text)
    at = start
    for index in range(bisect.bisect_right(highs, start), len(ranges)):
        low, high = ranges[index]
        if low >= end:
            break
        low, high = max(low, start), min(high, end)
        if low > at:
            yield node.text[at - start : low - start], False
        yield node.text[low - start : high - start], True
        at = high
    if at < end:
        yield node.text[at - start :], False
