"""Persian text read by the Arabic person finder: its evidence is Arabic word frequency, so
in a Persian sentence every Persian word looks like a rare name. Before this, a Persian
news text got hundreds of persons from ``رئیس زندان پس از`` (``از`` then a surname, and
each ``از`` of the text a person); names found by a cue in a Persian sentence are dropped,
and a surname is never looked for in one. Listed people are still tagged."""

from __future__ import annotations

from araseclit.tag import explain_text

PERSIAN = (
    "رئیس زندان پس از بازدید دیروز به خبرنگاران گفت که بودجه کافی نیست. "
    "خانواده‌ها از کمبود آب شکایت دارند و از دولت کمک می‌خواهند. "
    "مدیر بیمارستان در حالی که از وضعیت ابراز نگرانی کرد، از مردم خواست صبور باشند."
)


def persons(text: str) -> list[str]:
    return [m["text"] for m in explain_text(text) if m["category"] == "person"]


def test_no_person_from_the_arabic_cues_of_a_persian_paragraph() -> None:
    assert persons(PERSIAN) == []


def test_a_listed_person_is_still_tagged_in_persian() -> None:
    text = PERSIAN + " اردوغان روز دوشنبه در آنکارا با خبرنگاران سخن گفت."
    assert persons(text) == ["اردوغان"]


def test_an_arabic_paragraph_beside_persian_keeps_its_names() -> None:
    arabic = "وقال الباحث زئيف شتيرنهل إن الفكرة قديمة. ويرى شتيرنهل أن الأمر يتكرر."
    found = persons(PERSIAN + "\n" + arabic)
    assert "زئيف شتيرنهل" in found and "شتيرنهل" in found
