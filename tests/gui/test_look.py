"""Issue #14, look and feel: contrast in both themes, the Help menu, shortcuts, the empty
states, and message labels a screen reader can read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.render.contrast import contrast_ratio
from app.ui.theme import apply_theme

Role = QPalette.ColorRole


@pytest.fixture
def themed(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[QApplication]:
    apply_theme(qapp, request.param)
    try:
        yield qapp
    finally:
        apply_theme(qapp, "system")


def _pairs(palette: QPalette) -> dict[str, tuple[QColor, QColor, float]]:
    """The colours that must contrast, each with the ratio AA asks: 4.5 for text on its
    background, 3 for the edges of controls and for the focus ring."""
    active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled

    def pair(
        group: QPalette.ColorGroup, fg: QPalette.ColorRole, bg: QPalette.ColorRole, ratio: float
    ) -> tuple[QColor, QColor, float]:
        return (palette.color(group, fg), palette.color(group, bg), ratio)

    return {
        "text on window": pair(active, Role.WindowText, Role.Window, 4.5),
        "text on base": pair(active, Role.Text, Role.Base, 4.5),
        "text on alternate rows": pair(active, Role.Text, Role.AlternateBase, 4.5),
        "button text": pair(active, Role.ButtonText, Role.Button, 4.5),
        "selected text": pair(active, Role.HighlightedText, Role.Highlight, 4.5),
        "tooltip text": pair(active, Role.ToolTipText, Role.ToolTipBase, 4.5),
        "placeholder": pair(active, Role.PlaceholderText, Role.Base, 4.5),
        "link on base": pair(active, Role.Link, Role.Base, 4.5),
        "link on window": pair(active, Role.Link, Role.Window, 4.5),
        "quiet text (a parameter that is off)": pair(active, Role.Mid, Role.Base, 4.5),
        "disabled text on window": pair(disabled, Role.WindowText, Role.Window, 4.5),
        "disabled text on base": pair(disabled, Role.Text, Role.Base, 4.5),
        "disabled button text": pair(disabled, Role.ButtonText, Role.Button, 4.5),
        "control edge on window": pair(active, Role.Mid, Role.Window, 3.0),
        "control edge on base": pair(active, Role.Mid, Role.Base, 3.0),
        "focus ring on window": pair(active, Role.Highlight, Role.Window, 3.0),
        "focus ring on base": pair(active, Role.Highlight, Role.Base, 3.0),
    }


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_every_palette_pair_meets_wcag_aa(themed: QApplication) -> None:
    failing = {
        what: f"{fg.name()} on {bg.name()}: {contrast_ratio(fg.name(), bg.name()):.2f} < {need}"
        for what, (fg, bg, need) in _pairs(themed.palette()).items()
        if contrast_ratio(fg.name(), bg.name()) < need
    }
    assert failing == {}


@pytest.mark.parametrize("themed", ["light", "dark"], indirect=True)
def test_an_unchecked_box_has_an_edge_that_stands_out_from_the_window(
    themed: QApplication, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    box = QCheckBox("Temperature")
    qtbot.addWidget(box)
    box.resize(200, 40)
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    edge = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    window = themed.palette().color(Role.Window).name()
    ratios = [
        contrast_ratio(image.pixelColor(edge.left(), y).name(), window)
        for y in range(edge.top() + 2, edge.bottom() - 1)
    ]
    assert max(ratios) >= 3.0, ratios
