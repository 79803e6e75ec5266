"""Which addresses count as OpenRouter, which are refused, and SWITCHBOARD_BASE_URL checked
like an address typed in Settings (issue #12 review, items 8 and 9)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.api import OpenRouterClient
from app.core.endpoint import (
    DEFAULT_BASE_URL,
    EndpointError,
    host_label,
    is_openrouter,
    normalize_base_url,
)
from app.main import Environment, checked_base_url_override, take_key_environment
from app.services.account import AccountService
from app.store.secrets import KeyStore
from app.store.settings_file import AppSettings
from tests.helpers.keyrings import TRUSTED, MemoryKeyring

from .conftest import run

OR_KEY = "sk-or-v1-" + "ab" * 32


@pytest.mark.parametrize(
    "address",
    [
        "https://openrouter.ai/api/v1",
        "https://OpenRouter.ai/api/v1/",
        "https://openrouter.ai:443/api/v1",
        "https://eu.openrouter.ai/api/v1",
    ],
)
def test_openrouter_is_https_on_the_default_port(address: str) -> None:
    assert is_openrouter(address)


@pytest.mark.parametrize(
    "address",
    [
        "http://openrouter.ai/api/v1",  # the key in clear text
        "http://openrouter.ai:443/api/v1",
        "https://openrouter.ai:8443/api/v1",
        "https://openrouter.ai:x/api/v1",
        "https://openrouter.ai@other.example/api/v1",
        "https://me@openrouter.ai/api/v1",
        "https://openrouter.ai.other.example/api/v1",
        "https://notopenrouter.ai/api/v1",
        "ftp://openrouter.ai/api/v1",
    ],
)
def test_anything_else_is_not_openrouter(address: str) -> None:
    assert not is_openrouter(address)


@pytest.mark.parametrize(
    "address",
    [
        "https://openrouter.ai@other.example/api/v1",
        "https://me:secret@other.example/v1",
        "https://me@other.example/v1",
        "http://user:pw@localhost:8080/v1",
    ],
)
def test_a_name_or_password_in_the_address_is_refused_in_plain_words(address: str) -> None:
    with pytest.raises(EndpointError) as caught:
        normalize_base_url(address)
    message = caught.value.user_message
    assert "name or password" in message
    assert "secret" not in message and "other.example" not in message


def test_a_port_that_is_not_a_number_is_refused() -> None:
    with pytest.raises(EndpointError, match="port"):
        normalize_base_url("https://other.example:99999/v1")


@pytest.mark.parametrize(
    ("address", "label"),
    [
        ("https://other.example/v1", "other.example"),
        ("http://127.0.0.1:8080/v1", "127.0.0.1:8080"),
        ("https://Other.Example:443/v1", "other.example:443"),
        ("http://[::1]:11434/v1", "[::1]:11434"),
        ("https://me:secret@other.example/v1", "other.example"),
        ("https://openrouter.ai@other.example/v1", "other.example"),
        ("not an address", "the server"),
    ],
)
def test_host_label_is_the_host_and_port_only(address: str, label: str) -> None:
    assert host_label(address) == label


# -- SWITCHBOARD_BASE_URL ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "http://openrouter.ai/api/v1",
        "http://other.example/v1",
        "https://me:secret@other.example/v1",
        "other.example/v1",
    ],
)
def test_a_refused_override_falls_back_to_settings_and_says_so(value: str) -> None:
    override, problem = checked_base_url_override({"SWITCHBOARD_BASE_URL": value})
    assert override is None
    assert problem is not None and "SWITCHBOARD_BASE_URL" in problem and "Settings" in problem
    assert value not in problem and "secret" not in problem
    assert "SWITCHBOARD_BASE_URL" not in take_key_environment({"SWITCHBOARD_BASE_URL": value})


def test_the_environment_refuses_plain_http_to_openrouter(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The review's case: with the override taken as it was, the keychain key went to
    http://openrouter.ai in clear text."""
    monkeypatch.setenv("SWITCHBOARD_HOME", str(tmp_path))
    monkeypatch.setenv("SWITCHBOARD_BASE_URL", "http://openrouter.ai/api/v1")
    env = Environment.read()
    assert env.base_url_override is None and env.base_url_problem
    assert env.endpoint(AppSettings()) == DEFAULT_BASE_URL
    seen: list[tuple[str, str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.scheme, request.url.host, request.headers.get("authorization")))
        return httpx.Response(200, json={"data": {"label": "x", "limit": None, "usage": 0}})

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = OpenRouterClient(http, base_url="http://openrouter.ai/api/v1")
            memory = MemoryKeyring()
            memory.items[("Switchboard", "openrouter-api-key")] = OR_KEY
            environ = take_key_environment({"SWITCHBOARD_BASE_URL": "http://openrouter.ai/api/v1"})
            account = AccountService(
                client, KeyStore(backend=memory, trusted=TRUSTED), environ=environ
            )
            await account.load_async()
            assert not account.server_is_openrouter
            await client.get_key_info()

    run(main())
    assert not any(auth and OR_KEY in auth for _, _, auth in seen)


def test_an_accepted_override_wins_over_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SWITCHBOARD_HOME", str(tmp_path))
    monkeypatch.setenv("SWITCHBOARD_BASE_URL", " http://127.0.0.1:9/v1/ ")
    env = Environment.read()
    assert env.base_url_problem is None
    assert env.endpoint(AppSettings(base_url="https://other.example/v1")) == "http://127.0.0.1:9/v1"
