"""Answers as something to show, without Qt: untrusted Markdown to Qt's rich-text HTML subset,
code highlighting, where a streaming answer has settled, the meta text around a message.

No PySide6 and no I/O here (import-linter checks both); the view in ``app.ui`` turns what these
modules return into a document. Modules import markdown-it and Pygments on first use only.

- ``theme``: colours and fonts.
- ``safe_text``: untrusted text made safe and cheap to lay out; link checks; short labels.
- ``highlight``: Pygments, for whole blocks and for a block still streaming.
- ``markdown``: Markdown to HTML (``render_markdown``, ``render_piece``, ``code_blocks``).
- ``stable_prefix``: how much of a growing answer has settled; cutting an answer into pieces.
- ``stream``: a streaming answer's plan per refresh (what to freeze, the open code, the tail).
- ``meta``: a message's header line, notes and details as plain text.
- ``message_html``: the header and footer around an answer's Markdown.
"""
