"""A fair comparison made in the real window: the dialog's Fair box (ticked by default) pins one
provider per model, and every column's request says so (fake server, real HTTP)."""

from __future__ import annotations

from typing import Any

import pytest

from app.ui.tab_keys import TabKey
from tests.fakes.fake_openrouter import WIZARD
from tests.helpers.windows import App


def new_comparison(
    app: App,
    monkeypatch: pytest.MonkeyPatch,
    names: tuple[str, ...],
    *,
    fair: bool | None = None,
    blind: bool = False,
) -> Any:
    """Through ``MainWindow.new_comparison``; ``fair`` None leaves the box as it comes."""
    from app.ui.compare import new_comparison as dialog_module

    seen: dict[str, Any] = {}

    def run(dialog: Any) -> int:
        seen["fair_by_default"] = dialog.fair_box.isChecked()
        seen["tooltip"] = dialog.fair_box.toolTip()
        dialog.tick(*names)
        dialog.blind_box.setChecked(blind)
        if fair is not None:
            dialog.fair_box.setChecked(fair)
        dialog._accept()
        return int(dialog.result())

    monkeypatch.setattr(dialog_module.NewComparisonDialog, "exec", run)
    app.window.new_comparison()
    view = app.window.tabs.currentWidget()
    assert view.tab_key == TabKey("compare", view.comparison_id)
    view.seen = seen
    return view


def send_and_wait(app: App, view: Any, text: str = "Describe the sea.") -> list[dict[str, Any]]:
    view.composer.setPlainText(text)
    view.send(view.composer.toPlainText())
    app.qtbot.waitUntil(lambda: not view.busy, timeout=10_000)
    return [r.json for r in app.fake.chat_requests]


def endpoint_lookups(app: App) -> int:
    return sum(r.route.endswith("/endpoints") for r in app.fake.requests)


def test_a_fair_comparison_pins_one_provider_and_requires_every_setting(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = new_comparison(app, monkeypatch, ("Precise", "Creative", "Reproducible"))
    assert view.seen["fair_by_default"] is True
    assert view.seen["tooltip"]
    app.qtbot.waitUntil(lambda: endpoint_lookups(app) == 1, timeout=5000)
    app.qtbot.waitUntil(
        lambda: all(
            c.settings.routing.order for c in app.compare.store.columns(view.comparison_id)
        ),
        timeout=5000,
    )

    # The columns say which provider answers them, once it is pinned.
    app.qtbot.waitUntil(
        lambda: all("novita" in c.settings.plain.casefold() for c in view.columns), timeout=3000
    )
    bodies = send_and_wait(app, view)

    assert len(bodies) == 3
    assert {b["model"] for b in bodies} == {WIZARD["id"]}
    # Min P (Creative) and Seed (Reproducible): only Novita takes both.
    for body in bodies:
        assert body["provider"] == {
            "require_parameters": True,
            "allow_fallbacks": False,
            "order": ["novita"],
        }
    assert sorted(b["temperature"] for b in bodies) == [0.0, 0.2, 1.1]
    answers = [app.history.messages(c.conversation_id)[-1] for c in view.columns]
    assert [a.provider for a in answers] == ["Novita"] * 3
    assert not app.notices.said("provider")  # nothing to report
    comparison = app.compare.store.get(view.comparison_id)
    assert comparison is not None and comparison.fair


def test_when_no_provider_fits_the_window_says_so_and_still_requires_settings(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    app.fake.endpoints_status = 500
    view = new_comparison(app, monkeypatch, ("Precise", "Creative"))
    app.qtbot.waitUntil(lambda: app.notices.said("could not be looked up"), timeout=10_000)

    bodies = send_and_wait(app, view)

    assert [b["provider"] for b in bodies] == [{"require_parameters": True}] * 2


def test_unticked_fair_sends_no_routing_and_a_blind_title_names_no_preset(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = new_comparison(app, monkeypatch, ("Precise", "Creative"), fair=False, blind=True)
    comparison = app.compare.store.get(view.comparison_id)
    assert comparison is not None and not comparison.fair
    assert comparison.title == "Blind comparison"

    bodies = send_and_wait(app, view)

    assert endpoint_lookups(app) == 0
    assert all("provider" not in b for b in bodies)


def test_a_column_changed_in_place_is_pinned_again_and_the_screen_says_so(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Precise and Creative fit Together; Reproducible (Seed) next to Creative (Min P) needs
    Novita: changing a column re-pins every column of the model before the next send."""
    view = new_comparison(app, monkeypatch, ("Precise", "Creative"))
    app.qtbot.waitUntil(
        lambda: all(
            c.settings.routing.order for c in app.compare.store.columns(view.comparison_id)
        ),
        timeout=5000,
    )
    assert {c.settings.routing.order for c in app.compare.store.columns(view.comparison_id)} == {
        ("together",)
    }
    reproducible = next(
        p for p in app.window.services.presets.presets() if p.name == "Reproducible"
    )

    view.change_to_preset(view.columns[0], reproducible)

    app.qtbot.waitUntil(
        lambda: (
            {c.settings.routing.order for c in app.compare.store.columns(view.comparison_id)}
            == {("novita",)}
        ),
        timeout=5000,
    )
    app.qtbot.waitUntil(lambda: "novita" in view.columns[0].settings.plain.casefold(), timeout=3000)
    bodies = send_and_wait(app, view)
    assert [b["provider"]["order"] for b in bodies] == [["novita"], ["novita"]]
    assert sorted(b.get("seed", 0) for b in bodies) == [0, 42]


def test_a_setting_edited_in_the_dock_pins_the_columns_again(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Precise and Creative fit Together; Seed typed into Precise's dock fits Novita only."""
    view = new_comparison(app, monkeypatch, ("Precise", "Creative"))

    def orders() -> set[tuple[str, ...]]:
        return {c.settings.routing.order for c in app.compare.store.columns(view.comparison_id)}

    app.qtbot.waitUntil(lambda: orders() == {("together",)}, timeout=5000)
    dock = app.window.parameters
    precise = next(c for c in view.columns if c.label == "Precise")
    precise.transcript.setFocus()
    app.qtbot.waitUntil(lambda: dock.rows["temperature"].field.text() == "0.2", timeout=2000)
    dock.rows["seed"].field.setText("42")
    dock.rows["seed"]._typed()
    dock.flush()

    app.qtbot.waitUntil(lambda: orders() == {("novita",)}, timeout=5000)
    # The columns on screen say what is sent: the seed and the new provider, by name.
    app.qtbot.waitUntil(lambda: "Seed: 42" in precise.settings.plain, timeout=3000)
    app.qtbot.waitUntil(
        lambda: all("Novita" in c.settings.plain for c in view.columns), timeout=3000
    )
    bodies = send_and_wait(app, view)
    assert [b["provider"]["order"] for b in bodies] == [["novita"], ["novita"]]
    assert sorted(b.get("seed", 0) for b in bodies) == [0, 42]
