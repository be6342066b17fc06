"""Paragraphs of a printed page: a reference list set with a hanging indent, as APA, Chicago
and the Arabic journals set it and as a word processor exports it (no space between the
entries, each entry's wrapped lines indented), comes back one paragraph an entry; a body set
with first-line indents still parts its paragraphs where they start.

Each test reads a PDF Chromium prints here from an HTML page (A4, justified, Noto Naskh),
the way ``benchmarks/bench_citations_styles.py`` prints its documents.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from araseclit.ingest import read

ARABIC_LIST = [
    'أحمد، بيان (٢٠٢٠)، "المنظمات غير الحكومية في مخيمات النازحين"، في: هيوا الطالباني '
    "(محرر)، الأمن الإنساني في إقليم كردستان: أعمال ندوة أربيل، أربيل: مؤسسة زين للتوثيق "
    "والدراسات، ص ص ١٠٧-١٣٤.",
    "الدوسكي، كاميران (د.ت.)، العشائر والدولة في بهدينان، دهوك: مطبعة هاوار.",
    "عزيز، محمود (٢٠١٥)، الأحزاب والمجال العام في كردستان العراق، أربيل: دار آراس للطباعة والنشر.",
    "ماكدويل، ديفيد (٢٠٠٤)، تاريخ الأكراد الحديث، راجي عبد الله (مترجم)، ط٢، بيروت: دار الفارابي.",
    "[٧] البدري، رسل عباس. دور منظمات المجتمع المدني في تعزيز السلم الأهلي في محافظة ذي قار. "
    "رسالة ماجستير غير منشورة، كلية القانون والعلوم السياسية، جامعة ذي قار، الناصرية، ٢٠٢٢.",
    "مؤسسة ميترو للدفاع عن حقوق الصحفيين (٢٠٢٢)، التقرير السنوي عن الانتهاكات بحق الصحفيين "
    "والناشطين في إقليم كردستان لعام ٢٠٢١، السليمانية: مؤسسة ميترو، متاح على: "
    "https://www.metro-center.example.org/reports/2021 (تاريخ الزيارة: ٥/٢/٢٠٢٣).",
    "نوري، آزاد (٢٠١٣)، الإدارة المحلية في محافظات الإقليم، السليمانية: دار سردم للطباعة والنشر.",
]

BODY_PARAGRAPHS = [
    "تتناول هذه الورقة دور المنظمات غير الحكومية في إدارة المخاطر الأمنية في المحافظات "
    "الجنوبية بعد موجة الاحتجاجات، وتعتمد على مقابلات مع العاملين في الميدان وعلى تقارير "
    "الشبكات المحلية التي وثقت حوادث الاعتداء على المتطوعين خلال الأشهر الأولى من الأزمة.",
    "وتبين النتائج أن المنظمات المحلية أدت دور الوسيط بين الساحة والأجهزة الأمنية، وأن "
    "مدونات السلوك التي أصدرتها الشبكة خففت من المخاطر التي واجهها العاملون الميدانيون، "
    "لكنها لم تمنع حملات التشهير التي تعرضوا لها في وسائل التواصل الاجتماعي.",
    "وتخلص الورقة إلى توصيات عملية تخص إشراك ممثلي الشبكات المدنية في اللجان الأمنية "
    "الفرعية، ومراجعة النصوص القانونية التي تستعمل لتقييد التسجيل في ضوء التجارب المقارنة.",
]


def _print(paragraphs: list[str], css: str, out: Path) -> str:
    """What ``ingest.read`` gives for Chromium's print of the paragraphs, one ``<p>`` each."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>'
        '@page { size: A4; margin: 25mm; } body { font-family: "Noto Naskh Arabic", serif; '
        f"font-size: 13pt; text-align: justify; margin: 0; }} {css}</style></head>"
        f"<body>{body}</body></html>"
    )
    src = out.with_suffix(".html")
    src.write_text(page, encoding="utf-8")
    subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--print-to-pdf={out}", src.as_uri()],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return read(out).text


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


@pytest.fixture(scope="module")
def chromium() -> None:
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed")


@pytest.mark.slow
def test_a_list_with_hanging_indents_is_read_one_paragraph_an_entry(
    chromium: None, tmp_path: Path
) -> None:
    css = "p { margin: 0; padding-inline-start: 1.27cm; text-indent: -1.27cm; }"
    got = _paragraphs(_print(ARABIC_LIST, css, tmp_path / "hanging.pdf"))
    # the wrapped lines of an entry were read as paragraphs of their own (indented first
    # lines), and an entry that fills its line ran into the next one
    assert got == [" ".join(e.split()) for e in ARABIC_LIST]


@pytest.mark.slow
def test_first_line_indents_with_no_space_still_part_the_paragraphs(
    chromium: None, tmp_path: Path
) -> None:
    css = "p { margin: 0; text-indent: 1.27cm; }"
    got = _paragraphs(_print(BODY_PARAGRAPHS, css, tmp_path / "indented.pdf"))
    assert got == [" ".join(p.split()) for p in BODY_PARAGRAPHS]


#: Latin entries of an Arabic page's list, of lengths whose last lines run nearly to the left
#: edge once the hanging indent keeps them off the right one
LATIN_LIST = [
    "Haddad, S. (2016). Tribal mediation and the return of displaced families: Local "
    "administration in the districts of Anbar. Baghdad: Al-Rafidain Press.",
    "Morrow, L. (2019). Aid, access and armed actors: Negotiating humanitarian space in "
    "northern Iraq after the recapture of Mosul. London: Meridian Academic.",
    "Qasim, R., & Lund, E. (2021). Checkpoints and the everyday politics of relief convoys in "
    "Nineveh and Salah al-Din. Journal of Humanitarian Security, 9(3), 201–226.",
    "Tariq, N. (2018). Registration regimes for civil society organisations in federal Iraq "
    "and the Kurdistan Region: A comparison of laws. Erbil: Zagros Policy Institute.",
    "Wendt, K. (2020). Remote management and the transfer of security risk to local partners "
    "in protracted crises. Oxford: Clarendon Humanitarian Studies.",
    # a bulleted entry: its bullet is drawn at the right end of its first line
    '- Ines Vogel, "Paperwork and Protection: Civil Documentation after the Camps", Journal '
    "of Displacement Studies, vol. 12, no. 2, 2022, pp. 45–70.",
]


@pytest.mark.slow
def test_latin_entries_of_a_right_to_left_list_keep_their_closing_stop(
    chromium: None, tmp_path: Path
) -> None:
    # an Arabic paper's body and its list, Arabic entries then English ones, the entries
    # (not the body's paragraphs) set with a hanging indent
    paragraphs = [*BODY_PARAGRAPHS, *ARABIC_LIST, *LATIN_LIST]
    css = (
        f"p {{ margin: 0; }} p:nth-child(n+{len(BODY_PARAGRAPHS) + 1}) "
        "{ padding-inline-start: 1.27cm; text-indent: -1.27cm; }"
    )
    got = _paragraphs(_print(paragraphs, css, tmp_path / "latin.pdf"))
    # a last line reaching nearly to the left edge was read left to right, its closing stop
    # (drawn at its left end) opening it: "… Local .administration in the districts of …";
    # and a bullet ended the first line: "… Civil Documentation after the - Camps", …"
    assert got == [" ".join(e.split()) for e in paragraphs]
