"""Which server the app talks to: OpenRouter, or any OpenAI-compatible endpoint."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

from .i18n import translate

DEFAULT_BASE_URL = "https://openrouter.ai/api/v1"

_LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain"})


class EndpointError(ValueError):
    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


def normalize_base_url(text: str | None) -> str:
    """The API base URL as typed, checked: https anywhere, plain http only on this computer
    (a key sent over http to another machine could be read on the way)."""
    value = (text or "").strip()
    if not value:
        return DEFAULT_BASE_URL
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(
            translate(
                "endpoint", "Type a full address starting with https://, such as {address}"
            ).format(address=DEFAULT_BASE_URL)
        )
    if "@" in parts.netloc:
        # "https://openrouter.ai@other.example" goes to other.example; "https://me:pw@host"
        # would keep a password in settings and logs.
        raise EndpointError(
            translate(
                "endpoint",
                "The address should not contain a name or password (the part before @). "
                "Type only the server's address, such as {address}",
            ).format(address=DEFAULT_BASE_URL)
        )
    try:
        parts.port  # noqa: B018 (raises for a port that is not a number from 0 to 65535)
    except ValueError:
        raise EndpointError(
            translate(
                "endpoint", "The port in the address (the number after the colon) is not valid."
            )
        ) from None
    if parts.query or parts.fragment:
        raise EndpointError(translate("endpoint", "The address should not contain ? or #."))
    if parts.scheme == "http" and not is_local_host(parts.hostname):
        raise EndpointError(
            translate(
                "endpoint",
                "Plain http is only allowed for a server on this computer (localhost). "
                "Use https for anything else, so your key cannot be read on the way.",
            )
        )
    return value.rstrip("/")


def is_local_host(host: str) -> bool:
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        import ipaddress  # (only for a typed address, not at start)

        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_openrouter(base_url: str) -> bool:
    """True only for https to openrouter.ai (or a subdomain) on the default port, without a
    name or password in the address: the OpenRouter key may go there and nowhere else."""
    parts = urlsplit(base_url.strip())
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme.lower() == "https"
        and "@" not in parts.netloc
        and port in (None, 443)
        and (host == "openrouter.ai" or host.endswith(".openrouter.ai"))
    )


def address_id(base_url: str) -> str:
    """One spelling per server address, for keeping a key under it and for comparing two
    addresses: lower-case scheme and host, no default port, no trailing slash."""
    parts = urlsplit(base_url.strip())
    scheme = parts.scheme.lower()
    host, port = _host_and_port(parts)
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = host if port is None or port == default else f"{host}:{port}"
    return f"{scheme}://{netloc}{parts.path.rstrip('/')}"


def same_address(first: str | None, second: str | None) -> bool:
    if not first or not second:
        return False
    return address_id(first) == address_id(second)


def host_label(base_url: str) -> str:
    """The server's name as people read it: "other.example", "127.0.0.1:8080". Never a name
    or password written before an @ in the address."""
    host, port = _host_and_port(urlsplit(base_url.strip()))
    if not host:
        return translate("endpoint", "the server")
    return host if port is None else f"{host}:{port}"


def _host_and_port(parts: SplitResult) -> tuple[str, int | None]:
    """The host as written in an address (IPv6 in brackets; urlsplit lower-cases it) and the
    port, None when there is none or it is not a valid one."""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        return host, parts.port
    except ValueError:
        return host, None
