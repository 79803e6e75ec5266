"""`pip install .` must ship the resources, the icons and the built translations inside the
package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_carries_resources_icons_and_translations(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    (wheel,) = tmp_path.glob("switchboard-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for icon in ROOT.joinpath("icons").iterdir():
        assert f"app/_bundled/icons/{icon.name}" in names
    for resource in ROOT.joinpath("resources").iterdir():
        assert f"app/_bundled/resources/{resource.name}" in names
    for ts in ROOT.joinpath("translations").glob("switchboard_*.ts"):
        assert f"app/_bundled/translations/{ts.stem}.qm" in names  # (built by hatch_build.py)
    assert len([n for n in names if n.endswith(".qm")]) == 8
    assert "app/main.py" in names and "app/api/client.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "switchboard = app.main:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
