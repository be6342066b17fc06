"""Reference-list splitting defects the session-9 review found (issue 13): where an entry of a
list starts, on the forms Arabic and foreign bibliographies of the field are written in."""

from araseclit.cite import find_references
from araseclit.cite.patterns import fold_digits
from araseclit.cite.references import ND_RE, _entry_year
from araseclit.cite.years import YearContext

BODY = "نص البحث عن المنظمات غير الحكومية والأمن الإنساني في نينوى بعد عام 2017. " * 8

AR_NUMBERED = (
    "1. عبد الأمير كاظم الموسوي، الأمن الإنساني في العراق، دار الكتب العلمية، بيروت، 2015.\n"
    "2. محمد حسين الحكيم، الدولة والمجتمع في العراق، دار الرافدين، بيروت، 2009.\n"
)


def _refs(lst: str) -> list[dict]:
    return find_references(BODY + "\n\n" + lst)[1]


def _year(raw: str) -> str | None:
    info, _, _ = _entry_year(fold_digits(raw), raw.isascii(), YearContext(persian=True))
    return info["year_text"] if info else None


def test_words_of_a_title_are_no_access_date():
    assert (
        _year("Smith, John. How Aid Is Viewed in Northern Iraq. London: Zed Books, 2015.") == "2015"
    )
    assert _year("Jones, K. A Retrieved Past: Memory and Militias. Oxford: Hart, 2018.") == "2018"
    assert _year("Lee, A. Uncited Voices of Mosul. London: Saqi, 2016.") == "2016"
    assert (
        _year("احمدی، حمید. چالش‌های دسترسی در مناطق مرزی غرب ایران. تهران: نشر نی، ۱۳۹۸.") == "1398"
    )


def test_an_access_date_is_still_left_out():
    assert _year("UN. Report on Iraq. New York: UN, 2019. Accessed 3 March 2023.") == "2019"
    assert _year("Kaldor M. Human security [Internet]. 2019 [cited 2021 Mar 14].") == "2019"
    assert _year("سازمان ملل. گزارش عراق. ۱۳۹۸. دسترسی در ۲۰ مهر ۱۴۰۱ از https://un.org") == "1398"


def test_a_doctor_or_a_name_is_no_missing_date():
    assert ND_RE.search("تحقيق: د. تيسير شيخ الأرض. دمشق: دار الفكر.") is None
    assert ND_RE.search("ترجمة د. تركي الحمد. بيروت: المنظمة العربية للترجمة.") is None
    assert ND_RE.search("ترجمه بیتا کریمی. تهران: نشر نی.") is None
    for no_date in (
        "بيروت: دار الفكر، د.ت.",
        "القاهرة، (د. ت)",
        "تهران: سمت، بی‌تا.",
        "Oxford, n.d.",
    ):
        assert ND_RE.search(no_date), no_date


def test_a_wrapped_translator_line_is_no_entry():
    refs = _refs(
        "المراجع\n\n"
        "ابن خلدون، عبد الرحمن (2004). المقدمة.\n"
        "تحقيق: د. تيسير شيخ الأرض. دمشق: دار الفكر.\n"
        "الحكيم، محمد حسين (2009). الدولة والمجتمع في العراق. بيروت: دار الرافدين.\n"
    )
    assert [r["year_text"] for r in refs] == ["2004", "2009"]
    refs = find_references(
        BODY + "\n\nمنابع\n\n"
        "هابز، توماس (۱۳۹۰). لویاتان.\n"
        "ترجمه بیتا کریمی. تهران: نشر نی.\n"
        "کریمی‌پور، یدالله (۱۳۹۷). سازمان‌های مردم‌نهاد و امنیت مرزی. تهران: سمت.\n"
    )[1]
    assert [r["year_text"] for r in refs] == ["1390", "1397"]
