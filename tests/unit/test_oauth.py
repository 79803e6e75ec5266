"""Sign in with OpenRouter: PKCE, the loopback receiver, the code exchange, the whole flow with
the test playing the browser against the fake server."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import socket
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from app.api import (
    BadRequestError,
    CallbackReceiver,
    ConnectionFailedError,
    ForbiddenError,
    OpenRouterClient,
    PkcePair,
    SignInError,
    auth_url,
    exchange_code,
    sign_in,
)
from app.api.oauth import (
    NO_BROWSER,
    SIGN_IN_DECLINED,
    SIGN_IN_FAILED,
    SIGN_IN_TIMED_OUT,
    api_base_for,
)
from tests.fakes.fake_openrouter import FakeOpenRouter
from tests.helpers.browsers import following_browser, merged

from .conftest import run, with_client

UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


# -- PKCE ------------------------------------------------------------------------------------


def test_rfc7636_appendix_b_vector() -> None:
    pair = PkcePair.from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
    assert pair.challenge == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    assert PkcePair.method == "S256"


def test_created_pairs_are_random_unreserved_and_consistent() -> None:
    pairs = [PkcePair.create() for _ in range(20)]
    assert len({p.verifier for p in pairs}) == 20
    for pair in pairs:
        assert len(pair.verifier) == 64 and set(pair.verifier) <= UNRESERVED
        assert pair.challenge == s256(pair.verifier)
        assert len(pair.challenge) == 43 and "=" not in pair.challenge
        assert pair.verifier not in repr(pair)
    assert len(PkcePair.create(43).verifier) == 43
    assert len(PkcePair.create(128).verifier) == 128


@pytest.mark.parametrize("length", [0, 42, 129])
def test_verifier_length_is_checked(length: int) -> None:
    with pytest.raises(ValueError):
        PkcePair.create(length)


@pytest.mark.parametrize("verifier", ["short", "a" * 129, "a" * 42 + " ", "ä" * 50])
def test_bad_verifiers_are_refused(verifier: str) -> None:
    with pytest.raises(ValueError):
        PkcePair.from_verifier(verifier)


def test_auth_url_carries_the_callback_and_challenge() -> None:
    url = auth_url("http://127.0.0.1:5555/callback", "abc-_123")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "openrouter.ai", "/auth")
    assert parse_qs(parts.query) == {
        "callback_url": ["http://127.0.0.1:5555/callback"],
        "code_challenge": ["abc-_123"],
        "code_challenge_method": ["S256"],
    }
    assert "callback_url=http%3A%2F%2F127.0.0.1%3A5555%2Fcallback" in url
    assert auth_url("http://x/cb", "c", base="http://127.0.0.1:9/").startswith(
        "http://127.0.0.1:9/auth?"
    )


def site(fake: FakeOpenRouter) -> str:
    """Where the fake plays openrouter.ai (its sign-in page and its /api/v1/auth/keys)."""
    return fake.base_url.removesuffix("/api/v1")


def test_openrouters_api_is_under_its_site() -> None:
    assert api_base_for("https://openrouter.ai") == "https://openrouter.ai/api/v1"
    assert api_base_for("http://127.0.0.1:8765/") == "http://127.0.0.1:8765/api/v1"


# -- the loopback receiver --------------------------------------------------------------------


def test_receiver_hands_over_the_code_and_thanks_the_browser() -> None:
    async def scenario() -> tuple[str, httpx.Response, str]:
        async with CallbackReceiver() as receiver, httpx.AsyncClient() as http:
            url = receiver.url
            response = await http.get(merged(url, {"code": "the-code-123"}))
            code = await receiver.wait_for_code(1)
        return url, response, code

    url, response, code = run(scenario())
    assert urlsplit(url).hostname == "127.0.0.1" and urlsplit(url).path.startswith("/callback/")
    assert urlsplit(url).query == ""  # the state is in the path: nothing for "&code=" to need
    assert urlsplit(url).port not in (None, 0)
    assert code == "the-code-123"
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "You can close this tab and return to Switchboard" in response.text
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_other_paths_get_404_and_do_not_end_the_wait() -> None:
    async def scenario() -> tuple[list[int], str]:
        async with CallbackReceiver() as receiver, httpx.AsyncClient() as http:
            root = receiver.url.split("/callback", 1)[0]
            statuses = [
                (await http.get(root + "/favicon.ico")).status_code,
                (await http.get(root + "/")).status_code,
                (await http.post(merged(receiver.url, {"code": "posted"}))).status_code,
            ]
            statuses.append((await http.get(merged(receiver.url, {"code": "good"}))).status_code)
            again = await http.get(merged(receiver.url, {"code": "later"}))
            statuses.append(again.status_code)
            return statuses, await receiver.wait_for_code(1)

    statuses, code = run(scenario())
    assert statuses == [404, 404, 405, 200, 200]
    assert code == "good"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"error": "access_denied"}, SIGN_IN_DECLINED),
        ({"error": "server_error", "code": "x"}, SIGN_IN_FAILED),
        ({}, SIGN_IN_FAILED),
        ({"code": "  "}, SIGN_IN_FAILED),
    ],
)
def test_an_error_or_a_missing_code_shows_an_error_page(
    query: dict[str, str], message: str
) -> None:
    async def scenario() -> tuple[httpx.Response, SignInError]:
        async with CallbackReceiver() as receiver, httpx.AsyncClient() as http:
            response = await http.get(merged(receiver.url, query))
            with pytest.raises(SignInError) as caught:
                await receiver.wait_for_code(1)
            return response, caught.value

    response, error = run(scenario())
    assert response.status_code == 400
    assert "did not complete" in response.text and "try again" in response.text
    assert error.user_message == message


def test_the_error_page_escapes_nothing_it_did_not_write() -> None:
    async def scenario() -> str:
        async with CallbackReceiver() as receiver, httpx.AsyncClient() as http:
            response = await http.get(merged(receiver.url, {"error": "<script>alert(1)</script>"}))
            with pytest.raises(SignInError):
                await receiver.wait_for_code(1)
            return response.text

    assert "<script>" not in run(scenario())


def raw_exchange(port: int, payload: bytes, *, close_write: bool = True) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(payload)
        if close_write:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while data := sock.recv(65536):
            chunks.append(data)
        return b"".join(chunks)


def test_bad_requests_get_400_and_never_hang_the_receiver() -> None:
    async def scenario() -> tuple[list[bytes], float, str]:
        async with CallbackReceiver(request_timeout=0.3) as receiver:
            port = receiver.port
            answers = [
                await asyncio.to_thread(raw_exchange, port, b"hello\r\n\r\n"),
                await asyncio.to_thread(raw_exchange, port, b"GET /callback?code=x"),
                await asyncio.to_thread(raw_exchange, port, b""),
                await asyncio.to_thread(raw_exchange, port, b"GET /x HTTP/1.1\r\n" + b"a" * 70000),
            ]
            started = time.monotonic()
            # A client that sends half a request and then nothing: dropped after the timeout.
            answers.append(
                await asyncio.to_thread(raw_exchange, port, b"GET /call", close_write=False)
            )
            slow = time.monotonic() - started
            async with httpx.AsyncClient() as http:
                await http.get(merged(receiver.url, {"code": "still-works"}))
            return answers, slow, await receiver.wait_for_code(1)

    answers, slow, code = run(scenario())
    assert answers[0].startswith(b"HTTP/1.1 400 ")
    assert answers[1].startswith(b"HTTP/1.1 400 ")  # cut off before the end of the headers
    assert answers[2].startswith(b"HTTP/1.1 400 ") or answers[2] == b""
    assert answers[3].startswith(b"HTTP/1.1 400 ")  # too large
    assert answers[4] == b"" and slow < 3
    assert code == "still-works"


def test_wait_for_code_times_out_with_a_plain_message() -> None:
    async def scenario() -> SignInError:
        async with CallbackReceiver() as receiver:
            with pytest.raises(SignInError) as caught:
                await receiver.wait_for_code(0.05)
            return caught.value

    assert run(scenario()).user_message == SIGN_IN_TIMED_OUT


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_fixed_port_can_be_chosen_and_is_released_on_exit() -> None:
    port = free_port()

    async def scenario() -> str:
        async with CallbackReceiver(port=port) as receiver:
            return receiver.url

    assert run(scenario()).startswith(f"http://127.0.0.1:{port}/callback/")
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass


def test_closing_drops_a_connection_that_never_finishes() -> None:
    async def scenario() -> float:
        receiver = CallbackReceiver(request_timeout=30)
        async with receiver:
            _reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
            writer.write(b"GET /callback")
            await writer.drain()
            await asyncio.sleep(0.05)
            started = time.monotonic()
        elapsed = time.monotonic() - started
        writer.close()
        await writer.wait_closed()
        await receiver.close()  # idempotent
        return elapsed

    assert run(scenario()) < 1


def test_the_url_needs_a_listening_receiver() -> None:
    with pytest.raises(RuntimeError):
        _ = CallbackReceiver().url


# -- the exchange and the whole flow against the fake server ----------------------------------


def test_the_whole_flow_with_the_test_as_the_browser(fake: FakeOpenRouter) -> None:
    seen: list[str] = []

    async def browser(url: str) -> None:
        seen.append(url)
        query = parse_qs(urlsplit(url).query)
        assert query["code_challenge_method"] == ["S256"]
        code = fake.issue_auth_code(query["code_challenge"][0])
        async with httpx.AsyncClient() as http:
            page = await http.get(merged(query["callback_url"][0], {"code": code}))
        assert page.status_code == 200

    key = run(
        with_client(fake, lambda client: sign_in(client, browser, timeout=5, site=site(fake)))
    )
    assert key.startswith("sk-or-v1-") and key in fake.keys and fake.issued_keys == [key]
    assert urlsplit(seen[0]).netloc == f"127.0.0.1:{fake.port}"  # the fake's "site"
    assert urlsplit(seen[0]).path == "/auth"
    exchange = [r for r in fake.requests if r.route == "/auth/keys"]
    assert len(exchange) == 1 and exchange[0].method == "POST"
    body = exchange[0].json
    assert set(body) == {"code", "code_verifier", "code_challenge_method"}
    assert body["code_challenge_method"] == "S256"
    challenge = parse_qs(urlsplit(seen[0]).query)["code_challenge"][0]
    assert s256(body["code_verifier"]) == challenge
    assert exchange[0].header("Authorization") is None  # no key is sent to get a key
    assert fake.auth_codes == {}  # the code is used up


def test_the_fakes_sign_in_page_redirects_like_a_browser_would(fake: FakeOpenRouter) -> None:
    async def browser(url: str) -> None:
        async with httpx.AsyncClient(follow_redirects=True) as http:
            page = await http.get(url)
        assert "You can close this tab" in page.text

    key = run(
        with_client(fake, lambda client: sign_in(client, browser, timeout=5, site=site(fake)))
    )

    async def check(client: OpenRouterClient) -> str:
        client.set_api_key(key)
        return (await client.get_key_info()).label

    assert run(with_client(fake, check)) == f"{key[:12]}...{key[-3:]}"


def test_a_wrong_verifier_is_refused_and_the_code_survives(fake: FakeOpenRouter) -> None:
    right = PkcePair.create()
    wrong = PkcePair.create()
    code = fake.issue_auth_code(right.challenge)

    async def attempt(client: OpenRouterClient) -> tuple[ForbiddenError, str]:
        with pytest.raises(ForbiddenError) as caught:
            await exchange_code(client, code, wrong.verifier)
        return caught.value, await exchange_code(client, code, right.verifier)

    error, key = run(with_client(fake, attempt))
    assert error.status == 403 and error.user_message == SIGN_IN_FAILED
    assert "Invalid code or code_verifier" in str(error)
    assert key in fake.keys


def test_unknown_and_reused_codes_are_refused(fake: FakeOpenRouter) -> None:
    pair = PkcePair.create()
    code = fake.issue_auth_code(pair.challenge)

    async def attempt(client: OpenRouterClient) -> list[str]:
        await exchange_code(client, code, pair.verifier)
        messages = []
        for bad_code in (code, "made-up"):
            with pytest.raises(ForbiddenError) as caught:
                await exchange_code(client, bad_code, pair.verifier)
            messages.append(caught.value.user_message)
        return messages

    assert run(with_client(fake, attempt)) == [SIGN_IN_FAILED, SIGN_IN_FAILED]
    assert len(fake.issued_keys) == 1


def test_the_fake_checks_the_challenge_method(fake: FakeOpenRouter) -> None:
    pair = PkcePair.create()
    code = fake.issue_auth_code(pair.challenge)
    with httpx.Client(base_url=fake.base_url, timeout=5) as http:
        plain = http.post(
            "/auth/keys",
            json={"code": code, "code_verifier": pair.verifier, "code_challenge_method": "plain"},
        )
        assert plain.status_code == 400
        assert plain.json() == {"error": {"code": 400, "message": "Invalid code_challenge_method"}}
        assert http.post("/auth/keys", json={"nothing": 1}).status_code == 400
        assert http.post("/auth/keys", content=b"not json").status_code == 400
        assert http.get("/auth/keys").status_code == 404
        open_code = fake.issue_auth_code(None)  # issued without PKCE: any verifier
        answer = http.post("/auth/keys", json={"code": open_code}).json()
        assert answer["key"] in fake.keys and answer["user_id"].startswith("user_")
    with httpx.Client(timeout=5) as http:
        site = f"http://127.0.0.1:{fake.port}"
        assert http.get(site + "/auth").status_code == 400  # no callback_url
        redirect = http.get(site + "/auth", params={"callback_url": "http://x/cb?a=1"})
        assert redirect.status_code == 302
        assert redirect.headers["location"].startswith("http://x/cb?a=1&code=fake-auth-")


def test_a_400_from_the_exchange_maps_to_the_sign_in_message() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": 400, "message": "Invalid code_challenge_method"}}
        return httpx.Response(400, json=body)

    async def attempt() -> BadRequestError:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            client = OpenRouterClient(http)
            with pytest.raises(BadRequestError) as caught:
                await exchange_code(client, "c", PkcePair.create().verifier)
            return caught.value

    assert run(attempt()).user_message == SIGN_IN_FAILED


def test_an_answer_without_a_key_is_a_sign_in_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"user_id": "u"})

    async def attempt() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            await exchange_code(OpenRouterClient(http), "c", PkcePair.create().verifier)

    with pytest.raises(SignInError) as caught:
        run(attempt())
    assert caught.value.user_message == SIGN_IN_FAILED


def test_no_connection_during_the_exchange_says_so() -> None:
    async def attempt() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=f"http://127.0.0.1:{free_port()}/api/v1")
            await exchange_code(client, "c", PkcePair.create().verifier)

    with pytest.raises(ConnectionFailedError) as caught:
        run(attempt())
    assert "finish signing in" in caught.value.user_message


def test_sign_in_can_be_cancelled_and_closes_the_listener(fake: FakeOpenRouter) -> None:
    urls: list[str] = []

    async def scenario(client: OpenRouterClient) -> None:
        task = asyncio.ensure_future(sign_in(client, urls.append, timeout=30, site=site(fake)))
        while not urls:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    started = time.monotonic()
    run(with_client(fake, scenario))
    assert time.monotonic() - started < 2
    callback = parse_qs(urlsplit(urls[0]).query)["callback_url"][0]
    port = urlsplit(callback).port
    assert port is not None
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    assert not [r for r in fake.requests if r.route == "/auth/keys"]


def test_a_browser_that_cannot_open_is_a_plain_error(fake: FakeOpenRouter) -> None:
    def no_browser(url: str) -> bool:
        raise OSError("no browser")

    with pytest.raises(SignInError) as caught:
        run(
            with_client(
                fake, lambda client: sign_in(client, no_browser, timeout=5, site=site(fake))
            )
        )
    assert caught.value.user_message == NO_BROWSER


def test_a_browser_that_never_comes_back_times_out(fake: FakeOpenRouter) -> None:
    with pytest.raises(SignInError) as caught:
        run(
            with_client(
                fake, lambda client: sign_in(client, lambda url: True, timeout=0.1, site=site(fake))
            )
        )
    assert caught.value.user_message == SIGN_IN_TIMED_OUT


# -- issue #12: the callback's state, and the code going only to OpenRouter --------------------


def test_a_callback_without_the_state_is_ignored_and_the_real_one_still_works() -> None:
    """A page or program on this computer that finds the port cannot end the sign-in: an
    ``?error=`` or a code on any path but ``/callback/<state>`` gets a 404 and changes
    nothing."""

    async def scenario() -> tuple[list[int], str]:
        async with CallbackReceiver() as receiver, httpx.AsyncClient() as http:
            state = urlsplit(receiver.url).path.rsplit("/", 1)[1]
            root = receiver.url.split("/callback", 1)[0]
            wrong = [
                f"{root}/callback",
                f"{root}/callback/",
                f"{root}/callback?state={state}",  # the state in the query does not count
                f"{root}/callback/guess",
                f"{root}/callback/{state[:-1]}",
                f"{root}/callback/{state}x",
                f"{root}/callback/{state}/",
                f"{root}/callback/{state}/more",
                f"{root}/{state}",
            ]
            statuses = []
            for url in wrong:
                for params in ({"error": "access_denied"}, {"code": "forged"}):
                    statuses.append((await http.get(merged(url, params))).status_code)
            real = await http.get(merged(receiver.url, {"code": "the-real-code"}))
            statuses.append(real.status_code)
            return statuses, await receiver.wait_for_code(1)

    statuses, code = run(scenario())
    assert statuses == [404] * 18 + [200]
    assert code == "the-real-code"


@pytest.mark.parametrize("added", ["?code=abc", "?code=abc&state=other", "?lang=en&code=abc"])
def test_the_code_is_taken_however_it_is_added(added: str) -> None:
    """OpenRouter only promises "a ``code`` parameter in the URL": with the state in the
    path, the callback URL has no query, so the code arrives as the first parameter or
    among others, and a ``state`` parameter means nothing."""

    async def scenario() -> tuple[int, str]:
        async with CallbackReceiver() as receiver, httpx.AsyncClient() as http:
            response = await http.get(receiver.url + added)
            return response.status_code, await receiver.wait_for_code(1)

    assert run(scenario()) == (200, "abc")


def test_a_flood_of_idle_connections_is_bounded_and_the_sign_in_still_completes() -> None:
    async def scenario() -> tuple[bytes, float, str]:
        receiver = CallbackReceiver(request_timeout=30)
        async with receiver, httpx.AsyncClient() as http:
            held = [
                await asyncio.open_connection("127.0.0.1", receiver.port)
                for _ in range(CallbackReceiver.MAX_CONNECTIONS)
            ]
            while len(receiver._connections) < CallbackReceiver.MAX_CONNECTIONS:
                await asyncio.sleep(0.01)
            reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
            started = time.monotonic()
            try:
                async with asyncio.timeout(5):
                    extra = await reader.read(100)  # closed at once, not after 30 s
            except ConnectionResetError:
                extra = b""
            waited = time.monotonic() - started
            writer.close()
            for _reader, held_writer in held:
                held_writer.close()
            while receiver._connections:
                await asyncio.sleep(0.01)
            response = await http.get(merged(receiver.url, {"code": "after-the-flood"}))
            assert response.status_code == 200
            return extra, waited, await receiver.wait_for_code(1)

    extra, waited, code = run(scenario())
    assert extra == b"" and waited < 5
    assert code == "after-the-flood"


def test_each_receiver_has_its_own_random_state() -> None:
    async def states() -> set[str]:
        found = set()
        for _ in range(3):
            async with CallbackReceiver() as receiver:
                found.add(urlsplit(receiver.url).path.removeprefix("/callback/"))
        return found

    found = run(states())
    assert len(found) == 3 and all(len(state) >= 20 for state in found)


def test_sign_in_never_sends_the_code_to_the_configured_server(fake: FakeOpenRouter) -> None:
    """With the API address set to another server (here, one ending in /api/v1 like
    OpenRouter's), the sign-in page and the code exchange are still OpenRouter's."""
    with FakeOpenRouter() as other:
        seen: list[str] = []

        async def scenario() -> str:
            async with httpx.AsyncClient() as http:
                client = OpenRouterClient(http, base_url=other.base_url, api_key=None)
                return await sign_in(client, following_browser(seen), timeout=5, site=site(fake))

        key = run(scenario())
        assert fake.issued_keys == [key]
        assert urlsplit(seen[0]).netloc == f"127.0.0.1:{fake.port}"
        assert not [r for r in other.requests]  # neither the page nor the code went there


def test_the_sign_in_page_is_openrouters_by_default() -> None:
    seen: list[str] = []

    async def scenario() -> None:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url="https://other.example/api/v1")
            await sign_in(client, seen.append, timeout=0.05)

    with pytest.raises(SignInError):
        run(scenario())
    assert urlsplit(seen[0]).netloc == "openrouter.ai"
