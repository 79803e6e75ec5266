"""Code highlighting with Pygments (imported on first use, results cached): HTML for a rendered
block, runs of one style each for a block that is still streaming."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from .safe_text import break_pieces, clean, esc, fold_long_lines
from .theme import Theme

if TYPE_CHECKING:
    from pygments.lexer import Lexer

__all__ = [
    "HIGHLIGHT_BLOCK_LIMIT",
    "HIGHLIGHT_TOTAL_LIMIT",
    "PLAIN_CODE",
    "CodeStyle",
    "code_runs",
    "code_text_color",
    "fence_language",
    "highlight",
    "language_word",
    "lexer_for",
]

# Highlighting is the expensive part of rendering; past these sizes code is shown plain.
HIGHLIGHT_BLOCK_LIMIT = 100_000
HIGHLIGHT_TOTAL_LIMIT = 300_000

_LANG_WORD = re.compile(r"[\w+#.-]{1,40}")
_FENCE_RUN = re.compile(r"`{3,}|~{3,}")  # (as in stable_prefix)


@functools.lru_cache(maxsize=256)
def lexer_for(name: str) -> Lexer | None:
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


def highlight(code: str, lexer: Lexer, style_name: str) -> str | None:
    runs = _runs(code, lexer, style_name)
    if runs is None:
        return None
    texts = break_pieces([text for text, _style in runs])
    return "".join(
        f'<span style="{_css(style)}">{esc(text)}</span>' if style != PLAIN_CODE else esc(text)
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
    code = clean(fold_long_lines(code))
    lexer = lexer_for(language.lower()) if language else None
    runs = None
    if lexer is not None and len(code) <= HIGHLIGHT_BLOCK_LIMIT:
        runs = _runs(code, lexer, theme.pygments_style)
    if runs is None:
        runs = [(code.expandtabs(4), PLAIN_CODE)]
    texts = break_pieces([text for text, _style in runs])
    return [(text, style) for text, (_run, style) in zip(texts, runs, strict=True)]


def code_text_color(theme: Theme) -> str:
    """The colour of code that no highlighting rule colours."""
    return _style_text_color(theme.pygments_style) or theme.text


def fence_language(opening_line: str) -> str:
    """The language a fence's opening line names ("" for none), as its rendering shows it."""
    return language_word(_FENCE_RUN.sub("", opening_line.strip(), count=1))


def language_word(info: str) -> str:
    """The language a fence's info string names, as its rendering shows it ("" for none)."""
    word = _LANG_WORD.match(info.strip())
    return word.group(0) if word else ""
