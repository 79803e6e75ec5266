"""Stand-ins for the person's web browser during signing in with OpenRouter (OAuth PKCE)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.fakes.fake_openrouter import FakeOpenRouter

Browser = Callable[[str], Awaitable[None]]


def merged(url: str, params: dict[str, str]) -> httpx.URL:
    """``url`` with ``params`` added to its query, as OpenRouter adds ``code``."""
    return httpx.URL(url).copy_merge_params(params)


def browser_for(fake: FakeOpenRouter) -> Browser:
    """The person agrees on the fake's sign-in page: a code for the page's challenge is sent to
    the app's callback address."""

    async def browser(url: str) -> None:
        query = parse_qs(urlsplit(url).query)
        code = fake.issue_auth_code(query["code_challenge"][0])
        async with httpx.AsyncClient() as http:
            await http.get(merged(query["callback_url"][0], {"code": code}))

    return browser


def following_browser(seen: list[str]) -> Browser:
    """Opens the sign-in page (noting its address in ``seen``) and follows its redirect to the
    callback, as a browser would."""

    async def browser(url: str) -> None:
        seen.append(url)
        async with httpx.AsyncClient(follow_redirects=True) as http:
            await http.get(url)

    return browser
