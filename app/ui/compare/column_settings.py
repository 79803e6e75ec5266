"""A comparison column's settings, compact: what differs from the other columns stands out.

Signals: none (the view redraws it with ``show_row_values``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from app.core.compare_settings import SettingRow
from app.core.i18n import translate
from app.render.safe_text import ZWSP, breakable, plain_tooltip
from app.render.theme import Theme

# One "Settings" toggle for every comparison: shown or not, for the rest of the session.
_shown_this_session = True


def settings_shown() -> bool:
    return _shown_this_session


def remember_settings_shown(shown: bool) -> None:
    global _shown_this_session
    _shown_this_session = shown


def differ_style(palette: QPalette | None = None) -> str:
    """Bold on a yellow that reads on this palette, light or dark (the answers' marks too)."""
    base = (palette or QApplication.palette()).color(QPalette.ColorRole.Base)
    theme = Theme.dark() if base.lightness() < 128 else Theme.light()
    return f"font-weight:bold; background-color:{theme.mark_bg}; color:{theme.mark_text};"


def _wrappable(text: str) -> str:
    """A model id ("meta-llama/llama-3.3-8b-instruct") may wrap after its slash, and any long
    run every few characters: a narrow column shows all of it."""
    return breakable(text.replace("/", "/" + ZWSP))


class ColumnSettings(QLabel):
    """One column's settings as wrapping text, ``Label: value`` separated by middle dots; a
    value that differs from another column's is bold on a highlight. Never clipped: it wraps,
    and a shortened system prompt is whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Rich text for the highlight only: every value from a preset, a file or a server is
        # escaped, so nothing in it is read as a tag (an image it names is never loaded).
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        # As narrow as the column (never wider), as tall as the wrapped text (never cut).
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(translate("column_settings", "Column settings"))
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        self.setFont(font)
        self.plain = ""  # the same, without the highlight (tests and screen readers)

    def show_row_values(self, rows: Sequence[SettingRow], column: int) -> None:
        """Show column ``column``'s value of each row."""
        style = differ_style(self.palette())
        parts, plain, tips = [], [], []
        for row in rows:
            value = html.escape(_wrappable(row.values[column]))
            if row.differs:
                value = f'<span style="{style}">{value}</span>'
            parts.append(f"{html.escape(row.label)}: {value}")
            plain.append(f"{row.label}: {row.values[column]}")
            if row.full[column] != row.values[column]:
                tips.append(f"{row.label}: {row.full[column]}")
        self.setText(" · ".join(parts))
        self.plain = " · ".join(plain)
        self.setAccessibleDescription(self.plain)
        differing = [row.label for row in rows if row.differs]
        if differing:
            tips.append(
                translate("column_settings", "Differs from another column: {settings}.").format(
                    settings=", ".join(differing)
                )
            )

        self.setToolTip(plain_tooltip("\n".join(tips)) if tips else "")

    def clear_values(self) -> None:
        self.setText("")
        self.plain = ""
        self.setToolTip("")
        self.setAccessibleDescription("")
