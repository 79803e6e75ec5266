"""Dialogs."""

from .confirm import confirm

__all__ = ["confirm"]
