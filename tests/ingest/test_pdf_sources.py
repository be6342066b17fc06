"""Clean source texts of the test PDFs in ``tests/ingest/data/`` and the script that made them.

The PDFs are committed, so the test suite needs neither LibreOffice nor Chromium. To rebuild
them (needs ``soffice``, ``chromium``, python-docx, pikepdf, Pillow)::

    .venv/bin/python tests/ingest/test_pdf_sources.py

Each source is a list of blocks ``(kind, text)`` in logical order; ``kind`` is ``"heading"``,
``"body"`` or ``"footnote"``. The body text expected from the reader is the blocks joined by
blank lines (what :func:`araseclit.document.assemble` produces), running headers and page
numbers excluded.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

#: running header printed on every page of the paged test documents
RUNNING_HEADER = "مجلة الدراسات الأمنية والمجتمع المدني، العدد 12، 2026"

ESSAY: list[tuple[str, str]] = [
    ("heading", "المقدمة"),
    (
        "body",
        "يُعدّ مفهوم الأمن الوطني من أكثر المفاهيم إثارةً للجدل في الدراسات العربية المعاصرة، "
        "إذ تتداخل فيه الأبعاد العسكرية والاقتصادية والاجتماعية. وقد تغيّرت أولويات الدولة "
        "العراقية تغيّرًا كبيرًا بعد عام 2003، فلم يعد التهديد مقتصرًا على الجيوش النظامية "
        "(Al-Ansari et al., 2021: 14). ويرى الخفاجي أن «الأمن الإنساني» أصبح إطارًا لا غنى "
        "عنه لفهم العلاقة بين الدولة والمجتمع (الخفاجي، 2017: 21).",
    ),
    (
        "body",
        "وفي هذا السياق برزت المنظمات غير الحكومية (NGOs) بوصفها جسرًا بين المؤسسات الرسمية "
        "والمواطنين، ولا سيما في المحافظات التي تضررت من سيطرة تنظيم داعش (ISIS) بين عامي "
        "2014 و2017. وتشير بيانات المسح الميداني إلى أن 45% من المستجيبين يثقون بالمنظمات "
        "المحلية أكثر من ثقتهم بالأحزاب [3]، وهي نسبة تقارب ما رصدته دراسة سابقة في إقليم "
        "كردستان (Dodge, 2020: 56).",
    ),
    ("heading", "الإطار النظري"),
    (
        "body",
        "تنطلق هذه الدراسة من مدرسة كوبنهاغن في الأمننة، التي تعدّ التهديد بناءً اجتماعيًا "
        "يتشكّل عبر الخطاب (Buzan & Wæver, 2003). فالفاعلون المدنيون لا يكتفون بتقديم "
        "الخدمات، بل يشاركون في تعريف ما يُعدّ خطرًا على المجتمع، كما في حملات التوعية بمخاطر "
        "الألغام والمخلفات الحربية. ويؤكد الباحثون أن الشراكة بين الدولة والمجتمع المدني تحتاج "
        "إلى إطار قانوني واضح، وهو ما نصّ عليه قانون المنظمات غير الحكومية رقم 12 لسنة 2010.",
    ),
    (
        "body",
        "وتعتمد الدراسة منهجًا استشرافيًا يجمع بين تحليل المضمون والمقابلات المعمقة مع 32 "
        "ناشطًا في بغداد والبصرة والموصل، أُجريت بين تشرين الأول 2024 وآذار 2025. وقد "
        "استُعملت مصادر فارسية مؤرخة بالتقويم الهجري الشمسي، مثل دراسة رضائي (1399: 77) عن "
        "النفوذ الإقليمي، إلى جانب تقارير الأمم المتحدة (UNDP, 2022) وتقارير منظمة العفو "
        "الدولية.",
    ),
    ("heading", "التحديات الراهنة"),
    (
        "body",
        "تواجه المنظمات المدنية في العراق تحديات متشابكة، أبرزها ضعف التمويل المستدام، "
        "والقيود الإدارية على التسجيل، وتراجع ثقة المانحين الدوليين. ويلاحظ الجبوري أن نحو "
        "ثلث المنظمات المسجلة عام 2019 توقفت عن العمل خلال ثلاث سنوات (الجبوري، 2023: 102-"
        "105). كما أن الاستقطاب الطائفي يجعل بعض المبادرات موضع ريبة، فتُتّهم بالتبعية لجهات "
        "خارجية.",
    ),
    (
        "body",
        "ومع ذلك فإن التجارب الناجحة في المصالحة المجتمعية، كمبادرات الحوار بين العشائر في "
        "الأنبار وصلاح الدين، تُظهر أن المجتمع المدني قادر على سدّ فراغات لا تستطيع الدولة "
        "ملأها وحدها. ولذلك توصي الدراسة بإنشاء مجلس تنسيقي دائم يضم ممثلين عن الوزارات "
        "المعنية والمنظمات والجامعات، وبمراجعة آليات التمويل كل ثلاث سنوات.",
    ),
]

#: paged document with footnotes at the bottom of each page (Chromium)
FOOTNOTED: list[list[tuple[str, str]]] = [
    [
        ("heading", "دور المجتمع المدني في بناء السلام"),
        (
            "body",
            "أسهمت المنظمات الأهلية في توثيق الانتهاكات بعد عام 2014، وقدّمت الدعم النفسي "
            "لآلاف الأسر النازحة في مخيمات دهوك وأربيل¹. وتذهب بعض الدراسات إلى أن هذا الدور "
            "تجاوز الإغاثة إلى المناصرة والضغط على صانعي القرار (Hiltermann, 2017: 88).",
        ),
        ("footnote", "¹ بحسب تقرير المفوضية السامية لشؤون اللاجئين لعام 2016، ص 23."),
    ],
    [
        (
            "body",
            "غير أن هذا الدور يبقى هشًا ما دام مرتبطًا بالتمويل الخارجي، إذ تنخفض أنشطة "
            "المنظمات بنسبة 60% عند انتهاء المنح². ولهذا يقترح الباحثون تنويع مصادر التمويل "
            "وإشراك القطاع الخاص المحلي في دعم المبادرات المجتمعية.",
        ),
        ("footnote", "² مقابلة مع مدير منظمة محلية في الموصل، 14 آذار 2025."),
    ],
]

#: two-column page (Chromium CSS columns, RTL: first column on the right)
TWO_COLUMNS: list[tuple[str, str]] = [
    ("heading", "ملخص الدراسة"),
    (
        "body",
        "تبحث هذه الورقة في العلاقة بين الأمن الوطني والمجتمع المدني في العراق خلال العقدين "
        "الأخيرين، وتسأل كيف تحوّلت المنظمات غير الحكومية من جهات إغاثية إلى فاعلين في صياغة "
        "السياسات الأمنية. وتعتمد الورقة على تحليل 120 وثيقة رسمية وتقريرًا صادرًا بين عامي "
        "2005 و2024، إضافة إلى أدبيات الأمننة (Buzan, 1991: 19).",
    ),
    (
        "body",
        "وتخلص الورقة إلى أن إشراك المنظمات في لجان الأمن المحلية يحدّ من العنف المجتمعي، "
        "لكنه يثير أسئلة عن استقلاليتها وحيادها. كما تبيّن أن الخطاب الرسمي يصف المنظمات "
        "تارةً بأنها «شريك» وتارةً بأنها «تهديد»، بحسب السياق السياسي وتوازنات القوى "
        "الإقليمية.",
    ),
    (
        "body",
        "وتقترح الورقة ثلاثة مسارات للبحث المستقبلي: قياس أثر برامج بناء الثقة، ومقارنة "
        "التجربة العراقية بتجارب لبنان والأردن، ودراسة دور المنصات الرقمية في تعبئة "
        "الشباب. وترى أن هذه المسارات تسهم في بناء سياسات أمنية أكثر شمولًا (الحيدري، "
        "2022: 45).",
    ),
]

#: an English page quoting Arabic: a left-to-right document must keep its order
ENGLISH: list[tuple[str, str]] = [
    ("heading", "Civil society and security in Iraq"),
    (
        "body",
        "Non-governmental organisations in Iraq have moved from relief to partnership "
        "(Dodge, 2012: 45). The phrase «المجتمع المدني» appears in 45% of the documents "
        "studied, see [3] and (Al-Ansari et al., 2021: 14). Local reports call them "
        "«شركاء في الأمن» rather than contractors.",
    ),
    ("body", "A second paragraph gives the year 2003 and the page range 102-105."),
]

#: (file stem, font) for the LibreOffice renderings of ESSAY
LIBREOFFICE_FONTS = {
    "lo_amiri": "Amiri",
    "lo_naskh": "Noto Naskh Arabic",
    "lo_sans": "Noto Sans Arabic",
}


def expected_text(blocks: list[tuple[str, str]]) -> str:
    """Body text the reader must give back: blocks separated by blank lines."""
    return "\n\n".join(text for _, text in blocks)


def _docx(blocks: list[tuple[str, str]], font: str, out: Path) -> None:
    """An RTL Word document with a running header and a page-number footer."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(14)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:cs"), font)
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), "28")
    rpr.append(size_cs)

    def rtl(paragraph: object) -> None:
        ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
        ppr.append(OxmlElement("w:bidi"))
        for run in paragraph.runs:  # type: ignore[attr-defined]
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.add_run(RUNNING_HEADER).font.size = Pt(10)
    rtl(header)
    footer = section.footer.paragraphs[0]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    footer._p.append(field)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    footer.alignment = 1
    for kind, block in blocks:
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(block)
        if kind == "heading":
            run.bold = True
            run.font.size = Pt(18)
            run_pr = run._r.get_or_add_rPr()
            run_pr.append(OxmlElement("w:bCs"))
            size_cs = OxmlElement("w:szCs")
            size_cs.set(qn("w:val"), "36")
            run_pr.append(size_cs)
        rtl(paragraph)
        paragraph.alignment = 3 if kind == "body" else 1  # justified body, centred headings
    doc.save(str(out))


def _page_html(header: str, number: int, blocks: list[tuple[str, str]]) -> str:
    body = "".join(
        f"<{'h2' if kind == 'heading' else 'p'}>{html.escape(text)}</{'h2' if kind == 'heading' else 'p'}>"
        for kind, text in blocks
        if kind != "footnote"
    )
    notes = "".join(f"<p>{html.escape(t)}</p>" for k, t in blocks if k == "footnote")
    return (
        f'<section class="page"><header>{html.escape(header)}</header>'
        f"<main>{body}</main><aside>{notes}</aside><footer>{number}</footer></section>"
    )


_CSS = """
@page { size: A4; margin: 0 }
body { margin: 0; font-family: 'Noto Naskh Arabic', serif; font-size: 15pt; }
.page { height: 297mm; box-sizing: border-box; padding: 18mm 22mm; display: flex;
        flex-direction: column; page-break-after: always; }
.page header { font-size: 10pt; text-align: center; border-bottom: 1px solid #999; }
.page main { flex: 1; text-align: justify; }
.page aside { font-size: 10pt; border-top: 1px solid #999; }
.page footer { font-size: 11pt; text-align: center; }
.cols main { column-count: 2; column-gap: 12mm; }
h2 { font-size: 19pt; }
"""


#: an Arabic paper with a Vancouver list of Latin entries, each long enough to wrap: Chromium
#: draws a Latin entry's label ``1.`` at the right end of its first line (``… the .1``), and
#: entry 2's last line is digits only (``904.``), whose glyph boxes sit lower than letters'.
LATIN_LIST: list[tuple[str, str]] = [
    (
        "body",
        "تعتمد المنظمات الإنسانية في العراق على التمويل الدولي اعتمادًا شبه كامل، وقد تراجع "
        "هذا التمويل بعد انتهاء العمليات العسكرية في الموصل عام 2017 [1]. وتشير تقارير "
        "المانحين إلى أن برامج تحقيق الاستقرار ربطت إعادة الإعمار بتقديرات أمنية [2، 3]، "
        "بينما بقيت المنظمات المحلية خارج دوائر القرار [4].",
    ),
    ("heading", "المراجع"),
    (
        "body",
        "1. Mercer A. Stabilisation aid and the politics of return in northern Iraq after the "
        "Islamic State. London: Routledge; 2020.",
    ),
    (
        "body",
        "2. Hartley E. Return without reconciliation: displacement and security in post-conflict "
        "Nineveh. J Refug Stud. 2021;34(2):1881-904.",
    ),
    (
        "body",
        "3. الدليمي خالد. عودة النازحين في محافظة نينوى: الأمن والهوية والمكان. بغداد: بيت "
        "الحكمة؛ 2021.",
    ),
    (
        "body",
        "4. Kell T, Farouk N. Local organisations and international funding in Iraq: a survey "
        "of partnerships. Disasters. 2019;43(4):720-41.",
    ),
]


#: a Persian paragraph with ZWNJs (written for the test): Chromium's text layer drops them
PERSIAN: list[tuple[str, str]] = [
    ("heading", "سازمان‌های غیردولتی و امنیت در عراق"),
    (
        "body",
        "سازمان‌های غیردولتی در عراق پس از سال ۲۰۰۳ نقش مهمی در کمک‌های انسانی داشته‌اند. "
        "این سازمان‌ها با تحریم‌های بین‌المللی و ناامنی روبه‌رو بوده‌اند و برنامه‌های بازسازی "
        "را در شهرهای شمالی پیش می‌برند. پژوهش‌های تازه نشان می‌دهد که اعتماد مردم به "
        "نهادهای محلی بیشتر از اعتماد به احزاب است (کریمی، ۱۳۹۹: ۴۵). بازگشت آوارگان "
        "بی‌برنامه و ناپایدار بوده است.",
    ),
]


#: a paragraph, a bordered table and the paragraph after it (written for the test): the row
#: ``2022 | 3,410 | 87 | نينوى`` is four cells, first cell on the right. Producers draw a
#: cell at a time, with no space between cells: read as one run of glyphs the numbers ran
#: together backwards (``873,4102022``) and the last row ran into the paragraph after it.
TABLE_INTRO = (
    "يعرض الجدول الآتي عدد المنظمات غير الحكومية المسجلة في العراق وعدد المنظمات التي علّقت "
    "الجهات الإدارية نشاطها في ثلاث سنوات متتالية، مع المحافظة التي سجلت أعلى عدد من قرارات "
    "التعليق في كل سنة."
)
TABLE_ROWS: list[list[str]] = [
    ["السنة", "المنظمات المسجلة", "المعلقة", "المحافظة الأعلى"],
    ["2022", "3,410", "87", "نينوى"],
    ["2023", "3,652", "142", "البصرة"],
    ["2024", "3,917", "63", "كركوك"],
]
TABLE_AFTER = (
    "ويتبين من الجدول أن قرارات التعليق بلغت ذروتها عام 2023، وهو ما يربطه الباحثون بتشديد "
    "شروط التمويل الأجنبي بعد الاحتجاجات."
)


def table_text() -> str:
    """What the reader must give for the table page: each row one block, its cells in
    logical order (the right-hand cell first) and apart."""
    rows = [("body", " ".join(row)) for row in TABLE_ROWS]
    return expected_text([("body", TABLE_INTRO), *rows, ("body", TABLE_AFTER)])


def _table_html() -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in TABLE_ROWS
    )
    css = "td { border: 1px solid #000; padding: 3px 10px; } table { border-collapse: collapse }"
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>{_CSS}'
        f'{css}</style></head><body><section class="page"><main><p>{html.escape(TABLE_INTRO)}'
        f"</p><table>{rows}</table><p>{html.escape(TABLE_AFTER)}</p></main></section></body></html>"
    )


def _table_docx(font: str, out: Path) -> None:
    """The table page as a right-to-left Word document (the table laid out right to left)."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(13)
    style.element.get_or_add_rPr().find(qn("w:rFonts")).set(qn("w:cs"), font)

    def rtl(paragraph: object, justify: bool) -> None:
        ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
        ppr.append(OxmlElement("w:bidi"))
        for run in paragraph.runs:  # type: ignore[attr-defined]
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        paragraph.alignment = 3 if justify else 2  # type: ignore[attr-defined]

    rtl(doc.add_paragraph(TABLE_INTRO), True)
    table = doc.add_table(rows=len(TABLE_ROWS), cols=len(TABLE_ROWS[0]))
    table.style = "Table Grid"
    table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
    for row, cells in zip(table.rows, TABLE_ROWS, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.paragraphs[0].add_run(text)
            rtl(cell.paragraphs[0], False)
    rtl(doc.add_paragraph(TABLE_AFTER), True)
    doc.save(str(out))


def _html(pages: list[list[tuple[str, str]]], css_class: str = "") -> str:
    inner = "".join(_page_html(RUNNING_HEADER, i + 1, b) for i, b in enumerate(pages))
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f'<style>{_CSS}</style></head><body class="{css_class}">{inner}</body></html>'
    )


def _chromium(page_html: str, out: Path, tmp: Path) -> None:
    src = tmp / (out.stem + ".html")
    src.write_text(page_html, encoding="utf-8")
    subprocess.run(
        [
            "chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--no-pdf-header-footer", f"--print-to-pdf={out}", src.as_uri(),
        ],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip


def _soffice(docx: Path, outdir: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip


def _broken_variants(good: Path) -> None:
    """Encrypted, truncated, image-only and partly image-only PDFs."""
    import pikepdf
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    with pikepdf.open(good) as pdf:
        pdf.save(DATA / "encrypted.pdf", encryption=pikepdf.Encryption(owner="o", user="secret"))
    data = good.read_bytes()
    (DATA / "truncated.pdf").write_bytes(data[: len(data) // 3])
    image = Image.new("L", (620, 877), 255)
    ImageDraw.Draw(image).rectangle((80, 100, 540, 140), fill=0)  # a scanned-looking text bar
    image.save(DATA / "image_only.pdf", resolution=75)
    mixed = pdfium.PdfDocument(str(good))
    scan = pdfium.PdfDocument(str(DATA / "image_only.pdf"))
    mixed.import_pages(scan, [0], index=1)
    mixed.save(str(DATA / "partly_scanned.pdf"))


def build() -> None:
    """Regenerate every test PDF in ``tests/ingest/data``."""
    DATA.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        for stem, font in LIBREOFFICE_FONTS.items():
            _docx(ESSAY, font, tmp / f"{stem}.docx")
            _soffice(tmp / f"{stem}.docx", tmp)
            shutil.copy(tmp / f"{stem}.pdf", DATA / f"{stem}.pdf")
        _chromium(_html(FOOTNOTED), DATA / "chromium_footnotes.pdf", tmp)
        _chromium(_html([TWO_COLUMNS], "cols"), DATA / "chromium_two_columns.pdf", tmp)
        english = (
            _html([ENGLISH]).replace('dir="rtl"', 'dir="ltr"').replace('lang="ar"', 'lang="en"')
        )
        _chromium(english, DATA / "chromium_english.pdf", tmp)
    build_latin_list()
    build_persian()
    build_table()
    _broken_variants(DATA / "chromium_footnotes.pdf")
    for pdf in sorted(DATA.glob("*.pdf")):
        print(f"{pdf.name}: {pdf.stat().st_size // 1024} KB")


def build_latin_list() -> None:
    """Only ``chromium_latin_list.pdf`` (added after the others were made)."""
    with tempfile.TemporaryDirectory() as name:
        _chromium(_html([LATIN_LIST]), DATA / "chromium_latin_list.pdf", Path(name))


def build_persian() -> None:
    """Only ``chromium_persian.pdf`` (added after the others were made)."""
    page = _html([PERSIAN]).replace('lang="ar"', 'lang="fa"')
    with tempfile.TemporaryDirectory() as name:
        _chromium(page, DATA / "chromium_persian.pdf", Path(name))


def build_table() -> None:
    """Only ``chromium_table.pdf`` and ``lo_table.pdf`` (added after the others were made)."""
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        _chromium(_table_html(), DATA / "chromium_table.pdf", tmp)
        _table_docx("Noto Naskh Arabic", tmp / "lo_table.docx")
        _soffice(tmp / "lo_table.docx", tmp)
        shutil.copy(tmp / "lo_table.pdf", DATA / "lo_table.pdf")


def test_committed_pdfs_are_small() -> None:
    pdfs = sorted(DATA.glob("*.pdf"))
    assert len(pdfs) >= 9, "run this module as a script to rebuild the test PDFs"
    assert all(p.stat().st_size < 100_000 for p in pdfs), [p.name for p in pdfs]


if __name__ == "__main__":
    only = {"--latin-list": build_latin_list, "--persian": build_persian, "--table": build_table}
    sys.exit(only[sys.argv[1]]() if sys.argv[1:] and sys.argv[1] in only else build())
