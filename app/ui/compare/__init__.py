"""The compare tab."""
