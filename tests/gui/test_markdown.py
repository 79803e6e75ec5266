"""Markdown rendering for the chat view: safe for untrusted model output, readable in Qt.

Set ``SWITCHBOARD_MD_SCREENSHOTS=DIR`` to keep the rendered screenshots (md_light.png,
md_dark.png) for a look by eye.
"""

from __future__ import annotations

import html
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.ui.chat.markdown import (
    PLAIN_CODE,
    StablePrefixTracker,
    Theme,
    code_blocks,
    code_runs,
    fence_language,
    is_openable_link,
    render_markdown,
    render_piece,
    stable_prefix_length,
)

LIGHT = Theme.light()
DARK = Theme.dark()

SAMPLE = """\
# Getting started with `asyncio`

Here is a paragraph with a [link to the docs](https://docs.python.org/3/library/asyncio.html),
some `inline_code()`, **bold**, *italic* and ~~struck~~ text. Raw <b>HTML</b> stays text.

## A code example

```python
import asyncio

async def main(n: int) -> None:
    \"\"\"Say hello n times.\"\"\"
    for i in range(n):  # loop
        print(f"hello {i}")
        await asyncio.sleep(0.1)

asyncio.run(main(3))
```

### Comparison

| Library  | Async | Stars |
|:---------|:-----:|------:|
| httpx    | yes   | 12k   |
| requests | no    | 50k   |

> Quotes are shown muted, with a bar.
>
> > And they nest.

1. First step
2. Second step
   - nested bullet
   - another
3. Third step

---

That's it. ![a tracking pixel](http://evil.example/pixel.png)
"""


def test_importing_the_module_loads_neither_markdown_it_nor_pygments_nor_qt() -> None:
    code = (
        "import sys, app.ui.chat.markdown as m; "
        "print(sorted(n for n in ('markdown_it', 'pygments', 'PySide6') if n in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    assert result.stdout.strip() == "[]"


# --- untrusted content ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("<script>alert(1)</script>", "<script"),
        ("Hello <script>alert(1)</script> inline", "<script"),
        ('<img src="http://evil.example/x.png" onerror="alert(1)">', "<img"),
        ("text <img src=x onerror=alert(1)> text", "<img"),
        ("<b>bold?</b>", "<b>"),
        ("a <b>bold?</b> word", "<b>"),
        ('<a href="javascript:alert(1)">x</a>', "<a "),
        ('<link rel="stylesheet" href="http://evil.example/s.css">', "<link"),
        ("<style>p {color: red}</style>", "<style"),
        ("<!-- comment --> <iframe src=x></iframe>", "<iframe"),
    ],
)
def test_raw_html_is_shown_as_text(source: str, forbidden: str) -> None:
    out = render_markdown(source, theme=LIGHT)
    assert forbidden not in out.lower()
    assert "&lt;" in out


def test_images_are_never_embedded_only_linked() -> None:
    out = render_markdown("![x](http://evil/pixel.png)", theme=LIGHT)
    assert "<img" not in out
    assert '<a href="http://evil/pixel.png" title="http://evil/pixel.png"' in out
    assert "Image: x" in out


@pytest.mark.parametrize(
    "source",
    [
        "![x](data:image/png;base64,iVBORw0KGgo=)",
        "![x](file:///etc/passwd)",
        "![x](pixel.png)",
        "![x](//evil.example/pixel.png)",
        "![x](javascript:alert(1))",
    ],
)
def test_images_with_unopenable_sources_are_plain_text(source: str) -> None:
    out = render_markdown(source, theme=LIGHT)
    assert "<img" not in out
    assert "<a " not in out


@pytest.mark.parametrize(
    "source",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](vbscript:msgbox)",
        "[click](file:///etc/passwd)",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](docs/readme.md)",
        "[click](/absolute/path)",
        "[click](#anchor)",
        "[click](myapp://do-something)",
        "[click](copy-code:1:0)",
        "<javascript:alert(1)>",
        "<file:///etc/passwd>",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
    ],
)
def test_links_that_cannot_be_opened_are_plain_text(source: str) -> None:
    out = render_markdown(source, theme=LIGHT)
    assert "<a " not in out
    assert "href" not in out


def test_web_and_mail_links_stay_links_with_their_url_as_title() -> None:
    out = render_markdown(
        "[docs](https://example.com/a?b=1&c=2) <mailto:me@example.com> <http://x.example/>",
        theme=LIGHT,
    )
    assert (
        '<a href="https://example.com/a?b=1&amp;c=2" title="https://example.com/a?b=1&amp;c=2"'
        in out
    )
    assert '<a href="mailto:me@example.com"' in out
    assert '<a href="http://x.example/"' in out


def test_a_link_cannot_break_out_of_its_attribute() -> None:
    out = render_markdown(
        '[x](https://e.example/"onmouseover=alert(1)) [y](<https://e" x=y>)', theme=LIGHT
    )
    assert '"onmouseover' not in out
    assert '" x=' not in out


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://openrouter.ai/credits", True),
        ("http://127.0.0.1:8080/x", True),
        ("HTTPS://EXAMPLE.COM", True),
        ("mailto:someone@example.com", True),
        ("http://", False),
        ("https:///path-only", False),
        ("mailto:", False),
        ("javascript:alert(1)", False),
        ("file:///etc/passwd", False),
        ("data:text/html,hi", False),
        ("ftp://example.com/file", False),
        ("copy-code:1:0", False),
        ("relative/path", False),
        ("//example.com/x", False),
        ("https://exa mple.com", False),
        ("https://example.com/a b", True),  # QUrl.toString() shows %20 as a space
        ("https://example.com/\tx", False),
        ("https://example.com/\nx", False),
        ("http://[::1", False),
        ("", False),
    ],
)
def test_is_openable_link(url: str, expected: bool) -> None:
    assert is_openable_link(url) is expected


# --- code -------------------------------------------------------------------------------------

CODE_MESSAGE = """\
Intro.

```python
def f(x):
    return x < 1 and "<b>"  # not a tag
```

~~~
plain & simple
~~~

    indented   code\twith a tab
"""


def test_code_blocks_are_highlighted_and_carry_copy_links() -> None:
    out = render_markdown(CODE_MESSAGE, theme=LIGHT, message_id=7)
    assert 'href="copy-code:7:0"' in out
    assert 'href="copy-code:7:1"' in out
    assert 'href="copy-code:7:2"' in out
    assert "copy-code:7:3" not in out
    assert '<span style="color:#' in out  # Pygments colours as inline styles Qt understands
    assert ">python<" in out
    assert "&lt;b&gt;" in out
    assert "<b>" not in out
    assert "plain &amp; simple" in out


def test_code_index_can_continue_from_a_rendered_prefix() -> None:
    out = render_markdown("```\na\n```\n", theme=LIGHT, message_id=3, code_index_start=5)
    assert 'href="copy-code:3:5"' in out


def test_code_blocks_returns_the_exact_code_in_link_order() -> None:
    assert code_blocks(CODE_MESSAGE) == [
        'def f(x):\n    return x < 1 and "<b>"  # not a tag',
        "plain & simple",
        "indented   code\twith a tab",
    ]
    nested = "- item\n\n  ```sh\n  echo hi\n\n  echo there\n  ```\n\n> ```\n> quoted\n> ```\n"
    assert code_blocks(nested) == ["echo hi\n\necho there", "quoted"]
    assert code_blocks("```js\nunterminated\n\nstill code") == ["unterminated\n\nstill code"]
    assert code_blocks("no code here") == []


def test_streaming_code_is_highlighted_in_runs_like_the_rendered_block() -> None:
    code = 'def f(x):\n\treturn x < 1 and "<b>"  # not a tag\x00'
    runs = code_runs(code, "python", LIGHT)
    assert "".join(text for text, _ in runs) == code.expandtabs(4).replace("\x00", "\ufffd")
    colours = {style.color for _, style in runs if style.color}
    rendered = render_markdown(f"```python\n{code}\n```", theme=LIGHT)
    assert colours and all(f"color:{colour};" in rendered for colour in colours)
    assert any(style.bold for _, style in runs)  # "def" and "return"
    assert code_runs(code, "no-such-language", LIGHT) == [
        (code.expandtabs(4).replace("\x00", "\ufffd"), PLAIN_CODE)
    ]


@pytest.mark.parametrize(
    ("line", "language"),
    [("```python\n", "python"), ("~~~ c++ {.x}\n", "c++"), ("````\n", ""), ("```<b>\n", "")],
)
def test_fence_language(line: str, language: str) -> None:
    assert fence_language(line) == language
    if language:
        assert f">{language}<" in render_markdown(line + "x\n```", theme=LIGHT)


def test_unknown_or_missing_languages_are_escaped_without_highlighting() -> None:
    out = render_markdown("```no-such-language\n<x> & y\n```", theme=LIGHT)
    assert "&lt;x&gt; &amp; y" in out
    assert '<span style="color:#' not in out
    out = render_markdown('```<script>alert("x")</script>\ncode\n```', theme=LIGHT)
    assert "<script" not in out


def test_inline_code_tables_quotes_lists_and_headings() -> None:
    out = render_markdown(SAMPLE, theme=LIGHT)
    assert '<code style="font-family:' in out and LIGHT.inline_code_bg in out
    assert '<table border="1" cellspacing="0" cellpadding="5"' in out
    assert "<th" in out and 'align="right"' in out
    assert '<h1 style="font-size:x-large;' in out
    assert "<ol" in out and "<ul" in out
    assert "<s>struck</s>" in out


def test_both_themes_render_with_their_own_colours() -> None:
    light = render_markdown(SAMPLE, theme=LIGHT)
    dark = render_markdown(SAMPLE, theme=DARK)
    assert light != dark
    assert LIGHT.code_bg in light and DARK.code_bg not in light
    assert DARK.code_bg in dark and LIGHT.code_bg not in dark
    assert DARK.pygments_style != LIGHT.pygments_style


# --- never raises -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "",
        "\x00\x01\x02 nul and controls \x1b[31m red",
        "lone surrogates \ud800 and \udfff here",
        "```\nunterminated fence\n\n",
        "~~~~\n```\nnot closed by backticks\n",
        ">" * 20_000 + " deep quote",
        "".join("  " * i + "- item\n" for i in range(200)),
        "- " * 20_000 + "deep list",
        "[" * 20_000 + "]" * 20_000,
        "*" * 20_000 + "x" + "*" * 20_000,
        "`" * 20_000,
        "|" + "a|" * 2000 + "\n|" + "-|" * 2000 + "\n",
        "<" * 20_000,
        "\r\n\r\n# crlf\r\n\r\n```py\r\nx = 1\r\n```\r\n",
        "\u202e right-to-left override \u2028\u2029 separators \ufeff bom",
    ],
)
def test_any_input_renders_without_raising(source: str) -> None:
    for theme in (LIGHT, DARK):
        out = render_markdown(source, theme=theme, message_id=1)
        assert isinstance(out, str)
        out.encode("utf-8")  # no lone surrogates reach Qt
        assert "<img" not in out and "<script" not in out
    code_blocks(source)
    assert 0 <= stable_prefix_length(source) <= len(source)


def test_a_megabyte_renders_in_reasonable_time() -> None:
    big = (SAMPLE * (1_000_000 // len(SAMPLE) + 1))[:1_000_000]
    start = time.perf_counter()
    out = render_markdown(big, theme=DARK, message_id=1)
    elapsed = time.perf_counter() - start
    start = time.perf_counter()
    render_markdown(SAMPLE, theme=DARK)
    typical = time.perf_counter() - start
    print(f"\nrender: typical message {typical * 1000:.1f} ms, 1 MB {elapsed:.2f} s")
    assert out.count("copy-code:1:") == big.count("```python")
    assert elapsed < 30


# --- Qt ---------------------------------------------------------------------------------------

HOSTILE = """\
![a](http://evil.example/a.png) ![b](https://evil.example/b.png "title")
![c](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==)
![d](file:///etc/passwd) ![e](pixel.png) ![f][ref]
<img src="http://evil.example/raw.png"> <link rel="stylesheet" href="http://evil.example/s.css">
[link](http://example.com) <https://example.com/auto> [rel](other.html)
<table background="http://evil.example/bg.png"><tr><td>x</td></tr></table>

[ref]: http://evil.example/ref.png

```html
<img src="http://evil.example/in-code.png">
```
"""


def _paint(doc: Any) -> None:
    from PySide6.QtGui import QImage, QPainter

    doc.setTextWidth(600)
    image = QImage(600, max(1, int(doc.size().height())), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()


def _recording_document() -> Any:
    from PySide6.QtGui import QTextDocument

    class RecordingDocument(QTextDocument):
        def __init__(self) -> None:
            super().__init__()
            self.requests: list[str] = []

        def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 - Qt override
            self.requests.append(name.toString())
            return None

    return RecordingDocument()


def test_qt_is_never_asked_to_load_a_resource(qapp: Any) -> None:
    # The recorder works: Qt does ask for an image given raw HTML.
    control = _recording_document()
    control.setHtml('<p><img src="http://evil.example/raw.png"></p>')
    _paint(control)
    assert control.requests

    for theme in (LIGHT, DARK):
        doc = _recording_document()
        doc.setHtml(render_markdown(HOSTILE, theme=theme, message_id=2))
        _paint(doc)
        assert doc.requests == []
        text = doc.toPlainText()
        assert "Image: a" in text and "Image: f" in text
        assert '<img src="http://evil.example/raw.png">' in text


def test_rendered_html_survives_insert_html_into_a_document(qapp: Any) -> None:
    from PySide6.QtGui import QTextCursor

    doc = _recording_document()
    cursor = QTextCursor(doc)
    cursor.insertHtml(render_markdown(SAMPLE, theme=LIGHT, message_id=1))
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertHtml(render_markdown(CODE_MESSAGE, theme=LIGHT, message_id=2))
    _paint(doc)
    assert doc.requests == []
    text = doc.toPlainText()
    assert "asyncio.run(main(3))" in text
    assert "plain & simple" in text


def test_code_keeps_leading_blank_lines_and_indentation_in_qt(qapp: Any) -> None:
    from PySide6.QtGui import QTextDocument

    for source in ("```\n\n\n  indented\n\tx\n```", "```python\n\n\n  indented\n\tx\n```"):
        doc = QTextDocument()
        doc.setHtml(render_markdown(source, theme=LIGHT))
        assert "Copy\n\n\n  indented\n    x\n" in doc.toPlainText()


def _screenshot(theme: Theme, path: Path) -> Any:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QTextBrowser

    browser = QTextBrowser()
    palette = browser.palette()
    for role, color in (
        (QPalette.ColorRole.Base, theme.background),
        (QPalette.ColorRole.Window, theme.background),
        (QPalette.ColorRole.Text, theme.text),
        (QPalette.ColorRole.Link, theme.link),
    ):
        palette.setColor(role, QColor(color))
    browser.setPalette(palette)
    browser.setOpenLinks(False)
    browser.document().setDocumentMargin(12)
    browser.document().setIndentWidth(20)
    browser.resize(600, 880)
    browser.setHtml(render_markdown(SAMPLE, theme=theme, message_id=1))
    image = browser.grab().toImage()
    assert image.save(str(path))
    browser.deleteLater()
    return image


def _share_of(image: Any, color: str) -> float:
    from PySide6.QtGui import QColor

    target = QColor(color).rgb()
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            total += 1
            hits += image.pixel(x, y) == target
    return hits / total


@pytest.mark.parametrize("name", ["light", "dark"])
def test_screenshot_shows_shaded_code_on_the_theme_background(
    qapp: Any, tmp_path: Path, name: str
) -> None:
    theme = Theme.light() if name == "light" else Theme.dark()
    keep = os.environ.get("SWITCHBOARD_MD_SCREENSHOTS")
    folder = Path(keep) if keep else tmp_path
    image = _screenshot(theme, folder / f"md_{name}.png")
    assert _share_of(image, theme.background) > 0.5
    assert _share_of(image, theme.code_bg) > 0.03  # the code box is shaded


# --- streaming: the stable prefix ------------------------------------------------------------

WORDS = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "`code`",
    "**bold**",
    "_it_",
    "[link](http://x.example)",
    "```",
    "~~~",
    "1.",
    "-",
    ">",
    "|",
]


def _words(rnd: random.Random, n: int) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(n))


def _fence_body(rnd: random.Random, char: str, length: int, indent: str) -> list[str]:
    lines = []
    for _ in range(rnd.randint(0, 5)):
        kind = rnd.random()
        if kind < 0.25:
            lines.append("")
        elif kind < 0.35 and length > 3:
            lines.append(indent + char * (length - 1))  # too short to close
        elif kind < 0.45:
            lines.append(indent + ("~~~" if char == "`" else "```"))  # other fence char
        elif kind < 0.5:
            lines.append(indent + "    " + char * length)  # indented 4+: content
        else:
            lines.append(indent + "  " * rnd.randint(0, 2) + _words(rnd, rnd.randint(1, 4)))
    return lines


def _block(rnd: random.Random, last: bool) -> str:
    kind = rnd.randrange(14)
    char = rnd.choice("`~")
    length = rnd.randint(3, 5)
    fence = char * length
    info = rnd.choice(["", "python", "js title=x", "text"])
    if kind == 0:
        lines = [_words(rnd, rnd.randint(1, 8)) for _ in range(rnd.randint(1, 3))]
    elif kind == 1:
        lines = [f"{'#' * rnd.randint(1, 3)} {_words(rnd, 3)}"]
    elif kind == 2:  # a list, tight or loose, maybe nested, maybe with continuation
        lines = []
        for i in range(rnd.randint(1, 4)):
            marker = rnd.choice(["-", "*", f"{i + 1}.", f"{i + 10})"])
            lines.append(f"{marker} {_words(rnd, 3)}")
            if rnd.random() < 0.3:
                lines.append("  - " + _words(rnd, 2))
            if rnd.random() < 0.3:
                lines += ["", "   " + _words(rnd, 2)]
            if rnd.random() < 0.3:
                lines.append("")
    elif kind in (3, 4):  # a top-level fence, maybe indented up to 3 spaces
        indent = " " * rnd.randint(0, 3)
        lines = [indent + fence + info, *_fence_body(rnd, char, length, "")]
        if not (last and rnd.random() < 0.5):
            lines.append(" " * rnd.randint(0, 3) + char * (length + rnd.randint(0, 2)))
    elif kind == 5:  # a fence in a list item, opened on the marker line or below it
        marker = rnd.choice(["-", "1.", "10."])
        pad = " " * (len(marker) + 1)
        if rnd.random() < 0.5:
            lines = [f"{marker} {fence}{info}"]
        else:
            lines = [f"{marker} {_words(rnd, 2)}", "", pad + fence + info]
        lines += [pad + line if line else "" for line in _fence_body(rnd, char, length, "")]
        lines.append(pad + fence)
    elif kind == 6:  # a fence in a block quote
        lines = ["> " + fence + info]
        lines += ["> " + line for line in _fence_body(rnd, char, length, "")]
        if rnd.random() < 0.8:
            lines.append("> " + fence)
    elif kind == 7:  # an indented code block with blank lines inside
        lines = ["    " + _words(rnd, 2), "", "    " + _words(rnd, 2)]
    elif kind == 8:
        lines = ["| a | b |", "|---|---|", f"| {_words(rnd, 1)} | {_words(rnd, 1)} |"]
    elif kind == 9:
        lines = ["> " + _words(rnd, 3), ">", "> > " + _words(rnd, 2)]
    elif kind == 10:  # a fence in a quote in a list item, or in an indented quote
        prefix = rnd.choice(["- > ", "   > ", "> - ", "> > "])
        pad = rnd.choice([prefix, prefix.replace("-", " "), "> ", ""])
        lines = [
            prefix + fence + info,
            *[pad + line for line in _fence_body(rnd, char, length, "")],
        ]
        lines.append(pad + fence)
    elif kind == 11:  # an ordered item that may not interrupt a paragraph
        lines = [_words(rnd, 3), f"2. {fence}{info}", "   " + _words(rnd, 2), "", "   " + fence]
    elif kind == 12:  # a fence indented four spaces under a numbered item
        lines = ["1. " + _words(rnd, 2), "", "    " + fence + info]
        lines += ["    " + line if line else "" for line in _fence_body(rnd, char, length, "")]
        lines.append("    " + fence)
    else:  # tabs
        lines = ["-\t" + fence, "\t" + _words(rnd, 2), "", "\t" + fence, "\tcode"]
    return "\n".join(lines)


def _document(rnd: random.Random) -> str:
    count = rnd.randint(1, 7)
    parts = [_block(rnd, i == count - 1) for i in range(count)]
    text = ""
    for part in parts:
        text += part + rnd.choice(["\n\n", "\n\n", "\n\n\n", "\n", "\n  \n"])
    if rnd.random() < 0.1:
        text = text.replace("\n", "\r\n")
    elif rnd.random() < 0.03:
        text = text.replace("\n", "\r", 1)
    return text if rnd.random() < 0.7 else text.rstrip("\r\n")


def block_kinds(text: str) -> list[str]:
    """The top-level blocks markdown-it finds, by kind."""
    from app.ui.chat.markdown import _markdown

    return [t.type for t in _markdown().parse(text) if t.level == 0 and t.nesting >= 0]


def _code_lines(text: str) -> list[tuple[int, int]]:
    from app.ui.chat.markdown import _markdown

    return [
        tuple(t.map) for t in _markdown().parse(text) if t.map and t.type in ("fence", "code_block")
    ]


@pytest.mark.parametrize("seed", range(12))
def test_stable_prefix_never_splits_a_code_block(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(25):
        text = _document(rnd)
        whole_blocks = code_blocks(text)
        code_lines = _code_lines(text)
        stables = [stable_prefix_length(text[:k]) for k in range(len(text) + 1)]

        # The tracker, fed in random small pieces, agrees at every step.
        tracker = StablePrefixTracker()
        k = 0
        while k < len(text):
            step = rnd.randint(1, 6)
            got = tracker.feed(text[k : k + step])
            k = min(len(text), k + step)
            assert got == stables[k], (text, k)

        previous = 0
        for k, stable in enumerate(stables):
            assert previous <= stable <= k, (text, k)
            previous = stable
        recorder = StablePrefixTracker(record=True)
        recorder.feed(text)
        contexts = dict(recorder.points or [])
        for stable in sorted(set(stables) - {0}):
            prefix, rest = text[:stable], text[stable:]
            context = contexts.get(stable)
            # It ends right after a blank line and before a line that starts in column 0, or
            # before a fence that opens in column 0, or after the one that closes it; or in a
            # top-level list, before an item in column 0; or in a table, after a row.
            last_line = prefix[:-1].rsplit("\n", 1)[-1]
            assert prefix.endswith("\n"), text
            assert (
                (not last_line.strip() and rest[:1] not in (" ", "\t", "\n"))
                or rest.startswith(("```", "~~~"))
                or last_line.lstrip(" ").startswith(("```", "~~~"))
                or (context is not None and context.list_number is not None and _ITEM.match(rest))
                or (context is not None and context.table_head is not None)
            ), (text, stable)
            line = prefix.count("\n")
            assert not any(start < line < end for start, end in code_lines), (text, stable)
            head = context.table_head or "" if context is not None else ""
            assert code_blocks(prefix) + code_blocks(head + rest) == whole_blocks, (text, stable)
            # Rendered separately, the two parts number their copy links like the whole.
            first = render_markdown(prefix, theme=LIGHT, message_id=9)
            second, _next = render_piece(
                rest,
                theme=LIGHT,
                message_id=9,
                code_index_start=len(code_blocks(prefix)),
                continues=context,
            )
            whole = render_markdown(text, theme=LIGHT, message_id=9)
            assert (first + second).count("copy-code:9:") == whole.count("copy-code:9:")
            if last_line.strip() and context is None:  # a fence's edge: no list splits there
                assert block_kinds(prefix) + block_kinds(rest) == block_kinds(text), text


_ITEM = re.compile(r"(?:[-+*]|\d{1,9}[.)])[ \t]")


def test_stable_prefix_examples() -> None:
    assert stable_prefix_length("para\n\n") == 0  # the next block has not started yet
    assert stable_prefix_length("para\n\nnext") == len("para\n\n")
    assert stable_prefix_length("para\n\n  indented") == 0
    assert stable_prefix_length("    code\n\n    more") == 0
    assert stable_prefix_length("    code\n\nafter") == len("    code\n\n")
    fenced = "```\na\n\nb\n"
    assert stable_prefix_length(fenced + "c") == 0
    assert stable_prefix_length(fenced + "```\n\nd") == len(fenced + "```\n\n")
    assert stable_prefix_length("````\n```\n\nx\n````\n\ny") == len("````\n```\n\nx\n````\n\n")
    assert stable_prefix_length("~~~\n```\n\nx") == 0
    assert stable_prefix_length("> ```\n> a\n\nb") == len("> ```\n> a\n\n")
    assert stable_prefix_length("- ```\n  a\n\n  b") == 0
    assert stable_prefix_length("- ```\n  a\n\n- b") == len("- ```\n  a\n\n")
    # A fence in column 0 settles what is before it, and itself once it closes.
    assert stable_prefix_length("Here:\n```py\na\n") == len("Here:\n")
    assert stable_prefix_length("- a\n```\nb\n```\nc") == len("- a\n```\nb\n```\n")
    assert stable_prefix_length(" ```\na\n```\nc") == 0  # indented: maybe inside a list item


def test_the_tracker_knows_when_a_column_0_fence_is_open() -> None:
    tracker = StablePrefixTracker()
    tracker.feed("Intro\n\n")
    assert tracker.open_fence_start is None
    tracker.feed("```python\nx = 1\n")
    assert tracker.open_fence_start == len("Intro\n\n") == tracker.stable_length
    tracker.feed("\n\ny = 2\n``")
    assert tracker.open_fence_start == len("Intro\n\n")
    tracker.feed("`\n")
    assert tracker.open_fence_start is None
    for opener in ("  ```\n", "- ```\n", "> ```\n"):  # maybe or surely inside a container
        other = StablePrefixTracker()
        other.feed(opener + "x\n")
        assert other.open_fence_start is None, opener


def test_tracker_cost_per_token_stays_flat() -> None:
    rnd = random.Random(0)
    chunks = []
    while sum(map(len, chunks)) < 400_000:
        chunks.append(_document(rnd) + "\n\n")
    text = "".join(chunks)
    tokens = [text[i : i + 4] for i in range(0, len(text), 4)]
    tracker = StablePrefixTracker()
    start = time.perf_counter()
    for token in tokens[: len(tokens) // 10]:
        tracker.feed(token)
    first_tenth = time.perf_counter() - start
    start = time.perf_counter()
    for token in tokens[len(tokens) // 10 :]:
        tracker.feed(token)
    rest = time.perf_counter() - start
    assert tracker.stable_length == stable_prefix_length(text)
    per_token_first = first_tenth / (len(tokens) // 10)
    per_token_rest = rest / (len(tokens) - len(tokens) // 10)
    print(f"\ntracker: {per_token_first * 1e6:.2f} µs/token early, {per_token_rest * 1e6:.2f} late")
    assert per_token_rest < per_token_first * 5

    # One huge line streamed in small pieces is not quadratic either.
    tracker = StablePrefixTracker()
    start = time.perf_counter()
    for _ in range(100_000):
        tracker.feed("abcdefghij")
    tracker.feed("\n")
    assert time.perf_counter() - start < 5


_SPLIT_CASES = {
    "bullets": "\n".join(f"- item {i}" for i in range(250)),
    "numbers": "Intro:\n\n" + "\n".join(f"{i + 3}. item {i}\n   more {i}" for i in range(250)),
    "ones": "\n".join(f"1. item {i}" for i in range(130)),
    "table": "Head\n\n| a | b |\n|---|:-:|\n"
    + "\n".join(f"| r{i} | v{i} |" for i in range(250))
    + "\n\ntext\n",
    "mixed": "- a\n  - b\n- c\n\n  para\n- d\n```\ncode\n```\n* e\n* f\n+ g\n2) h\n1) i\n2) j\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\nfoo\n- x\n- y\n\n1. a\n2. b\n> q\n3. c\n",
}


def _shown(qapp: Any, htmls: list[str]) -> list[tuple[str, str]]:
    """What a reader sees, block by block (list marker, text), with the pieces inserted the
    way the transcript inserts them."""
    from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

    from tests.helpers.documents import blocks

    document = QTextDocument()
    cursor = QTextCursor(document)
    for index, html_text in enumerate(htmls):
        if index:
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        cursor.insertHtml(html_text)
    return blocks(document)


@pytest.mark.parametrize("name", sorted(_SPLIT_CASES))
def test_lists_and_tables_split_while_streaming_read_like_the_whole(qapp: Any, name: str) -> None:
    from app.ui.chat.markdown import split_for_display

    text = _SPLIT_CASES[name]
    whole = _shown(qapp, [render_markdown(text, theme=LIGHT)])
    for step in (1, 7, 64):
        tracker = StablePrefixTracker()
        frozen, context, htmls = 0, None, []
        for k in range(0, len(text), step):
            tracker.feed(text[k : k + step])
            stable = tracker.stable_length
            if stable > frozen:
                after = tracker.stable_context
                htmls.append(
                    render_piece(
                        text[frozen:stable], theme=LIGHT, continues=context, open_end=bool(after)
                    )[0]
                )
                frozen, context = stable, after
        htmls.append(render_piece(text[frozen:], theme=LIGHT, continues=context)[0])
        assert len(htmls) > 2 or name == "mixed"
        assert _shown(qapp, htmls) == whole, (name, step)
    pieces = split_for_display(text, 100)
    rendered = [
        render_piece(p.text, theme=LIGHT, continues=p.continues, open_end=p.open_end)[0]
        for p in pieces
    ]
    assert len(pieces) > 1 and _shown(qapp, rendered) == whole


def test_long_runs_get_break_opportunities_outside_and_inside_code() -> None:
    from app.ui.chat.markdown import BREAK_EVERY, ZWSP

    run = "0" * 1_000
    for source in (run, f"`{run}`", f"```\n{run}\n```", f"```python\nx = '{run}' + y{run}\n```"):
        html_text = render_markdown(source, theme=LIGHT)
        shown = html.unescape(re.sub(r"<[^>]*>", "", html_text))  # spans do not break a run
        longest = max(len(part) for part in re.split(r"[\s\u200b]+", shown))
        assert longest <= BREAK_EVERY + 2, source[:20]
        assert ZWSP in html_text
    folded = render_markdown("x" * 50_000, theme=LIGHT)
    assert "40,000 more characters; Copy to get all" in folded and len(folded) < 20_000
