"""The Linux packaging's own logic: the glibc floor and the RUNPATH clean-up of
packaging/elf_tools.py (on listings, and with patchelf on a real library), the distributions
named for a floor, and the one list of runtime packages that the README's install command,
.ci/run and the release workflow all use."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_LIST = ROOT / "packaging" / "linux" / "runtime-packages.txt"


def load_elf_tools() -> ModuleType:
    spec = importlib.util.spec_from_file_location("elf_tools", ROOT / "packaging" / "elf_tools.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["elf_tools"] = module
    spec.loader.exec_module(module)
    return module


elf_tools = load_elf_tools()

# As `objdump -p` prints a library (trimmed): two RUNPATH-style entries, and needs from libc,
# libm and libpthread, GLIBC_PRIVATE among them.
OBJDUMP_P = """
libexample.so:     file format elf64-x86-64

Dynamic Section:
  NEEDED               libm.so.6
  NEEDED               libc.so.6
  SONAME               libexample.so
  RUNPATH              /root/.pyenv/versions/3.11.7/lib:$ORIGIN/../lib
Version References:
  required from libm.so.6:
    0x09691a75 0x00 05 GLIBC_2.2.5
    0x06969194 0x00 04 GLIBC_2.29
  required from libc.so.6:
    0x0963cf85 0x00 07 GLIBC_PRIVATE
    0x09691974 0x00 06 GLIBC_2.3.4
    0x06969191 0x00 03 GLIBC_2.9
    0x069691b4 0x00 02 GLIBC_2.34
  required from libstdc++.so.6:
    0x08922974 0x00 08 GLIBCXX_3.4.30
"""


def test_the_glibc_versions_a_library_needs_are_read_from_its_version_references() -> None:
    assert elf_tools.glibc_needs(OBJDUMP_P) == {"2.2.5", "2.29", "2.3.4", "2.9", "2.34"}


def test_versions_compare_as_numbers_not_text() -> None:
    assert elf_tools.newest(["2.9", "2.34", "2.3.4", "2.28"]) == "2.34"
    assert elf_tools.newest(["2.2.5", "2.10"]) == "2.10"
    assert elf_tools.newest([]) is None


def test_only_runpath_entries_relative_to_the_library_stay() -> None:
    entries = elf_tools.runpath_entries(OBJDUMP_P)
    assert entries == ["/root/.pyenv/versions/3.11.7/lib", "$ORIGIN/../lib"]
    assert elf_tools.kept_entries(entries) == ["$ORIGIN/../lib"]
    assert elf_tools.kept_entries(["/usr/local/lib", "/opt/python/lib"]) == []
    assert elf_tools.kept_entries(["${ORIGIN}", "$ORIGIN"]) == ["${ORIGIN}", "$ORIGIN"]
    rpath = "  RPATH                /opt/python/lib\n"
    assert elf_tools.runpath_entries(rpath) == ["/opt/python/lib"]


@pytest.mark.parametrize(
    ("floor", "said"),
    [
        ("2.28", "Debian 10, Ubuntu 20.04, Fedora 32 or later"),
        ("2.35", "Debian 12, Ubuntu 22.04, Fedora 36 or later"),
        ("2.36", "Debian 12, Ubuntu 24.04, Fedora 37 or later"),
        ("2.41", "Debian 13, Fedora 42 or later"),
        ("2.99", "systems with glibc 2.99 or later"),
    ],
)
def test_the_systems_named_for_a_floor_all_have_that_glibc(floor: str, said: str) -> None:
    assert elf_tools.oldest_systems(floor) == said


def system_library() -> Path:
    """A real shared library of this machine to work on (a copy is changed, never it)."""
    for name in ("libz.so.1", "libexpat.so.1", "libffi.so.8"):
        for folder in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64"):
            path = Path(folder) / name
            if path.is_file():
                return path.resolve()
    pytest.skip("no known shared library on this machine")


@pytest.mark.skipif(
    not (shutil.which("patchelf") and shutil.which("objdump")),
    reason="patchelf and objdump (binutils) are not installed (.ci/run installs them)",
)
def test_a_foreign_runpath_is_removed_and_an_origin_one_kept_in_real_libraries(
    tmp_path: Path,
) -> None:
    foreign, mixed = tmp_path / "lib" / "foreign.so", tmp_path / "lib" / "mixed.so"
    foreign.parent.mkdir()
    for path, runpath in ((foreign, "/root/.pyenv/lib"), (mixed, "/opt/py/lib:$ORIGIN/qt")):
        shutil.copy(system_library(), path)
        subprocess.run(["patchelf", "--set-rpath", runpath, str(path)], check=True)
    (tmp_path / "notes.txt").write_text("not an ELF file")

    changed = elf_tools.strip_runpath(tmp_path)
    assert sorted(changed) == [
        "lib/foreign.so: /root/.pyenv/lib -> ",
        "lib/mixed.so: /opt/py/lib:$ORIGIN/qt -> $ORIGIN/qt",
    ]
    assert elf_tools.runpath_entries(elf_tools._objdump(foreign)) == []
    assert elf_tools.runpath_entries(elf_tools._objdump(mixed)) == ["$ORIGIN/qt"]
    assert elf_tools.strip_runpath(tmp_path) == []  # (nothing left to do the second time)
    floor = elf_tools.glibc_floor(tmp_path)
    assert re.fullmatch(r"2\.\d+(\.\d+)?", floor)


def runtime_packages() -> list[str]:
    words = []
    for line in RUNTIME_LIST.read_text(encoding="utf-8").splitlines():
        words += line.split("#", 1)[0].split()
    return words


def test_the_readme_install_command_names_exactly_the_runtime_packages() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (line,) = [
        ln for ln in readme.splitlines() if ln.startswith("sudo apt-get install -y python3-venv")
    ]
    named = line.split("&&", 1)[0].split()[4:]  # (after "sudo apt-get install -y")
    assert named == ["python3-venv", *runtime_packages()]
    # What the xcb platform plugin of the PySide6 wheel loads from the system, and a font.
    for needed in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-shape0"):
        assert needed in named
    assert any(name.startswith("fonts-") for name in named)


def test_ci_and_the_release_workflow_install_from_the_same_list() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "packaging/linux/runtime-packages.txt" in ci
    assert "packaging/linux/runtime-packages.txt" in workflow
    for package in runtime_packages():  # no second copy of any of them to drift
        assert not re.search(rf"(^|\s){re.escape(package)}(\s|$)", ci), package
        assert not re.search(rf"(^|\s){re.escape(package)}(\s|$)", workflow), package


def test_the_build_writes_the_libc_floor_it_measured_not_a_fixed_one() -> None:
    script = (ROOT / "packaging" / "build_linux.sh").read_text(encoding="utf-8")
    assert 'elf_tools.py" glibc-floor' in script and "strip-runpath" in script
    assert "libc6 (>= $GLIBC_FLOOR)" in script
    assert not re.search(r"libc6 \(>= \d", script)
