"""Issue #12 review: the address changes in Settings while a key is on its way (signing in,
a pasted key being checked, the start-up keychain read). The OpenRouter key must never reach
the other server, nor be filed under its keychain entry."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator

import httpx
import pytest

import app.services.account as account_module
from app.api import OpenRouterClient
from app.core.redact import forget_known_secrets
from app.services.account import AccountService
from app.store.secrets import KeyStore
from tests.helpers.keyrings import TRUSTED, MemoryKeyring, trusting

from .conftest import FAST_RETRY, run

OR_KEY = "sk-or-v1-" + "ab" * 32
OTHER = "https://other.example/v1"
OR_ENTRY = ("Switchboard", "openrouter-api-key")
KEY_INFO = json.dumps({"data": {"label": "x", "limit": None, "usage": 0}}).encode()

Seen = list[tuple[str, str, str | None]]


@pytest.fixture(autouse=True)
def _no_known_secrets() -> Iterator[None]:
    forget_known_secrets()
    yield
    forget_known_secrets()


def recording(seen: Seen) -> httpx.MockTransport:
    """Every request's host, path and Authorization header; every answer is key details."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.url.path, request.headers.get("authorization")))
        return httpx.Response(200, content=KEY_INFO, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def key_went_to_other(seen: Seen) -> bool:
    return any(host == "other.example" and auth and OR_KEY in auth for host, _, auth in seen)


def other_entries(memory: MemoryKeyring) -> dict[tuple[str, str], str]:
    return {entry: value for entry, value in memory.items.items() if entry != OR_ENTRY}


def test_a_key_from_signing_in_never_goes_to_an_address_set_meanwhile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: Seen = []
    memory = MemoryKeyring()
    back_from_browser = asyncio.Event()

    async def slow_sign_in(
        client: OpenRouterClient, open_browser: object, *, timeout: float, site: str
    ) -> str:
        await back_from_browser.wait()  # the person is in the browser for a while
        return OR_KEY

    monkeypatch.setattr(account_module, "oauth_sign_in", slow_sign_in)

    async def main() -> tuple[OpenRouterClient, AccountService]:
        async with httpx.AsyncClient(transport=recording(seen)) as http:
            client = OpenRouterClient(http, retry=FAST_RETRY)
            store = KeyStore(backend=memory, trusted=TRUSTED)
            account = AccountService(client, store, environ={})
            account.load()
            task = asyncio.ensure_future(account.sign_in(lambda url: None))
            await asyncio.sleep(0.01)
            account.use_address(OTHER)  # Settings, Save, while signing in
            back_from_browser.set()
            await task
            await client.get_key_info()  # any later request (credit, models, a chat)
            return client, account

    client, account = run(main())
    assert not key_went_to_other(seen)
    assert ("openrouter.ai", "/api/v1/key", f"Bearer {OR_KEY}") in seen  # checked there
    assert memory.items == {OR_ENTRY: OR_KEY}  # kept as the OpenRouter key
    assert not client.has_key and account.state.source == "none"
    assert OR_KEY not in repr(account) + repr(account.state) + repr(client)


def test_a_key_signed_in_while_the_address_went_away_and_back_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: Seen = []
    back_from_browser = asyncio.Event()

    async def slow_sign_in(
        client: OpenRouterClient, open_browser: object, *, timeout: float, site: str
    ) -> str:
        await back_from_browser.wait()
        return OR_KEY

    monkeypatch.setattr(account_module, "oauth_sign_in", slow_sign_in)

    async def main() -> AccountService:
        async with httpx.AsyncClient(transport=recording(seen)) as http:
            client = OpenRouterClient(http, retry=FAST_RETRY)
            store = KeyStore(backend=MemoryKeyring(), trusted=TRUSTED)
            account = AccountService(client, store, environ={})
            account.load()
            task = asyncio.ensure_future(account.sign_in(lambda url: None))
            await asyncio.sleep(0.01)
            account.use_address(OTHER)
            account.use_address("https://openrouter.ai/api/v1")
            back_from_browser.set()
            await task
            return account

    account = run(main())
    assert account.state.source == "keyring" and account.server_is_openrouter
    assert not key_went_to_other(seen)


def test_a_pasted_key_is_kept_for_the_address_it_was_pasted_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: Seen = []
    memory = MemoryKeyring()
    answer = asyncio.Event()
    checked = OpenRouterClient.get_key_info

    async def slow_check(self: OpenRouterClient) -> object:
        await answer.wait()  # "Checking the key with OpenRouter…"
        return await checked(self)

    monkeypatch.setattr(OpenRouterClient, "get_key_info", slow_check)

    async def main() -> tuple[OpenRouterClient, AccountService]:
        async with httpx.AsyncClient(transport=recording(seen)) as http:
            client = OpenRouterClient(http, retry=FAST_RETRY)
            store = KeyStore(backend=memory, trusted=TRUSTED)
            account = AccountService(client, store, environ={})
            account.load()
            task = asyncio.ensure_future(account.save_key(OR_KEY))
            await asyncio.sleep(0.01)
            account.use_address(OTHER)
            answer.set()
            saved = await task
            assert saved.source == "keyring"  # it was saved, for OpenRouter
            monkeypatch.setattr(OpenRouterClient, "get_key_info", checked)
            await client.get_key_info()
            return client, account

    client, account = run(main())
    assert not key_went_to_other(seen)
    assert ("openrouter.ai", "/api/v1/key", f"Bearer {OR_KEY}") in seen
    assert memory.items == {OR_ENTRY: OR_KEY}
    assert other_entries(memory) == {}
    assert not client.has_key and account.state.source == "none"


class LockedKeyring(MemoryKeyring):
    """The OpenRouter entry's read waits until the person unlocks the keychain."""

    def __init__(self) -> None:
        super().__init__()
        self.unlocked = threading.Event()
        self.reading = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        if (service, username) == OR_ENTRY:
            self.reading.set()
            self.unlocked.wait(5)
        return super().get_password(service, username)


LOCKED_TRUSTED = {**TRUSTED, **trusting(LockedKeyring)}


@pytest.mark.parametrize("how", ["load in an executor", "load_async"])
def test_the_start_up_read_does_not_land_on_an_address_set_meanwhile(how: str) -> None:
    seen: Seen = []
    memory = LockedKeyring()
    memory.items[OR_ENTRY] = OR_KEY

    async def main() -> tuple[OpenRouterClient, AccountService]:
        async with httpx.AsyncClient(transport=recording(seen)) as http:
            client = OpenRouterClient(http, retry=FAST_RETRY)
            store = KeyStore(backend=memory, trusted=LOCKED_TRUSTED)
            account = AccountService(client, store, environ={})
            loop = asyncio.get_running_loop()
            if how == "load_async":
                startup = asyncio.ensure_future(account.load_async())
            else:
                startup = asyncio.ensure_future(loop.run_in_executor(None, account.load))
            assert await loop.run_in_executor(None, memory.reading.wait, 5)
            account.use_address(OTHER)  # Settings (Ctrl+,) while the keychain is locked
            memory.unlocked.set()
            state = await startup
            assert state.source == "none"
            await client.get_key_info()  # the background refresh
            return client, account

    client, account = run(main())
    assert not key_went_to_other(seen)
    assert not any(host == "other.example" and auth for host, _, auth in seen)
    assert not client.has_key and account.state.source == "none"


def test_the_start_up_read_is_used_when_nothing_changed() -> None:
    memory = MemoryKeyring()
    memory.items[OR_ENTRY] = OR_KEY

    async def main() -> tuple[str, bool]:
        async with httpx.AsyncClient(transport=recording([])) as http:
            client = OpenRouterClient(http, retry=FAST_RETRY)
            account = AccountService(client, KeyStore(backend=memory, trusted=TRUSTED), environ={})
            state = await account.load_async()
            return state.source, client.has_key

    assert run(main()) == ("keyring", True)
