"""The rich text around an answer's Markdown: its header (who wrote it, the meta line, the
details as a tooltip), its thinking (a line that opens to the thinking text), and its footer
(notes, action links). Qt-free strings for the transcript."""

from __future__ import annotations

import html

from app.core.conversation import Message, MessageStatus
from app.core.i18n import grouped, local_int, translate

from .markdown import render_markdown
from .meta import (
    NAME_LIMIT,
    cut_off_note,
    details_text,
    has_thinking,
    meta_line,
    notes_for,
    private_thinking_text,
    short_model,
    thinking_used_it_all,
    thought_privately,
)
from .safe_text import shorten
from .theme import Theme

__all__ = [
    "THINKING_CODE_BASE",
    "footer_html",
    "has_thinking",
    "header_html",
    "muted_html",
    "thinking_html",
    "thinking_label",
    "thinking_line_html",
    "thinking_text_html",
    "thinking_used_it_all",
]

# Code blocks in the thinking are numbered from here in their Copy links
# (``copy-code:<message id>:<n>``), apart from the answer's own.
THINKING_CODE_BASE = 1_000_000
THINKING_ACTION = "thinking"  # ``action:thinking:<id>`` opens or closes an answer's thinking
LESS_THINKING_ACTION = "less-thinking"
NO_LENGTH_LIMIT_ACTION = "no-length-limit"


def header_html(message: Message, theme: Theme, *, blind: bool = False) -> str:
    """``blind`` (a comparison judged blind): the header does not say which model wrote it."""
    if message.role == "user":
        who = html.escape(translate("message_html", "You"))
    elif blind:
        who = html.escape(translate("message_html", "Answer"))
    else:
        name = short_model(message.model) or translate("message_html", "Assistant")
        who = html.escape(shorten(name, NAME_LIMIT))
    meta = html.escape(meta_line(message, blind=blind))
    tip = "" if blind else html.escape(details_text(message), quote=True)
    return (
        f'<p style="margin-top:10px; margin-bottom:4px"><b title="{tip}">{who}</b>'
        f'<span style="color:{theme.muted}" title="{tip}">&nbsp;&nbsp;{meta}</span></p>'
    )


def footer_html(
    message: Message,
    theme: Theme,
    warning: str,
    *,
    blind: bool = False,
    last: bool = False,
    thinking_retries: bool = False,
    versions: tuple[int, int] | None = None,
    branching: bool = False,
    searches: str = "",
) -> str:
    """Notes in the ``warning`` colour, then the action links (``last``: the conversation's
    last answer with nothing sent after it, the one that offers Regenerate, or Retry when it
    did not finish; any other answer's notes ask for no Retry). An answer left empty because
    thinking used its whole length limit says so, with the two retries when it is ``last``
    and the view takes them (``thinking_retries``).

    ``versions``: (which, of how many) when the message has other versions: a ``‹ 2/3 ›``
    switcher, and for answers "Compare versions". ``branching``: the view offers versions
    and forks (a chat; not a comparison's column): "Regenerate with…" beside Regenerate,
    "Delete version" where there are versions, and "Continue in a new tab".
    ``searches``: what the answer's web searches cost ("3 searches, $0.021"), shown muted."""
    said = notes_for(message, retry=last)
    trapped = thinking_used_it_all(message)
    if trapped:  # (said better below than "the answer reached its maximum length")
        said = [n for n in said if n != cut_off_note()]
    notes = [
        f'<span style="color:{warning}; font-size:small">{html.escape(n)}</span>' for n in said
    ]
    if trapped:
        retries = thinking_retries and last and not blind
        notes.insert(0, used_it_all_html(message, theme, warning, retries=retries))
    if searches and not blind and message.status is not MessageStatus.STREAMING:
        notes.insert(0, f'<span style="color:{theme.muted}">{html.escape(searches)}</span>')
    links = (
        []
        if message.status is MessageStatus.STREAMING
        else _links(message, blind=blind, last=last, versions=versions, branching=branching)
    )
    anchors = " &nbsp;·&nbsp; ".join(  # (a line breaks between links, never inside one)
        f'<a href="action:{name}:{message.id}" style="color:{theme.link}; text-decoration:none">'
        f"{html.escape(label).replace(' ', '&nbsp;')}</a>"
        for name, label in links
    )
    if versions is not None and message.status is not MessageStatus.STREAMING:
        anchors = " &nbsp;·&nbsp; ".join(
            part for part in (switcher_html(message.id, versions, theme), anchors) if part
        )
    parts = [*notes, anchors] if anchors else notes
    if not parts:
        return ""
    return f'<p style="margin-top:6px">{"<br>".join(parts)}</p>'


def _links(
    message: Message,
    *,
    blind: bool,
    last: bool,
    versions: tuple[int, int] | None,
    branching: bool,
) -> list[tuple[str, str]]:
    """The footer's action links: (action, label)."""
    links = [("copy", translate("message_html", "Copy"))]
    if message.role == "assistant":
        if not blind:  # Details name the model: not while the reader judges blind
            links.append(("details", translate("message_html", "Details")))
        if last and message.status is not MessageStatus.STREAMING:
            if message.status.is_partial:
                links.append(("regenerate", translate("message_html", "Retry")))
            else:
                links.append(("regenerate", translate("message_html", "Regenerate")))
            if branching and not blind:
                label = translate("message_html", "Regenerate with…")
                links.append((REGENERATE_WITH_ACTION, label))
        if versions is not None and branching and not blind:
            links.append((COMPARE_VERSIONS_ACTION, translate("message_html", "Compare versions")))
    else:
        links.append(("edit", translate("message_html", "Edit")))
    if versions is not None and branching and not blind:
        links.append((DELETE_VERSION_ACTION, translate("message_html", "Delete version")))
    if branching and not blind:
        links.append((FORK_ACTION, translate("message_html", "Continue in a new tab")))
    return links


# -- versions -----------------------------------------------------------------------------------

REGENERATE_WITH_ACTION = "regenerate-with"
COMPARE_VERSIONS_ACTION = "compare-versions"
FORK_ACTION = "fork"
PREVIOUS_VERSION_ACTION = "previous-version"
NEXT_VERSION_ACTION = "next-version"
DELETE_VERSION_ACTION = "delete-version"  # this version and what followed it (with Undo)


def switcher_html(message_id: int, versions: tuple[int, int], theme: Theme) -> str:
    """``‹ 2/3 ›``: the arrows are links (to the previous and next version) where there is
    one that way; the figures say which version shows, of how many."""
    which, count = versions
    arrows = []
    for name, glyph, there in (
        (PREVIOUS_VERSION_ACTION, "‹", which > 1),
        (NEXT_VERSION_ACTION, "›", which < count),
    ):
        if there:
            arrows.append(
                f'<a href="action:{name}:{message_id}" style="color:{theme.link}; '
                f'text-decoration:none">{glyph}</a>'
            )
        else:
            arrows.append(f'<span style="color:{theme.muted}">{glyph}</span>')
    return f"{arrows[0]} {which}/{count} {arrows[1]}"


# -- thinking -----------------------------------------------------------------------------------


def _seconds(seconds: float) -> str:
    return local_int(round(seconds))


def thinking_label(
    *,
    live: bool,
    seconds: float | None,
    tokens: int | None,
    private: bool = False,
    blind: bool = False,
) -> str:
    """What the thinking line says (plain text): "Thinking… 14 s" while it thinks, then
    "Thought for 32 s · 2,900 tokens", or "Thought privately: 3,120 thinking tokens billed";
    unknown figures are left out. ``blind``: no figure at all ("Thinking…", "Thought"), so
    the length of the thinking does not give a preset away."""
    if live:
        if blind or seconds is None:
            return translate("message_html", "Thinking…")
        if seconds < 1:
            return translate("message_html", "Thinking… under a second")
        return translate("message_html", "Thinking… {seconds} s").format(seconds=_seconds(seconds))
    if blind:
        return translate("message_html", "Thought")
    if private:
        return private_thinking_text(tokens or None)
    if tokens:
        return _thought_with_tokens(seconds, tokens)
    if seconds is None:
        return translate("message_html", "Thought")
    if seconds < 1:
        return translate("message_html", "Thought for under a second")
    return translate("message_html", "Thought for {seconds} s").format(seconds=_seconds(seconds))


def _thought_with_tokens(seconds: float | None, tokens: int) -> str:
    if seconds is None:
        said = translate("message_html", "Thought %n tokens", "one: Thought %n token", tokens)
    elif seconds < 1:
        said = translate(
            "message_html",
            "Thought for under a second · %n tokens",
            "one: Thought for under a second · %n token",
            tokens,
        )
    else:
        said = translate(
            "message_html",
            "Thought for {seconds} s · %n tokens",
            "one: Thought for {seconds} s · %n token",
            tokens,
        )
    # (the count grouped before the seconds go in: its digits are the only ones yet)
    return grouped(said, tokens).format(seconds=_seconds(seconds or 0))


def thinking_link_html(message_id: int, label: str, theme: Theme, *, opened: bool) -> str:
    """The line that opens (▸) or closes (▾) the thinking: a link in the muted colour."""
    arrow = "▾" if opened else "▸"
    return (
        f'<a href="action:{THINKING_ACTION}:{message_id}" '
        f'style="color:{theme.muted}; text-decoration:none">{arrow} {html.escape(label)}</a>'
    )


def thinking_line_html(message: Message, theme: Theme, *, opened: bool, blind: bool = False) -> str:
    """The thinking's one line, inline ("" when it did not think): a link that opens (▸) or
    closes (▾) it; plain muted text for private thinking and in blind judging (it does not
    open)."""
    if not has_thinking(message):
        return ""
    private = thought_privately(message)
    label = thinking_label(
        live=False,
        seconds=message.thinking_s,
        tokens=message.reasoning_tokens,
        private=private,
        blind=blind,
    )
    if private or blind:
        return f'<span style="color:{theme.muted}">{html.escape(label)}</span>'
    return thinking_link_html(message.id, label, theme, opened=opened)


def thinking_html(message: Message, theme: Theme, *, opened: bool, blind: bool = False) -> str:
    """The thinking's line as a paragraph, between the answer's header and its body ("" when
    it did not think). The thinking text below an opened line is ``thinking_text_html``."""
    line = thinking_line_html(message, theme, opened=opened, blind=blind)
    return f'<p style="margin-top:2px; margin-bottom:6px">{line}</p>' if line else ""


def muted_html(html_text: str, theme: Theme) -> str:
    """Rendered Markdown in the muted colour (plain text takes it; links and code keep
    their own). The view stands it in from the answer (Qt's HTML cannot indent it all)."""
    return f'<div style="color:{theme.muted}">{html_text}</div>'


def thinking_text_html(message: Message, theme: Theme) -> str:
    """An opened thinking's text: untrusted Markdown, rendered safely and muted; its code
    blocks' Copy links are numbered from ``THINKING_CODE_BASE``."""
    body = render_markdown(
        message.reasoning, theme=theme, message_id=message.id, code_index_start=THINKING_CODE_BASE
    )
    return muted_html(body, theme)


def used_it_all_html(message: Message, theme: Theme, warning: str, *, retries: bool) -> str:
    """What an empty answer says when thinking used the whole length limit, with the two
    retries (``retries``: the answer may be asked again, and the view offers it)."""
    said = translate(
        "message_html",
        "⚠ No answer: the model used its whole length limit thinking, so nothing was left "
        "for the answer. The thinking is billed.",
    )
    text = f'<span style="color:{warning}">{html.escape(said)}</span>'
    if not retries:
        return text
    offered = [(LESS_THINKING_ACTION, translate("message_html", "Try again with less thinking"))]
    settings = message.settings
    if settings is None or settings.params.max_tokens is not None:  # (else none was set)
        label = translate("message_html", "Try again without a length limit")
        offered.append((NO_LENGTH_LIMIT_ACTION, label))
    links = " &nbsp;·&nbsp; ".join(
        f'<a href="action:{name}:{message.id}" style="color:{theme.link}; '
        f'text-decoration:none">{html.escape(label)}</a>'
        for name, label in offered
    )
    return f"{text}<br>{links}"
