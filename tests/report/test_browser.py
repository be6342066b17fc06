"""The report in a real browser (Playwright driving Debian's Chromium): it loads with no
console error and no network request, search, sort and the citation links work, hostile
document text stays text, and it fits a 390 px phone. Screenshots go to docs/ for the
README. Skipped when Playwright or Chromium is missing."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from araseclit.report import render_report
from araseclit.store import to_frame

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = next(
    (p for p in ("/usr/bin/chromium", shutil.which("chromium") or "") if Path(p).is_file()), None
)
if CHROMIUM is None:
    pytest.skip("no Chromium to drive", allow_module_level=True)

DOCS = Path(__file__).resolve().parents[2] / "docs"
HOSTILE = [
    "<script>document.title='pwned'</script> تعمل المنظمات",
    "<img src=x onerror=\"document.title='pwned'\"> الأمن الوطني",
    "<a href=\"javascript:document.title='pwned'\">اضغط</a> النزاهة",
]


def _tables() -> dict[str, Any]:
    """A run of two documents: 60 citations (three pages of them), one cited work with no
    entry, and document text carrying script payloads."""
    docs = [
        {"doc_id": "d1", "path": "/data/papers/ngos.txt", "title": "المنظمات غير الحكومية والأمن",
         "source_format": "txt", "n_sentences": 60},
        {"doc_id": "d2", "path": "/data/papers/water.pdf", "title": HOSTILE[0],
         "source_format": "pdf", "n_sentences": 3},
    ]  # fmt: skip
    sentences, citations, references = [], [], []
    for i in range(60):
        author, year = f"الباحث{i:02d}", 1990 + i % 30
        sentences.append({"doc_id": "d1", "sent_id": f"d1-s{i:04d}", "page": 1 + i // 20,
                          "text": f"يرى {author} أن الأمن الوطني يحتاج المجتمع المدني ({author}، {year})."})  # fmt: skip
        ref = None if i == 59 else f"d1-r{i:04d}"
        citations.append({"doc_id": "d1", "cit_id": f"d1-c{i:04d}", "sent_id": f"d1-s{i:04d}",
                          "raw": f"({author}، {year})", "author": author, "year": year,
                          "year_text": str(year), "kind": "parenthetical", "ref_id": ref})  # fmt: skip
        if ref:
            references.append({"doc_id": "d1", "ref_id": ref, "authors": author, "year": year,
                               "raw": f"{author}. ({year}). دراسة في الأمن. بغداد.",
                               "year_text": str(year)})  # fmt: skip
    for j, text in enumerate(HOSTILE):
        sentences.append({"doc_id": "d2", "sent_id": f"d2-s{j:04d}", "text": text, "page": 1})
        citations.append({"doc_id": "d2", "cit_id": f"d2-c{j:04d}", "sent_id": f"d2-s{j:04d}",
                          "raw": text, "author": text, "kind": "parenthetical"})  # fmt: skip
    errors = [{"path": HOSTILE[1], "stage": "ingest", "code": "E003", "message": HOSTILE[2]}]
    rows = {"documents": docs, "sentences": sentences, "citations": citations,
            "references": references, "errors": errors}  # fmt: skip
    return {name: to_frame(name, recs) for name, recs in rows.items()}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Citations and sentences (63 rows) travel packed, references (59) as HTML rows."""
    import araseclit.report.tables as report_tables

    path = tmp_path_factory.mktemp("report") / "report.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report_tables, "PACK_ABOVE", 60)
        page = render_report(_tables(), pipeline="audit")
    assert page.count('class="data packed"') == 2
    path.write_text(page, encoding="utf-8")
    return path


def _shot(tmp_path: Path, name: str) -> str:
    """Where a screenshot goes: docs/ when ARASECLIT_SCREENSHOTS=docs, else a temp dir."""
    folder = DOCS if os.environ.get("ARASECLIT_SCREENSHOTS") == "docs" else tmp_path
    return str(folder / name)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def _open(browser: Any, report: Path, width: int) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type in {"error", "warning"} else 0)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else 0)
    page.on("dialog", lambda d: (problems.append(f"dialog {d.message}"), d.dismiss()))
    page.goto(report.as_uri())
    page.wait_for_selector("html[data-ready]")
    return page, problems, requests


def test_the_report_works_in_a_browser_and_runs_no_document_text(
    browser: Any, report: Path, tmp_path: Path
) -> None:
    page, problems, requests = _open(browser, report, 1280)
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("document.documentElement.lang") == "ar"
    # the embedded font is the one Arabic text is drawn with
    loaded = "document.fonts.load('16px \"Noto Naskh Arabic subset\"', 'الأمن').then(f => f.length)"
    assert page.evaluate(loaded) == 1
    citations = page.locator("#citations table.data tbody tr")
    assert citations.count() == 63  # every row is in the page ...
    assert page.locator("#citations table.data tbody tr:visible").count() == 25  # ... paged
    assert "rows 1–25 of 63" in page.locator("#citations .tools .info").inner_text()

    page.locator("#citations .tools input").fill("الباحث07")
    visible = page.locator("#citations table.data tbody tr:visible")
    assert visible.count() == 1 and "d1-c0007" in visible.inner_text()
    page.locator("#citations .tools input").fill("")

    page.locator("#citations th", has_text="citation").click()  # ascending, then descending
    page.locator("#citations th", has_text="citation").click()
    first = page.locator("#citations table.data tbody tr:visible").first
    assert first.locator("td").first.inner_text() == "d2-c0002"

    # a citation on another page links to its reference entry and to its sentence
    page.locator("#citations .tools input").fill("d1-c0042")
    page.locator("#c-d1-c0042 a[href='#r-d1-r0042']").click()
    target = page.locator("#r-d1-r0042")
    assert target.is_visible() and "target" in (target.get_attribute("class") or "")
    page.locator("#citations .tools input").fill("d1-c0042")
    page.locator("#c-d1-c0042 a[href='#s-d1-s0042']").click()
    assert page.locator("#s-d1-s0042").is_visible()
    # the work with no entry is flagged
    assert "4 citation(s) name a work with no entry" in page.locator("#citations").inner_text()
    page.locator("#citations .tools input").fill("no entry")
    assert page.locator("#citations table.data tbody tr:visible").count() == 4
    # hostile text shows as text and ran nothing
    text = page.locator("body").inner_text()
    assert all(payload.split(">")[0] in text for payload in HOSTILE[:2])
    page.locator("#citations .tools input").fill("javascript:")
    assert '<a href="javascript:' in page.locator("#citations tbody").inner_text()
    assert page.title() != "pwned" and page.locator("img, iframe, a[href^=javascript]").count() == 0
    assert problems == [] and requests == []
    shot = _shot(tmp_path, "report-1280.png")
    page.screenshot(path=shot)
    assert Path(shot).stat().st_size > 10_000
    page.close()


def test_the_report_fits_a_phone(browser: Any, report: Path, tmp_path: Path) -> None:
    page, problems, requests = _open(browser, report, 390)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    box = page.locator("#citations .scroll")
    assert box.evaluate("e => e.scrollWidth > e.clientWidth")  # the table scrolls in its box
    assert problems == [] and requests == []
    shot = _shot(tmp_path, "report-390.png")
    page.screenshot(path=shot)
    assert Path(shot).stat().st_size > 10_000
    page.close()
