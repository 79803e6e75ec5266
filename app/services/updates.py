"""The update check: at most once a day, one plain GET for the latest release, nothing else.

The request carries no key, no cookies, no query and no data about the person: only a
``User-Agent: Switchboard/<version>`` (GitHub refuses requests without one). It never goes
through ``OpenRouterClient``, so the OpenRouter key cannot reach it. Each check gets its own
short-lived HTTP client (nothing is shared with the app's client: no cookie jar, no headers).
Any failure is silent (logged at info, the address without its query) and means "try tomorrow".

Where the time of the last check, the newest release seen and the version the person dismissed
live: the history database's ``ui_state`` (``HistoryStore.get_state``/``set_state``), not the
settings file. They are the app's memory, not the person's choices: the settings file holds only
what the Settings dialog edits (and is rewritten whole from it), so state kept there would be
lost or overwritten by a save made from an older copy.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from app.core.updates import UpdateNotice, is_safe_url, newer_release, parse_release

if TYPE_CHECKING:
    import ssl

log = logging.getLogger(__name__)

STATE_KEY = "update_check"
CHECK_EVERY_S = 24 * 60 * 60
TIMEOUT_S = 10.0
MAX_BYTES = 1024 * 1024  # a real answer is a few kilobytes (more with many files attached)
MAX_REDIRECTS = 3  # a renamed repository answers with a redirect


class StateStore(Protocol):
    """Where small JSON values are kept between runs (``HistoryStore`` is one)."""

    def get_state(self, key: str) -> Any | None: ...

    def set_state(self, key: str, value: Any) -> None: ...


def plain_client(version: str, verify: ssl.SSLContext | bool = True) -> httpx.AsyncClient:
    """A fresh client whose only header of its own is the User-Agent. ``verify``: the app's
    own TLS context, so the trusted certificates are not parsed again for each check."""
    return httpx.AsyncClient(
        verify=verify,
        headers={"User-Agent": f"Switchboard/{version}"},
        timeout=TIMEOUT_S,
        follow_redirects=False,  # followed by hand: only to https addresses
    )


class UpdateService:
    """Asks the feed at most once every 24 hours whether a newer Switchboard is out.

    ``enabled``: the setting, read at each check (off: no request at all). ``feed_url``: None
    when ``SWITCHBOARD_UPDATE_URL`` is set but unusable (then nothing is asked). ``http``:
    makes the client for one check (tests give one for a loopback feed). ``clock``: seconds
    since the epoch.
    """

    def __init__(
        self,
        *,
        state: StateStore,
        enabled: Callable[[], bool],
        current_version: str,
        feed_url: str | None,
        http: Callable[[], httpx.AsyncClient] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._state = state
        self._enabled = enabled
        self._version = current_version
        self._feed = feed_url
        self._http = http or (lambda: plain_client(current_version))
        self._clock = clock

    async def check(self) -> UpdateNotice | None:
        """The newer release to tell the person about, or None. Asks the feed only when the
        last check is a day old (or the clock went back); otherwise answers from what the
        last check found. Never raises for anything the network or the feed does."""
        if not self._enabled() or self._feed is None:
            return None
        record = self._record()
        now = self._clock()
        last = record.get("checked_at")
        due = not isinstance(last, int | float) or not 0 <= now - last < CHECK_EVERY_S
        if due:
            self._save(record, checked_at=now)  # a failed check also waits a day
            answer = await self._fetch(self._feed)
            release = parse_release(answer) if answer is not None else None
            if release is not None:
                self._save(record, latest=release.to_dict())
            elif answer is not None:
                log.info("update check: the feed's answer is not a release we can use")
        notice = newer_release(record.get("latest"), self._version)
        if notice is None or notice.tag == record.get("dismissed"):
            return None
        return notice

    def dismiss(self, tag: str) -> None:
        """Say nothing more about this release (a newer one is told again)."""
        self._save(self._record(), dismissed=tag[:64])

    def _record(self) -> dict[str, Any]:
        stored = self._state.get_state(STATE_KEY)
        return dict(stored) if isinstance(stored, dict) else {}

    def _save(self, record: dict[str, Any], **changes: Any) -> None:
        record.update(changes)
        try:
            self._state.set_state(STATE_KEY, record)
        except Exception as error:  # a full disk (any store) must not stop the window
            log.info("update check: could not remember it (%s)", type(error).__name__)

    async def _fetch(self, url: str) -> Any | None:
        """The feed's JSON answer, or None (logged) on any failure."""
        client = self._http()
        try:
            async with asyncio.timeout(TIMEOUT_S):
                return await self._follow(client, url)
        except (httpx.HTTPError, OSError, TimeoutError, ValueError, RecursionError) as error:
            log.info("update check at %s failed: %s", _shown(url), type(error).__name__)
            return None
        finally:
            await client.aclose()

    async def _follow(self, client: httpx.AsyncClient, url: str) -> Any | None:
        for _hop in range(MAX_REDIRECTS + 1):
            async with client.stream("GET", url) as response:
                if response.is_redirect:
                    target = urljoin(url, response.headers.get("location", ""))
                    if not is_safe_url(target):
                        log.info("update check: %s redirects to an unsafe address", _shown(url))
                        return None
                    url = target
                    continue
                if response.status_code != 200:
                    log.info("update check at %s: status %d", _shown(url), response.status_code)
                    return None
                return json.loads(await _read_capped(response))
        log.info("update check at %s: too many redirects", _shown(url))
        return None


async def _read_capped(response: httpx.Response) -> bytes:
    """The body, decoded, of at most ``MAX_BYTES`` (a compressed bomb stops there)."""
    data = bytearray()
    async for chunk in response.aiter_bytes():
        data += chunk
        if len(data) > MAX_BYTES:
            raise ValueError("answer too large")
    return bytes(data)


def _shown(url: str) -> str:
    """The address for the log, without its query or anything after the path."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
