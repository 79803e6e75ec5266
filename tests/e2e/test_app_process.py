"""The real app as a subprocess: starts, reports, exits, and keeps the key off the disk."""

from __future__ import annotations

from pathlib import Path

from app.store.window_layout import LAYOUT_FILE_NAME, load_layout
from tests.fakes.fake_openrouter import VALID_KEY, FakeOpenRouter
from tests.helpers.app_process import app_environment, run_app_in


def test_selftest_starts_fully_and_exits_zero(tmp_path: Path) -> None:
    with FakeOpenRouter() as fake:
        result = run_app_in(app_environment(tmp_path, fake.base_url), "--selftest")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().splitlines()
    assert line.startswith("switchboard selftest ok:")
    assert f"endpoint={fake.base_url}" in line and "key=environment" in line
    assert "database=schema" in line
    assert "window_icon=yes" in line  # (set just after the first paint)
    assert "collector=on" in line  # (paused for the start only)
    assert (tmp_path / "data" / "history.sqlite3").is_file()
    layout = load_layout(tmp_path / "config" / LAYOUT_FILE_NAME)  # where to open next time
    assert layout is not None and layout.docks == ("library", "parameters")
    # The environment key is for this session only: nothing under the home holds it.
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert VALID_KEY.encode() not in path.read_bytes(), path
    assert VALID_KEY not in result.stdout + result.stderr


def test_selftest_without_key_or_network(tmp_path: Path) -> None:
    without_key = app_environment(tmp_path, key=None)
    result = run_app_in(without_key, "--selftest")
    assert result.returncode == 0, result.stderr
    layout_file = tmp_path / "config" / LAYOUT_FILE_NAME
    assert load_layout(layout_file) is not None
    layout_file.write_text("{ damaged")  # a damaged layout: the default one, no fuss
    again = run_app_in(without_key, "--selftest")
    assert again.returncode == 0 and "notices=0" in again.stdout, again.stderr
    assert load_layout(layout_file) is not None  # and a good one written at quit
    assert "key=none" in result.stdout and "endpoint=https://openrouter.ai/api/v1" in result.stdout


def test_help_prints_the_usage_before_any_window_and_a_bad_argument_ends_the_app(
    tmp_path: Path,
) -> None:
    """The command line is read after the first paint, but help comes before the window
    (nothing is made under the home) and a mistake still ends the app with argparse's 2."""
    environment = app_environment(tmp_path, key=None)
    for asking in ("--help", "-h", "--he"):
        result = run_app_in(environment, asking)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("usage: switchboard"), result.stdout
        assert "--selftest" in result.stdout
    assert not (tmp_path / "data").exists() and not (tmp_path / "config").exists()
    wrong = run_app_in(environment, "--selftest", "--send")
    assert wrong.returncode == 2
    assert "--send: expected one argument" in wrong.stderr
    assert "selftest ok" not in wrong.stdout
