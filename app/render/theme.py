"""Colours and fonts for rendered answers (plain values: the view turns them into Qt's)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MONO", "MONO_FAMILIES", "ChatColors", "Theme"]

# Monospace fonts in order of preference; Qt picks the first one installed.
MONO_FAMILIES = ("JetBrains Mono", "Cascadia Mono", "Consolas", "Menlo", "DejaVu Sans Mono")
MONO = ", ".join(f"'{name}'" if " " in name else name for name in MONO_FAMILIES) + ", monospace"


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours for rendered Markdown (``#rrggbb``) and the Pygments style for code.

    ``background`` and ``text`` are what the view should give the document (palette Base and
    Text); the other colours were chosen to read well on that background.
    """

    text: str
    muted: str
    link: str
    code_bg: str
    code_border: str
    inline_code_bg: str
    pygments_style: str
    background: str = "#ffffff"
    # Compare's "Highlight differences": a yellow that reads on ``background`` with ``mark_text``.
    mark_bg: str = "#fff0a8"
    mark_text: str = "#1f2328"

    @classmethod
    def light(cls) -> Theme:
        return cls(
            text="#1f2328",
            muted="#656d76",
            link="#0969da",
            code_bg="#f6f8fa",
            code_border="#d0d7de",
            inline_code_bg="#eef1f4",
            pygments_style="friendly",
            background="#ffffff",
        )

    @classmethod
    def dark(cls) -> Theme:
        return cls(
            text="#e6edf3",
            muted="#8d96a0",
            link="#58a6ff",
            code_bg="#161b22",
            code_border="#30363d",
            inline_code_bg="#2b3038",
            pygments_style="github-dark",
            background="#0d1117",
            mark_bg="#5c4a00",
            mark_text="#ffffff",
        )


@dataclass(frozen=True, slots=True)
class ChatColors:
    """Colours of the conversation around the Markdown: your messages, warnings."""

    user_bg: str
    warning: str

    @classmethod
    def light(cls) -> ChatColors:
        return cls(user_bg="#eef4fb", warning="#9a6700")

    @classmethod
    def dark(cls) -> ChatColors:
        return cls(user_bg="#1c2733", warning="#e3b341")
