"""Kashida glyph artefacts: a junk character learnt per document and taken out of words."""

from __future__ import annotations

import pytest

from araseclit.repair import repair_lines, repair_text
from araseclit.repair.kashida import (
    drop_kashida_glyphs,
    drop_kashida_junk,
    learn_kashida_glyphs,
    run_in_joining_word,
)

# a justified paragraph whose font left a junk glyph where each kashida stretched a word
STRETCHED = [
    "تسعى الحكو{k}مة إلى تط{k}وير شبكات الر{k}ي في المحافظات الجنو{k}بية",
    "وقد ناقش الب{k}احثون أثر الس{k}دود على الأراضي الزراع{k}ية عام 2019،",
    "ويرى المخت{k}صون أن الم{k}وارد المائية تتن{k}اقص في كل موس{k}م",
    "وتعمل المنظ{k}مات المدن{k}ية على توع{k}ية السك{k}ان بأهمية المي{k}اه",
    "ولم تنج{k}ح الخطط الس{k}ابقة في ح{k}ماية الأه{k}وار من الج{k}فاف",
    "وتبقى مس{k}ألة التم{k}ويل ع{k}ائقًا أمام تنف{k}يذ المش{k}اريع الكبرى",
]


def _document(junk: str) -> list[str]:
    return [line.format(k=junk) for line in STRETCHED]


@pytest.mark.parametrize("junk", ["33", "&&", ",,", "''", "--", "3", "&"])
def test_the_glyph_is_learnt_and_removed(junk: str) -> None:
    lines = _document(junk)
    assert learn_kashida_glyphs(lines) == junk[0]
    assert drop_kashida_junk(lines) == _document("")


@pytest.mark.parametrize("junk", ["8" * 19, '"' * 57, "&" * 8])
def test_a_short_justified_line_stretches_a_word_by_many_glyphs(junk: str) -> None:
    """Justifying a short line (a list item, a legal clause) spreads its slack over a few
    kashidas, each many glyphs long: Noto Naskh leaves ``ال8888888888وزارة``, Scheherazade
    ``الخط`` + quotes + ``وط``; one bounded run length left them all in place."""
    lines = _document(junk)
    assert learn_kashida_glyphs(lines) == junk[0]
    assert drop_kashida_junk(lines) == _document("")
    assert "تطوير شبكات الري" in repair_text("\n".join(lines))


@pytest.mark.parametrize("junk", [".", ".."])
def test_a_full_stop_glyph_does_not_make_the_document_look_reordered(junk: str) -> None:
    """Scheherazade's kashida glyph is a full stop (``اق..تراب``). Judged with the glyphs in,
    a logical document looked like clauses in the wrong order and was read in ``runs``
    order (a stripped pdftotext news text went from 18% to 51% CER)."""
    result = repair_lines("\n".join(_document(junk)))
    assert result.order == "logical"
    text = " ".join(ln.text for ln in result.lines)
    assert " ".join(text.split()) == " ".join(" ".join(_document("")).split())


def test_clean_text_shows_no_glyph() -> None:
    assert learn_kashida_glyphs(_document("")) == ""
    assert drop_kashida_junk(_document("")) == _document("")


def test_a_few_glyph_like_characters_are_no_evidence() -> None:
    """Hyphens joining two Arabic words a handful of times are real punctuation."""
    lines = [*_document(""), "العلاقة العراقية-التركية والعلاقة العراقية-الإيرانية"]
    assert learn_kashida_glyphs(lines) == ""


def test_real_digits_and_commas_beside_words_stay() -> None:
    line = "في عام 2014، وفي ح33دود 2003، نشرت 3 منظمات 5 تقارير"
    assert drop_kashida_glyphs(line, "3") == "في عام 2014، وفي حدود 2003، نشرت 3 منظمات 5 تقارير"


def test_the_glyph_after_a_letter_that_never_joins_is_kept() -> None:
    """A kashida only stretches a letter that joins the next one (not alef, dal, waw...)."""
    assert drop_kashida_glyphs("الد33ول", "3") == "الد33ول"
    assert drop_kashida_glyphs("الم33دن", "3") == "المدن"


def test_visual_order_lines_lose_the_glyph_too() -> None:
    """Reversed (visual) lines have the joining letter after the glyph: ``نار33يإو``."""
    assert drop_kashida_glyphs("نار33يإو ا33يكرت", "3") == "ناريإو ايكرت"


def test_pdftotext_embeddings_around_the_glyph_go_with_it() -> None:
    line = "\u202bتقع منابعهم\u202a33\u202cا خ\u202a33\u202cارج حدوده\u202c"
    assert drop_kashida_glyphs(line, "3") == "\u202bتقع منابعهما خارج حدوده\u202c"


def test_repair_text_removes_the_glyph() -> None:
    text = repair_text("\n".join(_document("&&")))
    assert "&" not in text
    assert "تطوير شبكات الري" in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("اعتمدت الدراسة منهجً**ا وصفيًا", "اعتمدت الدراسة منهجًا وصفيًا"),  # before the alef
        ("وكان الدور مهم* ا في المرحلة", "وكان الدور مهم ا في المرحلة"),  # before a gap
        ("وتعتمد الدراسة منهجًا وص*", "وتعتمد الدراسة منهجًا وص"),  # the line was cut there
        ("*دءا من عام 2003", "دءا من عام 2003"),  # ... and went on in the next
        ("ا**ًجهنم ةساردلا تدمتعا", "اًجهنم ةساردلا تدمتعا"),  # visual order
        ("(الحميد، :2019* 27)", "(الحميد، :2019 27)"),  # the stretched colon of a locator
        ("الحميد، ) 27 *:2019(", "الحميد، ) 27 :2019("),
    ],
)
def test_a_glyph_where_the_word_was_cut_or_marked_goes(raw: str, expected: str) -> None:
    assert drop_kashida_glyphs(raw, "*") == expected


@pytest.mark.parametrize(
    ("raw", "expected", "glyph"),
    [
        # LibreOffice Scheherazade / Noto Naskh: pdftotext cut the word at the stretch, the
        # run went with the second half (a space of the line inside the embedding)
        ("أي بلدية منش RRRRRRRRRRRRأة وفق أحكام القانون", "أي بلدية منش أة وفق أحكام القانون", "R"),
        ("يغرم المشترك عن كل يوم ت RRRRRأخير", "يغرم المشترك عن كل يوم ت أخير", "R"),
        ("\u202bثاني\u202a 8888888888888\u202cا", "\u202bثاني\u202a \u202cا", "8"),
    ],
)
def test_a_long_run_after_a_space_where_the_word_was_cut_goes(
    raw: str, expected: str, glyph: str
) -> None:
    assert drop_kashida_glyphs(raw, glyph) == expected


@pytest.mark.parametrize(
    "line",
    [
        "صدر القانون رقم 88 لسنة 1988م، وعدّل عام 2018م",
        "بلغ عدد المستفيدين 888 أسرة في 8 محافظات",
    ],
)
def test_numbers_of_the_text_before_a_word_stay_when_the_glyph_is_a_digit(line: str) -> None:
    assert drop_kashida_glyphs(line, "8") == line


@pytest.mark.parametrize(
    "line",
    [
        "نشر التقرير عام 2014، وبلغ عدد المنظمات 3 آلاف",
        "(Ismael & Ismael, 2015: 203) و (Smith, 2019, p. 3)",
        "العلاقات العراقية-التركية - والإيرانية",
    ],
)
def test_digits_commas_and_hyphens_of_the_text_stay(line: str) -> None:
    for glyph in "3,&-":
        assert drop_kashida_glyphs(line, glyph) == line


# Amiri draws a connector between kaf and lam that pdfplumber reads as "î" (logical order)
CONNECTED = [
    "تراجعت إمدادات الك\u00eeهرباء في الصيف الماضي",
    "لك\u00eeن المشاريع المتل\u00eeكئة بقيت على حالها",
    "ونشرت الهيئة تقاريرها على موقعها الإل\u00eeكتروني",
    "وحلل الباحث الك\u00eeربلائي عقود الك\u00eeهرباء",
]


def test_an_accented_latin_connector_inside_arabic_words_is_learnt_from_a_few_runs() -> None:
    assert learn_kashida_glyphs(CONNECTED) == "\u00ee"
    assert drop_kashida_junk(CONNECTED)[0] == "تراجعت إمدادات الكهرباء في الصيف الماضي"


def test_accented_latin_letters_of_names_are_text() -> None:
    """``ğ`` of a Turkish name sits among Latin letters, not inside Arabic words."""
    lines = [*CONNECTED[:1], "ويرى Kibaroğlu (2019: 12) أن السدود التركية غيرت مجرى الفرات"] * 3
    assert learn_kashida_glyphs(lines) == ""
    assert "Kibaroğlu" in drop_kashida_junk(lines)[1]


KINGS = [
    "حكم حمورابي بابل في حدود سنة 1792 ق.م وامتد حكمه أربعين سنة",
    "وبنى نبوخذ نصر أسوار المدينة في حدود سنة 600 ق.م بعد حروب طويلة",
    "وسقطت نينوى سنة 612 ق.م على يد تحالف من الميديين والبابليين",
    "ودخل كورش بابل سنة 539 ق.م فانتهى عهد الدولة البابلية الحديثة",
]


def test_dates_before_the_common_era_are_text_not_glyphs() -> None:
    """``ق.م`` twenty times over sits between two letters as a kashida glyph would, but in
    one word form only; taken for the glyph, it made the order look reversed and rotated
    every line (31% of the characters changed)."""
    lines = [KINGS[i % 4] for i in range(24)]
    assert learn_kashida_glyphs(lines) == ""
    text = "\n".join(lines)
    assert " ".join(repair_text(text).split()) == " ".join(text.split())


def test_quotation_marks_typed_against_words_stay() -> None:
    terms = ["الأمة", "الدولة", "الهوية", "المواطنة", "السيادة", "الشرعية", "العقد", "الثورة"]
    lines = [
        f'استعمل الكاتب مصطلح"{t}"في الفصل {n} من كتابه عن الفكر السياسي العربي'
        for n, t in enumerate(terms * 3, start=1)
    ]
    assert learn_kashida_glyphs(lines) == ""
    text = "\n".join(lines)
    assert " ".join(repair_text(text).split()) == " ".join(text.split())


def test_a_run_of_a_sign_glyph_before_a_word_is_text() -> None:
    # "***" and "..." typed before a word are text even where the document's kashida glyph is
    # that sign: only a letter or digit glyph run there is a cut word's junk
    assert drop_kashida_glyphs("انظر الفقرة ***أولاً", "*") == "انظر الفقرة ***أولاً"
    assert drop_kashida_glyphs("قال ...إن الأمر", ".") == "قال ...إن الأمر"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a left-to-right laid line: the word cut at its kashida between two right-to-left
        # embeddings, the glyph run between them with a space or two of the line in it
        (
            "\u202bاطي\u202caa a \u202bدوي احتي\u202caaaaa\u202bاز ي\u202c",
            "\u202bاطي\u202c\u202bدوي احتي\u202c\u202bاز ي\u202c",
        ),
        ("\u202bابت\u202ca\u202bلكي ث\u202c", "\u202bابت\u202c\u202bلكي ث\u202c"),
        ("اطيaa a دوي احتيaaaaaاز ي", "اطيدوي احتياز ي"),  # (the same, controls stripped)
        # a line stretched beside digits: the run stands next to no letter at all
        (
            "\u202bالاستحواذ\u202a" + "a" * 41 + "%54 :\u202c\u202c",
            "\u202bالاستحواذ\u202a%54 :\u202c\u202c",
        ),
        ("\u202b–\u202a%46 " + "a" * 60 + "\u202c\u202c", "\u202b–\u202a%46 \u202c\u202c"),
    ],
)
def test_a_latin_letter_glyph_goes_between_embeddings_and_in_long_runs(
    raw: str, expected: str
) -> None:
    """LibreOffice Scheherazade gives its kashida as a Latin letter, another one in each
    document (``C``, ``a``, ``B``, ``R``); pdftotext leaves the runs outside the words'
    embeddings, where the in-word patterns never see them (a sports report read 105% CER)."""
    assert drop_kashida_glyphs(raw, "a") == expected


@pytest.mark.parametrize(
    "line",
    [
        "\u202bزار الفريق\u202c A \u202bالموقع\u202c",  # a team named by one letter
        "\u202bراجع الموقع\u202c www.example.org \u202bللتفاصيل\u202c",
        "\u202bمجموعة\u202c AA \u202bو\u202c B",
    ],
)
def test_latin_letters_of_the_text_stay_when_the_glyph_is_a_letter(line: str) -> None:
    for glyph in "Aw":
        assert drop_kashida_glyphs(line, glyph) == line


def test_the_glyphs_taken_out_are_logged_as_their_own_operation_with_the_guards_gain() -> None:
    """Issue 11 (every applied operation logged with its score change): the raw lines'
    passes were logged as part of ``normalise``, with a gain of 0.0."""
    lines = repair_lines("\n".join(_document("&&"))).lines
    ops = [op for ln in lines for op in ln.ops]
    assert ops and all(op.name == "araseclit.repair.kashida_glyphs.v1" for op in ops)
    assert all("&" in op.before and "&" not in op.after and op.gain > 10 for op in ops)


@pytest.mark.parametrize(
    ("units", "run", "inside"),
    [
        ("تط33بيق", (2, 4), True),  # logical order: after tah, which joins
        ("قيب33طت", (3, 5), True),  # the same word in visual order (pdfplumber)
        ("المتحدة33الفا", (7, 9), False),  # teh marbuta and alef: neither joins on
        ("عام 33بيق", (4, 6), False),  # a space on one side: no word around it
        # glyph texts of a PDF line, visual order, a glyph of a ligature among them
        (["ق", "ي", "ب", "3", "3", "ط", "لا"], (3, 5), True),
        (["ل", "ا", ")", "ة", "د"], (2, 3), False),  # ")" between alef and teh marbuta
    ],
)
def test_one_detector_for_text_and_glyphs(
    units: str | list[str], run: tuple[int, int], inside: bool
) -> None:
    """A run inside a joining word, as only a kashida stands: the same test for text lines
    and for the glyphs of a PDF line (:mod:`araseclit.ingest.pdf_kashida`)."""
    assert (run_in_joining_word(units, *run) is not None) == inside


# more justified lines of an e-mail whose font left ">" for each kashida
EMAIL_STRETCHED = [
    "أؤك{k}د ل{k}ك الموع{k}د الجدي{k}د في القاع{k}ة نفس{k}ها بعد انته{k}اء الورش{k}ة",
    "أرس{k}لت ال{k}دعوة المع{k}دلة إلى المش{k}اركين وأك{k}د تس{k}عة منهم حض{k}ورهم",
    "ونت{k}رك التطب{k}يق العم{k}لي لل{k}يوم الث{k}اني في إع{k}دادات الهات{k}ف",
]
# the e-mail's own ">": quoting, nested quoting, a menu path, addresses, a comparison
EMAIL_TYPED = [
    "من: Shilan Aziz <shilan.aziz@example.org>",
    "> في الأربعاء 5 تشرين الثاني 2025، كتب Karwan Majeed <k.majeed@example.net>:",
    "> لا مانع عندي من التأجيل، لكن الأسبوع الأول لا يناسبني",
    "> > يؤسفني إبلاغك بأن الورشة لن تعقد في موعدها",
    "> > > We regret to inform you that Hall B is no longer available",
    ">",
    "> كاروان مجيد",
    "افتح Signal ثم اختر الإعدادات > الخصوصية > قفل الشاشة",
    ">>>> رسالة محولة من مكتب الفعاليات",
    "يكفي عدد المشاركين إذا كان > 20 شخصًا",
]


def _email(junk: str) -> tuple[list[str], list[str]]:
    stretched = STRETCHED + EMAIL_STRETCHED
    typed = EMAIL_TYPED * 3
    return (
        [ln.format(k=junk) for ln in stretched] + typed,
        [ln.format(k="") for ln in stretched] + typed,
    )


def test_a_glyph_the_text_also_types_is_learnt_from_the_words_it_stretches() -> None:
    """LibreOffice with Scheherazade left ``>`` for each kashida in an e-mail thread whose
    quoting, addresses and menu paths type ``>`` too: under half its runs sat inside words,
    so it was never learnt and pdftotext's text stayed at about 100% CER. Taken out of
    words it leaves dozens of known words, which no typed character does; the e-mail's own
    ``>`` all stay."""
    raw, clean = _email(">>")
    assert learn_kashida_glyphs(raw) == ">"
    assert drop_kashida_junk(raw) == clean


def test_an_email_that_only_types_the_sign_shows_no_glyph() -> None:
    _, clean = _email("")
    assert learn_kashida_glyphs(clean) == ""
    assert drop_kashida_junk(clean) == clean
