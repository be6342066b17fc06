"""Out-of-domain renditions for ``scripts/make_renditions.py`` (new PDF producers and fonts).

Modules: ``latex`` (source -> ``.tex`` for XeLaTeX/polyglossia or LuaLaTeX/babel, compile),
``producers`` (``<engine>-<font>`` names, font table, rendering through LaTeX, LibreOffice or
Chromium, embedded-font check), ``measure`` (coverage of the source's Arabic words in an
extraction, scrambling statistics, raw excerpts). The docx/HTML renditions, the block parser
and the extractors are imported from ``scripts/sample_corpus``.
"""
