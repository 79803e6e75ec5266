"""Shared test helpers (not tests themselves): one definition of each fake, imported by the
tests that need it instead of copied into them.

- ``clocks``: clocks a test moves by hand or that tick on every reading
- ``keyrings``: keyring backends in memory (and one that always fails), trusted by ``KeyStore``
- ``browsers``: stand-ins for the browser during signing in
- ``windows``: the real main window on real services and the fake server (the ``app`` fixture)
- ``app_process``: the real app as a subprocess (``python -m app``)
- ``leftovers``: what a test left running on its event loop (the loop fixtures fail on it)
- ``documents``: a rendered document as the reader sees it
- ``i18n_tool``: scripts/i18n.py (the string reader, the .ts files) as a module
- ``pseudo``: the pseudo language, and what a window shows that bypassed translation
"""
