"""One-line character repairs: table-driven, including inputs that must stay unchanged."""

from __future__ import annotations

import pytest

from araseclit.repair import (
    decompose_presentation_forms,
    drop_bidi_controls,
    drop_unmapped_glyphs,
    fix_latin_comma,
    fix_ligature_order,
    fix_locator_order,
    fix_reversed_digits,
    fix_swapped_lam_alef,
    join_detached_marks,
    join_stray_last_letter,
    move_heading_number,
    repair_text,
    tidy_spacing,
    unify_persian_letters,
    unmirror_brackets,
)


@pytest.mark.parametrize(
    ("fn", "raw", "expected"),
    [
        (drop_bidi_controls, "\u202bالمجلد \u202a14\u202c\u202c", "المجلد 14"),
        (drop_bidi_controls, "\u200fالعراق\u200e", "العراق"),
        (drop_bidi_controls, "الأمن الوطني", "الأمن الوطني"),
        (decompose_presentation_forms, "\ufedf\ufef4\ufee8\ufe8e\ufee5", "لينان"),
        (decompose_presentation_forms, "\ufefb\u0020\ufe8d", "لا ا"),
        # NFKC would give Urdu heh goal / Farsi yeh; repair gives the Arabic letters
        (decompose_presentation_forms, "\ufba6\ufbfc", "هي"),
        (decompose_presentation_forms, "المنظمات", "المنظمات"),
        (unify_persian_letters, "الکعبی", "الكعبي"),
        # kashida glyphs with no text: pypdfium2 control characters, pdftotext asterisks
        (drop_unmapped_glyphs, "غ\x1fير الحكومي\x1fة", "غير الحكومية"),
        (drop_unmapped_glyphs, "بني**ة الدول**ة", "بنية الدولة"),
        (drop_unmapped_glyphs, "د(cid:30)(cid:30)متعي", "دمتعي"),
        (drop_unmapped_glyphs, "انظر الجدول* (2019: 27)", "انظر الجدول* (2019: 27)"),
        # a final yeh emitted as a glyph of its own, beyond the bracket (raw)
        (join_stray_last_letter, "2020  ،ی)الکعب", "2020  )الکعبی،"),
        (join_stray_last_letter, "والإنساني (الکعبی، 2020)", "والإنساني (الکعبی، 2020)"),
        (join_stray_last_letter, "و(الدولة) في(المجتمع)", "و(الدولة) في(المجتمع)"),
        # in a document whose font reads every lam-alef alef first
        (fix_swapped_lam_alef, "ال يعد الأمن وال الاستقرار", "لا يعد الأمن ولا الاستقرار"),
        (fix_swapped_lam_alef, "إال أن لألمن تحوالت خالل", "إلا أن للأمن تحولات خلال"),
        (fix_swapped_lam_alef, "قال الله إن أعمال المجال", "قال الله إن أعمال المجال"),
        (fix_swapped_lam_alef, "دعم لالستقرار ولالحتجاجات", "دعم للاستقرار وللاحتجاجات"),
        # lam-alef ligatures read alef first
        (fix_ligature_order, "واألمن الإقليمي", "والأمن الإقليمي"),
        (fix_ligature_order, "االستقرار ومجاالت", "الاستقرار ومجالات"),
        (fix_ligature_order, "فاعاًل جديدًا", "فاعلًا جديدًا"),
        (fix_ligature_order, "عىل الرغم", "على الرغم"),
        (fix_ligature_order, "والاستقرار قال أعمال مسألة", "والاستقرار قال أعمال مسألة"),
        (fix_ligature_order, "عشرات الآالف من آالت الري", "عشرات الآلاف من آلات الري"),
        # the ligature given a fathatan it cannot carry, inside a word or as a word of its own
        (fix_ligature_order, "عاد اًلحقًا إلى حااًلت", "عاد لاحقًا إلى حالات"),
        (fix_ligature_order, "اًالقتصادي وااًلجتماعي", "الاقتصادي والاجتماعي"),
        (fix_ligature_order, "لًا يكفي ولًا يغني", "لا يكفي ولا يغني"),
        (fix_ligature_order, "بإيران، واًل حول دورها", "بإيران، ولا حول دورها"),
        (fix_ligature_order, "فض اًل عن", "فض لًا عن"),  # a word's end after a kashida gap
        (fix_ligature_order, "بديلًا واضحًا مسؤولًا", "بديلًا واضحًا مسؤولًا"),
        (fix_reversed_digits, "مجلة الجامعة 6202 لسنة", "مجلة الجامعة 2026 لسنة"),
        (fix_reversed_digits, "عام 2017", "عام 2017"),
        (fix_reversed_digits, "أكثر من 6000 منظمة", "أكثر من 6000 منظمة"),
        (fix_reversed_digits, "رضايي، مهدي (1402). طهران", "رضايي، مهدي (1402). طهران"),
        (fix_latin_comma, "(Hiltermann  ،2017: 88)", "(Hiltermann، 2017: 88)"),
        (fix_latin_comma, "(Hiltermann، 2017: 88)", "(Hiltermann، 2017: 88)"),
        (fix_locator_order, "(حسن، 58:  2021)", "(حسن، 2021: 58)"),
        (fix_locator_order, "(الحميد، :2019 27)", "(الحميد، 2019: 27)"),
        (fix_locator_order, "(حسن، 2021: 58)", "(حسن، 2021: 58)"),
        (fix_locator_order, "(Smith، 2019: 2020)", "(Smith، 2019: 2020)"),
        (unmirror_brackets, ")الحميد، 2019: 27(.", "(الحميد، 2019: 27)."),
        (unmirror_brackets, "المنظمات )NGOs( بوصفها", "المنظمات (NGOs) بوصفها"),
        (unmirror_brackets, "مفهوم »الأمن الشامل« على", "مفهوم «الأمن الشامل» على"),
        # the page of a citation carried over from the line before closes it
        (unmirror_brackets, "81(وفي الإطار النظري", "81)وفي الإطار النظري"),
        (unmirror_brackets, "2022: 57( ويؤكد", "2022: 57) ويؤكد"),
        (unmirror_brackets, "عام 2003 (بعد سقوط", "عام 2003 (بعد سقوط"),
        (unmirror_brackets, "بين المواطن والدولة (", "بين المواطن والدولة ("),
        (unmirror_brackets, "88). وقد أسهمت", "88). وقد أسهمت"),
        (unmirror_brackets, "(الحميد، 2019: 27) ويرى", "(الحميد، 2019: 27) ويرى"),
        (join_detached_marks, "فاعلًا جديد ًا في", "فاعلًا جديدًا في"),
        (join_detached_marks, "بوصفها فاعًلا جديًدا", "بوصفها فاعلًا جديدًا"),
        (join_detached_marks, "ويرى فيبر، نقًل ا عن الكعبي", "ويرى فيبر، نقلًا عن الكعبي"),
        (join_detached_marks, "قرأً ا لكتاب", "قرأً ا لكتاب"),
        (tidy_spacing, "عام  2003 ، واجه", "عام 2003، واجه"),
        (tidy_spacing, "(الحميد، 2019  :27 )", "(الحميد، 2019: 27)"),
        (tidy_spacing, "عام 2017في إضعاف", "عام 2017 في إضعاف"),
        (move_heading_number, "المقدّمة 2.1", "2.1 المقدّمة"),
        (move_heading_number, "2.1 المقدّمة", "2.1 المقدّمة"),
    ],
)
def test_char_repairs(fn, raw: str, expected: str) -> None:
    assert fn(raw) == expected


@pytest.mark.parametrize(
    "fn",
    [
        drop_bidi_controls,
        decompose_presentation_forms,
        fix_latin_comma,
        fix_locator_order,
        unmirror_brackets,
        tidy_spacing,
        join_detached_marks,
    ],
)
@pytest.mark.parametrize(
    "clean",
    [
        "يرى عدد من الباحثين أن هذه المنظمات تسد فجوة الثقة (Kaldor، 2019: 45).",
        "ويضيف الباحث أن ضعف التمويل يبقى العائق الأبرز (كاظم، 1399: 23).",
        "مثل الأردن ولبنان [4، 7].",
    ],
)
def test_clean_text_is_unchanged(fn, clean: str) -> None:
    assert fn(clean) == clean


def test_a_document_reading_lam_alef_alef_first_gets_every_lam_alef_back() -> None:
    from araseclit.repair import repair_text

    raw = "\n".join(
        [
            "تعمل المنظمات على تعزيز األمن واالستقرار في المدن.",
            "وقد شهدت البالد تحوالت كبيرة خالل العقدين الماضيين.",
            "ال يعد األمن مسؤولية الدولة وحدها، بل للمجتمع دور فيه.",
            "وتسهم المنظمات في بناء الثقة واألمان االجتماعي.",
        ]
    )
    text = repair_text(raw)
    assert "لا يعد الأمن" in text and "تحولات كبيرة خلال العقدين" in text
    assert "الاستقرار" in text and "الاجتماعي" in text


def test_lam_alef_swaps_are_counted_in_visual_lines_too() -> None:
    from araseclit.repair.chars import swapped_lam_alef_signs

    logical = ["تعزيز األمن واالستقرار في مجاالت عدة", "واألمن اإلقليمي"]
    visual = [line[::-1] for line in logical]  # how pdfplumber gives a right-to-left line
    assert swapped_lam_alef_signs(logical) == swapped_lam_alef_signs(visual) == 5
    assert swapped_lam_alef_signs(["تعزيز الأمن والاستقرار في مجالات عدة"]) == 0


def test_a_gap_split_article_is_joined_where_the_font_swaps_lam_alef() -> None:
    # a font that gives every lam-alef alef first ("األمن", "ال يتحقق") and sets an article
    # apart from its word ("ال ذي" for "الذي"): swapped, the article became "لا ذي"
    raw = (
        "وأكد الباحث أن األمن ال يتحقق دون االستقرار، وهو ال ذي قال إن\n"
        "المنظمات ال تعمل في مجاالت األمن وحدها، بل في ال تي تمس حياة الناس\n"
        "خالل سنوات االحتالل، وال سيما في المحافظات ال تي شهدت تحوالت كبيرة."
    )
    text = repair_text(raw)
    assert "وهو الذي قال" in text
    assert "بل في التي تمس" in text
    assert "المحافظات التي شهدت" in text
    assert "الأمن لا يتحقق" in text  # the swap still wins where no word is joined
    assert "ولا سيما" in text


def test_an_article_is_not_joined_onto_a_word_it_would_turn_into_another() -> None:
    from araseclit.textmodel.scorer import default_scorer

    gain = default_scorer().gain
    # "لا تملك" / "التملك" and "لا مجرد" / "المجرد" are Arabic either way: the join must read
    # far better than the swap (on the Thabit renditions these joins made text worse)
    assert fix_swapped_lam_alef("وهي ال تملك موارد", gain) == "وهي لا تملك موارد"
    assert fix_swapped_lam_alef("هذه ال مجرد أرقام", gain) == "هذه لا مجرد أرقام"
    assert fix_swapped_lam_alef("وهو ال ذي قال", gain) == "وهو الذي قال"
