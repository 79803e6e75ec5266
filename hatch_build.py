"""Builds the interface translations (translations/*.ts into .qm, with Qt's lrelease) when the
wheel is built, so an installed Switchboard speaks the user's language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        subprocess.run(
            [sys.executable, str(root / "scripts" / "i18n.py"), "--compile"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for qm in sorted((root / "translations").glob("switchboard_*.qm")):
            build_data["force_include"][str(qm)] = f"app/_bundled/translations/{qm.name}"
