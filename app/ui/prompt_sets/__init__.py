"""Prompt sets in the window: the manager dialog, the run dialog and a run's results tab."""
