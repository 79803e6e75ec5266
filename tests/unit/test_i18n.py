"""The translation hook every layer uses (app/core/i18n.py) and the tool that reads the strings
out of the code (scripts/i18n.py): English by default, plurals by the comment's singular, the
system's language matched to a shipped one, and every call literal so no string is missed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    TRANSLATED,
    choose_language,
    set_translator,
    translate,
)
from tests.helpers.i18n_tool import load_i18n_tool

ROOT = Path(__file__).resolve().parents[2]


tool = load_i18n_tool()


@pytest.fixture
def marking() -> Iterator[list[tuple[str, str, str | None, int]]]:
    calls: list[tuple[str, str, str | None, int]] = []

    def mark(context: str, text: str, comment: str | None = None, n: int = -1) -> str:
        calls.append((context, text, comment, n))
        return "⟦" + text.replace("%n", str(n)) + "⟧"

    set_translator(mark)
    yield calls
    set_translator(None)


def test_without_a_translator_the_english_text_comes_back() -> None:
    assert translate("meter", "Today: {cost}") == "Today: {cost}"
    assert translate("meter", "%n answers", "one: %n answer", 2) == "2 answers"
    assert translate("meter", "%n answers", "one: %n answer", 1) == "1 answer"
    assert translate("meter", "%n answers", "one: %n answer", 0) == "0 answers"
    assert translate("meter", "%Ln tokens", "one: %Ln token", 12500) == "12,500 tokens"


def test_a_translator_gets_the_context_the_comment_and_the_count(
    marking: list[tuple[str, str, str | None, int]],
) -> None:
    assert translate("meter", "%n answers", "one: %n answer", 1) == "⟦1 answers⟧"
    assert marking == [("meter", "%n answers", "one: %n answer", 1)]
    assert QT_TRANSLATE_NOOP("meter", "Blind comparison") == "Blind comparison"  # (unchanged)


@pytest.mark.parametrize(
    ("setting", "system", "chosen"),
    [
        ("de", ["ja-JP"], "de"),  # the setting wins
        ("system", ["de-DE", "en-US"], "de"),
        ("system", ["fr-CA"], "fr"),
        ("system", ["pt-PT"], "pt_BR"),
        ("system", ["pt-BR"], "pt_BR"),
        ("system", ["zh-Hans-CN"], "zh_CN"),
        ("system", ["zh-CN"], "zh_CN"),
        ("system", ["zh"], "zh_CN"),
        ("system", ["zh-TW"], "en"),  # Traditional: not shipped (English, not the wrong script)
        ("system", ["zh-Hant-HK", "ja-JP"], "ja"),  # the next preferred one shipped
        ("system", ["nl-NL", "ru-RU"], "ru"),
        ("system", ["ar-EG"], "ar"),
        ("system", ["nl-NL"], "en"),
        ("system", [], "en"),
        ("klingon", ["es-MX"], "es"),  # a damaged setting: as the system is
    ],
)
def test_the_language_is_the_setting_else_the_first_shipped_system_one(
    setting: str, system: list[str], chosen: str
) -> None:
    assert choose_language(setting, system) == chosen


def test_eight_languages_are_shipped_besides_english() -> None:
    assert sorted(TRANSLATED) == sorted(["zh_CN", "es", "pt_BR", "de", "fr", "ja", "ru", "ar"])
    assert set(LANGUAGES) == {"en", *TRANSLATED}


def test_the_string_reader_finds_literals_plurals_and_marked_constants(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "from app.core.i18n import translate, QT_TRANSLATE_NOOP\n"
        "TITLE = QT_TRANSLATE_NOOP('sample', 'Blind comparison')\n"
        "def f(n, painter, text):\n"
        "    painter.translate(12, 12)\n"  # (not a translation)
        "    a = translate('sample', 'Today: {cost}')\n"
        "    b = translate('sample', '%n answers', 'one: %n answer', n)\n"
        "    c = translate('sample', f'Hello {n}')\n"  # (built on the spot: reported)
        "    d = translate('sample', 'Total', None, n)\n"  # (a count without %n: reported)
        "    e = translate(text, 'Hello')\n"  # (a context that is not literal: reported)
        "    return translate('sample', TITLE)\n",  # (a marked constant: looked up, fine)
        encoding="utf-8",
    )
    tool.ROOT = tmp_path
    try:
        messages, problems = tool.extract([source])
    finally:
        tool.ROOT = ROOT
    found = {(m.context, m.source, m.comment, m.numerus) for m in messages}
    assert ("sample", "Blind comparison", "", False) in found
    assert ("sample", "Today: {cost}", "", False) in found
    assert ("sample", "%n answers", "one: %n answer", True) in found
    assert len(problems) == 3
    assert [p.split(":")[1] for p in problems] == ["7", "8", "9"]


def test_a_ts_file_keeps_translations_and_drops_what_the_code_no_longer_has(
    tmp_path: Path,
) -> None:
    message = tool.Message
    ts = tmp_path / "switchboard_ru.ts"
    first = [message("m", "Hello", "", False), message("m", "%n answers", "one: %n answer", True)]
    tool.write_ts(ts, "ru", first)
    assert len(tool.unfinished(ts)) == 2
    text = ts.read_text(encoding="utf-8")
    assert text.count("<numerusform") == 3  # Russian has three plural forms
    done = text.replace(
        '<translation type="unfinished" />', "<translation>Привет</translation>", 1
    ).replace("<numerusform />", "<numerusform>%n ответ</numerusform>")
    done = done.replace('<translation type="unfinished">', "<translation>")
    ts.write_text(done, encoding="utf-8")
    assert tool.unfinished(ts) == []
    tool.write_ts(ts, "ru", [first[0], message("m", "Bye", "", False)])
    after = tool.read_ts(ts)
    assert set(after) == {("m", "Hello", ""), ("m", "Bye", "")}
    assert after[("m", "Hello", "")].findtext("translation") == "Привет"
    assert tool.unfinished(ts) == ["m: Bye"]


def test_every_translate_call_in_the_app_is_literal() -> None:
    _messages, problems = tool.extract(tool.sources())
    assert problems == []


def test_an_amount_typed_the_locale_way_is_read_right() -> None:
    from decimal import Decimal

    from app.core.i18n import NumberStyle, set_number_style
    from app.core.money import format_usd, parse_amount

    assert parse_amount("1,000.50") == Decimal("1000.50")  # (English: a comma groups)
    set_number_style(NumberStyle(",", ".", "0", "{amount} $"))  # German
    try:
        assert parse_amount("1,50", typed=True) == Decimal("1.50")  # not $150
        assert parse_amount("1.234,50 $", typed=True) == Decimal("1234.50")
        assert parse_amount("$2", typed=True) == Decimal(2)
        assert format_usd(Decimal("1234.5")) == "1.234,50 $"
        assert format_usd(Decimal("0.0012")) == "0,0012 $"
    finally:
        set_number_style(None)
    set_number_style(NumberStyle(",", "\u202f", "0", "{amount}\u00a0$"))  # French
    try:
        assert parse_amount("1\u202f234,5", typed=True) == Decimal("1234.5")
    finally:
        set_number_style(None)
    assert format_usd(Decimal("1234.5")) == "$1,234.50"


def test_how_often_a_key_limit_resets_is_said_in_the_users_language(
    marking: list[tuple[str, str, str | None, int]],
) -> None:
    from decimal import Decimal

    from app.api.events import KeyInfo
    from app.services.account import describe_key

    def key(reset: str | None) -> KeyInfo:
        return KeyInfo(
            "Mine", Decimal(10), Decimal("7.5"), reset, Decimal("2.5"), None, None, False
        )

    assert "⟦monthly⟧" in describe_key(key("monthly"))  # (OpenRouter's word, translated)
    assert "hourly" in describe_key(key("hourly"))  # (an unknown word: shown as it came)
    set_translator(None)
    assert "resets monthly" in describe_key(key("monthly"))
