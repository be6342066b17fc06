"""Claim detection, typing, hedging and attribution on sentences written for these tests."""

from __future__ import annotations

import pytest

from araseclit.claims import find_claims
from araseclit.pipeline.extensions import make_id


def one(sentence: str, citations: list[dict] | None = None) -> dict | None:
    claims = find_claims(sentence, [(0, len(sentence), "s0")], citations or [], [])
    return claims[0] if claims else None


def cite(sentence: str, raw: str, author: str, cit_id: str = "c0") -> dict:
    start = sentence.index(raw)
    return {"cit_id": cit_id, "start": start, "end": start + len(raw), "raw": raw, "author": author}


NON_CLAIMS = [
    "3.2 المنظمات المدنية والمصالحة المجتمعية",
    "رابعًا: مستقبل الأمن المائي",
    "المبحث الثالث: الفاعلون الإقليميون",
    "الأمن الإنساني في المناطق المحررة",
    "هل نجحت برامج إعادة الدمج في نينوى؟",
    "كيف تتعامل المؤسسات الأمنية مع الناشطين المدنيين؟",
    "يتناول هذا البحث أثر الجماعات المسلحة في عمل المنظمات الإغاثية.",
    "ويسعى هذا البحث إلى رسم سيناريوهات الأمن الوطني حتى عام 2035.",
    "وتهدف الدراسة إلى قياس ثقة المواطنين بالأجهزة الأمنية.",
    "ويعتمد البحث على المنهج الوصفي التحليلي.",
    "وسنعرض في المبحث الثاني أدوار المنظمات في مخيمات النزوح.",
    "وفيما يلي أبرز التحديات التي تواجه المنظمات المحلية.",
    "جدول (3): أعداد المنظمات المسجلة في محافظات الجنوب",
    "المصدر: من إعداد الباحث استنادًا إلى بيانات وزارة الهجرة.",
    "Kubba, L. (2019). Iraq's electoral system and its discontents. Baghdad: Bayt Al-Hikma.",
    "الحسيني، محمد (2018). المجتمع المدني في العراق. بيروت: دار الرافدين.",
    "[7] Dodge, T. (2012). Iraq: From War to a New Authoritarianism. London: Routledge.",
    "ولذلك.",
]


@pytest.mark.parametrize("sentence", NON_CLAIMS)
def test_non_claims_are_skipped(sentence: str) -> None:
    assert one(sentence) is None


CLAIMS_TYPED = [
    ("تنتشر مخيمات النزوح في محافظتي دهوك ونينوى بصورة خاصة.", "empirical"),
    ("وبلغ عدد النازحين في مخيمات دهوك نحو 250 ألف شخص عام 2019.", "empirical"),
    ("أدى تمدد تنظيم داعش إلى تدمير البنى التحتية في الموصل.", "causal"),
    ("وبسبب شح المياه تراجعت المساحات المزروعة في ميسان.", "causal"),
    ("وأسهمت المنظمات الشبابية في تنظيم حملات التبرع بالدم.", "causal"),
    ("ومن المتوقع أن تتراجع إيرادات النفط مع تحول الطاقة العالمي.", "predictive"),
    ("وستشهد البلاد موجات هجرة داخلية جديدة نحو المدن الكبرى.", "predictive"),
    ("ينبغي إشراك النساء في لجان السلم الأهلي.", "prescriptive"),
    ("ولا بد من إصلاح المنظومة القضائية قبل أي مصالحة وطنية.", "prescriptive"),
    ("وعلى الحكومة الاتحادية أن تضمن حرية عمل المنظمات.", "prescriptive"),
    ("ويعد الفقر من أبرز دوافع الانضمام إلى الجماعات المتطرفة.", "evaluative"),
    ("وتبقى قدرة المنظمات المحلية على التخطيط الاستراتيجي محدودة.", "evaluative"),
]


@pytest.mark.parametrize(("sentence", "expected"), CLAIMS_TYPED)
def test_claim_type(sentence: str, expected: str) -> None:
    claim = one(sentence)
    assert claim is not None
    assert claim["claim_type"] == expected


HEDGES = [
    ("وقد يؤدي تراجع الدعم الدولي إلى إضعاف المنظمات الصغيرة.", True),
    ("وقد أسهمت المنظمات الدولية في إعادة تأهيل المدارس.", False),
    ("وقد تراجعت معدلات العنف بعد عام 2018 في معظم المحافظات.", False),
    ("ويمكن أن تؤدي البطالة إلى تصاعد الاحتجاجات.", True),
    ("ولا يمكن فصل الأمن المائي عن الأمن الغذائي في العراق.", False),
    ("وربما كان التمويل الأجنبي أهم أسباب نمو القطاع المدني.", True),
    ("ولعل أهم ما يميز المرحلة الراهنة هو تراجع العنف الطائفي.", True),
    ("ويُحتمل أن تعود الاشتباكات العشائرية في مواسم الجفاف.", True),
    ("ومن المرجح أن يرتفع الطلب على المياه في المدن.", True),
    ("وتعمل المنظمات الإغاثية في المخيمات منذ عام 2014.", False),
]


@pytest.mark.parametrize(("sentence", "hedged"), HEDGES)
def test_hedged(sentence: str, hedged: bool) -> None:
    claim = one(sentence)
    assert claim is not None
    assert claim["hedged"] is hedged


NARRATIVE = [
    ("ويرى الباحثون أن المجتمع المدني العراقي حديث النشأة.", "الباحثون"),
    ("ويؤكد بوزان أن الأمن مفهوم متعدد القطاعات.", "بوزان"),
    ("ويشير تقرير الأمم المتحدة إلى أن ثلث السكان تحت خط الفقر.", "تقرير الأمم المتحدة"),
    ("بحسب وزارة التخطيط، ارتفعت نسبة الفقر في المحافظات الجنوبية.", "وزارة التخطيط"),
    (
        "ووفقًا لبيانات المنظمة الدولية للهجرة، عاد معظم النازحين إلى مناطقهم.",
        "بيانات المنظمة الدولية للهجرة",
    ),
    ("ووفقًا للأمم المتحدة، تحتاج المناطق المحررة إلى إعادة إعمار شاملة.", "الأمم المتحدة"),
    ("كما يرى المحللون أن التوازن الإقليمي هش.", "المحللون"),
    ("ويذهب عدد من الدارسين إلى أن العشيرة ملأت فراغ الدولة.", "عدد من الدارسين"),
    ("وأفاد مسؤولون محليون بأن الخدمات لم تصل إلى القرى النائية.", "مسؤولون محليون"),
    ("وأوضح الجبوري أن المنظمات المحلية تفتقر إلى التمويل المستدام.", "الجبوري"),
    ("ويرى الباحث أن المقاربة الأمنية وحدها لا تكفي لمواجهة التطرف.", "author"),
    ("ونرى أن الشراكة مع المجتمع المدني شرط لأي استقرار دائم.", "author"),
    ("ويُقدَّر عدد المنظمات العاملة في البصرة بنحو خمسمئة منظمة.", "author"),
    ("وهذا ما يشير إلى اتساع الفجوة بين الدولة والمجتمع.", "author"),
    ("ويشير مفهوم الأمن الإنساني إلى حماية الأفراد من الخوف والحاجة.", "author"),
    ("وتعمل المنظمات النسوية على مناهضة العنف الأسري في كردستان.", "author"),
]


@pytest.mark.parametrize(("sentence", "source"), NARRATIVE)
def test_narrative_attribution(sentence: str, source: str) -> None:
    claim = one(sentence)
    assert claim is not None
    assert claim["attributed_to"] == source
    assert claim["cit_ids"] == []


def test_citation_attribution_wins_and_masks_numbers() -> None:
    sentence = "وتعد المنظمات المحلية أقرب إلى المجتمع من الوكالات الدولية (Ezzat، 2022: 133)."
    claim = one(sentence, [cite(sentence, "(Ezzat، 2022: 133)", "Ezzat")])
    assert claim is not None
    assert claim["attributed_to"] == "Ezzat"
    assert claim["cit_ids"] == ["c0"]
    assert claim["claim_type"] == "evaluative"  # 2022 and 133 are not statistics


def test_several_citations_are_joined_in_order() -> None:
    sentence = "وتراجع العنف بعد عام 2017 (Dodge، 2020: 56؛ الخفاجي، 2017: 21)."
    cits = [
        cite(sentence, "Dodge، 2020: 56", "Dodge", "c1"),
        cite(sentence, "الخفاجي، 2017: 21", "الخفاجي", "c2"),
    ]
    claim = one(sentence, cits)
    assert claim is not None
    assert claim["attributed_to"] == "Dodge; الخفاجي"
    assert claim["cit_ids"] == ["c1", "c2"]


def test_records_follow_design_contract() -> None:
    text = (
        "المبحث الأول: البيئة الأمنية\n\n"
        "أدى انهيار الجيش عام 2014 إلى سيطرة داعش على الموصل. "
        "هل كان ذلك متوقعًا؟ "
        "وتعمل المنظمات المدنية في الموصل على إعادة بناء الثقة."
    )
    parts = ["المبحث الأول: البيئة الأمنية", "أدى انهيار", "هل كان", "وتعمل المنظمات"]
    sentences = [text.index(part) for part in parts]
    spans = [
        (s, e, make_id("d1", "s", i))
        for i, (s, e) in enumerate(zip(sentences, [*sentences[1:], len(text)], strict=True))
    ]
    daesh = text.index("داعش")
    mentions = [
        {"mention_id": "m0", "sent_id": spans[1][2], "start": daesh, "end": daesh + 4,
         "text": "داعش", "label": "THREAT", "category": "terrorism", "entity_id": "T:isis"},
    ]  # fmt: skip
    claims = find_claims(text, spans, [], mentions, doc_id="d1")
    assert [c["claim_id"] for c in claims] == ["d1-k0000", "d1-k0001"]
    assert [c["sent_id"] for c in claims] == [spans[1][2], spans[3][2]]
    first = claims[0]
    assert set(first) == {
        "doc_id", "claim_id", "sent_id", "start", "end", "text", "claim_type", "hedged",
        "attributed_to", "cit_ids", "entity_ids",
    }  # fmt: skip
    assert text[first["start"] : first["end"]] == first["text"]
    assert first["text"].endswith("الموصل.")
    assert first["entity_ids"] == ["T:isis"]
    assert claims[1]["entity_ids"] == []


def _spans(text: str, parts: list[str]) -> list[tuple[int, int, str]]:
    starts = [text.index(p) for p in parts]
    ends = [text.index(p) + len(p) for p in parts]
    return [(s, e, f"s{i}") for i, (s, e) in enumerate(zip(starts, ends, strict=True))]


def test_title_line_and_reference_list_are_not_claims() -> None:
    title = "المنظمات المدنية والأمن المائي في جنوب العراق بعد عام 2003: من الإغاثة إلى المناصرة"
    body = "تراجعت إيرادات نهري دجلة والفرات بصورة حادة خلال العقدين الماضيين."
    ref_title = "الأمن المائي في العراق وتحديات المستقبل."
    text = f"{title}\n\n{body}\n\nالمصادر\n\nالموسوي، حسن (2019).\n{ref_title}\nبغداد: بيت الحكمة."
    spans = _spans(text, [title, body, ref_title, "بغداد: بيت الحكمة."])
    claims = find_claims(text, spans, [], [])
    assert [c["text"] for c in claims] == [body]


def test_latin_only_fragment_is_not_a_claim() -> None:
    assert (
        one("Iraq in the Twenty-First Century: Regime Change and the Making of a Failed State.")
        is None
    )


CONTINUATIONS = [
    # (second sentence, separator, expected source of the second sentence)
    ("ويضيف أن المجتمع هو موضوع الأمن الأساسي.", " ", "بوزان"),
    ("كما يؤكد أن الهوية الجماعية قد تصبح مصدر تهديد.", " ", "بوزان"),
    ("ويضيف أن المجتمع هو موضوع الأمن الأساسي.", "\n\n", "author"),  # new paragraph
    ("ويضيف الباحثون أن المجتمع هو موضوع الأمن الأساسي.", " ", "الباحثون"),
    ("وتعمل المنظمات على تعزيز التماسك المجتمعي في نينوى.", " ", "author"),
]


@pytest.mark.parametrize(("second", "sep", "source"), CONTINUATIONS)
def test_subjectless_reporting_verb_continues_previous_source(
    second: str, sep: str, source: str
) -> None:
    first = "ويرى بوزان أن الأمن مفهوم يتجاوز البعد العسكري."
    text = first + sep + second
    spans = _spans(text, [first, second])
    claims = find_claims(text, spans, [], [])
    assert [c["attributed_to"] for c in claims] == ["بوزان", source]
