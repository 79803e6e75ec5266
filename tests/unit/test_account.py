"""AccountService: the key from the environment or the keychain, checked before it is saved,
session-only when there is no secure place, signing in, removing; and the key never leaking."""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked

from app.api import (
    AuthenticationError,
    ConnectionFailedError,
    InvalidRequestError,
    KeyInfo,
    OpenRouterClient,
    OpenRouterError,
)
from app.core.redact import forget_known_secrets, redact
from app.services.account import (
    AccountService,
    KeyState,
    clean_key,
    describe_key,
    speaks_openrouter,
)
from app.store.logs import setup_logging
from app.store.secrets import KeyStore, SecretStoreUnavailable
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter, default_key_info
from tests.helpers.browsers import browser_for, following_browser
from tests.helpers.keyrings import TRUSTED, FailingKeyring, MemoryKeyring, secure_store

from .conftest import FAST_RETRY, run
from .test_secrets import files_containing, writable_places

T = TypeVar("T")
OTHER_KEY = "sk-or-v1-" + "ab" * 32
OTHER_KEY_VALID = "sk-or-v1-" + "cd" * 32


@pytest.fixture(autouse=True)
def _no_known_secrets() -> Iterator[None]:
    forget_known_secrets()
    yield
    forget_known_secrets()


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


def with_service(
    fake: FakeOpenRouter,
    store: KeyStore,
    use: Callable[[AccountService, OpenRouterClient], Awaitable[T]],
    *,
    environ: dict[str, str] | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> T:
    site = fake.base_url.removesuffix("/api/v1")  # the fake plays openrouter.ai

    async def main() -> T:
        async with httpx.AsyncClient(transport=transport) as http:
            client = OpenRouterClient(
                http, base_url=base_url or fake.base_url, api_key=api_key, retry=FAST_RETRY
            )
            service = AccountService(
                client, store, environ=environ or {}, sign_in_timeout=5, openrouter_site=site
            )
            return await use(service, client)

    return run(main())


async def current_label(client: OpenRouterClient) -> str:
    return (await client.get_key_info()).label


def label(key: str) -> str:
    return str(default_key_info(key)["label"])


# -- start-up --------------------------------------------------------------------------------


def test_the_environment_key_is_used_and_never_stored(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, str]:
        return service.load(), await current_label(client)

    state, shown = with_service(
        fake, secure_store(memory), use, environ={"OPENROUTER_API_KEY": f" {VALID_KEY}\n"}
    )
    assert (state.source, state.problem, state.has_key) == ("environment", None, True)
    assert shown == label(VALID_KEY)
    assert memory.items == {}


def test_the_environment_key_works_without_any_keyring(fake: FakeOpenRouter) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, str]:
        state = service.load()
        assert service.key_source_text == "From the environment (OPENROUTER_API_KEY), not stored"
        return state, await current_label(client)

    store = KeyStore(backend=fail.Keyring())
    state, shown = with_service(fake, store, use, environ={"OPENROUTER_API_KEY": VALID_KEY})
    assert state.source == "environment" and state.problem is None
    assert not state.backend.secure  # shown in Settings, but nothing is in the way
    assert shown == label(VALID_KEY)


def test_the_keychain_key_is_loaded(fake: FakeOpenRouter, memory: MemoryKeyring) -> None:
    store = secure_store(memory)
    store.set(VALID_KEY)

    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, str, str]:
        state = service.load()
        return state, service.key_source_text, await current_label(client)

    state, text, shown = with_service(fake, store, use)
    assert state.source == "keyring" and state.backend.description == "Test keyring"
    assert text == "Stored in: Test keyring"
    assert shown == label(VALID_KEY)


def test_no_key_yet(fake: FakeOpenRouter, memory: MemoryKeyring) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, bool]:
        return service.load(), client.has_key

    state, has_key = with_service(fake, secure_store(memory), use, api_key="leftover-key-123")
    assert (state.source, state.problem, has_key) == ("none", None, False)


@pytest.mark.parametrize(
    ("store", "words"),
    [
        (KeyStore(backend=fail.Keyring()), "no password store"),
        (KeyStore(backend=FailingKeyring(KeyringLocked("x")), trusted=TRUSTED), "locked"),
    ],
)
def test_a_keychain_problem_is_reported_in_plain_words(
    fake: FakeOpenRouter, store: KeyStore, words: str
) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> KeyState:
        return service.load()

    state = with_service(fake, store, use)
    assert state.source == "none" and state.problem is not None
    assert words in state.problem and "session only" in state.problem


# -- checking a key --------------------------------------------------------------------------


def test_check_key_shows_label_limit_and_usage_without_switching(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    fake.keys[OTHER_KEY] = {**default_key_info(OTHER_KEY), "limit": 25, "usage": 1.25}

    async def use(service: AccountService, client: OpenRouterClient) -> tuple[Any, str]:
        info = await service.check_key(f"  {OTHER_KEY}  ")
        return info, await current_label(client)

    info, still = with_service(fake, secure_store(memory), use, api_key=VALID_KEY)
    assert isinstance(info, KeyInfo)
    assert info.label == label(OTHER_KEY)
    assert (info.limit, info.limit_remaining, info.usage) == (
        Decimal(25),
        Decimal("7.5"),
        Decimal("1.25"),
    )
    assert still == label(VALID_KEY)  # the key in use did not change
    key_checks = [r for r in fake.requests if r.route == "/key"]
    assert key_checks[0].header("Authorization") == f"Bearer {OTHER_KEY}"
    assert describe_key(info) == f"{label(OTHER_KEY)} · limit $25.00 ($7.50 left) · used $1.25"


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("sk-or-v1-" + "00" * 32, "OpenRouter did not accept this key"),
        ("abcdefghijklmnop", "does not look like an OpenRouter key"),
    ],
)
def test_a_refused_key_has_a_plain_message(
    fake: FakeOpenRouter, memory: MemoryKeyring, key: str, words: str
) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> None:
        await service.check_key(key)

    with pytest.raises(AuthenticationError) as caught:
        with_service(fake, secure_store(memory), use)
    error = caught.value
    assert words in error.user_message and error.status == 401
    assert key not in error.user_message and key not in str(error)


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("", "Paste your key first"),
        ("  \n", "Paste your key first"),
        ("sk-or-v1-abc def", "without spaces"),
        ("sk-or-v1-abc\nsk-or-v1-def", "without spaces"),
        ("sk-or-v1-ключ", "characters that keys never have"),
    ],
)
def test_obviously_wrong_keys_are_refused_before_asking(
    fake: FakeOpenRouter, memory: MemoryKeyring, key: str, words: str
) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> None:
        await service.check_key(key)

    with pytest.raises(InvalidRequestError) as caught:
        with_service(fake, secure_store(memory), use)
    assert words in caught.value.user_message
    assert fake.requests == []


def test_an_unreachable_server_is_not_taken_for_a_yes(memory: MemoryKeyring) -> None:
    async def main() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url="http://127.0.0.1:9/v1", retry=FAST_RETRY)
            service = AccountService(client, secure_store(memory), environ={})
            await service.save_key("local-key-1234")

    with pytest.raises(ConnectionFailedError):
        run(main())
    assert memory.items == {}


def test_clean_key_trims_and_unquotes() -> None:
    assert clean_key(f' "{VALID_KEY}" ') == VALID_KEY
    assert clean_key(f"'{VALID_KEY}'\n") == VALID_KEY


def test_servers_that_are_not_openrouter(fake: FakeOpenRouter, memory: MemoryKeyring) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") == "Bearer local-key-1234":
            return httpx.Response(404, json={"error": "no such route"})
        return httpx.Response(401, json={"error": {"message": "bad key"}})

    async def use(service: AccountService, client: OpenRouterClient) -> Any:
        accepted = await service.check_key("local-key-1234")
        with pytest.raises(AuthenticationError) as caught:
            await service.check_key("wrong-key-1234")
        return accepted, caught.value.user_message

    accepted, message = with_service(
        fake,
        secure_store(memory),
        use,
        base_url="http://localhost:11434/v1",
        transport=httpx.MockTransport(handler),
    )
    assert accepted is None
    assert message.startswith("The server at localhost:11434 did not accept this key")
    assert "taken as it is" in describe_key(None)

    def odd_answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"object": "list", "data": []})

    answered = with_service(
        fake,
        secure_store(memory),
        lambda service, client: service.check_key("local-key-1234"),
        base_url="http://localhost:11434/v1",
        transport=httpx.MockTransport(odd_answer),
    )
    assert answered is None
    assert speaks_openrouter("https://openrouter.ai/api/v1")
    assert speaks_openrouter(fake.base_url)
    assert not speaks_openrouter("http://localhost:11434/v1")


# -- saving, session only, removing ----------------------------------------------------------


def test_save_key_checks_then_stores(fake: FakeOpenRouter, memory: MemoryKeyring) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, str]:
        service.load()
        state = await service.save_key(VALID_KEY)
        return state, await current_label(client)

    state, shown = with_service(fake, secure_store(memory), use)
    assert state.source == "keyring" and state.problem is None
    assert state.info is not None and state.info.label == label(VALID_KEY)
    assert memory.items == {("Switchboard", "openrouter-api-key"): VALID_KEY}
    assert shown == label(VALID_KEY)


def test_a_refused_key_is_not_saved(fake: FakeOpenRouter, memory: MemoryKeyring) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> None:
        await service.save_key("sk-or-v1-" + "00" * 32)

    with pytest.raises(AuthenticationError):
        with_service(fake, secure_store(memory), use)
    assert memory.items == {}


def test_no_secure_place_offers_session_only_and_writes_nothing(
    fake: FakeOpenRouter, tmp_path: Path
) -> None:
    log_path = setup_logging(Path(os.environ["SWITCHBOARD_HOME"]) / "logs")
    store = KeyStore(backend=fail.Keyring())

    async def use(service: AccountService, client: OpenRouterClient) -> tuple[str, KeyState, str]:
        service.load()
        with pytest.raises(SecretStoreUnavailable) as caught:
            await service.save_key(VALID_KEY)
        assert not client.has_key  # nothing changed
        logging.getLogger("test").error("could not save %s: %s", VALID_KEY, caught.value)
        state = await service.save_key(VALID_KEY, session_only=True)
        assert service.key_source_text == "For this session only"
        return caught.value.user_message, state, await current_label(client)

    try:
        message, state, shown = with_service(fake, store, use)
    finally:
        _remove_our_handlers()
    assert "no secure place" in message and "session only" in message
    assert state.source == "session" and shown == label(VALID_KEY)
    assert log_path.exists()
    assert files_containing(VALID_KEY, writable_places(tmp_path)) == []


def _remove_our_handlers() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_switchboard_handler", False):
            root.removeHandler(handler)
            handler.close()


def test_remove_key_deletes_it_and_stops_using_it(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, bool]:
        service.load()
        await service.save_key(VALID_KEY)
        return service.remove_key(), client.has_key

    state, has_key = with_service(fake, secure_store(memory), use)
    assert (state.source, has_key) == ("none", False)
    assert memory.items == {}


def test_removing_keeps_an_environment_key(fake: FakeOpenRouter, memory: MemoryKeyring) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, str]:
        service.load()
        await service.save_key(OTHER_KEY_VALID)
        state = service.remove_key()
        return state, await current_label(client)

    fake.keys[OTHER_KEY_VALID] = default_key_info(OTHER_KEY_VALID)
    state, shown = with_service(
        fake, secure_store(memory), use, environ={"OPENROUTER_API_KEY": VALID_KEY}
    )
    assert state.source == "environment" and shown == label(VALID_KEY)
    assert memory.items == {}


def test_a_locked_keychain_on_remove_says_so(fake: FakeOpenRouter) -> None:
    store = KeyStore(backend=FailingKeyring(KeyringLocked("x")), trusted=TRUSTED)

    async def use(service: AccountService, client: OpenRouterClient) -> None:
        service.remove_key()

    with pytest.raises(SecretStoreUnavailable) as caught:
        with_service(fake, store, use, api_key=VALID_KEY)
    assert "locked" in caught.value.user_message


# -- signing in ------------------------------------------------------------------------------


def test_sign_in_stores_the_new_key(fake: FakeOpenRouter, memory: MemoryKeyring) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> tuple[Any, KeyState, str]:
        service.load()
        info = await service.sign_in(browser_for(fake))
        return info, service.state, await current_label(client)

    info, state, shown = with_service(fake, secure_store(memory), use)
    (key,) = fake.issued_keys
    assert info is not None and info.label == label(key) == shown
    assert state.source == "keyring" and state.problem is None and state.info == info
    assert memory.items == {("Switchboard", "openrouter-api-key"): key}
    assert redact(f"log {key}") == "log [redacted]"


def test_sign_in_without_a_secure_place_keeps_the_key_for_the_session(
    fake: FakeOpenRouter, tmp_path: Path
) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, str]:
        service.load()
        await service.sign_in(browser_for(fake))
        return service.state, await current_label(client)

    state, shown = with_service(fake, KeyStore(backend=fail.Keyring()), use)
    (key,) = fake.issued_keys
    assert state.source == "session" and shown == label(key)
    assert state.problem is not None and "session only" in state.problem
    assert files_containing(key, writable_places(tmp_path)) == []


# -- the key never shows -----------------------------------------------------------------------


def test_the_key_is_in_no_attribute_and_no_repr(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    custom = "custom-shape-key-987654"
    fake.keys[custom] = default_key_info(custom)

    async def use(service: AccountService, client: OpenRouterClient) -> str:
        service.load()
        await service.save_key(custom)
        attributes = {k: v for k, v in vars(service).items() if k not in ("_client", "_environ")}
        return repr(service) + repr(client) + repr(attributes)

    shown = with_service(fake, secure_store(memory), use)
    assert custom not in shown and "AccountService(source='keyring'" in shown
    assert redact(f"Authorization: {custom}") == "Authorization: [redacted]"
    assert redact(f"key {custom} used") == "key [redacted] used"  # any shape, once in use


# -- issue #12: which key goes where -------------------------------------------------------------

LOCAL_KEY = "local-server-key-4321"


def authorizations(server: FakeOpenRouter) -> list[str | None]:
    return [r.header("authorization") for r in server.requests]


def test_the_openrouter_key_never_follows_a_changed_address(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    """Settings -> API address another server: the next requests carry no key at all (that
    server has none saved); back to OpenRouter, the OpenRouter key is used again."""
    store = secure_store(memory)
    store.set(VALID_KEY)
    with FakeOpenRouter() as other:

        async def use(service: AccountService, client: OpenRouterClient) -> list[KeyState]:
            states = [service.load()]
            states.append(service.use_address(other.base_url))
            with pytest.raises(AuthenticationError):
                await client.get_key_info()
            assert service.needs_key is False and "No key for 127.0.0.1" in (
                service.key_source_text
            )
            states.append(service.use_address(fake.base_url))
            await client.get_key_info()
            return states

        states = with_service(fake, store, use)
        assert [s.source for s in states] == ["keyring", "none", "keyring"]
        assert authorizations(other) == [None]
        assert VALID_KEY not in repr(other.requests)
    assert authorizations(fake) == [f"Bearer {VALID_KEY}"]
    assert memory.items == {("Switchboard", "openrouter-api-key"): VALID_KEY}


def test_another_address_has_its_own_key_in_the_keychain(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    store = secure_store(memory)
    store.set(VALID_KEY)
    with FakeOpenRouter() as other:
        other.keys[LOCAL_KEY] = default_key_info(LOCAL_KEY)

        async def use(service: AccountService, client: OpenRouterClient) -> KeyState:
            service.load()
            service.use_address(other.base_url + "/")
            assert service.save_address_key(other.base_url, f" “{LOCAL_KEY}” ") is None
            await client.get_key_info()
            service.use_address(fake.base_url)
            state = service.use_address(other.base_url)  # the next start, as it were
            await client.get_key_info()
            return state

        state = with_service(fake, store, use)
        assert state.source == "keyring"
        assert authorizations(other) == [f"Bearer {LOCAL_KEY}"] * 2
        assert memory.items == {
            ("Switchboard", "openrouter-api-key"): VALID_KEY,
            ("Switchboard", f"api-key for {other.base_url}"): LOCAL_KEY,
        }


def test_the_environment_key_goes_only_to_openrouter_or_its_own_address(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    with FakeOpenRouter() as other:

        async def use(service: AccountService, client: OpenRouterClient) -> list[str]:
            sources = [service.load().source]
            sources.append(service.use_address(other.base_url).source)
            sources.append(service.use_address(fake.base_url).source)
            return sources

        environ = {"OPENROUTER_API_KEY": VALID_KEY}
        assert with_service(fake, secure_store(memory), use, environ=environ) == [
            "environment",
            "none",
            "environment",
        ]
        # Given together at start (tests, scripts): that key goes to that address.
        environ = {"OPENROUTER_API_KEY": VALID_KEY, "SWITCHBOARD_BASE_URL": other.base_url}
        state = with_service(
            fake,
            secure_store(memory),
            lambda s, c: _load(s),
            environ=environ,
            base_url=other.base_url,
        )
        assert state.source == "environment"


async def _load(service: AccountService) -> KeyState:
    return service.load()


def test_sign_in_is_refused_while_another_server_is_configured(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    opened: list[str] = []
    with FakeOpenRouter() as other:

        async def use(service: AccountService, client: OpenRouterClient) -> str:
            service.load()
            with pytest.raises(OpenRouterError) as caught:
                await service.sign_in(opened.append)
            return caught.value.user_message

        message = with_service(fake, secure_store(memory), use, base_url=other.base_url)
        assert other.requests == []
    assert opened == [] and fake.requests == [] and memory.items == {}
    assert "only for the OpenRouter address" in message


def test_sign_in_with_openrouter_sends_the_code_to_openrouter_only(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    """An address ending in /api/v1 made the sign-in page and the exchange go to that host."""
    with FakeOpenRouter() as other:
        seen: list[str] = []

        async def use(service: AccountService, client: OpenRouterClient) -> None:
            service.load()
            await service.sign_in(following_browser(seen))

        with_service(fake, secure_store(memory), use)
        assert other.requests == []
    assert urlsplit(seen[0]).netloc == f"127.0.0.1:{fake.port}"
    assert [r.route for r in fake.requests if r.method == "POST"] == ["/auth/keys"]


@pytest.mark.parametrize(
    "wrapped", [f"“{VALID_KEY}”", f"‘{VALID_KEY}’", f"«{VALID_KEY}»", f' "{VALID_KEY}"\n']
)
def test_an_environment_key_in_quotes_is_cleaned(
    fake: FakeOpenRouter, memory: MemoryKeyring, wrapped: str
) -> None:
    async def use(service: AccountService, client: OpenRouterClient) -> str:
        service.load()
        return await current_label(client)

    shown = with_service(fake, secure_store(memory), use, environ={"OPENROUTER_API_KEY": wrapped})
    assert shown == label(VALID_KEY)


def test_an_environment_value_that_cannot_be_a_key_is_a_plain_problem(
    fake: FakeOpenRouter, memory: MemoryKeyring
) -> None:
    bad = "sk-or-v1-abc–def"  # an en dash: not ASCII, cannot go into a header

    async def use(service: AccountService, client: OpenRouterClient) -> tuple[KeyState, bool]:
        return service.load(), client.has_key

    state, has_key = with_service(
        fake, secure_store(memory), use, environ={"OPENROUTER_API_KEY": bad}
    )
    assert state.source == "none" and not has_key
    assert state.problem is not None and "OPENROUTER_API_KEY" in state.problem
    assert bad not in state.problem
