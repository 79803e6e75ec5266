"""Switchboard: a desktop chat client for the OpenRouter API."""

__version__ = "0.1.0"
