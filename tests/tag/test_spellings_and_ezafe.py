"""Names as other writers spell them, and institutions with their state after them.

Kurdish writers spell كوردستان / الكوردستاني, and الديموقراطي stands beside الديمقراطي: every
lexicon name is matched in both spellings (``tag.patterns.SPELLING_PAIRS``). A generic
institution whose name ends indefinite takes the state named right after it as its genitive:
Persian's ezafe (``وزارت امور خارجه سوریه``), as Arabic's ``وزارة داخلية الأردن``.
"""

from __future__ import annotations

import pytest

from araseclit.tag import tag_text


def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m["text"], m["entity_id"], m["state_id"]) for m in tag_text(text)]


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        (
            "وطالب الاتحاد الوطني الكوردستاني بإعادة فرز الأصوات في السليمانية.",
            "الاتحاد الوطني الكوردستاني",
            "actor.party.puk",
        ),
        (
            "وانتقد الديمقراطي الكردستاني والاتحاد الوطني الكوردستاني قرار المحكمة الاتحادية.",
            "والاتحاد الوطني الكوردستاني",
            "actor.party.puk",
        ),
        # the Iraqi KDP, not the United States' Democratic Party inside its name
        (
            "وأدان الحزب الديمقراطي الكوردستاني القصف الذي طال أطراف أربيل.",
            "الحزب الديمقراطي الكوردستاني",
            "actor.party.kdp",
        ),
        (
            "وأصدر الحزب الديموقراطي الكردستاني بياناً بعد الاجتماع.",
            "الحزب الديموقراطي الكردستاني",
            "actor.party.kdp",
        ),
        (
            "وانتقد برلمان كوردستان أداء الحكومة.",
            "برلمان كوردستان",
            "actor.parl.kurdistan_parliament",
        ),
    ],
)
def test_a_name_is_found_in_the_other_spelling(text: str, mention: str, entity: str) -> None:
    found = _found(text)
    assert (mention, entity) in [(t, e) for t, e, _ in found]
    assert "actor.party.us_democrats" not in [e for _, e, _ in found]


def test_turkmen_and_iranian_kurdish_parties_are_their_own_entries() -> None:
    found = [(t, e) for t, e, _ in _found(
        "وطالبت الجبهة التركمانية العراقية بحصة في إدارة كركوك، بينما هاجم الحزب "
        "الديمقراطي الكردستاني الإيراني مواقع في أشنوية."
    )]  # fmt: skip
    assert ("الجبهة التركمانية العراقية", "actor.party.itf") in found
    assert ("الحزب الديمقراطي الكردستاني الإيراني", "actor.party.kdpi") in found
    assert not any(e == "actor.party.kdp" for _, e in found)


@pytest.mark.parametrize(
    ("text", "mention", "state"),
    [
        ("وزارت امور خارجه سوریه این بیانیه را رد کرد.", "وزارت امور خارجه", "actor.state.syria"),
        ("وزارت اطلاعات ایران از بازداشت دو نفر خبر داد.", "وزارت اطلاعات", "actor.state.iran"),
        ("وأعلنت وزارة داخلية الأردن إغلاق المعبر.", "وزارة داخلية", "actor.state.jordan"),
    ],
)
def test_an_institution_takes_the_state_named_after_it(text: str, mention: str, state: str) -> None:
    assert any(t == mention and s == state for t, _, s in _found(text))


@pytest.mark.parametrize(
    ("text", "mention", "entity"),
    [
        ("سازمان عفو بین‌الملل گزارش تازه‌ای منتشر کرد.", "سازمان عفو بین‌الملل", "actor.ngo.amnesty"),
        ("پزشکان بدون مرز در اردوگاه‌ها فعال است.", "پزشکان بدون مرز", "actor.ngo.msf"),
        (
            "اتحادیه میهنی کردستان این قرار را محکوم کرد.",
            "اتحادیه میهنی کردستان",
            "actor.party.puk",
        ),
        ("حزب کارگران کردستان حاضر به خروج از سنجار نشد.", "حزب کارگران کردستان", "actor.arm.pkk"),
        ("پولشویی تهدیدی جدی برای اقتصاد است.", "پولشویی", "threat.money_laundering"),
    ],
)
def test_persian_names_of_common_actors_and_threats(text: str, mention: str, entity: str) -> None:
    assert (mention, entity) in [(t, e) for t, e, _ in _found(text)]
