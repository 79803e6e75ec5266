"""The app's settings as values: what each one may hold, and how a stored form is read back.

``AppSettings`` is a frozen record; ``from_dict`` is tolerant (an unknown key is ignored, a wrong
value falls back to its default), so a damaged or hand-edited file never stops the app. Reading
and writing the file is ``app.store.settings_file``'s job. Pure: no I/O.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any, Literal

from app.core.endpoint import DEFAULT_BASE_URL, EndpointError, normalize_base_url
from app.core.i18n import LANGUAGES, SYSTEM, translate
from app.core.money import format_usd, parse_amount

SETTINGS_VERSION = 1
Theme = Literal["system", "light", "dark"]
THEMES: tuple[Theme, ...] = ("system", "light", "dark")
# The largest amount the spending guard takes, in USD. Far beyond any real cap, and small
# enough that every figure built from it stays exact (Decimal's 28 digits).
MAX_AMOUNT = Decimal(1_000_000)
MIN_AMOUNT = Decimal("0.0001")  # a smaller positive cap means nothing; tiny ones overflow


@dataclass(frozen=True, slots=True)
class AppSettings:
    version: int = SETTINGS_VERSION
    enter_sends: bool = True  # Enter sends, Shift+Enter starts a new line (else the reverse)
    theme: Theme = "system"
    base_url: str | None = None  # None: the default OpenRouter endpoint
    attribution_title: str | None = None  # X-Title sent to OpenRouter
    attribution_referer: str | None = None  # HTTP-Referer sent to OpenRouter
    # The spending guard (USD; None: not set). Stored as decimal strings, never floats.
    daily_cap: Decimal | None = None
    monthly_cap: Decimal | None = None
    confirm_above: Decimal | None = None  # ask before any single send that may cost more
    # Ask GitHub once a day whether a newer Switchboard is out. Off by default in builds a
    # distribution packages (its own updates take care of that): see ``app.store.settings_file``.
    check_for_updates: bool = True
    # The interface language: a code of app.core.i18n.LANGUAGES, or "system" (as the system
    # is). Used at the next start.
    language: str = "system"

    def to_dict(self) -> dict[str, Any]:
        return {
            name: str(value) if isinstance(value, Decimal) else value
            for name, value in asdict(self).items()
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, check_for_updates: bool = True) -> AppSettings:
        """Tolerant: unknown keys are ignored, a wrong value falls back to its default
        (``check_for_updates`` gives that setting's, which depends on who packaged the app)."""
        enter_sends = data.get("enter_sends")
        theme = data.get("theme")
        updates = data.get("check_for_updates")
        language = data.get("language")
        return cls(
            enter_sends=enter_sends if isinstance(enter_sends, bool) else True,
            theme=theme if theme in THEMES else "system",
            base_url=_url(data.get("base_url")),
            attribution_title=_text(data.get("attribution_title")),
            attribution_referer=_text(data.get("attribution_referer")),
            daily_cap=_amount(data.get("daily_cap")),
            monthly_cap=_amount(data.get("monthly_cap")),
            confirm_above=_amount(data.get("confirm_above")),
            check_for_updates=updates if isinstance(updates, bool) else check_for_updates,
            language=language if language in LANGUAGES else SYSTEM,
        )


def _text(value: object) -> str | None:
    """A non-empty single line (these end up in HTTP headers, where a line break is an error)."""
    if not isinstance(value, str) or any(ord(c) < 32 or ord(c) == 127 for c in value.strip()):
        return None
    return value.strip() or None


def _url(value: object) -> str | None:
    """Checked like the Settings field (https, or plain http only to this computer); an
    address that fails is dropped, so the default (OpenRouter) is used and the rest of the
    file is kept."""
    text = _text(value)
    if text is None:
        return None
    try:
        url = normalize_base_url(text)
    except EndpointError:
        return None
    return None if url == DEFAULT_BASE_URL else url


def amount_problem(value: Decimal) -> str | None:
    """Why ``value`` cannot be a cap or a threshold, in a plain sentence (None: it can)."""
    if not value.is_finite() or value < 0:
        return translate("settings", "An amount cannot be negative.")
    if value > MAX_AMOUNT:
        return translate(
            "settings", "Caps go up to {amount}. Type a smaller amount, such as 20."
        ).format(amount=format_usd(MAX_AMOUNT))
    if 0 < value < MIN_AMOUNT:
        return translate(
            "settings", "The smallest amount is {amount} (or 0 to allow no spending at all)."
        ).format(amount=format_usd(MIN_AMOUNT, compact=True))
    return None


def _amount(value: object) -> Decimal | None:
    """A cap from the file: out of range counts as no cap (never a reason not to start)."""
    amount = parse_amount(value)
    if amount is None or amount_problem(amount) is not None:
        return None
    return amount
