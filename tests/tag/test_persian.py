"""A Persian sentence's light verbs and their nouns are no actors; a capital after a Persian
preposition of place is the city (tag.persian). Reviewer finding 8, session 10."""

from __future__ import annotations

from araseclit.tag import tag_text
from araseclit.tag.persian import persian_ordinary

#: a Persian paper's paragraph: کرد as the light verb five times and twice as "Kurdish"
PERSIAN = (
    "پس از سقوط رژیم، شبکه‌ای از انجمن‌های محلی در موصل شکل گرفت و شورای استان آن را "
    "ثبت کرد. نماینده دولت در نشست خبری اعلام کرد که بودجه امدادی افزایش خواهد یافت. "
    "فعالان کرد در دهوک از کمبود اعتبارات انتقاد کردند و رهبران کرد خواستار نظارت شدند. "
    "هیئت ترکیه در سفر به بغداد با مقامات عراق دیدار کرد. گروه داعش در سال ۲۰۱۴ شهر "
    "سنجار را تصرف کرد."
)


def _actors(text: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m["entity_id"]) for m in tag_text(text) if m["label"] == "ACTOR"]


def test_light_verb_and_its_noun_name_no_actor() -> None:
    found = _actors(PERSIAN)
    kurds = [t for t, e in found if e == "actor.social.kurds"]
    assert kurds == ["کرد", "کرد"]  # فعالان کرد, رهبران کرد: "Kurdish", not "did"
    assert ("اعلام", "actor.media.media") not in found  # اعلام کرد: "announced"
    assert ("ترکیه", "actor.state.turkey") in found
    assert ("عراق", "actor.state.iraq") in found
    assert ("داعش", "actor.arm.isis") in found


def test_capital_after_persian_preposition_is_the_city() -> None:
    found = _actors(PERSIAN)
    assert not [t for t, _ in found if t == "بغداد"]  # به بغداد: where the delegation went


def test_arabic_sentences_keep_their_readings() -> None:
    arabic = (
        "وقال ناشطون كرد في أربيل إن الإعلام المحلي تجاهل مطالبهم، فيما أعلنت بغداد رفضها للقرار."
    )
    found = _actors(arabic)
    assert ("كرد", "actor.social.kurds") in found
    assert ("بغداد", "actor.state.iraq") in found  # أعلنت بغداد: the government acts
    assert persian_ordinary(arabic.split(), arabic.split()) == (set(), set())


def test_persian_names_of_international_bodies() -> None:
    text = (
        "نماینده سازمان ملل متحد و دبیرکل شورای همکاری خلیج فارس درباره آوارگان سوری گفتگو کردند."
    )
    ids = {e for _, e in _actors(text)}
    assert {"actor.io.un", "actor.io.gcc"} <= ids


def test_no_arabic_adjective_shapes_in_a_persian_sentence() -> None:
    """A Persian plural with its ezafe (تهدیدهای) and an adjective (اصلی) look like Arabic
    nisbas: a threat is not composed over them (reviewer finding 10, session 11)."""
    text = (
        "افراط‌گرایی و تروریسم تهدیدهای اصلی ثبات منطقه به شمار می‌روند. "
        "پولشویی چالش‌های جدی برای نظام بانکی ایجاد کرده است."
    )
    threats = [m["text"] for m in tag_text(text) if m["label"] == "THREAT"]
    assert "تروریسم" in threats, threats
    assert not any("تهدید" in t or "اصلی" in t for t in threats), threats


def test_arabic_sentences_beside_persian_ones_still_compose() -> None:
    text = (
        "قاچاق مواد مخدر و تروریسم تهدیدهای اصلی امنیت ملی هستند.\n"
        "ويبقى الفساد الإداري أبرز التحديات الأمنية في المنطقة."
    )
    threats = [m["text"] for m in tag_text(text) if m["label"] == "THREAT"]
    assert "الفساد الإداري" in threats and "التحديات الأمنية" in threats, threats
    assert "تروریسم" in threats, threats


def test_persian_insistent_before_a_copula_is_no_egypt() -> None:
    """مُصِر ("insistent") is spelt مصر: before a copula it is the adjective; Egypt stays
    Egypt elsewhere in a Persian sentence and in Arabic."""
    persian = (
        "نماینده ایران مصر بود که مذاکرات ادامه یابد. "
        "سفیر مصر در بغداد با نمایندگان عراق دیدار کرد."
    )
    egypt = [t for t, e in _actors(persian) if e == "actor.state.egypt"]
    assert egypt == ["مصر"]
    assert persian.index("مصر در") == next(
        m["start"] for m in tag_text(persian) if m["entity_id"] == "actor.state.egypt"
    )
    assert ("مصر", "actor.state.egypt") in _actors("وأكدت مصر أنها كانت مصرة على الحل.")
