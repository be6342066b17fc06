"""Records written table by table as they come (a long document's) read back as the frames
the same records make, and a document that fails half way leaves no spill behind."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from araseclit.store.frames import to_frame
from araseclit.store.spill import SPILL_PREFIX, Spill
from tests_support import CLAIM

CITATION = {
    "doc_id": "d1",
    "cit_id": "d1-c0000",
    "sent_id": "d1-s0003",
    "start": 120,
    "end": 139,
    "raw": "(الخفاجي، 2017: 21)",
    "author": "الخفاجي",
    "year": 2017,
    "year_text": "2017",
    "page": "21",
    "kind": "author_year",
    "script": "arabic",
}


def test_batches_read_back_as_the_frame_of_their_records(tmp_path: Path) -> None:
    claims = [
        CLAIM,
        {**CLAIM, "claim_id": "d1-k0001", "hedged": None, "cit_ids": [], "entity_ids": None},
        {
            **CLAIM,
            "claim_id": "d1-k0002",
            "attributed_to": None,
            "text": "ويرى باحثون أن الفساد يضعف.",
        },
    ]
    citations = [CITATION, {**CITATION, "cit_id": "d1-c0001", "year": None, "page": None}]
    spill = Spill(tmp_path)
    spill.write("claims", claims[:2])  # two chunks: two row groups
    spill.write("claims", claims[2:])
    spill.write("citations", citations)
    spill.write("mentions", [])
    spilled = spill.close("d1")
    assert spilled.rows == {"claims": 3, "citations": 2}
    for table, records in (("claims", claims), ("citations", citations), ("mentions", [])):
        pd.testing.assert_frame_equal(spilled.frame(table), to_frame(table, records), obj=table)
    loaded = spilled.load()  # what a Dask worker sends: the frames, its folder gone
    assert not spilled.folder.exists()
    pd.testing.assert_frame_equal(loaded.frame("claims"), to_frame("claims", claims))


def test_a_record_that_breaks_the_schema_is_refused_before_it_is_written(tmp_path: Path) -> None:
    spill = Spill(tmp_path)
    with pytest.raises(ValueError, match="unknown column"):
        spill.write("claims", [{**CLAIM, "score": 0.5}])
    spill.discard()
    assert not list(tmp_path.iterdir())


def test_a_document_failing_between_its_chunks_leaves_no_spill(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second chunk's records fail: the document is an error row of the ``records``
    stage, and the first chunk's rows, already written, are gone with their folder."""
    import araseclit.pipeline.records as records
    from araseclit.repair.ops import RepairConfig
    from araseclit.run import process_file

    def two_chunks(nlp: object, document: object, write, max_chars=None):  # type: ignore[no-untyped-def]
        write("claims", [CLAIM])
        raise ValueError("the second chunk broke")

    monkeypatch.setattr(records, "spill_records", two_chunks)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    path = tmp_path / "book.txt"
    path.write_text("تعمل المنظمات المدنية في العراق.\n\nويرى باحثون أن الفساد يضعف.\n", "utf-8")
    nlp = SimpleNamespace(max_length=10)  # every text is longer than one pass
    result, error = process_file(nlp, path, RepairConfig(enabled=False))  # type: ignore[arg-type]
    assert result is None and error is not None
    assert error["stage"] == "records" and "second chunk" in str(error["message"])
    assert not list(tmp_path.glob(f"{SPILL_PREFIX}*"))
