"""The script PyInstaller freezes: the same entry point as the ``switchboard`` console script."""

import gc

gc.disable()  # until the window is up: main() turns the collector back on

from app.main import main  # noqa: E402

raise SystemExit(main())
