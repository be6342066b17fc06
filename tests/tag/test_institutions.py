"""Institutions the lexicon does not list (araseclit.tag.institutions): found by the shape of
their names, ended where a word can no longer modify them, and typed by their head."""

from __future__ import annotations

import pytest

from araseclit.tag import explain_text


def actors(text: str) -> dict[str, str]:
    return {m["text"]: m["category"] for m in explain_text(text) if m["label"] == "ACTOR"}


@pytest.mark.parametrize(
    ("text", "name", "category"),
    [
        (
            "وقالت وزارة التضامن الاجتماعي إن القانون الجديد يهدف إلى ضمان الشفافية في التمويل.",
            "وزارة التضامن الاجتماعي",
            "government_body",
        ),
        (
            "وأعلنت مديرية الدفاع المدني رفع حالة التأهب في المحافظات الجنوبية كافة.",
            "مديرية الدفاع المدني",
            "government_body",
        ),
        (
            "وقد تعطل المجلس التشريعي بالكامل منذ الانقسام بين الضفة والقطاع.",
            "المجلس التشريعي",
            "government_body",
        ),
        (
            "وذكر المرصد العراقي لحقوق الإنسان أن الاعتقالات طالت عشرات الناشطين في البصرة.",
            "المرصد العراقي لحقوق الإنسان",
            "candidate",
        ),
        (
            "وقالت المفوضية الأوروبية إن المساعدات ستصل إلى المخيمات قبل نهاية الشهر.",
            "المفوضية الأوروبية",
            "international_org",
        ),
    ],
)
def test_unlisted_institution_is_one_actor(text: str, name: str, category: str) -> None:
    assert actors(text).get(name) == category


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the purpose word takes a preposition: the body's task, not its name
        ("فقد أنشئت هيئة الحقيقة والكرامة للنظر في انتهاكات حقوق الإنسان.", "هيئة الحقيقة والكرامة"),
        # الحداد (mourning) is what the party announced, not a word of its name
        ("وأعلن حزب المؤتمر الشعبي العام الحداد ثلاثة أيام على ضحايا القصف.", "حزب المؤتمر الشعبي العام"),
    ],
)  # fmt: skip
def test_a_name_ends_where_no_modifier_follows(text: str, name: str) -> None:
    found = actors(text)
    assert name in found
    assert not any(other.startswith(name) and other != name for other in found)


def test_a_ministry_after_a_reporting_verb_is_no_person() -> None:
    text = "وقالت وزارة التضامن الاجتماعي إن القانون يهدف إلى ضمان الشفافية."
    assert "person" not in actors(text).values()


def test_listed_actors_and_state_forces_are_left_to_the_lexicon() -> None:
    found = {
        m["text"]: m["entity_id"]
        for m in explain_text("وقصفت القوات التركية مواقع قرب الحدود، وانعقد مجلس الأمن.")
    }
    assert found.get("القوات التركية") is not None
    assert found.get("مجلس الأمن") is not None


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        # قوى الأمن is any state's security forces, not Iraq's by default
        ("وانتشرت قوى الأمن في وسط بيروت بعد اشتباكات ليلية.", "قوى الأمن", "actor.generic.security_forces"),
        ("وتبنى تنظيم القاعدة في جزيرة العرب الهجوم على معسكر في أبين.",
         "تنظيم القاعدة في جزيرة العرب", "actor.arm.aqap"),
        ("واندلعت المعارك بين الجيش وقوات الدعم السريع في الخرطوم.", "وقوات الدعم السريع",
         "actor.arm.rsf_sudan"),
    ],
)  # fmt: skip
def test_regional_bodies_are_listed_and_not_iraqi(text: str, name: str, entity: str) -> None:
    found = {m["text"]: m for m in explain_text(text)}
    assert found[name]["entity_id"] == entity
    assert found[name]["state_id"] != "actor.state.iraq"


def test_the_former_regime_of_another_state_is_not_iraqs() -> None:
    text = (
        "وواجهت الهيئة معارضة من قوى مرتبطة بالنظام السابق في تونس. "
        "وتقارن الورقة التجربة التونسية بالتجربة المغربية."
    )
    found = {m["text"]: m for m in explain_text(text)}
    assert found["بالنظام السابق"]["entity_id"] == "actor.generic.former_regime"
    assert found["بالنظام السابق"]["state_id"] == "actor.state.tunisia"


def test_a_capital_at_the_start_of_a_stretch_is_a_place() -> None:
    text = "فقد نسج القائد الإيراني شبكة علاقات من بغداد إلى بيروت خلال عقدين."
    assert "actor.state.iraq" not in {m["entity_id"] for m in explain_text(text)}


def test_a_state_nisba_ends_the_name() -> None:
    """القائم (بالأعمال) is the diplomat summoned, not a further adjective of the ministry."""
    found = actors(
        "واستدعت وزارة الشؤون الخارجية التونسية القائم بالأعمال الإيطالي احتجاجا على ترحيل مهاجرين."
    )
    assert "وزارة الشؤون الخارجية التونسية" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "الإطار النظري\n\nتعتمد الدراسة على مفهوم الأمن الإنساني.",
        "وتكشف المقابلات أن الإطار القانوني لتسجيل الجمعيات بقي غامضا.",
        "ولم يتغير الإطار التشريعي منذ عام 2010 رغم مطالب المنظمات.",
    ],
)
def test_a_framework_of_scholarship_is_no_institution(text: str) -> None:
    """Reviewer finding 12 (session 10): الإطار + adjective is a framework; the one party so
    named is listed."""
    assert not [m for m in explain_text(text) if m["category"] == "candidate"]


def test_the_listed_framework_party_is_still_found() -> None:
    text = "وقال الإطار التنسيقي إن الحكومة المقبلة ستكون توافقية."
    assert "actor.party.coordination_framework" in {m["entity_id"] for m in explain_text(text)}


def test_an_unlisted_institution_takes_the_state_of_its_nisba() -> None:
    """A name found by its shape gives the state of the nisba in it, as a listed one does
    (brief h11/F6, after reviewer finding 10, session 11); a joint body of two states gives
    neither."""
    text = (
        "وأحالت هيئة الرقابة الإدارية المصرية ملف العقود إلى النيابة. "
        "وعقدت اللجنة العليا المشتركة السعودية الإماراتية اجتماعها الأول في الرياض."
    )
    found = {m["text"]: m for m in explain_text(text) if m["label"] == "ACTOR"}
    assert found["هيئة الرقابة الإدارية المصرية"]["state_id"] == "actor.state.egypt", found
    joint = [m for t, m in found.items() if t.startswith("اللجنة العليا")]
    assert all(m["state_id"] is None for m in joint), joint
