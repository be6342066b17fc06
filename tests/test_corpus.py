"""Error rows of a corpus run: coded, one line each; one text is one document."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from araseclit.corpus import step_error
from araseclit.errors import InputError
from araseclit.run import Run
from conftest import ARABIC_PARAGRAPH


def test_a_coded_failure_keeps_its_code_and_one_line_message() -> None:
    row = step_error("ingest", InputError("E002", path="فارغ\n.txt"), "فارغ\n.txt")
    assert (row["code"], row["message"]) == ("E002", "file is empty: فارغ\\n.txt")


def test_an_unexpected_failure_is_one_line() -> None:
    row = step_error("tagger", ValueError("span overlaps\nat offset 12"), "بحث.txt")
    assert row["code"] == "E900"
    assert row["message"] == "ValueError: span overlaps\\nat offset 12"


def test_one_text_in_three_encodings_enters_a_corpus_once(tmp_path: Path) -> None:
    import araseclit

    windows = ARABIC_PARAGRAPH.replace("\n", "\r\n")
    first, second, third = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_bytes(ARABIC_PARAGRAPH.encode("utf-8"))
    second.write_bytes(windows.encode("utf-16"))
    third.write_bytes(windows.encode("cp1256"))
    run = araseclit.analyze([first, second, third], pipeline="audit", out=tmp_path / "run")
    assert list(run.documents["path"]) == [str(first)]
    rows = run.errors[["path", "code"]].to_dict("records")
    assert rows == [{"path": str(second), "code": "E008"}, {"path": str(third), "code": "E008"}]
    assert (
        run.errors["message"].iloc[0]
        == f"duplicate document: {second} has the same content as {first}"
    )


def test_spacy_refusing_a_long_text_is_a_coded_row() -> None:
    too_long = ValueError(
        "[E088] Text of length 1200000 exceeds maximum of 1000000. The parser and NER models "
        "require roughly 1GB of temporary memory per 100,000 characters in the input."
    )
    row = step_error("tokenizer", too_long, "كتاب كامل.txt")
    assert (row["code"], row["stage"]) == ("E015", "tokenizer")
    assert row["message"] == (
        "text too long for one pass: كتاب كامل.txt has 1,200,000 characters, with more than "
        "1,000,000 in a row and no white space to cut them at"
    )


def test_a_stretch_over_the_pipeline_limit_with_no_space_is_a_coded_row(tmp_path: Path) -> None:
    """A text over ``nlp.max_length`` goes through in chunks (tests/test_chunking.py); only
    a stretch longer than a chunk with no white space to cut at is refused, as E015."""
    import spacy

    from araseclit.repair.ops import RepairConfig
    from araseclit.run import process_file

    path = tmp_path / "long.txt"
    path.write_text(ARABIC_PARAGRAPH + "ـ" * 6_000 + ARABIC_PARAGRAPH, encoding="utf-8")
    nlp = spacy.blank("ar")
    nlp.max_length = 5_000  # spaCy's own check, as for 1,000,000 by default
    records, error = process_file(nlp, path, RepairConfig(enabled=False))
    assert records is None and error is not None
    assert error["code"] == "E015"
    assert str(error["message"]).endswith("in a row and no white space to cut them at")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev are POSIX")
def test_special_files_in_a_folder_get_errors_rows(tmp_path: Path) -> None:
    import araseclit

    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "paper.txt").write_text(ARABIC_PARAGRAPH, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "zeros.txt").symlink_to("/dev/zero")
    run = araseclit.analyze([folder], pipeline="audit", out=tmp_path / "run")
    assert len(run.documents) == 1
    rows = run.errors[["path", "code"]].to_dict("records")
    assert rows == [
        {"path": str(folder / "pipe.txt"), "code": "E009"},
        {"path": str(folder / "zeros.txt"), "code": "E009"},
    ]


def _topic_tables() -> dict[str, pd.DataFrame]:
    """A run's tables for two documents: body paragraphs of four sentences, then a reference
    list under its heading (sentences from the topics tests' theme corpus)."""
    import sys

    from araseclit.store import to_frame

    sys.path.insert(0, str(Path(__file__).parent / "topics"))
    from corpus import make_units

    units = make_units(24, seed=3)
    refs = [
        "المصادر",
        "الحميد، هدى (2019).",
        "المجتمع المدني وإعادة تشكيل المجال العام في العراق.",
        "بيروت: مركز دراسات الوحدة العربية.",
        "Dodge, T. (2012).",
        "London: IISS.",
    ]
    sentences, sections = [], []
    for doc, group in units.groupby("doc_id", sort=True):
        texts = list(group["text"])
        body = [(f"p{i // 4}", "body", t) for i, t in enumerate(texts)]
        tail = [(f"r{i}", "refs", t) for i, t in enumerate(refs)]
        for i, (para, section, text) in enumerate(body + tail):
            sentences.append(
                {
                    "doc_id": doc,
                    "sent_id": f"{doc}-s{i:04d}",
                    "section_id": f"{doc}-{section}",
                    "para_id": f"{doc}-{para}",
                    "text": text,
                }
            )
        for section, title, start, end in (
            ("body", "المقدمة", 0, 9000),
            ("refs", "المصادر", 9002, 9600),
        ):
            sections.append(
                {"doc_id": doc, "section_id": f"{doc}-{section}", "title": title}
                | {"start": start, "end": end}
            )
    return {
        "sentences": to_frame("sentences", sentences),
        "sections": to_frame("sections", sections),
        "references": to_frame("references", []),
        "documents": to_frame("documents", []),
    }


@pytest.mark.parametrize("unit", ["sentence", "paragraph"])
def test_topics_step_fits_body_units_of_the_configured_kind(unit: str) -> None:
    from araseclit.corpus import topics_step
    from araseclit.pipeline.loader import CorpusSettings

    tables = _topic_tables()
    topics_step(tables, CorpusSettings(topic_unit=unit))
    assigned = tables["topic_assignments"]
    left = tables["topic_left_out"]
    sentences = tables["sentences"]
    key = "sent_id" if unit == "sentence" else "para_id"
    assert set(assigned["unit_id"]) <= set(
        sentences.loc[sentences["section_id"].str.endswith("body"), key]
    )
    assert set(left["reason"]) == {"reference_list"}
    # every unit of the run is assigned or left out with its reason, once
    assert sorted([*assigned["unit_id"], *left["unit_id"]]) == sorted(sentences[key].unique())
    assert tables["topics"]["size"].sum() == len(assigned)
    # BERTopic's own view per section, for the report: only the body section has topic units
    assert set(tables["topics_per_section"]["section"]) == {"المقدمة"}


def test_claim_graph_holds_lexicon_ids_only() -> None:
    from araseclit.corpus import claim_graph_step
    from araseclit.pipeline.loader import CorpusSettings
    from araseclit.store import to_frame
    from araseclit.tag import load_lexicon

    text = "ويرى الباحث أن ضعف الدولة العراقية وتنظيم داعش يهددان الأمن الوطني."
    claim = {"doc_id": "d", "claim_id": "d-k0", "sent_id": "d-s0", "start": 0, "end": len(text)}
    keys = ("mention_id", "start", "end", "text", "label", "entity_id")
    mentions = [
        # an untagged threat: the graph used to hold its normalised text as an id
        dict(zip(keys, ("d-m0", 15, 34, "ضعف الدولة العراقية", "THREAT", None), strict=True)),
        dict(zip(keys, ("d-m1", 35, 45, "وتنظيم داعش", "ACTOR", "actor.arm.isis"), strict=True)),
        dict(zip(keys, ("d-m2", 46, 52, "يهددان", "THREAT", "threat.terrorism"), strict=True)),
    ]
    tables = {
        "claims": to_frame("claims", [claim | {"text": text, "claim_type": "causal"}]),
        "mentions": to_frame(
            "mentions",
            [m | {"doc_id": "d", "sent_id": "d-s0"} for m in mentions],
        ),
        "citations": to_frame("citations", []),
    }
    claim_graph_step(tables, CorpusSettings())
    graph = tables["claim_graph"]
    ids = {e.id for e in load_lexicon().entries}
    assert list(graph["threat_id"]) == ["threat.terrorism"]
    assert set(graph["actor_id"].dropna()) <= ids and set(graph["threat_id"].dropna()) <= ids


@pytest.fixture(scope="module")
def sample_run(sample_docs: Path, tmp_path_factory: pytest.TempPathFactory) -> Run:
    import araseclit

    return araseclit.analyze([sample_docs], out=tmp_path_factory.mktemp("sample") / "run")


@pytest.mark.slow
def test_the_sample_run_has_no_reference_list_topics(sample_run: Run) -> None:
    run = sample_run
    left = run.tables["topic_left_out"]
    assert int((left["reason"] == "reference_list").sum()) >= 200  # 6 papers, 92 entries
    units = run.topic_assignments.merge(
        run.sentences,
        left_on=["doc_id", "unit_id"],
        right_on=["doc_id", "sent_id"],
    )
    assert len(units) == len(run.topic_assignments)
    # entries such as "London: IISS." or "Baghdad: UNDP." are not topic text
    city_publisher = units["text"].str.fullmatch(r"[A-Z][a-z]+: [^.]+\.", na=False)
    assert not city_publisher.any()
    entries = "\n".join(run.references["raw"])
    assert not units["text"].map(lambda t: len(t) > 8 and t.rstrip(".") in entries).any()
    every = sorted([*run.topic_assignments["unit_id"], *left["unit_id"]])
    assert every == sorted(run.sentences["sent_id"])


@pytest.mark.slow
def test_every_id_column_of_the_sample_run_holds_lexicon_ids(sample_run: Run) -> None:
    from araseclit.tag import load_lexicon

    run = sample_run
    ids = {e.id for e in load_lexicon().entries}
    graph = run.claim_graph
    assert len(graph) > 100
    for column in ("threat_id", "actor_id"):
        assert set(graph[column].dropna()) <= ids, column
    assert set(run.mentions["entity_id"].dropna()) <= ids
    framing = run.framing
    assert set(framing["entity_id"].dropna()) <= ids


@pytest.mark.slow
def test_a_reopened_run_gives_its_model_in_two_lines(sample_run: Run) -> None:
    import araseclit
    from araseclit.topics import run_topics

    # saved inside the run's publish, loaded from there: nothing is fitted again
    assert (Path(sample_run.path) / "topic_model" / "topic_embeddings.safetensors").is_file()
    topics = run_topics(araseclit.open_run(sample_run.path))
    over_time = topics.over_time()
    per_section = topics.per_class("section")
    stored = araseclit.open_run(sample_run.path).topic_assignments
    assert list(topics.units["unit_id"]) == list(stored["unit_id"])
    assert list(topics.units["topic_id"]) == list(stored["topic_id"])
    assert set(over_time["Timestamp"]) == {2026}  # the dated papers of the sample
    # stored in the run (the report shows it) with BERTopic's columns renamed
    stored_view = araseclit.open_run(sample_run.path).topics_over_time
    assert list(stored_view.columns) == ["topic_id", "words", "frequency", "year"]
    assert stored_view["frequency"].tolist() == over_time["Frequency"].tolist()
    assert stored_view["year"].tolist() == over_time["Timestamp"].tolist()
    left = araseclit.open_run(sample_run.path).topic_left_out  # every unit left out, stored
    assert len(left) > 0 and left["reason"].notna().all()
    assert per_section["Class"].nunique() > 10
    figure = topics.model.visualize_topics_over_time(over_time, custom_labels=True)
    names = {trace.name for trace in figure.data}
    assert any("\u0600" <= ch <= "\u06ff" for name in names for ch in name)
