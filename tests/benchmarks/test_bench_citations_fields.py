"""The reference-field benchmark reads every field a key holds and scores it where keyed
(issue 13: authors, year, title, container, volume, issue, pages, publisher, place, URL, DOI,
access date, entry type)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from bench_citations_fields import (
    araseclit_row,
    field_table,
    key_people,
    read_key,
    score,
)

HEADER = (
    "# family\tyear\ttitle\tcontainer\tvolume\tissue\tpages\tpublisher\tplace\tdoi\turl\taccessed"
    "\ttype\t(one line per reference entry; empty = the entry has none)\n"
)
BOOK = "الجبوري، سعد عبد الله (2020). الأمن المجتمعي في العراق بعد 2003. بغداد: بيت الحكمة."
REPORT = (
    "هيئة النزاهة الاتحادية (2021). التقرير السنوي للنزاهة. بغداد: هيئة النزاهة. "
    "متاح على: https://nazaha.iq/reports/2021 (تاريخ الاطلاع: 12 آذار 2022)."
)


def _key(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.refs.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_key_is_read_by_the_names_of_its_header(tmp_path):
    # the type column after url and accessed; a line whose empty cells at its end were cut
    key = read_key(_key(tmp_path, HEADER + "الجبوري\t2020\tالأمن المجتمعي في العراق بعد 2003"
                        "\t\t\t\t\tبيت الحكمة\tبغداد\t\t\t\tbook\n"
                        "هيئة النزاهة الاتحادية\t2021\tالتقرير السنوي للنزاهة\n"))  # fmt: skip
    assert key[0]["year_text"] == "2020"
    assert key[0]["publisher"] == "بيت الحكمة"
    assert key[0]["type"] == "book"
    assert key[1]["url"] == "" and key[1]["accessed"] == ""  # keyed: the entry has none
    assert "type" not in key[1]  # an empty type cell is a type not keyed


def test_a_key_of_ten_columns_holds_no_url_and_cells_past_its_header_are_named(tmp_path):
    ten = HEADER.replace("\turl\taccessed\ttype", "")
    key = read_key(_key(tmp_path, ten + "الجبوري\t2020\tالأمن المجتمعي\n"))
    assert "url" not in key[0] and "accessed" not in key[0]  # not keyed, not "none"
    key = read_key(_key(tmp_path, ten + "الجبوري\t2020\tالأمن المجتمعي" + "\t" * 10 + "book\n"))
    assert key[0]["type"] == "book" and key[0]["url"] == ""


def test_type_is_scored_only_where_keyed_and_a_field_no_key_holds_shows_a_dash(tmp_path):
    key = read_key(_key(tmp_path, HEADER + "الجبوري\t2020\t\t\t\t\t\t\t\t\t\t\tbook\n"
                        "هيئة النزاهة الاتحادية\t2021\n"))  # fmt: skip
    tallies = score([(BOOK, key[0]), (REPORT, key[1])], "araseclit")
    assert tallies["type"][1] == 1  # the one entry whose key gives a type
    assert tallies["family"][1] == 2
    lines = field_table({"araseclit": tallies})
    head = [c.strip() for c in lines[0].strip("|").split("|")]
    row = dict(zip(head, (c.strip() for c in lines[2].strip("|").split("|")), strict=True))
    assert row["given"] == "–" and row["authors"] == "–"
    counts = dict(zip(head, (c.strip() for c in lines[3].strip("|").split("|")), strict=True))
    assert counts["type"] == "1" and counts["family"] == "2"


def test_an_entry_not_found_is_wrong_even_in_a_field_its_key_leaves_empty(tmp_path):
    key = read_key(_key(tmp_path, HEADER + "الجبوري\t2020\n"))
    tallies = score([(None, key[0])], "araseclit")
    assert tallies["doi"][:2] == [0, 1]


def test_the_parsed_row_has_the_link_access_date_type_and_given_names():
    row = araseclit_row(REPORT)
    assert row["url"] == "https://nazaha.iq/reports/2021"
    assert row["type"] == "report"
    assert araseclit_row(BOOK)["given"] == "سعد عبد الله"


def test_the_sample_key_splits_its_authors_in_both_scripts():
    assert key_people("الموسوي، حيدر؛ الزيدي، نور") == [("الموسوي", "حيدر"), ("الزيدي", "نور")]
    assert key_people("رضایی، مهدی و نیکپور، زهرا") == [("رضایی", "مهدی"), ("نیکپور", "زهرا")]
    assert key_people("Al-Ansari, N., Adamo, N. & Sissakian, V.") == [
        ("Al-Ansari", "N."), ("Adamo", "N."), ("Sissakian", "V.")]  # fmt: skip
    assert key_people("هيئة النزاهة الاتحادية") == [("هيئة النزاهة الاتحادية", None)]
