"""The script PyInstaller freezes: the same entry point as the ``switchboard`` console script."""

from app.main import main

raise SystemExit(main())
