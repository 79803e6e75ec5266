"""The settings file (``settings.json`` in the config folder): small, versioned, forgiving.

The API key is never stored here: it lives in the OS keychain. Unknown keys in the file are
ignored and not written back, so nothing that ends up in it by hand survives a save. The
settings themselves (``AppSettings``, what each may hold) are plain values in
``app.core.settings``; they are re-exported here for the code that loads and saves them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

from app.core.i18n import translate
from app.core.settings import (
    MAX_AMOUNT,
    MIN_AMOUNT,
    SETTINGS_VERSION,
    THEMES,
    AppSettings,
    Theme,
    amount_problem,
)

from .files import UnsuitableFileError, move_aside, read_regular_file, write_text_atomic

SETTINGS_FILE_NAME = "settings.json"
# A distribution that packages Switchboard (and updates it itself) creates this file, holding
# its name, next to app/__init__.py: the update check is then off unless the person turns it
# on. Its presence is what counts; Switchboard's own installers do not ship it.
DISTRIBUTION_FILE = Path(__file__).resolve().parent.parent / "DISTRIBUTION"


class LoadedSettings(NamedTuple):  # (not a dataclass: made before the first paint, 0.5 ms)
    settings: AppSettings
    notice: str | None = None  # to show the person once, if the file had to be set aside
    kept_aside: Path | None = None


class _UnusableFileError(Exception):
    """The settings file cannot be used: ``reason`` (translated) says why when known;
    ``newer`` when a newer version of Switchboard wrote it."""

    def __init__(self, reason: str | None = None, *, newer: bool = False) -> None:
        super().__init__(reason or ("newer version" if newer else "could not be read"))
        self.reason = reason
        self.newer = newer


def packaged_by_distribution(marker: Path = DISTRIBUTION_FILE) -> bool:
    """Whether a distribution packaged this copy (``DISTRIBUTION_FILE`` exists)."""
    try:
        return marker.exists()
    except OSError:
        return False


def load_settings(path: Path, *, distribution_marker: Path = DISTRIBUTION_FILE) -> LoadedSettings:
    """Read the settings. A missing file means defaults; an unusable one is kept aside."""
    updates = not packaged_by_distribution(distribution_marker)
    defaults = AppSettings(check_for_updates=updates)
    try:
        return LoadedSettings(AppSettings.from_dict(_read(path), check_for_updates=updates))
    except FileNotFoundError:
        return LoadedSettings(defaults)
    except _UnusableFileError as error:
        problem = error
    try:
        kept = move_aside(path)
    except OSError:
        return LoadedSettings(defaults, _notice_not_moved(problem, path))
    return LoadedSettings(defaults, _notice_moved(problem, kept), kept)


def _notice_not_moved(problem: _UnusableFileError, path: Path) -> str:
    if problem.newer:
        return translate(
            "settings_file",
            "Your settings at {path} were saved by a newer version of Switchboard, so default "
            "settings are used for now.",
        ).format(path=path)
    if problem.reason:
        return translate(
            "settings_file",
            "Your settings at {path} could not be read ({reason}), so default settings are "
            "used for now.",
        ).format(path=path, reason=problem.reason)
    return translate(
        "settings_file",
        "Your settings at {path} could not be read, so default settings are used for now.",
    ).format(path=path)


def _notice_moved(problem: _UnusableFileError, kept: Path) -> str:
    if problem.newer:
        return translate(
            "settings_file",
            "Your settings were saved by a newer version of Switchboard, so default settings "
            "are used. The old file is kept at {kept}.",
        ).format(kept=kept)
    if problem.reason:
        return translate(
            "settings_file",
            "Your settings could not be read ({reason}), so default settings are used. "
            "The old file is kept at {kept}.",
        ).format(reason=problem.reason, kept=kept)
    return translate(
        "settings_file",
        "Your settings could not be read, so default settings are used. "
        "The old file is kept at {kept}.",
    ).format(kept=kept)


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
        raise _UnusableFileError(why[:1].lower() + why[1:]) from error
    except (OSError, UnicodeDecodeError) as error:
        raise _UnusableFileError() from error
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise _UnusableFileError(_damaged()) from error
    if not isinstance(data, dict):
        raise _UnusableFileError(_damaged())
    version = data.get("version", SETTINGS_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > SETTINGS_VERSION:
        raise _UnusableFileError(newer=True)
    return data


__all__ = [
    "DISTRIBUTION_FILE",
    "MAX_AMOUNT",
    "MIN_AMOUNT",
    "SETTINGS_FILE_NAME",
    "SETTINGS_VERSION",
    "THEMES",
    "AppSettings",
    "LoadedSettings",
    "Theme",
    "amount_problem",
    "load_settings",
    "packaged_by_distribution",
    "save_settings",
]


def _damaged() -> str:
    return translate("settings_file", "the file is damaged")
