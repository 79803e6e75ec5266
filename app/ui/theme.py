"""Light, dark, or whatever the system uses.

Both forced themes are full palettes chosen for WCAG AA contrast (text 4.5:1, the edges of
controls 3:1; tests/gui/test_look.py checks every pair), and a thin proxy over Fusion draws the
edges of check boxes and text fields, and focus, in colours from that palette: Fusion's own
edges are the window colour made darker, which vanishes on a dark window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOption, QWidget

Role = QPalette.ColorRole

# Mid is the colour of control edges and of quiet text (a switched-off parameter's value), so
# it reads as text on Base and as an edge on Window.
_LIGHT = {
    Role.Window: "#f3f4f6",
    Role.WindowText: "#1f2328",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f6f8fa",
    Role.Text: "#1f2328",
    Role.Button: "#f6f7f9",
    Role.ButtonText: "#1f2328",
    Role.Highlight: "#0b5cc4",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1f2328",
    Role.PlaceholderText: "#636c76",
    Role.Link: "#0b5cc4",
    Role.LinkVisited: "#6639ba",
    Role.Mid: "#6e7781",
}
_DARK = {
    Role.Window: "#1f2227",
    Role.WindowText: "#e6e8eb",
    Role.Base: "#15171a",
    Role.AlternateBase: "#1c1f23",
    Role.Text: "#e6e8eb",
    Role.Button: "#2a2e34",
    Role.ButtonText: "#e6e8eb",
    Role.Highlight: "#3d6fd1",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#2a2e34",
    Role.ToolTipText: "#e6e8eb",
    Role.PlaceholderText: "#9aa1aa",
    Role.Link: "#6ea8ff",
    Role.LinkVisited: "#b59cf5",
    Role.Mid: "#8b929b",
}
# Disabled text is still read (the send estimate is a disabled label): it keeps AA contrast.
_DISABLED = {"light": "#656d76", "dark": "#979ea7"}
_DISABLED_ROLES = (Role.Text, Role.ButtonText, Role.WindowText)


def apply_theme(app: QApplication, theme: str) -> None:
    """``system`` follows the desktop (and its light/dark switch); the others force one."""
    hints = QGuiApplication.styleHints()
    if theme == "system":
        hints.unsetColorScheme()
        # Where the desktop gives no style of its own Qt draws Fusion: draw it with our clear
        # edges, focus rings and close glyph too (a desktop style such as Breeze is kept).
        if not isinstance(app.style(), ClearEdges) and app.style().name().lower() == "fusion":
            app.setStyle(ClearEdges())
        app.setPalette(QPalette())
        _restyle(app)
        return
    hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    if not isinstance(app.style(), ClearEdges):
        app.setStyle(ClearEdges())
    app.setPalette(dark_palette() if theme == "dark" else light_palette())
    _restyle(app)


def _restyle(app: QApplication) -> None:
    """A widget with its own style sheet keeps the palette it was polished with (the list of
    a library made before the theme changed stays white on dark): set each sheet again."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def dark_palette() -> QPalette:
    return _palette(_DARK, _DISABLED["dark"])


def light_palette() -> QPalette:
    return _palette(_LIGHT, _DISABLED["light"])


def _palette(colors: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in _DISABLED_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


_EDGED = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)


class ClearEdges(QProxyStyle):
    """Fusion, with check boxes and text fields edged in the palette's Mid colour, and focus
    shown as a solid ring in the Highlight colour (not a dotted one). No signals."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(  # noqa: N802 (Qt)
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorTabClose:
            self._close_glyph(option, painter)
            return
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            if option.state & QStyle.StateFlag.State_KeyboardFocusChange:  # as Fusion does
                self._ring(option, painter, QRectF(option.rect).adjusted(1, 1, -1, -1), 2.0)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element not in _EDGED:
            return
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if focused and element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            self._ring(option, painter, rect.adjusted(0.5, 0.5, -0.5, -0.5), 2.0)
            return
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        role = Role.Highlight if focused else Role.Mid
        painter.setPen(QPen(option.palette.color(role), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 2.0, 2.0)
        painter.restore()

    @staticmethod
    def _close_glyph(option: QStyleOption, painter: QPainter) -> None:
        """A plain × in the text colour (Fusion's hovered one is a red square that reads
        like an error); hovered or pressed, a soft square behind it."""
        state = option.state
        pointed = bool(state & (QStyle.StateFlag.State_Raised | QStyle.StateFlag.State_Sunken))
        strong = pointed or bool(state & QStyle.StateFlag.State_Selected)
        box = QRectF(option.rect)
        side = min(box.width(), box.height())
        square = QRectF(0, 0, side, side)
        square.moveCenter(box.center())
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        if pointed:
            shade = QColor(option.palette.color(Role.WindowText))
            shade.setAlphaF(0.14 if state & QStyle.StateFlag.State_Raised else 0.24)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawRoundedRect(square, 3.0, 3.0)
        color = option.palette.color(Role.WindowText if strong else Role.Mid)
        pen = QPen(color, 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        inset = side * 0.3
        cross = square.adjusted(inset, inset, -inset, -inset)
        painter.drawLine(cross.topLeft(), cross.bottomRight())
        painter.drawLine(cross.topRight(), cross.bottomLeft())
        painter.restore()

    @staticmethod
    def _ring(option: QStyleOption, painter: QPainter, rect: QRectF, width: float) -> None:
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(option.palette.color(Role.Highlight), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 3.0, 3.0)
        painter.restore()


def error_color(palette: QPalette | None = None) -> str:
    """Red for problems that reads (AA) on this palette's window and base, light or dark."""
    window = (palette or QApplication.palette()).color(Role.Window)
    return "#ff8a80" if window.lightness() < 128 else "#b3261e"


def warning_color(palette: QPalette | None = None) -> str:
    """Amber for warnings that reads (AA) on this palette's window, light or dark."""
    window = (palette or QApplication.palette()).color(Role.Window)
    return "#ffb74d" if window.lightness() < 128 else "#8a5300"
