"""Arabic morphology the tagger needs, as small data and regexes in one place.

Lexicon strings are expanded into the surface forms they take in running text (proclitics,
the article, sound plurals, duals, pronoun suffixes, nisba inflection) once, at load time;
the text itself is never stemmed. All forms here are *normalised* (see
:func:`araseclit.normalize.normalize_token`): teh marbuta is ``ه``, alef forms are ``ا``.
"""

from __future__ import annotations

import re

from araseclit.charsets import ANY_ARABIC_RE

ARTICLE = "ال"
#: proclitic chains before the article: و+ال, ف+ب+ال, ل+ال is written لل (للمنظمات)
ARTICLE_FORMS = ("ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "وكال", "فكال")
LAM_ARTICLE_FORMS = ("لل", "ولل", "فلل")
#: proclitic chains before a word without the article: ومنظمة, بمنظمة, لمنظمة, وبمنظمة
BARE_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
#: attached pronouns after teh marbuta (written ت): منظمتها, حكومتهم
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم")
#: heads that turn a state's nisba into the state acting: الحكومة التركية, النظام الإيراني
STATE_HEADS_FEMININE = (
    "الحكومه",
    "السلطات",
    "الاداره",
    "الدوله",
    "القياده",
    "الدبلوماسيه",
    "السفاره",
    # not الخارجيه: الخارجية الإيرانية is Iran's foreign ministry (a listed homograph)
    # state forms: الجمهورية اللبنانية, المملكة العراقية, الإمبراطورية البريطانية
    "الجمهوريه",
    "المملكه",
    "الاماره",
    "السلطنه",
    "الامبراطوريه",
)
STATE_HEADS_MASCULINE = ("النظام", "الجانب")
#: nisba inflection of a masculine base ending in ي: تركي -> تركيه, تركيون, تركيين, تركيات
NISBA_ENDINGS = ("", "ه", "ون", "ين", "ات", "ان", "تين", "تان")

#: spellings one word is written in by different writers, each pair read both ways
#: (normalised): Kurdish writers' كوردستان / الكوردستاني for كردستان / الكردستاني, and
#: الديموقراطي beside الديمقراطي; every lexicon name is also matched in the other spelling
SPELLING_PAIRS = (("كرد", "كورد"), ("ديمقراط", "ديموقراط"))


def spelling_variants(norms: list[str]) -> list[list[str]]:
    """``norms`` (a lexicon name's normalised words) written in the other spellings of
    :data:`SPELLING_PAIRS`, one variant per pair that occurs (``["الاتحاد", "الوطني",
    "الكردستاني"]`` -> ``[["الاتحاد", "الوطني", "الكوردستاني"]]``); none for most names."""
    out: list[list[str]] = []
    for a, b in SPELLING_PAIRS:
        for old, new in ((a, b), (b, a)):
            if any(old in w for w in norms):
                out.append([w.replace(old, new) for w in norms])
                break
    return out


# any Arabic letter, e.g. the first letter of "داعش"
ARABIC_LETTER_RE = ANY_ARABIC_RE
# an upper-case Latin acronym whose case matters, e.g. "WHO" (not "who"), "ISIL", "UNAMI"
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&./-]+$")
#: sound masculine plural endings, nominative and oblique: النازحون / النازحين
SOUND_PLURAL_ENDINGS = ("ون", "ين")


def raw_article(word: str) -> bool:
    """Whether an unnormalised word starts with the article: ``التركي`` yes, ``ألماني`` no
    (after normalisation both start with ``ال``)."""
    return word.startswith("ال")


def is_arabic(token: str) -> bool:
    """True when ``token`` contains an Arabic letter (``"الحشد"``, not ``"PMF"``)."""
    return bool(ARABIC_LETTER_RE.search(token))


def has_article(token: str) -> bool:
    """True for a normalised word carrying the article: ``الحشد`` (not ``الى``)."""
    return token.startswith(ARTICLE) and len(token) > 3


def with_proclitics(token: str) -> set[str]:
    """Every proclitic form of a normalised word: ``الحشد`` -> ``والحشد``, ``للحشد`` ...

    ``ل`` + ``ال`` + a stem starting with ``ل`` is written with two lams: ``للاجئين``.
    """
    if has_article(token):
        stem = token[len(ARTICLE) :]
        forms = {prefix + stem for prefix in ARTICLE_FORMS}
        lam = stem[1:] if stem.startswith("ل") else stem
        forms.update(prefix + lam for prefix in LAM_ARTICLE_FORMS)
        return forms
    return {prefix + token for prefix in BARE_PROCLITICS}


def number_forms(token: str, pronouns: bool) -> set[str]:
    """A normalised noun and its number / case / pronoun forms.

    ``منظمه`` -> ``منظمات``, ``منظمتان``, ``منظمتين`` (+ ``منظمتها``... when ``pronouns``);
    ``النازحون`` <-> ``النازحين``.
    """
    forms = {token}
    if token.endswith("ه") and len(token) >= 4:
        stem = token[:-1]
        forms.update({stem + "ات", stem + "تان", stem + "تين"})
        if pronouns and not has_article(token):
            forms.update(stem + "ت" + suffix for suffix in PRONOUN_SUFFIXES)
    # sound feminine plural with a pronoun: منظمات -> منظماتنا, منظماتها
    if pronouns and token.endswith("ات") and len(token) >= 5 and not has_article(token):
        forms.update(token + suffix for suffix in PRONOUN_SUFFIXES)
    bare = token[len(ARTICLE) :] if has_article(token) else token
    if bare.endswith(SOUND_PLURAL_ENDINGS) and len(bare) >= 5:  # stem of 3+: not الصين
        other = "ين" if bare.endswith("ون") else "ون"
        forms.add(token[:-2] + other)
    # construct-state plural loses its nun: ناشطون -> ناشطو (المجتمع المدني)
    if not has_article(token) and token.endswith(("ون", "ين")) and len(token) >= 5:
        forms.update({token[:-2] + "و", token[:-2] + "ي"})
    return forms


def indefinite(token: str) -> str | None:
    """The article-less form of a normalised word: ``النزوح`` -> ``نزوح`` (None if none)."""
    return token[len(ARTICLE) :] if has_article(token) else None


def state_phrases(base: str, article: bool | None = None) -> list[tuple[str, str]]:
    """Two-word phrases in which a nisba names the state acting: ``(الحكومه, التركيه)``.

    ``article``: whether the base carries the article; None = guess from its letters (wrong
    for ``ألماني``, whose alef-lam is a root, so the matcher passes it from the raw string)."""
    article = has_article(base) if article is None else article
    if not base.endswith("ي") or article:
        return []
    feminine = [(head, ARTICLE + base + "ه") for head in STATE_HEADS_FEMININE]
    return feminine + [(head, ARTICLE + base) for head in STATE_HEADS_MASCULINE]


def nisba_forms(base: str, article: bool | None = None) -> set[str]:
    """Inflected nisba adjectives from a normalised base, with and without the article.

    ``تركي`` -> ``تركي``, ``التركيه``, ``الاتراك`` is listed separately as a broken plural.
    ``article`` as in :func:`state_phrases` (``ألماني`` -> ``الالمانيه``).
    """
    if not base.endswith("ي"):
        plain = number_forms(base, pronouns=False)
    else:
        plain = {base + ending for ending in NISBA_ENDINGS}
    if has_article(base) if article is None else article:
        return plain
    return plain | {ARTICLE + form for form in plain}


# --- candidate organisations the lexicon lacks -------------------------------------------
#: singular heads that introduce an organisation's name: منظمة تموز للتنمية الاجتماعية
ORG_TRIGGERS = frozenset({"منظمه", "مؤسسه", "مركز", "معهد", "شبكه", "جمعيه", "هيئه", "مرصد"})
#: words after a trigger that make it generic, not a name: منظمة غير حكومية, مركز دراسات
GENERIC_AFTER_TRIGGER = frozenset(
    "غير دوليه محليه انسانيه مدنيه حكوميه عراقيه وطنيه اهليه خيريه تطوعيه مجتمع مجتمعيه "
    "عالميه اقليميه امميه كبيره صغيره واحده اخري جديده رائده متخصصه بحثيه بحث ابحاث دراسات "
    "المدينه القوه الثقل الصداره الدوله حكومي دولي محلي وطني عراقي بحثي اقليمي".split()
)
#: words that end a name: prepositions, relatives, particles (في، التي، أن ...)
NAME_STOPWORDS = frozenset(
    "في من علي الي عن مع التي الذي الذين اللذين ان قد كما ضمن بين حول خلال عبر لدي عند "
    "منذ حتي او ثم بل لكن لان اذ اذا هو هي هم كان كانت وقد وفي ومن وهي وهو ما لا لم لن "
    "هذا هذه ذلك تلك بعد قبل".split()
)
#: a purpose phrase that org names carry: لحقوق الإنسان, للتنمية, للدراسات, للإغاثة
PURPOSE_RE = re.compile(r"^(?:لل|ل)\w{3,}$")
#: guillemets and quotes that wrap a name: «أمل», "أمل"
OPEN_QUOTES = frozenset({"«", '"', "“"})
CLOSE_QUOTES = frozenset({"»", '"', "”"})
#: proclitics that may precede a trigger: ومنظمة, بمؤسسة, لمركز
TRIGGER_PROCLITICS = ("وب", "ول", "فب", "و", "ف", "ب", "ل", "ك")

# --- composed threat phrases (araseclit.tag.compose) --------------------------------------
#: deficit heads that make a threat of what follows: ضعف التشريعات، غياب الرقابة، تآكل الثقة
DEFICIT_HEADS = frozenset(
    "ضعف هشاشه غياب انعدام عدم تاكل انهيار تفكك تراجع تدهور تردي نقص شح قله فقدان اضعاف "
    "تقويض تمزق تصدع اختلال قصور محدوديه".split()
)
#: what a deficit head weakens (bare: no article or و): الثقة، الرقابة، التشريعات، سياسة
DEFICIT_COMPLEMENTS = frozenset(
    "ثقه رقابه مساءله محاسبه شفافيه تنسيق قانون تشريعات حوكمه مؤسسات استقرار نسيج تماسك "
    "خدمات عداله سياده اطار بنيه تمويل حمايه شرعيه مشاركه حريات استقلاليه اليات رؤيه "
    "استراتيجيه سياسه سياسات ثقافه قدره قدرات موارد لحمه هيبه ادارات منظومه".split()
)
#: threat heads that need a domain adjective: التحديات القانونية، المخاطر الأمنية
THREAT_HEADS = frozenset(
    "التحديات التهديدات المخاطر الازمات الازمه التحدي التهديد المشكلات العوائق المعوقات "
    "الضغوط الاختلالات تحديات تهديدات مخاطر ازمات ازمه تهديد مشكلات عوائق معوقات ضغوط".split()
)
#: masculine bases of the adjectives that make a threat head a threat: أمني -> الأمنية
DOMAIN_ADJECTIVES = frozenset(
    "امني سياسي اجتماعي اقتصادي قانوني مالي بيئي مؤسسي ثقافي داخلي خارجي اقليمي عسكري "
    "الكتروني سيبراني صحي طائفي ديموغرافي بنيوي هيكلي مجتمعي وجودي اداري تشريعي مناخي "
    "مائي غذائي ارهابي امنيه سياسيه اجتماعيه اقتصاديه قانونيه ماليه بيئيه مؤسسيه ثقافيه "
    "داخليه خارجيه اقليميه عسكريه الكترونيه سيبرانيه صحيه طائفيه ديموغرافيه بنيويه هيكليه "
    "مجتمعيه وجوديه اداريه تشريعيه مناخيه مائيه غذائيه ارهابيه".split()
)
#: classifying adjectives that are not nisba forms: الفساد المستشري، حملات اغتيال منظمة
EXTENDING_ADJECTIVES = frozenset(
    "ممنهج ممنهجه منظم منظمه مستشري مستشريه مزمن مزمنه حاد حاده متصاعد متصاعده متزايد "
    "متزايده مسلح مسلحه عنيف عنيفه حديث حديثه فعال فعاله واضح واضحه شامل شامله كاذب كاذبه "
    "مضلل مضلله مفرط مفرطه متعمد متعمده مستمر مستمره واسع واسعه".split()
)
#: words ending in ي that are not narrowing adjectives: الوضع الحالي، العقد الماضي، الوعي
NOT_ADJECTIVES = frozenset(
    "حالي حاليه ماضي ماضيه وعي راي سعي ذي تي عربي عربيه رئيسي رئيسيه اساسي اساسيه "
    "ثاني ثانيه كرسي نسبي نسبيه جزئي جزئيه كلي كليه فعلي فعليه حقيقي حقيقيه".split()
)
#: indefinite forms of lexicon words that mean something else: سنة (a year) is not السنة
AMBIGUOUS_INDEFINITE = frozenset({"سنه", "شيعه"})
#: word endings that take no accusative alif (تنوين الفتح): منظمةً، منظماتٍ، نازحين
NO_ACCUSATIVE_ALIF = ("ه", "ات", "ا", "ى", "ء", "ون", "ين", "ئ")


def accusative(words: list[str]) -> list[str] | None:
    """The indefinite accusative of an indefinite phrase: ``انهيار مؤسسي`` -> ``انهيارا مؤسسيا``
    (None when no word changes). Normalisation strips the tanwin but keeps its alif."""
    out = [w if w.endswith(NO_ACCUSATIVE_ALIF) or not is_arabic(w) else w + "ا" for w in words]
    return out if out != words else None


#: non-human broken plurals of threat and role nouns (they take feminine adjectives):
#: الحروب الأهلية، القيود القانونية، المخاطر الأمنية
BROKEN_PLURALS = frozenset(
    "حروب قيود مخاطر ضغوط جرائم اعمال صراعات معارك هجمات عوائق ازمات برامج ورش دورات "
    "خدمات انتهاكات اضطرابات توترات تهديدات تحديات نزاعات".split()
)

#: singular heads of an organisation's own name: its indefinite form is an ordinary
#: description (دولة إسلامية is not the Islamic State, حزب شيوعي not the Communist Party)
SINGULAR_NAME_HEADS = frozenset("دوله حزب جيش تيار تنظيم حركه جبهه جماعه مجلس اتحاد".split())
#: landforms named after a state: نهر الأردن, غور الأردن, خليج عمان, الهضبة الإيرانية
LANDFORMS = frozenset("نهر غور وادي خليج بحر جبل جبال هضبه سهل بحيره شط مضيق".split())
#: nouns that introduce a capital or city as a place: مدينة دمشق, العاصمة واشنطن
CITY_NOUNS = frozenset("مدينه عاصمه عاصمتها عاصمته".split())
#: nouns whose complement is a city as a place: a part of it (ريف دمشق, وسط بغداد, ضواحي
#: بيروت), its province or governor (ولاية بغداد, محافظة بغداد, والي بغداد)
CITY_PARTS = frozenset("ريف وسط قلب شوارع ضواحي احياء اطراف مطار ولايه محافظه والي".split())
#: prepositions of place before a capital: في بكين, إلى القاهرة (حتى: as far as)
LOCATIVES = frozenset("في الي حتي".split())  # normalised: الى -> الي
#: adjectives that are part of a government's name: الحكومة الشرعية, الحكومة المؤقتة
REGIME_ADJECTIVES = frozenset("شرعيه مؤقته انتقاليه مركزيه اتحاديه".split())
