"""Reference lists read from a PDF as they were written (issue 13: the PDF path of the styles
benchmark found 22 of 33 entries where the text path found 33).

Each test reads a PDF Chromium prints here from an HTML page of realistic entries (Persian
and Arabic lists, English entries with URLs and page ranges), as a user's browser or the
styles benchmark prints one, and compares what the reader gives with what was written.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from araseclit.document import Line
from araseclit.ingest import read
from araseclit.ingest.pdf import glue_after_dashes, one_digit_set
from araseclit.ingest.pdf_layout import Glyph, line_units

ZWNJ = "\u200c"

PERSIAN_ENTRIES = [
    "احمدی، رضا (۱۳۹۶). «سازمان‌های مردم‌نهاد و امنیت اجتماعی در شهرستان‌های مرزی». "
    "فصلنامه‌ی مطالعات خاورمیانه، ۲۶(۳)، ۶۵–۹۰.",
    "بهرامی، سارا (۱۴۰۰). «نقش گروه‌های امدادی در بازسازی موصل». پایان‌نامه‌ی کارشناسی "
    "ارشد، دانشگاه تهران.",
    "دلاوری، نرگس (۱۳۹۸). جامعه‌ی مدنی و بازسازی امنیت در عراق پس از داعش. تهران: انتشارات آگاه.",
    "Mansour, R. (2021). The Popular Mobilisation Forces and the balancing of formal and "
    "informal power. Middle East Report, 10(2), pp. 141–163. "
    "https://civic-monitor.example.org/iraq-civil-society-report-2021",
]

ARABIC_ENTRIES = [
    "البهادلي، جاسم محمد (٢٠١٧) «النزاعات العشائرية والأمن الإنساني في ميسان»، في: الشمري، "
    "عبد الأمير (محرر) المجتمع المدني في جنوب العراق. الحلة: دار الفرات، ص ص ٥٣–٨٠.",
    "الفريجي، زينب عادل (٢٠٢١) «المنظمات المحلية وحماية المدنيين في قرى الأهوار»، مجلة "
    "دراسات ميسانية، ٩(١٧)، ص ص ٨٨–١١٤.",
    "الساعدي، حيدر (٢٠١٩) الأمن المحلي في جنوب العراق. ط٢. كربلاء: دار الوارث.",
    "المالكي، رعد (٢٠١٤) الدولة والمجتمع والأمن. بغداد: مكتبة دجلة.",
    "Okafor, R. and Salim, D. (2020) 'Local NGOs and risk transfer in southern Iraq', Journal "
    "of Humanitarian Security Studies, 4(2), pp. 141–163. doi: 10.5555/jhss.2020.0042. "
    "Available at: https://misan-civic.example.org/safety-guide-for-field-staff",
]


def _print_pdf(entries: list[str], lang: str, out: Path) -> Path:
    """Chromium's print of an RTL page, one paragraph an entry, in a narrow column so that
    the Latin entries wrap (after the dashes of their URLs among other places)."""
    body = "".join(f"<p>{html.escape(e)}</p>" for e in entries)
    page = (
        f'<!doctype html><html lang="{lang}" dir="rtl"><head><meta charset="utf-8"><style>'
        'body { font-family: "Noto Naskh Arabic", "Noto Serif", serif; font-size: 13pt; '
        "width: 110mm; margin: 20mm; text-align: justify; }</style></head>"
        f"<body>{body}</body></html>"
    )
    src = out.with_suffix(".html")
    src.write_text(page, encoding="utf-8")
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", src.as_uri()],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The text ``ingest.read`` gives for each printed list, whitespace collapsed."""
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed")
    tmp = tmp_path_factory.mktemp("refs")
    return {
        lang: " ".join(read(_print_pdf(entries, lang, tmp / f"{lang}.pdf")).text.split())
        for lang, entries in (("fa", PERSIAN_ENTRIES), ("ar", ARABIC_ENTRIES))
    }


def _folded(text: str) -> str:
    """Guillemets as one character: their direction is tested apart."""
    return text.replace("»", "«")


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_every_entry_reads_as_written(printed: dict[str, str], lang: str) -> None:
    entries = PERSIAN_ENTRIES if lang == "fa" else ARABIC_ENTRIES
    assert [e for e in entries if _folded(e) not in _folded(printed[lang])] == []


@pytest.mark.slow
def test_arabic_guillemets_and_parentheses_keep_their_direction(printed: dict[str, str]) -> None:
    assert "«النزاعات العشائرية" in printed["ar"] and "(٢٠١٧)" in printed["ar"]
    assert "(۱۳۹۶)" in printed["fa"]


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="Chromium's print of a page in Persian (lang=fa) codes its guillemets as written "
    "but its parentheses as drawn; the reader un-mirrors every pair by one decision. Deciding "
    "pair by pair by nesting alone also turns a writer's own »…« (corpora/sample 05) round, "
    "so it waits for evidence from the font (the glyph a code was drawn with). (A page of "
    "two Arabic entries whose quotations run over line ends ties line by line, and is read "
    "as not mirrored: the tie broken over the whole text misread a XeLaTeX list through "
    "PDFium's glyphs.)",
)
def test_persian_guillemets_keep_their_direction(printed: dict[str, str]) -> None:
    assert "«سازمان‌های مردم‌نهاد" in printed["fa"] and "شهرستان‌های مرزی»." in printed["fa"]


@pytest.mark.slow
def test_zwnj_comes_back_from_the_forms_drawn(printed: dict[str, str]) -> None:
    word = r"[^\s«»().،:]*\u200c[^\s«»().،:]*"  # a word with a ZWNJ, without its punctuation
    written = {w for e in PERSIAN_ENTRIES for w in re.findall(word, e)}
    read_back = set(re.findall(word, printed["fa"]))
    assert len(written) == 7
    assert written == read_back
    assert ZWNJ not in printed["ar"]  # an Arabic list has none to find


@pytest.mark.slow
def test_a_line_broken_after_a_dash_joins_without_a_space(printed: dict[str, str]) -> None:
    for text in printed.values():
        assert not re.search(r"[A-Za-z0-9][-–] [A-Za-z0-9]", text), text
    assert "https://civic-monitor.example.org/iraq-civil-society-report-2021" in printed["fa"]
    assert "https://misan-civic.example.org/safety-guide-for-field-staff" in printed["ar"]


def _lines(*texts: str, para_start: tuple[int, ...] = (0,)) -> list[Line]:
    return [Line(t, 1, i + 1, "body", i in para_start) for i, t in enumerate(texts)]


def test_glue_only_where_the_dash_had_no_space_after_it() -> None:
    lines = _lines(
        "Middle East Report, 10(2), pp. 141–",
        "163. Available at: https://misan-",
        "civic.example.org (تاريخ الاطلاع ١٢ شباط ٢٠٢٣) ۶-",  # a note's label, then Persian
        "لیلا بهرامی، «تالاب هورالعظیم»، ص ۶۱ -",
        "70 (a dash written with a space before it)",
        "Al-",
        "Marashi, I. (2019) Iraq. London: Routledge.",
    )
    glue_after_dashes(lines)
    assert [ln.glue for ln in lines] == [False, True, True, False, False, False, True]
    new_paragraph = _lines("pp. 11–", "28. Next entry", para_start=(0, 1))
    glue_after_dashes(new_paragraph)
    assert not new_paragraph[1].glue


def test_a_number_is_written_in_one_digit_set() -> None:
    lines = _lines(
        "نوری، حامد (۱۳۹٦). جامعه مدنی، دوره ٦، شماره ۲ (۱۳۹۹)، ص ٦۱.",
        "الجبوري (٢٠١٦) ص ٦ و ٣٤.",  # Arabic-Indic throughout: left as written
        "Report 6 of 2016",
    )
    one_digit_set(lines)
    assert lines[0].text == "نوری، حامد (۱۳۹۶). جامعه مدنی، دوره ۶، شماره ۲ (۱۳۹۹)، ص ۶۱."
    assert lines[1].text == "الجبوري (٢٠١٦) ص ٦ و ٣٤."
    assert lines[2].text == "Report 6 of 2016"


def test_a_haraka_sits_on_its_letter_not_on_the_stop_after_it() -> None:
    # 'أولاً:' drawn colon first, then the tanween, then the alef under it (the stream order
    # of XeLaTeX's 'مساءً.' and of a Chromium heading): the mark went to the colon, 'أولا:ً'
    colon = Glyph(":", 96.0, 99.0, 100.0, 13.0, "Amiri", 0)
    tanween = Glyph("\u064b", 100.5, 100.5, 96.0, 13.0, "Amiri", 1)
    alef = Glyph("ا", 100.0, 103.0, 100.0, 13.0, "Amiri", 2)
    assert line_units([colon, tanween, alef]) == [":", "اً"]
    # a Latin accent still takes the base before it in the stream
    e, acute = (
        Glyph("e", 10.0, 15.0, 100.0, 13.0, "Serif", 0),
        Glyph("\u0301", 11, 11, 96, 13, "Serif", 1),
    )
    assert line_units([e, acute, Glyph(".", 15.0, 17.0, 100.0, 13.0, "Serif", 2)]) == ["é", "."]
