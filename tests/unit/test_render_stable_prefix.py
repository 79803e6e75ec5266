"""Streaming: the stable prefix of a growing answer (app.render.stable_prefix, no Qt)."""

from __future__ import annotations

import random
import re
import time

import pytest

from app.render.markdown import _markdown, code_blocks, render_markdown, render_piece
from app.render.stable_prefix import StablePrefixTracker, stable_prefix_length
from app.render.theme import Theme

LIGHT = Theme.light()

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
    return [t.type for t in _markdown().parse(text) if t.level == 0 and t.nesting >= 0]


def _code_lines(text: str) -> list[tuple[int, int]]:
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
