"""A visual line pypdfium2 cut at a marked letter, its pieces last first, read back in order
(:mod:`araseclit.repair.mark_cuts`). Sentences written for these tests."""

from __future__ import annotations

from araseclit.document import Line
from araseclit.repair.mark_cuts import full_line, rejoin_mark_cuts
from araseclit.textmodel.scorer import default_scorer

# full lines of the same paragraph: what a line's length is in the document
_FULL = [
    "وتناولت الجلسة الثانية واقع المنظمات المحلية في المحافظات الشمالية بعد انتهاء العمليات",
    "وأكد المشاركون أن التمويل الدولي تراجع في السنوات الأخيرة بنسبة كبيرة لم تكن متوقعة",
    "ودعت التوصيات الختامية إلى تعزيز التنسيق بين الجهات الحكومية والمنظمات غير الحكومية",
]


def _repair(texts: list[str]) -> list[str]:
    lines = [Line(t, None, n) for n, t in enumerate([*_FULL, *texts], start=1)]
    scorer = default_scorer()
    rejoin_mark_cuts(lines, scorer.score, lambda w: scorer.arabic.frequency(w) > 0)
    return [ln.text for ln in lines[len(_FULL) :]]


def test_two_pieces_cut_at_a_damma_come_back_in_order() -> None:
    # "... العمل عن بُعد ..." cut after the damma: the rest of the line comes first
    got = _repair(["عد أصبح جزءًا من الحياة اليومية للموظفين", "وأشار التقرير إلى أن العمل عن بُ"])
    assert got == ["وأشار التقرير إلى أن العمل عن بُعد أصبح جزءًا من الحياة اليومية للموظفين", ""]


def test_a_marked_letter_between_two_pieces_goes_back_inside_its_word() -> None:
    got = _repair(["ان لمناقشة خطة الاستجابة", "مّ", "وصل الوفد إلى ع"])
    assert got == ["وصل الوفد إلى عمّان لمناقشة خطة الاستجابة", "", ""]


def test_lines_that_show_no_cut_stay() -> None:
    texts = ["وأشار التقرير إلى أن العمل عن بعد أصبح شائعًا", "في المؤسسات العامة والخاصة"]
    assert _repair(texts) == texts


def test_a_lifted_tanween_is_no_cut_of_this_kind() -> None:
    # a tanween before a space is a lifted mark (lifted_tanween's), not a cut word's rest
    texts = ["ً ومن أبرز الأمثلة على ذلك", "كتب الباحث تقرير"]
    assert _repair(texts) == texts


def test_a_tanween_word_cut_before_its_alef_is_glued_with_its_tanween_before_the_alef() -> None:
    # Chromium's pypdfium2 cuts "بدلًا" before its alef, gives the rest of the line first,
    # and the word read backwards carries its tanween on its first letter
    got = _repair(["ا من أن تكون أداة للحوار بين الأطراف", "وأصبحت المنظمات جزءًا من الاستقطاب بًدل"])
    assert got == [
        "وأصبحت المنظمات جزءًا من الاستقطاب بدلًا من أن تكون أداة للحوار بين الأطراف",
        "",
    ]


def test_a_line_cut_at_two_tanween_words_comes_back_from_four_pieces() -> None:
    got = _repair(["ا في هذا القطاع بعد عام 2020", "عً", "ا سري", "وشهدت المدينتان تًوسع"])
    assert got == ["وشهدت المدينتان توسعًا سريعًا في هذا القطاع بعد عام 2020", "", "", ""]


def test_an_alef_opening_a_line_after_a_whole_tanween_word_is_no_cut() -> None:
    # the word before is whole ("عامًا"): the lines stay as they are
    texts = ["ا لم يعرفه أحد من قبل", "وقد استمر الحصار عامًا كاملًا"]
    assert _repair(texts) == texts


def test_a_line_cut_at_two_marked_letters_comes_back_from_five_pieces() -> None:
    # "سيُنفذ" and "تضرّرت" each cut at their marked letter, which is a piece of its own;
    # the five pieces come last first
    got = _repair(
        [
            "رت من السيول الأخيرة",
            "ضرّ",
            "نفذ خلال عامين في المدن التي ت",
            "يُ",
            "وأكد الوزير أن الخطة س",
        ]
    )
    assert got[0] == ("وأكد الوزير أن الخطة سيُنفذ خلال عامين في المدن التي تضرّرت من السيول الأخيرة")
    assert got[1:] == ["", "", "", ""]


def test_a_line_cut_at_a_word_start_and_at_a_marked_letter_comes_back() -> None:
    # cut after "مُ" (the piece ends on it) and around "وّ" (a piece of its own): four
    # pieces, last first, a whole piece between the two cuts
    got = _repair(["ر الخيام في المخيم منذ أسابيع", "وّ", "نذر وهو يص", "وكان معنا الزميل مُ"])
    assert got == ["وكان معنا الزميل مُنذر وهو يصوّر الخيام في المخيم منذ أسابيع", "", "", ""]


def test_a_marked_letter_opening_a_line_joins_its_word_not_the_next_line() -> None:
    # "رُفع" cut after its first letter, given last; the signature line after it is no
    # piece: a letter cut on both sides belongs inside a word, never a space away from it
    texts = [
        "عقد الاجتماع المقبل يوم الأحد في القاعة نفسها.",
        "فع الاجتماع في الساعة الثانية ظهرًا، على أن يُ",
        "رُ",
        "أمين السر: سامي خليل",
    ]
    got = _repair(texts)
    assert got[0] == (
        "رُفع الاجتماع في الساعة الثانية ظهرًا، على أن يُعقد الاجتماع المقبل يوم الأحد في"
        " القاعة نفسها."
    )
    assert got[1:] == ["", "", "أمين السر: سامي خليل"]


def test_the_full_line_is_measured_on_lines_that_are_no_pieces() -> None:
    # half the lines of the document are pieces: a quantile over every line is a piece's
    # length, over the whole lines it is a line's
    whole = [
        *_FULL,
        "ودعت اللجنة إلى مراجعة الإجراءات المتبعة في توزيع المساعدات على الأسر النازحة",
    ]
    pieces = ["ا على تاريخ نشره", "مً", "يعمل به بعد ثلاثين يو", "ا: البلدية", "يً", "ثان", "عً"]
    texts = [*pieces, "", *whole, *pieces]
    assert full_line(texts) >= min(len(t) for t in whole)
