"""Preset files: the user's own (``presets.json`` in the config folder), the built-ins shipped
with the app, and files exported or imported by hand. All share one format, described in
``app.core.presets``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.core.i18n import translate
from app.core.presets import Preset, PresetFormatError, presets_from_json, presets_to_json

from .files import UnsuitableFileError, move_aside, read_regular_file, write_text_atomic
from .paths import bundled_path

PRESETS_FILE_NAME = "presets.json"
MAX_FILE_BYTES = 2 * 1024 * 1024  # far more than any real presets file


@dataclass(frozen=True, slots=True)
class LoadedPresets:
    presets: list[Preset]
    notice: str | None = None  # to show the person once, if the file had to be set aside
    kept_aside: Path | None = None


class PresetStore:
    """The user's presets. Built-ins never go in this file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_folder(cls, config_dir: Path) -> PresetStore:
        return cls(config_dir / PRESETS_FILE_NAME)

    def load(self) -> LoadedPresets:
        """A missing file means no user presets; an unusable one is kept aside, not lost."""
        try:
            return LoadedPresets(read_presets_file(self.path))
        except FileNotFoundError:
            return LoadedPresets([])
        except PresetFormatError as error:
            why = error.user_message
        except UnsuitableFileError as error:
            why = error.user_message
        except OSError:
            why = translate("preset_store", "The file could not be opened.")
        try:
            kept = move_aside(self.path)
        except OSError:
            notice = translate(
                "preset_store",
                "Your saved presets at {path} could not be used, so only the built-in "
                "presets are available. {why}",
            ).format(path=self.path, why=why)
            return LoadedPresets([], notice)
        notice = translate(
            "preset_store",
            "Your saved presets could not be used, so only the built-in presets are available. "
            "{why} The old file is kept at {kept}.",
        ).format(why=why, kept=kept)
        return LoadedPresets([], notice, kept)

    def save(self, presets: Iterable[Preset]) -> None:
        """Write atomically: a crash leaves the old file or the new one, never half of one."""
        presets = list(presets)
        if any(preset.builtin for preset in presets):
            raise ValueError("built-in presets are not saved with the user's presets")
        write_presets_file(self.path, presets)


def builtin_presets(path: Path | None = None) -> list[Preset]:
    """The presets shipped with the app, marked ``builtin``. A damaged file here is a broken
    installation, so it raises (PresetFormatError or OSError) rather than hiding it."""
    return read_presets_file(path or bundled_path("resources", PRESETS_FILE_NAME), builtin=True)


def read_presets_file(path: Path, *, builtin: bool = False) -> list[Preset]:
    """Every preset in a presets file. PresetFormatError for content we cannot use; OSError
    (FileNotFoundError included) when the file cannot be read at all."""
    try:
        raw = read_regular_file(path, MAX_FILE_BYTES)  # never a pipe, a device or a huge file
    except UnsuitableFileError:
        if not path.is_file():
            raise  # a pipe, a device, a folder: an OSError that says so
        raise PresetFormatError(
            translate("preset_store", "This file is too large to be a Switchboard presets file.")
        ) from None
    try:
        data = json.loads(
            raw.decode("utf-8-sig"), parse_int=_whole_number, parse_float=_decimal_number
        )
    except _NumberTooLongError:
        raise PresetFormatError(
            translate(
                "preset_store",
                "This presets file is damaged: it holds a number with too many digits.",
            )
        ) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PresetFormatError(
            translate("preset_store", "This file is not a Switchboard presets file.")
        ) from None
    return presets_from_json(data, builtin=builtin)


class _NumberTooLongError(Exception):
    pass


_MAX_DIGITS = 40  # a seed has at most 20; nothing in a presets file needs more


def _whole_number(text: str) -> int:
    if len(text) > _MAX_DIGITS:
        raise _NumberTooLongError
    return int(text)


def _decimal_number(text: str) -> float:
    if len(text) > _MAX_DIGITS * 2:
        raise _NumberTooLongError
    return float(text)


def write_presets_file(path: Path, presets: Iterable[Preset]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(presets_to_json(presets), indent=2, ensure_ascii=False) + "\n"
    write_text_atomic(path, text)
