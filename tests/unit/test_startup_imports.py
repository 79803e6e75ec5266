"""What the app imports for work it never does (measured in tests/benchmarks)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


def test_httpx_comes_without_its_command_line_tool() -> None:
    shown = run(
        "import sys\n"
        "from app.main import _without_httpx_command_line\n"
        "_without_httpx_command_line()\n"
        "import httpx\n"
        "client = httpx.Client()\n"  # (still works as ever)
        "client.close()\n"
        "print(sys.modules['httpx._main'], 'rich' in sys.modules, 'click' in sys.modules)\n"
    )
    assert shown == "None False False"
