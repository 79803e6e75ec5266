"""Reading a QTextDocument the way a person sees it."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument


def blocks(document: QTextDocument) -> list[tuple[str, str]]:
    """What the reader sees, block by block: (list marker, text), without the zero-width
    spaces the renderer adds as break opportunities."""
    seen = []
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        marker = text_list.itemText(block) if text_list is not None else ""
        text = block.text().replace("\u200b", "").strip()
        if text or marker:
            seen.append((marker, text))
        block = block.next()
    return seen
