"""Generator of the bundled sample corpus (``corpora/sample/``); CLI: ``make_sample_corpus.py``.

Modules: ``gold`` (sources and gold files from ``gold/marked/``), ``render`` (docx and PDF
renditions), ``extract`` (extractor outputs, garbling measures), ``docs`` (the ``docs/``
corpus), ``readme`` (``README.md``); ``config`` and ``patterns`` hold paths and regexes.
"""
