"""Reference files in (txt, BibTeX, RIS, CSL-JSON) and out (BibTeX, CSL-JSON)."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from citeproc.source.json import CiteProcJSON

from araseclit.cite import find_references, read_references_file, to_bibtex, to_csl_json
from araseclit.errors import InputError

FILES = {
    "refs.txt": "الحميد، عبد الله (2019). الأمن الوطني. بغداد.\n\nHiltermann, J. (2017). Iraq after ISIS. Foreign Affairs.\n",
    "refs.bib": "@book{hamid2019, author = {الحميد، عبد الله}, title = {الأمن الوطني}, year = {2019}}\n"
    "@article{hil2017, author = {Hiltermann, Joost}, title = {Iraq after {ISIS}}, year = 2017}\n",
    "refs.ris": "TY  - BOOK\nAU  - الحميد، عبد الله\nTI  - الأمن الوطني\nPY  - 2019\nER  - \n"
    "TY  - JOUR\nAU  - Hiltermann, Joost\nTI  - Iraq after ISIS\nPY  - 2017/05/01\nER  - \n",
    "refs.json": json.dumps([
        {"id": "a", "type": "book", "title": "الأمن الوطني", "author": [{"family": "الحميد", "given": "عبد الله"}], "issued": {"date-parts": [[2019]]}},
        {"id": "b", "type": "article", "title": "Iraq after ISIS", "author": [{"family": "Hiltermann", "given": "Joost"}], "issued": {"date-parts": [[2017]]}},
    ], ensure_ascii=False),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(FILES))
def test_read_references_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(FILES[name], encoding="utf-8")
    refs = read_references_file(path)
    assert [r["year"] for r in refs] == [2019, 2017]
    assert refs[0]["authors"].startswith("الحميد") and refs[1]["authors"].startswith("Hiltermann")
    assert [r["ref_id"] for r in refs] == ["doc-r0000", "doc-r0001"]
    assert "Iraq after ISIS" in refs[1]["title"]


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.bib", None), ("bad.json", "{not json"), ("bad.bib", "@book{x, title = {unclosed")],
)
def test_unreadable_file_is_e040(tmp_path: Path, name: str, content: str | None) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_references_file(path)
    assert err.value.code == "E040"


TEXT = """نص.

المصادر

الحميد، عبد الله (2019). الأمن الوطني. بغداد.
صالحی، رضا (1399). جامعه مدنی. تهران.
Hiltermann, J. & Dodge, T. (2017). Iraq {after} ISIS. Foreign Affairs.
"""


def test_bibtex_export_loads_with_bibtexparser_v2() -> None:
    _, refs = find_references(TEXT)
    lib = bibtexparser.parse_string(to_bibtex(refs))
    assert not lib.failed_blocks and len(lib.entries) == 3
    years = [e.fields_dict["year"].value for e in lib.entries]
    assert years == ["2019", "1399", "2017"]
    assert " and " in lib.entries[2].fields_dict["author"].value


def test_csl_json_export_loads_with_citeproc() -> None:
    _, refs = find_references(TEXT)
    items = json.loads(to_csl_json(refs))
    source = CiteProcJSON(items)
    assert len(source) == 3
    assert items[1]["issued"] == {"date-parts": [[2020]]}  # solar 1399 -> 2020
    assert items[1]["original-date"] == {"literal": "1399"}
    assert items[0]["author"] == [{"family": "الحميد", "given": "عبد الله"}]


def test_bibtex_written_and_read_back_keeps_latex_specials_and_braces(tmp_path: Path) -> None:
    # a title with LaTeX's specials and braces: written escaped, read back as written (the
    # reader kept "\&", and the writer escaped the braces of its own \textbackslash{})
    work = {"authors": "Al-Tamimi, R. & Novak, L.", "year": 2021,
            "title": "Aid {Access} & Security: 40% of #NGOs under a_b \\ c"}  # fmt: skip
    path = tmp_path / "out.bib"
    path.write_text(to_bibtex([work]), encoding="utf-8")
    (ref,) = read_references_file(path)
    assert ref["title"] == work["title"]
    assert ref["authors"] == "Al-Tamimi, R.; Novak, L."
    external = tmp_path / "ext.bib"
    external.write_text(
        "@article{k, author = {Haddad, Fanar}, title = {Peace \\& Conflict in {Iraq}}, year = 2019}\n",
        encoding="utf-8",
    )
    assert read_references_file(external)[0]["title"] == "Peace & Conflict in Iraq"
