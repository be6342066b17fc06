"""The document language detector (issue 13): Arabic, Persian and English by wordfreq's lists
and the Persian letters, with each language's share of the words."""

from __future__ import annotations

from pathlib import Path

import pytest

from araseclit.ingest.language import MIN_LANGUAGE_SHARE, detect_language, word_language

ARABIC = """تواجه المنظمات غير الحكومية في العراق قيودا أمنية وإدارية متزايدة منذ عام 2014، إذ
تشترط السلطات الحصول على موافقات مسبقة قبل تنفيذ أي نشاط ميداني في المحافظات المحررة، كما
أن التمويل الخارجي جعل أولويات هذه المنظمات تابعة لما يريده المانحون لا لما تحتاجه
المجتمعات المحلية (الشامي، 2015: 40)."""

ENGLISH = """Non-governmental organisations in Iraq have operated under tightening security and
administrative constraints since 2014 (Keck & Sikkink, 1998, p. 12). Donor funding has shaped
their priorities more than local needs have (Hough, 2008), and several studies argue that the
registration rules of 2010 turned civil society into a licensed sector (Dodge, 2012; Al-Ali,
2014).

References

Dodge, T. (2012). Iraq: From war to a new authoritarianism. London: Routledge.
Hough, P. (2008). Understanding global security (2nd ed.). London: Routledge."""

PERSIAN = """سازمان‌های غیردولتی در عراق پس از سال ۱۳۹۳ با محدودیت‌های امنیتی و اداری
بیشتری روبه‌رو شده‌اند. به گفته پژوهشگران، کمک‌های مالی خارجی اولویت‌های این سازمان‌ها را
بیش از نیازهای جامعه محلی شکل داده است و بسیاری از آن‌ها ناچارند برای هر فعالیت میدانی از
دولت مجوز بگیرند (رضایی، ۱۳۹۸: ۴۵)."""

STYLES = Path(__file__).parents[2] / "benchmarks" / "data" / "citations" / "styles"


@pytest.mark.parametrize(
    ("text", "label"),
    [(ARABIC, "ar"), (ENGLISH, "en"), (PERSIAN, "fa"), (ARABIC + "\n\n" + ENGLISH, "en+ar")],
)
def test_the_language_of_a_paragraph(text: str, label: str) -> None:
    assert detect_language(text).label == label


def test_shares_add_up_and_name_the_main_language_first() -> None:
    found = detect_language(ARABIC + "\n" + ARABIC + "\n" + ENGLISH)  # 90 and 69 words
    assert found.languages == ("ar", "en")
    assert sum(found.shares.values()) == pytest.approx(1.0, abs=1e-3)
    assert found.shares["ar"] > found.shares["en"] >= MIN_LANGUAGE_SHARE


def test_an_arabic_text_about_persian_writers_stays_arabic() -> None:
    # Persian names spelt with Persian letters inside Arabic prose: a few fa words, not fa
    text = ARABIC + " ومن أبرز كتّاب الرواية الإيرانية صادق هدایت وسیمین دانشور ومحمود دولت آبادی."
    found = detect_language(text)
    assert found.label == "ar" and 0 < found.shares["fa"] < MIN_LANGUAGE_SHARE


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (ARABIC.replace("ي", "ی").replace("ك", "ک"), "ar"),  # typed on a Persian keyboard
        (PERSIAN.replace("ی", "ي").replace("ک", "ك"), "fa"),  # typed on an Arabic keyboard
    ],
)
def test_the_keyboard_s_ye_and_kaf_do_not_decide_the_language(text: str, label: str) -> None:
    found = detect_language(text)
    assert found.label == label and found.shares[label] > 0.9


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("في", "ar"),  # 0.035 in the Arabic list, 0.000005 in the Persian one
        ("فی", "ar"),  # the same word with the Persian ye
        ("كه", "fa"),  # Persian "که" with the Arabic kaf
        ("که", "fa"),
        ("الكلاسيكيين", "ar"),  # only the Arabic list knows it
        ("پژوهشگرانشان", "fa"),  # no list knows it: its Persian letters decide
        ("security", "en"),
        ("ﻻﻻﻻ", None),  # presentation forms: not a word of either list
    ],
)
def test_word_language(word: str, lang: str | None) -> None:
    assert word_language(word) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Неправительственные организации в Ираке работают в условиях ограничений.",
        "伊拉克的非政府组织在安全限制下工作。",
        "2014 2015 2016 — 12، 13، 14",
        # random Latin letters (as benchmarks/fuzz_inputs.py makes them): a script, no English
        "qzv hkrtwm ejx pfolq zbnd uyxqa wvkej tnfz qox yrhbl gxwz jvmqe kdzp xufo\n" * 3,
    ],
)
def test_text_in_no_supported_script_has_no_language(text: str) -> None:
    found = detect_language(text)
    assert found.label is None and found.script_share == 0.0


def test_the_project_documents_in_persian_and_english() -> None:
    persian = detect_language((STYLES / "dev_fa_korea.txt").read_text(encoding="utf-8"))
    english = detect_language((STYLES / "dev_en_scottish_apa.txt").read_text(encoding="utf-8"))
    assert (persian.label, english.label) == ("fa", "en")
