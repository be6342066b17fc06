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
    assert "<script>" not in page
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

    sections = tuple((k, t, broken if k == "claims" else f) for k, t, f in report.SECTIONS)
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
