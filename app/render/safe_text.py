"""Untrusted text made safe and cheap to show: unsafe characters replaced, long runs given break
opportunities, overlong lines folded, links checked, labels shortened. Pure Python."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from app.core.i18n import grouped, translate

__all__ = [
    "BREAK_EVERY",
    "LINE_LIMIT",
    "ZWSP",
    "break_pieces",
    "breakable",
    "clean",
    "esc",
    "fold_long_lines",
    "is_openable_link",
    "plain_tooltip",
    "shorten",
]

# Qt lays out a run without a break opportunity in super-linear time (a 1 MB run: 86 s), so
# runs longer than BREAK_EVERY get a zero-width space (a break opportunity) every BREAK_EVERY
# characters in what is shown; the view strips them again when text is copied.
ZWSP = "\u200b"
BREAK_EVERY = 80
_LONG_RUN = re.compile(r"[^\s\u200b]{" + str(BREAK_EVERY + 1) + ",}")
# A single line longer than this is shown cut, with a note (Copy gives the whole text).
LINE_LIMIT = 10_000

# C0 controls other than tab/LF/CR, DEL, and lone surrogates: shown as U+FFFD.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, with "…" when it was cut."""
    text = str(text)
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def plain_tooltip(text: str, limit: int = 1_000) -> str:
    """A tooltip that shows ``text`` as it is. Qt renders a tooltip that looks like HTML as
    rich text (and loads the images it names), so it is given as escaped rich text."""
    return "<p>" + html.escape(shorten(text, limit)).replace("\n", "<br>") + "</p>" if text else ""


def is_openable_link(url: object) -> bool:
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


def clean(text: object) -> str:
    """``text`` with control characters and lone surrogates shown as U+FFFD."""
    return _UNSAFE_CHARS.sub("\ufffd", text if isinstance(text, str) else str(text))


def breakable(text: str) -> str:
    """``text`` with a zero-width space every ``BREAK_EVERY`` characters of any longer run
    without whitespace (Qt's layout time grows super-linearly with such a run)."""
    if len(text) <= BREAK_EVERY:
        return text
    return _LONG_RUN.sub(_break_run, text)


def _break_run(found: re.Match[str]) -> str:
    run = found.group(0)
    return ZWSP.join(run[i : i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))


def break_pieces(pieces: list[str]) -> list[str]:
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


def fold_long_lines(text: str) -> str:
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
            out.append(" " + _left_out(stop - pos - LINE_LIMIT))
        else:
            out.append(text[pos:stop])
        if newline < 0:
            break
        out.append("\n")
        pos = newline + 1
    return "".join(out)


def _left_out(count: int) -> str:
    """ "… (1,234 more characters; Copy to get all)"."""
    said = translate(
        "safe_text",
        "… (%n more characters; Copy to get all)",
        "one: … (%n more character; Copy to get all)",
        count,
    )
    return grouped(said, count)


def esc(text: str) -> str:
    return html.escape(text, quote=True)
