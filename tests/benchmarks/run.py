"""Switchboard benchmarks: speed and memory as ratios against baselines measured in the same run.

Run from the repository root::

    python tests/benchmarks/run.py              # full mode (a couple of minutes)
    python tests/benchmarks/run.py --quick      # smoke mode for CI: proves they still run
    python tests/benchmarks/run.py --json out.json --only startup_ratio

Exit status: 0 when every benchmark ran (and, in full mode, met its target), 1 when a full-mode
target was missed, 2 when a benchmark crashed. Quick mode never asserts targets.
See README.md next to this file for what each figure means.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
os.environ["SWITCHBOARD_UPDATE_URL"] = "off"  # every app it starts stays off the internet

BARE_WINDOW = Path(__file__).with_name("bare_window.py")
CHAT_VIEW_BENCH = Path(__file__).with_name("chat_view_bench.py")
COMPARE_BENCH = Path(__file__).with_name("compare_bench.py")
HOSTILE_BENCH = Path(__file__).with_name("hostile_bench.py")
PROMPT_SET_BENCH = Path(__file__).with_name("prompt_set_bench.py")
APP_ARGV = (sys.executable, "-m", "app")
BARE_ARGV = (sys.executable, str(BARE_WINDOW))
PAINTED_RE = re.compile(r"\bpainted_at=(\d+(?:\.\d+)?)")
CHILD_TIMEOUT_S = 60.0
STOP_GRACE_S = 5.0


class BenchmarkError(RuntimeError):
    """A benchmark could not produce a figure (a child failed, a guard tripped)."""


# --------------------------------------------------------------------------------------------
# Results and the registry
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Options:
    quick: bool
    display: bool


@dataclass(frozen=True, slots=True)
class Result:
    """One figure. ``target`` bounds ``ratio`` or ``value``, as ``target_on`` says.

    ``problems`` are checks that failed while measuring (the figure is still shown, but the
    benchmark fails whatever its value).
    """

    value: float
    unit: str
    baseline: float
    target: float
    target_on: Literal["ratio", "value"] = "ratio"
    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def passed(self) -> bool:
        measured = self.ratio if self.target_on == "ratio" else self.value
        return measured <= self.target and not self.problems

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "value": self.value,
            "unit": self.unit,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "target": self.target,
        }
        if self.problems:
            data["problems"] = list(self.problems)
        return data


Benchmark = Callable[[Options], Result]
BENCHMARKS: dict[str, Benchmark] = {}


def benchmark(name: str) -> Callable[[Benchmark], Benchmark]:
    def register(function: Benchmark) -> Benchmark:
        BENCHMARKS[name] = function
        return function

    return register


def median_of(samples: Sequence[float]) -> float:
    return statistics.median(samples)


# --------------------------------------------------------------------------------------------
# Child processes
# --------------------------------------------------------------------------------------------


def compile_app() -> None:
    """Byte-compile the app, as installing it does (pip and PyInstaller both ship .pyc).
    Without this, a machine with PYTHONDONTWRITEBYTECODE set (or a fresh checkout) compiles
    every module of the app from source on every launch, and the startup figure measures
    the compiler."""
    import compileall

    if not compileall.compile_dir(REPO_ROOT / "app", quiet=1):
        raise BenchmarkError("the app does not byte-compile")
    subprocess.run(  # (the translations the app loads: see child_env)
        [sys.executable, str(REPO_ROOT / "scripts" / "i18n.py"), "--compile"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def child_env(options: Options, home: str) -> dict[str, str]:
    """The environment for the app and the bare window: a temporary home, no key, and the
    German translation loaded (the figures hold with a language installed)."""
    env = dict(os.environ)
    env["SWITCHBOARD_LANGUAGE"] = "de"
    for name in ("OPENROUTER_API_KEY", "SWITCHBOARD_BASE_URL"):
        env.pop(name, None)
    env["SWITCHBOARD_HOME"] = home
    if not (options.display and os.environ.get("DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@contextlib.contextmanager
def spawned(
    argv: Sequence[str], env: dict[str, str], *, stdout: int | IO[Any], stderr: int | IO[Any]
) -> Iterator[subprocess.Popen[str]]:
    """A child process that is certain to be gone (terminated, then killed) on the way out."""
    proc = subprocess.Popen(
        argv,
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=stderr,
        text=True,
    )
    try:
        yield proc
    finally:
        stop(proc)


def stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(STOP_GRACE_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def describe_failure(argv: Sequence[str], returncode: int | None, stderr: str) -> str:
    tail = "\n".join(stderr.strip().splitlines()[-15:])
    return f"{' '.join(argv[1:])} exited with {returncode}:\n{tail}"


def seconds_to_paint(argv: Sequence[str], env: dict[str, str]) -> float:
    """Spawn ``argv`` and return painted_at (from its output) minus the spawn time."""
    spawned_at = time.time()
    with spawned(argv, env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    if proc.returncode != 0:
        raise BenchmarkError(describe_failure(argv, proc.returncode, err))
    match = PAINTED_RE.search(out)
    if match is None:
        raise BenchmarkError(f"no painted_at= in the output of {argv[1:]}: {out!r}")
    return float(match.group(1)) - spawned_at


def rss_mb_after(argv: Sequence[str], env: dict[str, str], settle_s: float) -> float:
    """Spawn ``argv``, wait ``settle_s``, return its resident set size in MB (MiB)."""
    with (
        tempfile.TemporaryFile("w+") as err,
        spawned(argv, env, stdout=subprocess.DEVNULL, stderr=err) as proc,
    ):
        time.sleep(settle_s)
        if proc.poll() is not None:
            err.seek(0)
            raise BenchmarkError(describe_failure(argv, proc.returncode, err.read()))
        return vmrss_kib(proc.pid) / 1024


def vmrss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"^VmRSS:\s+(\d+)\s+kB", status, re.MULTILINE)
    if match is None:
        raise BenchmarkError(f"no VmRSS in /proc/{pid}/status")
    return int(match.group(1))


# --------------------------------------------------------------------------------------------
# 1. Startup
# --------------------------------------------------------------------------------------------


STARTUP_TARGET = 1.3  # issue #21: at most 1.3x the bare window, first and later starts
IDLE_RSS_TARGET_MB = 100.0  # issue #21: with a translation and a 1,000-message conversation


@benchmark("startup_ratio")
def startup_ratio(options: Options) -> Result:
    """Spawn to first painted window: ``python -m app --selftest`` vs the bare window, a later
    start (the home the warm-up made: settings, database, the saved window layout)."""
    return _startup(options, first=False)


@benchmark("startup_first_ratio")
def startup_first_ratio(options: Options) -> Result:
    """``startup_ratio`` for a first start: each app run in a new home (no settings, no saved
    window layout, the database made), the disk cache warmed by a run in another home."""
    return _startup(options, first=True)


def _startup(options: Options, *, first: bool) -> Result:
    # 11: on a shared machine a start now and then takes 50-100 ms longer (another guest's
    # load), on either side; the median of 11 interleaved pairs stays put where that of 5 did not.
    repeats = 2 if options.quick else 11
    app_argv = (*APP_ARGV, "--selftest")
    compile_app()
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as root:
        homes = [str(Path(root, f"home{i}" if first else "home")) for i in range(repeats + 1)]
        seconds_to_paint(app_argv, child_env(options, homes[0]))  # warm-ups: disk cache…
        seconds_to_paint(BARE_ARGV, child_env(options, root))
        app, bare = [], []
        for home in homes[1:]:  # interleaved, so drift hits both alike
            app.append(seconds_to_paint(app_argv, child_env(options, home)))
            bare.append(seconds_to_paint(BARE_ARGV, child_env(options, root)))
    return Result(
        value=median_of(app) * 1000,
        unit="ms",
        baseline=median_of(bare) * 1000,
        target=STARTUP_TARGET,
        notes=(
            f"app runs (ms): {_fmt_samples(app, 1000)}",
            f"bare runs (ms): {_fmt_samples(bare, 1000)}",
        ),
    )


# --------------------------------------------------------------------------------------------
# 2. Idle memory
# --------------------------------------------------------------------------------------------


@benchmark("idle_rss_mb")
def idle_rss_mb(options: Options) -> Result:
    """Resident memory of ``python -m app`` 2 s after launch vs the bare window kept open."""
    repeats = 1 if options.quick else 3
    settle_s = 2.0
    compile_app()
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as home:
        app, bare = idle_rss_samples(child_env(options, home), repeats, settle_s)
    return idle_rss_result(app, bare)


def idle_rss_samples(
    env: dict[str, str], repeats: int, settle_s: float
) -> tuple[list[float], list[float]]:
    """VmRSS (MiB) of the app and of the bare window kept open, alternating."""
    app, bare = [], []
    for _ in range(repeats):
        app.append(rss_mb_after(APP_ARGV, env, settle_s))
        bare.append(rss_mb_after((*BARE_ARGV, "--stay"), env, settle_s))
    return app, bare


def idle_rss_result(
    app: list[float], bare: list[float], *notes: str, problems: tuple[str, ...] = ()
) -> Result:
    return Result(
        value=median_of(app),
        unit="MB",
        baseline=median_of(bare),
        target=IDLE_RSS_TARGET_MB,
        target_on="value",
        notes=(
            f"app runs (MB): {_fmt_samples(app)}",
            f"bare runs (MB): {_fmt_samples(bare)}",
            *notes,
        ),
        problems=problems,
    )


@benchmark("idle_rss_with_history_mb")
def idle_rss_with_history_mb(options: Options) -> Result:
    """Resident memory of ``python -m app`` 2 s after launch with a stored 1,000-message
    conversation open in its one tab (and a key, so the conversations are on screen, not the
    welcome page) vs the bare window kept open."""
    from tests.benchmarks import idle_probe
    from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter

    repeats = 1 if options.quick else 3
    settle_s = 2.0
    compile_app()
    with (
        FakeOpenRouter() as fake,  # answers the look-ups a key starts (models, credits)
        tempfile.TemporaryDirectory(prefix="switchboard-bench-") as home,
    ):
        conversation_id = idle_probe.seed(Path(home))
        env = child_env(options, home)
        env.update(OPENROUTER_API_KEY=VALID_KEY, SWITCHBOARD_BASE_URL=fake.base_url)
        # A warm-up that also looks from inside: is that conversation open and drawn?
        probe = subprocess.run(
            idle_probe.probe_command("--settle", str(settle_s)),
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
        )
        if probe.returncode != 0:
            raise BenchmarkError(describe_failure(probe.args, probe.returncode, probe.stderr))
        seen = idle_probe.parse_probe(probe.stdout)
        app, bare = idle_rss_samples(env, repeats, settle_s)
        if fake.errors:
            raise BenchmarkError(f"the fake server failed:\n{fake.errors[0]}")
    return idle_rss_result(
        app,
        bare,
        f"probe (warm-up, from inside, {seen.get('rss_mb', 0):.1f} MB): tab of conversation "
        f"{seen.get('conversation_id')}, {seen.get('shown_messages')} messages in the "
        f"transcript, last one in view: {seen.get('last_in_view')}",
        problems=tuple(idle_probe.probe_problems(seen, conversation_id)),
    )


# --------------------------------------------------------------------------------------------
# 3. Stream client overhead
# --------------------------------------------------------------------------------------------

STREAM_MODEL = "microsoft/wizardlm-2-8x22b"
# The fake server's own process: reads the chunks (a JSON list) from its stdin's first line,
# prints its base URL, serves until stdin closes, then prints one JSON line with its errors and,
# per generation id, its request-to-last-byte time (ms).
STREAM_SERVER = """
import json, sys, time
from tests.fakes.fake_openrouter import FakeOpenRouter, Scenario
chunks = json.loads(sys.stdin.readline())
with FakeOpenRouter() as fake:
    fake.default = Scenario(chunks=chunks, created=1_700_000_000)
    print(fake.base_url, flush=True)
    sys.stdin.read()
    time.sleep(0.2)  # let the fake record the end of the last stream
    times = {k: r.get("generation_time") for k, r in fake.generations.items()}
    print(json.dumps({"errors": fake.errors[:1], "server_ms": times}), flush=True)
"""


@dataclass(frozen=True, slots=True)
class StreamRun:
    """One read of the stream: wall seconds, process CPU seconds, the generation id."""

    seconds: float
    cpu: float
    generation_id: str | None


def stream_chunks(count: int) -> list[str]:
    return [f"w{i % 1000} " for i in range(count)]


def stream_http_client() -> Any:
    """The AsyncClient both sides use: the app's own settings (see app/main.py)."""
    import httpx

    return httpx.AsyncClient(limits=httpx.Limits(max_connections=16, keepalive_expiry=60))


def chat_request() -> Any:
    from app.api import ChatRequest
    from app.core.messages import ChatMessage

    return ChatRequest(STREAM_MODEL, (ChatMessage("user", "hi"),))


async def read_with_client(base_url: str, expected: list[str]) -> StreamRun:
    """The app's client turning the stream into events; every TextDelta must arrive."""
    from app.api import OpenRouterClient, Started, TextDelta
    from tests.fakes.fake_openrouter import VALID_KEY

    texts: list[str] = []
    generation_id = None
    async with stream_http_client() as http:
        client = OpenRouterClient(http, base_url=base_url, api_key=VALID_KEY)
        request = chat_request()
        started, cpu_started = time.perf_counter(), time.process_time()
        async for event in client.stream_chat(request):
            if isinstance(event, TextDelta):
                texts.append(event.text)
            elif isinstance(event, Started):
                generation_id = event.generation_id
        run = StreamRun(
            time.perf_counter() - started, time.process_time() - cpu_started, generation_id
        )
    if len(texts) != len(expected) or "".join(texts) != "".join(expected):
        raise BenchmarkError(f"client gave {len(texts)} TextDeltas, expected {len(expected)}")
    return run


async def read_with_httpx(base_url: str, expected: list[str]) -> StreamRun:
    """Plain httpx reading the same stream's lines, no JSON."""
    from app.api import build_chat_body
    from tests.fakes.fake_openrouter import VALID_KEY

    body = build_chat_body(chat_request(), stream=True)
    headers = {"Authorization": f"Bearer {VALID_KEY}"}
    lines = 0
    async with stream_http_client() as http:
        started, cpu_started = time.perf_counter(), time.process_time()
        async with http.stream(
            "POST", base_url + "/chat/completions", json=body, headers=headers
        ) as response:
            generation_id = response.headers.get("x-generation-id")
            async for _line in response.aiter_lines():
                lines += 1
        run = StreamRun(
            time.perf_counter() - started, time.process_time() - cpu_started, generation_id
        )
    if lines < len(expected):
        raise BenchmarkError(f"httpx read {lines} lines, expected at least {len(expected)}")
    return run


@contextlib.contextmanager
def stream_server(chunks: list[str]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The fake server in a child process (its own GIL): yields its base URL and a dict that,
    once the block has ended, holds what the child reported (``errors``, ``server_ms``)."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    argv = (sys.executable, "-c", STREAM_SERVER)
    report: dict[str, Any] = {}
    proc = subprocess.Popen(
        argv, cwd=REPO_ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(json.dumps(chunks) + "\n")
        proc.stdin.flush()
        base_url = proc.stdout.readline().strip()
        if not base_url.startswith("http"):
            raise BenchmarkError(f"the fake server's process printed {base_url!r}, not its URL")
        yield base_url, report
        out, _ = proc.communicate(timeout=CHILD_TIMEOUT_S)  # closes stdin: the child reports
        report.update(json.loads(out.strip().splitlines()[-1]))
    finally:
        stop(proc)


def server_ms(report: dict[str, Any], runs: Sequence[StreamRun]) -> list[float]:
    """The fake's own view of each stream: request received to last byte written (ms)."""
    times = report.get("server_ms", {})
    found = (times.get(run.generation_id) for run in runs if run.generation_id)
    return [float(ms) for ms in found if ms is not None]


@benchmark("stream_client_overhead_ratio")
def stream_client_overhead_ratio(options: Options) -> Result:
    """Reader CPU of OpenRouterClient.stream_chat vs httpx aiter_lines on one 20,000-chunk
    stream from the fake server in its own process."""
    count, repeats = (2_000, 1) if options.quick else (20_000, 5)
    chunks = stream_chunks(count)
    with stream_server(chunks) as (url, report):
        asyncio.run(read_with_client(url, chunks))  # warm-ups: imports, first connection
        asyncio.run(read_with_httpx(url, chunks))
        client_runs, httpx_runs = [], []
        for _ in range(repeats):  # alternating, so drift hits both alike
            client_runs.append(asyncio.run(read_with_client(url, chunks)))
            httpx_runs.append(asyncio.run(read_with_httpx(url, chunks)))
    if report.get("errors"):
        raise BenchmarkError(f"the fake server failed:\n{report['errors'][0]}")
    server_client, server_httpx = server_ms(report, client_runs), server_ms(report, httpx_runs)
    return Result(
        value=median_of([r.cpu for r in client_runs]),
        unit="s",
        baseline=median_of([r.cpu for r in httpx_runs]),
        target=1.3,
        notes=stream_notes(count, client_runs, httpx_runs, server_client, server_httpx),
    )


def stream_notes(
    count: int,
    client_runs: Sequence[StreamRun],
    httpx_runs: Sequence[StreamRun],
    server_client: Sequence[float],
    server_httpx: Sequence[float],
) -> tuple[str, ...]:
    client_wall = median_of([r.seconds for r in client_runs])
    httpx_wall = median_of([r.seconds for r in httpx_runs])
    notes = [
        f"{count} chunks; reader process CPU (s): client "
        f"{_fmt_samples([r.cpu for r in client_runs])}; httpx "
        f"{_fmt_samples([r.cpu for r in httpx_runs])}",
        f"wall clock (s, for information): client {_fmt_samples([r.seconds for r in client_runs])}"
        f"; httpx {_fmt_samples([r.seconds for r in httpx_runs])} "
        f"(ratio {client_wall / httpx_wall:.2f})",
    ]
    if server_client and server_httpx:
        notes.append(
            f"fake server (own process), request to last byte (ms): while serving the client "
            f"{median_of(server_client):.0f}, while serving httpx {median_of(server_httpx):.0f}"
        )
    return tuple(notes)


# --------------------------------------------------------------------------------------------
# 4-6 and their thinking variants. The chat view (GUI children: tests/benchmarks/chat_view_bench.py)
# --------------------------------------------------------------------------------------------

GUI_RESULT_PREFIX = "bench-result "  # chat_view_bench.py and compare_bench.py print one


def chat_view_child(
    options: Options, *args: str, timeout: float = CHILD_TIMEOUT_S, script: Path = CHAT_VIEW_BENCH
) -> Any:
    """Run one chat_view_bench.py (or ``script``) measurement in a fresh process; its JSON
    result."""
    argv = (sys.executable, str(script), *args)
    with tempfile.TemporaryDirectory(prefix="switchboard-bench-") as home:
        env = child_env(options, home)
        with spawned(argv, env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
            out, err = proc.communicate(timeout=timeout)
    if proc.returncode != 0:
        raise BenchmarkError(describe_failure(argv, proc.returncode, err))
    for line in out.splitlines():
        if line.startswith(GUI_RESULT_PREFIX):
            return json.loads(line.removeprefix(GUI_RESULT_PREFIX))
    raise BenchmarkError(f"no {GUI_RESULT_PREFIX!r}line in the output of {argv[1:]}: {out!r}")


@benchmark("append_flatness_ratio")
def append_flatness_ratio(options: Options) -> Result:
    """µs per streamed token over the last tenth of a 50,000-token answer vs the first tenth."""
    tokens, repeats = (5_000, 1) if options.quick else (50_000, 3)
    runs = [
        chat_view_child(options, "append", "--tokens", str(tokens), timeout=300)
        for _ in range(repeats)
    ]
    tenth = tokens // 10
    firsts = [run["tenths_s"][0] / tenth * 1e6 for run in runs]
    lasts = [run["tenths_s"][-1] / tenth * 1e6 for run in runs]
    profile = [median_of([run["tenths_s"][i] for run in runs]) / tenth * 1e6 for i in range(10)]
    flush = [median_of([r["flush_tenths_s"][i] for r in runs]) / tenth * 1e6 for i in (0, 9)]
    events = [profile[i] - flush[j] for i, j in ((0, 0), (9, 1))]
    problems = [] if all(run["pinned_to_end"] for run in runs) else ["the view fell behind"]
    run = runs[0]
    return Result(
        value=median_of(lasts),
        unit="µs/token",
        baseline=median_of(firsts),
        target=1.5,
        notes=(
            f"{tokens} tokens ({run['chars']:,} characters, {run['blocks']} blocks in the end), "
            f"a forced flush and processEvents every 10; {run['paints']} paints",
            f"first tenth (µs/token): {_fmt_samples(firsts)}; last tenth: {_fmt_samples(lasts)}; "
            f"ratios: {', '.join(f'{b / a:.2f}' for a, b in zip(firsts, lasts, strict=True))}",
            f"µs/token by tenth (median): {', '.join(f'{v:.0f}' for v in profile)}",
            f"of which, first tenth -> last: in _flush (Markdown, document edit and its layout) "
            f"{flush[0]:.0f} -> {flush[1]:.0f}; in processEvents (paint, scrolling) "
            f"{events[0]:.0f} -> {events[1]:.0f}",
            f"whole answer (s): {_fmt_samples([r['total_s'] for r in runs])}",
        ),
        problems=tuple(problems),
    )


@benchmark("append_flatness_thinking_ratio")
def append_flatness_thinking_ratio(options: Options) -> Result:
    """µs per event over the last tenth vs the first tenth, of the thinking and of the answer
    after it, driven as a thinking model's stream through the Turn and a ChatView: the worse."""
    tokens, repeats = (5_000, 1) if options.quick else (50_000, 3)
    runs = [
        chat_view_child(options, "append-thinking", "--tokens", str(tokens), timeout=600)
        for _ in range(repeats)
    ]
    tenth = tokens // 10
    phases: dict[str, tuple[list[float], list[float]]] = {}
    profiles: dict[str, list[float]] = {}
    for phase in ("thinking", "answer"):
        key = f"{phase}_tenths_s"
        firsts = [run[key][0] / tenth * 1e6 for run in runs]
        lasts = [run[key][-1] / tenth * 1e6 for run in runs]
        phases[phase] = (firsts, lasts)
        profiles[phase] = [
            median_of([run[key][i] for run in runs]) / tenth * 1e6 for i in range(10)
        ]
    worse = max(phases, key=lambda p: median_of(phases[p][1]) / median_of(phases[p][0]))
    problems = [] if all(run["pinned_to_end"] for run in runs) else ["the view fell behind"]
    run = runs[0]

    def phase_note(phase: str) -> str:
        firsts, lasts = phases[phase]
        ratios = ", ".join(f"{b / a:.2f}" for a, b in zip(firsts, lasts, strict=True))
        flush = [
            median_of([r[f"{phase}_flush_tenths_s"][i] for r in runs]) / tenth * 1e6 for i in (0, 9)
        ]
        return (
            f"{phase}: first tenth (µs/event) {_fmt_samples(firsts)}; last tenth "
            f"{_fmt_samples(lasts)}; ratios {ratios}; of which in refresh_stream, first -> "
            f"last tenth: {flush[0]:.0f} -> {flush[1]:.0f}"
        )

    return Result(
        value=median_of(phases[worse][1]),
        unit="µs/event",
        baseline=median_of(phases[worse][0]),
        target=1.5,
        notes=(
            f"{tokens} thinking events ({run['thinking_chars']:,} characters), then {tokens} "
            f"answer events ({run['chars']:,} characters, {run['blocks']} blocks in the end), "
            f"through a ChatView's Turn; refresh_stream and processEvents every 10; "
            f"{run['paints']} paints; the figure is the {worse}'s",
            phase_note("thinking"),
            phase_note("answer"),
            f"µs/event by tenth (median), thinking: "
            f"{', '.join(f'{v:.0f}' for v in profiles['thinking'])}; answer: "
            f"{', '.join(f'{v:.0f}' for v in profiles['answer'])}",
            f"whole stream (s): {_fmt_samples([r['total_s'] for r in runs])}",
        ),
        problems=tuple(problems),
    )


@benchmark("stream_max_stall_ms")
def stream_max_stall_ms(options: Options) -> Result:
    """Longest event-loop stall while ~1,000 tokens/s stream into a 200-message conversation."""
    tokens, repeats = (500, 1) if options.quick else (3_000, 3)
    runs = [
        chat_view_child(options, "stall", "--tokens", str(tokens), "--messages", "200")
        for _ in range(repeats)
    ]
    turn = [r["turn"]["max_ms"] for r in runs]
    idle = [r["idle"]["max_ms"] for r in runs]
    streaming = [r["streaming"]["max_ms"] for r in runs]
    notes = [
        f"{tokens} tokens into a conversation of {runs[0]['stored_messages']} stored messages "
        f"plus a short first turn ({runs[0]['shown_messages']} rendered at the end); 5 ms probe; "
        f"the turn lasted (s): {_fmt_samples([r['turn_s'] for r in runs])}",
        f"achieved rate (tokens/s): as the view received them "
        f"{_fmt_samples([r['client_rate'] for r in runs])}; as the fake sent them "
        f"{_fmt_samples([tokens / r['server_ms'] * 1000 for r in runs if r['server_ms']])}",
        f"whole turn, send to finished: max stall (ms) {_fmt_samples(turn)}, at "
        f"{_fmt_samples([r['worst_gap_at_s'] for r in runs], 1000)} ms after send; p99 "
        f"{_fmt_samples([r['turn']['p99_ms'] for r in runs])}; ticks late by >20 ms "
        f"{', '.join(str(r['turn']['over_20ms']) for r in runs)}",
        f"while tokens arrive (first to last): max stall (ms) {_fmt_samples(streaming)}; p99 "
        f"{_fmt_samples([r['streaming']['p99_ms'] for r in runs])}",
        f"end_stream (the final exact render of the answer, ms): "
        f"{_fmt_samples([r['end_stream_ms'] for r in runs])}",
        f"tail renders per turn: {', '.join(str(r['renders']) for r in runs)}; longest (ms) "
        f"{_fmt_samples([r['render_max_ms'] for r in runs])}; median "
        f"{_fmt_samples([r['render_median_ms'] for r in runs])}",
        f"idle loop, same duration: max (ms) {_fmt_samples(idle)}; p99 "
        f"{_fmt_samples([r['idle']['p99_ms'] for r in runs])}",
        f"the short first turn of each process, not counted (one-time imports): max stall (ms) "
        f"{_fmt_samples([r['first_turn']['max_ms'] for r in runs])}",
    ]
    return Result(
        value=median_of(turn),
        unit="ms",
        baseline=median_of(idle),
        target=50.0,
        target_on="value",
        notes=tuple(notes),
    )


@benchmark("stream_max_stall_thinking_ms")
def stream_max_stall_thinking_ms(options: Options) -> Result:
    """``stream_max_stall_ms`` for a thinking model: as many pieces of thinking first."""
    tokens, repeats = (500, 1) if options.quick else (3_000, 3)
    runs = [
        chat_view_child(
            options, "stall", "--tokens", str(tokens), "--messages", "200", "--thinking"
        )
        for _ in range(repeats)
    ]
    turn = [r["turn"]["max_ms"] for r in runs]
    idle = [r["idle"]["max_ms"] for r in runs]
    notes = [
        f"{tokens} pieces of thinking, then {tokens} answer tokens, into a conversation of "
        f"{runs[0]['stored_messages']} stored messages; 5 ms probe; the turn lasted (s): "
        f"{_fmt_samples([r['turn_s'] for r in runs])}, of which thinking "
        f"{_fmt_samples([r['thinking_s'] for r in runs])}",
        f"achieved rate (events/s, thinking and answer): as the view received them "
        f"{_fmt_samples([r['client_rate'] for r in runs])}; as the fake sent them "
        f"{_fmt_samples([2 * tokens / r['server_ms'] * 1000 for r in runs if r['server_ms']])}",
        f"whole turn, send to finished: max stall (ms) {_fmt_samples(turn)}, at "
        f"{_fmt_samples([r['worst_gap_at_s'] for r in runs], 1000)} ms after send; p99 "
        f"{_fmt_samples([r['turn']['p99_ms'] for r in runs])}; ticks late by >20 ms "
        f"{', '.join(str(r['turn']['over_20ms']) for r in runs)}",
        f"while it thinks (first thinking to first answer text): max stall (ms) "
        f"{_fmt_samples([r['thinking']['max_ms'] for r in runs])}; while it answers too "
        f"(first thinking to last text): {_fmt_samples([r['streaming']['max_ms'] for r in runs])}",
        f"end_stream (ms): {_fmt_samples([r['end_stream_ms'] for r in runs])}; tail renders "
        f"per turn: {', '.join(str(r['renders']) for r in runs)}",
        f"idle loop, same duration: max (ms) {_fmt_samples(idle)}",
    ]
    return Result(
        value=median_of(turn),
        unit="ms",
        baseline=median_of(idle),
        target=50.0,
        target_on="value",
        notes=tuple(notes),
    )


SMOOTH_STEP_MS = 50.0


@benchmark("open_1000_ms")
def open_1000_ms(options: Options) -> Result:
    """Open a stored 1,000-message conversation (with 200 older versions of its answers off
    screen) until painted at its end vs a 10-message one."""
    repeats = 1 if options.quick else 3
    big, small = [], []
    for _ in range(repeats):  # alternating, so drift hits both alike
        big.append(
            chat_view_child(options, "open", "--messages", "1000", "--versions", "200", "--scroll")
        )
        small.append(chat_view_child(options, "open", "--messages", "10"))
    problems = [
        f"the last message of the {r['messages']}-message conversation is not in view after "
        f"opening: its end is at y={r['last_y']} in a {r['viewport_h']} px high viewport "
        f"(document {r['document_h']:.0f} px high, scroll bar at its end: {r['at_end']})"
        for r in (*big, *small)
        if not r["last_visible"]
    ]
    problems += [
        "a version off screen is in the document (only the branch on screen should be drawn)"
        for r in big
        if r.get("versions_shown")
    ]
    problems = list(dict.fromkeys(problems))
    steps = [[s * 1000 for s in r["scroll_steps_s"]] for r in big]
    worst = [max(s) for s in steps]
    slow = [sum(1 for ms in s if ms > SMOOTH_STEP_MS) for s in steps]
    notes = [
        f"1,000 messages and 200 versions (ms): {_fmt_samples([r['open_s'] for r in big], 1000)}; "
        "10 messages: "
        f"{_fmt_samples([r['open_s'] for r in small], 1000)}; first (cold) open in each child: "
        f"{_fmt_samples([r['cold_open_s'] for r in (*big, *small)], 1000)}",
        f"messages rendered at open: {big[0]['shown_messages']}; paints until at the end: "
        f"{', '.join(str(r['paints']) for r in big)}",
        f"scrolling to the top in page steps: {', '.join(str(len(s)) for s in steps)} steps; "
        f"longest step (ms) {_fmt_samples(worst)}; median step "
        f"{_fmt_samples([median_of(s) for s in steps])}",
    ]
    if any(slow):
        notes.append(
            f"NOT SMOOTH: steps over {SMOOTH_STEP_MS:.0f} ms: {', '.join(map(str, slow))} "
            f"(the steps that load an earlier page); over the run, those steps took (ms): "
            f"{', '.join(f'{ms:.0f}' for ms in steps[0] if ms > SMOOTH_STEP_MS)}"
        )
    return Result(
        value=median_of([r["open_s"] for r in big]) * 1000,
        unit="ms",
        baseline=median_of([r["open_s"] for r in small]) * 1000,
        target=500.0,
        target_on="value",
        notes=tuple(notes),
        problems=tuple(problems),
    )


@benchmark("switch_version_ms")
def switch_version_ms(options: Options) -> Result:
    """Switch an answer in the middle of the 1,000-message conversation to its other version
    and back (the slower of the two) vs opening the 10-message conversation."""
    repeats = 1 if options.quick else 3
    runs, small = [], []
    for _ in range(repeats):
        runs.append(chat_view_child(options, "switch", "--messages", "1000", "--versions", "200"))
        small.append(chat_view_child(options, "open", "--messages", "10"))
    problems = []
    for r in runs:
        if not r["forward_ok"]:
            problems.append(
                f"switching message {r['switched_message']} to its other version did not show "
                f"it within {r['forward_s']:.1f} s (is NEXT_VERSION_ACTION handled?)"
            )
        if not r["back_ok"]:
            problems.append(
                f"switching back did not show the first version's later turns within "
                f"{r['back_s']:.1f} s (is PREVIOUS_VERSION_ACTION handled?)"
            )
    problems = list(dict.fromkeys(problems))
    worst = [max(r["forward_s"], r["back_s"]) for r in runs]
    first = runs[0]
    notes = (
        f"to the other version (ms): {_fmt_samples([r['forward_s'] for r in runs], 1000)}; "
        f"back (ms): {_fmt_samples([r['back_s'] for r in runs], 1000)}",
        f"message {first['switched_message']} of 1,000, reached in {first['page_steps']} page "
        f"steps; messages drawn before, between and after: {first['shown_before']}, "
        f"{first['shown_between']}, {first['shown_after']}",
    )
    return Result(
        value=median_of(worst) * 1000,
        unit="ms",
        baseline=median_of([r["open_s"] for r in small]) * 1000,
        target=100.0,
        target_on="value",
        notes=notes,
        problems=tuple(problems),
    )


# --------------------------------------------------------------------------------------------
# 7. Compare: four columns streaming at once (GUI child: tests/benchmarks/compare_bench.py)
# --------------------------------------------------------------------------------------------

COMPARE_RATE = 300  # tokens/s per column that the benchmark means to stream at
RATE_TOLERANCE = 0.2  # a median rate further off than this: a problem (a different load)
SHOWN_LIMIT = 1.5  # the document may hold at most this many characters per streamed one


@benchmark("compare4_max_stall_ms")
def compare4_max_stall_ms(options: Options) -> Result:
    """Longest event-loop stall while four CompareView columns each stream ~300 tokens/s."""
    tokens, repeats = (300, 1) if options.quick else (1_500, 3)
    runs = [
        chat_view_child(options, "stall", "--tokens", str(tokens), script=COMPARE_BENCH)
        for _ in range(repeats)
    ]
    turn = [r["turn"]["max_ms"] for r in runs]
    idle = [r["idle"]["max_ms"] for r in runs]
    received = [rate for r in runs for rate in r["client_rates"]]
    sent = [rate for r in runs for rate in r["server_rates"]]
    problems = []
    if abs(median_of(received) / COMPARE_RATE - 1) > RATE_TOLERANCE:
        problems.append(
            f"the columns streamed at a median {median_of(received):.0f} tokens/s, not "
            f"~{COMPARE_RATE}: the figure is for a different load (calibrate TOKEN_DELAY_S in "
            f"compare_bench.py)"
        )
    shown = [(doc, text) for r in runs for doc, text in r["shown_before_end"]]
    ratios = [doc / text for doc, text in shown if text]
    if any(ratio > SHOWN_LIMIT for ratio in ratios):
        problems.append(
            f"just before end_stream the transcripts held {_fmt_samples(ratios)} times as many "
            f"characters as were streamed ({', '.join(f'{d:,}' for d, _ in shown[:4])} for "
            f"{shown[0][1]:,}): the streamed text is shown more than once, and the layout work "
            f"measured here is inflated accordingly"
        )
    finals = [e for r in runs for e in r["final_edits"] if e]
    tails = [e for r in runs for e in r["tail_edits"] if e]
    run = runs[0]
    notes = [
        f"{run['columns']} columns ({', '.join(run['labels'])}; {run['column_width']} px wide "
        f"each), each streaming the same {tokens} tokens ({run['chars']:,} characters) of "
        f"Markdown; 5 ms probe; the turn lasted (s): {_fmt_samples([r['turn_s'] for r in runs])}",
        f"achieved rate per column (tokens/s): as the view received them "
        f"{_fmt_samples(received)}; as the fake sent them {_fmt_samples(sent)} "
        f"(fake pause {run['token_delay_s'] * 1000:g} ms)",
        f"whole turn, send to all four finished: max stall (ms) {_fmt_samples(turn)}; p99 "
        f"{_fmt_samples([r['turn']['p99_ms'] for r in runs])}; ticks late by >20 ms "
        f"{', '.join(str(r['turn']['over_20ms']) for r in runs)}",
        f"while all four stream (first token of any column to the last token of the first "
        f"column to end): max (ms) {_fmt_samples([r['streaming']['max_ms'] for r in runs])}; "
        f"p99 {_fmt_samples([r['streaming']['p99_ms'] for r in runs])}",
        f"as the columns finish (from there until all four have ended, "
        f"{_fmt_samples([r['turn_s'] - r['finishing_s'] for r in runs], 1000)} ms): max (ms) "
        f"{_fmt_samples([r['ending']['max_ms'] for r in runs])}; p99 "
        f"{_fmt_samples([r['ending']['p99_ms'] for r in runs])}",
        *(f"worst stall, run {i}: {describe_gap(r['worst_gap'])}" for i, r in enumerate(runs, 1)),
        *(
            f"worst stall while all four stream, run {i}: {describe_gap(r['worst_streaming_gap'])}"
            for i, r in enumerate(runs, 1)
        ),
        f"end_stream per column (the final render, ms): "
        f"{_fmt_samples([ms for r in runs for ms in r['end_stream_ms']])}; of which Qt's "
        f"layout after the edit {_fmt_samples([e['layout_ms'] for e in finals])}, laying out "
        f"again (characters) {', '.join(str(e['relaid_chars']) for e in finals)}",
        f"tail renders per turn (all columns): {', '.join(str(r['renders']) for r in runs)}; "
        f"longest (ms) {_fmt_samples([r['render_max_ms'] for r in runs])}; median "
        f"{_fmt_samples([r['render_median_ms'] for r in runs])}; median layout after the edit "
        f"{median_of([e['layout_ms'] for e in tails]) if tails else 0:.2f} ms, laying out again "
        f"{median_of([e['relaid_chars'] for e in tails]) if tails else 0:.0f} characters; paints "
        f"{', '.join(str(r['paints']) for r in runs)}, longest (ms) "
        f"{_fmt_samples([r['paint_max_ms'] for r in runs])}",
        f"main-thread CPU over the turn (s): {_fmt_samples([r['turn_cpu_s'] for r in runs])}; "
        f"garbage collections {', '.join(str(r['gc_count']) for r in runs)}, longest (ms) "
        f"{_fmt_samples([r['gc_max_ms'] for r in runs])}",
        f"idle loop, same duration: max (ms) {_fmt_samples(idle)}; p99 "
        f"{_fmt_samples([r['idle']['p99_ms'] for r in runs])}",
        f"the short warm-up turn of each process, not counted (one-time imports): max stall (ms) "
        f"{_fmt_samples([r['first_turn']['max_ms'] for r in runs])}",
    ]
    return Result(
        value=median_of(turn),
        unit="ms",
        baseline=median_of(idle),
        target=50.0,
        target_on="value",
        notes=tuple(notes),
        problems=tuple(problems),
    )


# --------------------------------------------------------------------------------------------
# 7b. A prompt set: 10 prompts x 4 presets (GUI child: tests/benchmarks/prompt_set_bench.py)
# --------------------------------------------------------------------------------------------

PROMPT_SET_GROWTH_MB = 20.0  # memory growth across the run above this: a problem


@benchmark("prompt_set_max_stall_ms")
def prompt_set_max_stall_ms(options: Options) -> Result:
    """Longest event-loop stall while a RunView runs 10 prompts x 4 presets, 4 at a time."""
    args = ("stall", "--quick") if options.quick else ("stall",)
    repeats = 1 if options.quick else 2
    runs = [
        chat_view_child(options, *args, timeout=240, script=PROMPT_SET_BENCH)
        for _ in range(repeats)
    ]
    stalls = [r["run"]["max_ms"] for r in runs]
    idle = [r["idle"]["max_ms"] for r in runs]
    growth = [r["rss_growth_mb"] for r in runs]
    rates = [rate for r in runs for rate in r["server_rates"]]
    problems = []
    if max(growth) > PROMPT_SET_GROWTH_MB:
        problems.append(
            f"memory grew by {_fmt_samples(growth)} MB across the run (limit "
            f"{PROMPT_SET_GROWTH_MB:g} MB)"
        )
    run = runs[0]
    notes = [
        f"{run['prompts']} prompts x {run['presets']} presets = {run['answers']} answers of "
        f"{run['tokens']} tokens, {run['concurrency']} at once, into a RunView (1380x860, the "
        f"first prompt's answers drawn as they finish); the run lasted (s): "
        f"{_fmt_samples([r['run_s'] for r in runs])}",
        f"rate per answer as the fake sent it (tokens/s): median "
        f"{median_of(rates) if rates else 0:.0f} (fake pause {run['token_delay_s'] * 1000:g} ms)",
        f"whole run, Start to the end: max stall (ms) {_fmt_samples(stalls)}; p99 "
        f"{_fmt_samples([r['run']['p99_ms'] for r in runs])}; ticks late by >20 ms "
        f"{', '.join(str(r['run']['over_20ms']) for r in runs)}",
        *(f"worst stall, run {i}: {describe_gap(r['worst_gap'])}" for i, r in enumerate(runs, 1)),
        f"memory (VmRSS, MB) before the run {_fmt_samples([r['rss_before_mb'] for r in runs])}, "
        f"after {_fmt_samples([r['rss_after_mb'] for r in runs])}: growth "
        f"{_fmt_samples(growth)} (limit {PROMPT_SET_GROWTH_MB:g})",
        f"the view's redraws: results {', '.join(str(r['refreshes']) for r in runs)}, progress "
        f"{', '.join(str(r['progress_updates']) for r in runs)}; main-thread CPU (s) "
        f"{_fmt_samples([r['run_cpu_s'] for r in runs])}; garbage collections "
        f"{', '.join(str(r['gc_count']) for r in runs)}, longest (ms) "
        f"{_fmt_samples([r['gc_max_ms'] for r in runs])}",
        f"idle loop afterwards: max (ms) {_fmt_samples(idle)}",
        f"the one-prompt warm-up run of each process, not counted (one-time imports): max stall "
        f"(ms) {_fmt_samples([r['warm_up']['max_ms'] for r in runs])}",
    ]
    return Result(
        value=median_of(stalls),
        unit="ms",
        baseline=median_of(idle),
        target=50.0,
        target_on="value",
        notes=tuple(notes),
        problems=tuple(problems),
    )


# --------------------------------------------------------------------------------------------
# 8. Hostile answers: long lists, runs and tables (GUI child: tests/benchmarks/hostile_bench.py)
# --------------------------------------------------------------------------------------------

HOSTILE_CASES = (  # (kind, full size, quick size): issue #12, items 10 and 11
    ("list", 10_000, 1_000),  # items of a list without a blank line (~200 KB in full)
    ("run", 300_000, 30_000),  # characters of "0", no break opportunity
    ("table", 3_000, 300),  # rows of a three-column table
)
HOSTILE_RSS_LIMIT_MB = 100.0


@benchmark("hostile_max_stall_ms")
def hostile_max_stall_ms(options: Options) -> Result:
    """Longest event-loop stall while streaming and then reopening a long list, a long run
    without a break opportunity, and a long table; RSS growth per case."""
    runs = []
    for kind, full, quick in HOSTILE_CASES:
        size = quick if options.quick else full
        runs.append(
            chat_view_child(
                options, "--kind", kind, "--size", str(size), timeout=900, script=HOSTILE_BENCH
            )
        )
    notes = [
        f"{r['kind']} of {r['size']:,} ({r['chars']:,} characters): max stall (ms) streaming "
        f"{r['stream']['max_ms']:.0f}, reopening {r['reopen']['max_ms']:.0f}; streamed in "
        f"{r['stream_s']:.1f} s, reopened in {r['reopen_s'] * 1000:.0f} ms; RSS "
        f"{r['rss_before_mb']:.0f} -> {r['rss_after_stream_mb']:.0f} (streamed) -> "
        f"{r['rss_end_mb']:.0f} MB (reopened), growth {r['rss_growth_mb']:.0f} MB"
        for r in runs
    ]
    problems = [
        f"{r['kind']}: RSS grew {r['rss_growth_mb']:.0f} MB (limit {HOSTILE_RSS_LIMIT_MB:.0f})"
        for r in runs
        if r["rss_growth_mb"] > HOSTILE_RSS_LIMIT_MB
    ]
    return Result(
        value=max(r["max_stall_ms"] for r in runs),
        unit="ms",
        baseline=max(max(r["stream"]["median_ms"], r["reopen"]["median_ms"]) for r in runs),
        target=200.0,
        target_on="value",
        notes=tuple(notes),
        problems=tuple(problems),
    )


@benchmark("frozen_startup_ratio")
def frozen_startup_ratio(options: Options) -> Result:
    """First paint of the frozen (PyInstaller) app against ``python -m app``, same run."""
    from tests.benchmarks.frozen import frozen_startup

    figures = frozen_startup(options.quick)
    return Result(
        value=figures["value"],
        unit=figures["unit"],
        baseline=figures["baseline"],
        target=figures["target"],
        notes=("frozen build from packaging/switchboard.spec, spawn to first paint, medians",),
    )


def describe_gap(gap: dict[str, Any], parts: int = 3) -> str:
    """One stall: how long, when, its longest parts, how much of it the main thread worked."""
    spent = list(gap["breakdown_ms"].items())
    rest = spent.pop()  # what no wrapped call accounts for comes last
    shown = [
        f"{label} {ms:.1f}" + (f" ({int(count)} calls)" if count > 1 else "")
        for label, (ms, count) in spent[:parts]
        if ms >= 0.5
    ]
    return (
        f"{gap['ms']:.1f} ms at {gap['at_s'] * 1000:.0f} ms after send, {gap['phase']}: "
        f"{'; '.join([*shown, f'{rest[0]} {rest[1][0]:.1f}'])}; main-thread CPU "
        f"{gap['cpu_ms']:.0f} of its {gap['wall_ms']:.0f} ms"
    )


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

DECIMALS = {"ms": 1, "MB": 1, "s": 3, "µs/token": 1}
HEADERS = ("benchmark", "value", "unit", "baseline", "ratio", "target", "result")


def _fmt_samples(samples: Sequence[float], scale: float = 1.0) -> str:
    return ", ".join(f"{s * scale:.3g}" if s * scale < 10 else f"{s * scale:.1f}" for s in samples)


def table_row(name: str, result: Result | None, quick: bool) -> tuple[str, ...]:
    if result is None:
        return (name, "-", "-", "-", "-", "-", "ERROR")
    places = DECIMALS.get(result.unit, 3)
    target = f"<= {result.target:g}" + ("x" if result.target_on == "ratio" else f" {result.unit}")
    verdict = "pass" if result.passed else "FAIL"
    return (
        name,
        f"{result.value:.{places}f}",
        result.unit,
        f"{result.baseline:.{places}f}",
        f"{result.ratio:.2f}x",
        target,
        f"{verdict} (not asserted)" if quick else verdict,
    )


def print_table(results: dict[str, Result | None], quick: bool) -> None:
    rows = [HEADERS, *(table_row(name, result, quick) for name, result in results.items())]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]
    numeric = {1, 3, 4}

    def line(row: Sequence[str]) -> str:
        cells = (
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        return "  ".join(cells).rstrip()

    print(line(rows[0]))
    print("  ".join("-" * w for w in widths))
    for row in rows[1:]:
        print(line(row))
    for name, result in results.items():
        if result is not None and (result.notes or result.problems):
            print(f"\n{name}:")
            for problem in result.problems:
                print(f"  PROBLEM: {problem}")
            for note in result.notes:
                print(f"  {note}")


def write_json(path: Path, results: dict[str, Result | None]) -> None:
    data = {name: r.to_json() for name, r in results.items() if r is not None}
    path.write_text(json.dumps(data, indent=2) + "\n")


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


def run_all(names: Sequence[str], options: Options) -> dict[str, Result | None]:
    """Run each benchmark; a crash is reported on stderr and recorded as None."""
    results: dict[str, Result | None] = {}
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            results[name] = BENCHMARKS[name](options)
        except Exception:
            traceback.print_exc()
            results[name] = None
        print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return results


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Switchboard benchmarks (see README.md).")
    parser.add_argument("--quick", action="store_true", help="fast smoke run; targets not asserted")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON")
    parser.add_argument(
        "--display",
        action="store_true",
        help="use the real display for child windows when DISPLAY is set (default: offscreen)",
    )
    parser.add_argument(
        "--only", action="append", choices=sorted(BENCHMARKS), help="run only this (repeatable)"
    )
    return parser.parse_args(argv)


def exit_on_sigterm() -> None:
    """SIGTERM (a CI timeout) unwinds like Ctrl+C, so every child process is stopped."""

    def handler(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    exit_on_sigterm()
    options = Options(quick=args.quick, display=args.display)
    names = args.only or list(BENCHMARKS)
    started = time.perf_counter()
    results = run_all(names, options)
    mode = "quick" if options.quick else "full"
    print(f"\nSwitchboard benchmarks ({mode} mode, {time.perf_counter() - started:.1f} s)\n")
    print_table(results, options.quick)
    if args.json is not None:
        write_json(args.json, results)
    if any(r is None for r in results.values()):
        return 2
    if not options.quick and not all(r.passed for r in results.values() if r is not None):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
