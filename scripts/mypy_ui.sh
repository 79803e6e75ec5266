#!/usr/bin/env bash
# mypy over app/ui, with the settings of [tool.mypy] in pyproject.toml (strict). Kept apart
# from scripts/test.sh until every module in app/ui passes; then add "app/ui" to [tool.mypy]
# files (so the plain `mypy` run checks it) and delete this script.
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-$PWD/.venv/bin/python}" -m mypy app/ui "$@"
