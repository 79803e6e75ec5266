"""What a pasted key looks like, before it is sent anywhere. Pure."""

from __future__ import annotations

OPENROUTER_KEY_PREFIX = "sk-or-"

# Prefixes of other services' keys, longest first: what each one is, in the person's words.
_FOREIGN_PREFIXES: tuple[tuple[str, str], ...] = (
    ("sk-proj-", "an OpenAI key"),
    ("sk-svcacct-", "an OpenAI key"),
    ("sk-admin-", "an OpenAI key"),
    ("sk-ant-", "an Anthropic (Claude) key"),
    ("AIza", "a Google key"),
    ("gsk_", "a Groq key"),
    ("xai-", "an xAI (Grok) key"),
    ("hf_", "a Hugging Face token"),
    ("r8_", "a Replicate token"),
    ("pplx-", "a Perplexity key"),
    ("nvapi-", "an NVIDIA key"),
    ("ghp_", "a GitHub token"),
    ("github_pat_", "a GitHub token"),
)

NEEDS_OPENROUTER = "Switchboard needs an OpenRouter key: it starts with sk-or-…"


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
    for prefix, what in _FOREIGN_PREFIXES:
        if key.startswith(prefix):
            return f"This looks like {what}. {NEEDS_OPENROUTER}"
    if key.startswith("sk-") and len(key) > 20:
        return f"This looks like an OpenAI key. {NEEDS_OPENROUTER}"
    return None


def _spaces() -> str:
    return (
        "A key is one line without spaces or line breaks, so this is not just the key. "
        f"Copy the key alone and paste it here. {NEEDS_OPENROUTER}"
    )
