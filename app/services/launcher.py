"""Starting other programs (the browser, the file manager) with the user's own environment.

In the frozen app on Linux, links open through ``xdg-open`` started with
``restored_environment`` (the bundle's library and plugin paths removed): Qt's own opener
would hand them the bundle's environment. Elsewhere the caller uses the toolkit's opener.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Mapping

from app.core.child_env import restored_environment

log = logging.getLogger(__name__)


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def child_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for any program we start: the user's, not the bundle's."""
    bundle = getattr(sys, "_MEIPASS", None)
    return restored_environment(
        os.environ if environ is None else environ,
        frozen=is_frozen(),
        bundle_dir=bundle if isinstance(bundle, str) else None,
    )


def uses_own_opener(*, frozen: bool | None = None, platform: str | None = None) -> bool:
    """Whether links open through ``open_with_system`` (frozen, on Linux) rather than the
    toolkit's opener."""
    frozen = is_frozen() if frozen is None else frozen
    platform = sys.platform if platform is None else platform
    return frozen and platform.startswith("linux")


def open_with_system(url: str) -> bool:
    """Hand ``url`` (a web link or a file:// URL) to ``xdg-open`` with the user's own
    environment. False when it cannot be started (no xdg-open)."""
    opener = shutil.which("xdg-open", path=child_environment().get("PATH"))
    if opener is None:
        log.warning("xdg-open not found: cannot open a link")
        return False
    try:
        process = subprocess.Popen(  # noqa: S603  (a fixed program; the URL is one argument)
            [opener, url],
            env=child_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not ours to wait for, nor to stop with us
        )
    except OSError as error:
        log.warning("could not start xdg-open: %s", type(error).__name__)
        return False
    # Reaped off the UI thread: the browser it starts may run for hours.
    threading.Thread(target=process.wait, name="xdg-open", daemon=True).start()
    return True
