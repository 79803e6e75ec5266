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


class GrowingText:
    """An answer's text as it arrives, for a transcript driven without a turn: ``add`` a
    piece, then tell the transcript it grew; the transcript reads the text by calling this."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def add(self, piece: str) -> None:
        self._parts.append(piece)

    def __call__(self) -> str:
        if len(self._parts) > 1:  # as a turn does: joined once per read
            self._parts[:] = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""
