"""What a pasted key looks like, before it is sent anywhere. Pure."""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, translate

OPENROUTER_KEY_PREFIX = "sk-or-"

# Prefixes of other services' keys, longest first: which service each one is.
_FOREIGN_PREFIXES: tuple[tuple[str, str], ...] = (
    ("sk-proj-", "openai"),
    ("sk-svcacct-", "openai"),
    ("sk-admin-", "openai"),
    ("sk-ant-", "anthropic"),
    ("AIza", "google"),
    ("gsk_", "groq"),
    ("xai-", "xai"),
    ("hf_", "huggingface"),
    ("r8_", "replicate"),
    ("pplx-", "perplexity"),
    ("nvapi-", "nvidia"),
    ("ghp_", "github"),
    ("github_pat_", "github"),
)

NEEDS_OPENROUTER = QT_TRANSLATE_NOOP(
    "keys", "Switchboard needs an OpenRouter key: it starts with sk-or-…"
)


def foreign_key_hint(pasted: str) -> str | None:
    """A plain hint when ``pasted`` is clearly not an OpenRouter key (another service's key,
    or text with spaces or line breaks inside); None when it may be one. Quotes and spaces
    around the key do not count (they are trimmed before use)."""
    key = pasted.strip().strip("\"'`\u201c\u201d\u2018\u2019").strip()
    if not key:
        return None
    if any(ch.isspace() for ch in key):
        return _spaces()
    if key.startswith(OPENROUTER_KEY_PREFIX):
        return None
    for prefix, service in _FOREIGN_PREFIXES:
        if key.startswith(prefix):
            return f"{_looks_like(service)} {_needs_openrouter()}"
    if key.startswith("sk-") and len(key) > 20:
        return f"{_looks_like('openai')} {_needs_openrouter()}"
    return None


def _needs_openrouter() -> str:
    return translate("keys", "Switchboard needs an OpenRouter key: it starts with sk-or-…")


def _looks_like(service: str) -> str:
    """One whole sentence per service (a translator words each one)."""
    sentences = {
        "openai": translate("keys", "This looks like an OpenAI key."),
        "anthropic": translate("keys", "This looks like an Anthropic (Claude) key."),
        "google": translate("keys", "This looks like a Google key."),
        "groq": translate("keys", "This looks like a Groq key."),
        "xai": translate("keys", "This looks like an xAI (Grok) key."),
        "huggingface": translate("keys", "This looks like a Hugging Face token."),
        "replicate": translate("keys", "This looks like a Replicate token."),
        "perplexity": translate("keys", "This looks like a Perplexity key."),
        "nvidia": translate("keys", "This looks like an NVIDIA key."),
        "github": translate("keys", "This looks like a GitHub token."),
    }
    return sentences[service]


def _spaces() -> str:
    hint = translate(
        "keys",
        "A key is one line without spaces or line breaks, so this is not just the key. "
        "Copy the key alone and paste it here.",
    )
    return f"{hint} {_needs_openrouter()}"
