"""The idle app with a stored conversation open: seeding, a check from inside, and a profile.

Used by ``run.py`` (``idle_rss_with_history_mb``) and by hand, from the repository root::

    python tests/benchmarks/idle_probe.py seed HOME --messages 1000
    python tests/benchmarks/idle_probe.py run [--settle 2] [--messages 1000] [--tracemalloc]
    python tests/benchmarks/idle_probe.py profile [--no-history]

seed     builds the 1,000-message conversation of ``open_1000_ms`` (``prefill`` in
         ``chat_view_bench.py``, the app's own HistoryStore) in HOME's database and stores it
         as the one open tab, the way the app remembers its tabs between runs.
run      runs the app (``app.main.main``, as ``python -m app`` does) in this process, in the
         environment it is given (``SWITCHBOARD_HOME`` …). ``--settle`` seconds after the
         start, it prints one line ``idle-probe {json}``: what the window shows (the current
         tab's conversation, whether its last message is in the document and in view, the
         welcome page), VmRSS, and with ``--tracemalloc`` (tracing from this script's first
         line) the top ten Python allocators grouped by package. Then it closes the window.
profile  the figures of README's "Where the idle memory goes": a temporary home seeded as
         above (unless ``--no-history``), the fake server for the key's look-ups; VmRSS of a
         plain ``python -m app`` 2 s after launch grouped by mapped file (``/proc/PID/smaps``),
         then a ``run --tracemalloc`` in the same home. Prints Markdown tables.
"""

from __future__ import annotations

import sys
import time

STARTED_AT = time.monotonic()
if len(sys.argv) > 1 and sys.argv[1] == "run" and "--tracemalloc" in sys.argv:
    import tracemalloc  # first, so that every import after this one is traced

    tracemalloc.start(12)  # deep enough to see who imported a module

import argparse  # noqa: E402
import functools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sysconfig  # noqa: E402
import tempfile  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

PROBE_PREFIX = "idle-probe "
HISTORY_MESSAGES = 1_000
HISTORY_SEED = 5  # the same conversation as open_1000_ms
TOP = 10


# --------------------------------------------------------------------------------------------
# Seeding
# --------------------------------------------------------------------------------------------


def seed(home: Path, messages: int = HISTORY_MESSAGES) -> int:
    """The conversation of ``open_1000_ms`` in ``home``'s database, as the one open tab."""
    from app.store.database import open_database
    from app.store.history import HistoryStore
    from app.store.paths import AppPaths
    from app.ui.tab_keys import OPEN_TABS_KEY, TabKey, save_tabs
    from tests.benchmarks.chat_view_bench import prefill

    paths = AppPaths.from_environment({"SWITCHBOARD_HOME": str(home)}).ensure()
    connection = open_database(paths.database)
    try:
        history = HistoryStore(connection)
        conversation_id = prefill(history, messages, seed=HISTORY_SEED)
        key = TabKey.chat(conversation_id)
        history.set_state(OPEN_TABS_KEY, save_tabs([key], key))
    finally:
        connection.close()
    return conversation_id


# --------------------------------------------------------------------------------------------
# The app in this process
# --------------------------------------------------------------------------------------------


def vmrss_mb(pid: int | str = "self") -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"^VmRSS:\s+(\d+)\s+kB", status, re.MULTILINE)
    return int(match.group(1)) / 1024 if match else float("nan")


def shown(messages: int) -> dict[str, Any]:
    """What the main window shows now."""
    from PySide6.QtWidgets import QApplication

    from app.ui.main_window import MainWindow
    from tests.benchmarks.chat_view_bench import marker

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows:
        return {"window": False}
    window = windows[0]
    view = window.current_view()
    result: dict[str, Any] = {
        "window": True,
        "welcome": window.welcome_shown,
        "tabs": len(window.tab_widgets()),
        "conversation_id": None if view is None else view.conversation_id,
    }
    if view is not None:
        transcript = view.transcript
        last = transcript.document().find(marker(messages))
        result["transcript_visible"] = transcript.isVisible()
        result["shown_messages"] = len(transcript.message_ids)
        result["last_in_document"] = not last.isNull()
        result["last_in_view"] = not last.isNull() and transcript.viewport().rect().contains(
            transcript.cursorRect(last)
        )
    return result


def top_python_allocators() -> list[tuple[str, float, int]]:
    """(package, MiB, blocks) of the live Python allocations, largest first."""
    import tracemalloc

    snapshot = tracemalloc.take_snapshot()
    sizes: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for stat in snapshot.statistics("traceback"):
        name = owner(stat.traceback)
        if name in ("tests", "imported by tests"):
            continue  # this probe's own
        sizes[name] += stat.size
        counts[name] += stat.count
    return [(name, size / 2**20, counts[name]) for name, size in sizes.most_common(TOP)]


def owner(traceback: Any) -> str:
    """Who allocated: the package of the newest frame. Allocations by the import machinery
    (mostly modules' code, unmarshalled from .pyc) go to the package whose code imported."""
    frames = list(traceback)[::-1]  # (a Traceback lists the oldest frame first)
    first = package_of(frames[0].filename)
    if not first.startswith("<frozen importlib"):
        return first
    for frame in frames[1:]:
        name = package_of(frame.filename)
        if not name.startswith("<frozen importlib"):
            return f"imported by {name}"
    return "imports"


@functools.cache
def package_of(filename: str) -> str:
    """A source file's top-level package (the app's by its layer: ``app.ui``)."""
    path = Path(filename)
    app_root = REPO_ROOT / "app"
    if path.is_relative_to(app_root):
        parts = path.relative_to(app_root).parts
        return "app" if len(parts) == 1 else f"app.{parts[0]}"
    for marker in ("site-packages", "dist-packages"):
        if marker in path.parts:
            after = path.parts[path.parts.index(marker) + 1 :]
            return after[0].removesuffix(".py") if after else marker
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    if path.is_relative_to(stdlib):
        return "stdlib: " + path.relative_to(stdlib).parts[0].removesuffix(".py")
    if path.is_relative_to(REPO_ROOT):
        return str(path.relative_to(REPO_ROOT).parts[0])
    return filename  # <frozen importlib._bootstrap>, <string>…


def run_app(settle_s: float, messages: int, trace: bool, until_open: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.stack import quicken_feature_scan

    quicken_feature_scan()  # (the app does it first thing; here Qt came first)
    from app.main import main

    app = QApplication([sys.argv[0]])

    deadline = time.monotonic() + 60

    def probe() -> None:
        report = shown(messages)
        if until_open and not report.get("last_in_view") and time.monotonic() < deadline:
            QTimer.singleShot(250, probe)  # (tracing slows the start down several times)
            return
        report["rss_mb"] = vmrss_mb()
        if trace:
            import tracemalloc

            report["traced_mb"] = tracemalloc.get_traced_memory()[0] / 2**20
            report["top"] = top_python_allocators()
        print(PROBE_PREFIX + json.dumps(report), flush=True)
        for window in app.topLevelWidgets():
            if window.isWindow() and window.isVisible():
                window.close()

    delay_s = max(0.0, settle_s - (time.monotonic() - STARTED_AT))
    QTimer.singleShot(round(delay_s * 1000), probe)
    return main([])


def probe_problems(report: dict[str, Any], conversation_id: int) -> list[str]:
    """What the probe says is wrong with the open conversation (nothing when all is well)."""
    checks = {
        "the main window is not there": report.get("window"),
        "the welcome page covers the conversations": not report.get("welcome"),
        f"the current tab is not conversation {conversation_id} "
        f"(it is {report.get('conversation_id')})": report.get("conversation_id")
        == conversation_id,
        "the transcript is not visible": report.get("transcript_visible"),
        "the last message is not in the document": report.get("last_in_document"),
        "the last message is not in view": report.get("last_in_view"),
    }
    return [problem for problem, ok in checks.items() if not ok]


def parse_probe(output: str) -> dict[str, Any]:
    for line in output.splitlines():
        if line.startswith(PROBE_PREFIX):
            data: dict[str, Any] = json.loads(line.removeprefix(PROBE_PREFIX))
            return data
    raise RuntimeError(f"no {PROBE_PREFIX.strip()} line in: {output[-2000:]!r}")


def probe_command(*args: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "run", *args]


# --------------------------------------------------------------------------------------------
# The profile
# --------------------------------------------------------------------------------------------


def smaps_by_file(pid: int) -> list[tuple[str, float]]:
    """(mapped file, RSS MiB) of a process, largest first; anonymous memory as ``[anon]``."""
    sizes: Counter[str] = Counter()
    name = "[anon]"
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if fields and re.fullmatch(r"[0-9a-f]+-[0-9a-f]+", fields[0]):
            name = (
                Path(fields[5]).name
                if len(fields) > 5 and fields[5][0] == "/"
                else " ".join(fields[5:]) or "[anon]"
            )
        elif fields and fields[0] == "Rss:":
            sizes[name] += int(fields[1])
    return [(file, kib / 1024) for file, kib in sizes.most_common()]


def kind_of(file: str) -> str:
    """A mapped file's kind, for the totals under the smaps table."""
    lower = file.lower()
    if file in ("[anon]", "[heap]", "[stack]"):
        return "anonymous (Python objects, Qt's and ICU's heaps)"
    if "icu" in lower:
        return "ICU libraries and data"
    if "libqt6" in lower or "libpyside6" in lower or "libshiboken6" in lower:
        return "Qt libraries"
    if ".abi3.so" in lower or ".cpython-" in lower:
        return "Python extension modules"
    if "libpython" in lower:
        return "libpython"
    if ".so" in lower:
        return "other shared libraries"
    return "other files (fonts, locale data, .pyc…)"


def profile(history: bool) -> int:
    from tests.benchmarks.run import APP_ARGV, Options, child_env, compile_app
    from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter

    compile_app()
    with FakeOpenRouter() as fake, tempfile.TemporaryDirectory(prefix="switchboard-prof-") as h:
        conversation_id = seed(Path(h)) if history else 0
        env = child_env(Options(quick=False, display=False), h)
        env.update(OPENROUTER_API_KEY=VALID_KEY, SWITCHBOARD_BASE_URL=fake.base_url)
        subprocess.run(probe_command(), env=env, cwd=REPO_ROOT, capture_output=True, timeout=60)
        proc = subprocess.Popen(APP_ARGV, env=env, cwd=REPO_ROOT, stdout=subprocess.DEVNULL)
        try:
            time.sleep(2.0)
            rss, maps = vmrss_mb(proc.pid), smaps_by_file(proc.pid)
        finally:
            proc.terminate()
            proc.wait(10)
        traced = subprocess.run(
            probe_command("--tracemalloc", *(("--until-open",) if history else ())),
            env=env,
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    report = parse_probe(traced.stdout)
    if history:
        for problem in probe_problems(report, conversation_id):
            print(f"PROBLEM: {problem}")
    print(f"`python -m app`: VmRSS {rss:.1f} MiB 2 s after launch\n")
    print("| mapped file | RSS (MiB) |\n|---|---|")
    for file, mib in maps[:TOP]:
        print(f"| `{file}` | {mib:.1f} |")
    kinds: Counter[str] = Counter()
    for file, mib in maps:
        kinds[kind_of(file)] += mib
    print("\n| kind | RSS (MiB) |\n|---|---|")
    for kind, mib in kinds.most_common():
        print(f"| {kind} | {mib:.1f} |")
    print(
        f"\nUnder tracemalloc: VmRSS {report['rss_mb']:.1f} MiB, Python objects alive "
        f"{report['traced_mb']:.1f} MiB\n"
    )
    print("| package | traced (MiB) | blocks |\n|---|---|---|")
    for name, mib, blocks in report["top"]:
        print(f"| `{name}` | {mib:.1f} | {blocks:,} |")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    seeding = commands.add_parser("seed")
    seeding.add_argument("home", type=Path)
    seeding.add_argument("--messages", type=int, default=HISTORY_MESSAGES)
    running = commands.add_parser("run")
    running.add_argument("--settle", type=float, default=2.0)
    running.add_argument("--messages", type=int, default=HISTORY_MESSAGES)
    running.add_argument("--tracemalloc", action="store_true")
    running.add_argument(
        "--until-open", action="store_true", help="then wait until the conversation is in view"
    )
    profiling = commands.add_parser("profile")
    profiling.add_argument("--no-history", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "seed":
        print(seed(args.home, args.messages))
        return 0
    if args.command == "run":
        return run_app(args.settle, args.messages, args.tracemalloc, args.until_open)
    return profile(not args.no_history)


if __name__ == "__main__":
    os.environ.setdefault("SWITCHBOARD_UPDATE_URL", "off")
    raise SystemExit(main())
