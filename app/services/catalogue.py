"""The model catalogue: what the picker lists, where it came from, and keeping it fresh.

``load()`` is instant and offline (the cached ``/models`` answer, else the bundled snapshot), so
the window can show a picker before any network call. ``refresh()`` fetches the live list at
most once per ``max_age`` unless forced.

Failures: ``refresh()`` raises the ``OpenRouterError`` (each has a ``user_message``) and keeps
the current list, so the caller decides whether to show it (a manual refresh) or only log it
(the automatic one at start-up).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Literal

from app.api import OpenRouterClient, OpenRouterError, parse_models
from app.core.hub import Hub
from app.core.i18n import translate
from app.core.models import ModelInfo
from app.store.catalogue_cache import CachedCatalogue, CatalogueCache

log = logging.getLogger(__name__)

DEFAULT_MAX_AGE_S = 24 * 3600.0

Source = Literal["none", "snapshot", "cache", "live"]


class CatalogueService:
    """Holds the current model list. ``models_changed`` publishes the new list (sorted by
    name) to every subscriber whenever it is replaced."""

    def __init__(
        self,
        client: OpenRouterClient,
        cache: CatalogueCache,
        *,
        clock: Callable[[], float] = time.time,
        max_age: float = DEFAULT_MAX_AGE_S,
    ) -> None:
        self._client = client
        self._cache = cache
        self._clock = clock
        self.max_age = max_age
        self._models: list[ModelInfo] = []
        self._by_id: dict[str, ModelInfo] = {}
        self.source: Source = "none"
        self.fetched_at: float | None = None  # None: never fetched (snapshot or nothing)
        self.models_changed: Hub[list[ModelInfo]] = Hub()
        self._refreshing = asyncio.Lock()

    @property
    def models(self) -> list[ModelInfo]:
        return list(self._models)

    def get(self, model_id: str) -> ModelInfo | None:
        return self._by_id.get(model_id)

    @property
    def is_stale(self) -> bool:
        """True when the list was never fetched, or was fetched longer than ``max_age`` ago
        (or "in the future": the clock was turned back, so its age is unknown)."""
        if self.fetched_at is None:
            return True
        age = self._clock() - self.fetched_at
        return age < 0 or age >= self.max_age

    def load(self) -> None:
        """The cached catalogue, else the bundled snapshot. No network; never raises."""
        cached = self._cache.load()
        if cached is not None and self._use(cached):
            return
        if cached is not None:
            log.warning("the cached model list could not be read; it was removed")
            self._cache.clear()
        snapshot = self._cache.snapshot()
        if snapshot is None or not self._use(snapshot):
            log.error("the bundled model snapshot is missing or damaged")

    async def refresh(self, force: bool = False) -> bool:
        """Fetch the live list. True when it replaced the current one; False when skipped
        because the current one is fresh. Raises ``OpenRouterError`` (the list is kept).
        Concurrent calls share the work: a second caller waits, then finds the list fresh."""
        async with self._refreshing:
            if not force and not self.is_stale:
                return False
            body = await self._client.fetch_models_body()
            models = parse_models(body)
            if not models:
                raise OpenRouterError(
                    "GET /models returned no models",
                    user_message=translate(
                        "catalogue", "The server listed no models, so the current list is kept."
                    ),
                )
            fetched_at = self._clock()
            try:
                self._cache.save(body, fetched_at)
            except OSError:  # a full disk should not cost the person the fresh list
                log.warning("could not save the model list to the cache", exc_info=True)
            self._replace(models, "live", fetched_at)
            return True

    def search(self, query: str) -> list[ModelInfo]:
        """Models whose id or name contains every word of ``query`` (any case, any order).
        An empty query lists them all."""
        words = query.casefold().split()
        if not words:
            return self.models
        return [
            model
            for model in self._models
            if all(word in f"{model.id} {model.name}".casefold() for word in words)
        ]

    def _use(self, stored: CachedCatalogue) -> bool:
        try:
            models = parse_models(stored.body)
        except OpenRouterError:
            return False
        if not models:
            return False
        self._replace(models, stored.source, stored.fetched_at)
        return True

    def _replace(self, models: list[ModelInfo], source: Source, fetched_at: float | None) -> None:
        self._models = sorted(models, key=lambda m: (m.name.casefold(), m.id))
        self._by_id = {model.id: model for model in self._models}
        self.source = source
        self.fetched_at = fetched_at
        self.models_changed.publish(self.models)
