"""Keyboard focus on the transcript's links: Tab reaches them, Enter activates them, and the
focused one shows a solid Highlight ring rather than Qt's dotted outline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication

from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App


def answered(app: App, text: str = "The answer is forty-two.") -> int:
    app.fake.default = Scenario(text=text)
    app.send("A question")
    app.wait_idle()
    return app.history.messages(app.view.conversation_id)[1].id


def tab_to(app: App, href: str, *, limit: int = 20) -> None:
    transcript = app.view.transcript
    for _ in range(limit):
        if transcript.focused_link == href:
            return
        app.qtbot.keyClick(transcript, Qt.Key.Key_Tab)
    assert transcript.focused_link == href


def test_tab_reaches_copy_and_enter_copies_the_message(app: App) -> None:
    answer_id = answered(app)
    transcript = app.view.transcript
    transcript.setFocus(Qt.FocusReason.TabFocusReason)
    app.qtbot.waitUntil(transcript.hasFocus)
    QGuiApplication.clipboard().setText("something else")
    tab_to(app, f"action:copy:{answer_id}")
    assert transcript.hasFocus()
    app.qtbot.keyClick(transcript, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "The answer is forty-two."

    QGuiApplication.clipboard().setText("something else")  # Space activates it too
    app.qtbot.keyClick(transcript, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == "The answer is forty-two."


def test_shift_tab_goes_back_and_tab_past_the_last_link_leaves(app: App) -> None:
    answer_id = answered(app)
    transcript = app.view.transcript
    transcript.setFocus(Qt.FocusReason.TabFocusReason)
    app.qtbot.waitUntil(transcript.hasFocus)
    tab_to(app, f"action:fork:{answer_id}")  # the last link ("Continue in a new tab")
    app.qtbot.keyClick(transcript, Qt.Key.Key_Backtab)
    assert transcript.focused_link == f"action:regenerate-with:{answer_id}"
    app.qtbot.keyClick(transcript, Qt.Key.Key_Tab)
    assert transcript.focused_link == f"action:fork:{answer_id}"
    app.qtbot.keyClick(transcript, Qt.Key.Key_Tab)
    assert not transcript.hasFocus()
    assert QApplication.focusWidget() is app.view.composer

    # Back in from the composer, Shift+Tab past the first link leaves the other way.
    transcript.setFocus(Qt.FocusReason.BacktabFocusReason)
    app.qtbot.waitUntil(transcript.hasFocus)
    for _ in range(20):
        app.qtbot.keyClick(transcript, Qt.Key.Key_Backtab)
        if not transcript.hasFocus():
            break
    assert not transcript.hasFocus()


def ring_pixels(image: QImage, text: QRect, color: QColor) -> int:
    """Pixels of ``color`` around the link's ``text`` (the text itself, in the link colour,
    is left out)."""
    area = text.adjusted(-6, -6, 6, 6)
    count = 0
    for y in range(max(0, area.top()), min(image.height(), area.bottom() + 1)):
        for x in range(max(0, area.left()), min(image.width(), area.right() + 1)):
            if text.contains(x, y):
                continue
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - color.red()) < 40
                and abs(pixel.green() - color.green()) < 40
                and abs(pixel.blue() - color.blue()) < 40
            ):
                count += 1
    return count


def test_the_focused_link_has_a_solid_highlight_ring_not_the_dotted_outline(app: App) -> None:
    answer_id = answered(app)
    transcript = app.view.transcript
    assert not (
        transcript.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    transcript.setFocus(Qt.FocusReason.TabFocusReason)
    app.qtbot.waitUntil(transcript.hasFocus)
    highlight = transcript.palette().color(QPalette.ColorRole.Highlight)

    link = transcript._link_focus  # where the copy link is drawn
    tab_to(app, f"action:copy:{answer_id}")
    anchor = link.current
    assert anchor is not None
    rects = link.rects(anchor)
    assert rects
    assert not transcript.textCursor().hasSelection()  # Qt's focus outline follows a selection
    focused = transcript.viewport().grab().toImage()
    assert ring_pixels(focused, rects[0], highlight) >= 2 * rects[0].width()

    app.qtbot.keyClick(transcript, Qt.Key.Key_Tab)  # the ring moves on with the focus
    unfocused = transcript.viewport().grab().toImage()
    assert ring_pixels(unfocused, rects[0], highlight) <= 4


def test_a_link_is_underlined_while_the_mouse_is_over_it_and_named_when_focused(
    app: App, monkeypatch: Any
) -> None:
    from app.ui.chat.link_focus import anchors

    answer_id = answered(app)
    transcript = app.view.transcript
    copy = next(a for a in anchors(transcript.document()) if a.href == f"action:copy:{answer_id}")
    (rect,) = transcript._link_focus.rects(copy)
    app.qtbot.mouseMove(transcript.viewport(), rect.center())
    app.qtbot.waitUntil(lambda: transcript._link_focus.hovered == copy)
    app.qtbot.mouseMove(transcript.viewport(), QPoint(rect.left(), rect.bottom() + 200))
    app.qtbot.waitUntil(lambda: transcript._link_focus.hovered is None)

    said: list[str] = []
    monkeypatch.setattr("app.ui.labels.announce", lambda _w, text, **_k: said.append(text))
    transcript.setFocus(Qt.FocusReason.TabFocusReason)
    tab_to(app, f"action:copy:{answer_id}")
    assert said[-1] == "Copy, link"
