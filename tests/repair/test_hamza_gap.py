"""Gaps before a hamza-alef are closed only as a font's damage, never as a clean writer's habit.

A LibreOffice PDF set in Scheherazade leaves a space before every hamza-alef inside a word
("ال أحزاب", "بد أت"); clean text writes the vocative apart ("يا أيها") and some writers type
the conjunction apart too ("و أكد"). Repair must close the first and leave the others.
"""

from __future__ import annotations

from araseclit.repair import repair_text

# a news paragraph typed with the conjunction apart, before hamza-alef words and others
WAW_APART = (
    "و أكد وزير الخارجية أن الحكومة ماضية في خطتها، و أشار إلى أن المفاوضات مستمرة مع "
    "الأطراف كافة. و قال المتحدث باسم الوزارة إن الوفد سيصل غداً، و أضاف أن اللقاء سيتناول "
    "ملف المياه و الحدود. و أوضح مصدر دبلوماسي أن الاجتماع المقبل سيعقد في بغداد، و أن "
    "جدول الأعمال لم يحدد بعد."
)
# a speech with vocatives, its conjunction apart only before hamza-alef words
VOCATIVES = (
    "و أكد الخطيب في كلمته أن الوحدة ضرورة، و أشار إلى أن البلاد تمر بمرحلة صعبة، ثم قال: "
    "يا أيها الناس، إن الوطن أمانة. و أضاف مخاطباً الشباب: يا أخي، لا تترك أرضك، و أن "
    "المستقبل لكم. و أوضح أن الحكومة ستدعم المشاريع الصغيرة."
)
# a page of a Scheherazade PDF as pdftotext reads it: gaps inside words, the conjunction
# joined everywhere else, a vocative in a quotation
SCHEHERAZADE = """بد أت ال أحزاب المعارضة حملتها في ال أسبوع ال أخير قبل الاقتراع، وقالت إن
ال أرقام التي نشرتها اللجنة لم تقنع المراقبين، ل أن ال أصوات الملغاة كثيرة وكذلك
الطعون. وقال أحد المراقبين: يا أيها الناخبون، إن ال أمر بأيديكم، ونحن نراقب الفرز،
و أكد أن اللجنة ستعيد النظر في ال أيام المقبلة وستعلن النتائج وتنشرها كاملة."""


def test_a_conjunction_typed_apart_is_left_as_typed() -> None:
    assert repair_text(WAW_APART) == WAW_APART


def test_vocatives_and_a_detached_conjunction_are_no_font_damage() -> None:
    out = repair_text(VOCATIVES)
    assert out == VOCATIVES
    assert "يا أيها" in out and "يا أخي" in out


def test_a_scheherazade_page_is_closed_but_its_vocative_stays_apart() -> None:
    out = repair_text(SCHEHERAZADE)
    for word in ("بدأت", "الأحزاب", "الأسبوع", "الأخير", "الأرقام", "لأن", "الأصوات", "الأمر"):
        assert word in out.split(), word
    # the conjunction this page joins everywhere else is joined here too
    assert "وأكد" in out.split()
    assert "يا أيها" in out


def test_a_writer_who_types_waw_apart_only_before_hamza_is_left_alone() -> None:
    # the conjunction typed apart before every hamza-alef word ("و أكد", "و أشار") in a text
    # that joins it everywhere else ("وتوفر", "وقال", "والمحافظات") and has many words
    # opening with the letter و ("وضعت", "وطنية"): no font damage, nothing to close
    text = (
        "و أكد الخطيب في كلمته أن الوحدة ضرورة، و أشار إلى أن البلاد تمر بمرحلة صعبة. "
        "و أضاف أن الشباب هم الأمل، و أوضح أن الحكومة ستدعم المشاريع الصغيرة والمتوسطة "
        "وتوفر فرص العمل وتحمي الأسواق، وقال إن الوزارة والمحافظات وضعت خطة وطنية واسعة."
    )
    assert repair_text(text) == text
