"""People the lexicon does not know, found from how Arabic news and scholarship name them.

A name follows a title or role (``الرئيس``, ``رئيس الوزراء``, ``وزير الخارجية الأمريكي``,
``الشيخ``, ``الباحث``) or a reporting verb (``قال``, ``صرّح``, ``أكد``), optionally after the
state the title belongs to (``رئيس بنما``, ``وزير خارجية كوريا الشمالية``). The name is one
to four words that look like a name: no article on its first word (``وليد المعلم``, not
``الرئيس``), no function word, no word of a known non-person mention; name particles
(``أبو``, ``بن``, ``عبد``) join the next word. A name does not start with a generic source
or role, a verb or a prepositional phrase (``مصدر مطلع``, ``شهود عيان``, ``غادر``,
``بحضور``: the word list ``not_name_starts``), a title or reporting verb (``رئيس المجلس``),
nor is it an indefinite accusative phrase (``وفدًا أمريكيًا``).

All words are normalised (:func:`araseclit.normalize.normalize_token`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import overload

from araseclit.charsets import PERSIAN_ONLY
from araseclit.normalize import normalize_token
from araseclit.tag.candidates import is_trigger
from araseclit.tag.lexicon import load_word_list
from araseclit.tag.patterns import has_article, is_arabic, raw_article
from araseclit.textmodel.frequency import arabic_zipf

#: titles that stand right before a name: السيد علي، الرئيس أردوغان، الشيخ تميم
TITLE_WORDS = frozenset(
    "الرئيس الرئيسه رئيس رئيسه السيد السيده الشيخ الشيخه الباحث الباحثه الدكتور الدكتوره "
    "د القاضي المستشار المستشاره السفير السفيره النائب النائبه الجنرال اللواء العميد الفريق "
    "المشير الملك الملكه الامير الاميره الامام المرشد الزعيم القائد المبعوث مبعوث المتحدث "
    "المتحدثه الكاتب الكاتبه المفكر البروفيسور الصحفي الصحفيه المحلل الوزير الوزيره "
    "زعيم قائد المرشح المرشحه الاستاذ الاستاذه المطران البطريرك العلامه الحاكم حاكم "
    "الخبير الخبيره السلطان الامبراطور الخليفه المدير المديره المحافظ المندوب الممثل المنسق "
    "رئاسه العماد الموفد موفد المؤرخ المؤرخه".split()
)
#: honorifics: a title that, right before a word that is also an ordinary word (الأسد,
#: الصدر, هادي), makes it a person; a job (الباحث, الكاتب, الخبير) does not
HONORIFICS = frozenset(
    "الرئيس الرئيسه رئيس رئيسه السيد السيده الشيخ الشيخه الدكتور الدكتوره د القاضي "
    "السفير السفيره النائب النائبه الجنرال اللواء العميد الفريق المشير الملك الملكه الامير "
    "الاميره الامام المرشد الزعيم القائد الوزير الوزيره زعيم قائد المطران البطريرك العلامه "
    "الحاكم حاكم السلطان سلطان الامبراطور امبراطور الخليفه العماد".split()
)
#: a title's complement before the name: رئيس الوزراء، وزير الخارجية، الأمين العام
TITLE_HEADS = frozenset(
    "رئيس رئيسه وزير وزيره نائب نائبه الامين امين مستشار مستشاره المتحدث المتحدثه سفير "
    "ولي قائد زعيم ملك امبراطور سلطان امير مدير مديره محافظ مندوب ممثل منسق".split()
)
#: reporting verbs right before a name: قال ترامب، وأكد الصدر
SPEECH_VERBS = frozenset(
    "قال قالت صرح صرحت اكد اكدت اعلن اعلنت اضاف اضافت اوضح اوضحت اشار اشارت كتب كتبت "
    "زعم زعمت ذكر ذكرت اخبر اخبرت حذر حذرت دعا دعت اعتبر اعتبرت يقول تقول "
    "يؤكد تؤكد يشير تشير".split()
)
#: verbs with which scholarship reports an author's view (يرى يزيد صايغ، رأى غسان سلامة);
#: the name after them starts with a given name, as their subject is as often a plural
#: noun (لاحظ علماء الفيزياء، يجادل مؤيدو التغيير)
VIEW_VERBS = frozenset(
    "راي رات يري تري يجادل تجادل جادل جادلت يذهب تذهب ذهب ذهبت يلاحظ تلاحظ لاحظ لاحظت "
    "يصف تصف وصف وصفت يقترح تقترح اقترح اقترحت طور طورت صاغ صاغت بحسب حسب "
    "يضيف تضيف يبين تبين بين بينت يقارن تقارن قارن قارنت".split()
)
#: leadership right before a name: بقيادة جبريل إبراهيم، بزعامة بافل طالباني
LED_BY = frozenset("بقياده بزعامه".split())
#: name particles that belong to the next word: أبو بكر، بن لادن، عبد الله
NAME_PARTICLES = frozenset("ابو ابي ام بن ابن بنت عبد ال".split())
#: words that are never part of a name after a cue (function words, time, fillers)
NOT_NAME = frozenset(
    "في من على الى عن مع ان انه انها ان بان لان اذ اذا قد لقد كما ايضا ايضا يوم امس "
    "اليوم غدا الان خلال بعد قبل عقب منذ حتى حتي لدي او ثم لكن لدى عند عبر حول بين ضد هو هي هم "
    "هذا هذه ذلك تلك الذي التي الذين ما لا لم لن كان كانت يكون تكون بشان وفق وفقا حسب "
    "بحسب نفسه كل بعض جميع غير سابق السابق الحالي الجديد اول ثاني بدوره بدورها فيه فيها "
    "له لها لهم انهم انه بانه بانها امام وسط نحو مرارا مجددا صراحه رسميا علنا اسبوع شهر "
    "عام العام الاسبوع الشهر السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه مساء صباح "
    "اليوم الماضي المقبل المنتخب الجديد السابقه الراحل المخلوع المعزول شخصيا وقال وقالت "
    "ان فان بل مثل ايه اي جمهوريه الجمهوريه الوزراء الحكومه الدوله البلاد وزراء الخارجيه "
    "الداخليه الدفاع العام العامه الامن عدد كبير معظم اغلب احد الي انشاء ضروره اهميه باسم "
    "هما هن انتم نحن اين متي كيف لماذا ماذا اما".split()
)
#: honorifics written after the name: إبراهيم باشا، مدحت باشا، محمد علي بك
POST_TITLES = frozenset("باشا بك بيك افندي".split())
#: words that make the word before them a given name: تركي بن عبد الله، محمد بن سعود
SON_OF = frozenset("بن ابن".split())
#: Zipf value under which a word before بن is taken for a given name (إبراهيم 5.14, تركي
#: 4.6); verbs and nouns that could stand there are commoner (وصل 5.1 is the risk left)
GIVEN_NAME_ZIPF = 5.3

#: words between a title and the name: وزير الخارجية السابق بوريس جونسون، رئيس الوزراء
#: آنذاك عبد الله حمدوك
TITLE_MODIFIERS = frozenset(
    "السابق السابقه المنتخب المنتخبه الراحل الحالي الجديد انذاك حينذاك حينها يومها".split()
)
MAX_NAME_WORDS = 4


_CUES = TITLE_WORDS | TITLE_HEADS | SPEECH_VERBS | VIEW_VERBS
#: verbs reporting speech or a view (reporting_verb)
_REPORTING = SPEECH_VERBS | VIEW_VERBS
#: distinct words whose per-word facts are kept (as textmodel.frequency keeps Zipf values):
#: every helper below that reads only its word is cached, since the same few thousand words
#: recur in every document (issue 12: the uncached helpers were the tagger's largest cost).
#: 65536 held ~160 MB per worker when full; 16384 is below the distinct words of the 121
#: NTREX articles, which then cycle through it (bench_tag_speed.py out of domain 9-47% more
#: CPU in three same-minute pairs); 32768 was within noise of 65536 in two
WORD_CACHE_SIZE = 32768
#: tanwin (ً ٌ ٍ) marks an indefinite noun or adjective, never a name: وفدًا
_TANWIN = re.compile("[\u064b-\u064d]")


def _cue_forms() -> dict[str, str]:
    """Every written form of a cue -> the cue (:func:`word_of`): the cue itself, behind each
    prefix of ``_PREFIXES`` in their order, then an articled cue behind ``لل`` or ``ولل``
    (``للرئيس`` -> ``الرئيس``); an earlier reading wins, as in :func:`word_of_rules`."""
    forms: dict[str, str] = {cue: cue for cue in _CUES}
    for prefix in _PREFIXES:
        for cue in sorted(_CUES):
            forms.setdefault(prefix + cue, cue)
    for prefix in _ARTICLE_PREFIXES:
        for cue in sorted(_CUES):
            if cue.startswith("ال"):
                forms.setdefault(prefix + cue[2:], cue)
    return forms


#: the conjunctions and prepositions a cue is read behind: وقال، فقال، بالامير، وبالامير، كالرئيس
_PREFIXES = ("و", "ف", "ب", "وب", "ك")
#: the prepositions that take an articled cue's alef: للرئيس، وللرئيس
_ARTICLE_PREFIXES = ("لل", "ولل")
_CUE_FORMS = _cue_forms()
#: every token after which find_persons looks for a name: a cue's form or a leadership word
_STARTERS = frozenset(_CUE_FORMS) | LED_BY


def word_of(norm: str) -> str:
    """A cue without its conjunction or preposition: ``وقال`` -> ``قال``, ``بالامير`` ->
    ``الامير``, ``للرئيس`` -> ``الرئيس``; any other word is itself. One look-up in every
    written form of every cue (:data:`_CUE_FORMS`): it is asked of every token of a text,
    and the rules (:func:`word_of_rules`) tried seven prefixes on each new word."""
    return _CUE_FORMS.get(norm, norm)


def word_of_rules(norm: str) -> str:
    """:func:`word_of` by its rules, prefix by prefix (what :data:`_CUE_FORMS` holds; a
    test compares the two)."""
    if norm in _CUES:
        return norm
    for prefix in _PREFIXES:
        if norm.startswith(prefix) and norm[len(prefix) :] in _CUES:
            return norm[len(prefix) :]
    for prefix in _ARTICLE_PREFIXES:
        if norm.startswith(prefix) and "ال" + norm[len(prefix) :] in _CUES:
            return "ال" + norm[len(prefix) :]
    return norm


def find_persons(
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    states_end: dict[int, int],
    raw: list[str] | None = None,
    known_surnames: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of person names after a title or a reporting verb.

    ``taken``: tokens inside known non-person mentions (never part of a name);
    ``states_end[i]``: end of a state mention starting at ``i`` (skipped after a title);
    ``raw``: the tokens as written, to tell the article from a name's own alef-lam
    (``ألكسندر`` normalises to ``الكسندر``) and to look words up in ``wordfreq``;
    ``known_surnames``: surnames (:func:`surnames`) the rest of the document gave, as written.

    How common a word is in general Arabic (its ``wordfreq`` Zipf value) is the evidence
    that it is a name: no word of a name is as common as a function word
    (:data:`COMMON_ZIPF`: على 7.2, حيث 6.2), and a name after a reporting verb, or a word
    repeated as a surname, has a rare word in it (:data:`RARE_ZIPF`: زئيف 2.5, تانيفسكي 0,
    not فريق 5.4 or موقع 5.7).
    """
    if not norms:
        return []
    raw = raw or norms
    articled = (
        [raw_article(w) for w in raw] if raw is not norms else [has_article(n) for n in norms]
    )
    if len(raw) != len(norms):
        raise ValueError("find_persons: raw and norms differ in length")
    no_start, given = map(list, zip(*map(token_facts, norms, raw), strict=True))
    # Zipf values are read where a name may be, not for every token: looked up when asked
    zipf, cap = _Zipfs(norms, raw), _Zipfs(norms, raw, capped=True)
    rare = _Rare(norms, raw)
    cited = cited_surnames(raw)
    taken = taken | citation_tokens(raw)
    name_words = _name_words()
    found: list[tuple[int, int, bool]] = []  # (start, end, after a reporting verb)
    # a name starts only after a title, verb or leadership word, in any written form
    for i in [i for i, norm in enumerate(norms) if norm in _STARTERS]:
        norm = norms[i]
        word = word_of(norm)
        view = view_verb(norm, raw[i])
        if view and not (i + 1 < len(norms) and (given[i + 1] or norms[i + 1] in name_words)):
            continue
        speech = word in SPEECH_VERBS or view
        starts = [i + 1] if speech or word in TITLE_WORDS or norm in LED_BY else []
        if word in TITLE_HEADS and i + 1 < len(norms) and not is_punct[i + 1]:
            starts.append(i + 2)  # رئيس الوزراء, وزير الخارجية, الأمين العام
            after = _after_mention(i + 1, taken)
            if i + 1 in taken and after < len(norms) and given[after]:
                starts.append(after)  # the body led: قائد قوات سوريا الديمقراطية مظلوم عبدي
        for j in starts:
            if not speech:
                j = _skip_state(norms, j, states_end)
                while j < len(norms) and norms[j] in TITLE_MODIFIERS:
                    j += 1
            if j < len(norms) and (no_start[j] or _conjunct_noun(raw[j])):
                continue
            if _construct_noun(norms, raw, articled, j):
                continue
            end = _name_end(norms, is_punct, taken, j, articled, zipf, given, rare, cited)
            if end - j > 1 and all(n.endswith("ا") for n in norms[j:end]):
                continue  # an indefinite accusative phrase: وفدا امريكيا
            if end > j and max(cap[j:end]) < COMMON_ZIPF:
                found.append((j, end, speech))
                break
    found += _shaped_names(norms, is_punct, taken, articled, no_start, zipf, cap, name_words)
    farsi = any_persian_letter(raw)
    persian = _persian_sentences(raw, norms, farsi)
    uncued = _uncued_names(
        raw, norms, is_punct, taken, articled, no_start, zipf, given, rare, cited, persian, farsi
    )
    found += uncued
    # the evidence above is Arabic's (a word rare in Arabic is a name): in a Persian sentence
    # every Persian word is rare in Arabic, and a surname taken there (از, را) would make each
    # of its repeats a person
    found = [(s, e, speech) for s, e, speech in found if not persian[s]]
    # a name found only before a Latin citation is weak evidence: its last word is no surname
    # to look for elsewhere (صالحة للشرب (HRW, 2019) would make every للشرب a person)
    by_citation = {e for _, e, _ in uncued if _latin_citation(raw, e)}
    found = [(_given_start(s, given, taken, is_punct, articled, no_start), e, speech)
             for s, e, speech in found]  # fmt: skip
    spans = [
        (s, e) for s, e, speech in found
        if (speech and e - s > 1 and min(zipf[s:e]) < RARE_ZIPF)
        or (not speech and (e - s > 1 or not (norms[s].endswith(("ه", "ي"))
                                              or common_noun(raw[s]))))
    ]  # fmt: skip
    # a rare last word of an accepted name is a surname the document may repeat (زئيف)
    surnames = known_surnames | {
        raw[e - 1]
        for s, e in spans
        if e - s > 1 and e not in by_citation and _surname(zipf[e - 1], articled[e - 1])
    }
    spans += [(s, e) for s, e, speech in found if speech and e - s == 1 and raw[s] in surnames]
    inside = {k for s, e in spans for k in range(s, e)} | taken
    for k, word in enumerate(raw):
        if word in surnames and k not in inside and not persian[k]:
            spans.append((k, k + 1))
    return sorted(spans)


@lru_cache(maxsize=WORD_CACHE_SIZE)
def token_facts(norm: str, word: str) -> tuple[bool, bool]:
    """What :func:`find_persons` reads of every token, normalised ``norm`` and as written
    ``word``, worked out once per distinct pair: whether it cannot start a name, and whether
    it is a given name. Its Zipf value (:func:`token_zipf`) and whether it is rare enough to be
    a third name (:func:`third_name_word`) are asked of few tokens, through :class:`_Zipfs`
    and :class:`_Rare`."""
    # words that cannot start a name: a source or role noun, a verb, a cue, tanwin
    no_start = (
        norm in _barred() or norm in _CUE_FORMS or bool(_TANWIN.search(word))
    ) and not _name_not_verb(norm, word)
    given = (
        norm in load_word_list("given_names")
        and norm not in NOT_NAME
        and token_zipf(norm, word) < GIVEN_NAME_ZIPF
    )
    return no_start, given


def token_zipf(norm: str, word: str) -> float:
    """A token's Zipf value (normalised ``norm``, as written ``word``), 0 for a token with no
    Arabic letter: such a token is never read as part of a name, so neither its Zipf value nor
    its rarity is ever read; looking it up (a digit, a Latin word) imports wordfreq (0.5 s)."""
    return arabic_zipf(word) if is_arabic(norm) else 0.0


def token_cap(norm: str, word: str) -> float:
    """A token's Zipf value as a word of a name: 0 for محمد, علي, بن, عبد الله, names as common
    as function words (:func:`_name_words`, under :data:`NAME_ZIPF`)."""
    zipf = token_zipf(norm, word)
    return 0.0 if norm in _name_words() and zipf < NAME_ZIPF else zipf


class _Zipfs(Sequence[float]):
    """:func:`token_zipf` (``capped``: :func:`token_cap`) of each token, by index or slice as
    a list gives them, looked up when asked: a Zipf value is read only of a word that may be
    part of a name, and looking up every new word of a text (a hash probe in wordfreq's table
    each) was a third of the person finder's time on new text."""

    __slots__ = ("norms", "of", "raw")

    def __init__(self, norms: list[str], raw: list[str], capped: bool = False) -> None:
        self.norms, self.raw = norms, raw
        self.of = token_cap if capped else token_zipf

    def __len__(self) -> int:
        return len(self.norms)

    @overload
    def __getitem__(self, k: int) -> float: ...

    @overload
    def __getitem__(self, k: slice) -> list[float]: ...

    def __getitem__(self, k: int | slice) -> float | list[float]:
        if isinstance(k, slice):
            return [self.of(self.norms[i], self.raw[i]) for i in range(*k.indices(len(self)))]
        return self.of(self.norms[k], self.raw[k])


@lru_cache(maxsize=WORD_CACHE_SIZE)
def third_name_word(norm: str, word: str) -> bool:
    """Whether a token (normalised ``norm``, as written ``word``) is rare enough to be the third
    word of a name: a rare word (ليدراك), not a rare future verb (سيرأس), prefixed word or
    common noun's form."""
    return (
        is_arabic(norm)
        and arabic_zipf(word) < THIRD_WORD_ZIPF
        and not _future_verb(word)
        and not _prefixed(word)
        and not _noun_form(word)
    )


class _Rare:
    """:func:`third_name_word` of each token, worked out when :func:`_name_end` asks for it:
    only a word after a two-word name is asked, and the checks of a rare word (a verb's,
    a prefixed word's and a noun's forms looked up) were a quarter of the person finder's
    time on text of new words when made for every token."""

    __slots__ = ("norms", "raw")

    def __init__(self, norms: list[str], raw: list[str]) -> None:
        self.norms, self.raw = norms, raw

    def __getitem__(self, k: int) -> bool:
        return third_name_word(self.norms[k], self.raw[k])


@lru_cache(maxsize=1)
def _barred() -> frozenset[str]:
    """Words that cannot start a name: the word list ``not_name_starts`` and the cues."""
    return load_word_list("not_name_starts") | _CUES


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Names as common as function words (محمد, علي, عبد الله) and the name particles."""
    return load_word_list("common_name_words") | NAME_PARTICLES


def surnames(raw: list[str], spans: list[tuple[int, int]]) -> frozenset[str]:
    """The surnames :func:`find_persons` takes from the names it found (``spans`` of the
    tokens ``raw``, as written): a rare last word without the article (``زئيف``,
    ``فرويد``), which names the person again wherever it stands alone."""
    return frozenset(
        raw[e - 1]
        for s, e in spans
        if e - s > 1 and _surname(arabic_zipf(raw[e - 1]), raw_article(raw[e - 1]))
    )


def _surname(zipf: float, articled: bool) -> bool:
    """Whether the last word of a name, of Zipf ``zipf``, names its bearer when it stands
    alone: a rare word (``بوريطة`` 1.6, ``زئيف`` 2.5), with the article only when very rare
    (``العليمي`` 2.5; not ``الشريف`` 4.6 or ``الأمير`` 5.0, ordinary words too)."""
    return zipf < (RARE_ARTICLED_ZIPF if articled else RARE_ZIPF)


def _given_start(
    s: int,
    given: list[bool],
    taken: set[int],
    is_punct: list[bool],
    articled: list[bool],
    no_start: list[bool],
) -> int:
    """Start of a name found at ``s``, moved back over a given name right before it: a
    name found by its shape (``عبد الرحمن``) or after a title that is no cue (``مدير
    المرصد رامي عبد الرحمن``) has its bearer's given name in front."""
    k = s - 1
    if k < 0 or k in taken or is_punct[k] or articled[k] or no_start[k] or not given[k]:
        return s
    return k


#: Zipf value of the commonest word a name may contain (Arabic function words are above)
COMMON_ZIPF = 6.0
#: Zipf value under which a very common name word (محمد 6.11, الله 6.39) is still a name;
#: the function words it could be confused with are above (على 7.18, إلى 6.91)
NAME_ZIPF = 6.5
#: Zipf value under which a word is rare enough to be a name on its own evidence
RARE_ZIPF = 4.5
#: Zipf value under which a word with the article is a surname, not an ordinary word
RARE_ARTICLED_ZIPF = 3.0
#: Zipf value from which a third word of a name needs evidence (a given name, a particle):
#: ``جون بول ليدراك`` (0) and ``أندريس مانويل لوبيز أوبرادور`` (لوبيز 3.9) are names; a rare
#: verb is told by its form (``سامح شكري سيشارك``, :func:`_future_verb`)
THIRD_WORD_ZIPF = 4.0


def _shaped_names(
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    articled: list[bool],
    no_start: list[bool],
    zipf: Sequence[float],
    cap: Sequence[float],
    name_words: frozenset[str],
) -> list[tuple[int, int, bool]]:
    """Names known by their shape alone, with no title or verb before them: a given name
    and its father's (``محمد بن سعود``, ``تركي بن عبد الله بن محمد``), ``عبد`` and an
    articled word (``عبد العزيز آل سعود``), and a name before an honorific written after it
    (``إبراهيم باشا``)."""
    out: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(norms) - 1:
        norm, nxt = norms[i], norms[i + 1]
        if nxt not in _SHAPE_NEXT and norm not in ("عبد", "وعبد"):
            i += 1  # no shape below starts here
            continue
        free = i not in taken and i + 1 not in taken and not is_punct[i] and is_arabic(norm)
        given = (
            free
            and not articled[i]
            and not no_start[i]
            and norm not in NOT_NAME
            and (norm in name_words or zipf[i] < GIVEN_NAME_ZIPF)
        )
        end = i
        if given and nxt in SON_OF:
            end = _name_end(norms, is_punct, taken, i, articled, zipf)
        elif free and norm in ("عبد", "وعبد") and articled[i + 1]:
            end = _name_end(norms, is_punct, taken, i, articled, zipf)
        elif given and nxt in POST_TITLES:
            end = i + 2
        elif given and nxt == "الدين" and _compound_surname(norms, is_punct, taken, zipf, i + 2):
            end = i + 3  # نور الدين الطبوبي: a compound given name and a rare surname
        if end - i > 1 and max(cap[i:end]) < COMMON_ZIPF:
            out.append((i, end, False))
            i = end
            continue
        i += 1
    return out


#: the words after a given name that give a name its shape (:func:`_shaped_names`)
_SHAPE_NEXT = SON_OF | POST_TITLES | {"الدين"}


def _compound_surname(
    norms: list[str], is_punct: list[bool], taken: set[int], zipf: Sequence[float], k: int
) -> bool:
    """Whether word ``k``, after a compound given name in ``الدين`` (``نور الدين``, ``صلاح
    الدين``), is a rare surname: the province ``صلاح الدين`` and ``نور الدين`` "light of
    the faith" are followed by ordinary words."""
    if k >= len(norms) or is_punct[k] or k in taken or not is_arabic(norms[k]):
        return False
    if _perfect_verb(norms[k]):
        return False  # محافظتي نينوى وصلاح الدين أسهمت في خفض التوترات
    return zipf[k] < (RARE_ARTICLED_ZIPF if has_article(norms[k]) else UNCUED_SURNAME_ZIPF)


def _joined(norms: list[str], j: int, k: int, zipf: Sequence[float] | None = None) -> bool:
    """Whether word ``k`` of a name starting at ``j`` is held to the name by a particle:
    it follows one (عبد الله, ابو الغيط), is one (عبد العزيز آل سعود), or follows a
    particle's articled complement and is rare enough to be a surname (عبد الله النعيمي,
    not عبد الله ملكا or عبد الله الرياض)."""
    if norms[k - 1] in NAME_PARTICLES or norms[k] in NAME_PARTICLES:
        return True
    rare = zipf is None or zipf[k] < RARE_ZIPF
    return rare and k - 2 >= j and norms[k - 2] in NAME_PARTICLES and has_article(norms[k - 1])


def _skip_state(norms: list[str], j: int, states_end: dict[int, int]) -> int:
    """After a title, the state it belongs to: رئيس بنما, الأمريكي, خارجية كوريا الشمالية."""
    for _ in range(2):
        if j in states_end:
            j = states_end[j]
    return j


@lru_cache(maxsize=WORD_CACHE_SIZE)
def common_noun(word: str) -> bool:
    """Whether ``word`` is used as a common noun or adjective more than as itself: its form
    with the article or the feminine ending is commoner in ``wordfreq`` than the word
    (``نموذجا``: النموذج 4.44 against 3.91; ``معزول``: معزولة 3.77 against 3.4). A name
    rarely takes either (``ميركل`` 3.86, ``الميركل`` 0; ``سعيد`` 5.26, ``السعيد`` 4.33): of
    the one-word parts of the lexicon's person names 6 of 193 are common nouns by this
    test (``سيد``, ``مهدي``), which a title before them does not change."""
    base = word[:-1] if word.endswith("ا") and len(word) >= 4 else word
    own = arabic_zipf(word)
    return own > 0 and max(arabic_zipf("ال" + base), arabic_zipf(base + "ة")) > own


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _future_verb(word: str) -> bool:
    """A verb in the future (``سيرأس``, ``ستزور``, ``سنقوم``; as written, hamza kept): the
    word without its ``س`` is a commoner imperfect verb (يرأس 3.8 against 1.9); a name has
    none (سيرغي: يرغي 2.0)."""
    return (
        word[:2] in ("سي", "ست", "سن")
        and len(word) >= 5
        and arabic_zipf(word[1:]) >= max(arabic_zipf(word), FUTURE_STEM_ZIPF)
    )


#: Zipf value from which the imperfect verb inside a future (يزور 4.3) is a common word
FUTURE_STEM_ZIPF = 3.5


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _perfect_verb(word: str) -> bool:
    """A perfect verb of the form أفعلت (``أسهمت``, ``أشرفت``; as written): its imperfect
    يفعل is a common word (يسهم 3.6, يشرف 3.9); a name ending in ت is of another form
    (``مدحت``, ``رفعت``)."""
    return (
        len(word) == 5
        and word[0] in "أا"
        and word.endswith("ت")
        and arabic_zipf("ي" + word[1:-1]) >= max(arabic_zipf(word), FUTURE_STEM_ZIPF)
    )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _accusative(norm: str) -> bool:
    """An indefinite accusative noun (tanwin written as a final alif): ``ملكا``, ``رئيسا``;
    a name ending in alif (``أوباما``, ``رضا``) has no common word without it."""
    return norm.endswith("ا") and len(norm) >= 4 and arabic_zipf(norm[:-1]) >= ACCUSATIVE_ZIPF


#: Zipf value from which a word without its final alif is a common noun (ملك 5.3)
ACCUSATIVE_ZIPF = 4.0


def _name_end(
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    j: int,
    articled: list[bool],
    zipf: Sequence[float] | None = None,
    given: list[bool] | None = None,
    rare: _Rare | list[bool] | None = None,
    cited: frozenset[str] = frozenset(),
) -> int:
    """End of the name starting at token ``j`` (``j`` itself when there is none).

    With ``zipf`` and ``given`` (:func:`token_facts`), a rare word after a given name is its
    surname even with the feminine ending (``ناصر بوريطة``); with ``rare`` too (words rarer
    than :data:`THIRD_WORD_ZIPF`, no future verb), a word after the second needs evidence: a
    given name (a father's name: ``رشاد محمد العليمي``), a particle, or rarity (``جون بول
    ليدراك``); ``سامح شكري سيشارك`` ends before the verb."""
    k, particles = j, 0
    while k < len(norms) and k - j - particles < MAX_NAME_WORDS:
        norm = norms[k]
        particles += norm in NAME_PARTICLES
        family = k > j and norms[k - 1] == "ال"  # آل ثاني: a family's name after آل
        if is_punct[k] or k in taken or not is_arabic(norm) or (norm in NOT_NAME and not family):
            break
        if k == j and (articled[k] or len(norm) < 2 or norm.startswith("لل")):
            break  # a name does not start with the article: الرئيس, المعارضة, للصراع
        if k == j and is_trigger(norm):
            break  # an organisation: وأكدت مؤسسة بيت السلام
        if k == j and norm.endswith("ات") and len(norm) > 4:
            break  # a plural noun: تحليلات
        if k > j and _accusative(norm):
            break  # an indefinite accusative after the name: ونودي بالأمير عبد الله ملكا
        if norm.startswith("و") and k > j and norm[1:] not in NAME_PARTICLES:
            break  # the next conjunct: بومبيو وكيم
        joined = _joined(norms, j, k, zipf)
        surname = (
            given is not None and zipf is not None and k == j + 1 and given[j]
            and not articled[j] and zipf[k] < RARE_ZIPF
        ) or (k > j and norm in cited)  # fmt: skip
        if k > j and (norm.endswith("ه") or articled[k - 1]) and not (joined or surname):
            break  # a feminine noun or a word after a surname: كبير مساعدي قياده الحزب
        if given is not None and rare is not None and k - j - particles >= 2 and not joined:
            if not (given[k] or rare[k] or (articled[k] and given[k - 1])):
                break  # a verb or noun after a two-word name: سامح شكري سيشارك
        k += 1
    return k


def full_names(
    norms: list[str],
    raw: list[str],
    is_punct: list[bool],
    taken: set[int],
    known: dict[str, list[tuple[str, str]]],
) -> list[tuple[int, int, str]]:
    """Known people named in full, with their father's and grandfather's names between
    the first and last word the lexicon lists: ``بشار حافظ الأسد``, ``عبد الفتاح سعيد حسين
    خليل السيسي``, ``دونالد جون ترامب``; a very common given name before (``محمد حسني السيد
    مبارك``, ``محمد أنور السادات``) and a name joined by a particle after (``صدام حسين عبد
    المجيد``) belong to the name too.

    ``known``: the last word of each listed name of two words or more -> ``(first word,
    entity id)``; ``taken``: tokens of mentions other than people. Returns ``(start, end,
    entity id)`` spans.
    """
    given = load_word_list("common_name_words")

    def name_word(k: int) -> bool:
        norm = norms[k]
        return (
            not is_punct[k]
            and k not in taken
            and is_arabic(norm)
            and norm not in NOT_NAME
            and not norm.startswith("و")
            and (norm in given or norm in NAME_PARTICLES or arabic_zipf(raw[k]) < COMMON_ZIPF)
        )

    def family_word(k: int) -> bool:  # آل ثاني: an ordinary word names a family after آل
        return not is_punct[k] and k not in taken and is_arabic(norms[k])

    out: list[tuple[int, int, str]] = []
    for j, norm in enumerate(norms):
        for first, entity in known.get(norm, ()):
            i = next(
                (i for i in range(j - 1, max(j - 2 - MAX_MIDDLE_NAMES, -1), -1)
                 if norms[i] == first),
                None,
            )  # fmt: skip
            if i is None or not all(name_word(k) for k in range(i, j + 1)):
                continue
            if raw[i].endswith("ى"):
                continue  # على (on) is علي after normalisation: على عمل صالح
            start, end = i, j + 1
            if start > 0 and norms[start - 1] in given and name_word(start - 1):
                start -= 1  # محمد حسني مبارك
            if (
                end + 1 < len(norms)
                and norms[end] in NAME_PARTICLES
                and (name_word(end + 1) or (norms[end] == "ال" and family_word(end + 1)))
            ):
                end += 2  # صدام حسين عبد المجيد, تميم بن حمد آل ثاني
            out.append((start, end, entity))
            break
    return out


#: names between a listed first and last word, at most: عبد الفتاح [سعيد حسين خليل] السيسي
MAX_MIDDLE_NAMES = 4


def view_verb(norm: str, word: str) -> bool:
    """Whether ``word`` (normalised ``norm``) reports an author's view. ``بين`` is the verb
    بيّن only with its shadda: bare, it is "between" (يقارن الباحث بين المصري والأردني)."""
    if word_of(norm) == "بين":
        return "\u0651" in word
    return word_of(norm) in VIEW_VERBS and not _name_not_verb(norm, word)


def reporting_verb(norm: str, word: str) -> bool:
    """Whether ``word`` (normalised ``norm``) is a verb of speech or view in any reading
    (bare ``بين`` too): no given name, though ``وبين`` is و + the name بين."""
    verb = word_of(norm) in _REPORTING
    return verb and not _name_not_verb(norm, word)


def _name_not_verb(norm: str, word: str) -> bool:
    """``راي`` written with a final ya, a name (``راي يونج``), not the verb ``رأى``/``راى``
    that normalises to the same letters."""
    return norm.endswith("راي") and word.endswith("ي") and "أ" not in word


def _after_mention(k: int, taken: set[int]) -> int:
    """The token after the run of mention tokens starting at ``k``."""
    while k in taken:
        k += 1
    return k


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _noun_form(word: str) -> bool:
    """A common noun or adjective by :func:`common_noun` whose articled or feminine form is
    itself a common word (``انقساما``: الانقسام), not a rare surname that a rarer form
    happens to outnumber (``مناوي`` 2.3: المناوي 2.7)."""
    base = word[:-1] if word.endswith("ا") and len(word) >= 4 else word
    rival = max(arabic_zipf("ال" + base), arabic_zipf(base + "ة"))
    return common_noun(word) and rival >= NOUN_FORM_ZIPF


#: Zipf value from which the articled or feminine form of a word is a common word
NOUN_FORM_ZIPF = 3.0


#: Zipf value from which an unlisted word before a definite one is a common noun in
#: construct (``بدء`` 4.84, ``تنفيذ`` 4.9, ``انطلاق`` 4.43), not a name (``بوتين`` 4.19 has
#: no definite word after it; given names are listed: هادي, قاسم)
CONSTRUCT_ZIPF = 4.0


def _construct_noun(norms: list[str], raw: list[str], articled: list[bool], j: int) -> bool:
    """Whether the word at ``j`` after a title heads a construct with the definite word after
    it (``أكد رئيس الوزراء بدء العمل``: "the start of the work"): a common Arabic word with no
    article, no given name of the list, before a word with the article. A name that starts
    so starts with a given name (``حيدر العبادي``, ``هادي العامري``)."""
    return (
        j + 1 < len(norms)
        and articled[j + 1]
        and not articled[j]
        and is_arabic(norms[j])
        and norms[j] not in load_word_list("given_names")
        and arabic_zipf(raw[j]) >= CONSTRUCT_ZIPF
    )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _conjunct_noun(word: str) -> bool:
    """A definite noun behind ``و`` (as written: ``والموارد`` in ``وزير الزراعة والموارد
    المائية``), commoner without it: the title's complement goes on, no name starts; a name
    that starts with these letters is commoner whole (``والتر`` 4.3: التر 2.6)."""
    return (
        word.startswith("وال")
        and len(word) > 4
        and arabic_zipf(word[1:]) > max(arabic_zipf(word), PREFIXED_STEM_ZIPF)
    )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _prefixed(word: str) -> bool:
    """A word that is a commoner word behind a conjunction or preposition (``بالاتفاق``:
    الاتفاق 4.6 against 3.5; ``فيكرر``: يكرر 3.5 against 0), so no name's own word (``بوتين``:
    وتين 0; ``بشير`` 4.5: شير 3.0; ``فورد`` 4.25: ورد 4.85, too close to be its prefixed
    form)."""
    if len(word) < 4 or word[0] not in "بفلك":
        return False
    stem = "ال" + word[2:] if word.startswith("لل") else word[1:]
    return arabic_zipf(stem) >= max(arabic_zipf(word) + PREFIXED_MARGIN, PREFIXED_STEM_ZIPF)


#: Zipf value from which the word behind a prefix (الاتفاق 4.6, يكرر 3.5) is a common word
PREFIXED_STEM_ZIPF = 3.0
#: how much rarer a prefixed form is than its word: of wordfreq's 2,000 commonest Arabic words
#: of three letters or more, 94% are at least 0.8 Zipf commoner than their ب- or ل- form and
#: 99% than their ف- or ك- form (medians 1.7-3.2), so a word within 0.8 of its "stem" is a word
#: of its own
PREFIXED_MARGIN = 0.8

#: a citation's author and year: (سلامة، 1987)، (داود أوغلو، 2001)، (Lijphart, 1977)
_YEAR = re.compile(r"^[12][0-9]{3}[a-z\u0623-\u064a]?$")


def cited_surnames(raw: list[str]) -> frozenset[str]:
    """Normalised Arabic words cited as an author in the text (``(سلامة، 1987)``,
    ``(الحوراني، 2018؛ ...)``, ``(داود أوغلو، 2001)``): a word written as a surname in a
    citation names a person wherever it ends a name, even an ordinary word (سلامة 4.6)."""
    out: set[str] = set()
    for k in range(len(raw) - 2):
        if raw[k + 1] not in ("،", ",") or not _YEAR.match(raw[k + 2]):
            continue
        for back in (1, 2):  # the author is one or two words after the bracket or ؛
            if k - back >= 0 and raw[k - back] in ("(", "؛", ";"):
                author = [normalize_token(w) for w in raw[k - back + 1 : k + 1]]
                if not is_trigger(author[0]):  # a body: (مركز الدراسات، 2020)
                    out.update(author)
    return frozenset(w for w in out if is_arabic(w))


def citation_tokens(raw: list[str]) -> set[int]:
    """Tokens of the authors of parenthetical citations (``(مانع، 2010)``, ``(Huntington,
    1957؛ صايغ، 2019)``): a reference, not a mention of the person."""
    out: set[int] = set()
    for k in range(len(raw) - 2):
        if raw[k + 1] in ("،", ",") and _YEAR.match(raw[k + 2]):
            for back in (1, 2, 3):
                if k - back >= 0 and raw[k - back] in ("(", "؛", ";"):
                    out.update(range(k - back + 1, k + 1))
                    break
    return out


def _latin_citation(raw: list[str], k: int) -> bool:
    """Whether a citation in Latin script (``(Lijphart, 1977)``) starts at token ``k``:
    the name right before it is the cited author's."""
    return (
        k + 3 < len(raw)
        and raw[k] == "("
        and raw[k + 1][:1].isalpha()
        and raw[k + 1].isascii()
        and raw[k + 2] in (",", "،")
        and bool(_YEAR.match(raw[k + 3]))
    )


#: nouns of landforms and settlements that head a place name as a given name heads a
#: person's, and are given names too: جبل الجرمق، وادي عربة، تل أبيب، عين عيسى
PLACE_HEADS = frozenset("جبل جبال وادي نهر بحر بحيره جزيره تل عين بئر سهل هضبه قريه مدينه".split())
#: possessive pronouns that end a noun, never a name: جهدها، حصتهم، صديقه
_POSSESSIVE = ("ه", "ها", "هم", "هما", "كم")
#: Zipf value under which the last word of a name with no cue is rare enough to be a
#: surname (صايغ 2.3, عبدي 3.7 is not; لينر 1.9, أوغلو 3.5 is not)
UNCUED_SURNAME_ZIPF = 3.5


def _uncued_names(
    raw: list[str],
    norms: list[str],
    is_punct: list[bool],
    taken: set[int],
    articled: list[bool],
    no_start: list[bool],
    zipf: Sequence[float],
    given: list[bool],
    rare: _Rare | list[bool],
    cited: frozenset[str],
    persian: list[bool],
    farsi: bool,
) -> list[tuple[int, int, bool]]:
    """Names with no title or reporting verb before them, as scholarship cites its authors
    (``في حين يركز روبرت سبرينغبورغ على``, ``أما أحمد داود أوغلو فقد``): a given name from
    the measured list (:func:`token_facts`), then a surname with evidence of its own: rarer
    than :data:`UNCUED_SURNAME_ZIPF` and no common noun (:func:`common_noun`), a rare
    articled nisba (``مسرور البارزاني``), or a word the text cites as an author
    (:func:`cited_surnames`); a name right before a Latin citation (``أرنت ليبهارت
    (Lijphart, 1977)``) needs no given name; ``rare`` is :func:`find_persons`'s third-word
    evidence per token; ``persian``: whether each token is in a Persian sentence
    (:func:`_persian_sentences`), ``farsi``: whether the text has a Persian letter."""
    common = load_word_list("common_name_words")
    listed = load_word_list("given_names")
    # where a citation in Latin script starts, looked up at i + 2 for every token i
    latin = {k for k, w in enumerate(raw) if w == "(" and _latin_citation(raw, k)}
    out: list[tuple[int, int, bool]] = []
    last = len(norms) - 1
    # a token does something below only when it is a name word (``named``) or two tokens
    # before a Latin citation; the loop goes from one of those to the next
    starts = [
        i for i in range(last)
        if (norm := norms[i]) in common or given[i] or (norm in listed and given[i + 1])
        or (norm[:1] == "و" and _conjunct_given(norm, listed))
    ]  # fmt: skip
    starts = sorted({*starts, *(k - 2 for k in latin if 2 <= k <= last + 1)})
    i = at = 0
    while i < last:
        at = bisect_left(starts, i, at)
        if at == len(starts) or starts[at] >= last:
            break
        i = starts[at]
        norm = norms[i]
        if persian[i] or (farsi and norm in PERSIAN_FUNCTION_WORDS):
            i += 1  # a Persian sentence, or Persian's در in a Persian title, is no name
            continue
        # what the last clause asks at the least (a listed name word, a given name, or one
        # behind و), asked before the word's own checks, which look up its other forms
        # (:func:`_may_start_uncued`) and would do so for nearly every word of a text
        named = (
            norm in common or given[i] or (norm in listed and given[i + 1])
            or _conjunct_given(norm, listed)
        )  # fmt: skip
        first = (
            i not in taken and not is_punct[i] and not articled[i] and not no_start[i]
            and named and _may_start_uncued(raw[i], norm)
            and (norm in common
                 or (given[i] and _name_more_than_word(raw[i], norm, zipf[i]))
                 or (given[i] and _foreign_pair(raw, norms, articled, zipf, taken, i))
                 or (norm in listed and zipf[i] < NAME_ZIPF and given[i + 1]  # أحمد داود
                     and _name_more_than_word(raw[i], norm, zipf[i]))
                 or (_conjunct_given(norm, listed)
                     and arabic_zipf(raw[i][1:]) < GIVEN_NAME_ZIPF
                     and (_name_more_than_word(raw[i][1:], norm[1:], arabic_zipf(raw[i][1:]))
                          or _foreign_pair(raw, norms, articled, zipf, taken, i, 1))))
        )  # fmt: skip
        end = i
        if first:
            end = _name_end(norms, is_punct, taken, i, articled, zipf, given, rare, cited)
        if end - i >= 2 and _surname_evidence(raw, norms, articled, zipf, given, cited, i, end):
            out.append((i, end, False))
            i = end
            continue
        if i + 2 in latin and i + 1 < len(norms) and not raw[i + 3].isupper():
            pair = range(i, i + 2)  # an acronym cites a body, not the author: (HRW, 2019)
            if all(
                k not in taken and not is_punct[k] and is_arabic(norms[k]) and not articled[k]
                and not no_start[k] and norms[k] not in NOT_NAME and zipf[k] < RARE_ZIPF
                and not norms[k].startswith("و") and not common_noun(raw[k])
                and not _prefixed(raw[k])  # للشرب: الشرب behind a preposition
                for k in pair
            ):  # fmt: skip
                out.append((i, i + 2, False))
                i += 2
                continue
        i += 1
    return out


def _conjunct_given(norm: str, listed: frozenset[str]) -> bool:
    """A conjunct's given name, which keeps its و (the gold's span: ``وبول كولير``)."""
    return (
        norm.startswith("و") and len(norm) > 3 and norm[1:] in listed and norm[1:] not in NOT_NAME
    )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _may_start_uncued(word: str, norm: str) -> bool:
    """What :func:`_uncued_names` asks of the word itself (as written ``word``, normalised
    ``norm``) before it may start a name with no cue: Arabic, no function word, no على, no
    common noun, no word of ``not_name_starts``, no feminine ending, no prefixed word or
    future verb, no head of a place name."""
    return (
        is_arabic(norm) and norm not in NOT_NAME and not word.endswith("ى")
        and not common_noun(word) and norm not in load_word_list("not_name_starts")
        and not word.endswith("ه") and not _prefixed(word) and not _future_verb(word)
        and norm not in PLACE_HEADS
    )  # fmt: skip


#: Zipf value under which a listed given name is rare enough to start a name with no cue
#: (إسحاق 4.24, سهراب 2.6); a commoner one (خالد 5.23, ظل 5.11, تسليم 4.47) needs the
#: evidence of :func:`_name_more_than_word`
UNCUED_GIVEN_ZIPF = 4.3
#: how much rarer (in Zipf) a given name's articled, possessive or plural forms are than the
#: word itself when it is a name more than a word: احمد -1.5, خالد -1.7, روبرت -4.6
#: against ظل -0.99, تسليم -0.56, انتخاب +0.5
NAME_FORM_MARGIN = 1.0
#: Persian function words also in the given-name list: در ('in'), را, از, است, این
PERSIAN_FUNCTION_WORDS = frozenset("در را از است این اين برای براي".split())
#: letters Persian has and Arabic has not (ی ک گ پ چ ژ)
_PERSIAN_LETTERS = frozenset(PERSIAN_ONLY)
#: share of a sentence's Arabic-script words that are Persian (a Persian-only letter or a
#: Persian function word) from which the sentence is read as Persian
PERSIAN_SHARE = 0.25


def persian_letters(word: str) -> bool:
    """Whether ``word`` has a letter Persian has and Arabic has not (``دیدار``, ``کردند``):
    its Arabic Zipf value (0) says nothing about it being a name."""
    return not _PERSIAN_LETTERS.isdisjoint(word)


#: a letter of :data:`_PERSIAN_LETTERS`, searched for in a text at once
_PERSIAN_LETTER_RE = re.compile(f"[{''.join(sorted(_PERSIAN_LETTERS))}]")


def any_persian_letter(words: list[str]) -> bool:
    """Whether any of ``words`` has a Persian letter (``any(map(persian_letters, words))``),
    by one search of their joined text instead of a call per token."""
    return _PERSIAN_LETTER_RE.search("".join(words)) is not None


def _persian_sentences(raw: list[str], norms: list[str], letters: bool = True) -> list[bool]:
    """Whether each token is in a Persian sentence (``سازمان ملل متحد در تهران دیدار
    کردند``): one whose Arabic-script words are Persian by :data:`PERSIAN_SHARE`. Sentences
    end at ``.``, ``!``, ``?``, ``؟`` and line breaks.

    Only a sentence with a Persian word in it can be Persian: those words are found first
    (``letters``: whether the text has a Persian letter at all), and only their sentences
    are counted."""
    out = [False] * len(raw)
    if letters:
        hits = [
            k
            for k, (word, norm) in enumerate(zip(raw, norms, strict=True))
            if norm in PERSIAN_FUNCTION_WORDS or not _PERSIAN_LETTERS.isdisjoint(word)
        ]
    elif PERSIAN_FUNCTION_WORDS.isdisjoint(norms):
        return out  # no Persian word in the text
    else:
        hits = [k for k, norm in enumerate(norms) if norm in PERSIAN_FUNCTION_WORDS]
    counted = 0  # tokens before this are in sentences already counted
    for k in hits:
        if k < counted or _sentence_end(raw[k]):
            continue
        start = k
        while start > 0 and not _sentence_end(raw[start - 1]):
            start -= 1
        end = k + 1
        while end < len(raw) and not _sentence_end(raw[end]):
            end += 1
        words = farsi = 0
        for j in range(start, end):
            arabic, persian = _persian_evidence(raw[j], norms[j])
            words += arabic
            farsi += persian
        if words and farsi >= PERSIAN_SHARE * words:
            out[start:end] = [True] * (end - start)
        counted = end
    return out


def _sentence_end(token: str) -> bool:
    """Whether a token ends a sentence for :func:`_persian_sentences`."""
    return token in (".", "!", "?", "؟") or "\n" in token


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _persian_evidence(word: str, norm: str) -> tuple[bool, bool]:
    """Whether a token counts among its sentence's Arabic-script words, and whether it is
    Persian (a Persian-only letter or a Persian function word) among them."""
    arabic = is_arabic(norm)
    return arabic, arabic and (persian_letters(word) or norm in PERSIAN_FUNCTION_WORDS)


#: verbal-noun patterns of derived verbs (تفعيل تسليم، افتعال انتخاب، استفعال استقبال، إفعال
#: إعلان) as normalised: letters fixed at given places, for a given length
_MASDAR_SHAPES = ((5, {0: "ت", 3: "ي"}), (6, {0: "ا", 2: "ت", 4: "ا"}),
                  (7, {0: "ا", 1: "س", 2: "ت", 5: "ا"}), (5, {0: "ا", 3: "ا"}))  # fmt: skip


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _masdar_shape(norm: str) -> bool:
    """Whether the normalised ``norm`` has the shape of a derived verbal noun."""
    return any(
        len(norm) == size and all(norm[k] == c for k, c in fixed.items())
        for size, fixed in _MASDAR_SHAPES
    )


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _name_more_than_word(word: str, norm: str, zipf: float) -> bool:
    """Whether a listed given name (``wordlists/given_names``, which holds ظل, أيدي, انتخاب,
    تسليم too) is a name more than an ordinary word, so it may start a name with no cue:
    rarer than :data:`UNCUED_GIVEN_ZIPF` and not shaped as a verbal noun (``تسليم``,
    ``انتخاب``), or a word whose articled, possessive and plural forms are far rarer than
    itself (:data:`NAME_FORM_MARGIN`): a noun takes them (الظل، ظلها), a name seldom does
    (أحمد، الأحمد)."""
    if zipf < UNCUED_GIVEN_ZIPF and not _masdar_shape(norm):
        return True
    forms = ["ال" + word, word + "ها", word + "هم", word + "ات"]
    if word.endswith("ي"):
        forms += [word[:-1] + "يها", word[:-1] + "يهم"]
    return max(arabic_zipf(f) for f in forms) < zipf - NAME_FORM_MARGIN


#: Zipf value under which a given name that is also a word (بول 4.84, سام, جيم) starts a name
#: before a foreign-looking surname (:func:`_foreign_pair`); ظل (5.11) does not
FOREIGN_GIVEN_ZIPF = 5.0


def _foreign_pair(
    raw: list[str],
    norms: list[str],
    articled: list[bool],
    zipf: Sequence[float],
    taken: set[int],
    i: int,
    conjunction: int = 0,
) -> bool:
    """Whether the given name at ``i`` (behind ``conjunction`` letters of و: ``وبول
    كولير``), a word too (``بول``, ``سام``, ``جيم``), stands before
    a surname with no Arabic noun shape (``بول مانافورت``, ``سام شيبرد``): rarer than
    :data:`UNCUED_SURNAME_ZIPF`, no article, feminine, plural or possessive ending, no
    prefix, no Persian letter (whose Zipf of 0 says nothing); the name itself is no verbal
    noun (``انتخاب بزشكيان``) and rarer than :data:`FOREIGN_GIVEN_ZIPF`."""
    k = i + 1
    name = raw[i][conjunction:]
    if (
        k >= len(raw)
        or k in taken
        or not is_arabic(norms[k])
        or _masdar_shape(norms[i][conjunction:])
    ):
        return False
    if name.endswith("ة"):
        return False  # a feminine noun: علامة ترولي "the Trolli brand"
    word = raw[k]
    return (
        arabic_zipf(name) < FOREIGN_GIVEN_ZIPF
        and zipf[k] < UNCUED_SURNAME_ZIPF
        and not articled[k]
        and not word.endswith(("ة", "ه", "ات", "ين", "ون", *_POSSESSIVE))
        and not persian_letters(word)
        and not _prefixed(word)
        and not _future_verb(word)
        and not _perfect_verb(word)
        and not common_noun(word)
    )


def _surname_evidence(
    raw: list[str],
    norms: list[str],
    articled: list[bool],
    zipf: Sequence[float],
    given: list[bool],
    cited: frozenset[str],
    start: int,
    end: int,
) -> bool:
    """Whether a word after the first of the name ``[start, end)`` is a surname on its own
    evidence (see :func:`_uncued_names`)."""
    evidence = False
    for k in range(start + 1, end):
        if norms[k] in cited:
            evidence = True
            continue
        if norms[k] in NAME_PARTICLES or norms[k - 1] in NAME_PARTICLES:
            continue  # أحمد عبد الله: held by the particle
        if (
            _noun_form(raw[k]) or raw[k].endswith(_POSSESSIVE) or _future_verb(raw[k])
            or _perfect_verb(raw[k])  # وصلاح الدين أسهمت في خفض التوترات
            or _prefixed(raw[k])  # كرم لسرية ترنت
            or arabic_zipf(raw[k] + "ة") > zipf[k]  # an adjective: منظور سوسيولوجي(ة)
        ):  # fmt: skip
            return False  # a noun or verb in the name: حارس مرمى، صديقه، روزا ستتحرك
        if not (given[k] or zipf[k] < THIRD_WORD_ZIPF):
            return False  # a common word: نجم برنامج دراجون، خلف موظف برينك
        if articled[k] and norms[k].endswith(("ين", "ون")):
            return False  # an articled plural: إقبال المستفتيين
        if articled[k]:
            evidence = evidence or zipf[k] < RARE_ARTICLED_ZIPF
        elif (
            zipf[k] < UNCUED_SURNAME_ZIPF and not _prefixed(raw[k]) and not norms[k].endswith("وا")
        ):
            evidence = True  # not a plural verb: طالب تأثروا
    return evidence


def nisba_family_names(norms: list[str], raw: list[str], nisbas: Sequence[int]) -> set[int]:
    """Which of the one-word state nisbas at ``nisbas`` end a person's name the text gives
    by pattern: a title, profession or verb of speech or view, a given name, the nisba
    (``الباحث سامر المصري``, ``وقال عمر العراقي``). After a title the nisba has no given
    name before it (``الرئيس المصري``); a given name (:func:`token_facts`) makes it the
    family name. ``raw``: the tokens as written."""
    out: set[int] = set()
    for k in nisbas:
        if k < 2 or not has_article(norms[k]) or not token_facts(norms[k - 1], raw[k - 1])[1]:
            continue
        cue = word_of(norms[k - 2])
        if cue in TITLE_WORDS or cue in SPEECH_VERBS or view_verb(norms[k - 2], raw[k - 2]):
            out.add(k)
    return out
