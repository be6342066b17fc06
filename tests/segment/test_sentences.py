"""Sentence boundaries on realistic Arabic academic prose (table-driven)."""

from __future__ import annotations

import itertools

import pytest

from araseclit.segment import split_sentences


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


CASES = [
    # plain terminators; ؛ joins clauses of one sentence
    (
        "تراجعت الثقة بالمؤسسات. ماذا بعد؟ لا أحد يعرف!",
        ["تراجعت الثقة بالمؤسسات.", "ماذا بعد؟", "لا أحد يعرف!"],
    ),
    (
        "ضعفت الدولة؛ إذ تصاعد العنف الطائفي. ثم جاءت الاحتجاجات.",
        ["ضعفت الدولة؛ إذ تصاعد العنف الطائفي.", "ثم جاءت الاحتجاجات."],
    ),
    # citation inside, before the period
    (
        "يرى بوزان أن الأمن متعدد الأبعاد (Buzan، 1991: 19). وقد تأثرت البنية الأمنية.",
        ["يرى بوزان أن الأمن متعدد الأبعاد (Buzan، 1991: 19).", "وقد تأثرت البنية الأمنية."],
    ),
    # citation after the period stays with its sentence
    (
        "تتراجع الثقة بالمؤسسات الرسمية. (Dodge، 2020: 56) ويرى آخرون أن الأمر مختلف.",
        ["تتراجع الثقة بالمؤسسات الرسمية. (Dodge، 2020: 56)", "ويرى آخرون أن الأمر مختلف."],
    ),
    (
        "تنامى دور المنظمات المدنية. (الخفاجي، د.ت: 21). وبقيت التحديات قائمة.",
        ["تنامى دور المنظمات المدنية. (الخفاجي، د.ت: 21).", "وبقيت التحديات قائمة."],
    ),
    (
        "أشارت التقارير إلى ذلك. [3] ثم تغير الوضع.",
        ["أشارت التقارير إلى ذلك. [3]", "ثم تغير الوضع."],
    ),
    # abbreviations
    (
        "ويؤكد د. محمد الخفاجي (د.ت، ص. 45) أن الدولة ضعيفة. وهذا رأي آخر.",
        ["ويؤكد د. محمد الخفاجي (د.ت، ص. 45) أن الدولة ضعيفة.", "وهذا رأي آخر."],
    ),
    (
        "وهذا ما أكده Smith et al. في دراستهم عن العراق. وأضاف Dr. Hassan رأيًا مختلفًا.",
        ["وهذا ما أكده Smith et al. في دراستهم عن العراق.", "وأضاف Dr. Hassan رأيًا مختلفًا."],
    ),
    (
        "راجع Marr (2012, pp. 140-142) وكذلك ed. Helfont. ثم انظر الملحق.",
        ["راجع Marr (2012, pp. 140-142) وكذلك ed. Helfont.", "ثم انظر الملحق."],
    ),
    (
        "توفي الكاتب (ت. 1990) في بغداد. وترك أثرًا كبيرًا.",
        ["توفي الكاتب (ت. 1990) في بغداد.", "وترك أثرًا كبيرًا."],
    ),
    # numbers and section references
    (
        "كما بيّنا في القسم 2.4 فإن نسبة 3.5 مرتفعة. انظر القسم 2.5.",
        ["كما بيّنا في القسم 2.4 فإن نسبة 3.5 مرتفعة.", "انظر القسم 2.5."],
    ),
    # year suffixes: a boundary only when the text does not go on
    (
        "تأسست المنظمة عام 1444هـ./2022م. وبدأت عملها عام 2003م. ثم توسعت.",
        ["تأسست المنظمة عام 1444هـ./2022م.", "وبدأت عملها عام 2003م.", "ثم توسعت."],
    ),
    # guillemets keep a quoted sentence together
    (
        "قال الوزير «الأمن أولًا. ثم التنمية» في خطابه. وانتهت الجلسة.",
        ["قال الوزير «الأمن أولًا. ثم التنمية» في خطابه.", "وانتهت الجلسة."],
    ),
    # list numbers at a sentence start are no sentences of their own
    (
        "تقترح الدراسة ما يأتي: 1. سن قانون جديد. 2. إنشاء صندوق دعم.",
        ["تقترح الدراسة ما يأتي: 1. سن قانون جديد.", "2. إنشاء صندوق دعم."],
    ),
    # URLs and ellipses
    (
        "التقرير متاح على www.undp.org/iraq. وهو مفصل... إلى حد ما.",
        ["التقرير متاح على www.undp.org/iraq.", "وهو مفصل... إلى حد ما."],
    ),
    # a period glued between words by PDF repair is still a boundary; د.ت is not
    (
        "شرط توفر البيئة الداعمة.وخلال العقدين الماضيين تغير الكثير (د.ت).",
        ["شرط توفر البيئة الداعمة.", "وخلال العقدين الماضيين تغير الكثير (د.ت)."],
    ),
    # punctuation left alone by PDF repair joins the sentence before it
    (
        "تراجعت الثقة بالمؤسسات. ) . وبقيت التحديات قائمة.",
        ["تراجعت الثقة بالمؤسسات. ) .", "وبقيت التحديات قائمة."],
    ),
    # a word broken before its last letter by PDF extraction still ends the sentence
    (
        "وهو ما يمنح الفصائل موقعًا تفاوضيًا قوًي ا. كما تعرضت منظمات عدة للتهديد.",
        ["وهو ما يمنح الفصائل موقعًا تفاوضيًا قوًي ا.", "كما تعرضت منظمات عدة للتهديد."],
    ),
    (
        "ويرى ع. الخفاجي أن الدولة ضعيفة. وهذا رأي.",
        ["ويرى ع. الخفاجي أن الدولة ضعيفة.", "وهذا رأي."],
    ),
    # question followed by a citation
    (
        "هل تستطيع المنظمات سد الفراغ؟ (Ezzat، 2022: 133) هذا ما نناقشه.",
        ["هل تستطيع المنظمات سد الفراغ؟ (Ezzat، 2022: 133)", "هذا ما نناقشه."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text, expected):
    assert _sents(text) == expected


def test_no_sentence_crosses_a_paragraph_and_headings_stand_alone():
    text = (
        "2.2 خلفية الأمن الوطني في العراق\n\n"
        "يرتبط الأمن الوطني بعوامل سياسية واقتصادية\nواجتماعية متعددة\n\n"
        "وقد تأثرت البنية الأمنية بالتدخلات الخارجية. وهذا واضح."
    )
    assert _sents(text) == [
        "2.2 خلفية الأمن الوطني في العراق",
        "يرتبط الأمن الوطني بعوامل سياسية واقتصادية\nواجتماعية متعددة",
        "وقد تأثرت البنية الأمنية بالتدخلات الخارجية.",
        "وهذا واضح.",
    ]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\n\n", "نص بلا علامة ترقيم", "(Buzan، 1991: 19)", "؟؟؟", "...."],
)
def test_degenerate_inputs_cover_every_non_space_character(text):
    spans = split_sentences(text)
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
    assert all(s < e for s, e in spans)


def test_spans_are_ordered_and_disjoint():
    text = " ".join(c[0] for c in CASES)
    spans = split_sentences(text)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    assert "".join("".join(text[s:e] for s, e in spans).split()) == "".join(text.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قال م. حيدر العبيدي إن التنسيق ضروري. ثم أضاف أن التمويل شحيح.",
            ["قال م. حيدر العبيدي إن التنسيق ضروري.", "ثم أضاف أن التمويل شحيح."],
        ),
        (
            "وقع الاجتياح عام 2003 م. وبعدها تغيرت خريطة المنظمات.",
            ["وقع الاجتياح عام 2003 م.", "وبعدها تغيرت خريطة المنظمات."],
        ),
        (
            "توفي المؤلف سنة ٥٠٥ هـ. وترك كتباً كثيرة.",
            ["توفي المؤلف سنة ٥٠٥ هـ.", "وترك كتباً كثيرة."],
        ),
    ],
)
def test_an_era_letter_after_no_number_is_a_title(text: str, expected: list[str]) -> None:
    # "م." is مهندس before a name; after a year it is the era and may end the sentence
    assert [text[s:e] for s, e in split_sentences(text)] == expected
