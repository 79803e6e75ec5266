"""Text that came from outside (an imported file): made safe to show, store and send."""

from __future__ import annotations


def clean_surrogates(text: str) -> str:
    """Join surrogate pairs split into two code points; replace lone surrogates with U+FFFD.

    JSON's ``\\ud83d\\ude00`` escapes can leave either in a Python string, and neither can be
    written as UTF-8 (SQLite, files, HTTP all refuse them).
    """
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
