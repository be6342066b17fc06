"""The HTML report is self-contained and escapes document text."""

from __future__ import annotations

from araseclit.report import render_report
from araseclit.store import to_frame

HOSTILE = '<script>alert("x")</script> المنظمات & «الأمن»'


def test_document_text_is_escaped_everywhere() -> None:
    tables = {
        "documents": to_frame(
            "documents",
            [
                {
                    "doc_id": "d1",
                    "title": HOSTILE,
                    "path": "a.txt",
                    "source_format": "txt",
                    "n_chars": 10,
                }
            ],
        ),
        "errors": to_frame(
            "errors",
            [
                {
                    "path": "<img src=x onerror=1>.txt",
                    "stage": "ingest",
                    "code": "E002",
                    "message": HOSTILE,
                }
            ],
        ),
    }
    tables["citations"] = to_frame(
        "citations",
        [{"doc_id": "d1", "cit_id": "c1", "raw": HOSTILE, "author": HOSTILE, "year": 2019}],
    )
    tables["mentions"] = to_frame(
        "mentions",
        [
            {
                "doc_id": "d1",
                "mention_id": "m1",
                "text": HOSTILE,
                "label": "ACTOR",
                "category": "candidate",
            }
        ],
    )
    tables["claims"] = to_frame(
        "claims",
        [
            {
                "doc_id": "d1",
                "claim_id": "k1",
                "text": HOSTILE,
                "claim_type": "causal",
                "hedged": False,
                "attributed_to": HOSTILE,
                "cit_ids": [],
                "entity_ids": [],
            }
        ],
    )
    page = render_report(tables)
    assert "could not be rendered" not in page
    assert page.count("&lt;script&gt;") >= 4  # documents, audit, mentions, claims, errors
    # the page's own script only; no document text became an element
    assert page.count("<script") == page.count('<script data-araseclit="report">') == 1
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    assert "المنظمات &amp; «الأمن»" in page


def test_report_is_offline() -> None:
    page = render_report({})
    assert "http://" not in page and "https://" not in page
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>")


def test_a_failing_section_does_not_lose_the_report(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import araseclit.report as report

    def broken(tables):  # type: ignore[no-untyped-def]
        raise ValueError("<bad> data")

    sections = tuple((k, t, broken if k == "claims" else f, n) for k, t, f, n in report.SECTIONS)
    monkeypatch.setattr(report, "SECTIONS", sections)
    page = report.render_report({})
    assert "could not be rendered: ValueError: &lt;bad&gt; data" in page
    assert 'id="errors"' in page


def test_warnings_are_listed_apart_from_failures() -> None:
    from araseclit.report.sections import errors_section

    row = {"path": "a.txt", "doc_id": "d1", "stage": "ingest", "code": "W102"}
    warning = {**row, "message": "1 line(s) repaired with low confidence", "severity": "warning"}
    only_warnings = errors_section({"errors": to_frame("errors", [warning])})
    assert only_warnings.startswith('<p class="ok">No document failed.</p><h3>Warnings (1)</h3>')
    failure = {**row, "code": "E002", "message": "file is empty", "severity": "error"}
    both = errors_section({"errors": to_frame("errors", [failure, warning])})
    assert both.index("E002") < both.index("Warnings (1)") < both.index("W102")
    assert "No document failed" not in both


def test_the_page_is_arabic_first_with_its_own_font_and_a_table_of_contents() -> None:
    import re

    page = render_report({})
    assert page.startswith('<!DOCTYPE html><html lang="ar" dir="rtl">')
    assert re.search(r"src:url\(data:font/woff;base64,[A-Za-z0-9+/=]{60000,}\)", page)
    toc = page[page.index('<nav id="toc"') : page.index("</nav>")]
    for key in ("documents", "audit", "citations", "references", "sentences", "errors"):
        assert f'<a href="#{key}">' in toc and f'<section id="{key}"' in page
    headings = re.findall(r"<h2[^>]*>([^<]+)</h2>", page)
    assert len(headings) == len(set(headings))  # no heading repeated


def test_a_stage_left_out_of_the_pipeline_says_so() -> None:
    page = render_report({}, pipeline="audit")  # segment and cite only
    claims = page[page.index('<section id="claims"') :]
    assert claims.index("Not part of this pipeline.") < claims.index("</section>")
    audit = page[page.index('<section id="audit"') :]
    assert "Not part of this pipeline." not in audit[: audit.index("</section>")]


def test_no_table_hides_rows() -> None:
    rows = [
        {"doc_id": "d1", "claim_id": f"k{i}", "text": f"ادعاء رقم {i}", "claim_type": "causal"}
        for i in range(450)
    ]
    page = render_report({"claims": to_frame("claims", rows[:300])})
    assert all(f">ادعاء رقم {i}<" in page for i in range(300))
    assert "more rows" not in page
    # a larger table travels packed, still whole
    import base64
    import gzip
    import json
    import re

    page = render_report({"claims": to_frame("claims", rows)})
    (blob,) = re.findall(
        r'<script type="application/gzip;base64" data-araseclit="rows">([^<]+)</script>', page
    )
    packed = json.loads(gzip.decompress(base64.b64decode(blob)))
    assert [row[4] for row in packed["rows"]] == [f"ادعاء رقم {i}" for i in range(450)]


def test_a_citation_links_to_its_sentence_and_reference() -> None:
    cit = {"doc_id": "d1", "cit_id": "d1-c0000", "sent_id": "d1-s0003", "ref_id": "d1-r0001",
           "raw": "(الحميد، 2019)"}  # fmt: skip
    ref = {"doc_id": "d1", "ref_id": "d1-r0001", "raw": "الحميد، علي. (2019). الأمن."}
    sent = {"doc_id": "d1", "sent_id": "d1-s0003", "text": "قال الحميد (الحميد، 2019)."}
    page = render_report({
        "citations": to_frame("citations", [cit]),
        "references": to_frame("references", [ref]),
        "sentences": to_frame("sentences", [sent]),
    })  # fmt: skip
    assert '<tr id="c-d1-c0000">' in page
    assert '<a href="#s-d1-s0003">d1-s0003</a>' in page and '<tr id="s-d1-s0003">' in page
    assert '<a href="#r-d1-r0001">d1-r0001</a>' in page and '<tr id="r-d1-r0001">' in page


def test_every_topic_view_the_run_holds_is_shown() -> None:
    import pandas as pd

    topics = to_frame("topics", [{"topic_id": 0, "label_ar": "الأمن المائي", "size": 3}])
    over_time = pd.DataFrame({"topic_id": [0, 0], "year": [2019, 2021], "n_units": [1, 2]})
    page = render_report({"topics": topics, "topics_over_time": over_time})
    section = page[page.index('<section id="topics"') :]
    section = section[: section.index("</section>")]
    assert "topics over time (2)" in section and '<td class="num">2021</td>' in section
