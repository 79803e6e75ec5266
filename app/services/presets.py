"""Managing presets: the built-ins, the user's own, and moving them between files.

Built-ins can be applied and duplicated, never changed. Nothing the user saved is overwritten
unless the caller says so (``overwrite=True``, or naming it in ``apply_import``). Every refusal
is a ``PresetError`` whose ``user_message`` can be shown as it is.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from app.core.conversation import ChatSettings
from app.core.i18n import translate
from app.core.params import ParameterError
from app.core.presets import NAME_MAX, Preset, PresetError, check_preset_name, preset_key
from app.store.preset_store import (
    PresetStore,
    builtin_presets,
    read_presets_file,
    write_presets_file,
)


class PresetNameTakenError(PresetError):
    """A user preset already has this name; saving again needs ``overwrite=True``."""


class BuiltinPresetError(PresetError):
    """Built-in presets cannot be changed, deleted or shadowed."""


class PresetNotFoundError(PresetError):
    pass


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """What importing a file would do. ``conflicts`` have the name of a user preset already
    there; ``builtin_clashes`` have a built-in's name and are never imported (rename them in
    the file, or import and duplicate)."""

    source: Path
    new: tuple[Preset, ...]
    conflicts: tuple[Preset, ...]
    builtin_clashes: tuple[Preset, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.new or self.conflicts)


class PresetService:
    def __init__(self, store: PresetStore, builtins: Iterable[Preset] | None = None) -> None:
        self._store = store
        self._builtins = list(builtin_presets() if builtins is None else builtins)
        loaded = store.load()
        self._user: dict[str, Preset] = {}
        notices = [loaded.notice] if loaded.notice else []
        for preset in loaded.presets:
            if preset.key in self._builtin_keys:  # a newer built-in took this name: keep both
                renamed = replace(preset, name=self._free_name(preset.name, "mine"))
                notices.append(
                    translate(
                        "presets",
                        "Your preset “{name}” has the name of a built-in preset now, so it is "
                        "shown as “{new_name}”.",
                    ).format(name=preset.name, new_name=renamed.name)
                )
                preset = renamed
            self._user[preset.key] = preset
        self.notice = " ".join(notices) or None  # to show the person once

    @property
    def _builtin_keys(self) -> set[str]:
        return {p.key for p in self._builtins}

    def presets(self) -> list[Preset]:
        """Built-ins in their shipped order, then the user's presets by name."""
        return [*self._builtins, *_by_name(self._user.values())]

    def get(self, name: str) -> Preset | None:
        key = preset_key(name)
        builtin = next((p for p in self._builtins if p.key == key), None)
        return builtin or self._user.get(key)

    def save_current(
        self,
        name: str,
        description: str,
        settings: ChatSettings,
        include_model: bool,
        include_system_prompt: bool,
        *,
        overwrite: bool = False,
    ) -> Preset:
        """Save the conversation's settings as a user preset."""
        name = check_preset_name(name)
        self._check_free(name, overwrite=overwrite)
        preset = Preset.from_settings(
            name, description, settings, include_model, include_system_prompt
        )
        _check_params(preset)
        self._commit({**self._without(name), preset.key: preset})
        return preset

    def rename(self, old: str, new: str) -> Preset:
        preset = self._user_preset(old, "renamed")
        new = check_preset_name(new)
        if preset_key(new) != preset.key:
            self._check_free(new, overwrite=False)
        renamed = replace(preset, name=new)
        self._commit({**self._without(old), renamed.key: renamed})
        return renamed

    def duplicate(self, name: str) -> Preset:
        """A user copy of any preset (built-ins too): "Creative (copy)", "Creative (copy 2)"."""
        original = self.get(name)
        if original is None:
            raise PresetNotFoundError(
                translate(
                    "presets",
                    "There is no preset named “{name}”.",
                ).format(name=name)
            )
        copy = replace(original, name=self._free_name(original.name, "copy"), builtin=False)
        self._commit({**self._user, copy.key: copy})
        return copy

    def delete(self, name: str) -> None:
        self._user_preset(name, "deleted")
        self._commit(self._without(name))

    def export(self, path: Path, names: Iterable[str]) -> int:
        """Write the named presets (built-ins too) to a presets file; returns how many."""
        chosen: dict[str, Preset] = {}
        for name in names:
            preset = self.get(name)
            if preset is None:
                raise PresetNotFoundError(
                    translate(
                        "presets",
                        "There is no preset named “{name}”.",
                    ).format(name=name)
                )
            chosen.setdefault(preset.key, preset)
        try:
            write_presets_file(path, chosen.values())
        except OSError as error:
            raise PresetError(
                translate(
                    "presets",
                    "Could not write “{name}” ({reason}). Choose another folder and try again.",
                ).format(name=path.name, reason=error.strerror or error)
            ) from None
        return len(chosen)

    def import_file(self, path: Path) -> ImportPlan:
        """Read a presets file and sort its presets into new ones and conflicts. Changes
        nothing: call ``apply_import`` with the plan and the names the person agreed to
        overwrite."""
        try:
            incoming = read_presets_file(path)
        except FileNotFoundError:
            raise PresetError(
                translate(
                    "presets",
                    "The file “{name}” does not exist any more.",
                ).format(name=path.name)
            ) from None
        except OSError as error:
            raise PresetError(
                translate(
                    "presets",
                    "Could not open “{name}” ({reason}).",
                ).format(name=path.name, reason=error.strerror or error)
            ) from None
        new: list[Preset] = []
        conflicts: list[Preset] = []
        clashes: list[Preset] = []
        for preset in incoming:
            if preset.key in self._builtin_keys:
                clashes.append(preset)
            elif preset.key in self._user:
                conflicts.append(preset)
            else:
                new.append(preset)
        return ImportPlan(path, tuple(new), tuple(conflicts), tuple(clashes))

    def apply_import(self, plan: ImportPlan, overwrite: Collection[str] = ()) -> list[Preset]:
        """Add the plan's new presets, and replace the conflicting ones named in ``overwrite``.
        Returns what was added or replaced. A preset created with the same name since the
        plan was made is left alone unless named in ``overwrite``."""
        allowed = {preset_key(name) for name in overwrite}
        user = dict(self._user)
        taken: list[Preset] = []
        for preset in (*plan.new, *plan.conflicts):
            if preset.key in self._builtin_keys:
                continue
            if preset.key in user and preset.key not in allowed:
                continue
            user[preset.key] = replace(preset, builtin=False)
            taken.append(preset)
        if taken:
            self._commit(user)
        return taken

    # -- helpers ----------------------------------------------------------------------------

    def _check_free(self, name: str, *, overwrite: bool) -> None:
        key = preset_key(name)
        if key in self._builtin_keys:
            raise BuiltinPresetError(
                translate(
                    "presets",
                    "“{name}” is the name of a built-in preset. Choose another name.",
                ).format(name=name)
            )
        if key in self._user and not overwrite:
            raise PresetNameTakenError(
                translate(
                    "presets",
                    "You already have a preset named “{name}”.",
                ).format(name=name)
            )

    def _user_preset(self, name: str, action: Literal["renamed", "deleted", "changed"]) -> Preset:
        key = preset_key(name)
        if key in self._builtin_keys:
            raise BuiltinPresetError(_builtin_refusal(name, action))
        preset = self._user.get(key)
        if preset is None:
            raise PresetNotFoundError(
                translate("presets", "There is no preset named “{name}”.").format(name=name)
            )
        return preset

    def _without(self, name: str) -> dict[str, Preset]:
        key = preset_key(name)
        return {k: p for k, p in self._user.items() if k != key}

    def _free_name(self, name: str, label: Literal["copy", "mine"]) -> str:
        """``name (label)``, or ``name (label 2)``… whichever is free, within NAME_MAX."""
        taken = self._builtin_keys | set(self._user)
        number = 1
        while True:
            before, _, after = _suffixed(label, number).partition("{name}")
            before, after = before.format(number=number), after.format(number=number)
            kept = name[: NAME_MAX - len(before) - len(after)].rstrip()
            candidate = before + kept + after
            if preset_key(candidate) not in taken:
                return candidate
            number += 1

    def _commit(self, user: dict[str, Preset]) -> None:
        """Save first, then remember: if the disk refuses, nothing changes in the app."""
        try:
            self._store.save(_by_name(user.values()))  # sorted: a tidy file
        except OSError as error:
            raise PresetError(
                translate(
                    "presets",
                    "Your presets could not be saved ({reason}). Nothing was changed.",
                ).format(reason=error.strerror or error)
            ) from None
        self._user = user

    # -- editing a preset's values (the preset manager) ----------------------------------------

    def update(self, old_name: str, preset: Preset) -> Preset:
        """Replace the user preset ``old_name`` with ``preset`` (its values, and its name if
        that changed), in the same place. Built-ins are refused; so is a name another preset
        has."""
        original = self._user_preset(old_name, "changed")
        updated = self._checked(preset)
        if updated.key != original.key:
            self._check_free(updated.name, overwrite=False)
        user = {
            (updated.key if key == original.key else key): (
                updated if key == original.key else kept
            )
            for key, kept in self._user.items()
        }
        self._commit(user)
        return updated

    def add(self, preset: Preset) -> Preset:
        """A new user preset ("Save as a copy…"); refused if any preset has its name."""
        added = self._checked(preset)
        self._check_free(added.name, overwrite=False)
        self._commit({**self._user, added.key: added})
        return added

    def copy_name(self, name: str) -> str:
        """A free name for a copy of ``name``: "Creative (copy)", "Creative (copy 2)"…"""
        return self._free_name(check_preset_name(name), "copy")

    def _checked(self, preset: Preset) -> Preset:
        """``preset`` as a user preset, trimmed, or a PresetError naming what is wrong."""
        name = check_preset_name(preset.name)
        model = preset.model.strip() if preset.model is not None else None
        if model is not None and (not model or len(model.split()) != 1):
            raise PresetError(
                translate(
                    "presets",
                    "The model must be a model ID such as microsoft/wizardlm-2-8x22b.",
                )
            )
        _check_params(preset)
        return replace(
            preset, name=name, description=preset.description.strip(), model=model, builtin=False
        )


def _by_name(presets: Iterable[Preset]) -> list[Preset]:
    return sorted(presets, key=lambda p: (p.name.casefold(), p.name))


def _suffixed(label: Literal["copy", "mine"], number: int) -> str:
    """The pattern of a free name: "{name} (copy)", "{name} (copy {number})"…"""
    if label == "mine":
        if number == 1:
            return translate("presets", "{name} (mine)")
        return translate("presets", "{name} (mine {number})")
    if number == 1:
        return translate("presets", "{name} (copy)")
    return translate("presets", "{name} (copy {number})")


def _builtin_refusal(name: str, action: Literal["renamed", "deleted", "changed"]) -> str:
    if action == "renamed":
        text = translate(
            "presets",
            "“{name}” is a built-in preset and cannot be renamed. "
            "Duplicate it to make a copy you can change.",
        )
    elif action == "deleted":
        text = translate(
            "presets",
            "“{name}” is a built-in preset and cannot be deleted. "
            "Duplicate it to make a copy you can change.",
        )
    else:
        text = translate(
            "presets",
            "“{name}” is a built-in preset and cannot be changed. "
            "Duplicate it to make a copy you can change.",
        )
    return text.format(name=name)


def _check_params(preset: Preset) -> None:
    """PresetError (in plain words) when a value of ``preset`` cannot be sent."""
    try:
        preset.params.validate()
    except ParameterError as error:
        raise PresetError(
            translate("presets", "This preset cannot be saved: {reason}").format(
                reason=error.user_message
            )
        ) from None
