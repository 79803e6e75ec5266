"""Which links in our own messages are offered as clickable, and how they are marked up.
Pure (no Qt): the widgets show the HTML and open only what ``is_openrouter_link`` allows."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

OPENROUTER_KEYS_URL = "https://openrouter.ai/keys"
OPENROUTER_CREDITS_URL = "https://openrouter.ai/settings/credits"

# "https://openrouter.ai/…" or a bare "openrouter.ai/…" in a sentence (not its final dot).
_MENTION = re.compile(r"(?:https://)?(?:[a-z0-9-]+\.)*openrouter\.ai(?:/[\w\-./~%?=&#]*[\w/])?")


def is_openrouter_link(url: str) -> bool:
    """True only for https links to openrouter.ai (or a subdomain of it)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    openrouter = host == "openrouter.ai" or host.endswith(".openrouter.ai")
    return parts.scheme == "https" and openrouter and parts.username is None


def linkify_openrouter(text: str) -> str:
    """``text`` as HTML (escaped; line breaks kept) with each mention of an openrouter.ai
    address made an https link."""
    out: list[str] = []
    last = 0
    for match in _MENTION.finditer(text):
        shown = match.group(0)
        url = shown if shown.startswith("https://") else f"https://{shown}"
        out.append(html.escape(text[last : match.start()]))
        if is_openrouter_link(url):
            out.append(f'<a href="{html.escape(url)}">{html.escape(shown)}</a>')
        else:
            out.append(html.escape(shown))
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", "<br>")
