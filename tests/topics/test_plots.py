"""Plots never change matplotlib's process-wide backend (notebook inline plots survive)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def test_save_png_keeps_the_backend_a_notebook_chose(tmp_path: Path) -> None:
    # a fresh process: the backend is process state, and pytest's own may already be Agg
    script = textwrap.dedent(
        f"""
        import matplotlib
        matplotlib.use("svg")  # stands for a notebook's inline backend
        import pandas as pd
        from araseclit.topics import save_png

        matrix = pd.DataFrame([[3, 1], [0, 2]], index=["0: الأمن الوطني", "1: المنظمات"],
                              columns=["العراق", "داعش"])
        out = save_png(matrix, {str(tmp_path / "m.png")!r})
        import matplotlib.pyplot as plt
        print(matplotlib.get_backend(), out.read_bytes()[:4] == b"\\x89PNG", plt.get_fignums())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    assert done.stdout.split() == ["svg", "True", "[]"]


def test_the_png_of_a_large_corpus_keeps_the_topics_with_the_most_mentions(tmp_path: Path) -> None:
    """Issue 12: the PNG grew 0.45 inch per topic, so a 1,000-document run's 538 topics made a
    1,500 x 30,997-pixel image whose drawing was the peak of the run's store stage (907 MB).
    It now shows at most PNG_MAX_ROWS topics: the ones with the most mentions, in their order."""
    import numpy as np
    import pandas as pd
    from PIL import Image

    from araseclit.topics import framing_map, save_png
    from araseclit.topics.plots import PNG_MAX_ROWS, framing_matrix, largest

    rng = np.random.default_rng(0)
    names = ["العراق", "داعش", "الأمم المتحدة", "الحشد الشعبي", "الإرهاب", "الفساد"]
    n_topics, rows = 500, []
    for s in range(6_000):  # a mention per sentence; topic t has about t mentions
        topic = int(min(n_topics - 1, rng.pareto(1.2) * 40))
        rows.append((f"s{s}", topic, names[s % len(names)]))
    frame = pd.DataFrame(rows, columns=["sent_id", "topic_id", "text"])
    mentions = frame.assign(doc_id="d1", label="ACTOR", category="state", entity_id=frame["text"])
    sentences = frame.assign(doc_id="d1", para_id=None, section_id="sec1")
    assignments = frame.assign(doc_id="d1", unit_id=frame["sent_id"])[
        ["doc_id", "unit_id", "topic_id"]
    ]
    documents = pd.DataFrame({"doc_id": ["d1"], "year": [2020]})
    framing = framing_map(assignments, mentions, sentences, documents)
    matrix = framing_matrix(framing, use_text=False)
    assert len(matrix) > 4 * PNG_MAX_ROWS  # the whole map keeps every topic

    shown = largest(matrix, PNG_MAX_ROWS, 40)
    assert len(shown) == PNG_MAX_ROWS
    totals = matrix.sum(axis=1)
    assert totals[shown.index].min() >= totals.drop(shown.index).max()
    assert list(shown.index) == [i for i in matrix.index if i in set(shown.index)]

    out = save_png(framing, tmp_path / "framing.png")
    width, height = Image.open(out).size
    # 0.45 inch a row at 150 dpi: all the topics would be some 30,000 pixels high
    assert height <= (1.0 + 0.45 * PNG_MAX_ROWS) * 150 + 1, (width, height)
