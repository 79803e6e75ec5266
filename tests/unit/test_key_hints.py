"""A pasted key that is clearly not an OpenRouter key, and which links our text offers."""

from __future__ import annotations

import pytest

from app.core.keys import foreign_key_hint
from app.core.links import is_openrouter_link, linkify_openrouter


@pytest.mark.parametrize(
    ("pasted", "words"),
    [
        ("sk-proj-" + "a" * 40, "an OpenAI key"),
        ("sk-" + "a" * 48, "an OpenAI key"),
        ("sk-ant-api03-" + "b" * 40, "an Anthropic (Claude) key"),
        ("AIzaSy" + "c" * 33, "a Google key"),
        ("gsk_" + "d" * 40, "a Groq key"),
    ],
)
def test_another_services_key_is_named_with_what_is_needed(pasted: str, words: str) -> None:
    hint = foreign_key_hint(pasted)
    assert hint is not None and words in hint and "sk-or-" in hint


@pytest.mark.parametrize("pasted", ["sk-or-v1-abc\ndef", "sk-or-v1 abc", "my key is sk-or-v1-x"])
def test_text_with_spaces_or_line_breaks_inside_is_not_a_key(pasted: str) -> None:
    hint = foreign_key_hint(pasted)
    assert hint is not None and "without spaces" in hint


@pytest.mark.parametrize(
    "pasted", ["sk-or-v1-" + "0" * 64, "  sk-or-v1-abc\n", '"sk-or-v1-abc"', "", "sk-test"]
)
def test_what_may_be_an_openrouter_key_gets_no_hint(pasted: str) -> None:
    assert foreign_key_hint(pasted) is None


def test_only_https_links_to_openrouter_are_offered() -> None:
    assert is_openrouter_link("https://openrouter.ai/keys")
    assert is_openrouter_link("https://www.openrouter.ai/settings/credits")
    for url in (
        "http://openrouter.ai/keys",
        "https://openrouter.ai.evil.example/keys",
        "https://user@openrouter.ai/keys",
        "javascript:alert(1)",
        "file:///etc/passwd",
    ):
        assert not is_openrouter_link(url), url


def test_openrouter_pages_in_a_sentence_become_links_and_the_rest_is_escaped() -> None:
    marked = linkify_openrouter(
        "Add credits at https://openrouter.ai/settings/credits, then press Retry. <b>"
    )
    assert '<a href="https://openrouter.ai/settings/credits">' in marked
    assert marked.endswith("then press Retry. &lt;b&gt;")
    bare = linkify_openrouter("Create one at openrouter.ai/keys.")
    assert bare == 'Create one at <a href="https://openrouter.ai/keys">openrouter.ai/keys</a>.'
