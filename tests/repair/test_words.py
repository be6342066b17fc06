"""Words an extractor split with a space, rejoined from the document's own vocabulary."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import pytest

from araseclit.repair import join_split_words

COUNTS = Counter(
    {"العراق": 5, "الع": 0, "راق": 0, "البنية": 1, "في": 9, "ا": 4, "لبنية": 1, "الأمن": 6}
)


class LetterModel:
    """A toy word model for these tests: letter trigrams with ``^``/``$`` word boundaries,
    Witten-Bell interpolated down through bigrams and single letters to a uniform guess."""

    ORDER = 3

    def __init__(self, words: Iterable[tuple[str, int]]) -> None:
        self.grams: Counter[str] = Counter()  # "abc" for every order up to ORDER
        self.contexts: Counter[str] = Counter()  # how often "ab" was a context
        letters: set[str] = set()
        pad = "^" * (self.ORDER - 1)
        for word, n in words:
            s = f"{pad}{word}$"
            letters.update(s)
            for i in range(self.ORDER - 1, len(s)):
                for k in range(self.ORDER):
                    self.grams[s[i - k : i + 1]] += n
                    self.contexts[s[i - k : i]] += n
        self.size = len(letters) + 1
        self.kinds: Counter[str] = Counter(g[:-1] for g in self.grams)

    def _p(self, context: str, letter: str) -> float:
        p = 1.0 / self.size
        for k in range(len(context) + 1):
            ctx = context[len(context) - k :]
            seen, kinds = self.contexts[ctx], self.kinds[ctx]
            if seen:
                p = (self.grams[ctx + letter] + kinds * p) / (seen + kinds)
        return p

    def logp(self, word: str) -> float:
        """Log-likelihood of ``word`` (letters only)."""
        n = self.ORDER
        s = "^" * (n - 1) + word + "$"
        return sum(math.log(self._p(s[i - n + 1 : i], s[i])) for i in range(n - 1, len(s)))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("الأمن في الع راق", "الأمن في العراق"),  # a frequent word of the document
        ("وقد تأثرت ا لبنية الأمنية", "وقد تأثرت البنية الأمنية"),  # a lone letter is no word
        ("التقلبات الإقليمية (ا لهاشمي، 2019: 38)", "التقلبات الإقليمية (الهاشمي، 2019: 38)"),
        ("الأمن في العراق", "الأمن في العراق"),  # two words stay two words
        ("و الأمن", "و الأمن"),  # the conjunction is a word of its own
    ],
)
def test_join_split_words(raw: str, expected: str) -> None:
    assert join_split_words(raw, COUNTS) == expected


def test_kashida_gaps_close_where_one_word_is_likelier() -> None:
    """Noto fonts leave a gap for each kashida; the document's letter statistics decide."""
    from araseclit.repair.words import join_kashida_gaps

    words = "العراق العراقي الدولة الدولية المنظمات المدنية الأمن الوطني تواجه يعتمد في من".split()
    model = LetterModel((w, 3) for w in words)
    assert join_kashida_gaps("الأمن الع راقي تواج ه", model) == "الأمن العراقي تواجه"
    assert join_kashida_gaps("الأمن الوطني في العراق", model) == "الأمن الوطني في العراق"


def test_a_word_broken_at_a_line_end_is_glued_not_moved() -> None:
    from araseclit.document import assemble
    from araseclit.repair import repair_lines

    raw = "\n".join(
        [
            "تعمل المنظمات المدنية في العراق على دعم الاستقرار في المدن الكبرى",
            "وتسهم المنظمات المدنية في العراق في بناء الثقة بين الدولة والمجتمع",
            "وقد أدت المنظما",
            "ت المدنية دورًا مهمًا في الإغاثة بعد الحرب الأخيرة في البلاد.",
        ]
    )
    lines = repair_lines(raw).lines
    assert lines[3].glue and lines[2].text.endswith("المنظما")  # each line keeps its text
    assert "وقد أدت المنظمات المدنية دورًا" in assemble(lines)[0]


def test_the_preposition_lam_before_a_hamza_word_is_put_back_first() -> None:
    """A font that gives every lam-alef alef first turns ``لأن`` into ``ألن``; the swap is
    undone where the word after the preposition is a word of the document."""
    from araseclit.repair.words import fix_swapped_lam_hamza

    counts = Counter({"أن": 7, "إعادة": 2, "الأغراض": 3, "أم": 1, "أف": 0})
    assert fix_swapped_lam_hamza("ألنه لم يكتمل وإلعادة البناء", counts) == (
        "لأنه لم يكتمل ولإعادة البناء"
    )
    assert fix_swapped_lam_hamza("ألغراض سياسية", counts) == "لأغراض سياسية"
    # words that really open with hamza-alef and lam stay: nothing in the document says otherwise
    assert fix_swapped_lam_hamza("ألف عائلة إلى آلية جديدة وألم", counts) == (
        "ألف عائلة إلى آلية جديدة وألم"
    )


def test_lam_hamza_swaps_are_undone_only_where_the_font_swaps_lam_alef() -> None:
    from araseclit.repair import repair_text

    clean = "ونجح المشروع لأنه حظي بدعم واسع، وذكر التقرير أنه ضروري وأكد أنه مستمر."
    assert repair_text(clean) == clean
    swapped = "يعد األمن أولوية واالستقرار هدفًا في مجاالت عدة واألمن اإلقليمي مهم"
    text = repair_text(
        f"{swapped}\nونجح المشروع ألنه حظي بدعم واسع، وذكر التقرير أنه ضروري وأكد أنه مستمر."
    )
    assert "لأنه حظي" in text


def test_kashida_gaps_keep_two_words_the_document_uses_apart() -> None:
    """A letter model learnt from a document full of gaps joins real words too; the
    document's own use of both as words (and never joined) keeps them apart."""
    from araseclit.repair.words import join_kashida_gaps

    model = LetterModel([("العراقساحة", 5), ("العراق", 1), ("ساحة", 1)])
    counts = Counter({"العراق": 6, "ساحة": 2, "الذي": 4, "ذي": 0})
    assert join_kashida_gaps("العراق ساحة", model) == "العراقساحة"
    assert join_kashida_gaps("العراق ساحة", model, counts) == "العراق ساحة"
    # the article cut after its lam, then taken for a swapped lam-alef
    words = LetterModel((w, 3) for w in "الدور الذي تؤديه المنظمات يمكن لا في".split())
    assert join_kashida_gaps("الدور لا ذي تؤديه", words, counts) == "الدور الذي تؤديه"
    assert join_kashida_gaps("لا يمكن", words, counts) == "لا يمكن"
    # a piece opening with a letter that only ends words (ة, ى) belongs to the word before
    assert join_kashida_gaps("المنظم ة، الحالي ة ومستشف ى", words) == "المنظمة، الحالية ومستشفى"


def test_gaps_close_by_word_frequencies_from_outside_the_document() -> None:
    """The shipped word model (wordfreq and letter n-grams) reads the pieces a gap-ridden
    page leaves: ``تض اعف`` and ``ع دد`` are one word each, ``لم يعد`` two words, and a run of
    three pieces is read as a whole (``تتض ح في``: ``تتضح في``, not ``تتض حفي``)."""
    from araseclit.repair.words import join_kashida_gaps
    from araseclit.textmodel.scorer import default_scorer

    model = default_scorer().arabic
    assert join_kashida_gaps("بعد أن تض اعف ع دد المنظمات", model) == "بعد أن تضاعف عدد المنظمات"
    assert join_kashida_gaps("الحملات تتض ح في الش ارع", model) == "الحملات تتضح في الشارع"
    assert join_kashida_gaps("لم يعد الأمن", model) == "لم يعد الأمن"


def test_a_particle_the_document_uses_often_keeps_its_space() -> None:
    """``لم`` ends in a joining letter, so a kashida gap could follow it; a model that prefers
    ``لميعد`` is overruled by the document's use of ``لم`` on its own many times over."""
    from araseclit.repair.words import join_kashida_gaps

    counts = Counter({"لم": 9, "يعد": 2, "الأمن": 5, "الوطني": 4, "لميس": 1, "المعاصرة": 2})
    model = LetterModel([("لميعد", 5), ("الأمن", 5)])
    assert join_kashida_gaps("لم يعد الأمن", model, counts) == "لم يعد الأمن"
    assert join_kashida_gaps("لم يعد الأمن", model) == "لميعد الأمن"


def test_a_piece_opening_with_the_article_is_a_word_of_its_own() -> None:
    """A letter model learnt from a gap-ridden page may prefer one word to two where the
    second opens with the article, which only ever starts a word; a cut inside a word
    (``الم الية``) leaves too few letters after its ``ال`` to look like the article."""
    from araseclit.repair.words import join_kashida_gaps

    model = LetterModel([("المجلسوالحكومة", 5), ("يزيدالفقر", 5), ("المالية", 5)])
    text = "أمام المجلس والحكومة بما يزيد الفقر وأعباء الم الية"
    assert join_kashida_gaps(text, model) == "أمام المجلس والحكومة بما يزيد الفقر وأعباء المالية"


# a report page as pdftotext gives it from a LibreOffice PDF set in Scheherazade: the font
# draws every hamza-alef as a glyph apart, and the extractor leaves a space before it inside
# the word ("ال أحزاب", "بد أت", "ل أن"), while "غير أن", "على أن", "في أثناء" are two words
HAMZA_GAPS = """بد أت ال أحزاب المعارضة حملتها في ال أسبوع ال أخير قبل الاقتراع،
غير أن ال أرقام التي نشرتها اللجنة لم تقنع المراقبين، ل أن ال أصوات الملغاة كثيرة.
وقال أحد المراقبين إن على أن اللجنة أن تعيد الفرز في أثناء ال أيام المقبلة."""
HAMZA_JOINED = """بدأت الأحزاب المعارضة حملتها في الأسبوع الأخير قبل الاقتراع،
غير أن الأرقام التي نشرتها اللجنة لم تقنع المراقبين، لأن الأصوات الملغاة كثيرة.
وقال أحد المراقبين إن على أن اللجنة أن تعيد الفرز في أثناء الأيام المقبلة."""


def test_gaps_before_a_hamza_alef_close_where_the_word_model_reads_one_word() -> None:
    from araseclit.repair.words import close_hamza_gaps
    from araseclit.textmodel.scorer import default_scorer

    model = default_scorer().arabic
    assert close_hamza_gaps("ل أن ال أصوات الملغاة كثيرة", model) == "لأن الأصوات الملغاة كثيرة"
    # two words stay two words; garbled letters are no word of the list and stay apart
    assert close_hamza_gaps("غير أن على أن في أثناء", model) == "غير أن على أن في أثناء"
    assert close_hamza_gaps("ما أاكثر", model) == "ما أاكثر"


def test_a_document_with_hamza_gaps_reads_whole_words_and_a_clean_one_is_left() -> None:
    from araseclit.repair import repair_text

    assert repair_text(HAMZA_GAPS).split() == HAMZA_JOINED.split()
    assert repair_text(HAMZA_JOINED) == HAMZA_JOINED.replace("\n", " ")


def test_one_gap_before_a_hamza_alef_is_no_font_damage() -> None:
    """A clean text with one ``و إن`` typed apart keeps it: the damage must recur."""
    from araseclit.repair import repair_text

    text = HAMZA_JOINED.replace("لأن", "ل أن")
    assert repair_text(text).split() == text.split()


# clean text that types letters apart: page ranges, "no date", a post box, lettered options
LETTERS_APART = [
    "وردت الإحصاءات في التقرير السنوي للمفوضية ص ص 211-219 مع جداول مفصلة.",
    "اعتمد الباحث على نشرة قديمة (د ن، د ت) لم يذكر فيها مكان الطبع.",
    "ترسل الاستمارات إلى ص ب 4471 في حي المنصور.",
    "وقسمت البدائل المطروحة على الوفد إلى ثلاثة: أ ب ج بحسب كلفتها.",
    "ويعود أقدم ذكر للمدينة إلى القرن الخامس ق م في الألواح المسمارية.",
]


@pytest.mark.parametrize("line", LETTERS_APART, ids=range(len(LETTERS_APART)))
def test_letters_typed_apart_in_clean_text_stay_apart(line: str) -> None:
    """Issue 11, do no harm: letters in a row (``ص ص``, ``د ت``, ``أ ب ج``) are an
    abbreviation or a list, not the gaps a justified line leaves at a kashida (one per word,
    beside a longer piece); the word model finds any lone letter unlikely, so closing the
    space always "gained", alone or in a document."""
    from araseclit.repair import repair_text

    assert repair_text(line) == line
    assert repair_text("\n".join(LETTERS_APART)).split() == " ".join(LETTERS_APART).split()


def test_letters_a_writer_typed_apart_in_clean_text_stay_apart() -> None:
    """A letter typed on its own in clean text (a part's letter, an abbreviation after the
    conjunction, a run of list letters) is no gap a font left: one or two such letters are
    no evidence of a document with kashida gaps, and the join of ``ب من`` into a word
    (``بمن``) or ``وق م`` into ``وقم`` is not made."""
    from araseclit.repair import repair_text

    texts = [
        "تنص الفقرة ب من المادة الرابعة على حق الجمعيات في التمويل الخارجي.",
        "بنيت القلعة في القرن الثالث وق م ثم رممت في العهد العباسي.",
        "صنفت المنظمات في الفئات أ ب ج د بحسب حجمها، وق م تعني هنا قبل الميلاد.",
    ]
    for text in texts:
        assert repair_text(text) == text


def test_persian_words_with_a_zero_width_non_joiner_and_initials_are_no_gaps() -> None:
    """Clean Persian: the letter after a zero-width non-joiner (``دهه\u200cی``) is part of its
    word and an initial with its dot (``ع. رحیمی``) is typed so; neither is a gap, so no
    Persian word is joined to the next by the Arabic word model."""
    from araseclit.repair import repair_text

    text = "\n".join(
        [
            "در دو دهه\u200cی اخیر، کولبری و قاچاق کالا در شهرستان\u200cهای مرزی استان\u200cهای"
            " غربی گسترش یافته است و انجمن\u200cهای محلی گزارش\u200cهای سالانه منتشر می\u200cکنند.",
            "[۱] ع. رحیمی، اقتصاد مرزی در کردستان. سنندج: نشر دانشگاه، ۱۳۹۹، ص. ۱۴.",
            "[۲] ف. مرادی و ک. شریفی، «امنیت انسانی در مناطق مرزی»، ج. نوری، ویراستار، ۱۴۰۰.",
            "[۳] ب. کریمی، «کار غیررسمی و مرز»، فصلنامه\u200cی مطالعات اجتماعی، ۱۴۰۱، ص. ۳.",
        ]
    )
    assert repair_text(text).replace("\n\n", "\n") == text
