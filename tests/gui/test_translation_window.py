"""The main window's own chrome under the pseudo language: menus, status bar, cost meter,
library, welcome page and the notices the window gives show only translated text (the chat
view, the comparison view, prompt sets, the docks in app/ui/docks and the dialogs in
app/ui/dialogs are checked by their own tests)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from app.api import KeyInfo
from app.core.cost import CapStatus
from app.services.costs import Spending
from app.store.secrets import KeyStore
from app.ui import menus
from app.ui.i18n import PSEUDO_CLOSE, PSEUDO_OPEN
from tests.gui.test_key_flows import with_account
from tests.helpers.keyrings import TRUSTED, MemoryKeyring
from tests.helpers.pseudo import pseudo_language, unmarked, untranslated
from tests.helpers.windows import App, open_app


@pytest.fixture
def pseudo_app(qtbot: Any, qloop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[App]:
    """The window made, and used, under the pseudo language."""
    with pseudo_language(), open_app(qtbot, qloop, tmp_path) as opened:
        yield opened


def _others(window: Any) -> tuple[QWidget, ...]:
    """Widgets other parts own: the tabs' views (chat, comparison, run) and the Parameters
    dock."""
    return (*window.tab_widgets(), window.parameters)


def _marked(text: str) -> bool:
    return text.startswith(PSEUDO_OPEN) and text.endswith(PSEUDO_CLOSE)


def test_menus_show_only_translated_entries(pseudo_app: App) -> None:
    window = pseudo_app.window
    bar = window.menuBar()
    assert untranslated(bar) == []
    titles = [action.text() for action in bar.actions()]
    assert len(titles) == 4 and all(_marked(title) for title in titles)
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        assert menu.actions(), action.text()
        assert untranslated(menu) == [], action.text()


def test_status_bar_cost_meter_and_library_are_translated(pseudo_app: App) -> None:
    window = pseudo_app.window
    # The tab's title is the stored default title (app/store/history.py's DEFAULT_TITLE):
    # a conversation's name, not translated here; "test" is where the tests' key comes from.
    found = untranslated(window, skip=_others(window), allowed=("New conversation", "\ntest"))
    assert found == []
    meter = window.cost_meter
    assert _marked(meter.answer.text()) and _marked(meter.accessibleName())
    assert _marked(window.library.windowTitle())
    assert _marked(window.library.search.placeholderText())


def test_the_cost_meter_figures_read_as_whole_translated_sentences(pseudo_app: App) -> None:
    meter = pseudo_app.window.cost_meter
    meter.set_answer(Decimal("0.0123"), billed=False)
    meter.set_spending(
        Spending(
            conversation=Decimal("0.5"),
            today=Decimal("1"),
            month=Decimal("2"),
            caps=(CapStatus("daily", Decimal("1"), Decimal("4")),),
        ),
        "Comparison",
    )
    meter.set_credit(
        KeyInfo("k", Decimal(5), Decimal(3), None, Decimal(2), None, None, is_free_tier=False)
    )
    texts = [meter.answer, meter.conversation, meter.today, meter.month, meter.credit]
    for label in texts:
        assert unmarked(label.text()) is None, label.text()
        assert unmarked(label.toolTip()) is None, label.toolTip()
    assert "(est.)⟧" in meter.answer.text() and "$0.01" in meter.answer.text()
    assert meter.conversation.text().startswith(PSEUDO_OPEN + "Comparison: $0.50")
    assert meter.today.text() == PSEUDO_OPEN + "Today: $1.00 of $4.00" + PSEUDO_CLOSE
    assert meter.today.toolTip() == PSEUDO_OPEN + "25% of your daily cap" + PSEUDO_CLOSE
    assert meter.credit.text() == PSEUDO_OPEN + "Credit: $3.00 left" + PSEUDO_CLOSE
    meter.set_answer_taken_back(not_charged=True)
    assert _marked(meter.answer.text()) and _marked(meter.answer.toolTip())


def test_library_rows_and_the_empty_library_are_translated(pseudo_app: App) -> None:
    window, history, qtbot = pseudo_app.window, pseudo_app.history, pseudo_app.qtbot
    library = window.library
    conversation = history.create_conversation("Trip plan")
    history.add_message(conversation.id, "user", "Where to?")
    library.search.setText("nothing like this")  # (searched after a short pause)
    qtbot.waitUntil(library.empty.isVisible)
    assert unmarked(library.empty.text(), allowed=("nothing like this",)) is None
    library.search.clear()
    qtbot.waitUntil(lambda: not library.empty.isVisible())
    rows = [library.list.item(i) for i in range(library.list.count())]
    trip = next(item for item in rows if item.text().startswith("Trip plan"))
    when = trip.text().split("\n")[1]
    assert _marked(when.split(" · ")[1])  # the count, translated as one phrase
    assert untranslated(library, skip=(library.list,)) == []


def test_in_english_a_library_row_counts_one_message_in_the_singular(app: App) -> None:
    conversation = app.history.create_conversation("Trip plan")
    app.history.add_message(conversation.id, "user", "Where to?")
    app.window.library.refresh()
    rows = [app.window.library.list.item(i) for i in range(app.window.library.list.count())]
    trip = next(item for item in rows if item.text().startswith("Trip plan"))
    assert trip.text().split("\n")[1].endswith(" · 1 message")
    app.history.add_message(conversation.id, "assistant", "Lisbon.")
    app.window.library.refresh()
    rows = [app.window.library.list.item(i) for i in range(app.window.library.list.count())]
    trip = next(item for item in rows if item.text().startswith("Trip plan"))
    assert trip.text().split("\n")[1].endswith(" · 2 messages")


def test_the_window_notices_are_translated(pseudo_app: App) -> None:
    window = pseudo_app.window
    menus.regenerate(window)  # a new conversation: nothing to regenerate
    menus.copy_answer(window)
    said = [text for _kind, text in pseudo_app.notices.posts]
    assert len(said) == 2 and all(_marked(text) for text in said)
    assert untranslated(window.status_message) == []
    assert _marked(window.status_message.accessibleName())


def test_the_welcome_page_is_translated(pseudo_app: App) -> None:
    with_account(pseudo_app, KeyStore(backend=MemoryKeyring(), trusted=TRUSTED))  # no key
    window = pseudo_app.window
    assert window.welcome_shown
    welcome = window.account_flow.welcome
    assert welcome is not None
    assert untranslated(welcome, skip=(welcome.panel,)) == []  # the key panel: a dialog's
    assert unmarked(welcome.intro.text()) is None
    # The title, three paragraphs and where the key is kept (inside the second).
    assert welcome.intro.text().count(PSEUDO_OPEN) == 5
