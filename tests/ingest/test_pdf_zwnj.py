"""ZWNJs a PDF's text layer dropped from Persian words, put back from the word lists."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from araseclit.ingest.pdf import read_pdf_lines
from araseclit.ingest.pdf_zwnj import ZWNJ, needs_zwnj, restore_word, restore_zwnj

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("pdf_sources", HERE / "test_pdf_sources.py")
assert _spec and _spec.loader
src = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(src)


@pytest.mark.parametrize(
    ("joined", "expected"),
    [
        ("سازمانهای", "سازمان‌های"),  # plural suffix, the list prefers the ZWNJ spelling
        ("هستهای", "هسته‌ای"),  # adjective ای after ه
        ("بینالمللی", "بین‌المللی"),  # a compound
        ("میشود", "می‌شود"),  # the continuous prefix
        ("بیبرنامه", "بی‌برنامه"),  # unknown joined: a listed stem after the prefix بی
        ("زندگیها", "زندگی‌ها"),
        # no ZWNJ where the word is written joined, or after a letter that does not join
        ("دانشگاه", "دانشگاه"),
        ("کتابخانه", "کتابخانه"),
        ("شهرهای", "شهرهای"),
        ("آوارگان", "آوارگان"),
        ("کردها", "کردها"),
    ],
)
def test_restore_word(joined: str, expected: str) -> None:
    assert restore_word(joined) == expected


def test_only_a_persian_text_with_no_zwnj_is_restored() -> None:
    persian = "سازمانهای غیردولتی در عراق پس از سال ۲۰۰۳ نقش مهمی در کمکهای انسانی داشتهاند."
    assert needs_zwnj(persian)
    assert not needs_zwnj(persian.replace("سازمانهای", "سازمان‌های"))  # the layer kept them
    assert not needs_zwnj("المنظمات غير الحكومية في العراق تعمل في ظروف صعبة بعد عام 2003.")


def test_chromium_persian_pdf_gets_its_zwnj_back() -> None:
    # from the forms Chromium drew (a final noon beside an initial heh), not the word lists:
    # every one, and nothing for the lists to do
    result = read_pdf_lines(HERE / "data" / "chromium_persian.pdf")
    assert result.metadata["zwnj_restored"] is False
    text = " ".join(ln.text for ln in result.lines if ln.kind == "body")
    words = [w.strip(".،()") for kind, t in src.PERSIAN if kind == "body" for w in t.split()]
    zwnj_words = [w for w in words if ZWNJ in w]
    assert len(zwnj_words) == 13
    assert [w for w in zwnj_words if w not in text.split() and f"{w}." not in text.split()] == []
    assert restore_zwnj(text) == text  # restoring twice changes nothing


def test_an_arabic_pdf_is_left_alone() -> None:
    result = read_pdf_lines(HERE / "data" / "lo_amiri.pdf")
    assert result.metadata["zwnj_restored"] is False


def test_an_arabic_line_in_a_persian_text_keeps_its_pronoun_endings() -> None:
    # the reviewer's words (issue 13): Arabic "her state", "her power", "her wealth", "her
    # nation" are no Persian plurals; the Persian line beside them is still restored
    arabic = "وقالت الوزيرة إن دولتها لن تتخلى عن قدرتها على حماية ثروتها ووحدة امتها."
    persian = "سازمانهای غیردولتی در عراق پس از سال ۲۰۰۳ نقش مهمی در کمکهای انسانی داشتهاند."
    restored = restore_zwnj(f"{persian}\n{arabic}\n")
    assert restored.splitlines()[1] == arabic
    assert "سازمان‌های" in restored.splitlines()[0] and "کمک‌های" in restored.splitlines()[0]


def test_an_arabic_sentence_with_a_pronoun_ending_is_left_as_is() -> None:
    # of the same kind: an Arabic quotation line on its own, "its policy", "its forces"
    line = "أكدت الحكومة أن سياستها الخارجية وقواتها المسلحة تحمي سيادتها"
    assert restore_zwnj(line) == line


def test_the_metadata_says_restored_only_when_a_word_was(monkeypatch: pytest.MonkeyPatch) -> None:
    # a Persian layer with no ZWNJ whose words the lists attest none of: the metadata says
    # restored exactly when a word was (it said True whenever the layer looked Persian); the
    # document's own words may still attest a stem (a word standing alone and with a plural)
    from araseclit.ingest import pdf_layout, pdf_zwnj

    monkeypatch.setattr(pdf_zwnj, "_persian", lambda: {})
    # a producer whose font map gives no joining forms: the glyphs say nothing
    monkeypatch.setattr(pdf_layout, "mark_joining", lambda glyphs: None)
    restore_word.cache_clear()
    try:
        result = read_pdf_lines(HERE / "data" / "chromium_persian.pdf")
    finally:
        restore_word.cache_clear()
    text = "".join(ln.text for ln in result.lines)
    assert result.metadata["zwnj_restored"] is (ZWNJ in text)
    assert text.count(ZWNJ) < 5  # the lists gave none; only the document's own stems remain


@pytest.mark.parametrize(
    ("joined", "expected"),
    [
        # family names compounded with زاده / نیا / پور (issue 13: the reference list's names)
        ("عبداللهزاده", "عبدالله‌زاده"),
        ("موسوینیا", "موسوی‌نیا"),
        ("لاریجانیپور", "لاریجانی‌پور"),
        # plurals of nouns the list knows only in the singular
        ("دوربینهای", "دوربین‌های"),
        ("سوپرمارکتها", "سوپرمارکت‌ها"),
        # the perfect and the possessive after a final ه
        ("شنیدهاند", "شنیده‌اند"),
        ("جامعهاش", "جامعه‌اش"),
        # a noun and a compounding part (the titles of heldout6's references)
        ("دولتسازی", "دولت‌سازی"),
        ("طرحریزی", "طرح‌ریزی"),
        ("قومگرایی", "قوم‌گرایی"),
        # the verbal prefix, though the web's joined spelling is listed as well
        ("میشد", "می‌شد"),
        ("نمیتوانستند", "نمی‌توانستند"),
        # words that begin with می and are no verbs keep their spelling
        ("میدان", "میدان"),
        ("میزان", "میزان"),
        ("میلیون", "میلیون"),
        # "leave it joined" competes: خطر + های (ر does not join) beats خطره + ای
        ("خطرهای", "خطرهای"),
    ],
)
def test_restore_word_affixes(joined: str, expected: str) -> None:
    assert restore_word(joined) == expected


def test_a_stem_the_document_attests_is_evidence() -> None:
    # a family name no word list holds: the reference list names صدقیانی on its own, so the
    # joined صدقیانیپور of the next entry is that name and the name suffix پور
    refs = (
        "صدقیانی، مریم (۱۳۹۸). سازمانهای مردمنهاد در خوزستان. تهران: نشر نی.\n"
        "صدقیانیپور، علی (۱۴۰۰). امنیت مرزی و قاچاق کالا. تهران: پژوهشکده مطالعات راهبردی.\n"
    )
    restored = restore_zwnj(refs)
    assert "صدقیانی‌پور" in restored
    assert restored.startswith("صدقیانی، مریم")
    # a line restored alone sees no such evidence, unless its document is given as context
    line = refs.splitlines()[1]
    assert "صدقیانیپور" in restore_zwnj(line)
    assert "صدقیانی‌پور" in restore_zwnj(line, context=refs)


def test_a_name_nothing_attests_is_left_joined() -> None:
    line = "به نوشته تهرانچیزاده (۱۳۹۹) موکبها در مسیر پیادهروی اربعین نقش داشتند."
    assert "تهرانچیزاده" in restore_zwnj(line)
