#!/usr/bin/env bash
# Install the test dependencies and run every check: lint, types, layers, the whole test
# suite (unit, gui, e2e, the real keyring test), the unit tests without PySide6, and the
# benchmarks in quick mode. Used by README and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
# A virtual environment of its own: works where the system Python is "externally managed".
if [ ! -x .venv/bin/python ]; then
  "${PYTHON:-python3}" -m venv .venv
fi
PYTHON="$PWD/.venv/bin/python"
"$PYTHON" -m pip install --quiet --upgrade pip
"$PYTHON" -m pip install --quiet -e ".[test,build]"

echo "== ruff"
"$PYTHON" -m ruff check app tests packaging
"$PYTHON" -m ruff format --check app tests packaging
echo "== mypy (strict, all of app)"
"$PYTHON" -m mypy
echo "== import-linter (layers)"
"$PWD/.venv/bin/lint-imports"

echo "== tests/unit without PySide6"
nq=".venv-no-qt"
if [ ! -x "$nq/bin/python" ]; then
  "${BASE_PYTHON:-python3}" -m venv "$nq"
fi
"$nq/bin/python" -m pip install --quiet httpx keyring markdown-it-py pygments pypdf pytest pytest-timeout openai hypothesis
"$nq/bin/python" - <<'PY'
import importlib.util, sys
sys.exit("PySide6 must be absent here" if importlib.util.find_spec("PySide6") else 0)
PY
# pytest-qt is absent too, so its ini options are unknown here: only that warning is allowed.
"$nq/bin/python" -m pytest tests/unit -q -p no:qt -o addopts="--strict-markers -ra -p no:cacheprovider" \
  -W "ignore:Unknown config option:pytest.PytestConfigWarning"

echo "== all tests (Qt on the offscreen platform, a D-Bus session for the keyring test)"
dbus-run-session -- "$PYTHON" -m pytest -q

echo "== benchmarks (quick mode: proves they run; no limits asserted)"
QT_QPA_PLATFORM=offscreen "$PYTHON" tests/benchmarks/run.py --quick
