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

Everything here is pure Python and Qt-free; markdown-it and Pygments are imported on first use so
importing this module costs nothing at start-up.
"""

from __future__ import annotations

import functools
import html
from typing import TYPE_CHECKING, Any

from app.core.i18n import translate

from .highlight import (
    HIGHLIGHT_BLOCK_LIMIT,
    HIGHLIGHT_TOTAL_LIMIT,
    code_text_color,
    highlight,
    language_word,
    lexer_for,
)
from .safe_text import breakable, clean, esc, fold_long_lines, is_openable_link
from .stable_prefix import Continuation
from .theme import MONO, Theme

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

__all__ = ["COPY_CODE_SCHEME", "PIECE_ITEMS", "code_blocks", "render_markdown", "render_piece"]

COPY_CODE_SCHEME = "copy-code"

# Quotes are drawn as a table with a coloured bar cell, but Qt's layout time doubles with every
# level of nested tables, so only the outer quotes get a bar. With a code box (two levels) inside,
# tables nest at most four deep.
_MAX_QUOTE_BARS = 2

# Qt numbers a list item by searching its list (quadratic in the list's length) and lays a
# table out whole: long lists and tables are shown as pieces of this many items or rows.
PIECE_ITEMS = 100


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
        "highlight_budget": HIGHLIGHT_TOTAL_LIMIT,
        "links": [],
        "list_depth": 0,
        "quotes": [],
        "quote_bars": 0,
    }
    try:
        md = _markdown()
        source = clean(fold_long_lines(text if isinstance(text, str) else str(text)))
        head = continues.table_head if continues is not None else None
        tokens = md.parse(head + source if head else source, env)
        tokens = _pieces(_continued(tokens, continues), open_end)
        return md.renderer.render(tokens, md.options, env), env["code_index"]
    except Exception:  # pragma: no cover - last line of defence: show the text, never crash
        return _plain_fallback(text), code_index_start


def code_blocks(text: str) -> list[str]:
    """The code of each fenced or indented block, in the order ``render_markdown`` numbers them.

    The code is exact, except that the newline ending its last line is not included.
    """
    try:
        tokens = _markdown().parse(clean(text))
    except Exception:  # pragma: no cover - parsing never raises in practice
        return []
    # Block tokens come flat, in document order, whatever lists or quotes hold them.
    return [_strip_one_newline(t.content) for t in tokens if t.type in _CODE_TOKENS]


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
        "softbreak": _render_break,
        "hardbreak": _render_break,
        "text": _render_text,
    }
    for name, rule in rules.items():
        md.add_render_rule(name, rule)
    return md


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
        body = html.escape(clean(text)).replace("\n", "<br>")
    except Exception:
        body = ""
    return f"<p>{body}</p>"


def _strip_one_newline(code: str) -> str:
    return code[:-1] if code.endswith("\n") else code


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


def _render_break(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    # A single newline inside a paragraph is a line break, as the model wrote it (a poem, an
    # address), as in every chat app (markdown-it's ``breaks``). Only inline text has such
    # newlines: code blocks, tables and the stable-prefix cut points are unaffected. Qt keeps a
    # <br> as a line separator inside the paragraph's block; a copy gives a newline.
    return "<br>\n"


def _render_text(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    return esc(breakable(tokens[idx].content))


def _render_raw_html(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    # Unreachable with html disabled; kept so raw HTML can never pass through.
    return esc(tokens[idx].content)


def _render_link_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    href = str(tokens[idx].attrGet("href") or "")
    openable = is_openable_link(href)
    env["links"].append(openable)
    if not openable:
        return ""
    theme: Theme = env["theme"]
    return f'<a href="{esc(href)}" title="{esc(href)}" style="color:{theme.link};">'


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
    if alt:
        label = esc(translate("markdown", "Image: {alt}").format(alt=alt))
    else:
        label = esc(translate("markdown", "Image"))
    if not is_openable_link(src):
        return label
    theme: Theme = env["theme"]
    return f'<a href="{esc(src)}" title="{esc(src)}" style="color:{theme.link};">{label}</a>'


def _render_code_inline(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    theme: Theme = env["theme"]
    return (
        f'<code style="font-family:{MONO}; background-color:{theme.inline_code_bg};">'
        f"\u00a0{esc(breakable(tokens[idx].content))}\u00a0</code>"
    )


def _render_code(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    token = tokens[idx]
    theme: Theme = env["theme"]
    index = env["code_index"]
    env["code_index"] = index + 1
    code = _strip_one_newline(token.content)
    lang = language_word(token.info) if token.type == "fence" else ""

    body = None
    lexer = lexer_for(lang.lower()) if lang else None
    if lexer is not None and len(code) <= min(HIGHLIGHT_BLOCK_LIMIT, env["highlight_budget"]):
        env["highlight_budget"] -= len(code)
        body = highlight(code, lexer, theme.pygments_style)
    if body is None:
        body = esc(breakable(code.expandtabs(4)))
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
        f'<span style="{small}">{esc(lang or translate("markdown", "code"))}</span></td>'
        '<td align="right" style="padding:5px 10px 0px 10px;">'
        f'<a href="{href}" title="{esc(translate("markdown", "Copy this code"))}" '
        f'style="{small} text-decoration:none;">{esc(translate("markdown", "Copy"))}</a>'
        "</td></tr>"
        '<tr><td colspan="2" style="padding:4px 10px 8px 10px;">'
        f'<pre style="margin:0px; font-family:{MONO}; color:{text_color}; '
        # An HTML parser drops the newline right after <pre>; this one, not the code's.
        f'white-space:pre-wrap;">\n{body}</pre></td></tr></table></td></tr></table>\n'
    )
