"""A fast path for the chunk a stream sends most: answer text and nothing else.

A server writes every such chunk of one answer alike, byte for byte, except the text: the
same ``id``, ``model``, ``created``, ``choices[0].delta`` with only ``content`` changing.
After the general path has decoded one of them, ``learn`` splits its JSON text around the
content's string literal. A later chunk that is that prefix, one valid JSON string literal
(checked by the json module's own scanner, as strictly as ``json.loads``), then that suffix,
decodes to the same object with another text, so its only effect is that text: no JSON object
needs to be built. Anything else (a usage chunk, a finish reason, thinking, an error, another
id) does not match and takes the general path.

``learn`` proves the split before trusting it: the same JSON with another text at that place
must decode to the learned object with only ``choices[0].delta.content`` changed (this rules
out a duplicate key that hides the literal, or a literal that belongs to another field).
"""

from __future__ import annotations

import json
import json.decoder
from collections.abc import Callable
from typing import Any

# The json module's own string scanner (C), as strict as json.loads; untyped in typeshed.
scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]

_KEY = '"content":"'
# More brackets than this and json.loads may run out of stack where the template would not
# (its depth limit depends on the caller's): such a chunk is never learned.
MAX_BRACKETS = 64


class ContentTemplate:
    """The JSON text of a text-only chunk around its content literal (see the module)."""

    __slots__ = ("_prefix", "_start", "_suffix")

    def __init__(self, prefix: str, suffix: str) -> None:
        self._prefix = prefix  # up to and including the literal's opening quote
        self._start = len(prefix)
        self._suffix = suffix

    def content(self, data: str) -> str | None:
        """The text of ``data`` if it is this template with another text, else None."""
        if not data.startswith(self._prefix):
            return None
        try:
            text, end = scanstring(data, self._start)
        except ValueError:  # not a valid JSON string: let the general path judge it
            return None
        if len(data) - end != len(self._suffix) or not data.endswith(self._suffix):
            return None
        return text


def text_only(chunk: Any) -> bool:
    """Whether the general path would take nothing from ``chunk`` but
    ``choices[0].delta.content`` (once the served model is known): no error, usage, finish
    reason, thinking, tool calls or annotations."""
    if not isinstance(chunk, dict) or "error" in chunk or isinstance(chunk.get("usage"), dict):
        return False
    choices = chunk.get("choices")
    choice = choices[0] if isinstance(choices, list) and choices else None
    if not isinstance(choice, dict):
        return False
    delta = choice.get("delta")
    if not isinstance(delta, dict) or not isinstance(delta.get("content"), str):
        return False
    reason, reasoning = choice.get("finish_reason"), delta.get("reasoning")
    return not (
        (isinstance(reason, str) and reason)
        or (isinstance(reasoning, str) and reasoning)
        or isinstance(delta.get("reasoning_details"), list)
        or isinstance(delta.get("tool_calls"), list)
        or isinstance(delta.get("annotations"), list)
        or isinstance(choice.get("annotations"), list)
    )


def learn(data: str, chunk: dict[str, Any]) -> ContentTemplate | None:
    """The template of ``data``, the JSON text that decoded to the ``text_only`` ``chunk``;
    None when its content literal cannot be found for certain."""
    if data.count(_KEY) != 1 or data.count("[") + data.count("{") > MAX_BRACKETS:
        return None
    start = data.index(_KEY) + len(_KEY)
    choice = chunk["choices"][0]
    content = choice["delta"]["content"]
    try:
        text, end = scanstring(data, start)
    except ValueError:
        return None
    if text != content:
        return None
    prefix, suffix = data[:start], data[end:]
    probe = "p" if content != "p" else "q"
    expected = {
        **chunk,
        "choices": [
            {**choice, "delta": {**choice["delta"], "content": probe}},
            *chunk["choices"][1:],
        ],
    }
    try:
        same = json.loads(prefix + probe + '"' + suffix) == expected
    except (ValueError, RecursionError):
        return None
    return ContentTemplate(prefix, suffix) if same else None
