"""Every user-visible string, in the user's language.

``translate("Context", "text")`` returns ``text`` translated: the window installs Qt's
translator at start (``set_translator``); until then, and where Qt is absent (the unit tests,
a tool), the English source comes back. ``pyside6-lupdate`` finds every call whose arguments
are string literals and writes them to the ``.ts`` files (``python scripts/i18n.py``), so:

- the context and the text are literals, never variables or f-strings;
- a sentence is one string, with named ``{fields}`` filled by ``.format`` after translating
  (a translator may reorder them), never glued from pieces;
- a count is the fourth argument, with the English singular as the comment:
  ``translate("meter", "%n answers", "one: %n answer", count)`` (Qt's plural forms; ``%n``
  is replaced by the count; English uses the comment's form for 1);
- a constant defined at import time is marked ``QT_TRANSLATE_NOOP("module", "Text")`` (it stays
  English) and translated where it is shown: ``translate("module", CONSTANT)``;
- the context is the name of the module the literal is written in (``chat_view``).

Pure: no Qt here (the UI layer passes ``QCoreApplication.translate`` in).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

# The interface languages shipped (code: name in that language). English is the source.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh_CN": "简体中文",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "de": "Deutsch",
    "fr": "Français",
    "ja": "日本語",
    "ru": "Русский",
    "ar": "العربية",
}
SYSTEM = "system"  # the setting's value for "as the system is"
RIGHT_TO_LEFT = frozenset({"ar"})  # the shipped languages written right to left
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")

Translator = Callable[[str, str, "str | None", int], str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text, with ``%n`` (and Qt's localised ``%Ln``) replaced by the count."""
    del context, disambiguation
    if n < 0:
        return text
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_translator: Translator = english


def set_translator(translator: Translator | None) -> None:
    """Route every ``translate`` through ``translator`` (None: back to English)."""
    global _translator
    _translator = translator or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (see the module's rules)."""
    said = _translator(context, text, disambiguation, n)
    if (
        n == 1
        and disambiguation
        and disambiguation.startswith(_ONE)
        and said == english(context, text, None, n)
    ):  # (English, or not translated: the singular the comment gives)
        return english(context, disambiguation[len(_ONE) :], None, n)
    return said


_ONE = "one: "


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for the tools)
    """Marks ``text`` for translation where it cannot be translated yet (a constant made at
    import); returns it unchanged."""
    del context
    return text


def choose_language(setting: str, system_names: list[str]) -> str:
    """The interface language to use: the setting's, else the first of the system's
    preferred languages (``de-DE``, ``pt_BR``, ``zh-Hans-CN``…) that is shipped, else
    English. A language is matched with its region where that matters (Brazilian
    Portuguese, Simplified Chinese) and by itself otherwise."""
    if setting in LANGUAGES:
        return setting
    for name in system_names:
        code = _shipped(name.replace("-", "_"))
        if code is not None:
            return code
    return "en"


def _shipped(name: str) -> str | None:
    parts = name.split("_")
    language = parts[0].lower()
    rest = [p.lower() for p in parts[1:]]
    if language == "zh":  # Simplified: mainland China, Singapore, or said outright
        simplified = not rest or "hans" in rest or rest[-1] in ("cn", "sg")
        return "zh_CN" if simplified else None
    if language == "pt":
        return "pt_BR"  # (the only Portuguese shipped: closer than English for Portugal too)
    return language if language in LANGUAGES else None


class NumberStyle(NamedTuple):  # (not a dataclass: made before the first paint, 0.5 ms)
    """How the chosen locale writes numbers and a dollar amount (money stays US dollars, as
    OpenRouter bills, written the local way: "$1,234.50", "1.234,50 $", "1 234,50 $")."""

    decimal: str = "."
    group: str = ","
    zero: str = "0"  # the locale's digit zero ("٠" for Arabic-Indic digits)
    money: str = "${amount}"  # where the amount goes, and the sign with it


_style = NumberStyle()


def set_number_style(style: NumberStyle | None) -> None:
    global _style
    _style = style or NumberStyle()


def local_number(text: str) -> str:
    """A number written the English way ("1,234.50", "-0.0012") in the locale's way."""
    style = _style
    if style == NumberStyle():
        return text
    table = {ord(","): "\0", ord("."): style.decimal}
    if style.zero != "0":
        table |= {ord(str(d)): chr(ord(style.zero) + d) for d in range(10)}
    return text.translate(table).replace("\0", style.group)


def english_number(text: str) -> str:
    """A number typed the locale's way ("1.234,50", "1 234,5") written the English way
    ("1,234.50"): the locale's decimal mark becomes "." and its grouping marks ","."""
    style = _style
    if style.decimal == ".":
        return text
    groups = {style.group, " ", "\u00a0", "\u202f", "'"} - {""}
    if style.decimal == ",":
        groups.add(".")
    out = []
    for char in text:
        if char == style.decimal:
            out.append(".")
        elif char in groups:
            out.append(",")
        elif style.zero != "0" and ord(style.zero) <= ord(char) <= ord(style.zero) + 9:
            out.append(str(ord(char) - ord(style.zero)))
        else:
            out.append(char)
    return "".join(out)


def local_money(number: str) -> str:
    """A dollar amount ("1,234.50", English way, no sign) in the locale's way ("1.234,50 $")."""
    return _style.money.format(amount=local_number(number))


def local_int(n: int) -> str:
    """A whole number grouped by thousands, the locale's way ("1,234", "1.234", "١٬٢٣٤")."""
    return local_number(f"{n:,}")


def local_decimal(x: float | Decimal, places: int) -> str:
    """A number with ``places`` decimals, the locale's way ("12.5", "12,5", "١٢٫٥"); not
    grouped (English shows "1234.5 s" as it always has)."""
    return local_number(f"{x:.{places}f}")


def grouped(text: str, count: int) -> str:
    """``text`` (a translated string whose ``%n`` gave ``count``) with the count grouped by
    thousands in the locale's digits: Qt's ``%n`` gives bare ASCII digits. Call this before
    filling any ``{field}``, so the only figures in ``text`` are the count's."""
    if abs(count) < 1000 and _style.zero == "0":
        return text
    return text.replace(str(count), local_int(count))
