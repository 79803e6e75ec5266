"""WCAG contrast between two colours (plain ``#rrggbb`` strings, no Qt).

AA asks 4.5:1 for text and 3:1 for the edges of controls and for large text.
"""

from __future__ import annotations

__all__ = ["AA_CONTROL", "AA_TEXT", "contrast_ratio", "relative_luminance"]

AA_TEXT = 4.5
AA_CONTROL = 3.0


def relative_luminance(color: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2.x, sRGB)."""
    value = color.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white); the order of the two does not matter."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
