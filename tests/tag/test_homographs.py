"""Issue 14 review: a word that is also an ordinary word names an actor only on evidence.

The state a document is about is no evidence for a person: in a text about Iraq ``صدام``
is still a clash and ``الصدر`` the chest. A person homograph needs an honorific, the full
name elsewhere in the document, or a cue word of its own.
"""

from __future__ import annotations

import pytest

from araseclit.tag import explain_text


def persons(text: str) -> list[tuple[str, str | None]]:
    return [(m["text"], m["entity_id"]) for m in explain_text(text) if m["category"] == "person"]


@pytest.mark.parametrize(
    "text",
    [
        # Iraq: a clash, a chest
        "أعلنت الحكومة العراقية خطة لضبط السلاح في بغداد والبصرة. وأدى صدام مسلح بين "
        "عشيرتين في شمال البصرة إلى مقتل ثلاثة أشخاص، وقالت الشرطة العراقية إن التحقيق مستمر.",
        "تعاني المستشفيات العراقية نقصا في الأدوية منذ أشهر، وقال طبيب في بغداد إن المصاب "
        "وصل بطلق ناري في الصدر ولم تتمكن وزارة الصحة العراقية من نقله.",
        # Egypt: a blessed feast
        "احتفل المصريون في القاهرة والإسكندرية بعيد الفطر، وتبادلوا التهاني بعبارة عيد مبارك "
        "بعد صلاة العيد، فيما رفعت الحكومة المصرية حالة التأهب.",
        # Yemen: a decent job, a calm situation
        "يعاني اليمنيون في صنعاء وعدن من انقطاع الرواتب، وقال موظف يمني إن الحصول على عمل "
        "صالح أصبح حلما بعيدا، مع استمرار الحرب في اليمن.",
        "شهدت مدينة عدن اليمنية مواجهات الأسبوع الماضي، لكن السكان يقولون إن الوضع هادي "
        "اليوم في معظم أحياء المدينة، بحسب مصادر يمنية.",
        # Sudan: the proof
        "تتواصل المعارك في الخرطوم منذ أشهر بين الجيش السوداني وقوات الدعم السريع، وقدم "
        "الخبراء البرهان على تورط أطراف خارجية في تسليح المقاتلين في السودان.",
        # Syria: the teacher
        "يعاني التعليم في سوريا من نقص الكوادر، وفي مدرسة بريف دمشق قال المعلم إن نصف "
        "الطلاب السوريين تركوا الدراسة للعمل في سوريا.",
        # a job title is not an honorific
        "وفي دراسة عن الحوزة في العراق، قال الباحث الحكيم إن المرجعية العراقية لم تتدخل.",
    ],
)  # fmt: skip
def test_document_state_alone_names_no_person(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("التقى الرئيس العراقي في بغداد وفدا من البصرة، كما استقبل السيد الصدر في النجف "
         "وفدا من العراق.", "actor.person.muqtada"),
        ("وفي دمشق أكد الرئيس الأسد أن سوريا لن تتخلى عن حلفائها.", "actor.person.bashar_assad"),
        ("وقال وزير الخارجية المعلم إن دمشق منفتحة على الحوار مع الرياض.",
         "actor.person.muallem"),
        ("تنحى حسني مبارك عام 2011، وبعد سنوات برأت محكمة مصرية مبارك من تهم قتل "
         "المتظاهرين.", "actor.person.mubarak"),
        ("ولم تنجح وساطة جدة في جمع البرهان وحميدتي إلى طاولة واحدة.", "actor.person.burhan"),
    ],
)  # fmt: skip
def test_person_homograph_with_evidence(text: str, who: str) -> None:
    assert who in [entity for _, entity in persons(text)]


def movements(text: str) -> list[str | None]:
    wanted = ("actor.arm.hamas", "actor.party.fatah_movement")
    return [m["entity_id"] for m in explain_text(text) if m["entity_id"] in wanted]


@pytest.mark.parametrize(
    "text",
    [
        # فتح "opening": the object of a verb, heading a construct phrase
        "قررت السلطة الفلسطينية فتح المعابر مع مصر أمام المسافرين بعد إغلاق استمر أسبوعا.",
        "أعادت الشرطة الفلسطينية فتح الطريق بين رام الله ونابلس، وقالت السلطة الفلسطينية "
        "إن الإغلاق انتهى.",
        "وفي الضفة الغربية تم فتح معبر الكرامة أمام المسافرين الفلسطينيين.",
        # لفتح "to open" before its indefinite object, even where the movement is named
        "ودعت السلطة الفلسطينية في غزة إلى السعي لفتح صفحة جديدة مع الفصائل.",
        # حماس "enthusiasm": after a preposition, heading a construct phrase
        "تحدث أهالي غزة عن حماس الشباب في المخيمات الصيفية رغم الحصار.",
    ],
)
def test_verbal_noun_is_no_movement(text: str) -> None:
    assert movements(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتبادلت فتح وحماس الاتهامات بشأن تعثر المصالحة في غزة.",
         ["actor.party.fatah_movement", "actor.arm.hamas"]),
        ("واتهمت حماس الاحتلال بعرقلة دخول المساعدات إلى غزة.", ["actor.arm.hamas"]),
        ("وأكدت فتح أن الانتخابات الفلسطينية لن تجري دون القدس.",
         ["actor.party.fatah_movement"]),
        ("ووجهت حماس انتقادات لفتح بعد اجتماع القاهرة.",
         ["actor.arm.hamas", "actor.party.fatah_movement"]),
    ],
)  # fmt: skip
def test_movement_as_subject(text: str, expected: list[str]) -> None:
    assert movements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "نشرت الصحيفة المقال بالفرنسية ثم ترجم إلى العربية بعد أسبوع.",
        "جمع الباحثون الأخبار من الصحف اليومية الصادرة بالعربية والفرنسية في الجزائر العاصمة.",
        "وحصل معظم الطلاب الذين يدرسون اللغة الألمانية على درجات عالية.",
    ],
)
def test_language_is_no_state(text: str) -> None:
    """A feminine nisba behind ب or after اللغة is a language, not its state."""
    states = [m["text"] for m in explain_text(text) if m["category"] == "state"]
    assert not any(s.endswith(("الفرنسية", "الألمانية")) for s in states)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("وشاركت القوات الأمريكية والفرنسية في العملية.", "actor.state.france"),
        # a state named by its own nisba is no language (CLDR has no such language)
        ("ويعمل مئات الآلاف من المصريين بالسعودية منذ عقود.", "actor.state.saudi_arabia"),
    ],
)
def test_state_adjective_stays(text: str, state: str) -> None:
    assert state in [m["entity_id"] for m in explain_text(text)]
