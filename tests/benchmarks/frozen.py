"""Frozen start-up: spawn to first paint of the PyInstaller bundle vs ``python -m app``.

Both print ``painted_at=<time.time()>`` in their ``--selftest`` line; the figure is that
minus the spawn time, median of interleaved runs. The frozen app is the bundle that the .deb
installs under /opt/switchboard: set ``SWITCHBOARD_FROZEN_APP`` to an executable (an installed
``/opt/switchboard/switchboard``, or ``dist/switchboard/switchboard`` from
packaging/build_linux.sh) to measure that one; otherwise it is built here with PyInstaller
(about 25 s) into a temporary folder.

``frozen_startup(quick)`` returns {"value": frozen ms, "unit": "ms", "baseline": unfrozen ms,
"ratio": frozen / unfrozen, "target": 1.5}.
"""

from __future__ import annotations

import contextlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC = REPO_ROOT / "packaging" / "switchboard.spec"
PAINTED_RE = re.compile(r"\bpainted_at=(\d+(?:\.\d+)?)")
CHILD_TIMEOUT_S = 60.0
BUILD_TIMEOUT_S = 600.0
TARGET_RATIO = 1.5


class FrozenBenchmarkError(RuntimeError):
    """The frozen app could not be built or did not report a first paint."""


@contextlib.contextmanager
def frozen_app() -> Iterator[Path]:
    """The frozen executable: ``SWITCHBOARD_FROZEN_APP``, or a fresh PyInstaller build."""
    given = os.environ.get("SWITCHBOARD_FROZEN_APP")
    if given:
        path = Path(given)
        if not path.is_file():
            raise FrozenBenchmarkError(f"SWITCHBOARD_FROZEN_APP={given} is not a file")
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="switchboard-frozen-") as tmp:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level",
                "WARN",
                "--distpath",
                str(Path(tmp) / "dist"),
                "--workpath",
                str(Path(tmp) / "work"),
                str(SPEC),
            ],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=BUILD_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            raise FrozenBenchmarkError(
                "PyInstaller failed (is the build extra installed?):\n" + done.stderr[-3000:]
            )
        name = "switchboard.exe" if sys.platform == "win32" else "switchboard"
        yield Path(tmp) / "dist" / "switchboard" / name


def child_env(home: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OPENROUTER_API_KEY", "SWITCHBOARD_BASE_URL")
    }
    env["SWITCHBOARD_HOME"] = home
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # same for both, no keychain
    return env


def seconds_to_paint(argv: Sequence[str], env: dict[str, str]) -> float:
    spawned_at = time.time()
    proc = subprocess.Popen(
        argv,
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        tail = "\n".join(err.strip().splitlines()[-15:])
        raise FrozenBenchmarkError(f"{argv[0]} exited with {proc.returncode}:\n{tail}")
    match = PAINTED_RE.search(out)
    if match is None:
        raise FrozenBenchmarkError(f"no painted_at= in the output of {argv[0]}: {out!r}")
    return float(match.group(1)) - spawned_at


def frozen_startup(quick: bool) -> dict[str, Any]:
    """Median spawn-to-first-paint of the frozen app (value) and of ``python -m app`` (baseline),
    both with ``--selftest`` on a fresh temporary home; interleaved, after one warm-up each."""
    repeats = 2 if quick else 7
    with frozen_app() as exe, tempfile.TemporaryDirectory(prefix="switchboard-bench-") as home:
        env = child_env(home)
        frozen_argv = (str(exe), "--selftest")
        python_argv = (sys.executable, "-m", "app", "--selftest")
        seconds_to_paint(frozen_argv, env)  # warm-ups: disk cache, bytecode, the database
        seconds_to_paint(python_argv, env)
        frozen, unfrozen = [], []
        for _ in range(repeats):
            frozen.append(seconds_to_paint(frozen_argv, env))
            unfrozen.append(seconds_to_paint(python_argv, env))
    value = statistics.median(frozen) * 1000
    baseline = statistics.median(unfrozen) * 1000
    return {
        "value": round(value, 1),
        "unit": "ms",
        "baseline": round(baseline, 1),
        "ratio": round(value / baseline, 3) if baseline else float("inf"),
        "target": TARGET_RATIO,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(frozen_startup(quick="--quick" in sys.argv)))
