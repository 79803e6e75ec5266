"""The release workflow (.github/workflows/release.yml) and the Windows/macOS packaging it runs.

GitHub runs the workflow, so these read it: it exists, builds and smoke-tests the three
installers, publishes checksums and a release, and names no retired runner or stale action major.
The NSIS script is compiled for real when makensis is installed (Debian: nsis).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
NSIS_SCRIPT = ROOT / "packaging" / "windows" / "switchboard.nsi"

# Retired GitHub-hosted labels (macos-13: December 2025; windows-2019: June 2025).
RETIRED_RUNNERS = {
    "ubuntu-18.04",
    "ubuntu-20.04",
    "macos-10.15",
    "macos-11",
    "macos-12",
    "macos-13",
    "macos-13-large",
    "macos-13-xlarge",
    "windows-2016",
    "windows-2019",
}
CURRENT_RUNNERS = {
    "ubuntu-22.04",
    "ubuntu-24.04",
    "ubuntu-latest",
    "windows-2022",
    "windows-2025",
    "windows-latest",
    "macos-14",
    "macos-15",
    "macos-15-intel",
    "macos-26",
    "macos-latest",
}
# The first majors that run on Node 24 (GitHub stops running Node 20 actions).
MIN_MAJOR = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/upload-artifact": 6,
    "actions/download-artifact": 7,
    "azure/artifact-signing-action": 2,
}


def workflow_text() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def jobs(text: str) -> dict[str, str]:
    """Each top-level job's id and its block of text (two-space indented keys under jobs:)."""
    body = text.split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([A-Za-z0-9_-]+):\n", body, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def runner_labels(text: str) -> list[str]:
    direct = re.findall(r"^\s*runs-on:\s*([^\s#$]+)", text, flags=re.MULTILINE)
    matrix = re.findall(r"^\s*-?\s*runner:\s*([^\s#]+)", text, flags=re.MULTILINE)
    return direct + matrix


def test_the_workflow_lives_in_github_workflows_and_the_old_copy_is_gone() -> None:
    assert WORKFLOW.is_file()
    assert not (ROOT / "packaging" / "github-workflow.yml").exists()
    text = workflow_text()
    assert re.search(r'^  push:\n    tags: \["v\*"\]', text, flags=re.MULTILINE)


def test_the_workflow_parses_as_yaml() -> None:
    """With PyYAML in this interpreter or a system python3 that has it."""
    code = "import sys, yaml; d = yaml.safe_load(open(sys.argv[1])); print(sorted(d['jobs']))"
    try:
        import yaml  # type: ignore[import-untyped]  # noqa: F401

        python = sys.executable
    except ImportError:
        python = shutil.which("python3") or ""
        probe = subprocess.run([python, "-c", "import yaml"], capture_output=True, check=False)
        if not python or probe.returncode != 0:
            pytest.skip("PyYAML is not installed anywhere here")
    done = subprocess.run(
        [python, "-c", code, str(WORKFLOW)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['linux', 'macos', 'release', 'windows']"


def test_it_builds_and_smoke_tests_the_three_installers_then_releases() -> None:
    found = jobs(workflow_text())
    assert set(found) == {"linux", "windows", "macos", "release"}
    assert "packaging/build_linux.sh" in found["linux"]
    assert "build_windows.ps1" in found["windows"] and "/S" in found["windows"]
    assert "packaging/macos/build_macos.sh" in found["macos"]
    for build in ("linux", "windows", "macos"):
        assert "--selftest" in found[build], build
        assert "switchboard selftest ok" in found[build], build
        assert "actions/upload-artifact@" in found[build], build
    release = found["release"]
    assert "needs: [linux, windows, macos]" in release
    assert "contents: write" in release
    assert "sha256sum" in release and "SHA256SUMS.txt" in release
    assert "gh release create" in release and "--notes-file" in release
    assert '"tag_name"' in release and '"html_url"' in release and '"body"' in release


def test_no_retired_runner_and_both_mac_architectures() -> None:
    labels = runner_labels(workflow_text())
    assert labels, "no runs-on found"
    assert [label for label in labels if label in RETIRED_RUNNERS] == []
    assert [label for label in labels if label not in CURRENT_RUNNERS] == []
    assert {"macos-15", "macos-15-intel"} <= set(labels)


def test_actions_are_on_current_majors() -> None:
    uses = re.findall(r"uses:\s*([\w.-]+/[\w.-]+)@v(\d+)", workflow_text())
    assert uses
    stale = [f"{name}@v{major}" for name, major in uses if int(major) < MIN_MAJOR.get(name, 0)]
    assert stale == []
    assert {name for name, _ in uses} >= {"actions/checkout", "actions/setup-python"}


def test_signing_runs_only_when_its_secrets_exist_and_says_so_otherwise() -> None:
    found = jobs(workflow_text())
    windows = found["windows"]
    assert "SIGNING: ${{ secrets.AZURE_CLIENT_ID != ''" in windows
    assert windows.count("if: env.SIGNING == 'true'") == 2  # the exe, then the installer
    assert "NOT SIGNED" in windows
    script = (ROOT / "packaging" / "macos" / "build_macos.sh").read_text()
    assert "NOT SIGNED" in script and "NOT NOTARISED" in script
    assert "xcrun notarytool submit" in script and "--wait" in script
    assert "xcrun stapler staple" in script
    assert "NOT SIGNED" in (ROOT / "packaging" / "windows" / "build_windows.ps1").read_text()


def test_the_macos_minimum_is_13_everywhere() -> None:
    spec = (ROOT / "packaging" / "switchboard.spec").read_text()
    assert re.search(r'"LSMinimumSystemVersion": "13\.0"', spec)
    script = (ROOT / "packaging" / "macos" / "build_macos.sh").read_text()
    assert 'MACOS_MINIMUM="13.0"' in script
    assert 'MACOSX_DEPLOYMENT_TARGET: "13.0"' in jobs(workflow_text())["macos"]


def test_the_installer_checks_for_a_running_switchboard() -> None:
    script = NSIS_SCRIPT.read_text()
    assert 'tasklist.exe" /NH /FI "IMAGENAME eq ${EXE_NAME}"' in script
    assert "MB_RETRYCANCEL" in script and "/SD IDCANCEL" in script
    assert re.search(r"Function \.onInit\n(?:.*\n)*?\s+Call CheckNotRunning", script)
    assert re.search(r"Function un\.onInit\n(?:.*\n)*?\s+Call un\.CheckNotRunning", script)


def fixed_versions(exe: bytes) -> tuple[str, str]:
    """File and product version from the VS_FIXEDFILEINFO block of a Windows executable."""
    at = exe.find(struct.pack("<I", 0xFEEF04BD))
    assert at >= 0, "no version resource"
    file_ms, file_ls, product_ms, product_ls = struct.unpack_from("<4I", exe, at + 8)

    def dotted(ms: int, ls: int) -> str:
        return f"{ms >> 16}.{ms & 0xFFFF}.{ls >> 16}.{ls & 0xFFFF}"

    return dotted(file_ms, file_ls), dotted(product_ms, product_ls)


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", "0.1.0.0"),
        ("1.3", "1.3.0.0"),
        ("1.3.0rc1", "1.3.0.0"),
        ("1.3.0-beta.2", "1.3.0.0"),
        ("2.0.1+local.5", "2.0.1.0"),
        ("1.2.3.4.5", "1.2.3.4"),
    ],
)
def test_the_installer_compiles_with_any_version_string(
    version: str, expected: str, tmp_path: Path
) -> None:
    if shutil.which("makensis") is None:
        pytest.skip("makensis is not installed (Debian: nsis)")
    bundle = tmp_path / "switchboard"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "switchboard.exe").write_bytes(b"MZ dummy")
    setup = tmp_path / "Switchboard-test-installer.exe"
    done = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",
            f"-DVERSION={version}",
            f"-DBUNDLE_DIR={bundle}",
            f"-DOUTFILE={setup}",
            str(NSIS_SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert fixed_versions(setup.read_bytes()) == (expected, expected)
