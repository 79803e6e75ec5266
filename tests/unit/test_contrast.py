"""WCAG contrast arithmetic, and the colours rendered answers use (issue #14, look and feel)."""

from __future__ import annotations

import pytest

from app.render.contrast import AA_TEXT, contrast_ratio, relative_luminance
from app.render.theme import ChatColors, Theme


def test_contrast_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert relative_luminance("#FFFFFF") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        relative_luminance("#fff")


@pytest.mark.parametrize("name", ["light", "dark"])
def test_rendered_answers_and_their_muted_colours_meet_aa(name: str) -> None:
    theme: Theme = getattr(Theme, name)()
    chat: ChatColors = getattr(ChatColors, name)()
    pairs = {
        "text": (theme.text, theme.background),
        "muted": (theme.muted, theme.background),
        "link": (theme.link, theme.background),
        "text in code": (theme.text, theme.code_bg),
        "muted on code": (theme.muted, theme.code_bg),
        "inline code": (theme.text, theme.inline_code_bg),
        "your message": (theme.text, chat.user_bg),
        "muted in your message": (theme.muted, chat.user_bg),
        "actions under your message": (theme.link, chat.user_bg),
        "warning": (chat.warning, theme.background),
    }
    failing = {
        what: round(contrast_ratio(fg, bg), 2)
        for what, (fg, bg) in pairs.items()
        if contrast_ratio(fg, bg) < AA_TEXT
    }
    assert failing == {}


@pytest.mark.parametrize("name", ["light", "dark"])
def test_message_actions_read_as_buttons_not_tiny_underlined_links(name: str) -> None:
    import re

    from app.core.conversation import Message, MessageStatus
    from app.render.message_html import footer_html

    theme: Theme = getattr(Theme, name)()
    message = Message(
        id=3, conversation_id=1, role="assistant", content="Hi", status=MessageStatus.COMPLETE
    )
    footer = footer_html(message, theme, "#9a6700", last=True)
    links = re.findall(r'<a href="action:[^"]+" style="([^"]*)">', footer)
    assert len(links) == 3  # Copy, Details, Regenerate
    for style in links:
        assert "text-decoration:none" in style and f"color:{theme.link}" in style
    assert "font-size:small" not in footer.split("<a ", 1)[0].rsplit("<p", 1)[-1]  # full size
