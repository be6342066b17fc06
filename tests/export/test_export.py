"""Reference lists out (BibTeX, CSL-JSON, RIS) and back in, each format checked by the
library its users rely on (bibtexparser, citeproc-py, rispy)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from araseclit.export import entries, read_ris, to_bibtex, to_csl_json, to_ris
from araseclit.export.names import Name, split_authors

REFS: list[dict[str, Any]] = [
    {"ref_id": "d-r0000", "authors": "الخفاجي، علي حسين", "year": 2018, "year_text": "2018",
     "title": "المنظمات غير الحكومية بين المانحين والفاعلين المحليين",
     "raw": "الخفاجي، علي حسين (2018). المنظمات غير الحكومية بين المانحين والفاعلين المحليين. "
            "مجلة العلوم السياسية، 56، 55-80."},
    {"ref_id": "d-r0001", "authors": "وزارة التخطيط", "year": 2021, "year_text": "2021",
     "title": "مسح المنظمات غير الحكومية في العراق",
     "raw": "وزارة التخطيط (2021). مسح المنظمات غير الحكومية في العراق. بغداد: الجهاز المركزي للإحصاء."},
    {"ref_id": "d-r0002", "authors": "Marr, P. & Al-Marashi, I.", "year": 2017, "year_text": "2017",
     "title": "The Modern History of Iraq",
     "raw": "Marr, P. & Al-Marashi, I. (2017). The Modern History of Iraq. Boulder: Westview."},
    {"ref_id": "d-r0003", "authors": "الربيعي، مصطفى", "year": 1443, "year_text": "1443هـ/2022م",
     "gregorian_year": 2022, "title": "الشباب والدولة",
     "raw": "الربيعي، مصطفى (1443هـ/2022م). الشباب والدولة. في: الحسيني، زينب (محرر)، "
            "العراق بعد تشرين. بغداد: دار الرافدين."},
    {"ref_id": "d-r0004", "authors": "الخفاجي، علي حسين", "year": 2018, "year_text": "2018",
     "title": "المجتمع المدني", "raw": "الخفاجي، علي حسين (2018). المجتمع المدني. بيروت: دار الساقي."},
]  # fmt: skip
UNLISTED = {"cit_id": "d-c0009", "author": "الجبوري", "year_text": "2020", "raw": "(الجبوري، 2020)"}


@pytest.mark.parametrize(
    ("authors", "names"),
    [
        ("الجبوري، سعد عبد الله", [Name("الجبوري", "سعد عبد الله")]),
        ("الموسوي، حيدر؛ الزيدي، نور", [Name("الموسوي", "حيدر"), Name("الزيدي", "نور")]),
        ("رضایی، مهدی و نیکپور، زهرا", [Name("رضایی", "مهدی"), Name("نیکپور", "زهرا")]),
        ("Al-Ansari, N., Adamo, N. & Sissakian, V.",
         [Name("Al-Ansari", "N."), Name("Adamo", "N."), Name("Sissakian", "V.")]),
        ("دائرة المنظمات غير الحكومية", [Name(literal="دائرة المنظمات غير الحكومية")]),
    ],
)  # fmt: skip
def test_authors_split_into_family_and_given_names(authors: str, names: list[Name]) -> None:
    assert split_authors(authors) == names


@pytest.mark.parametrize(
    "authors",
    [
        "العبيدي، كريم وآخرون",
        "العبيدي، كريم، وآخرون",
        "العبيدي، كريم وزملاؤه",
        "العبيدي، كريم وآخ رون",  # a word pdftotext cut at a glyph gap
        "العبيدي، كريم و همكاران",  # Persian with the Arabic kaf
        "Al-Obaidi, K. et al.",
        "Al-Obaidi, K., Et Al.",
        "العبيدي، كريم و آخرين",
    ],
)  # fmt: skip
def test_et_al_in_any_form_the_citation_reader_knows_is_no_author(authors: str) -> None:
    """The exporter drops "et al." as the citation reader recognises it (one pattern): a
    form only one of them knew became a given name "كريم وزملاؤه" in BibTeX."""
    assert split_authors(authors) in ([Name("العبيدي", "كريم")], [Name("Al-Obaidi", "K.")])


def test_entries_have_their_kind_and_a_stable_ascii_key() -> None:
    got = [(e["key"], e["kind"]) for e in entries([*REFS, UNLISTED])]
    assert got == [
        ("alkhfajy2018", "article"),
        ("wzaraaltkhtyt2021", "report"),
        ("marr2017", "book"),
        ("alrbyy2022", "incollection"),
        ("alkhfajy2018a", "book"),
    ]
    assert entries(REFS) == entries(REFS)  # same keys every time


def test_bibtex_has_real_types_split_names_and_flags_the_unlisted_work() -> None:
    import bibtexparser

    library = bibtexparser.parse_string(to_bibtex([*REFS, UNLISTED]))
    assert not library.failed_blocks
    by_key = {e.key: e for e in library.entries}
    assert [by_key[k].entry_type for k in by_key] == [
        "article", "report", "book", "incollection", "book"
    ]  # fmt: skip
    article = by_key["alkhfajy2018"].fields_dict
    assert article["author"].value == "الخفاجي, علي حسين"
    assert article["journal"].value == "مجلة العلوم السياسية"
    assert (article["volume"].value, article["pages"].value) == ("56", "55--80")
    assert by_key["marr2017"].fields_dict["author"].value == "Marr, P. and Al-Marashi, I."
    assert by_key["wzaraaltkhtyt2021"].fields_dict["author"].value == "{وزارة التخطيط}"
    assert len(library.entries) == len(REFS)  # the unlisted work is no entry ...
    assert "الجبوري (2020)" in library.comments[0].comment  # ... but it is named


def test_csl_json_renders_with_citeproc() -> None:
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    items = json.loads(to_csl_json([*REFS, UNLISTED]))
    assert [i["type"] for i in items] == [
        "article-journal", "report", "book", "chapter", "book"
    ]  # fmt: skip
    assert items[0]["author"] == [{"family": "الخفاجي", "given": "علي حسين"}]
    assert items[1]["author"] == [{"literal": "وزارة التخطيط"}]
    assert items[3]["issued"] == {"literal": "1443هـ/2022م"}
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == 5
    assert any("Marr, P. and Al-Marashi, I. (2017) The modern history of Iraq" in r
               or "Marr, P. and Al-Marashi, I. (2017)" in r for r in rendered)  # fmt: skip


def test_ris_round_trips_through_rispy(tmp_path: Path) -> None:
    import rispy

    text = to_ris([*REFS, UNLISTED])
    assert text.startswith("TY  - JOUR\n")  # no "1." before the first tag
    assert all(line[:2].isupper() and line[2:6] == "  - " for line in text.splitlines() if line)
    records = rispy.loads(text)
    assert [r["type_of_reference"] for r in records] == ["JOUR", "RPRT", "BOOK", "CHAP", "BOOK"]
    path = tmp_path / "refs.ris"
    path.write_text(text, encoding="utf-8")
    back = read_ris(path)
    assert [r["authors"] for r in back] == [
        "الخفاجي, علي حسين", "وزارة التخطيط", "Marr, P.; Al-Marashi, I.", "الربيعي, مصطفى",
        "الخفاجي, علي حسين",
    ]  # fmt: skip
    assert [r["year_text"] for r in back][:3] == ["2018", "2021", "2017"]
    assert back[0]["raw"] == REFS[0]["raw"]


DOCS = ["01_ngos_national_security.txt", "02_water_crisis_dams.pdf",
        "03_disinformation_digital_security.txt", "04_armed_groups_mediation.docx",
        "05_corruption_kurdistan_watchdog.pdf", "06_youth_october_protests.txt"]  # fmt: skip


def _summary(result: dict[str, Any]) -> dict[str, Any]:
    keys = ("citations", "works_cited", "references", "matched", "coverage")
    return {k: result[k] for k in keys} | {
        "missing": sorted(tuple(m["cit_ids"]) for m in result["missing_references"]),
        "uncited": len(result["uncited_references"]),
    }


@pytest.fixture(scope="module")
def processed(sample_docs: Path) -> dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    from araseclit.ingest import read
    from araseclit.pipeline.loader import load_pipeline, repair_config
    from araseclit.run import run_components

    nlp = load_pipeline("audit")
    out = {}
    for name in DOCS:
        doc = run_components(nlp, read(sample_docs / name, repair_config(nlp)))
        out[name] = (list(doc._.citations), list(doc._.references))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["bib", "json", "ris"])
@pytest.mark.parametrize("name", DOCS)
def test_export_then_reimport_gives_the_same_audit(
    name: str, suffix: str, processed: dict[str, Any], tmp_path: Path
) -> None:
    from araseclit import cite
    from araseclit.cli import read_references

    cits, refs = processed[name]
    before = cite.audit(cits, refs, doc_id="d")
    by_id = {c["cit_id"]: c for c in cits}
    works = refs + [by_id[m["cit_ids"][0]] for m in before["missing_references"]]
    writer = {"bib": to_bibtex, "json": to_csl_json, "ris": to_ris}[suffix]
    path = tmp_path / f"refs.{suffix}"
    path.write_text(writer(works), encoding="utf-8")
    again = [dict(c, ref_id=None) for c in cits]
    reread = read_references(path)
    cite.match(again, reread)
    assert _summary(cite.audit(again, reread, doc_id="d")) == _summary(before)


def test_audit_exports_and_reads_back_ris_from_the_command_line(
    sample_docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from araseclit.cli import main

    doc = str(sample_docs / "06_youth_october_protests.txt")
    ris, bib = tmp_path / "refs.ris", tmp_path / "refs.bib"

    def audit(*args: str) -> dict[str, Any]:
        monkeypatch.setattr(sys, "argv", ["araseclit", "audit", doc, "-f", "json", *args])
        with pytest.raises(SystemExit) as done:
            main()
        out, err = capfd.readouterr()
        assert done.value.code in (0, None), err
        return json.loads(out) | {"stderr": err}

    first = audit("--ris", str(ris), "--bibtex", str(bib))
    assert "2 cited work(s) have no entry in the reference list" in first.pop("stderr")
    again = audit("--references", str(ris))
    again.pop("stderr")
    assert _summary(again) == _summary(first)


def test_suffixed_years_key_in_letter_order() -> None:
    """Two works of one author and year, told apart by a letter after the year as the list
    writes it (``2019أ``, ``2019 ب``, ``2012a``): the keys carry the letters (أ ب ج ->
    a b c), the BibTeX year keeps its letter (an audit of the re-read file needs it to tell
    the two works apart), and ``وآخرون`` is no one's given name."""
    import bibtexparser

    works = [
        {"ref_id": "r0", "authors": "العبيدي، كريم وآخرون", "year": 2019, "year_text": "2019أ",
         "title": "منظمات الإغاثة في نينوى", "raw": "العبيدي، كريم وآخرون (2019أ). منظمات الإغاثة في نينوى."},
        {"ref_id": "r1", "authors": "العبيدي، كريم", "year": 2019, "year_text": "2019 ب",
         "title": "الأمن المجتمعي", "raw": "العبيدي، كريم (2019 ب). الأمن المجتمعي."},
        {"ref_id": "r2", "authors": "Hassan, R. et al.", "year": 2012, "year_text": "2012a",
         "title": "Aid and Order", "raw": "Hassan, R. et al. (2012a). Aid and Order."},
    ]  # fmt: skip
    assert [e["key"] for e in entries(works)] == ["albydy2019a", "albydy2019b", "hassan2012a"]
    library = bibtexparser.parse_string(to_bibtex(works))
    by_key = {e.key: e.fields_dict for e in library.entries}
    assert [by_key[k]["year"].value for k in by_key] == ["2019أ", "2019 ب", "2012a"]
    assert by_key["albydy2019a"]["author"].value == "العبيدي, كريم"
    assert by_key["hassan2012a"]["author"].value == "Hassan, R."


def test_bibtex_escapes_what_latex_reads_as_commands() -> None:
    # "&" in a title is LaTeX's alignment tab and "%" comments out the rest of the line:
    # written as they stand, a paper's bibliography does not compile
    import bibtexparser

    refs = [
        {"ref_id": "r0", "authors": "Jabar, F.", "year": 2021, "title": "Security & NGOs in Iraq",
         "raw": "Jabar, F. (2021). Security & NGOs in Iraq. London: Saqi & Co."},
        {"ref_id": "r1", "authors": "الكبيسي، سامر", "year": 2020,
         "title": "35% من المنظمات بلا تمويل_دولي",
         "raw": "الكبيسي، سامر (2020). 35% من المنظمات بلا تمويل_دولي. بغداد."},
    ]  # fmt: skip
    text = to_bibtex(refs)
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks and len(library.entries) == 2
    first, second = (e.fields_dict for e in library.entries)
    assert first["title"].value == r"{Security \& NGOs in Iraq}"
    assert r"Saqi \& Co." in first["note"].value
    assert second["title"].value == r"{35\% من المنظمات بلا تمويل\_دولي}"
    assert "& " not in text.replace(r"\&", "")  # no bare ampersand left
    assert to_bibtex([{**refs[0], "title": r"Security \& NGOs"}]).count(r"\\&") == 0
