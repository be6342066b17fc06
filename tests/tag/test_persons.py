"""Issue 14 review: the person detector (araseclit.tag.persons) after titles and reporting verbs.

A generic source or role (``مصدر مطلع``, ``شهود عيان``), a verb (``غادر``), a verbal noun
(``فتح تحقيق``), a title (``رئيس المجلس``) or an indefinite accusative phrase (``وفدًا
أمريكيًا``) is no person; a name made of very common words (``محمد``, ``علي``, ``بن``,
``عبد الله``) is one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from araseclit.errors import ConfigError
from araseclit.tag import explain_text
from araseclit.tag.lexicon import load_word_list


def detected(text: str) -> list[str]:
    """People found by the pattern (not the lexicon)."""
    return [m["text"] for m in explain_text(text) if m["evidence"] == "pattern"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر مطلع إن المفاوضات ستستأنف الأسبوع المقبل في مسقط.",
        "وأكد مصدر أمني أن الهجوم استهدف نقطة تفتيش قرب الحدود.",
        "وذكر مصدر دبلوماسي أن السفارة ستغلق أبوابها مؤقتا.",
        "وأشار تقرير حقوقي إلى تزايد حالات الاختفاء القسري في البلاد.",
        "وقال استطلاع رأي نشر أمس إن غالبية الشباب يريدون الهجرة.",
        "وحذر خبراء أمميون من مجاعة وشيكة في البلاد.",
        "وأكد بيان صادر عن الجيش أن العملية انتهت.",
        "وقال شهود عيان إن الطائرات قصفت السوق المركزي.",
        "وقال الرئيس غادر القاعة قبل انتهاء الجلسة.",
        "وأعلنت الوزيرة فتح تحقيق في ملابسات الحادث.",
        "واستقبل الرئيس وفدًا أمريكيًا رفيعًا في القصر.",
        "واستقبل الرئيس وفدا أمريكيا رفيعا في القصر.",
        "وقال رئيس المجلس إن الجلسة المقبلة ستناقش الموازنة.",
    ],
)
def test_no_person_in_generic_sources(text: str) -> None:
    assert detected(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال السفير الفرنسي جان لوران إن باريس تدعم الحوار.", "جان لوران"),
        ("وأكد الباحث هشام داود أن الدولة تراجعت أمام العشائر.", "هشام داود"),
    ],
)
def test_person_after_title_still_found(text: str, name: str) -> None:
    assert detected(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الوزير محمد الخطيب إن الحكومة ستدعم المزارعين في الجنوب.", "محمد الخطيب"),
        ("وقال رئيس الوزراء علي الزيدي إن الانتخابات ستجري في موعدها.", "علي الزيدي"),
        ("وأكد الشيخ عبد الله النعيمي أن العشائر تدعم الدولة في الأنبار.", "عبد الله النعيمي"),
        ("وقال وزير الخارجية السعودي فيصل بن فرحان إن المملكة تدعم الحل السياسي.",
         "فيصل بن فرحان"),
        ("وقال الأمين العام أحمد أبو الغيط إن الجامعة تدعم الحوار.", "أحمد أبو الغيط"),
    ],
)  # fmt: skip
def test_common_name_words_are_names(text: str, name: str) -> None:
    assert detected(text) == [name]


def test_common_function_word_is_no_name() -> None:
    assert detected("وقال الرئيس على هامش القمة إن بلاده تدعم الحوار.") == []


def test_word_list_rejects_a_bad_word(tmp_path: Path) -> None:
    data = {"schema_version": 1, "version": "1", "description": "x", "groups": {"g": ["مصدرٌ"]}}
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ConfigError, match="diacritics"):
        load_word_list("bad", tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "ويقترح الباحث نموذجا لإعادة بناء الثقة بين المجتمع والدولة.",
        "تحول من رئيس معزول عربيا إلى ضيف دائم على القمم العربية.",
    ],
)
def test_a_common_noun_after_a_title_is_no_person(text: str) -> None:
    assert detected(text) == []


def test_a_rare_foreign_name_after_a_title_is_a_person() -> None:
    assert detected("واستقبل الرئيس هيتشيليما وفدا من رجال الأعمال في القصر.") == ["هيتشيليما"]


@pytest.mark.parametrize(
    "text",
    [
        "أكد رئيس الوزراء بدء العمل بالخطة الجديدة لإعادة الإعمار.",
        "وأعلن وزير الداخلية انطلاق الحملة الأمنية في المحافظة.",
        "وقرر رئيس المجلس تأجيل الجلسة إلى الأسبوع المقبل.",
    ],
)
def test_a_verbal_noun_after_a_title_is_no_name(text: str) -> None:
    """After a title, a common word with no article before a definite one heads a construct
    (``بدء العمل``: the start of the work), the object of the verb before the title."""
    assert [m["text"] for m in explain_text(text) if m["category"] == "person"] == []
