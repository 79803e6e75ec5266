"""The model catalogue on disk: the last ``GET /models`` answer, and the bundled snapshot.

The cache keeps the server's body byte for byte, so a newer Switchboard that reads more of it
gets the benefit from an old cache too. Reading that body into ``ModelInfo`` is the api
layer's job (``app.api.parsing.parse_models``), done by the catalogue service: this store
does not import api.

File layout (``models.cache`` in the cache folder): one line of JSON saying when it was
fetched, then the body exactly as received::

    {"format": "switchboard.models-cache", "version": 1, "fetched_at": 1767225600.0}
    {"data": [...]}
"""

from __future__ import annotations

import contextlib
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .files import UnsuitableFileError, read_regular_file, write_atomic
from .paths import bundled_path

CACHE_FILE_NAME = "models.cache"
CACHE_FORMAT = "switchboard.models-cache"
CACHE_VERSION = 1
MAX_CACHE_BYTES = 64 * 1024 * 1024  # the whole catalogue is about 1 MB today

Source = Literal["cache", "snapshot"]


@dataclass(frozen=True, slots=True)
class CachedCatalogue:
    """A ``/models`` response body as stored. ``fetched_at`` is None for the snapshot (it was
    never fetched: it is a hand-made starting list)."""

    body: bytes
    fetched_at: float | None
    source: Source


class CatalogueCache:
    def __init__(self, cache_dir: Path, *, snapshot_path: Path | None = None) -> None:
        self.path = cache_dir / CACHE_FILE_NAME
        self.snapshot_path = snapshot_path or bundled_path("resources", "models-snapshot.json")

    def load(self) -> CachedCatalogue | None:
        """The last saved catalogue, or None when there is none or it is unusable (then the
        file is removed: it is only a cache, the next refresh writes a new one)."""
        try:
            raw = read_regular_file(self.path, MAX_CACHE_BYTES)
        except UnsuitableFileError:  # a pipe, a device, a huge file: not ours to keep
            self.clear()
            return None
        except OSError:  # missing or unreadable: the snapshot will do
            return None
        header, newline, body = raw.partition(b"\n")
        fetched_at = _fetched_at(header) if newline else None
        if fetched_at is None or not body.strip():
            self.clear()
            return None
        return CachedCatalogue(body, fetched_at, "cache")

    def save(self, raw_body: bytes, fetched_at: float) -> None:
        """Store a ``/models`` body atomically (a crash leaves the old cache or the new one)."""
        header = {"format": CACHE_FORMAT, "version": CACHE_VERSION, "fetched_at": fetched_at}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(header).encode("ascii") + b"\n" + raw_body)

    def clear(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()

    def snapshot(self) -> CachedCatalogue | None:
        """The small catalogue shipped with the app; None if the installation lacks it."""
        try:
            body = read_regular_file(self.snapshot_path, MAX_CACHE_BYTES)
            return CachedCatalogue(body, None, "snapshot")
        except OSError:
            return None


def _fetched_at(header: bytes) -> float | None:
    try:
        data = json.loads(header)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
        return None
    if data.get("version") != CACHE_VERSION:
        return None  # another version's cache: cheaper to fetch again than to guess
    value = data.get("fetched_at")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)
