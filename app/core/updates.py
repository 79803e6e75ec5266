"""The update notice's pure parts: where the feed is, reading its answer, comparing versions.

The feed answers like GitHub's "latest release" API (``tag_name``, ``html_url``, ``body``).
Everything in it is untrusted: a wrong type, an over-long field, a page that is not https or a
tag that is not a version means "no notice", never an error. Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .i18n import translate

# The project's repository on GitHub: the one place it is written for the update check.
PROJECT_REPOSITORY = "switchboard/switchboard"
DEFAULT_FEED_URL = f"https://api.github.com/repos/{PROJECT_REPOSITORY}/releases/latest"
FEED_ENV = "SWITCHBOARD_UPDATE_URL"

MAX_TAG = 64
MAX_URL = 2000
MAX_NOTES = 20_000
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True, slots=True)
class UpdateNotice:
    """A newer release: its version as the feed tags it, its page, its notes (plain text)."""

    tag: str
    url: str
    notes: str

    @property
    def version(self) -> str:
        """The version as people read it: "v1.3" → "1.3"."""
        return self.tag[1:] if self.tag[:1] in "vV" else self.tag

    @property
    def text(self) -> str:
        return translate("updates", "Switchboard {version} is available — what's new").format(
            version=self.version
        )

    def summary(self, lines: int = 8, width: int = 120) -> str:
        """The first lines of the notes, for a tooltip (Markdown marks taken off)."""
        kept: list[str] = []
        for raw in self.notes.splitlines():
            line = raw.strip().lstrip("#").strip()
            if line[:2] in ("- ", "* "):
                line = "• " + line[2:]
            if line:
                kept.append(line if len(line) <= width else line[: width - 1] + "…")
            if len(kept) == lines:
                break
        return "\n".join(kept)

    def to_dict(self) -> dict[str, str]:
        return {"tag_name": self.tag, "html_url": self.url, "body": self.notes}


def feed_url(environ: Mapping[str, str]) -> str | None:
    """``SWITCHBOARD_UPDATE_URL`` if set, else GitHub's. None (ask nobody): set to "off", or
    to an address that is not https (plain http only to this computer)."""
    value = environ.get(FEED_ENV, "").strip()
    if not value:
        return DEFAULT_FEED_URL
    if value.lower() == "off":
        return None
    return value if is_safe_url(value) else None


def is_safe_url(value: str) -> bool:
    """https (plain http only to this computer), a host, no user name or password, no spaces
    or control characters, at most ``MAX_URL`` characters."""
    if len(value) > MAX_URL or any(ord(c) <= 32 or ord(c) == 127 for c in value):
        return False
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        return False
    if not host or parts.username is not None or parts.password is not None:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and host in _LOOPBACK)


def parse_release(data: Any) -> UpdateNotice | None:
    """The release the feed names, or None when its answer cannot be trusted."""
    if not isinstance(data, dict):
        return None
    tag, url, body = data.get("tag_name"), data.get("html_url"), data.get("body")
    if not isinstance(tag, str) or not isinstance(url, str):
        return None
    tag = tag.strip()
    if not tag or len(tag) > MAX_TAG or parse_version(tag) is None or not is_safe_url(url):
        return None
    notes = _plain(body) if isinstance(body, str) else ""  # GitHub sends null for no notes
    return UpdateNotice(tag, url, notes)


def _plain(text: str) -> str:
    """At most ``MAX_NOTES`` characters, without control characters (tabs and line ends kept)."""
    text = text[:MAX_NOTES].replace("\r\n", "\n")
    return "".join(c for c in text if c in "\n\t" or (ord(c) >= 32 and ord(c) != 127))


def newer_release(data: Any, current: str) -> UpdateNotice | None:
    """The feed's release if it is newer than ``current``; None otherwise (or if unknown)."""
    notice = parse_release(data)
    return notice if notice is not None and is_newer(notice.tag, current) else None


# Versions, PEP 440 in spirit: 1.10 > 1.9, 1.3 == 1.3.0, 1.3.0.dev1 < 1.3.0a1 < 1.3.0b2 <
# 1.3.0rc1 < 1.3.0 < 1.3.0.post1. Anything else (a date, a local "+…" suffix) is unknown.
_VERSION = re.compile(
    r"""^v?(?P<release>\d{1,9}(?:\.\d{1,9}){0,5})
    (?:[-_.]?(?P<pre>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?P<pre_n>\d{1,9})?)?
    (?P<post_mark>[-_.]?(?:post|rev|r)[-_.]?(?P<post>\d{1,9})?)?
    (?P<dev_mark>[-_.]?dev[-_.]?(?P<dev>\d{1,9})?)?$""",
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)
_PHASES = {"a": 0, "alpha": 0, "b": 1, "beta": 1, "c": 2, "rc": 2, "pre": 2, "preview": 2}
VersionKey = tuple[tuple[int, ...], tuple[int, ...], int, tuple[int, int]]


def parse_version(text: str) -> VersionKey | None:
    """A key that sorts versions as PEP 440 does; None for a shape it does not know."""
    found = _VERSION.match(text.strip())
    if found is None:
        return None
    release = tuple(int(part) for part in found["release"].split("."))
    while len(release) > 1 and release[-1] == 0:
        release = release[:-1]  # 1.3.0 is 1.3
    is_post, is_dev = found["post_mark"] is not None, found["dev_mark"] is not None
    if found["pre"] is not None:
        pre: tuple[int, ...] = (0, _PHASES[found["pre"].lower()], int(found["pre_n"] or 0))
    elif is_dev and not is_post:
        pre = (-1,)  # 1.3.dev1 comes before 1.3a1
    else:
        pre = (1,)  # the release itself (or one of its post-releases)
    post = int(found["post"] or 0) if is_post else -1
    dev = (0, int(found["dev"] or 0)) if is_dev else (1, 0)
    return release, pre, post, dev


def is_newer(candidate: str, current: str) -> bool:
    """True only when both are versions and ``candidate`` comes after ``current``."""
    new, old = parse_version(candidate), parse_version(current)
    return new is not None and old is not None and new > old
