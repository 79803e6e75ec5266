"""The model catalogue: bundled snapshot, on-disk cache, and refreshing from /models."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Awaitable, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import httpx
import pytest

from app.api import NotFoundError, OpenRouterClient, OpenRouterError
from app.api.parsing import parse_models
from app.core.models import DEFAULT_MODEL, ModelInfo
from app.services.catalogue import CatalogueService
from app.store.catalogue_cache import CatalogueCache
from app.store.paths import bundled_path
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter
from tests.helpers.clocks import Clock
from tests.unit.test_model_info import WIZARD_TAGS

T = TypeVar("T")
SNAPSHOT = bundled_path("resources", "models-snapshot.json")
DAY = 24 * 3600.0


@pytest.fixture
def fake() -> Iterator[FakeOpenRouter]:
    with FakeOpenRouter() as server:
        yield server


@pytest.fixture
def cache(tmp_path: Path) -> CatalogueCache:
    return CatalogueCache(tmp_path / "cache")


def with_service(
    fake: FakeOpenRouter,
    cache: CatalogueCache,
    use: Callable[[CatalogueService], Awaitable[T]],
    *,
    clock: Clock | None = None,
    base_url: str | None = None,
) -> T:
    async def run() -> T:
        async with httpx.AsyncClient() as http:
            client = OpenRouterClient(http, base_url=base_url or fake.base_url, api_key=VALID_KEY)
            service = CatalogueService(client, cache, clock=clock or Clock())
            service.load()
            return await use(service)

    return asyncio.run(run())


def models_requests(fake: FakeOpenRouter) -> int:
    return sum(1 for r in fake.requests if r.route == "/models")


# -- the bundled snapshot ---------------------------------------------------------------------


def test_snapshot_is_a_small_honest_models_response() -> None:
    raw = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert "hand-made" in raw["snapshot_note"] and "first refresh" in raw["snapshot_note"]
    models = parse_models(SNAPSHOT.read_bytes())
    assert len(models) == len(raw["data"]) and 5 <= len(models) < 20
    assert len({m.id for m in models}) == len(models)
    for model in models:
        assert model.name and model.context_length and model.supported_parameters
        assert model.prompt_price is not None and model.completion_price is not None


def test_snapshot_has_the_default_model_as_the_fact_sheet_gives_it() -> None:
    wizard = {m.id: m for m in parse_models(SNAPSHOT.read_bytes())}[DEFAULT_MODEL]
    assert wizard.name == "WizardLM-2 8x22B"
    assert wizard.context_length == 65536 and wizard.context_text == "65.5K context"
    assert wizard.prompt_price == wizard.completion_price == Decimal("0.00000062")
    assert wizard.price_summary == "$0.62/M in · $0.62/M out"
    assert wizard.max_completion_tokens == 8000
    assert wizard.supported_parameters == WIZARD_TAGS
    assert wizard.response_format_support("json_schema") is not None
    assert not wizard.supports("tools") and not wizard.supports("structured_outputs")


# -- the cache --------------------------------------------------------------------------------


def test_cache_keeps_the_body_byte_for_byte(cache: CatalogueCache) -> None:
    assert cache.load() is None
    body = b'{"data": [{"id": "a/b", "name": "B", "future": {"x": 1}}]}\r\n'
    cache.save(body, 1234.5)
    loaded = cache.load()
    assert loaded is not None
    assert (loaded.body, loaded.fetched_at, loaded.source) == (body, 1234.5, "cache")
    assert [p.name for p in cache.path.parent.iterdir()] == ["models.cache"]  # no temp files


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage",
        b'{"format": "switchboard.models-cache", "version": 1, "fetched_at": 1}',  # no body
        b'{"format": "other", "version": 1, "fetched_at": 1}\n{"data": []}',
        b'{"format": "switchboard.models-cache", "version": 2, "fetched_at": 1}\n{"data": []}',
        b'{"format": "switchboard.models-cache", "version": 1, "fetched_at": "x"}\n{"data": []}',
        b'{"format": "switchboard.models-cache", "version": 1, "fetched_at": NaN}\n{"data": []}',
    ],
)
def test_an_unusable_cache_is_dropped(cache: CatalogueCache, content: bytes) -> None:
    cache.path.parent.mkdir(parents=True)
    cache.path.write_bytes(content)
    assert cache.load() is None
    assert not cache.path.exists()


def test_snapshot_from_the_cache_object(cache: CatalogueCache, tmp_path: Path) -> None:
    snapshot = cache.snapshot()
    assert snapshot is not None
    assert snapshot.source == "snapshot" and snapshot.fetched_at is None
    assert snapshot.body == SNAPSHOT.read_bytes()
    assert CatalogueCache(tmp_path, snapshot_path=tmp_path / "missing.json").snapshot() is None


# -- the service: loading ---------------------------------------------------------------------


def offline_service(cache: CatalogueCache, clock: Clock | None = None) -> CatalogueService:
    client = OpenRouterClient(httpx.AsyncClient(), base_url="http://127.0.0.1:9/api/v1")
    return CatalogueService(client, cache, clock=clock or Clock())


def test_first_start_uses_the_snapshot_sorted_by_name(cache: CatalogueCache) -> None:
    service = offline_service(cache)
    assert service.models == [] and service.source == "none"
    seen: list[list[ModelInfo]] = []
    service.models_changed.subscribe(seen.append)
    service.load()
    assert service.source == "snapshot" and service.is_stale and service.fetched_at is None
    names = [m.name.casefold() for m in service.models]
    assert names == sorted(names)
    assert seen == [service.models]
    wizard = service.get(DEFAULT_MODEL)
    assert wizard is not None and wizard.price_summary == "$0.62/M in · $0.62/M out"
    assert service.get("no/such-model") is None


def test_a_fresh_cache_wins_over_the_snapshot(cache: CatalogueCache) -> None:
    clock = Clock()
    body = b'{"data": [{"id": "z/one", "name": "Zed"}, {"id": "a/two", "name": "Ay"}]}'
    cache.save(body, clock())
    clock.now += 3600
    service = offline_service(cache, clock)
    service.load()
    assert service.source == "cache" and not service.is_stale
    assert [m.id for m in service.models] == ["a/two", "z/one"]
    clock.now += DAY
    assert service.is_stale
    clock.now -= 10 * DAY  # the clock was turned back: the age is unknown, so refresh
    assert service.is_stale


@pytest.mark.parametrize("body", [b"not json", b'{"data": []}', b'{"models": []}'])
def test_an_unreadable_cache_falls_back_to_the_snapshot(cache: CatalogueCache, body: bytes) -> None:
    cache.save(body, Clock()())
    service = offline_service(cache)
    service.load()
    assert service.source == "snapshot" and service.get(DEFAULT_MODEL) is not None
    assert not cache.path.exists()


def test_no_cache_and_no_snapshot_still_starts(tmp_path: Path) -> None:
    cache = CatalogueCache(tmp_path, snapshot_path=tmp_path / "missing.json")
    service = offline_service(cache)
    service.load()
    assert service.models == [] and service.source == "none" and service.is_stale


# -- the service: refreshing from the fake server ---------------------------------------------


def test_refresh_replaces_the_list_and_caches_the_raw_body(
    fake: FakeOpenRouter, cache: CatalogueCache
) -> None:
    clock = Clock()
    changes: list[list[ModelInfo]] = []

    async def use(service: CatalogueService) -> None:
        service.models_changed.subscribe(changes.append)
        assert await service.refresh() is True
        assert service.source == "live" and service.fetched_at == clock.now
        assert not service.is_stale

    with_service(fake, cache, use, clock=clock)
    assert len(changes) == 1
    assert {m.id for m in changes[0]} == {m["id"] for m in fake.models}
    stored = cache.load()
    assert stored is not None and stored.fetched_at == clock.now
    assert json.loads(stored.body)["data"] == fake.models  # verbatim, unknown fields included

    # The next start reads the cache, offline.
    again = offline_service(cache, clock)
    again.load()
    assert again.source == "cache" and [m.id for m in again.models] == [m.id for m in changes[0]]
    odd = again.get("fakelab/mystery-model-1")
    assert odd is not None and odd.context_text == "unknown context"
    free = again.get("meta-llama/llama-3.3-8b-instruct:free")
    assert free is not None and free.price_summary == "free"


def test_refresh_skips_a_fresh_list_unless_forced(
    fake: FakeOpenRouter, cache: CatalogueCache
) -> None:
    clock = Clock()

    async def use(service: CatalogueService) -> list[bool]:
        results = [await service.refresh(), await service.refresh()]
        clock.now += DAY - 1
        results.append(await service.refresh())
        results.append(await service.refresh(force=True))
        clock.now += DAY
        results.append(await service.refresh())
        return results

    assert with_service(fake, cache, use, clock=clock) == [True, False, False, True, True]
    assert models_requests(fake) == 3


def test_concurrent_refreshes_fetch_once(fake: FakeOpenRouter, cache: CatalogueCache) -> None:
    async def use(service: CatalogueService) -> list[bool]:
        return list(await asyncio.gather(service.refresh(), service.refresh()))

    assert sorted(with_service(fake, cache, use)) == [False, True]
    assert models_requests(fake) == 1


def test_a_failed_refresh_raises_and_keeps_the_list(
    fake: FakeOpenRouter, cache: CatalogueCache
) -> None:
    async def use(service: CatalogueService) -> None:
        before = service.models
        with pytest.raises(NotFoundError) as caught:
            await service.refresh()
        assert caught.value.user_message
        assert service.models == before and service.source == "snapshot"

    with_service(fake, cache, use, base_url=fake.base_url + "/wrong")
    assert cache.load() is None


def test_an_empty_live_list_is_refused(fake: FakeOpenRouter, cache: CatalogueCache) -> None:
    fake.models = []

    async def use(service: CatalogueService) -> None:
        with pytest.raises(OpenRouterError) as caught:
            await service.refresh()
        assert "no models" in caught.value.user_message
        assert service.source == "snapshot" and service.models

    with_service(fake, cache, use)
    assert cache.load() is None


def test_a_cache_that_cannot_be_written_does_not_lose_the_fresh_list(
    fake: FakeOpenRouter, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    cache = CatalogueCache(blocker / "cache")

    async def use(service: CatalogueService) -> str:
        assert await service.refresh()
        return service.source

    assert with_service(fake, cache, use) == "live"


# -- search -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("wizard", {"microsoft/wizardlm-2-8x22b"}),
        ("WIZARDLM 8x22", {"microsoft/wizardlm-2-8x22b"}),
        ("8x22 microsoft", {"microsoft/wizardlm-2-8x22b"}),  # any order
        ("llama free", {"meta-llama/llama-3.3-70b-instruct:free"}),
        ("anthropic", {"anthropic/claude-3.5-haiku", "anthropic/claude-sonnet-4.5"}),
        ("gpt-4o", {"openai/gpt-4o", "openai/gpt-4o-mini"}),
        ("wizard gpt", set()),  # every word must match
        ("nothing-like-this", set()),
    ],
)
def test_search_matches_every_word_in_id_or_name(
    cache: CatalogueCache, query: str, expected: set[str]
) -> None:
    service = offline_service(cache)
    service.load()
    found = service.search(query)
    assert {m.id for m in found} == expected
    assert found == [m for m in service.models if m in found]  # still sorted by name


def test_an_empty_search_lists_everything(cache: CatalogueCache) -> None:
    service = offline_service(cache)
    service.load()
    assert service.search("   ") == service.models


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.timeout(10)
def test_a_fifo_in_place_of_the_cache_is_dropped_without_waiting(cache: CatalogueCache) -> None:
    cache.path.parent.mkdir(parents=True)
    os.mkfifo(cache.path)
    assert cache.load() is None
    assert not cache.path.exists()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.timeout(10)
def test_a_link_to_dev_zero_in_place_of_the_cache_is_dropped(cache: CatalogueCache) -> None:
    cache.path.parent.mkdir(parents=True)
    cache.path.symlink_to("/dev/zero")
    assert cache.load() is None
    assert not cache.path.is_symlink()
