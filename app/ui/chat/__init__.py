"""The chat view: one conversation's messages, rendered from untrusted model Markdown."""
