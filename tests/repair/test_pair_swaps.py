"""Letter pairs a font's ligature gave in the wrong order, read back by the word model."""

from __future__ import annotations

from araseclit.document import Line
from araseclit.repair.pair_swaps import fix_swapped_pairs


def _fixed(texts: list[str]) -> list[str]:
    lines = [Line(t, None, k) for k, t in enumerate(texts, start=1)]
    fix_swapped_pairs(lines)
    return [ln.text for ln in lines]


def test_a_fonts_swapped_pairs_are_read_back_where_the_document_shows_them() -> None:
    """pdftotext's text of a KacstOne PDF: ``ال`` before a meem, ``ثر``, ``ين``, ``بي`` given
    the wrong way round all through the document; each word is read back by one swap (or two,
    ``املرشوع``)."""
    damaged = [
        "تعمل املنظمات في أكرث من عشرين محافظة، في حني يقتصر التمويل الأجنيب على بعضها.",
        "ويرى الباحثون أن املرشوع لم يحقق أهدافه بسبب ضعف التنسيق مع الجهات الرسمية.",
    ]
    assert _fixed(damaged) == [
        "تعمل المنظمات في أكثر من عشرين محافظة، في حين يقتصر التمويل الأجنبي على بعضها.",
        "ويرى الباحثون أن المشروع لم يحقق أهدافه بسبب ضعف التنسيق مع الجهات الرسمية.",
    ]


def test_a_clean_text_with_a_rare_word_or_two_a_swap_would_make_common_is_left() -> None:
    """A clean text's rare words (a place, ``زامة``; a typo a swap would 'fix', ``الدارسات``)
    are no evidence of a font's damage: fewer than three such words, nothing changes."""
    clean = [
        "انتصر سكيبيو على هانيبال في معركة زامة سنة 202 قبل الميلاد، وانتهت بذلك الحرب.",
        "وتشير الدارسات الحديثة إلى أن المعركة غيرت ميزان القوى في البحر المتوسط كله.",
    ]
    assert _fixed(clean) == clean
