"""The shipped translations (translations/*.ts): each translated string keeps the source's
{fields}, %n, HTML tags and menu accelerator, so no translation can break a sentence at run
time (a missing {field} would raise, a lost tag would show markup)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers.i18n_tool import load_i18n_tool

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "translations"


tool = load_i18n_tool()
FILES = sorted(FOLDER.glob("switchboard_*.ts"))


def fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}", text))


def tags(text: str) -> list[str]:
    return sorted(re.sub(r"\s+", " ", t) for t in re.findall(r"</?[a-zA-Z][^>]*>", text))


def accelerator(text: str) -> int:
    return len(re.findall(r"&(?!amp;|lt;|gt;|quot;|#)\S", text))


def problems(source: str, translation: str, numerus: bool) -> list[str]:
    found = []
    if fields(source) != fields(translation):
        found.append(f"fields {fields(source)} != {fields(translation)}")
    if tags(source) != tags(translation):
        found.append("HTML tags differ")
    if numerus and "%n" not in translation and "%Ln" not in translation:
        found.append("no %n")
    if accelerator(source) and accelerator(translation) != 1:
        found.append("one & accelerator expected")
    return found


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_translation_keeps_fields_counts_tags_and_accelerators(path: Path) -> None:
    bad = []
    for (context, source, _comment), message in tool.read_ts(path).items():
        translation = message.find("translation")
        if translation is None or translation.get("type"):
            continue  # (unfinished: the completeness test says so)
        numerus = message.get("numerus") == "yes"
        texts = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for text in texts:
            bad += [
                f"{context}: {source!r} -> {text!r}: {p}" for p in problems(source, text, numerus)
            ]
    assert bad == []


def test_the_checks_catch_a_lost_field_tag_count_and_accelerator() -> None:
    assert problems("Today: {cost}", "Heute: {kosten}", False)
    assert problems("Read <b>this</b>", "Lies das", False)
    assert problems("%n answers", "Antworten", True)
    assert problems("&File", "Datei", False)
    assert problems("&File", "&Da&tei", False)
    assert problems("Today: {cost}", "Heute: {cost}", False) == []
    assert problems("&File", "&Datei", False) == []
    assert problems("A &amp; B", "A &amp; B", False) == []


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_shipped_language_is_complete_and_up_to_date_with_the_code(path: Path) -> None:
    """No unfinished, obsolete or missing entry: what the code asks for, every language
    has (``python scripts/i18n.py`` adds new strings; a translator fills them in)."""
    messages, _problems = tool.extract(tool.sources())
    wanted = {(m.context, m.source, m.comment) for m in messages}
    have = set(tool.read_ts(path))
    assert sorted(wanted - have) == [], "missing: run python scripts/i18n.py"
    assert sorted(have - wanted) == [], "obsolete: run python scripts/i18n.py"
    assert tool.unfinished(path) == []


def test_eight_languages_are_shipped() -> None:
    assert sorted(p.stem.removeprefix("switchboard_") for p in FILES) == sorted(
        ["zh_CN", "es", "pt_BR", "de", "fr", "ja", "ru", "ar"]
    )
