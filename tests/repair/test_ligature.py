"""Lam-alef ligatures read alef first inside a word (Noto Sans through pdftotext)."""

from __future__ import annotations

from araseclit.document import Line
from araseclit.repair import repair_text
from araseclit.repair.lam_alef import PairModel, fix_inner_lam_alef, fix_word

# A paper on water services as a font that gives every lam-alef alef first leaves it: "لا"
# reads "ال" everywhere, so "الأ" reads "األ", "خلال" "خالل", "زملاء" "زمالء", "دلائل" "دالئل".
SWAPPED = [
    "يتناول هذا الفصل األداء المائي في القرى النائية وما يرافقه من أعباء على النساء",
    "إذ تشير الدالئل الميدانية إلى أن الزمالء في الفرق الإجرائية سجلوا انقطاعات دائمة",
    "في ساعات المساء، وأن األسر المعزولة تلجأ إلى شراء الماء من الباعة بأسعار عالية.",
    "وقد رصد الباحث الدالئي في تقريره النهائي أن األحياء الفقيرة هي األكثر تضررا، وأن",
    "مطالب السكان بقيت معلقة خالل األعوام الماضية رغم الوعود المتكررة بالإصالح.",
    "كما أن حالات الجفاف تتكرر في الصيف، فتزيد األعباء على الجمعيات الأهلية القائمة.",
    "ويدل ذلك على أن العدل في توزيع الحصص ال يتحقق ما دامت المنازل البعيدة في عزلة،",
    "وتدل البيانات على أن الأجزاء الشمالية نزلت فيها كميات المياه إلى أدنى مستوياتها،",
    "فيما يرى الخبراء أن الإجراءات الوقائية والرقابة القضائية والتدابير الاستثنائية",
    "ضرورية لمواجهة األزمة، وأن الجدل حول الأولويات يطيل معاناة العائالت في المنازل.",
    "وقد شملت خطة العمل المقترحة تحسين عمل المضخات وتحمل كلفة الصيانة، على أمل أن يكتمل",
    "المشروع قبل المواسم المحتملة للجفاف، وأن يعمل المجلس المحلي على حمل الجهات المانحة",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, 1, n) for n, t in enumerate(texts, start=1)]


def test_a_pair_before_a_hamza_was_a_ligature() -> None:
    lines = _lines(SWAPPED)
    fix_inner_lam_alef(lines)
    text = "\n".join(ln.text for ln in lines)
    assert "الدلائل" in text  # hamza after alef: "-ائل", "-ائي" are everywhere in the text
    assert "الزملاء" in text
    assert "الدلائي" in text  # a name's letters follow the same evidence


def test_a_pair_whose_readings_are_both_common_stays() -> None:
    lines = _lines(SWAPPED)
    fix_inner_lam_alef(lines)
    text = "\n".join(ln.text for ln in lines)
    assert "مطالب السكان" in text
    assert "حالات الجفاف" in text
    assert "بالإصالح" in text  # no clear evidence either way: left as it came


def test_the_article_and_its_prefixes_are_never_turned() -> None:
    model = PairModel(" ".join(SWAPPED).split())
    for word in ("الماء", "والماء", "بالماء", "وبالماء", "للماء"):
        assert fix_word(word, model) == word


def test_marks_stay_on_their_letters() -> None:
    model = PairModel(" ".join(SWAPPED).split())
    assert fix_word("الزمالءُ", model) == "الزملاءُ"


def test_repair_text_turns_them_in_a_swapped_document() -> None:
    out = repair_text("\n".join(SWAPPED))
    assert "الدلائل الميدانية" in out
    assert "الأداء" in out  # the signs that gave the document away are mended too


def test_a_document_without_the_signs_is_left_alone() -> None:
    clean = [t.replace("األ", "الأ").replace("خالل", "خلال") for t in SWAPPED]
    out = repair_text("\n".join(clean))
    assert "الدالئل" in out
    assert "الزمالء" in out


# more of the same paper: pairs the document's letters cannot decide, the word list can
SWAPPED_MORE = [
    "وبدأت مالمح الأزمة تظهر حين ارتفع سعر الدوالر إلى مستويات لم تعرفها الأسواق منذ",
    "ثالثة عقود، ولم تعد الموازنة تكفي الستيعاب العاملين الجدد في القطاع العام، فيما",
    "أعلن الوزير صالح العبيدي في مؤتمر صحفي يوم الثالثاء أن الحكومة ستقدم ثالثًا:",
    "دعما لوالية نينوى وبالد الرافدين، وأن تسجيل والدة كل طفل سيكون مجانيا.",
]


def test_the_word_model_turns_pairs_the_letters_leave() -> None:
    from araseclit.textmodel.scorer import default_scorer

    lines = _lines(SWAPPED + SWAPPED_MORE)
    fix_inner_lam_alef(lines, default_scorer().arabic)
    first, second, third, fourth = (ln.text for ln in lines[-4:])
    assert "ملامح الأزمة" in first
    assert "الدولار" in first  # (the article is not turned, the pair inside is)
    assert second.startswith("ثلاثة عقود")
    assert "تكفي لاستيعاب" in second  # a word-initial pair that is no article
    assert "الثلاثاء" in third
    # both readings are words: "صالح" / "صلاح", "ثالثًا" / "ثلاثًا" stay as they came
    assert "الوزير صالح" in third
    assert third.endswith("ثالثًا:")
    assert "الوعود المتكررة بالإصلاح" in lines[4].text  # "بالإصالح" is no word
    assert "مطالب السكان" in lines[4].text
    # where the article would be, behind its prefixes: "لوالية", "وبالد" are no words
    assert fourth.startswith("دعما لولاية نينوى وبلاد الرافدين")
    assert "تسجيل والدة" in fourth  # "ولادة" is a word too: left
