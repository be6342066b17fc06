"""Re-runs into the same store: rows replaced per path and per document, never duplicated."""

from __future__ import annotations

from pathlib import Path

import pytest

import araseclit
from araseclit.errors import AraseclitError

FIRST = "تعمل المنظمات المدنية في العراق على بناء الثقة (الحميد، 2019: 27).\n"
SECOND = FIRST + "ويرى باحثون أن الفساد يضعف المؤسسات (Dodge, 2020: 56).\n"


def _analyze(paths: list[Path], out: Path, pipeline: str = "audit") -> araseclit.Run:
    return araseclit.analyze(paths, pipeline=pipeline, out=out)


def test_edited_then_broken_document_replaces_its_rows(tmp_path: Path) -> None:
    a, b, out = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "run"
    a.write_text(FIRST, encoding="utf-8")
    b.write_text("تقرير عن المياه في البصرة (Al-Ansari et al., 2018: 112).\n", encoding="utf-8")
    run = _analyze([a, b], out)
    assert len(run.documents) == 2 and len(run.citations) == 2

    a.write_text(SECOND, encoding="utf-8")  # new content, so a new doc_id, same path
    run = _analyze([a], out)
    assert sorted(run.documents["path"]) == [str(a), str(b)]
    assert len(run.citations) == 3

    a.write_bytes(b"")  # the same path now fails: its old rows go, the error stays
    run = araseclit.open_run(_analyze([a], out).path)
    assert list(run.documents["path"]) == [str(b)]
    assert len(run.citations) == 1
    assert list(run.errors["code"]) == ["E002"]


def test_store_made_with_another_pipeline_is_not_mixed(tmp_path: Path) -> None:
    a, out = tmp_path / "a.txt", tmp_path / "run"
    a.write_text(FIRST, encoding="utf-8")
    _analyze([a], out, pipeline="audit")
    with pytest.raises(AraseclitError) as info:
        _analyze([a], out, pipeline="tag")
    assert info.value.code == "E052"
    run = araseclit.analyze([a], pipeline="tag", out=out, fresh=True)
    assert len(run.documents) == 1


def test_paragraph_topic_units(tmp_path: Path) -> None:
    from araseclit.corpus import topic_units
    from araseclit.store import to_frame

    sentences = to_frame(
        "sentences",
        [
            {"doc_id": "d", "sent_id": "d-s0000", "para_id": "d-p0000", "text": "أ."},
            {"doc_id": "d", "sent_id": "d-s0001", "para_id": "d-p0000", "text": "ب."},
            {"doc_id": "d", "sent_id": "d-s0002", "para_id": "d-p0001", "text": "ج."},
        ],
    )
    units = topic_units(sentences, "paragraph")
    assert units.to_dict("records") == [
        {"doc_id": "d", "unit_id": "d-p0000", "text": "أ. ب."},
        {"doc_id": "d", "unit_id": "d-p0001", "text": "ج."},
    ]
    assert list(topic_units(sentences, "sentence")["unit_id"]) == ["d-s0000", "d-s0001", "d-s0002"]


def test_merged_rows_come_in_the_corpus_order_as_in_a_fresh_run() -> None:
    """An edited first paper is processed again alone: its rows go back to its place in the
    corpus, not after the papers kept from the store (finding 14 of session 11)."""
    import pandas as pd

    from araseclit.run import merge_tables
    from araseclit.store.frames import empty_frame
    from araseclit.store.schema import PER_DOCUMENT

    first, second, third, other = (Path(f"/corpus/{n}.txt") for n in ("a", "b", "c", "x"))
    scan = Path("/corpus/scan.png")  # a file of the folder not read (E004)

    def rows(doc_id: str, path: Path, sentences: list[str]) -> dict[str, pd.DataFrame]:
        sents = [{"doc_id": doc_id, "sent_id": f"{doc_id}-s{i}", "text": t} for i, t in
                 enumerate(sentences)]  # fmt: skip
        warn = {"doc_id": doc_id, "path": str(path), "code": "W001"}
        return {"documents": pd.DataFrame([{"doc_id": doc_id, "path": str(path)}]),
                "sentences": pd.DataFrame(sents), "errors": pd.DataFrame([warn])}  # fmt: skip

    def stored(*docs: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        tables = {t: empty_frame(t) for t in PER_DOCUMENT}
        for name in ("documents", "sentences", "errors"):
            tables[name] = pd.concat([d[name] for d in docs], ignore_index=True)
        return tables

    # an earlier run into the same folder had another input, x; then a, b, c in this order
    before = stored(
        rows("dx", other, ["تقرير عن المياه في البصرة."]),
        rows("da", first, ["تعمل المنظمات المدنية في العراق.", "ويرى باحثون أن الفساد يضعف."]),
        rows("db", second, ["أكدت الأمم المتحدة تزايد النزوح."]),
        rows("dc", third, ["شهدت كركوك احتجاجات واسعة."]),
    )
    edited = rows("da2", first, ["تعمل المنظمات المدنية في العراق.", "وأضيفت فقرة لاحقًا."])
    records = {t: [] for t in PER_DOCUMENT}
    records["documents"] = edited["documents"].to_dict("records")
    records["sentences"] = edited["sentences"].to_dict("records")
    errors = [*edited["errors"].to_dict("records"),
              {"doc_id": None, "path": str(scan), "code": "E004"}]  # fmt: skip
    merged = merge_tables(before, records, errors, [first, scan], [first, second, third, scan])
    assert list(merged["documents"]["doc_id"]) == ["dx", "da2", "db", "dc"]
    assert list(merged["sentences"]["sent_id"]) == [
        "dx-s0", "da2-s0", "da2-s1", "db-s0", "dc-s0"
    ]  # fmt: skip
    assert list(merged["errors"]["path"]) == [str(p) for p in (other, first, second, third, scan)]


def test_a_new_copy_of_a_kept_paper_is_the_duplicate_of_the_first_in_order() -> None:
    """A paper copied into the corpus is processed alone on a re-run; as in a fresh run the
    first copy in the corpus's order is the document, the other the duplicate (E008): the
    copy no longer took the kept paper's rows and left its path with no row at all."""
    import pandas as pd

    from araseclit.run import merge_tables
    from araseclit.store.frames import empty_frame
    from araseclit.store.schema import PER_DOCUMENT

    paper, other = Path("/corpus/b_paper.txt"), Path("/corpus/c_other.txt")
    stored = {t: empty_frame(t) for t in PER_DOCUMENT}
    stored["documents"] = pd.DataFrame(
        [{"doc_id": "dp", "path": str(paper)}, {"doc_id": "do", "path": str(other)}]
    )
    stored["sentences"] = pd.DataFrame(
        [{"doc_id": "dp", "sent_id": "dp-s0", "text": "تراجعت الثقة بالمؤسسات الأمنية."},
         {"doc_id": "do", "sent_id": "do-s0", "text": "ازداد عدد المنظمات المحلية."}]
    )  # fmt: skip
    for copy, first, second in (
        (Path("/corpus/d_copy.txt"), paper, None),  # after the paper: the copy is the duplicate
        (Path("/corpus/a_copy.txt"), None, paper),  # before it: the paper is
    ):
        records = {t: [] for t in PER_DOCUMENT}
        records["documents"] = [{"doc_id": "dp", "path": str(copy)}]
        records["sentences"] = [{"doc_id": "dp", "sent_id": "dp-s0", "text": "تراجعت الثقة."}]
        order = sorted([paper, other, copy])
        merged = merge_tables(stored, records, [], [copy], order)
        docs = merged["documents"]
        assert list(docs["path"]) == [str(p) for p in order if p != (second or copy)]
        assert list(merged["sentences"]["doc_id"]) == ["dp", "do"]
        (row,) = merged["errors"].to_dict("records")
        assert row["code"] == "E008" and row["path"] == str(second or copy)
        assert str(first or copy) in row["message"]
