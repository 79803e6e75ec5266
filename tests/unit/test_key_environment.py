"""OPENROUTER_API_KEY leaves the process environment at start (issue #12, item 5)."""

from __future__ import annotations

import subprocess
import sys

from app.core.endpoint import address_id, same_address
from app.main import take_key_environment


def test_the_key_is_taken_out_of_the_environment_before_anything_starts() -> None:
    environ = {
        "OPENROUTER_API_KEY": "sk-or-v1-secret",
        "SWITCHBOARD_BASE_URL": "http://127.0.0.1:9/v1/",
        "A": "1",
    }
    kept = take_key_environment(environ)
    assert kept == {
        "OPENROUTER_API_KEY": "sk-or-v1-secret",
        "SWITCHBOARD_BASE_URL": "http://127.0.0.1:9/v1",
    }
    assert environ == {"SWITCHBOARD_BASE_URL": "http://127.0.0.1:9/v1/", "A": "1"}
    child = subprocess.run(
        [sys.executable, "-c", "import os, sys; sys.stdout.write(repr(sorted(os.environ)))"],
        env=environ,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "OPENROUTER_API_KEY" not in child.stdout
    assert take_key_environment({}) == {}


def test_addresses_compare_by_their_normal_spelling() -> None:
    assert address_id("HTTPS://Other.Example:443/api/v1/") == "https://other.example/api/v1"
    assert address_id("http://127.0.0.1:8080/v1") == "http://127.0.0.1:8080/v1"
    assert same_address("http://localhost:80/v1", "http://LOCALHOST/v1/")
    assert not same_address("https://other.example/api/v1", "https://openrouter.ai/api/v1")
    assert not same_address(None, "https://openrouter.ai/api/v1")
