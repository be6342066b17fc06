"""Citations whose author and locator the scramble pulled apart are put back together."""

from __future__ import annotations

import pytest

from araseclit.document import Line
from araseclit.repair.cite_text import fix_turned_page_range
from araseclit.repair.cites import fix_citation_brackets, rejoin_citations


def _para(*texts: str) -> list[Line]:
    lines = [Line(t, None, i + 1) for i, t in enumerate(texts)]
    lines[0].para_start = True
    return lines


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # author and locator in one line, prose between
            ("وهو ما يرجّح (Dodge، عودة الأمن إلى طابعه العسكري 2020: 64). ومع ذلك",),
            ("وهو ما يرجّح (Dodge، 2020: 64) عودة الأمن إلى طابعه العسكري. ومع ذلك",),
        ),
        (  # across lines of one paragraph
            ("في صنع القرار (العبيدي، نموذج تنموي", "تشاركي تدمج فيه المنظمات 2022: 18)."),
            ("في صنع القرار (العبيدي، 2022: 18) نموذج تنموي", "تشاركي تدمج فيه المنظمات."),
        ),
        (  # the year stayed with the author, the page went
            ("في (Ezzat، 2022: الثقة الاجتماعية بين الدولة", "والمواطنين 139). وفي السنوات"),
            ("في (Ezzat، 2022: 139) الثقة الاجتماعية بين الدولة", "والمواطنين. وفي السنوات"),
        ),
        (  # the locator came before its author (the chunk order reversed around them)
            ("في قيادة المنظمات 2022: 33). وتشير الدراسات إلى قدرة على ربط (العلوي، المجتمع",),
            ("في قيادة المنظمات. وتشير الدراسات إلى قدرة على ربط (العلوي، 2022: 33) المجتمع",),
        ),
        (  # two openers, two locators: first to first
            (
                "الموارد (Transparency International، ومن ناحية (USAID، التمويل يعتمد على",
                "المانحين 2020: 14).الدوليين في تحديد الأولويات 2022: 16).",
            ),
            (
                "الموارد (Transparency International، 2020: 14). ومن ناحية (USAID، 2022: 16) "
                "التمويل يعتمد على",
                "المانحين الدوليين في تحديد الأولويات.",
            ),
        ),
    ],
)
def test_stray_locators_move_back_to_their_author(texts, expected) -> None:
    lines = _para(*texts)
    rejoin_citations(lines)
    assert tuple(ln.text for ln in lines) == expected


@pytest.mark.parametrize(
    "texts",
    [
        ("وفقًا لرؤية بوزان (بوزان، عن الخفاجي،", "2017: 21). وعلى هذا الأساس"),  # line-wrapped
        ("كما يرى (Hiltermann، 2017: 88) أن الأمن (الحميد، 2019: 27).",),  # whole citations
        ("ويؤكد تقرير «معهد الدراسات التنموية» (2022: 33) أن الأمن بلا تنمية يظل هشًا.",),
    ],
)
def test_whole_citations_stay(texts) -> None:
    lines = _para(*texts)
    rejoin_citations(lines)
    assert tuple(ln.text for ln in lines) == texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويرى ()Kaldor 2003: 78 أن المجتمع", "ويرى Kaldor (2003: 78) أن المجتمع"),
        ("ويرى Kaldor) (2003: 78 أن المجتمع", "ويرى Kaldor (2003: 78) أن المجتمع"),
        ("ويرى (Le)Billon 2005: 690 أن الريع", "ويرى Le Billon (2005: 690) أن الريع"),
        ("ويرى (Lederach 1997: (39 أن الوسطاء", "ويرى Lederach (1997: 39) أن الوسطاء"),
        ("ويرى Kibaroğlu (12 2019:) أن أنقرة", "ويرى Kibaroğlu (2019: 12) أن أنقرة"),
        ("ويخلص (Ismael &)Ismael 2015: 203 إلى", "ويخلص Ismael & Ismael (2015: 203) إلى"),
        ("ويرى) Kaldor 2003:) 78 أن المجتمع", "ويرى Kaldor (2003: 78) أن المجتمع"),
        ("ويؤكد Kibaroğlu 21 2019: () أن الدبلوماسية", "ويؤكد Kibaroğlu (2019: 21) أن الدبلوماسية"),
        # a page glued to the year's colon, as some typists write it (it once crashed here)
        ("ويرى ()Kaldor 2003:78 أن المجتمع", "ويرى Kaldor (2003:78) أن المجتمع"),
        ("ويرى )Kaldor (2003:78 أن المجتمع", "ويرى Kaldor (2003:78) أن المجتمع"),
        ("وتشير ()UNAMI b2020: 14 كذلك", "وتشير UNAMI (2020b: 14) كذلك"),
        ("مجهولين (UNAMI، b2020: 11). وتشير", "مجهولين (UNAMI، 2020b: 11). وتشير"),
        (  # a closer carried past the next author goes back to the citation that lost it
            "الغربية (Haddad, 2011: 131. ويرى الكعبي) (2020: 77) أن التنظيم",
            "الغربية (Haddad, 2011: 131). ويرى الكعبي (2020: 77) أن التنظيم",
        ),
        ("ويضيف الخفاجي ((2018: 64) أن المنظمات", "ويضيف الخفاجي (2018: 64) أن المنظمات"),
        ("ويلاحظ محمدی ()1401: 23) أن غياب", "ويلاحظ محمدی (1401: 23) أن غياب"),
        ("ويرى الكعبي) (2020، ص. 82) أن", "ويرى الكعبي (2020، ص. 82) أن"),
        ("المتطرفة (UNDP p , 2020,. 31). وتبين", "المتطرفة (UNDP, 2020, p. 31). وتبين"),
        ("للري) UNEP p , 2019,. 14). وفي صيف", "للري (UNEP, 2019, p. 14). وفي صيف"),
        ("المتاحة (UNICEF pp – , 2021,. 8 9).", "المتاحة (UNICEF, 2021, pp. 8–9)."),
        ("المتاحة (UNICEF, 2021, pp –. 8 9).", "المتاحة (UNICEF, 2021, pp. 8–9)."),
        (
            "للتدخل (& Ismael Ismael، 2015: 121). ويضيف",
            "للتدخل (Ismael & Ismael، 2015: 121). ويضيف",
        ),
        (
            "التمويل (;Dodge, 2012: 45 Marr & Al-Marashi, 2017: 301).",
            "التمويل (Dodge, 2012: 45; Marr & Al-Marashi, 2017: 301).",
        ),
        ("وانتخابات عام 2021]، 9 10]. أما", "وانتخابات عام 2021 [9، 10]. أما"),
        ("وانتخابات عام 2021 [، 9 10]. أما", "وانتخابات عام 2021 [9، 10]. أما"),
        ("المعرضين للخطر] 10].", "المعرضين للخطر [10]."),
        ("كما في [4، 10] و[6–8].", "كما في [4، 10] و[6–8]."),
        (
            "والقضاء (الكربلائيDodge & Mansour, 2020: 61 35-36؛ 2022: ،). ويؤكد",
            "والقضاء (الكربلائي، 2022: 35-36؛ Dodge & Mansour, 2020: 61). ويؤكد",
        ),
        (
            "الذاتي (خسرويNatali, 2010: 70 71؛ 1402: ،).",
            "الذاتي (خسروي، 1402: 71؛ Natali, 2010: 70).",
        ),
        (
            "الخطف (Amnesty؛ International, 2019, p. 2 HRW, 2020: 9). ويفيد",
            "الخطف (Amnesty International, 2019, p. 2؛ HRW, 2020: 9). ويفيد",
        ),
        (
            "والأمنية (Ali-Al؛ & Pratt, 2009: 77 العبيدي، 2021: 33).",
            "والأمنية (Al-Ali & Pratt, 2009: 77؛ العبيدي، 2021: 33).",
        ),
        ("ويرى Al-Ali (2018: 5) أن", "ويرى Al-Ali (2018: 5) أن"),
        ("ويرى Lederach (1997:) ) 39 أن الوسطاء", "ويرى Lederach (1997: 39) أن الوسطاء"),
        ("للتهديد (ICG, 2018, (p. 9.", "للتهديد (ICG, 2018, p. 9)."),
        ("الرؤوس (UNAMI a, 2020: 3). كما", "الرؤوس (UNAMI, 2020a: 3). كما"),
        ("وتشير UNAMI (b 2020: 14) كذلك", "وتشير UNAMI (2020b: 14) كذلك"),
        ("ويرى الربيعي (1443ـه2022/م: 88) أن", "ويرى الربيعي (1443هـ/2022م: 88) أن"),
        # before an Arabic-script author the name's first word is unknown: left as it is
        (
            "بين عامي 2003و 2010) وزارة التخطيط، 2019: 11).",
            "بين عامي 2003و 2010) وزارة التخطيط، 2019: 11).",
        ),
        ("ويرى الربيعي (1443هـ2022/م: 88) أن", "ويرى الربيعي (1443هـ/2022م: 88) أن"),
        ("عليه (Hasan, d.n., p. 4). رابعًا", "عليه (Hasan, n.d., p. 4). رابعًا"),
        ("عليه (الحسيني، ت.د: 12). رابعًا", "عليه (الحسيني، د.ت: 12). رابعًا"),
        ("ويرى الربيعي (1443هـ/2022م: 88) أن", "ويرى الربيعي (1443هـ/2022م: 88) أن"),
        ("المتطرفة (UNDP, 2020, p. 31). وتبين", "المتطرفة (UNDP, 2020, p. 31). وتبين"),
        # already whole: unchanged
        ("وقد (انظر الفصل 2) (2020: 5) أن", "وقد (انظر الفصل 2) (2020: 5) أن"),
        ("ويرى Kaldor (2003: 78) أن المجتمع", "ويرى Kaldor (2003: 78) أن المجتمع"),
        ("في بناء الاستقرار (Kaldor 2003: 78).", "في بناء الاستقرار (Kaldor 2003: 78)."),
        (
            "التمويل (Dodge, 2012: 45; Marr, 2017: 301).",
            "التمويل (Dodge, 2012: 45; Marr, 2017: 301).",
        ),
        ("بعد عام 2003: تغيرت (الأولويات) كثيرًا", "بعد عام 2003: تغيرت (الأولويات) كثيرًا"),
    ],
)
def test_narrative_citation_brackets_come_back(text: str, expected: str) -> None:
    lines = [Line(text, None, 1, kind="body")]
    fix_citation_brackets(lines)
    assert lines[0].text == expected
    assert lines[0].changed is (text != expected)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (  # the page alone further on, its bracket gone elsewhere
            (
                "وتبقى المشاركة شرطًا للاستقرار (الجنابي، 2021:",
                "ومع — (أن الدولة لم تعترف بالمنظمات إلا متأخرة 42 حين",
            ),
            "وتبقى المشاركة شرطًا للاستقرار (الجنابي، 2021: 42) ومع — (أن الدولة لم تعترف "
            "بالمنظمات إلا متأخرة حين",
        ),
        (  # the page run written backwards, stop and bracket first
            (
                "في صياغة القوانين (Rahmani، 2019:",
                "ويرى الباحثون أن التقارب بين الدولة والمجتمع.(88 ضروري",
            ),
            "في صياغة القوانين (Rahmani، 2019: 88) ويرى الباحثون أن التقارب بين الدولة والمجتمع ضروري",
        ),
        (  # the page opens the next line behind the bracket that closes the citation
            ("وقد ارتفعت الملوحة. ويرى Kibaroğlu (2019:", "(12 أن أنقرة تنظر إلى المياه"),
            "وقد ارتفعت الملوحة. ويرى Kibaroğlu (2019: 12) أن أنقرة تنظر إلى المياه",
        ),
        (  # the opener mirrored too
            ("وقد ارتفعت الملوحة. ويرى Kibaroğlu )2019:", "(12 أن أنقرة تنظر إلى المياه"),
            "وقد ارتفعت الملوحة. ويرى Kibaroğlu (2019: 12) أن أنقرة تنظر إلى المياه",
        ),
        (  # the same in a parenthetical citation
            ("تراجعت الإيرادات المائية (الأسدي، 2021:", ") 45 وفي الصيف"),
            "تراجعت الإيرادات المائية (الأسدي، 2021: 45) وفي الصيف",
        ),
        (  # a Latin author cut at the line end, its opener left among the words
            (
                "أسهمت مشاركة الجمعيات (Oxfamالأهلية في رصد الإنفاق العام",
                "International، 2018: 12). وفي",
            ),
            "أسهمت مشاركة الجمعيات الأهلية في رصد الإنفاق العام (Oxfam International، 2018: 12). وفي",
        ),
    ],
)
def test_pieces_of_a_citation_the_scramble_moved_come_back(texts, expected) -> None:
    lines = _para(*texts)
    rejoin_citations(lines)
    assert " ".join(ln.text for ln in lines) == expected


@pytest.mark.parametrize(
    "texts",
    [  # a page already in place, a number in prose, a Latin gloss: nothing moves
        ("وبلغ عدد الجمعيات (الجنابي، 2021: 42) نحو 300 جمعية.",),
        ("وقد سجلت الوزارة 120 منظمة في العام نفسه (وزارة التخطيط، 2021: 7).",),
        ("وتعمل المنظمات (NGOs) في 18 محافظة.",),
    ],
)
def test_whole_text_with_numbers_stays(texts) -> None:
    lines = _para(*texts)
    rejoin_citations(lines)
    assert tuple(ln.text for ln in lines) == texts


def test_a_last_letter_at_the_line_front_goes_back_to_its_author() -> None:
    lines = _para("ی» تمكين المرأة» (محمد، 1400: 12). ويرى محمدی أن التمكين يبدأ من الأسرة")
    rejoin_citations(lines)
    assert lines[0].text == "«تمكين المرأة» (محمدی، 1400: 12). ويرى محمدی أن التمكين يبدأ من الأسرة"


def test_a_lone_letter_stays_when_the_document_never_writes_the_longer_name() -> None:
    text = "ي المجتمع المدني (الخفاج، 2018: 4) والدولة"
    lines = _para(text)
    rejoin_citations(lines)
    assert lines[0].text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ويعمل في المحافظة أكثر من 300) جمعيةOxfam International، 2018: 12). وفي",
            "ويعمل في المحافظة أكثر من 300 جمعية (Oxfam International، 2018: 12). وفي",
        ),
        (  # the closer closes something: unchanged
            "ينظر (الفصل 2) تقرير Oxfam International، 2018: 12).",
            "ينظر (الفصل 2) تقرير Oxfam International، 2018: 12).",
        ),
    ],
)
def test_an_opener_one_word_off_comes_back(text: str, expected: str) -> None:
    lines = [Line(text, None, 1, kind="body")]
    fix_citation_brackets(lines)
    assert lines[0].text == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (
            ("للتدخل الخارجي (& Ismael", "Ismael، 2015: 121). ويضيف"),
            ("للتدخل الخارجي (Ismael &", "Ismael، 2015: 121). ويضيف"),
        ),
        (
            ("من تركيا وإيران. ويؤكد Kibaroğlu", "(21 2019:) أن الدبلوماسية"),
            ("من تركيا وإيران. ويؤكد Kibaroğlu", "(2019: 21) أن الدبلوماسية"),
        ),
        (  # whole citations over a line break: unchanged
            ("للتدخل الخارجي (Ismael & Ismael،", "2015: 121). ويضيف"),
            ("للتدخل الخارجي (Ismael & Ismael،", "2015: 121). ويضيف"),
        ),
    ],
)
def test_citation_fixes_reach_over_a_line_break(texts, expected) -> None:
    lines = _para(*texts)
    fix_citation_brackets(lines)
    assert tuple(ln.text for ln in lines) == expected


def test_an_abbreviated_page_range_is_not_turned_round() -> None:
    assert fix_turned_page_range("(Smith, 2019: 123-45)") == "(Smith, 2019: 123-45)"
    assert fix_turned_page_range("(الكربلائي، 2022: 36-35؛") == "(الكربلائي، 2022: 35-36؛"
