"""Markdown rendering (app.render, no Qt): safe for untrusted model output. What Qt makes of the
HTML is tested in tests/gui/test_markdown.py."""

from __future__ import annotations

import html
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.render.highlight import PLAIN_CODE, code_runs, fence_language
from app.render.markdown import code_blocks, render_markdown
from app.render.safe_text import is_openable_link
from app.render.stable_prefix import stable_prefix_length
from app.render.theme import Theme

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
        "import sys, app.render.markdown, app.render.stream, app.render.message_html; "
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


HAIKU = "An old silent pond\nA frog jumps into the pond\nSplash! Silence again."


def test_single_newlines_in_a_paragraph_are_line_breaks_but_not_in_code_or_tables() -> None:
    out = render_markdown(HAIKU, theme=LIGHT)
    assert out.count("<p ") == 1 and out.count("<br>") == 2
    # A list item's continuation line too; the items themselves stay items, without breaks.
    item = render_markdown("- first\n  goes on\n- second", theme=LIGHT)
    assert item.count("<li>") == 2 and item.count("<br>") == 1
    for source in (
        "```\nline one\nline two\n```",
        "    indented\n    code",
        "| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |",
        "- one\n- two\n- three",
        "1. one\n2. two",
        "# Title\nText",
    ):
        assert "<br" not in render_markdown(source, theme=LIGHT), source
    assert code_blocks("```\nline one\nline two\n```") == ["line one\nline two"]


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


def test_long_runs_get_break_opportunities_outside_and_inside_code() -> None:
    from app.render.safe_text import BREAK_EVERY, ZWSP

    run = "0" * 1_000
    for source in (run, f"`{run}`", f"```\n{run}\n```", f"```python\nx = '{run}' + y{run}\n```"):
        html_text = render_markdown(source, theme=LIGHT)
        shown = html.unescape(re.sub(r"<[^>]*>", "", html_text))  # spans do not break a run
        longest = max(len(part) for part in re.split(r"[\s\u200b]+", shown))
        assert longest <= BREAK_EVERY + 2, source[:20]
        assert ZWSP in html_text
    folded = render_markdown("x" * 50_000, theme=LIGHT)
    assert "40,000 more characters; Copy to get all" in folded and len(folded) < 20_000
