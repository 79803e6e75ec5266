"""Checks and fixes on the ELF files of the Linux bundle, for packaging/build_linux.sh.

    python packaging/elf_tools.py glibc-floor BUNDLE_DIR   # prints e.g. 2.34
    python packaging/elf_tools.py strip-runpath BUNDLE_DIR # prints what it changed
    python packaging/elf_tools.py systems 2.35             # "Debian 12, Ubuntu 22.04, ..."

``glibc-floor``: the newest glibc symbol version any file of the bundle needs (from the
"Version References" that ``objdump -p`` lists), which is the oldest libc6 the bundle can run
on. ``strip-runpath``: removes the RUNPATH/RPATH entries that point outside the bundle (the
build machine's Python prefix, baked in by its build); ``$ORIGIN`` entries stay. ``systems``: the
first release of common distributions whose glibc is at least that version, for the words
users read. Needs ``objdump`` (binutils) and ``patchelf``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
# "    0x0d696914 0x00 04 GLIBC_2.34" under "required from libc.so.6:"
_NEED = re.compile(r"^\s+0x[0-9a-f]+\s+0x[0-9a-f]+\s+\d+\s+GLIBC_(\d+(?:\.\d+)+)\s*$")
_RUNPATH = re.compile(r"^\s+(RUNPATH|RPATH)\s+(\S.*)$")


# The glibc of each release (its first version); a release is named once it meets the floor.
DISTRIBUTIONS: dict[str, list[tuple[str, str]]] = {
    "Debian": [("10", "2.28"), ("11", "2.31"), ("12", "2.36"), ("13", "2.41")],
    "Ubuntu": [("20.04", "2.31"), ("22.04", "2.35"), ("24.04", "2.39")],
    "Fedora": [(str(n), f"2.{n - 1}") for n in range(32, 44)],  # Fedora 36: glibc 2.35
}


def oldest_systems(floor: str) -> str:
    """ "Debian 12, Ubuntu 22.04, Fedora 36 or later" for a bundle needing glibc ``floor``."""
    need = parse_version(floor)
    names = []
    for name, releases in DISTRIBUTIONS.items():
        first = next((r for r, glibc in releases if parse_version(glibc) >= need), None)
        if first is not None:
            names.append(f"{name} {first}")
    return ", ".join(names) + " or later" if names else f"systems with glibc {floor} or later"


def elf_files(root: Path) -> Iterator[Path]:
    """Every regular ELF file under ``root`` (symlinks are followed to their file once)."""
    for path in sorted(root.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) == ELF_MAGIC:
                yield path


def parse_version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def glibc_needs(objdump_p: str) -> set[str]:
    """The GLIBC_x.y versions an ``objdump -p`` listing requires (GLIBC_PRIVATE and the
    like are not versions and are left out)."""
    return {m.group(1) for line in objdump_p.splitlines() if (m := _NEED.match(line))}


def newest(versions: Iterable[str]) -> str | None:
    """The newest of ``versions`` compared as numbers (2.9 < 2.28), or None."""
    ordered = sorted(versions, key=parse_version)
    return ordered[-1] if ordered else None


def runpath_entries(objdump_p: str) -> list[str]:
    """The RUNPATH (or RPATH) entries an ``objdump -p`` listing shows, in order."""
    entries: list[str] = []
    for line in objdump_p.splitlines():
        match = _RUNPATH.match(line)
        if match:
            entries += [e for e in match.group(2).strip().split(":") if e]
    return entries


def kept_entries(entries: Iterable[str]) -> list[str]:
    """The entries that stay: those relative to the library itself (``$ORIGIN``)."""
    return [e for e in entries if e.startswith(("$ORIGIN", "${ORIGIN}"))]


def _objdump(path: Path) -> str:
    return subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout


def glibc_floor(root: Path) -> str:
    found: set[str] = set()
    for path in elf_files(root):
        found |= glibc_needs(_objdump(path))
    floor = newest(found)
    if floor is None:
        raise SystemExit(f"no GLIBC_ symbol versions found under {root}")
    return floor


def strip_runpath(root: Path) -> list[str]:
    """Remove every RUNPATH/RPATH entry pointing outside the bundle; returns what changed."""
    changed = []
    for path in elf_files(root):
        entries = runpath_entries(_objdump(path))
        kept = kept_entries(entries)
        if kept == entries:
            continue
        if kept:
            command = ["patchelf", "--set-rpath", ":".join(kept), str(path)]
        else:
            command = ["patchelf", "--remove-rpath", str(path)]
        subprocess.run(command, check=True)
        changed.append(f"{path.relative_to(root)}: {':'.join(entries)} -> {':'.join(kept)}")
    return changed


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("glibc-floor", "strip-runpath", "systems"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "systems":
        print(oldest_systems(argv[1]))
        return 0
    root = Path(argv[1])
    if argv[0] == "glibc-floor":
        print(glibc_floor(root))
    else:
        for line in strip_runpath(root):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
