"""The settings file (``settings.json`` in the config folder): small, versioned, forgiving.

The API key is never stored here: it lives in the OS keychain. Unknown keys in the file are
ignored and not written back, so nothing that ends up in it by hand survives a save.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from app.core.endpoint import EndpointError, normalize_base_url
from app.core.models import DEFAULT_BASE_URL
from app.core.money import format_usd, parse_amount

from .files import UnsuitableFileError, move_aside, read_regular_file, write_text_atomic

SETTINGS_VERSION = 1
SETTINGS_FILE_NAME = "settings.json"
Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
# The largest amount the spending guard takes, in USD. Far beyond any real cap, and small
# enough that every figure built from it stays exact (Decimal's 28 digits).
MAX_AMOUNT = Decimal(1_000_000)
MIN_AMOUNT = Decimal("0.0001")  # a smaller positive cap means nothing; tiny ones overflow


@dataclass(frozen=True, slots=True)
class AppSettings:
    version: int = SETTINGS_VERSION
    enter_sends: bool = True  # Enter sends, Shift+Enter starts a new line (else the reverse)
    theme: Theme = "system"
    base_url: str | None = None  # None: the default OpenRouter endpoint
    attribution_title: str | None = None  # X-Title sent to OpenRouter
    attribution_referer: str | None = None  # HTTP-Referer sent to OpenRouter
    # The spending guard (USD; None: not set). Stored as decimal strings, never floats.
    daily_cap: Decimal | None = None
    monthly_cap: Decimal | None = None
    confirm_above: Decimal | None = None  # ask before any single send that may cost more

    def to_dict(self) -> dict[str, Any]:
        return {
            name: str(value) if isinstance(value, Decimal) else value
            for name, value in asdict(self).items()
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AppSettings:
        """Tolerant: unknown keys are ignored, a wrong value falls back to its default."""
        enter_sends = data.get("enter_sends")
        theme = data.get("theme")
        return cls(
            enter_sends=enter_sends if isinstance(enter_sends, bool) else True,
            theme=theme if theme in THEMES else "system",
            base_url=_url(data.get("base_url")),
            attribution_title=_text(data.get("attribution_title")),
            attribution_referer=_text(data.get("attribution_referer")),
            daily_cap=_amount(data.get("daily_cap")),
            monthly_cap=_amount(data.get("monthly_cap")),
            confirm_above=_amount(data.get("confirm_above")),
        )


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    settings: AppSettings
    notice: str | None = None  # to show the person once, if the file had to be set aside
    kept_aside: Path | None = None


class _UnusableFileError(Exception):
    """The file exists but cannot be used; the message says why, in plain words."""


def load_settings(path: Path) -> LoadedSettings:
    """Read the settings. A missing file means defaults; an unusable one is kept aside."""
    try:
        return LoadedSettings(AppSettings.from_dict(_read(path)))
    except FileNotFoundError:
        return LoadedSettings(AppSettings())
    except _UnusableFileError as problem:
        why = str(problem)
    try:
        kept = move_aside(path)
    except OSError:
        notice = f"Your settings at {path} {why}, so default settings are used for now."
        return LoadedSettings(AppSettings(), notice)
    notice = f"Your settings {why}, so default settings are used. The old file is kept at {kept}."
    return LoadedSettings(AppSettings(), notice, kept)


def save_settings(path: Path, settings: AppSettings) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(settings.to_dict(), indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(path, text)


def _read(path: Path) -> dict[str, Any]:
    try:
        # Only an ordinary file, of at most 1 MB (a real one is a few hundred bytes): a pipe
        # here would block the start, a link to /dev/zero would eat the memory.
        text = read_regular_file(path, 1024 * 1024).decode("utf-8-sig")
    except FileNotFoundError:
        raise
    except UnsuitableFileError as error:
        why = error.user_message.rstrip(".")
        raise _UnusableFileError(f"could not be read ({why[:1].lower()}{why[1:]})") from error
    except (OSError, UnicodeDecodeError) as error:
        raise _UnusableFileError("could not be read") from error
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise _UnusableFileError("could not be read (the file is damaged)") from error
    if not isinstance(data, dict):
        raise _UnusableFileError("could not be read (the file is damaged)")
    version = data.get("version", SETTINGS_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > SETTINGS_VERSION:
        raise _UnusableFileError("were saved by a newer version of Switchboard")
    return data


def _text(value: object) -> str | None:
    """A non-empty single line (these end up in HTTP headers, where a line break is an error)."""
    if not isinstance(value, str) or any(ord(c) < 32 or ord(c) == 127 for c in value.strip()):
        return None
    return value.strip() or None


def _url(value: object) -> str | None:
    """Checked like the Settings field (https, or plain http only to this computer); an
    address that fails is dropped, so the default (OpenRouter) is used and the rest of the
    file is kept."""
    text = _text(value)
    if text is None:
        return None
    try:
        url = normalize_base_url(text)
    except EndpointError:
        return None
    return None if url == DEFAULT_BASE_URL else url


def amount_problem(value: Decimal) -> str | None:
    """Why ``value`` cannot be a cap or a threshold, in a plain sentence (None: it can)."""
    if not value.is_finite() or value < 0:
        return "An amount cannot be negative."
    if value > MAX_AMOUNT:
        return f"Caps go up to {format_usd(MAX_AMOUNT)}. Type a smaller amount, such as 20."
    if 0 < value < MIN_AMOUNT:
        return "The smallest amount is $0.0001 (or 0 to allow no spending at all)."
    return None


def _amount(value: object) -> Decimal | None:
    """A cap from the file: out of range counts as no cap (never a reason not to start)."""
    amount = parse_amount(value)
    if amount is None or amount_problem(amount) is not None:
        return None
    return amount
