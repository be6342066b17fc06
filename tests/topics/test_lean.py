"""Issue 12: BERTopic comes without the deep-learning stack araseclit's topics do not use."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap


def test_the_topic_package_imports_bertopic_without_torch_or_transformers() -> None:
    """``import bertopic`` alone loads torch, transformers and sentence-transformers (its
    optional backends, tried at import time): 300 MB beside a 1,000-document run's topic step.
    Through araseclit.topics none of them is loaded, and a local sentence-transformers model can
    still be loaded afterwards (the packages stay importable)."""
    script = textwrap.dedent(
        """
        import json, sys
        import araseclit.topics
        from araseclit.topics.model import BERTopic
        loaded = [m for m in ("torch", "transformers", "sentence_transformers", "spacy")
                  if m in sys.modules]
        import importlib.util
        findable = importlib.util.find_spec("sentence_transformers") is not None
        print(json.dumps({"loaded": loaded, "bertopic": BERTopic.__module__,
                          "findable": findable}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["loaded"] == []
    assert found["bertopic"].startswith("bertopic")
    assert found["findable"]
