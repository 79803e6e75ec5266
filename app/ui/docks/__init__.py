"""Docks beside the conversation."""
