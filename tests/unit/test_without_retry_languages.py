"""An error's words without the call to press Retry, in every shipped language: the real
translations (Chinese and Japanese end sentences with "。" and no space, Arabic separates
clauses with "؛", French puts a no-break space before ";")."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.i18n import TRANSLATED, set_translator, translate
from app.render.meta import without_retry

ROOT = Path(__file__).resolve().parents[2]


def _read_ts(path: Path) -> dict[tuple[str, str], str]:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_tool"] = module
    spec.loader.exec_module(module)
    return {
        (context, source): element.findtext("translation") or ""
        for (context, source, _comment), element in module.read_ts(path).items()
    }


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[dict[tuple[str, str], str]]:
    table = _read_ts(ROOT / "translations" / f"switchboard_{request.param}.ts")

    def translator(context: str, text: str, comment: str | None, n: int) -> str:
        del comment, n
        return table.get((context, text)) or text

    set_translator(translator)
    yield table
    set_translator(None)


@pytest.mark.parametrize("language", TRANSLATED, indirect=True)
def test_a_translated_error_keeps_what_happened_without_the_call_to_retry(
    language: dict[tuple[str, str], str],
) -> None:
    retry = translate("message_html", "Retry")
    assert retry != "Retry"
    asked = 0
    for (context, source), said in language.items():
        if context != "errors" or "Retry" not in source or not said:
            continue
        asked += 1
        left = without_retry(said)
        assert left, (source, said)
        assert retry not in left, (said, left)
        assert said.startswith(left[:5]) and len(left) < len(said), (said, left)
    assert asked >= 8


def test_a_cut_clause_ends_with_its_languages_full_stop_and_no_space() -> None:
    assert without_retry("已收到的内容已保留；press Retry 可重新提问。") == "已收到的内容已保留。"
    assert without_retry("Ce qui est arrivé est conservé\u00a0; press Retry.") == (
        "Ce qui est arrivé est conservé."
    )
    assert without_retry("ما وصل محفوظ؛ press Retry.") == "ما وصل محفوظ."
    assert without_retry("超时。请按 press Retry。还有。") == "超时。还有。"
    assert without_retry("Top up at https://openrouter.ai/credits, then press Retry.") == ""
