"""What comes with a message besides its text, as rich text for the transcript: a prompt's
attachments (pictures as thumbnails, files as chips) and an answer's sources (a numbered
list under the text, with the answer's ``[n]`` markers linked to them), and what web search
costs. Qt-free.

Sources come from the answer's ``url_citation`` annotations (checked where they entered:
http(s) only), whether OpenRouter's web search found them or the model searched on its own
(Perplexity). A link opens only on a click, in the browser, under the transcript's rules.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from app.core.attachments import MAX_SEARCHES, Attachment
from app.core.conversation import Message
from app.core.cost import EXA_INCLUDED_RESULTS, search_price
from app.core.i18n import grouped, local_decimal, translate
from app.core.models import ModelInfo
from app.core.money import format_usd

from .safe_text import is_openable_link, shorten
from .theme import Theme

__all__ = [
    "ATTACHMENT_SCHEME",
    "THUMB_SCHEME",
    "Source",
    "attachments_html",
    "downscaled_text",
    "link_markers",
    "searches_text",
    "size_text",
    "sources_html",
    "sources_of",
    "web_search_text",
]

ATTACHMENT_SCHEME = "attachment"  # ``attachment:<message id>:<index>`` opens one
THUMB_SCHEME = "thumb"  # ``thumb:<digest>``: a thumbnail the transcript makes itself
THUMB_SHOWN = 120  # a thumbnail's longer side in a message
MAX_SOURCES = 50
TITLE_LIMIT = 160

# Direction marks and overrides: a title's U+202E would turn the "(domain)" after it around.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    title: str
    domain: str


def _domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")


def sources_of(message: Message) -> list[Source]:
    """The answer's sources in the order they came, each web address once."""
    seen: set[str] = set()
    found: list[Source] = []
    for item in message.annotations:
        citation = _citation(item)
        if citation is None:
            continue
        url, title = citation
        if url in seen:
            continue
        seen.add(url)
        domain = _domain(url)
        title = " ".join(_BIDI_CONTROLS.sub("", title).split())
        found.append(Source(url, shorten(title, TITLE_LIMIT) or domain, domain))
        if len(found) >= MAX_SOURCES:
            break
    return found


def _citation(item: Mapping[str, Any]) -> tuple[str, str] | None:
    if not isinstance(item, Mapping) or item.get("type") != "url_citation":
        return None
    body = item.get("url_citation")
    body = body if isinstance(body, Mapping) else item  # (a flat shape, tolerated)
    url, title = body.get("url"), body.get("title")
    if not isinstance(url, str) or not is_openable_link(url) or not url.startswith("http"):
        return None
    return url, title if isinstance(title, str) else ""


def sources_html(message: Message, theme: Theme) -> str:
    """The numbered list of sources under an answer ("" without any)."""
    sources = sources_of(message)
    if not sources:
        return ""
    heading = html.escape(translate("sources", "Sources"))
    rows = []
    for number, source in enumerate(sources, 1):
        url = html.escape(source.url, quote=True)
        title = html.escape(source.title)
        domain = html.escape(source.domain)
        rows.append(
            f'<a name="source-{message.id}-{number}"></a>{number}. '
            f'<a href="{url}" title="{url}" style="color:{theme.link}">{title}</a>'
            f'&nbsp;<span style="color:{theme.muted}">({domain})</span>'
        )
    return (
        f'<p style="margin-top:8px; margin-bottom:2px"><b>{heading}</b></p>'
        f'<p style="margin-top:0">{"<br>".join(rows)}</p>'
    )


_TAG = re.compile(r"(<[^>]*>)")
_MARKER = re.compile(r"\[(\d{1,3})\]")
_SKIP = ("pre", "code", "a")


def link_markers(rendered: str, message: Message, theme: Theme) -> str:
    """The answer's rendered HTML with each ``[n]`` that names one of its sources made a
    link to that source (not inside code or an existing link)."""
    sources = sources_of(message)
    if not sources or "[" not in rendered:
        return rendered
    depth = 0
    out: list[str] = []
    for part in _TAG.split(rendered):
        if part.startswith("<"):
            name = part[1:].lstrip("/").split(None, 1)[0].rstrip(">").lower() if part[1:] else ""
            if name in _SKIP and not part.endswith("/>"):
                depth += -1 if part.startswith("</") else 1
            out.append(part)
        elif depth > 0:
            out.append(part)
        else:
            out.append(_MARKER.sub(lambda m: _marker(m, sources, theme), part))
    return "".join(out)


def _marker(match: re.Match[str], sources: Sequence[Source], theme: Theme) -> str:
    number = int(match.group(1))
    if not 1 <= number <= len(sources):
        return match.group(0)
    url = html.escape(sources[number - 1].url, quote=True)
    return (
        f'<a href="{url}" title="{url}" style="color:{theme.link}; text-decoration:none">'
        f"[{number}]</a>"
    )


def attachments_html(message: Message, theme: Theme) -> str:
    """A prompt's attachments: pictures as thumbnails, files as chips; each a link
    (``attachment:<message id>:<index>``) that opens it."""
    if not message.attachments:
        return ""
    parts = []
    for index, attachment in enumerate(message.attachments):
        href = f"{ATTACHMENT_SCHEME}:{message.id}:{index}"
        name = html.escape(attachment.name, quote=True)
        if attachment.kind == "image":
            width, height = _thumb_size(attachment)
            parts.append(
                f'<a href="{href}" title="{name}"><img src="{THUMB_SCHEME}:{attachment.digest}" '
                f'width="{width}" height="{height}" alt="{name}"></a>'
            )
        else:
            parts.append(_chip_html(attachment, href, theme))
    return f'<p style="margin-top:2px; margin-bottom:4px">{"&nbsp;&nbsp; ".join(parts)}</p>'


def _thumb_size(attachment: Attachment) -> tuple[int, int]:
    width, height = attachment.width or THUMB_SHOWN, attachment.height or THUMB_SHOWN
    scale = min(1.0, THUMB_SHOWN / max(width, height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


_ICONS = {"pdf": "📄", "text": "📝"}


def _chip_html(attachment: Attachment, href: str, theme: Theme) -> str:
    name = html.escape(attachment.name)
    size = html.escape(size_text(attachment.size))
    title = html.escape(translate("sources", "Open {name}").format(name=attachment.name), True)
    return (
        f'<a href="{href}" title="{title}" style="color:{theme.link}; '
        f'text-decoration:none">{_ICONS.get(attachment.kind, "📎")}&nbsp;{name}</a>'
        f'&nbsp;<span style="color:{theme.muted}">({size})</span>'
    )


def size_text(size: int) -> str:
    """1.2 MB, 340 KB, 12 bytes."""
    if size >= 1024 * 1024:
        return translate("sources", "{size} MB").format(size=local_decimal(size / (1024 * 1024), 1))
    if size >= 1024:
        return translate("sources", "{size} KB").format(size=local_decimal(size / 1024, 0))
    return grouped(translate("sources", "%n bytes", "one: %n byte", size), size)


def downscaled_text(attachment: Attachment) -> str:
    """ "Sent at 2048 × 1536, reduced from 8000 × 6000" (empty when it was not reduced)."""
    if not attachment.downscaled or attachment.width is None or attachment.height is None:
        return ""
    return translate(
        "sources", "Sent at {width} × {height}, reduced from {original_width} × {original_height}"
    ).format(
        width=attachment.width,
        height=attachment.height,
        original_width=attachment.original_width,
        original_height=attachment.original_height,
    )


def web_search_text(model: ModelInfo | None, max_results: int) -> str:
    """What the dock says before sending: "Up to 5 results, about $0.007 per message
    (at most $0.035 if the model searches 5 times)."""
    price = search_price(model, max_results)
    said = translate(
        "sources",
        "Up to %n results a search, about {price} per message "
        "(at most {most} if the model searches {searches} times).",
        "one: Up to %n result a search, about {price} per message "
        "(at most {most} if the model searches {searches} times).",
        max_results,
    )
    return grouped(said, max_results).format(
        price=format_usd(price, compact=True),
        most=format_usd(price * MAX_SEARCHES, compact=True),
        searches=MAX_SEARCHES,
    )


def searches_text(message: Message, model: ModelInfo | None) -> str:
    """ "3 searches, $0.021" for an answer that searched ("" when it did not)."""
    count = message.web_searches
    if not count:
        return ""
    settings = message.settings
    results = settings.web_search.max_results if settings is not None else EXA_INCLUDED_RESULTS
    cost = format_usd(search_price(model, results) * count, compact=True)
    said = translate("sources", "%n searches, {cost}", "one: %n search, {cost}", count)
    return grouped(said, count).format(cost=cost)
