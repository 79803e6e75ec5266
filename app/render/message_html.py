"""The rich text around an answer's Markdown: its header (who wrote it, the meta line, the
details as a tooltip) and its footer (notes, action links). Qt-free strings for the transcript."""

from __future__ import annotations

import html

from app.core.conversation import Message, MessageStatus

from .meta import NAME_LIMIT, details_text, meta_line, notes_for, short_model
from .safe_text import shorten
from .theme import Theme

__all__ = ["footer_html", "header_html"]


def header_html(message: Message, theme: Theme, *, blind: bool = False) -> str:
    """``blind`` (a comparison judged blind): the header does not say which model wrote it."""
    if message.role == "user":
        who = "You"
    elif blind:
        who = "Answer"
    else:
        who = html.escape(shorten(short_model(message.model) or "Assistant", NAME_LIMIT))
    meta = html.escape(meta_line(message, with_provider=not blind))
    tip = "" if blind else html.escape(details_text(message), quote=True)
    return (
        f'<p style="margin-top:10px; margin-bottom:4px"><b title="{tip}">{who}</b>'
        f'<span style="color:{theme.muted}" title="{tip}">&nbsp;&nbsp;{meta}</span></p>'
    )


def footer_html(
    message: Message, theme: Theme, warning: str, *, blind: bool = False, last: bool = False
) -> str:
    """Notes in the ``warning`` colour, then the action links (``last``: the conversation's
    last answer with nothing sent after it, the one that offers Regenerate, or Retry when it
    did not finish; any other answer's notes ask for no Retry)."""
    notes = [
        f'<span style="color:{warning}; font-size:small">{html.escape(n)}</span>'
        for n in notes_for(message, retry=last)
    ]
    links = [("copy", "Copy")]
    if message.role == "assistant":
        if not blind:  # Details name the model: not while the reader judges blind
            links.append(("details", "Details"))
        if last and message.status is not MessageStatus.STREAMING:
            label = "Retry" if message.status.is_partial else "Regenerate"
            links.append(("regenerate", label))
    else:
        links.append(("edit", "Edit"))
    if message.status is MessageStatus.STREAMING:
        links = []
    anchors = " &nbsp;·&nbsp; ".join(
        f'<a href="action:{name}:{message.id}" style="color:{theme.link}; text-decoration:none">'
        f"{label}</a>"
        for name, label in links
    )
    parts = [*notes, anchors] if anchors else notes
    if not parts:
        return ""
    return f'<p style="margin-top:6px">{"<br>".join(parts)}</p>'
