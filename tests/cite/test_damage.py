"""Citation grammar over residual extraction damage that a repair leaves in the text.

Each case is a damage one extractor or font gives (named beside it); without the rule it
tests, the citation is lost or read with a wrong author, year or page.
"""

from __future__ import annotations

import pytest

from araseclit.cite import find_citations

DAMAGED = [
    # a tanween lifted out of its word stands alone inside the secondary lead-in (pdftotext)
    ("وتقول ليلى، ً نقلًا عن الساعدي (2018: 9) إن الري تراجع.", ("الساعدي", 2018, "9", "ليلى")),
    # a word before the reporting cue is no part of the secondary lead-in
    ("الموسم ويشير كامل، نقلًا عن العزاوي (2016: 40) إلى الجفاف.", ("العزاوي", 2016, "40", "كامل")),
    # both brackets lost around a secondary narrative citation
    ("ويرى كامل، نقلًا عن العزاوي 2016: 40 أن السدود أضرت بالأهوار.", ("العزاوي", 2016, "40", "كامل")),
    # Noto's lam-alef ligature given as alef then lam, in the cue and in the secondary marker
    ("ويالحظ الساعدي (2018: 12) أن الملوحة ارتفعت.", ("الساعدي", 2018, "12", None)),
    ("ويرى كامل، نقال عن العزاوي (2016: 41) أن الأمر خطير.", ("العزاوي", 2016, "41", "كامل")),
    # the name's closing guillemet carried into the bracket (pypdfium2 on Chromium PDFs)
    ("ويورد تقرير» مرصد المياه في البصرة («2021: 7) أن الملوحة ارتفعت.", ("مرصد المياه في البصرة", 2021, "7", None)),
    # the "(" lost and the name cut at its et al. (the first author is the word before)
    ("تراجعت المساحات المزروعة الساعدي وآخرون، 2018: 30. وفي", ("الساعدي وآخرون", 2018, "30", None)),
    # pdftotext cut "وآخرون" at a glyph gap
    ("تراجعت المساحات المزروعة (الساعدي وآخ رون، 2018: 30).", ("الساعدي وآخ رون", 2018, "30", None)),
    # an organisation's name pushed out before its bracket: back to the nearest head word
    ("وتشير الأرقام الرسمية هيئة الموارد المائية، (2020: 5). وفي", ("هيئة الموارد المائية", 2020, "5", None)),
    # the "(" drawn one word into the name: after the first author, or after a pair's "و"
    ("وانخفض منسوب النهر الساعدي (وآخرون، 2018: 30).", ("الساعدي وآخرون", 2018, "30", None)),
    ("كما يرى الباحثان كريمي و (صادقي، 1401: 19). وفي", ("كريمي و صادقي", 1401, "19", None)),
    # one letter of the word before left inside the bracket, before the name
    ("داخل أسواق العم (ل وزارة التجارة، 2019: 6). وهكذا", ("وزارة التجارة", 2019, "6", None)),
    # a year's suffix letter set apart and left after the name (pypdfium2 on Noto)
    ("وتكررت الانتهاكات (OHCHR b , 2021: 8).", ("OHCHR", 2021, "8", None)),
    # the kashida of "هـ" mapped to a run of junk (Noto with pdfplumber)
    ("ويرى الطبري (1441ه---/2020م: 5) أن الخراج.", ("الطبري", 1441, "5", None)),
    ("ويرى الطبري (1441ه,,,/2020م: 5) أن الخراج.", ("الطبري", 1441, "5", None)),
    # the "(" lost before a page given with a marker after a comma
    ("بعيدًا عن الاستقطاب العزاوي، 2016، ص. 12-14). وثانيها", ("العزاوي", 2016, "12-14", None)),
    # an opening bracket drawn inside a word the document writes whole elsewhere
    ("ونشرت التقارير الساع (دي، 2018: 3). الساعدي، علي (2018). المياه.", ("الساعدي", 2018, "3", None)),
    # ... but a one-letter piece ends the word before it, even one the document writes whole
    ("في أسواق العم (ل وزارة التجارة، 2019: 6). ويبقى العمل", ("وزارة التجارة", 2019, "6", None)),
    # the brackets drawn around a year's suffix letter instead of the locator (pypdfium2)
    ("وتشير OHCHR (b) 2021: 9 إلى استمرار الخطف.", ("OHCHR", 2021, "9", None)),
    # Latin punctuation drawn apart by Noto and given as loose runs by pypdfium2
    ("وتكرر الأمر (Human Rights Watch, 2018,. 5 p).", ("Human Rights Watch", 2018, "5", None)),
    ("ويبرر الخطاب العنف (Rahim n d p ,. .,. 7). وتلك", ("Rahim", None, "7", None)),
    ("وتوصي الدراسة بالشفافية (Open Budget Survey, 2021,. 14 16 pp –). وفي", ("Open Budget Survey", 2021, "14-16", None)),
    # an opener inside the last word of an organisation's name
    ("كما في تقارير هيئة المياه في إقليم كوردس (تان، 2019: 4). وفي إقليم كوردستان", ("هيئة المياه في إقليم كوردستان", 2019, "4", None)),
    # a mirrored ")" far before opened a bracket of prose whose first part is the citation
    ("في ) قطاعي الزراعة والري، ودفعت إلى البرلمان العزاوي، 2016: 5- 6؛ Lund, 2020: 8). وفي", ("العزاوي", 2016, "5-6", None), ("Lund", 2020, "8", None)),
    # a narrative bracket with another line's words between its year and its marked page
    ("ويذهب العزاوي (2016، ' إلى أن نجاح الري كان مرتبط ا بقدرة من ص. 31-29) على الحفاظ.", ("العزاوي", 2016, "29-31", None)),
    # after a cue, brackets drawn round a run of the line that ends in the name
    ("ويرى (ً أن السدود الكبيرة في المنبع صارت الساعدي)2018: 40 تهديدًا للأهوار.", ("الساعدي", 2018, "40", None)),
    # the "(" lost and the clause's colon after the page, with the alef of a split tanween
    # ending ("محددًا:" given as "محًدد ... ا:") standing alone before it
    ("سؤالًا محًدد الع) راقي كامل، عن العزاوي، 2016: 8 ا: كيف تعمل المنظمات", ("العزاوي", 2016, "8", "كامل")),
    # the ")" lost, the sentence's stop kept after the page
    ("وتراجعت الثقة (Lund & Kamil, 2016: 44. وتبين الأرقام", ("Lund & Kamil", 2016, "44", None)),
]  # fmt: skip


@pytest.mark.parametrize("case", DAMAGED)
def test_damaged_citation_is_read(case: tuple) -> None:
    text, *expected = case
    got = [(r["author"], r["year"], r["page"], r["via_original"]) for r in find_citations(text)]
    assert got == expected


def test_bracket_glued_inside_a_word_leaves_the_word_rest_out_of_the_name() -> None:
    """pypdfium2/Noto: a mirrored opening bracket put between the letters of a word."""
    text = "وهو ما يهدد الأمن الغذ) ائي الساعدي، 2018: 14؛ العزاوي، 2016: 3). وتبقى"
    got = [(r["author"], r["year"], r["page"]) for r in find_citations(text)]
    assert got == [("الساعدي", 2018, "14"), ("العزاوي", 2016, "3")]


def test_et_al_keeps_its_first_author_in_the_key() -> None:
    from araseclit.cite import author_key

    assert author_key("الساعدي وآخ رون") == author_key("الساعدي وآخرون") == "ساعدي"


def test_separator_drawn_a_word_early_moves_the_word_to_the_next_part() -> None:
    """pypdfium2: the ``؛`` between two works drawn inside a two-word organisation name."""
    text = "وثقت المنظمات الخطف (ICG, 2021: 4 Human؛ Rights Watch, 2020, p. 7). وفي"
    got = [(r["author"], r["year"], r["page"]) for r in find_citations(text)]
    assert got == [("ICG", 2021, "4"), ("Human Rights Watch", 2020, "7")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # LibreOffice/Noto: the first part's locator drawn as one run at the bracket's end
        (
            "ولم تنجح التسويات (,Weber, cited in Lund et al. Kamil, 2015: 77 12; 2020:). وفي",
            [("Lund et al.", "Weber", 2020, "12"), ("Kamil", None, 2015, "77")],
        ),
        # the comma drawn after "cited" and the next line's Arabic words inside a Latin part
        (
            "ولم تنجح التسويات (Weber cited, in Lund, 2020: 12; Kamil, 2015: 77).",
            [("Lund", "Weber", 2020, "12"), ("Kamil", None, 2015, "77")],
        ),
        (
            "ولم تنجح التسويات (Weber, cited المحلية in Lund, 2020: 12).",
            [("Lund", "Weber", 2020, "12")],
        ),
        # separators and commas given as loose runs: a page then a capital starts a work
        (
            "وضعفت المؤسسات) Lund ; , 2014: 9 Kamil & Al Tai - , 2018: 60).\n\nثانيًا",
            [("Lund", None, 2014, "9"), ("Kamil & Al Tai", None, 2018, "60")],
        ),
        # Chromium/pypdfium2: every locator of the bracket gathered into one run
        (
            "وتبقى الحلول (ً Weber cited in Lund et al , .,ا مؤقتة هشة 2019: 12, 2015: 77 ; Kamil).",
            [("Lund et al", "Weber", 2019, "12"), ("Kamil", None, 2015, "77")],
        ),
        (
            "وهو ما يسمى المفارقة (Weber cited in Lund & Kamil; Rahim, , 2017: 4, 2018: 90). وفي",
            [("Lund & Kamil", "Weber", 2017, "4"), ("Rahim", None, 2018, "90")],
        ),
        (
            "وتوسعت البرامج (Al- تأهيل المحطات الصغيرة Khalidi et al., 2019: 8).",
            [("Al-Khalidi et al.", None, 2019, "8")],
        ),
        (
            "ولم تنجح التسويات) Weber cited in, لا مؤقتة Lund et al., 2020: 12; Kamil, 2015: 77).",
            [("Lund et al.", "Weber", 2020, "12"), ("Kamil", None, 2015, "77")],
        ),
    ],
)
def test_latin_parts_with_moved_locators_and_words(text: str, expected: list[tuple]) -> None:
    got = [(r["author"], r["via_original"], r["year"], r["page"]) for r in find_citations(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("وتبين دراسات عدة تشير إليها]4، 5 أن الظاهرة قديمة.", [4, 5]),  # mirrored
        ("للمتطوعين المعرضين للمخاطر 9].", [9]),  # its "[" lost
        ("وصار للأمر بعد [2 ا إقليمي يرتبط بالجوار ، 8]. وتظهر", [2, 8]),  # split by words
    ],
)
def test_damaged_numeric_brackets(text: str, numbers: list[int]) -> None:
    assert [r["number"] for r in find_citations(text)] == numbers


CLEAN = [
    # a closing bracket glued to a word is ordinary text, not a misplaced opener
    "ويتناول المفهوم (الأمن الإنساني) الذي يربط بين الحماية والتنمية.",
    # an ordinary bracketed gloss in which a word precedes "وآخرون"
    "شارك الطلاب وآخرون في الحملة (نحو 300 متطوع) خلال الصيف.",
    # numbers and brackets of ordinary prose
    "وارتفع العدد إلى 300 متطوع [تقديرًا] في 2019، 45 منهم نساء.",
    # a date and a gloss beside a whole citation: no loose locator to give away
    "وفي الاحتجاجات (تشرين/أكتوبر 2019؛ انظر الملحق 3).",
    # locators alone in a bracket have no names to pair with
    "وتكرر ذلك في الدورتين (2019: 5؛ 2020: 7) من المسح.",
    # prose and counts beside locators are no name that lost its locator
    "ونفذت الشبكة مشاريعها (المرحلة الأولى في 12 قرية، ثم المرحلة الثانية عام 2020).",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count and an event year in the bracket's prose do not make a lost locator
        (
            "وجرى المسح (تشمل العينة 15 محافظة، وأجري المسح عام 2021، انظر: Haddad, 2011: 140).",
            [("Haddad", 2011, "140")],
        ),
        # words after a page, with a number, are prose ("see also Table 3")
        (
            "كما يرد في (Smith and Jones, 2019; Brown, 2020: 12 see also Table 3).",
            [("Smith and Jones", 2019, None), ("Brown", 2020, "12")],
        ),
    ],
)
def test_prose_in_a_bracket_is_no_lost_name(text: str, expected: list[tuple]) -> None:
    assert [(c["author"], c["year"], c["page"]) for c in find_citations(text)] == expected


def test_second_name_of_a_pair_is_no_whole_part() -> None:
    """A pair glued to the word before (``البرلمانDodge & Mansour``) gives no part of its
    second name alone, so the bracket's loose numbers are not handed out."""
    text = "إلى أروقة القض) اء الساعديLund & Kamil, 2020: 35-36؛ 2022:، 61). وفي"
    assert [r["author"] for r in find_citations(text) if r["author"] == "Kamil"] == []


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_gives_no_citation(text: str) -> None:
    assert find_citations(text) == []
