"""The araseclit spaCy tokenizer: token boundaries, norms and lemmas."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "الأمن (Buzan، 1991: 19).",
            ["الأمن", "(", "Buzan", "،", "1991", ":", "19", ")", "."],
        ),
        (
            "«المنظمات» [2، 3]؛ لماذا؟",
            ["«", "المنظمات", "»", "[", "2", "،", "3", "]", "؛", "لماذا", "؟"],
        ),
        ("القسم 2.1 عام 1444هـ.", ["القسم", "2.1", "عام", "1444هـ", "."]),
        ("(الخفاجي، د.ت: 21)", ["(", "الخفاجي", "،", "د.ت", ":", "21", ")"]),
        ("Al-Ansari et al. (2021)", ["Al-Ansari", "et al.", "(", "2021", ")"]),
        ("ص. 45 وDr. Hassan", ["ص.", "45", "و", "Dr.", "Hassan"]),
        (
            "انظر https://www.un.org/ar/about. ثم",
            ["انظر", "https://www.un.org/ar/about", ".", "ثم"],
        ),
        ("الداعمة.وخلال", ["الداعمة", ".", "وخلال"]),
        ("عام ٢٠٢٢ و۱۳۹۹", ["عام", "٢٠٢٢", "و", "۱۳۹۹"]),
        ("المنظمـات المُدنيّة", ["المنظمـات", "المُدنيّة"]),
    ],
)
def test_token_boundaries(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize(
    ("word", "norm", "lemma"),
    [
        ("المُنظّمـات", "المنظمات", "منظمات"),
        ("والمنظمات", "والمنظمات", "منظمات"),
        ("ومؤسساتها", "ومؤسساتها", "مؤسسات"),
        ("الأمنیة", "الامنيه", "امنيه"),
        ("بغداد", "بغداد", "بغداد"),
        ("١٤٤٤هـ", "1444ه", "1444ه"),
        ("NGOs", "ngos", "ngos"),
    ],
)
def test_norm_and_lemma(nlp, word, norm, lemma):
    token = nlp.make_doc(word)[0]
    assert (token.norm_, token.lemma_) == (norm, lemma)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابت ة.،()«»:؛؟\n\t0123٢هـAl-x/", max_size=60))
def test_text_round_trips(nlp, text):
    doc = nlp.make_doc(text)
    assert doc.text == text
    assert all(t.text for t in doc)


def test_registered_tokenizer_builds_from_config():
    config = {"nlp": {"tokenizer": {"@tokenizers": "araseclit.tokenizer.v1"}}}
    nlp = spacy.blank("ar", config=config)
    assert [t.text for t in nlp("(د.ت).")] == ["(", "د.ت", ")", "."]


def test_pipeline_with_the_tokenizer_saves_and_loads(tmp_path):
    config = {"nlp": {"tokenizer": {"@tokenizers": "araseclit.tokenizer.v1"}}}
    nlp = spacy.blank("ar", config=config)
    nlp.add_pipe("araseclit_segment_v1")
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    doc = loaded("يرى بوزان (د.ت: 21). ثم تغير الوضع.")
    assert [t.text for t in doc][:5] == ["يرى", "بوزان", "(", "د.ت", ":"]
    assert [s.text.strip() for s in doc.sents] == ["يرى بوزان (د.ت: 21).", "ثم تغير الوضع."]


def test_lemmas_of_words_first_met_inside_a_memory_zone_survive_it():
    # lemma string ids are kept from one document to the next, but not those of strings
    # a memory zone adds: they are gone when it ends
    config = {"nlp": {"tokenizer": {"@tokenizers": "araseclit.tokenizer.v1"}}}
    nlp = spacy.blank("ar", config=config)
    text = "وأكدت المنظّمات الزرزورية أن المفاوضات مستمرة"
    with nlp.memory_zone():
        inside = [t.lemma_ for t in nlp.make_doc(text)]
    after = [t.lemma_ for t in nlp.make_doc(text)]
    assert inside == after
    assert after[1:3] == ["منظمات", "زرزوريه"]


def test_lexeme_attributes_are_spacy_s_on_plain_arabic_words_too(nlp):
    """The tokenizer gives a plain Arabic word its shape and URL flag at once (spaCy's
    getters loop over its characters); every lexeme attribute is what spacy.blank("ar")
    gives, on every Arabic letter, words of several lengths and anything else."""
    from spacy.lang import lex_attrs

    from araseclit.segment.tokenizer import plain_like_url, plain_shape

    letters = [chr(c) for c in range(0x600, 0x700) if chr(c).isalpha()]
    words = [*letters, *(c * n for c in letters for n in (2, 4, 5, 120))]
    words += ["الأمن", "المُنظّمات", "وزارة", "ـالـ", "ص.", "www.un.org", "Hassan", "٢٠٢٢", "x" * 120]
    for word in words:
        assert plain_shape(word) == lex_attrs.word_shape(word), word
        assert plain_like_url(word) == lex_attrs.like_url(word), word
    blank = spacy.blank("ar")
    text = "قال الباحث سامي نصّار إن وزارة الداخلية (www.interior.gov) أصدرت ٢٠٢٢ تقريرًا Hassan"
    ours = [(t.shape_, t.like_url, t.like_num, t.is_stop, t.is_alpha) for t in nlp.make_doc(text)]
    theirs = [(t.shape_, t.like_url, t.like_num, t.is_stop, t.is_alpha) for t in blank(text)]
    assert ours == theirs


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Paul Bremer's order", ["Paul", "Bremer", "'s", "order"]),
        ("the Kurdistan Region’s oil", ["the", "Kurdistan", "Region", "’s", "oil"]),
        ("Al-Ansari's view", ["Al-Ansari", "'s", "view"]),
        ("Kata'ib Hezbollah and O'Brien", ["Kata'ib", "Hezbollah", "and", "O'Brien"]),
        ("رأي Buzan's في الأمن", ["رأي", "Buzan", "'s", "في", "الأمن"]),
    ],
)
def test_a_latin_possessive_ending_is_a_token_of_its_own(nlp, text, tokens):
    doc = nlp(text)
    assert [t.text for t in doc] == tokens
    assert doc.text == text
