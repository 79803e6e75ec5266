"""The allocator setting the app makes at start (``app.main.tune_allocator``), checked for
what it is for: after a large block is freed, the next large block still gets its own
mapping, which goes back to the system when freed, instead of growing the heap for good."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent(
    """
    import ctypes, sys
    from app.main import tune_allocator

    libc = ctypes.CDLL("libc.so.6")
    names = "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost"

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in names.split()]

    libc.mallinfo2.restype = MallInfo2
    tuned = tune_allocator() if sys.argv[1] == "tuned" else False
    big = bytearray(8 << 20)  # freed: glibc would now serve blocks under 8 MiB from the heap
    del big
    before = libc.mallinfo2().hblks
    block = bytearray(1 << 20)
    print(tuned, libc.mallinfo2().hblks - before)
    """
)


def probe(mode: str) -> tuple[str, int]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    tuned, mapped = done.stdout.split()
    return tuned, int(mapped)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_large_blocks_keep_their_own_mapping_after_a_larger_one_was_freed() -> None:
    try:
        untuned = probe("default")
    except subprocess.CalledProcessError as error:  # (mallinfo2: glibc 2.33 and later)
        pytest.skip(f"no glibc mallinfo2 here: {error.stderr[-200:]}")
    assert untuned == ("False", 0)  # the default: the 1 MiB block came from the heap
    assert probe("tuned") == ("True", 1)  # tuned: it has its own mapping
