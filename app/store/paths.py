"""Where things live: the user's data folders, and the files bundled with the app."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

from app.core import APP_NAME

_APP_SLUG = "switchboard"


class AppPaths(NamedTuple):  # (not a dataclass: made before the first paint, 0.5 ms)
    """The four folders the app writes to. ``SWITCHBOARD_HOME`` puts them all under one."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> AppPaths:
        env = dict(os.environ if environ is None else environ)
        home = env.get("SWITCHBOARD_HOME")
        if home:
            root = Path(home).expanduser()
            return cls(root / "data", root / "config", root / "cache", root / "logs")
        return _platform_paths(env)

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.cache, self.logs):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    @property
    def database(self) -> Path:
        return self.data / "history.sqlite3"


def _platform_paths(env: dict[str, str]) -> AppPaths:
    user_home = Path(env.get("HOME") or Path.home())
    if sys.platform == "win32":
        roaming = Path(env.get("APPDATA") or user_home / "AppData" / "Roaming") / APP_NAME
        local = Path(env.get("LOCALAPPDATA") or user_home / "AppData" / "Local") / APP_NAME
        return AppPaths(roaming, roaming, local / "Cache", local / "Logs")
    if sys.platform == "darwin":
        support = user_home / "Library" / "Application Support" / APP_NAME
        return AppPaths(
            support,
            support,
            user_home / "Library" / "Caches" / APP_NAME,
            user_home / "Library" / "Logs" / APP_NAME,
        )

    def xdg(var: str, default: str) -> Path:
        value = env.get(var)
        base = Path(value) if value and Path(value).is_absolute() else user_home / default
        return base / _APP_SLUG

    return AppPaths(
        xdg("XDG_DATA_HOME", ".local/share"),
        xdg("XDG_CONFIG_HOME", ".config"),
        xdg("XDG_CACHE_HOME", ".cache"),
        xdg("XDG_STATE_HOME", ".local/state") / "logs",
    )


def bundled_path(*parts: str) -> Path:
    """A file shipped with the app: ``bundled_path("resources", "models.json")``.

    The one place that knows the three layouts: a PyInstaller bundle (``sys._MEIPASS``),
    an installed wheel (``app/_bundled``), and the source tree (the repository root).
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        root = Path(frozen_root)
    else:
        package = Path(__file__).resolve().parent.parent
        installed = package / "_bundled"
        root = installed if installed.is_dir() else package.parent
    return root.joinpath(*parts)


__all__ = ["APP_NAME", "AppPaths", "bundled_path"]  # APP_NAME lives in app.core
