"""The cost meter and the spending guard in the real window, against the fake server."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.core.money import format_usd
from app.services.account import AccountService
from app.store.secrets import KeyStore
from tests.fakes.fake_openrouter import VALID_KEY, Scenario
from tests.helpers.windows import App

SONNET = "anthropic/claude-sonnet-4.5"  # $3/M in, $15/M out: costs big enough to read


def use_sonnet(app: App) -> None:
    model = app.catalogue.get(SONNET)
    assert model is not None
    app.window.parameters.use_model(model)


def test_the_composer_shows_what_a_send_may_cost(app: App) -> None:
    use_sonnet(app)
    app.view.composer.setPlainText("Explain the difference between a list and a tuple. " * 20)
    app.qtbot.waitUntil(lambda: "about $" in app.view.estimate.text(), timeout=2000)
    assert "at most $" in app.view.estimate.text()


def test_live_estimate_then_the_billed_figure(app: App) -> None:
    use_sonnet(app)
    app.fake.push(Scenario(text="word " * 150, token_delay=0.02, model=SONNET))
    app.send("Talk for a while")
    meter = app.window.cost_meter
    app.qtbot.waitUntil(
        lambda: "(est.)" in meter.answer.text() and "$" in meter.answer.text(), timeout=5000
    )
    app.wait_idle()
    app.qtbot.waitUntil(lambda: "(est.)" not in meter.answer.text(), timeout=5000)
    answer = app.history.messages(app.view.conversation_id)[1]
    assert answer.cost_is_billed and answer.cost is not None and answer.cost > 0
    assert meter.answer.text() == f"This answer: {format_usd(answer.cost)}"
    assert "Conversation: $" in meter.conversation.text() and "Today: $" in meter.today.text()
    assert "est." not in app.view.transcript.toPlainText()


def test_after_stop_the_bill_comes_from_generation(app: App) -> None:
    use_sonnet(app)
    app.fake.push(Scenario(text="word " * 400, token_delay=0.02, model=SONNET, gen_id="gen-stop-1"))
    app.fake.generation_404s = 2  # stats arrive late, as on OpenRouter
    app.send("Go on")
    app.qtbot.waitUntil(lambda: "word word word" in app.view.transcript.toPlainText(), timeout=5000)
    app.view.stop()
    app.wait_idle()

    def billed() -> bool:
        answer = app.history.messages(app.view.conversation_id)[1]
        return answer.cost_is_billed

    app.qtbot.waitUntil(billed, timeout=8000)
    answer = app.history.messages(app.view.conversation_id)[1]
    expected = app.fake.generations["gen-stop-1"]["total_cost"]
    assert answer.cost == Decimal(str(expected))
    lookups = [r for r in app.fake.requests if r.path.endswith("/generation")]
    assert len(lookups) >= 3


@pytest.mark.parametrize("agree", [False, True])
def test_a_send_that_could_pass_a_cap_is_held(
    app: App, monkeypatch: pytest.MonkeyPatch, agree: bool
) -> None:
    use_sonnet(app)
    window = app.window
    window.apply_settings(replace(window._settings, daily_cap=Decimal("0.001")))
    app.notices.answer(agree)
    app.fake.push(Scenario(text="fine"))
    app.view.composer.setPlainText("A long question " * 200)
    app.view.send(app.view.composer.toPlainText())
    asked = app.notices.of_kind("confirm")
    assert asked and "daily cap of $0.001" in asked[0].text
    if agree:
        app.wait_idle()
        assert len(app.fake.chat_requests) == 1
    else:
        assert app.fake.chat_requests == []
        assert app.view.composer.toPlainText().startswith("A long question")


def test_the_meter_warns_at_80_percent_of_a_cap(app: App) -> None:
    use_sonnet(app)
    app.fake.push(Scenario(text="word " * 100, model=SONNET))
    app.send("Hi")
    app.wait_idle()
    app.qtbot.waitUntil(lambda: app.costs.today_total() > 0, timeout=5000)
    spent = app.costs.today_total()
    window = app.window
    window.apply_settings(replace(window._settings, daily_cap=spent / Decimal("0.85")))
    assert "of $" in window.cost_meter.today.text()
    from app.ui.theme import warning_color

    assert warning_color() in window.cost_meter.today.styleSheet()  # the warning colour


def test_out_of_credit_shows_the_balance_and_keeps_the_prompt(app: App, tmp_path: Path) -> None:
    # The fake plays OpenRouter (its site), so the OpenRouter key from the environment goes to it.
    site = app.fake.base_url.removesuffix("/api/v1")
    environ = {"OPENROUTER_API_KEY": VALID_KEY}
    account = AccountService(app.client, KeyStore(), environ=environ, openrouter_site=site)
    app.window.attach(replace(app.services, account=account, data_folder=tmp_path))
    app.window.key_loaded(account.load())
    app.fake.push(Scenario(status=402))
    app.send("Expensive question")
    app.wait_idle()
    assert app.view.composer.toPlainText() == "Expensive question"
    status = app.window.status_message
    app.qtbot.waitUntil(lambda: "openrouter.ai/settings/credits" in status.message(), timeout=5000)
    assert "$7.50" in status.message()


def test_spending_exports_as_csv(app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app.fake.push(Scenario(text="answer"))
    app.send("Q")
    app.wait_idle()
    app.qtbot.waitUntil(lambda: app.costs.today_total() > 0, timeout=5000)
    target = tmp_path / "spend.csv"
    app.notices.answer(target)
    app.window.files.export_spending()
    app.qtbot.waitUntil(lambda: app.notices.said("Exported 1 row of spending"))  # off the UI thread
    lines = target.read_text().splitlines()
    assert len(lines) == 2 and "microsoft/wizardlm-2-8x22b" in lines[1]


@pytest.mark.parametrize("status", [402, 429, 500])
def test_a_refused_request_reads_not_charged_never_free_or_unknown(app: App, status: int) -> None:
    use_sonnet(app)
    for _ in range(3):  # 429 and 500 are retried twice first
        app.fake.push(Scenario(status=status))
    meter = app.window.cost_meter
    seen: list[str] = []
    app.send("Will this be billed?")
    app.qtbot.waitUntil(lambda: seen.append(meter.answer.text()) or not app.view.busy, timeout=8000)
    app.qtbot.waitUntil(lambda: "not charged" in meter.answer.text(), timeout=5000)
    assert not any("free" in text or "unknown" in text for text in seen), seen


def test_while_nothing_has_arrived_a_paid_answer_is_not_called_free(app: App) -> None:
    use_sonnet(app)
    app.fake.push(Scenario(text="late words", first_token_delay=1.5, model=SONNET))
    meter = app.window.cost_meter
    app.send("Take your time")
    app.qtbot.wait(900)  # two live refreshes, no token yet
    assert meter.answer.text() == "This answer: –"
    app.wait_idle()
    app.qtbot.waitUntil(lambda: "$" in meter.answer.text(), timeout=5000)


def test_a_held_send_suggests_the_maximum_length_that_fits_the_daily_cap(app: App) -> None:
    use_sonnet(app)  # up to 64,000 tokens at $15/M: about $0.96 at worst
    window = app.window
    window.apply_settings(replace(window._settings, daily_cap=Decimal("0.05")))
    app.notices.answer(False)
    app.send("Hi")
    asked = app.notices.of_kind("confirm")
    found = re.search(
        r"Set Maximum length to ([\d,]+) or less to stay under your daily cap\.", asked[0].text
    )
    assert found, asked[0].text
    field = window.parameters.rows["max_tokens"].field
    field.clear()
    app.qtbot.keyClicks(field, found.group(1).replace(",", ""))
    app.fake.push(Scenario(text="short", model=SONNET))
    app.view.send(app.view.composer.toPlainText())  # no question now: the worst case fits
    app.wait_idle()
    assert len(app.notices.of_kind("confirm")) == 1 and len(app.fake.chat_requests) == 1


def test_the_meter_writes_every_amount_the_locale_way(qtbot: Any) -> None:
    from app.core.cost import CapStatus
    from app.core.i18n import NumberStyle, set_number_style
    from app.services.costs import Spending
    from app.ui.cost_meter import CostMeter

    meter = CostMeter()
    qtbot.addWidget(meter)
    set_number_style(NumberStyle(",", ".", "0", "{amount} $"))  # German
    try:
        caps = (CapStatus("daily", Decimal(0), Decimal(1)),)
        meter.set_spending(Spending(Decimal(0), Decimal(0), Decimal("2.5"), caps))
        assert meter.today.text() == "Today: 0,00 $ of 1,00 $"
        assert meter.conversation.text() == "Conversation: 0,00 $"
        assert meter.month.text() == "Month: 2,50 $"
    finally:
        set_number_style(None)
    meter.set_spending(Spending(Decimal(0), Decimal(0), Decimal("2.5"), caps))
    assert meter.today.text() == "Today: $0.00 of $1.00"
