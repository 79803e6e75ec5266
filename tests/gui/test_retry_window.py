"""Retry through the real window: only the newest failed turn offers Retry (a failed answer's
footer link, or the notice of a send that left no message), and only while nothing was sent
after it. Older notes and notices still say what happened, without asking for a Retry that is
not there; reopened from history, the conversation reads the same."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QUrl

from app.core.conversation import MessageStatus
from tests.fakes.fake_openrouter import Scenario
from tests.helpers.windows import App

PIECES = ["Partial ", "answer ", "that ", "stops ", "here"]
DROPPED = (
    "The connection dropped before the answer was finished. What arrived is kept and marked "
    "incomplete."
)
ASKS_FOR_RETRY = re.compile(r"press Retry", re.IGNORECASE)


def retry_links(transcript: Any) -> list[str]:
    """The targets of every "Retry" link the transcript shows."""
    found = []
    block = transcript.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.isAnchor() and fragment.text().strip() == "Retry":
                found.append(fmt.anchorHref())
            fragments += 1
        block = block.next()
    return found


def plain(transcript: Any) -> str:
    return str(transcript.toPlainText())


def last_answer(app: App) -> Any:
    return [m for m in app.history.messages(app.view.conversation_id) if m.role == "assistant"][-1]


def test_an_error_notice_stops_offering_retry_once_a_later_send_goes_through(app: App) -> None:
    app.fake.default = Scenario(status=500)  # (retries get the same)
    app.send("One")
    app.wait_idle(timeout=15_000)
    transcript = app.view.transcript
    (link,) = retry_links(transcript)
    assert link.startswith("action:retry-prompt:")
    assert "Press Retry in a minute" in plain(transcript)

    app.fake.default = Scenario(text="Two went through.")
    app.send("Two")
    app.wait_idle()
    text = plain(transcript)
    assert "Two went through." in text
    assert retry_links(transcript) == []
    # The notice still says what happened, and no longer asks for anything it cannot do.
    assert "The model's provider is down or overloaded right now." in text
    assert not ASKS_FOR_RETRY.search(text), text
    # (Even a click that reached the old link would resend nothing.)
    transcript.anchorClicked.emit(QUrl(link))
    assert not app.view.busy and len(app.fake.chat_requests) == 4


def test_only_the_newest_failed_turn_offers_retry_also_after_reopening(app: App) -> None:
    transcript = app.view.transcript
    app.fake.push(Scenario(chunks=PIECES, drop_after=2))
    app.send("First")
    app.wait_idle()
    first = last_answer(app)
    assert first.status is MessageStatus.FAILED
    assert retry_links(transcript) == [f"action:regenerate:{first.id}"]
    assert len(ASKS_FOR_RETRY.findall(plain(transcript))) == 1

    app.fake.push(Scenario(text="Fine."))
    app.send("Second")
    app.wait_idle()
    assert retry_links(transcript) == []
    text = plain(transcript)
    assert f"⚠ Incomplete: {DROPPED}\n" in text and not ASKS_FOR_RETRY.search(text), text

    app.fake.push(Scenario(chunks=PIECES, drop_after=2))
    app.send("Third")
    app.wait_idle()
    third = last_answer(app)
    assert third.status is MessageStatus.FAILED
    assert retry_links(transcript) == [f"action:regenerate:{third.id}"]
    assert len(ASKS_FOR_RETRY.findall(plain(transcript))) == 1

    def reopened() -> Any:
        window = app.reopen()
        window.open_conversation(app.view.conversation_id)
        view = window.current_view()
        assert view is not None
        app.qtbot.waitUntil(lambda: view.transcript.pieces_pending == 0)
        return view.transcript

    again = reopened()
    assert retry_links(again) == [f"action:regenerate:{third.id}"]
    assert plain(again).count(f"{DROPPED}\n") == 1  # the older note; the newest asks for Retry
    assert len(ASKS_FOR_RETRY.findall(plain(again))) == 1

    # A send that fails before any answer is the newest failed turn now: only its notice
    # offers Retry, and the answer before it stops asking.
    app.fake.default = Scenario(status=500)
    app.send("Fourth")
    app.wait_idle(timeout=15_000)
    (link,) = retry_links(transcript)
    assert link.startswith("action:retry-prompt:")
    text = plain(transcript)
    assert text.count(f"{DROPPED}\n") == 2
    assert ASKS_FOR_RETRY.findall(text) == ["Press Retry"], text  # the notice's
    # Nothing of that send was kept: reopened, the failed answer is the newest turn again.
    assert retry_links(reopened()) == [f"action:regenerate:{third.id}"]


def test_retry_pressed_while_the_failed_turn_is_still_ending_is_not_lost(app: App) -> None:
    """The refusal shows (with its Retry) a moment before the view stops being busy: a Retry
    pressed in that moment must still send, once the failed turn has ended."""
    from app.services.chat import TurnUndone

    view = app.view
    app.fake.default = Scenario(status=500)
    shown = view.apply
    pressed: list[bool] = []

    def apply(event: Any) -> None:
        shown(event)
        if isinstance(event, TurnUndone) and not pressed:
            pressed.append(view.busy)  # still ending: the task is not done yet
            app.fake.default = Scenario(text="Second time lucky.")
            view._action("retry-prompt", event.user_message_id)

    view.apply = apply  # type: ignore[method-assign]
    app.send("Try me")
    app.qtbot.waitUntil(lambda: "Second time lucky." in plain(view.transcript), timeout=10_000)
    assert pressed == [True]
    app.wait_idle()
